"""A street named after a foreign city ("Rochdale Street") and a small town that shares a big foreign city's name
("Leicester" in a Massachusetts story) are where the story is; an officer "who was slain" fell in a battle; a look
"shot" at someone is no shooting; a candidate's rally is no protest; a bomb that was tested and a bomb as such ("a
dirty bomb combines ...") exploded nowhere; plural violence called a threat is a pattern; an incident "days after"
which the news came is old and keeps its toll and place to itself; a company "US-owned" places nothing in the US; a
number after a name is an age even when its closing comma is missing; clashes over a death are unrest, not a battle;
a police raid days after a bombing is no attack; a sexual assault is no political violence; a sector "held hostage",
a gameplay demonstration and a person who "drops a bomb" are figures or showcases; shootings "from Newtown to
Aurora" are a list, not one; "last weekend" told on a Friday is old news. Classes read in the first real-news blind
set and the news-feed export's odd half in the twentieth session; sentences written for these tests."""

from __future__ import annotations

import datetime

PUBLISHED = datetime.date(2026, 6, 14)  # a Sunday


def test_a_street_named_after_a_foreign_city_is_where_the_story_is(codes) -> None:
    body = ("Officer Ronald Smith had joined the police in Auburn, Massachusetts, after transferring from Leicester. "
            "Divers searched a pond on Rochdale Street for the gun on Sunday.")
    assert codes(body) == {"US"}


def test_a_small_town_of_the_named_state_is_not_the_big_city_abroad(codes) -> None:
    body = ("Police in Massachusetts searched a home in Leicester on Sunday. The officer had joined the Auburn "
            "police three years ago after transferring from Leicester.")
    assert codes(body) == {"US"}


def test_an_officer_who_was_slain_fell_in_a_battle(incidents) -> None:
    body = "Ronald Smith, the Auburn, Massachusetts, officer who was slain early Sunday, was a father of three."
    assert [e["type"] for e in incidents(body, published=PUBLISHED)] == ["battle"]


def test_a_look_shot_at_someone_is_no_shooting(incidents) -> None:
    body = "In a diner in Manchester, New Hampshire, on Saturday, the two voters shot each other a look and left."
    assert incidents(body, published=PUBLISHED) == []


def test_a_rally_for_a_candidate_is_no_protest(incidents) -> None:
    body = ("A British man tried to grab a police officer's gun during a Las Vegas rally for Donald Trump on "
            "Saturday, prosecutors said.")
    assert [e for e in incidents(body, published=PUBLISHED) if e["type"] == "protest"] == []


def test_a_surname_rally_is_a_candidates_rally(incidents) -> None:
    body = ("Donald Trump spoke in Manchester, New Hampshire, on Saturday. \"I'm here for a Trump rally,\" said one "
            "voter in the crowd.")
    assert incidents(body, published=PUBLISHED) == []


def test_a_tested_bomb_exploded_nowhere(incidents) -> None:
    body = ("The bill was passed on Saturday, three days after North Korea announced it had tested a hydrogen bomb. "
            "China said the bomb test broke its promises.")
    assert incidents(body, published=PUBLISHED) == []


def test_a_bomb_described_is_no_blast(incidents) -> None:
    body = ("Officials in Brussels fear militants want to build a dirty bomb. A dirty bomb combines radioactive "
            "material with explosives, experts said on Saturday.")
    assert incidents(body, published=PUBLISHED) == []


def test_plural_violence_called_a_threat_is_a_pattern(incidents) -> None:
    body = ("Kidnappings and bombings are the biggest threat facing Sindh province, the police chief told "
            "lawmakers in Karachi on Saturday.")
    assert incidents(body, published=PUBLISHED) == []


def test_an_attack_days_before_the_news_is_old(incidents) -> None:
    body = ("Gunmen shot dead a shopkeeper at his home in Charleroi, Belgium, on Saturday, days after suicide "
            "bombers killed 30 people in Brussels.")
    found = incidents(body, published=PUBLISHED)
    assert [(e["type"], e["location"]) for e in found] == [("civilian_attack", "Charleroi")]


