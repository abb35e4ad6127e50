"""A dated relative clause about a person is a fact, not what an unreal head plans ("set to execute a man who shot
five people in 1997": an old crime, and the story's undated retelling of it is old too); a sentence opening with a
year told relative to another ("The following year, ...") is context; an event dated two days or more after publication
("a protest has been announced for February 16") is still to come; a proposal for bombing is no bombing. Classes read
in real news of the news-feed export's even half in the eighteenth session; sentences written for these tests."""

from __future__ import annotations

import datetime

PUBLISHED = datetime.date(2026, 2, 14)  # a Saturday


def test_an_execution_story_tells_no_current_killing(incidents) -> None:
    title = "Oklahoma set to execute man who killed his neighbour and three others"
    body = ("McALESTER, Oklahoma - Oklahoma is set to execute on Thursday a man who fatally shot four people in "
            "2004 after a quarrel over a fence.\n\nHe is scheduled to die by lethal injection at 6 p.m.\n\n"
            "He drove home, fetched a rifle and went back, killing his neighbour and three of her relatives.\n\n"
            "A jury took two hours to sentence him to death.")
    assert incidents(body, title=title, published=PUBLISHED) == []


def test_a_relative_clause_under_a_plan_without_a_date_stays_unreal(incidents) -> None:
    body = "Police vowed to track down the gunmen who attacked a bus, the governor said."
    assert incidents(body, published=PUBLISHED) == []


def test_the_following_year_opens_context(incidents) -> None:
    title = "Attack on lawmaker shocks parliament"
    body = ("LONDON - Gunmen shot dead a member of parliament on Friday outside his office in Leeds, police "
            "said.\n\nAttacks on lawmakers are rare. In 1990 a lawmaker was killed by a bomb under "
            "his car.\n\nThe following year, a former minister was wounded in a bombing in Belfast.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert [(e["type"], e["location"]) for e in found] == [("civilian_attack", "Leeds")]


def test_a_protest_announced_for_a_day_ahead_is_not_news(incidents) -> None:
    body = "A protest has been announced for February 16 outside the embassy in Lima, organisers said."
    assert incidents(body, published=PUBLISHED) == []


def test_a_protest_dated_the_day_before_is_news(incidents) -> None:
    body = "Hundreds of people protested on February 13 outside the embassy in Lima, organisers said."
    found = incidents(body, published=PUBLISHED)
    assert [(e["type"], e["country"]) for e in found] == [("protest", "PE")]


def test_a_proposal_for_joint_bombing_is_no_bombing(incidents) -> None:
    body = ("The minister was bringing with him to Ankara a proposal for intelligence sharing and joint bombing of "
            "militant positions, a newspaper reported.")
    assert incidents(body, published=PUBLISHED) == []
