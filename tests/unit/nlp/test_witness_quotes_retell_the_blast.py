"""A witness quoted on the blast being told ("a few seconds later there was an enormous explosion," one said) retells
it, even saying "another explosion" for a twin blast; a quote naming a place of its own may tell another one.
Class seen on the Syrian real-news set read this session (the twenty-third); sentences written for these tests."""

from __future__ import annotations

import datetime

PUBLISHED = datetime.date(2026, 6, 14)


def test_a_witness_quote_retells_the_bombing(incidents) -> None:
    title = "Car bomb kills 12 at a market in Mosul"
    body = ("A car bomb exploded at a crowded market in Mosul on Saturday, killing 12 people, police said.\n\n"
            "\"I was buying bread when there was a huge explosion and everything went black,\" said a shopkeeper.")
    assert [(e["type"], e["fatalities"]) for e in incidents(body, title=title, published=PUBLISHED)] == [("explosion", 12)]


def test_a_witness_saying_another_explosion_tells_the_twin_blast(incidents) -> None:
    title = "Twin bombings kill nine at a police station in Homs"
    body = ("Two bombs exploded outside a police station in Homs on Saturday, killing nine people, state media said.\n\n"
            "“I heard the first explosion and then there was another explosion a minute later,” a resident said.")
    assert [e["type"] for e in incidents(body, title=title, published=PUBLISHED)] == ["explosion"]


def test_a_quote_naming_another_town_tells_another_blast(incidents) -> None:
    title = "Car bomb kills 12 at a market in Mosul"
    body = ("A car bomb exploded at a crowded market in Mosul on Saturday, killing 12 people, police said.\n\n"
            "\"Another bomb exploded in Kirkuk an hour later,\" a police officer said.")
    assert len(incidents(body, title=title, published=PUBLISHED)) == 2
