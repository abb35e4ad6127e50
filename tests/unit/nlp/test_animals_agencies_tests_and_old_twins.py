"""A gorilla shot at a zoo is no victim and "encountering" a child is no encounter with militants; an agency's name
("the National News Agency") and a country inside a group's name ("the Islamic State of Iraq and Syria") place
nothing; in a story about missile tests a missile that hits nothing is one more test; an attack told again with its
old date, its place and its toll is that old attack, and one that came "eight months and a day after" another tells
the other as old; a bomb that explodes each time an animal bites is a poacher's method; a wildfire that "explodes in
size" and a subway insulator that explodes are no blasts; a bus that rolled over killed by accident. Classes read
in the news-feed export's odd half (outside the blind set) and in SATP train in the nineteenth session; sentences
written for these tests."""

from __future__ import annotations

import datetime

PUBLISHED = datetime.date(2026, 6, 14)  # a Sunday


def test_a_gorilla_shot_at_a_zoo_is_no_victim(incidents) -> None:
    body = ("Zoo keepers in Cincinnati shot and killed a gorilla on Saturday, a day after it was seen encountering and "
            "dragging a boy who fell into its enclosure. The boy was not hurt after his encounter with the gorilla.")
    assert incidents(body, published=PUBLISHED) == []


def test_militants_killed_in_an_encounter_still_count(incidents) -> None:
    body = "Two militants were killed in an encounter with police in Kupwara district on Saturday."
    assert [e["type"] for e in incidents(body, published=PUBLISHED)] == ["battle"]


def test_a_news_agency_places_no_incident(incidents) -> None:
    body = ("Renewed fighting broke out in a Palestinian refugee camp in southern Lebanon on Saturday. A Fatah member "
            "was killed in Saturday's fighting between armed groups, the state-run National News Agency said.")
    found = incidents(body, published=PUBLISHED)
    assert [(e["country"], e["location"]) for e in found] == [("LB", None)]


def test_a_country_inside_a_groups_name_places_no_second_attack(incidents) -> None:
    body = ("Gunmen attacked a cafe in Dhaka on Friday night, killing 20 people. The Islamic State of Iraq and Syria, "
            "or ISIS, claimed responsibility, saying it targeted the citizens of \"Crusader countries\" in the attack.")
    found = incidents(body, published=PUBLISHED)
    assert [(e["country"], e["location"]) for e in found] == [("BD", "Dhaka")]


def test_a_missile_that_hits_nothing_in_a_missile_test_story_is_a_test(incidents) -> None:
    body = ("North Korea test-fired two missiles on Wednesday in its sixth launch this year. Officials said the launch "
            "tested a new engine and that earlier launches had failed. Washington said it did not know whether the "
            "test was a success. Japan said the missile flew at a height of 1,000 km over a distance of 400 km, and "
            "experts said the launches showed progress after failed tests.")
    assert incidents(body, published=PUBLISHED) == []


def test_an_attack_told_again_with_its_old_date_is_that_old_attack(incidents) -> None:
    title = "Truck attack kills 40 in Lyon"
    body = ("A man drove a truck into a crowd in Lyon on Saturday night, killing 40 people, officials said. The "
            "president extended a state of emergency declared after militants killed 90 people in Marseille.\n\n"
            "Militants killed 90 people in Marseille on March 3, the worst attack in the country's history.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert [(e["location"], e["fatalities"]) for e in found] == [("Lyon", 40)]


def test_an_attack_months_and_a_day_after_another_tells_that_one_as_old(incidents) -> None:
    body = ("A man drove a truck into a crowd in Lyon on Saturday night, killing 40 people. The president spoke to "
            "the nation on Sunday, eight months and a day after suicide bombers killed 90 people in Marseille.")
    found = incidents(body, published=PUBLISHED)
    assert [e["location"] for e in found] == ["Lyon"]


def test_a_bomb_that_explodes_each_time_an_animal_bites_is_no_incident(incidents) -> None:
    body = ("Poachers in Balaghat district use crude bombs hidden in food, an official said on Sunday. When they bite, "
            "the bomb explodes in their mouth, the official said.")
    assert incidents(body, published=PUBLISHED) == []


def test_a_protester_who_drowned_is_no_speaker(incidents) -> None:
    body = ("One protester drowned in a river as police chased a group of them near Srinagar on Saturday, with clashes "
            "reported during protests across the valley, reports the Daily Excelsior.")
    assert "battle" not in [e["type"] for e in incidents(body, published=PUBLISHED)]


def test_a_wildfire_that_explodes_in_size_is_no_blast(incidents) -> None:
    title = "Canada wildfire explodes in size, fed by dry forest"
    body = "The wildfire near Fort McMurray destroyed 1,600 homes and forced 88,000 people to flee, officials said."
    assert incidents(body, title=title, published=PUBLISHED) == []


def test_an_insulator_that_exploded_in_a_subway_is_an_accident(incidents) -> None:
    body = ("Regulators ordered the Washington subway to tighten safety on Sunday after the explosion of a third-rail "
            "insulator filled a tunnel with smoke, injuring dozens of passengers.")
    assert incidents(body, published=PUBLISHED) == []


def test_a_bus_that_rolled_over_killed_in_an_accident(incidents) -> None:
    body = ("Eight people were killed and 40 others injured when a charter bus rolled over on a highway near Laredo "
            "on Saturday morning, a state official said.")
    assert incidents(body, published=PUBLISHED) == []


def test_a_date_of_something_else_in_the_sentence_makes_no_old_twin(incidents) -> None:
    title = "Explosions hit Lyon airport, 10 killed"
    body = ("Explosions tore through the departure hall of Lyon airport on Saturday morning, killing 10 people, "
            "officials said.\n\nThe blasts at the airport occurred four days after the arrest in Lyon of a suspect in "
            "the November attacks that killed 10 people.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert [(e["location"], e["fatalities"]) for e in found] == [("Lyon", 10)]


def test_police_who_encountered_cadres_fought_them(incidents) -> None:
    body = "Police encountered 30 Maoist cadres in the forests of Malkangiri district on Saturday, killing four of them."
    assert [e["type"] for e in incidents(body, published=PUBLISHED)] == ["battle"]
