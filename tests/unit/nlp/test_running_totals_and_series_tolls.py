"""A toll counted over a span of time ("over the past six months, 210 have been killed"), the sentence that carries
such a total on ("Israeli forces have killed at least 150 Palestinians"), and the toll of the series an incident is
the latest of ("the latest in a string of attacks that have left 40 dead") are no incident's toll, while the
incident's own toll in the same sentence is. Classes read in real news of the news-feed export's even half in the
eighteenth session (campaign totals given to the day's incident); sentences written for these tests."""

from __future__ import annotations

import datetime

PUBLISHED = datetime.date(2026, 3, 11)  # a Wednesday


def test_a_toll_counted_over_months_is_not_the_days_blast_toll(incidents) -> None:
    title = "Bus blast in Mosul was a bomb attack, police say"
    body = ("A bus exploded in Mosul on Tuesday, wounding at least 12 people, police said.\n\n"
            "The blast came amid a surge of attacks. Over the past six months, 40 soldiers have been killed in "
            "attacks, while at least 210 militants have been killed.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert [(e["type"], e["fatalities"]) for e in found] == [("explosion", None)]


def test_the_sentence_carrying_a_running_total_on_is_not_the_incidents_toll(incidents) -> None:
    body = ("In Hebron on Tuesday, a man who tried to stab soldiers at a checkpoint was shot dead, the army said.\n\n"
            "Since January, attacks have killed 30 Israelis. Israeli forces have killed at least 150 Palestinians, "
            "most of them attackers, the army says. Most others were shot dead during violent protests.")
    found = incidents(body, published=PUBLISHED)
    # a stab at soldiers is an attack on armed people, typed as "tried to attack soldiers" is: a battle
    assert [(e["type"], e["fatalities"]) for e in found] == [("battle", 1)]


def test_a_sentence_after_a_total_with_its_own_day_is_news(incidents) -> None:
    body = ("Since January, bandits have killed more than 40 people in Zamfara state. Gunmen have killed five "
            "farmers near the town of Gusau on Tuesday, police said.")
    found = incidents(body, published=PUBLISHED)
    assert [(e["country"], e["fatalities"]) for e in found] == [("NG", 5)]


def test_the_latest_in_a_series_keeps_its_own_toll(incidents) -> None:
    body = ("On Friday an attack on a mosque in Qatif killed four people and wounded 15, the latest in a string of "
            "attacks claimed by jihadists that have left more than 40 dead in the past year.")
    found = incidents(body, published=PUBLISHED)
    assert [(e["country"], e["fatalities"]) for e in found] == [("SA", 4)]


def test_a_span_without_a_count_is_no_running_total(incidents) -> None:
    body = ("Gunmen killed six villagers near Gusau on Tuesday in the first attack on the area in months, police "
            "said.")
    found = incidents(body, published=PUBLISHED)
    assert [(e["country"], e["fatalities"]) for e in found] == [("NG", 6)]
