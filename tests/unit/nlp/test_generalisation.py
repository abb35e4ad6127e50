"""Rule families fixed against the synthetic held-out set: short sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from services.enricher.nlp.fatalities import sentence_deaths

PUB = datetime.date(2024, 6, 12)


@pytest.mark.parametrize(
    "text",
    [
        "Tornadoes tore through Alabama on Tuesday night, killing three people.",
        "A passenger plane crashed on take-off in Kathmandu on Wednesday, killing 18 people.",
        "Scottie Scheffler shot a 4-under 68 in Fort Worth on Thursday.",
        "The comedy bombed at the box office in Los Angeles this weekend.",
        "The film was shot on location in Vancouver.",
        "North Korea fired a ballistic missile into the sea on Wednesday, South Korea said.",
        "Kabul summoned Islamabad's envoy in protest on Monday.",
        "Tokyo said it had lodged a protest with Beijing on Monday.",
        "The government in Kampala has banned several demonstrations this year.",
    ],
)
def test_non_violent_readings_are_not_incidents(incidents, text: str) -> None:
    assert incidents(text, published=PUB) == []


def test_announced_protest_referred_back_is_not_an_incident(incidents) -> None:
    text = (
        "Police in Kampala arrested opposition aides on Monday, a day before a planned march. "
        "A police spokesman said the protest had not been authorised."
    )
    assert incidents(text, published=PUB) == []


def test_protesters_clashing_with_police_is_a_riot(incidents) -> None:
    text = "Protesters in Nukus stormed government buildings on Friday and clashed with police."
    assert {e["type"] for e in incidents(text, published=PUB)} == {"riot"}


def test_clashes_continuing_a_protest_story_are_the_riot(incidents) -> None:
    text = (
        "Thousands of protesters hurled stones at police in Gazipur on Saturday. "
        "At least 20 people were injured in the clashes, a police official said."
    )
    assert [e["type"] for e in incidents(text, published=PUB)] == ["riot"]


def test_exchange_of_fire_is_a_battle(incidents) -> None:
    text = "Thai and Cambodian troops exchanged fire in northern Cambodia on Wednesday, killing one soldier."
    assert [(e["type"], e["country"], e["fatalities"]) for e in incidents(text, published=PUB)] == [("battle", "KH", 1)]


def test_modality_does_not_reach_past_after(incidents) -> None:
    text = (
        "France said on Thursday it would send more police to Noumea "
        "after a night of rioting in which three people were killed."
    )
    found = incidents(text, published=PUB)
    assert [(e["type"], e["fatalities"]) for e in found] == [("riot", 3)]


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("An airstrike on a village killed at least 17 people, including four children, on Friday.", 17),
        ("Gunmen shot dead a 58-year-old woman in Kaduna on Monday.", 1),
        ("A suicide bomber blew himself up at the gate, killing himself and four others.", 5),
        ("The kidnappers arrived on motorbikes and shot dead two villagers.", 2),
        ("Insurgents beheaded more than a dozen villagers over the weekend.", 12),
        ("Rights groups said one protester was shot dead by police.", 1),
        ("An Israeli strike hit a car, killing the commander and two other men.", 3),
    ],
)
def test_death_counts(nlp, text: str, deaths: int) -> None:
    doc = nlp(text)
    assert max(sentence_deaths(s) or 0 for s in doc.sents) == deaths


def test_headline_style_toll(enrich) -> None:
    events = enrich("Border guards exchanged fire in the Batken region on Wednesday.", "Border guards clash, two killed", PUB)
    assert [e["fatalities"] for e in events["events"] if e["incident"]][0] == 2


def test_attackers_toll_adds_to_victims_toll(incidents) -> None:
    text = (
        "Rebels attacked an army post in Paoua on Saturday, killing six soldiers, the army said. "
        "Fifteen assailants were killed when troops repelled the assault."
    )
    assert [e["fatalities"] for e in incidents(text, published=PUB)] == [21]


def test_anniversary_is_background(enrich) -> None:
    text = "Catholics in Colombo marked five years since the Easter Sunday bombings that killed 279 people."
    events = [e for e in enrich(text, published=PUB)["events"] if e["incident"]]
    assert events and all(e["background"] for e in events)


def test_border_country_is_not_the_location(incidents) -> None:
    text = "NIAMEY (AFP) - Jihadists killed 20 Nigerien soldiers in an ambush near the border with Mali on Monday."
    found = incidents(text, "Jihadists kill 20 soldiers in ambush near Mali border", PUB)
    assert {e["country"] for e in found} == {"NE"}


def test_headline_is_located_by_its_lead(incidents) -> None:
    found = incidents(
        "BANGKOK (Reuters) - Troops exchanged fire in northern Cambodia on Wednesday.", "Troops clash near disputed temple", PUB
    )
    assert {e["country"] for e in found} == {"KH"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen abducted 40 people in Nigeria's Niger State on Sunday.", {"NG"}),
        ("The attack in London was claimed by a Russian-speaking criminal group.", {"GB"}),
        ("The film was shot in Victoria, British Columbia.", {"CA"}),
        ("Investors in Toronto are waiting for the U.S. Federal Reserve to cut rates.", {"CA", "US"}),
    ],
)
def test_country_readings(codes, text: str, expected: set[str]) -> None:
    assert codes(text) == expected


def test_synthetic_holdout_is_a_valid_corpus() -> None:
    from pathlib import Path

    from services.evaluation.runner import load_corpus

    gold = load_corpus(Path(__file__).parent / "data" / "synthetic_holdout.jsonl")
    assert len(gold) >= 40
    for rec in gold:
        assert rec["source"].startswith("synthetic, written for this project") and rec["origin"] and rec["license"]
        assert {"countries_mentioned", "incidents", "other_events"} <= set(rec["gold"])
        assert all(i["location"] is None or i["location"] in rec["title"] + rec["body"] for i in rec["gold"]["incidents"])
