"""What an explosion was not ("this wasn't a cherry bomb", "this was not a drive-by shooting") says what the
explosion or shooting already told was, and opens no second one; a speaker who "struck a different tone" struck
nobody; a post quoted from social media with its handle is no report; a pardon for a killing retells it; what a first
or third is counted since ("the third race since two brothers bombed it") is old; survivors of a bombing honoured
tell no bombing; a mob war is organised crime, not a crowd. Classes read in real news of the news-feed export's even
half in the eighteenth session; sentences written for these tests."""

from __future__ import annotations

import datetime

PUBLISHED = datetime.date(2026, 6, 14)  # a Sunday


def test_what_an_explosion_was_not_is_no_second_explosion(incidents) -> None:
    title = "Explosion in city park injures one"
    body = ("An explosion in a park in Boston injured a man on Sunday morning, police said. Investigators believe a "
            "hobbyist left the device behind.\n\n\"This wasn't a firecracker or a cherry bomb,\" a witness said.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert [(e["type"], e["location"]) for e in found] == [("explosion", "Boston")]


def test_striking_a_different_tone_is_no_attack(incidents) -> None:
    body = "The senator struck a very different tone in a speech to workers in Denver on Saturday, urging calm."
    assert incidents(body, published=PUBLISHED) == []


def test_a_quoted_social_post_is_no_report(incidents) -> None:
    body = ("The internet had fun with the feud in New York.\n\ni shot the rapper who mocked that CEO in Manhattan - "
            "sam lee (@samlee) June 12, 2026\n\nOthers were less amused.")
    assert incidents(body, published=PUBLISHED) == []


def test_a_pardon_for_a_killing_retells_it(incidents) -> None:
    body = "The president should pardon the soldier for shooting two prisoners in Kandahar, his lawyer said on Sunday."
    assert incidents(body, published=PUBLISHED) == []


def test_what_a_third_race_is_counted_since_is_old(incidents) -> None:
    body = ("Runners set off in Chicago on Sunday. It was the third race since two brothers killed three people with "
            "a bombing attack at the finish line.")
    assert incidents(body, published=PUBLISHED) == []


def test_survivors_of_a_bombing_honoured_tell_no_bombing(incidents) -> None:
    body = ("Eight survivors of the bombing of the naval base were honoured before the race in Indianapolis, "
            "organisers said.")
    assert incidents(body, published=PUBLISHED) == []


def test_the_worst_attack_since_monday_is_news(incidents) -> None:
    body = ("Gunmen killed three farmers near Maiduguri on Sunday, the deadliest attack since militants killed two "
            "soldiers in Bama on Monday, the army said.")
    found = incidents(body, published=PUBLISHED)
    assert ("battle", "NG") in [(e["type"], e["country"]) for e in found]


def test_a_mob_war_is_organised_crime_not_a_crowd(incidents) -> None:
    body = ("A mob war nearly erupted in Queens on Saturday over a sauce recipe at a family restaurant, a reputed mob "
            "associate told reporters.")
    assert incidents(body, published=PUBLISHED) == []


def test_what_a_shooting_was_not_is_the_same_shooting(incidents) -> None:
    body = ("A man was shot dead outside a bar in Toledo, Ohio, on Saturday night, police said. According to police, "
            "this was not a drive-by shooting.")
    found = incidents(body, published=PUBLISHED)
    assert [(e["type"], e["location"]) for e in found] == [("civilian_attack", "Toledo")]
