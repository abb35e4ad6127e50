"""Old incidents told inside current reports: a date written out with its year in an undated incident summary,
"a week after" an incident, a court's sentence for a role in a blast, a device found and handed over, protests
only announced. Error classes found on the SATP training reports; sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

PUB = datetime.date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    "text",
    [
        "The commission recommended compensation for the families of villagers killed in a Maoist attack at Beni "
        "on March 20, 2004.",
        "Four of the recruits had been killed in an encounter with troops in Kupwara in 2008, police said on "
        "June 3.",
    ],
)
def test_an_undated_summary_reads_a_written_out_year_as_an_older_incident(incidents, text: str) -> None:
    assert not incidents(text)


def test_an_undated_summary_keeps_its_news_dated_by_month_and_day(incidents) -> None:
    found = incidents("Militants shot dead a trader in Sopore on June 3. The outfit had killed two villagers in "
                      "Kupwara on March 20, 2004, police said.")
    assert [(e["type"], e["country"], e["fatalities"]) for e in found] == [("civilian_attack", "IN", 1)]


def test_a_dated_article_keeps_a_date_of_its_own_year(incidents) -> None:
    found = incidents("Militants shot dead a trader in Sopore on March 10, 2025, police said.", published=PUB)
    assert [e["type"] for e in found] == ["civilian_attack"]


@pytest.mark.parametrize(
    "text",
    [
        "A week after rebels ambushed an army convoy near Bunia, hundreds attended a funeral in the town on Tuesday.",
        "Two men were sentenced to life in prison on Tuesday for their role in the 1996 market blast in Ghaziabad.",
        "The hand grenade, which was found near the hospital gate in Bannu on Tuesday, was later picked up by the "
        "bomb squad.",
        "The party announced a series of protest programmes against the government in Kathmandu on Tuesday.",
    ],
)
def test_no_incident_is_reported(incidents, text: str) -> None:
    assert not incidents(text, published=PUB)


def test_an_incident_a_week_after_another_event_is_news(incidents) -> None:
    found = incidents("Militants attacked a police post in Kupwara on Tuesday, a week after the election.",
                      published=PUB)
    assert [e["type"] for e in found] == ["battle"]


def test_an_undated_summary_keeps_the_old_year_s_last_days_before_its_news(incidents) -> None:
    found = incidents("Gunmen kidnapped a school teacher in Quetta on December 27, 2015, police said on January 2.")
    assert [(e["type"], e["country"]) for e in found] == [("civilian_attack", "PK")]


def test_a_captivity_told_in_the_present_progressive_is_news(incidents) -> None:
    text = ("Militants abducted two engineers in Khyber Agency on Tuesday. The militants are holding them captive "
            "at an unknown place, officials said.")
    assert [e["type"] for e in incidents(text, published=PUB)] == ["civilian_attack"]
