"""Headlines of US local news: written in Title Case, the small model tags every word a proper noun and parses the
title as one long name, so "Mass Shooting at ..." or "Teen Shot Near School" told no incident, and a body whose lead
is a quote or a dateline then read as context of nothing. And a town the small model tags as a person ("in Gary on
Saturday") had no country unless it had 100,000 people. Classes seen on the Gun Violence Archive corpus (the
twenty-fifth session's silver event set); headlines and sentences written for these tests."""

from __future__ import annotations

import datetime

SATURDAY = datetime.date(2026, 6, 13)
SUNDAY = datetime.date(2026, 6, 14)


def _told(incidents, title: str, body: str, published: datetime.date) -> list[tuple]:
    return [(e["type"], e["country"], e["location"]) for e in incidents(body, title=title, published=published)]


def test_a_title_case_shooting_is_the_news_after_a_quoted_lead(incidents) -> None:
    title = "Mass Shooting at Riverside's Blue Moon Lounge"
    body = ('"We will grieve together," the mayor said on Saturday.\n\nA gunman opened fire inside the lounge shortly '
            "after midnight. Police in Riverside said four people were killed and six wounded.")
    found = incidents(body, title=title, published=SATURDAY)
    assert [(e["type"], e["country"], e["fatalities"]) for e in found] == [("civilian_attack", "US", 4)]


def test_a_title_case_victim_shot_is_an_incident(incidents) -> None:
    body = ("Classes were cancelled on Friday.\n\nA 16-year-old boy was hit in the leg by a bullet as he walked home, "
            "police said. Officers are searching for the shooter.")
    assert _told(incidents, "Teen Shot Near School in Memphis", body, SATURDAY) == [("civilian_attack", "US", "Memphis")]


def test_a_title_case_gunman_opening_fire_is_an_incident(incidents) -> None:
    body = "Parishioners gathered outside on Sunday evening.\n\nThe gunman shot two people before fleeing, police said."
    assert _told(incidents, "Gunman Opens Fire at Church in Dayton", body, SUNDAY) == [("civilian_attack", "US", "Dayton")]


def test_a_deputy_shot_is_a_victim_of_the_headline(incidents) -> None:
    body = ("CULLMAN COUNTY, Ala. -\n\nThe deputy was taken to hospital late Saturday.\n\nOfficers said the suspect "
            "fired at a deputy during a domestic call, and a standoff followed until he gave up.")
    assert [e["country"] for e in incidents(body, title="Deputy shot in Cullman, standoff over", published=SATURDAY)] \
        == ["US"]


def test_a_quote_does_not_make_the_headline_incident_old(incidents) -> None:
    body = ("Officers found the woman wounded outside a bar on Saturday.\n\n\"Preliminary findings show that two "
            "vehicles were involved, either shooting at each other or one firing at the other,\" a spokesman said. "
            "She is in stable condition.")
    assert _told(incidents, "Woman shot after argument in Dayton", body, SATURDAY) == [("civilian_attack", "US", "Dayton")]


def test_title_case_common_words_are_no_place(incidents) -> None:
    body = ("Three people were hurt when someone fired into a Fresno diner early Sunday, police said.\n\n"
            "The downtown diner reopened on Monday after officers finished their work at the scene.")
    assert _told(incidents, "Three Hurt In Shooting At Downtown Diner", body, SUNDAY) == \
        [("civilian_attack", "US", "Fresno")]


def test_a_numbered_venue_is_no_place(incidents) -> None:
    body = "Tulsa police said two men were shot at Club 21 early on Saturday. Both are expected to survive."
    assert _told(incidents, "Two Hurt In Tulsa Club Shooting", body, SATURDAY) == [("civilian_attack", "US", "Tulsa")]


def test_a_title_case_name_with_a_violence_word_is_no_incident(incidents) -> None:
    body = "The colt won by two lengths on Saturday, and his trainer said he was delighted."
    assert incidents(body, title="Shooting Star Wins Derby at Churchill Downs", published=SATURDAY) == []


def test_a_town_the_model_calls_a_person_is_a_place_after_in(incidents) -> None:
    body = "Three men were wounded in a shooting in Gary on Saturday night, police said."
    assert _told(incidents, "3 wounded in shooting", body, SUNDAY) == [("civilian_attack", "US", "Gary")]


def test_a_person_named_like_a_town_is_no_place(incidents) -> None:
    body = ("Police said Tracy Morgan was not hurt. In Tracy's view, the club was safe. Three men were wounded in a "
            "shooting on Saturday night.")
    assert incidents(body, published=SUNDAY) == []
