"""Security-force raids told through their arrests ("arrested two men, identified as ..., during a raid"; "the
raid followed a tip-off"), raids typed by whom they killed, a past-tense "when" clause under a verb of asking
("had called a meeting when gunmen opened fire"), and a nationality word inside a locality's name ("the Afghan
Colony area"). Classes read in SATP train reports in the thirteenth session; sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

PUBLISHED = datetime.date(2026, 6, 23)  # a Tuesday
VIOLENT = {"battle", "explosion", "civilian_attack"}


def _types(found: list[dict]) -> list[tuple[str, str | None]]:
    return [(e["type"], e["country"]) for e in found]


@pytest.mark.parametrize("body", [
    "Meanwhile, the CTD arrested two facilitators of militants, identified as Rahim Gul and Noor Zaman, during a "
    "raid in Mingora town of Swat District on Monday.",
    "Police raided a hideout in Mardan, Pakistan, on Monday. As the suspects tried to slip away during the raid, "
    "they were arrested by the police.",
    "Police seized rifles and ammunition during a raid on a hideout in Mardan, Pakistan, on Monday. The raid "
    "followed a tip-off that militants were hiding in the area.",
])
def test_a_security_force_raid_told_by_its_arrests_is_no_incident(incidents, body: str) -> None:
    assert [e for e in incidents(body, None, PUBLISHED) if e["type"] in VIOLENT] == []


@pytest.mark.parametrize("body", [
    "Police shot dead two militants during a raid on a hideout in Mardan, Pakistan, on Monday.",
    "Security forces raided a rebel camp near Imphal, India, on Monday and killed three insurgents.",
])
def test_a_raid_that_killed_militants_is_a_battle(incidents, body: str) -> None:
    assert [e["type"] for e in incidents(body, None, PUBLISHED)] == ["battle"]


def test_a_raid_by_militants_that_killed_villagers_stays_an_attack_on_civilians(incidents) -> None:
    body = "Militants raided a village near Imphal, India, on Monday and killed two farmers."
    assert _types(incidents(body, None, PUBLISHED)) == [("civilian_attack", "IN")]


def test_a_past_when_clause_under_a_verb_of_asking_tells_what_happened(incidents) -> None:
    body = ("The party chief had called a meeting at his home in Karachi, Pakistan, on Monday when gunmen opened fire "
            "on the guests.")
    assert _types(incidents(body, None, PUBLISHED)) == [("civilian_attack", "PK")]


@pytest.mark.parametrize("body", [
    "Elders in Quetta, Pakistan, called on the government to act when militants attack the villages.",
    "Party leaders in Karachi, Pakistan, called for a strike on Monday.",
])
def test_what_is_only_asked_for_stays_unreal(incidents, body: str) -> None:
    assert [e for e in incidents(body, None, PUBLISHED) if e["type"] in VIOLENT] == []


@pytest.mark.parametrize(("body", "expected"), [
    ("Gunmen shot dead a shopkeeper in the Dhanpur Nepali Basti area of Siliguri on Monday.", {"IN"}),
    ("Gunmen shot dead a shopkeeper in the Afghan Colony area of Quetta on Monday.", {"PK"}),
])
def test_a_nationality_word_inside_a_locality_name_names_no_country(codes, body: str, expected: set[str]) -> None:
    assert codes(body) == expected


@pytest.mark.parametrize(("text", "code"), [
    ("Nigerian Village Attacked By Gunmen", "NG"),
    ("Jets struck the Syrian town of Raqqa on Monday.", "SY"),
])
def test_a_nationality_word_before_a_place_noun_still_counts(codes, text: str, code: str) -> None:
    assert code in codes(text)


@pytest.mark.parametrize("body", [
    "Acting on a tip off, police recovered a cache of explosives including three hand grenades in a forest near "
    "Koraput, India, on Monday.",
    "A bomb planted near the bus stand in Pulwama, India, was defused on Monday. The squad defused the bomb without "
    "causing any damage.",
])
def test_a_device_found_or_defused_did_not_go_off_whatever_words_stand_near(incidents, body: str) -> None:
    assert [e for e in incidents(body, None, PUBLISHED) if e["type"] == "explosion"] == []


def test_what_commandos_are_trained_in_is_no_incident(incidents) -> None:
    body = "Thirty commandos in Bhubaneswar, India, have been trained in new tactics, including ambush."
    assert [e for e in incidents(body, None, PUBLISHED) if e["type"] in VIOLENT] == []


def test_the_bombs_that_retell_devices_found_did_not_go_off(incidents) -> None:
    body = ("Police were tipped off about two IEDs being smuggled into Guwahati, India, on Monday, and officials said "
            "the bombs were meant for a crowded market.")
    assert [e for e in incidents(body, None, PUBLISHED) if e["type"] == "explosion"] == []


def test_a_planted_bomb_that_then_exploded_is_an_explosion(incidents) -> None:
    body = "A bomb was planted under a car in Quetta, Pakistan, on Monday. The bomb exploded and killed two people."
    assert _types(incidents(body, None, PUBLISHED)) == [("explosion", "PK")]


@pytest.mark.parametrize("body", [
    "The resort faces the possibility of legal action after an alligator snatched and killed a toddler in Orlando, "
    "Florida, on Monday, experts said.",
    "A bear mauled and killed a hiker near Bozeman, Montana, on Monday.",
])
def test_an_animal_that_kills_makes_no_incident(incidents, body: str) -> None:
    assert incidents(body, None, PUBLISHED) == []


def test_unexploded_shells_and_bombs_from_an_old_war_are_no_incident(incidents) -> None:
    body = ("A farmer near Rabaul, Papua New Guinea, found a bomb on Monday; it was defused. Thousands of unexploded "
            "shells and bombs are thought to remain buried in the area.")
    assert [e for e in incidents(body, None, PUBLISHED) if e["type"] == "explosion"] == []


@pytest.mark.parametrize("body", [
    "Youths threw stones and petrol bombs at police in Kasserine, Tunisia, on Tuesday.",
    "Young men threw stones and petrol bombs at police and set tyres alight in Kasserine, Tunisia, on Tuesday.",
])
def test_petrol_bombs_thrown_with_stones_are_a_riot(incidents, body: str) -> None:
    assert _types(incidents(body, None, PUBLISHED)) == [("riot", "TN")]


def test_a_petrol_bomb_thrown_by_militants_is_an_attack(incidents) -> None:
    body = "Militants hurled a petrol bomb at a bus in Barisal, Bangladesh, on Tuesday, killing the driver."
    assert _types(incidents(body, None, PUBLISHED)) == [("civilian_attack", "BD")]


def test_the_toll_of_an_industrial_blast_is_no_attack(incidents) -> None:
    body = ("An ammonia tank exploded at a fertiliser factory in Chattogram, Bangladesh, on Wednesday, killing three "
            "workers.")
    assert incidents(body, None, PUBLISHED) == []


def test_a_sentence_for_an_old_bombing_retells_it(incidents) -> None:
    assert incidents("Kenyan court jails three for life over Lamu bus bombing", None, PUBLISHED) == []


def test_most_of_the_abductions_in_a_report_are_a_statistic(incidents) -> None:
    body = "Most of the abductions took place in the departments of Arauca and Cauca, Colombia, the report said."
    assert incidents(body, None, PUBLISHED) == []


@pytest.mark.parametrize("title", [
    "Bus plunges into ravine in Bolivia's Potosi, killing 22",
    "Bus and fuel tanker collide on Kabul-Kandahar highway, killing 21",
])
def test_a_road_accident_headline_in_the_present_is_no_attack(incidents, title: str) -> None:
    assert incidents("Rescuers worked through the night.", title, PUBLISHED) == []


def test_armed_youths_fighting_the_army_is_a_battle(incidents) -> None:
    body = ("Soldiers were killed on Monday in fighting between the army and armed youths allied to the opposition in "
            "Ulang county of Upper Nile state, South Sudan.")
    assert [e["type"] for e in incidents(body, None, PUBLISHED)] == ["battle"]


def test_devices_destroyed_by_a_bomb_disposal_squad_did_not_go_off(incidents) -> None:
    body = ("The Express reports that two remote controlled Improvised Explosive Devices (IEDs) were destroyed by a "
            "bomb disposal squad near Imphal, India, on Monday.")
    assert incidents(body, None, PUBLISHED) == []


def test_bombers_among_the_killed_are_people_not_a_bombing(incidents) -> None:
    body = "Troops killed 29 militants, including two suicide bombers, during operations near Quetta, Pakistan, on Monday."
    assert _types(incidents(body, None, PUBLISHED)) == [("battle", "PK")]


def test_abduction_described_as_a_trend_is_a_pattern(incidents) -> None:
    body = "Abduction for ransom has become the easiest way to make money in Karachi, Pakistan, police said."
    assert incidents(body, None, PUBLISHED) == []


def test_a_city_name_opening_a_hospital_name_with_a_possessive_is_no_place(codes) -> None:
    text = ("A boy shot in Mooresville was taken to Carolina's Medical Center in Charlotte. Under North Carolina law "
            "the owner was charged.")
    assert codes(text) == {"US"}


def test_arrests_made_in_raids_that_killed_do_not_retell_the_raids(incidents) -> None:
    body = "Police killed one suspected militant and arrested two more in raids in Cirebon, Indonesia, on Friday."
    assert _types(incidents(body, None, PUBLISHED)) == [("battle", "ID")]
