"""Shootings told the way local crime news tells them: "a shooting" as the event noun, no armed group named, victims
counted with a number, a gunman among sport or traffic words. Error classes found on the event tuning sets; sentences
written for these tests."""

from __future__ import annotations

import datetime

import pytest

PUB = datetime.date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    "text, kind",
    [
        ("A shooting in Dallas left two people dead on Tuesday, police said.", "civilian_attack"),
        ("Two people were killed in a shooting at a bar in Toledo, Ohio on Tuesday.", "civilian_attack"),
        ("A mass shooting at a nightclub in Orlando killed nine people on Tuesday.", "civilian_attack"),
        ("Gunmen shot two policemen in Peshawar on Tuesday.", "battle"),
        ("Gunmen shot three shopkeepers in Karachi on Tuesday.", "civilian_attack"),
        ("A former basketball player was killed in Memphis on Tuesday by a gunman who shot him several times "
         "after a minor crash.", "civilian_attack"),
    ],
)
def test_a_shooting_is_an_incident(incidents, text: str, kind: str) -> None:
    assert kind in {e["type"] for e in incidents(text, published=PUB)}


@pytest.mark.parametrize(
    "text",
    [
        "The shooting of the film began in Rabat on Tuesday.",
        "She trained at a shooting range near Denver on Tuesday.",
        "The team's shooting guard scored 30 points in Boston on Tuesday.",
        "He shot a four-under-par round of 68 at Augusta on Tuesday.",
        "The drama has been shot simultaneously in Hindi and English in Mumbai, the producer said on Tuesday.",
    ],
)
def test_shooting_in_another_sense_is_no_incident(incidents, text: str) -> None:
    assert not incidents(text, published=PUB)


def test_minutes_after_a_shooting_are_no_toll(incidents) -> None:
    found = incidents("The gunman was killed by police in Wichita on Tuesday, 26 minutes after the first shots "
                      "were reported.", published=PUB)
    assert found and all(e["fatalities"] != 26 for e in found)


def test_an_assault_style_rifle_is_no_assault(incidents) -> None:
    found = incidents("The man carried an assault-style rifle into a store in Tulsa on Tuesday, police said.",
                      published=PUB)
    assert not found


def test_a_gunman_in_a_sports_story_is_violence(incidents) -> None:
    text = ("The former league champion, who won the cup twice with his team and played 120 matches as a "
            "defensive end, was killed in Memphis on Tuesday by a gunman who shot him after a minor crash.")
    assert "civilian_attack" in {e["type"] for e in incidents(text, published=PUB)}
