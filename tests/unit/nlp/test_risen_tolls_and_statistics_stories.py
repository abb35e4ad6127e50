"""A toll that rose is read from a headline the parser misreads ("Death toll in X clan clash rises to nine") and
from "the number of people killed ... rose to nine"; a titled article whose title tallies violence over a period
("Kidnappings rose by a quarter in 2025", "violence killed more than 2,000 in six months") is a statistic, and its
undated violence is the tally's, while a title that tallies and also tells an incident is news. Classes read in the
read blind sets' fatality misses and false incidents in the seventeenth session; sentences written for these
tests."""

from __future__ import annotations

import datetime

PUBLISHED = datetime.date(2026, 10, 14)  # a Wednesday


def test_a_headlines_risen_toll_is_read_when_the_parse_loses_its_verb(incidents) -> None:
    title = "Death toll in Lanao del Sur clan feud clash rises to eight"
    body = ("MARAWI, Philippines - Officials had reported three dead on Monday after the clash between two armed "
            "clans in a village of Lanao del Sur province, the army said.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert [(e["type"], e["fatalities"]) for e in found] == [("battle", 8)]


def test_the_number_of_people_killed_that_rose_is_a_toll(incidents) -> None:
    body = ("The number of people killed in a gunbattle between two armed clans in Lanao del Sur province rose to "
            "eight on Tuesday after soldiers recovered five more bodies, the army said.")
    found = incidents(body, published=PUBLISHED)
    assert [(e["type"], e["fatalities"]) for e in found] == [("battle", 8)]


def test_a_title_tallying_kidnappings_over_a_year_tells_no_incident(incidents) -> None:
    title = "Kidnappings in Nigeria rose by a fifth in 2025, security firm says"
    body = ("Kidnappings in Nigeria rose by 21% last year to 1,130 cases, a Lagos-based security consultancy said in "
            "its annual report on Tuesday.\n\nMost victims were seized on highways in Kaduna, Zamfara and Niger "
            "states, and many were held for ransom for weeks before their families paid, the report said.")
    assert incidents(body, title=title, published=PUBLISHED) == []


def test_violence_killing_thousands_over_six_months_tells_no_incident(incidents) -> None:
    title = "UN says gang violence in Haiti killed more than 2,000 in six months"
    body = ("GENEVA (Reuters) - Gang violence killed at least 2,040 people in Haiti in the first half of the year, "
            "the U.N. human rights office said on Tuesday.\n\nSecurity force operations, including drone strikes, "
            "caused about a fifth of the deaths, the office said.")
    assert incidents(body, title=title, published=PUBLISHED) == []


def test_a_title_that_tallies_and_tells_an_incident_is_news(incidents) -> None:
    title = "Attacks on buses in northern Kenya rise as gunmen kill 12 near Mandera"
    body = "Gunmen killed 12 passengers on a bus near Mandera on Tuesday, police said."
    found = incidents(body, title=title, published=PUBLISHED)
    assert [(e["country"], e["fatalities"]) for e in found] == [("KE", 12)]


def test_the_years_deadliest_attack_is_news_not_a_tally(incidents) -> None:
    title = "Car bombs kill 40 in deadliest Mogadishu attacks this year"
    body = "Two car bombs killed at least 40 people at a busy junction in Mogadishu on Tuesday, police said."
    found = incidents(body, title=title, published=PUBLISHED)
    assert [(e["country"], e["fatalities"]) for e in found] == [("SO", 40)]
