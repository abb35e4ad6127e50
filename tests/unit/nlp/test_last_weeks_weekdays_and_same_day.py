"""A story about fresh violence that recalls, after its lead, an incident dated only by a weekday five or six days
back ("on Wednesday" in a Tuesday story) recalls last week's context; "On the same day, ..." is dated like the incident
told just before it. The story's own incident, told in its lead, stays news even when it is days old. Class read on
the real-news sets read last sessions, in the twenty-third session; sentences written for these tests."""

from __future__ import annotations

import datetime

TUESDAY = datetime.date(2026, 6, 16)


def test_a_weekday_six_days_back_after_the_lead_is_context(incidents) -> None:
    title = "Militants kill six policemen in attack on post in Bannu"
    body = ("Militants attacked a police post in Bannu before dawn on Monday, killing six policemen, officials said.\n\n"
            "The attack came as violence rose before the vote. A provincial candidate was shot dead on Wednesday "
            "in Kohat.")
    found = incidents(body, title=title, published=TUESDAY)
    assert [(e["type"], e["location"]) for e in found] == [("battle", "Bannu")]


def test_the_same_day_follows_the_day_told_before(incidents) -> None:
    title = "Militants kill six policemen in attack on post in Bannu"
    body = ("Militants attacked a police post in Bannu before dawn on Monday, killing six policemen, officials said.\n\n"
            "The attack came as violence rose before the vote. A provincial candidate was shot dead on Wednesday "
            "in Kohat. On the same day, a party worker was shot dead outside his home in Quetta.")
    found = incidents(body, title=title, published=TUESDAY)
    assert [e["location"] for e in found] == ["Bannu"]


def test_the_storys_own_incident_told_in_the_lead_stays_news(incidents) -> None:
    title = "Gunmen kill nine at a wedding in Zamfara"
    body = ("Gunmen killed nine guests at a wedding in a village in Zamfara state on Wednesday, police said on "
            "Tuesday, as survivors described the attack.")
    assert [e["type"] for e in incidents(body, title=title, published=TUESDAY)] == ["civilian_attack"]


def test_yesterdays_weekday_after_the_lead_stays_news(incidents) -> None:
    title = "Militants kill six policemen in attack on post in Bannu"
    body = ("Militants attacked a police post in Bannu before dawn on Monday, killing six policemen, officials said.\n\n"
            "The attack came as violence rose before the vote. Separately, gunmen shot dead a candidate in "
            "Kohat on Monday evening.")
    found = incidents(body, title=title, published=TUESDAY)
    assert sorted(e["location"] for e in found) == ["Bannu", "Kohat"]
