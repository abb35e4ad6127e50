"""A city naming an attack ("day after deadly Brussels bombings") is where it happened, while a country naming one is
its actor ("US strikes") and a named attack beside another incident does not place that one ("linked to the Paris
attacks"); a link to another story ("Related: ...") is no report; the victims' nationality does not move an attack
already told ("Americans were injured in the bombings"); a country inside a force's name ("a U.S. Air Force airman")
is no place; in an election story a rally is a candidate's event unless its sentence says protest; a gunman's killing
told in a protest sentence is an attack of its own; an accident's explosion stays an accident when police tell it;
"since late Friday night" is no running total. Classes read in real news of the news-feed export's even half in the
eighteenth session; sentences written for these tests."""

from __future__ import annotations

import datetime

PUBLISHED = datetime.date(2026, 3, 23)  # a Monday


def test_a_city_naming_the_bombings_places_them(incidents) -> None:
    title = "Denver airport evacuated day after deadly Lisbon bombings"
    body = ("Police evacuated a terminal at Denver's airport on Tuesday after a suspicious bag was found, a day "
            "after at least 20 people were killed in bomb attacks on Lisbon's metro.\n\nOfficials said four "
            "Americans, including a U.S. Air Force airman, were injured in the bombings.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert [(e["type"], e["country"], e["location"]) for e in found] == [("explosion", "PT", "Lisbon")]


def test_election_story_rallies_are_candidates_events(incidents) -> None:
    title = "Senators electrify Ohio crowd as campaign heads into final week"
    body = ("Thousands of voters packed a college gym in Ohio on Monday for a rally with the two candidates, a week "
            "before the primary.\n\nThe late-morning rally was long in the making, as the campaign sought the "
            "delegates it needs for the nomination.\n\nSupporters at Monday's rally said the election would be "
            "close, and many said they had never voted in a presidential primary before.")
    assert incidents(body, title=title, published=PUBLISHED) == []


def test_a_protest_rally_in_an_election_story_is_a_protest(incidents) -> None:
    title = "Opposition disputes election result as candidates trade blame"
    body = ("Thousands of protesters held a rally in Accra on Monday to dispute the election result, a week after "
            "the presidential ballot.\n\nThe candidates and their campaigns traded blame for the delay, and voters "
            "said the nomination of a new election commission was overdue. The elections body said primary "
            "results were final.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert [(e["type"], e["country"]) for e in found] == [("protest", "GH")]


def test_a_gunmans_killing_told_with_protesters_is_an_attack(incidents) -> None:
    body = ("The protesters have been undeterred by safety concerns after a gunman killed four police officers "
            "during a march in Houston on Thursday.")
    found = incidents(body, published=datetime.date(2026, 3, 21))
    assert sorted((e["type"], e["fatalities"] or 0) for e in found) == [("battle", 4), ("protest", 0)]


def test_a_car_hitting_a_gas_main_is_an_accident_when_police_tell_it(incidents) -> None:
    title = "Hundreds evacuated in Ohio suburb after gas explosion"
    body = ("Hundreds of people were evacuated from their homes in the town of Mentor on Saturday after a car hit a "
            "natural gas main at a utility facility and caused an explosion and fire, police said.")
    assert incidents(body, title=title, published=PUBLISHED) == []


def test_since_late_friday_night_is_no_running_total(incidents) -> None:
    body = ("Gunmen stormed a restaurant in Dhaka on Friday evening and took diners hostage. The attackers exchanged "
            "gunfire with police for several hours after the attack, but no shots had been heard since late Friday "
            "night. Two police officers were killed, officials said.")
    found = incidents(body, published=datetime.date(2026, 3, 21))
    assert [(e["country"], e["fatalities"]) for e in found] == [("BD", 2)]


def test_a_named_attack_beside_another_incident_does_not_place_it(incidents) -> None:
    title = "Belgian police kill gunman in raid"
    body = ("BRUSSELS - Police killed a gunman in a raid on a flat in the Forest district of Brussels on Tuesday, "
            "prosecutors said. The raid was linked to the investigation into the Paris attacks.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert {e["country"] for e in found} == {"BE"}


def test_a_link_to_another_story_is_no_report(incidents) -> None:
    body = ("Residents of Tulsa gathered on Monday to remember a neighbour.\n\nRelated: Suspect in Tulsa sniper "
            "attack was lone gunman, mayor says\n\nThe vigil ended at dusk.")
    assert incidents(body, published=PUBLISHED) == []