def test_a_police_raid_days_after_a_bombing_is_no_attack(incidents) -> None:
    body = ("Police raided a flat in Antwerp, Belgium, on Saturday, days after suicide bombers killed 30 people in "
            "Brussels.")
    assert incidents(body, published=PUBLISHED) == []


def test_a_company_owned_from_abroad_places_nothing_there(incidents) -> None:
    body = ("A guard who worked for a US-owned security company was found shot dead in his home in Belgium on "
            "Saturday, prosecutors said.")
    assert {e["country"] for e in incidents(body, published=PUBLISHED)} == {"BE"}


def test_a_number_after_a_name_is_an_age_without_its_closing_comma(incidents) -> None:
    body = "Rebel commander Ahmed Khan, 22 died in a gunfight with the army in Kupwara district on Saturday."
    assert [e["fatalities"] for e in incidents(body, published=PUBLISHED)] == [1]


def test_a_number_after_a_place_is_still_a_toll(incidents) -> None:
    body = "Gunmen stormed a hotel in Kabul, Afghanistan, on Saturday. In Kabul, 35 died in the attack, police said."
    assert [e["fatalities"] for e in incidents(body, published=PUBLISHED)] == [35]


def test_clashes_over_a_death_are_unrest(incidents) -> None:
    body = ("At least 23 people have died in clashes over the death of a popular separatist commander in Kashmir, "
            "officials said on Saturday.")
    assert [e["type"] for e in incidents(body, published=PUBLISHED)] == ["riot"]


def test_clashes_over_a_town_between_armed_sides_stay_battles(incidents) -> None:
    body = "Rebels and troops fought clashes over the town of Kidal in Mali on Saturday."
    assert [e["type"] for e in incidents(body, published=PUBLISHED)] == ["battle"]


def test_a_sexual_assault_is_no_political_violence(incidents) -> None:
    body = ("Alumni of the college in Pennsylvania met on Saturday with students who have been sexually assaulted "
            "on campus.")
    assert incidents(body, published=PUBLISHED) == []


def test_an_old_attack_after_weeks_keeps_its_toll_whatever_the_parse(incidents) -> None:
    body = ("A couple inspired by the group killed 14 people in San Bernardino, California, on Saturday, just weeks "
            "after gunmen linked to Islamic State killed 130 people in Paris.")
    found = incidents(body, published=PUBLISHED)
    assert [(e["location"], e["fatalities"]) for e in found] == [("San Bernardino", 14)]


def test_a_sector_held_hostage_is_a_figure_of_speech(incidents) -> None:
    body = ("An entire sector of the federal government is held hostage by the last century, a senator said in "
            "Washington on Saturday.")
    assert incidents(body, published=PUBLISHED) == []


def test_villagers_held_hostage_are_captives(incidents) -> None:
    body = "Gunmen held three villagers hostage in Kunar province, Afghanistan, on Saturday."
    assert [e["type"] for e in incidents(body, published=PUBLISHED)] == ["civilian_attack"]


def test_a_game_demonstration_is_no_protest(incidents) -> None:
    body = ("Gamers in Los Angeles played a virtual reality demonstration of the new horror game on Saturday, and a "
            "brief gameplay demonstration showed its hero fighting monsters.")
    assert incidents(body, published=PUBLISHED) == []


def test_a_person_who_drops_a_bomb_breaks_news(incidents) -> None:
    body = "In the season finale, filmed in London, Roger drops a bomb on Brianna on Saturday."
    assert incidents(body, published=PUBLISHED) == []


def test_violence_from_one_place_to_another_is_a_list_of_incidents(incidents) -> None:
    body = ("The rifle has been the weapon of choice in mass shootings from Newtown to Aurora, gun-control groups "
            "said in Denver on Saturday.")
    assert incidents(body, published=PUBLISHED) == []


def test_last_weekend_told_at_the_end_of_the_week_is_old(incidents) -> None:
    body = "Gunmen killed five people in a market in Kabul, Afghanistan, last weekend, officials said."
    assert incidents(body, published=datetime.date(2026, 6, 12)) == []  # a Friday
    assert len(incidents(body, published=datetime.date(2026, 6, 15))) == 1  # a Monday
