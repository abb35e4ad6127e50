"""Bare plural violence as the subject of a present-perfect statement about a kind of event ("campus shootings have
transformed how colleges plan", "mass shootings have become a fixture") is a pattern, not an incident; present-perfect
news ("clashes have erupted") and headlines in the present stay incidents. Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

PUBLISHED = datetime.date(2026, 6, 23)  # a Tuesday


@pytest.mark.parametrize("sentence", [
    "Campus shootings have transformed how universities in Texas plan for emergencies, officials said on Monday.",
    "Mass shootings have become a grim fixture of life in Ohio, the senator said on Monday.",
])
def test_a_statement_about_a_kind_of_violence_is_no_incident(incidents, sentence: str) -> None:
    assert incidents(sentence, None, PUBLISHED) == []


def test_present_perfect_news_stays_an_incident(incidents) -> None:
    found = incidents("Clashes have erupted between protesters and police in Cairo, police said.", None, PUBLISHED)
    assert [e["country"] for e in found] == ["EG"]


def test_a_headline_in_the_present_stays_an_incident(incidents) -> None:
    found = incidents("A gunman opened fire at a college in Texas on Monday.", "Shootings rock Texas campus", PUBLISHED)
    assert {e["country"] for e in found} == {"US"}
