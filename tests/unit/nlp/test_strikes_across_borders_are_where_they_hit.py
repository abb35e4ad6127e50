"""A strike or attack across a border happened where it hit: "a Turkish airstrike on an Iraqi border post killed four"
is in Iraq; the striker's own nationality, on the trigger itself, names who struck (the victims' demonym test had
compared spaCy tokens by identity, which never matched, and read the striker's demonym as the victims'). A protest
against a foreign law stays where it marched. Class of the issue (country from a nationality word instead of the
place), seen on the Syrian real-news set read this session (the twenty-third); sentences written for these tests."""

from __future__ import annotations

import datetime

PUBLISHED = datetime.date(2026, 6, 14)


def test_an_airstrike_on_a_foreign_post_is_in_the_posts_country(incidents) -> None:
    body = "A Turkish airstrike on an Iraqi border post killed four guards on Saturday, officials said."
    assert [e["country"] for e in incidents(body, published=PUBLISHED)] == ["IQ"]


def test_air_strikes_on_border_provinces_are_in_their_country(incidents) -> None:
    body = "Iranian drone strikes on Iraqi Kurdish villages killed three people on Saturday, local officials said."
    assert [e["country"] for e in incidents(body, published=PUBLISHED)] == ["IQ"]


def test_a_strike_that_only_destroys_is_placed_by_its_target_too(incidents) -> None:
    body = "An Israeli airstrike on a Lebanese army depot destroyed ammunition stores on Saturday, a military source said."
    assert [e["country"] for e in incidents(body, published=PUBLISHED)] == ["LB"]


def test_a_protest_against_a_foreign_law_stays_where_it_marched(incidents) -> None:
    body = "Thousands of people protested in Tbilisi on Saturday against a Russian-style law on foreign agents."
    assert [e["country"] for e in incidents(body, published=PUBLISHED)] == ["GE"]
