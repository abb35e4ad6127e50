"""Local crime reporting: a headline's participle the tagger made a noun ("Teen shot in Dayton") and a noun it made a
participle ("Mug shot in case released"), a passive infinitive
under a verb of telling ("was reported to be shot"), a dateline in capitals the model tags as nothing ("TULSA (KTUL)
-"), and a single incident escaped "during" (not violence fled). Classes read in the GVA tuning set in the
fourteenth session; sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

PUBLISHED = datetime.date(2026, 3, 10)  # a Tuesday


def _types(found: list[dict]) -> list[tuple[str, str | None]]:
    return [(e["type"], e["country"]) for e in found]


@pytest.mark.parametrize("title", [
    "Teen shot in Dayton, Ohio",
    "7-year-old shot outside Dayton, Ohio, home",
])
def test_a_headline_participle_after_its_victim_is_a_shooting(incidents, title: str) -> None:
    body = "Police in Dayton said officers were at the scene on Monday evening."
    assert _types(incidents(body, title, PUBLISHED)) == [("civilian_attack", "US")]


@pytest.mark.parametrize("title", [
    "Flu shot at the clinic in Dayton, Ohio, is free this month",
    "A shot in the arm for Dayton, Ohio, factories",
    "Mug shot in Dayton, Ohio, case released",
    "Long shot in Dayton, Ohio, race pays off",
])
def test_a_shot_that_is_a_noun_is_no_shooting(incidents, title: str) -> None:
    body = "The city council in Dayton met on Monday."
    assert incidents(body, title, PUBLISHED) == []


@pytest.mark.parametrize("body", [
    "A woman was reported to be shot outside a bar in Dayton, Ohio, on Monday night.",
    "Two shopkeepers are said to be killed by gunmen in a market in Dayton, Ohio, on Monday.",
])
def test_a_passive_infinitive_under_a_verb_of_telling_happened(incidents, body: str) -> None:
    assert [e["country"] for e in incidents(body, None, PUBLISHED)] == ["US"]


@pytest.mark.parametrize("body", [
    "The suspect is expected to be freed in Dayton, Ohio, on Friday.",
    "The gunman was sent to Dayton, Ohio, to be killed by his rivals, prosecutors claimed.",
])
def test_a_passive_infinitive_of_a_plan_or_purpose_stays_unreal(incidents, body: str) -> None:
    assert incidents(body, None, PUBLISHED) == []


def test_a_dateline_in_capitals_places_the_story(incidents) -> None:
    body = ("TULSA (KTUL) - A man was shot dead outside a convenience store on Monday night, police said. "
            "Officers are looking for two suspects.")
    found = incidents(body, "Man killed outside convenience store", PUBLISHED)
    assert [(e["type"], e["country"], e["location"]) for e in found] == [("civilian_attack", "US", "TULSA")]


def test_a_victim_escaped_during_the_slayings_names_one_incident(incidents) -> None:
    body = ("Deputies said a man who escaped from the house in Tulsa, Oklahoma, where two people were shot dead on "
            "Monday is recovering in hospital.")
    found = incidents(body, "Third victim escaped during Pine Creek slayings", PUBLISHED)
    assert _types(found) == [("civilian_attack", "US")]


def test_people_fleeing_from_fighting_are_no_incident(incidents) -> None:
    body = "Thousands of villagers fled from fighting in the hills near Goma, Congo, this year, aid groups said."
    assert incidents(body, None, PUBLISHED) == []
