"""Retold incidents merge into one (per-country counts), distinct ones stay apart; places named as actors/victims."""

from __future__ import annotations

import datetime

from services.evaluation.scoring import count_error

PUB = datetime.date(2024, 9, 20)


def _types(found: list[dict]) -> list[tuple[str, str]]:
    return sorted((e["country"], e["type"]) for e in found)


def test_definite_retelling_with_a_region_word_is_one_incident(incidents) -> None:
    text = (
        "Gunmen stormed an army base in Mali's capital of Bamako on Tuesday. "
        "At least 40 people were killed in the incident. "
        "Following the assault on Tuesday, the Sahel nation's junta acknowledged losses."
    )
    found = incidents(text, published=PUB)
    assert _types(found) == [("ML", "battle")]
    assert found[0]["fatalities"] == 40


def test_how_the_fighting_began_in_a_town_of_the_region_is_the_same_incident(incidents) -> None:
    text = (
        "Colombian troops fought rebels for hours on Saturday in Cauca province, leaving four dead. "
        "The fighting began when the rebels attacked a patrol near the town of Argelia."
    )
    found = incidents(text, title="Soldiers and rebels clash in Colombia's Cauca province", published=PUB)
    assert _types(found) == [("CO", "battle")]
    assert found[0]["fatalities"] == 4


def test_the_attack_on_another_day_stays_distinct(incidents) -> None:
    text = (
        "Militants attacked a police post in Kunduz, Afghanistan on Monday, killing five officers. "
        "In another attack on Wednesday, gunmen ambushed a convoy in Herat, killing three soldiers."
    )
    assert _types(incidents(text, published=PUB)) == [("AF", "battle"), ("AF", "battle")]


def test_lead_retells_the_headline(incidents) -> None:
    title = "Militants kill 14 soldiers in attack on army post near Tessit"
    text = "Islamist militants killed at least 14 soldiers in an assault on an army post near Tessit in Mali on Monday."
    found = incidents(text, title=title, published=PUB)
    assert _types(found) == [("ML", "battle")]
    assert found[0]["fatalities"] == 14


def test_listed_capitals_accusing_are_actors_and_victims_locate_the_ambush(enrich) -> None:
    text = (
        "Bamako, Ouagadougou, and Niamey have accused Ukraine of supporting terrorism after Kiev officials "
        "gave intelligence to rebels for an ambush in late July that killed scores of Malian soldiers."
    )
    ambush = [e for e in enrich(text, published=PUB)["events"] if e["trigger"] == "ambush"]
    assert ambush and ambush[0]["country"] == "ML"


def test_city_tagged_as_org_after_in_is_a_place(incidents) -> None:
    found = incidents("Youths set fire to cars.", title="Rioters torch cars in Marseille after police shooting")
    assert [(e["country"], e["location"]) for e in found] == [("FR", "Marseille")]


def test_count_error_counts_duplicates() -> None:
    gold = [{"id": "a", "gold": {"incidents": [{"type": "battle", "country": "ML", "background": False}]}},
            {"id": "b", "gold": {"incidents": [{"type": "riot", "country": "FR", "background": False}]}}]
    pred = [{"id": "a", "events": [{"type": "battle", "country": "ML"}, {"type": "battle", "country": "ML"},
                                   {"type": "battle", "country": "ML", "background": True}]},
            {"id": "b", "events": []}]
    res = count_error(gold, pred)
    assert res == {"count_error": 1.0, "count_abs_error": 2, "gold_incidents": 2}
    assert count_error(gold, [{"id": "a", "events": [{"type": "battle", "country": "ML"}]},
                              {"id": "b", "events": [{"type": "riot", "country": "FR"}]}])["count_error"] == 0.0
