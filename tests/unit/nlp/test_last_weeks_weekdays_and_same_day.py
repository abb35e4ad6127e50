"""A story about fresh violence that recalls, after its lead, an incident dated only by a weekday five or six days
back ("on Wednesday" in a Tuesday story) recalls last week's context; "On the same day, ..." is dated like the incident
told just before it; what an attack "came two weeks after" is older. The story's own incident, told in its lead,
stays news even when it is days old. Classes read on the real-news sets read last sessions and this session's Syrian
set, in the twenty-third session; sentences written for these tests."""

from __future__ import annotations

import datetime

TUESDAY = datetime.date(2026, 6, 16)
POST_TITLE = "Militants kill six policemen in attack on post in Bannu"
POST_LEAD = "Militants attacked a police post in Bannu before dawn on Monday, killing six policemen, officials said.\n\n"


def test_a_weekday_six_days_back_after_the_lead_is_context(incidents) -> None:
    body = POST_LEAD + ("The attack came as violence rose before the vote. A provincial candidate was shot dead "
                        "on Wednesday in Kohat.")
    found = incidents(body, title=POST_TITLE, published=TUESDAY)
    assert [(e["type"], e["location"]) for e in found] == [("battle", "Bannu")]


def test_the_same_day_follows_the_day_told_before(incidents) -> None:
    body = POST_LEAD + ("The attack came as violence rose before the vote. A provincial candidate was shot dead "
                        "on Wednesday in Kohat. On the same day, a party worker was shot dead outside his home in "
                        "Quetta.")
    found = incidents(body, title=POST_TITLE, published=TUESDAY)
    assert [e["location"] for e in found] == ["Bannu"]


def test_the_storys_own_incident_told_in_the_lead_stays_news(incidents) -> None:
    title = "Gunmen kill nine at a wedding in Zamfara"
    body = ("Gunmen killed nine guests at a wedding in a village in Zamfara state on Wednesday, police said on "
            "Tuesday, as survivors described the attack.")
    assert [e["type"] for e in incidents(body, title=title, published=TUESDAY)] == ["civilian_attack"]


def test_yesterdays_weekday_after_the_lead_stays_news(incidents) -> None:
    body = POST_LEAD + ("The attack came as violence rose before the vote. Separately, gunmen shot dead a "
                        "candidate in Kohat on Monday evening.")
    found = incidents(body, title=POST_TITLE, published=TUESDAY)
    assert sorted(e["location"] for e in found) == ["Bannu", "Kohat"]


def test_an_attack_that_came_weeks_after_another_recalls_the_other(incidents) -> None:
    body = ("A car bomb killed 11 people at a checkpoint in Azaz on Saturday, a monitor said. The attack came two "
            "weeks after a suicide bomber killed 20 fighters at a border crossing in Idlib.")
    found = incidents(body, published=TUESDAY)
    assert [(e["type"], e["location"], e["fatalities"]) for e in found] == [("explosion", "Azaz", 11)]


def test_an_attack_that_came_a_day_after_another_keeps_both_as_news(incidents) -> None:
    body = ("A car bomb killed 11 people at a checkpoint in Azaz on Saturday, a monitor said. The attack came a day "
            "after a suicide bomber killed 20 fighters at a border crossing in Idlib.")
    found = incidents(body, published=TUESDAY)
    assert sorted(e["location"] for e in found) == ["Azaz", "Idlib"]
