"""Event typing, modality, background, aggregates, non-violent vocabulary, place and dedupe."""

from __future__ import annotations

import datetime

import pytest

PUB = datetime.date(2024, 9, 19)


@pytest.mark.parametrize(
    ("text", "etype", "code"),
    [
        ("Militants attacked an army base in Mali on Tuesday, killing 12 soldiers.", "battle", "ML"),
        ("Soldiers clashed with rebels near Goma on Monday.", "battle", "CD"),
        ("A car bomb exploded in Kabul on Monday, killing five people.", "explosion", "AF"),
        ("An airstrike hit a market in Idlib on Sunday.", "explosion", "SY"),
        ("Gunmen stormed a village in Zamfara on Friday and killed 20 villagers.", "civilian_attack", "NG"),
        ("Gunmen kidnapped 30 students in Kaduna on Thursday.", "civilian_attack", "NG"),
        ("Thousands of protesters marched peacefully through Nairobi on Saturday.", "protest", "KE"),
        ("Rioters looted shops and torched cars in Dakar on Sunday.", "riot", "SN"),
    ],
)
def test_incident_types(incidents, text: str, etype: str, code: str) -> None:
    found = incidents(text, published=PUB)
    assert [(e["type"], e["country"]) for e in found] == [(etype, code)]


@pytest.mark.parametrize(
    "text",
    [
        "The militants did not attack the base in Mali.",
        "The group threatened to attack the capital of Mali.",
        "Officials foiled a planned attack in Bamako.",
        "Could a bombing in Kabul happen again?",
        "The army denied shelling villages in Mali.",
        "More than 12,000 people were killed in Mali in 2023.",
        "Cyclone Idai killed 53 people in Mozambique on Monday.",
        "Hackers attacked the website of a bank in France on Monday.",
        "Verstappen won the battle for the lead at Imola after a crash on lap one of the race.",
        "Jihadists often attack villages in northern Mali.",
    ],
)
def test_things_that_did_not_happen_or_are_not_incidents(incidents, text: str) -> None:
    assert incidents(text, published=PUB) == []


@pytest.mark.parametrize(
    "text",
    [
        "An ambush in Mali last year killed 30 soldiers.",
        "A bombing in Kabul in 2012 killed 40 people.",
        "An ambush in late July killed scores of soldiers in Mali.",
        "Militants attacked a base in Mali three months ago.",
    ],
)
def test_background_incidents_are_not_counted(enrich, text: str) -> None:
    events = [e for e in enrich(text, published=PUB)["events"] if e["incident"]]
    assert events and all(e["background"] for e in events)


def test_news_and_background_in_one_article(enrich) -> None:
    text = (
        "Militants attacked a military school in Bamako on Tuesday, killing at least 70 people. "
        "An ambush in late July killed scores of Malian soldiers."
    )
    events = [e for e in enrich(text, published=PUB)["events"] if e["incident"]]
    current = [e for e in events if not e["background"]]
    assert [(e["type"], e["country"], e["fatalities"]) for e in current] == [("battle", "ML", 70)]
    assert any(e["background"] and e["fatalities"] is None for e in events)


def test_mentions_of_one_incident_are_merged(incidents) -> None:
    text = (
        "A suicide bomber struck a checkpoint in Kabul on Monday. "
        "At least nine people were killed in the blast. "
        "The bombing was the deadliest this year, officials said."
    )
    found = incidents(text, published=PUB)
    assert [(e["type"], e["country"], e["fatalities"]) for e in found] == [("explosion", "AF", 9)]


def test_incident_country_is_where_it_happened(incidents) -> None:
    found = incidents("Al-Shabab attacked Kenyan peacekeepers in Somalia on Monday, killing 10.", published=PUB)
    assert [e["country"] for e in found] == ["SO"]
    found = incidents("Russian airstrikes hit a market in Idlib, Syria on Monday.", published=PUB)
    assert [e["country"] for e in found] == ["SY"]


def test_other_event_types(enrich) -> None:
    events = enrich("Police arrested 12 opposition leaders in Kampala on Monday.", published=PUB)["events"]
    assert ("strategic", False) in {(e["type"], e["incident"]) for e in events}
    events = enrich("Kenya and Uganda signed a security agreement on Monday.", published=PUB)["events"]
    assert ("diplomacy", False) in {(e["type"], e["incident"]) for e in events}


def test_event_offsets_are_the_sentence(nlp, enrich) -> None:
    from services.enricher.nlp import compose_text

    title, body = "Blast in Kabul", "A car bomb exploded in Kabul on Monday, killing five people."
    text = compose_text(title, body)
    for e in enrich(body, title, PUB)["events"]:
        assert text[e["start"] : e["end"]] == e["sentence"] and e["trigger"] in e["sentence"]
