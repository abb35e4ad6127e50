"""A shooting the text calls accidental is an accident, which the annotation conventions do not count as an incident:
"died in an accidental shooting", "was accidentally shot by a friend", "an accidental explosion at a plant". A
shooting the police say was "not accidental" is still one. Class seen on US local news from the Gun Violence Archive
corpus (the twenty-fourth session's silver event set); sentences written for these tests."""

from __future__ import annotations

import datetime

PUBLISHED = datetime.date(2026, 6, 14)


def test_an_accidental_shooting_is_no_incident(incidents) -> None:
    body = "A 14-year-old boy died in an accidental shooting at a friend's home in Texarkana on Saturday, deputies said."
    assert incidents(body, published=PUBLISHED) == []


def test_a_boy_accidentally_shot_by_a_friend_is_no_incident(incidents) -> None:
    body = "A boy was accidentally shot by his friend in Texarkana on Saturday, deputies said."
    assert incidents(body, published=PUBLISHED) == []


def test_a_shooting_said_not_to_be_accidental_is_an_incident(incidents) -> None:
    body = "A man was shot dead in Auburndale on Saturday; police said the shooting was not accidental."
    assert [(e["type"], e["fatalities"]) for e in incidents(body, published=PUBLISHED)] == [("civilian_attack", 1)]


def test_an_accidental_explosion_is_no_incident(incidents) -> None:
    body = "An accidental explosion at a fertiliser plant in Texarkana killed two workers on Saturday."
    assert incidents(body, published=PUBLISHED) == []
