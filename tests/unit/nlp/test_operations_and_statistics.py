"""Rule families fixed against SATP train (lines 3,201-4,764): security-force raids, purposes and tasks, statistics and
period totals, generic plural patterns, and explosives that were only handled. Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

PUB = datetime.date(2024, 9, 18)  # a Wednesday


def _types(found: list[dict]) -> set[str]:
    return {e["type"] for e in found}


VIOLENT = {"battle", "explosion", "civilian_attack"}


@pytest.mark.parametrize(
    "text",
    [
        "Police raided a hideout in Multan district on Tuesday and arrested two suspects.",
        "Security forces recovered two grenades and a pistol during a raid on a hideout in Quetta on Monday.",
        "The house in Sylhet was raided by the police on Tuesday and three men were detained.",
    ],
)
def test_a_security_force_raid_without_casualties_is_no_violent_incident(incidents, text: str) -> None:
    assert not _types(incidents(text, published=PUB)) & VIOLENT


def test_a_raid_by_militants_is_an_attack(incidents) -> None:
    found = incidents("Militants raided a village in Kunar province on Tuesday and killed four farmers.", published=PUB)
    assert ("AF", "civilian_attack") in {(e["country"], e["type"]) for e in found}


def test_people_killed_in_a_police_raid_make_the_raid_an_incident(incidents) -> None:
    found = incidents("Three people were killed in a police raid on a house in Chittagong on Tuesday.", published=PUB)
    assert _types(found) & VIOLENT


@pytest.mark.parametrize(
    "text",
    [
        "The group had trained its cadres in Bihar to kill with precision.",
        "A squad was assigned to take hostages at a hotel in Kandahar.",
    ],
)
def test_a_purpose_or_a_task_is_not_an_incident(incidents, text: str) -> None:
    assert not _types(incidents(text, published=PUB)) & VIOLENT


def test_an_infinitive_under_an_implicative_verb_did_happen(incidents) -> None:
    found = incidents("Gunmen managed to kill two guards at a checkpoint in Khost on Tuesday.", published=PUB)
    assert _types(found) & VIOLENT


@pytest.mark.parametrize(
    "text",
    [
        "The number of civilians killed in militant violence in Assam stood at 40.",
        "At least 60 soldiers were killed in Kashmir in 2015, the report said.",
        "Roadside bombs account for most casualties suffered by the troops in Chhattisgarh.",
        "Militant attacks on national holidays were routine in Manipur.",
        "The two men played a key role in various attacks on police stations in Punjab.",
    ],
)
def test_statistics_period_totals_and_patterns_are_not_incidents(incidents, text: str) -> None:
    assert not _types(incidents(text, published=PUB)) & VIOLENT


def test_a_ranked_incident_in_a_period_is_still_an_incident(incidents) -> None:
    found = incidents("A suicide bomber killed 20 people at a market in Kabul in the deadliest attack this year.",
                      published=PUB)
    assert "explosion" in _types(found)


@pytest.mark.parametrize(
    "text",
    [
        "Militants in Punjab are now using motorcycles for planting bombs.",
        "Villagers saw the bomb near the school in Guwahati and informed the police.",
        "The seized arms included 24 rifle rounds, 19 grenades, one rocket shell and two radio sets.",
    ],
)
def test_explosives_only_handled_or_seen_did_not_explode(incidents, text: str) -> None:
    assert "explosion" not in _types(incidents(text, published=PUB))


def test_a_planted_bomb_that_went_off_exploded(incidents) -> None:
    found = incidents("Two bombs planted by militants exploded on a road in Peshawar on Monday.", published=PUB)
    assert ("PK", "explosion") in {(e["country"], e["type"]) for e in found}


def test_an_attempted_abduction_is_an_incident(incidents) -> None:
    found = incidents("Militants tried to abduct a shopkeeper in West Garo Hills district on Tuesday.", published=PUB)
    assert "civilian_attack" in _types(found)


@pytest.mark.parametrize("village", ["Dorna", "Kalna"])
def test_a_village_is_no_foreign_namesake_in_an_article_placed_elsewhere(codes, village: str) -> None:
    """Named twice it is no evidence for itself; an ambiguous town the article resolved ("Gaya") is evidence."""
    text = (f"Maoists torched an excavator at {village} village in Gaya district on Monday. "
            f"The workers at {village} had gone to eat.")
    assert codes(text) == {"IN"}


def test_a_village_of_the_articles_country_is_kept(incidents) -> None:
    found = incidents("Maoists torched an excavator at Sarna village in Gaya district on Monday.", published=PUB)
    assert {(e["country"], e["location"]) for e in found} == {("IN", "Sarna")}


@pytest.mark.parametrize(
    "text",
    [
        "A man was stabbed to death outside a shopping centre in Nairobi on Friday.",
        "Two men hacked a shopkeeper to death in Rajshahi on Friday.",
    ],
)
def test_a_killing_with_a_blade_is_an_attack(incidents, text: str) -> None:
    assert "civilian_attack" in _types(incidents(text, published=PUB))


def test_shot_dead_is_a_killing_even_when_the_tagger_reads_a_noun(incidents) -> None:
    found = incidents("Unknown miscreants on October 25 shot dead a trader at a village in Kokrajhar district.",
                      published=datetime.date(2024, 10, 26))
    assert ("IN", "civilian_attack") in {(e["country"], e["type"]) for e in found}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Unidentified assailants shot dead a tribal elder in Kurram Agency on Tuesday.", "PK"),
        ("Six people were injured in a grenade attack in a market of Lyari Town on Tuesday.", "PK"),
        ("Maoist cadres abducted two teachers in Rolpa district on Tuesday.", "NP"),
    ],
)
def test_districts_and_agencies_missing_from_geonames_place_an_incident(incidents, text: str, country: str) -> None:
    assert country in {e["country"] for e in incidents(text, published=PUB)}
