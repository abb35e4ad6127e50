"""Violence words that real news uses for no incident, and incidents told in words the rules missed: film reviews,
rehearsals, workplace blasts, debates, rain that "bombards", violence people flee, a protest against violence,
captors marching captives, abductions told as "whisked away" or "picked up". Error classes found on the fifth blind
set after its first contact; sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

PUBLISHED = datetime.date(2026, 4, 16)  # a Thursday


def _pairs(found: list[dict]) -> list[tuple[str, str]]:
    return [(e["type"], e["country"]) for e in found]


def test_a_film_review_tells_its_story_not_incidents(incidents) -> None:
    body = ("Few films about Angola's civil war have reached cinemas abroad. The film, the second feature by the "
            "director Ana Lopes, opens on Friday. Lopes stages the ambushes and air raids with restraint, keeping the "
            "camera on the girl while the explosions happen out of frame. The film's best scene is a night march in "
            "which an argument nearly gets the column killed. The veteran actor Joao Dias plays the commander, and the "
            "screenplay gives its protagonist little to say.")
    assert not incidents(body, "Review: a girl's war in Angola", PUBLISHED)


def test_a_gunman_in_a_cinema_is_still_news(incidents) -> None:
    body = "A gunman opened fire in a cinema in Luanda on Wednesday during the premiere of a film, killing two people."
    assert _pairs(incidents(body, None, PUBLISHED)) == [("civilian_attack", "AO")]


def test_a_rehearsed_attack_is_no_attack(incidents) -> None:
    body = ("Special forces stormed a hijacked airliner at the airport in Baku on Thursday, in a large exercise that "
            "simulated a terrorist attack. In the scenario, gunmen seized a plane and a suicide bomber detonated a "
            "device in the departure hall.")
    assert not incidents(body, "Airport stages mock attack in drill", PUBLISHED)


def test_a_blast_at_a_factory_is_an_accident(incidents) -> None:
    body = ("A blast ripped through the boiler room of a garment factory in Gazipur on Wednesday, killing four workers. "
            "The blast tore through a wall of the dyeing section and the roof collapsed on workers.")
    assert not incidents(body, None, PUBLISHED)


def test_a_bomb_at_a_factory_is_an_attack(incidents) -> None:
    body = "A bomb blast at a factory in Quetta killed four workers on Wednesday, police said."
    assert _pairs(incidents(body, None, PUBLISHED)) == [("explosion", "PK")]


def test_lawmakers_clashing_over_a_bill_is_a_debate(incidents) -> None:
    body = "Lawmakers clashed on Wednesday over a bill that would give the army a permanent role in Jakarta."
    assert not incidents(body, None, PUBLISHED)


def test_rain_that_bombards_is_weather(incidents) -> None:
    body = ("Twelve people died in flash floods in Uttarakhand on Wednesday. The chief minister said the region had "
            "been bombarded by relentless rain and announced compensation for the families of the dead.")
    assert not any(e["type"] == "explosion" for e in incidents(body, None, PUBLISHED))


def test_fighting_people_flee_is_the_war_around_them(incidents) -> None:
    body = ("Uvira has swollen with people fleeing fighting between the army, allied militias and rebels in the "
            "highlands, aid workers said on Wednesday.")
    assert not incidents(body, None, PUBLISHED)


def test_kidnapping_as_a_subject_of_a_survey_is_a_pattern(incidents) -> None:
    body = ("The survey of 50,000 households, published in Abuja on Wednesday, found that kidnapping was most common "
            "in the northwest of Nigeria.")
    assert not incidents(body, None, PUBLISHED)


def test_a_march_against_violence_is_a_protest_not_a_riot(incidents) -> None:
    body = ("Thousands of people marched peacefully through Tegucigalpa on Wednesday to demand that the authorities "
            "end gang violence.")
    assert _pairs(incidents(body, None, PUBLISHED)) == [("protest", "HN")]


def test_a_protest_that_stones_police_is_a_riot(incidents) -> None:
    body = ("Hundreds of teachers smashed the doors of the state congress in Oaxaca on Wednesday and pelted riot police "
            "with rocks in a protest against a pay cut, officials said.")
    assert _pairs(incidents(body, None, PUBLISHED)) == [("riot", "MX")]


def test_captors_marching_captives_is_no_protest(incidents) -> None:
    body = ("Gunmen abducted 12 labourers at a quarry in Tank District on Wednesday. The attackers marched the "
            "labourers towards the hills near North Waziristan, police said.")
    assert _pairs(incidents(body, None, PUBLISHED)) == [("civilian_attack", "PK")]


@pytest.mark.parametrize(
    "body",
    [
        "Armed men whisked away three staff members of an aid group from Sajek union in Rangamati District on "
        "Wednesday, police said.",
        "Cadres of the CPI-Maoist picked up a villager from his house at a village in Sukma District on Wednesday, "
        "police said.",
    ],
)
def test_armed_men_carrying_people_off_is_an_abduction(incidents, body: str) -> None:
    assert [e["type"] for e in incidents(body, None, PUBLISHED)] == ["civilian_attack"]


def test_police_picking_up_suspects_is_no_abduction(incidents) -> None:
    assert not incidents("Police picked up two suspects from Ranchi on Wednesday.", None, PUBLISHED)


def test_a_vehicle_striking_the_device_is_the_same_blast(incidents) -> None:
    body = ("A roadside bomb hit a bus in Borno on Wednesday, killing nine passengers. The bus was travelling at the "
            "back of an army convoy when it struck the device near a village south of Maiduguri, police said.")
    assert _pairs(incidents(body, None, PUBLISHED)) == [("explosion", "NG")]


def test_militants_killed_by_their_state_name_is_a_battle(incidents) -> None:
    body = ("Security forces killed six khwarij in an operation in Khyber District on Wednesday, the military said.")
    assert [e["type"] for e in incidents(body, None, PUBLISHED)] == ["battle"]


def test_a_then_president_dates_the_sentence_to_the_past(incidents) -> None:
    body = ("The attack on the army base prompted then-president Idriss Deby to lead a counter-offensive in person, "
            "pursuing fighters into Niger.")
    assert not incidents(body, None, PUBLISHED)


def test_a_killing_at_a_nested_place_retells_the_battle(incidents) -> None:
    body = ("Malian soldiers fought Islamist militants for hours near Niono on Wednesday in a clash that left dozens "
            "dead, the army said. Soldiers were killed around a camp in the central Segou region, it said.")
    assert _pairs(incidents(body, None, PUBLISHED)) == [("battle", "ML")]


def test_every_country_listed_across_a_border_is_the_other_side(incidents) -> None:
    body = ("Gunmen kidnapped 23 villagers in the Tillaberi region of western Niger on Wednesday, officials said. No "
            "group has claimed the kidnapping, but two jihadist groups operate in the area, close to Niger's borders "
            "with Mali and Burkina Faso.")
    assert _pairs(incidents(body, None, PUBLISHED)) == [("civilian_attack", "NE")]


def test_a_group_named_like_a_province_is_no_place(incidents) -> None:
    body = ("Gunmen kidnapped 23 villagers in the Tillaberi region of western Niger on Wednesday, officials said. No "
            "group has claimed the kidnapping, but Islamic State Sahel Province operates in the area.")
    assert _pairs(incidents(body, None, PUBLISHED)) == [("civilian_attack", "NE")]


def test_a_district_named_as_such_is_placed_beside_an_unknown_village(incidents) -> None:
    body = ("Militants killed two villagers near Satang village under Tengnoupal Police Station in Chandel District "
            "on April 14, police said.")
    assert _pairs(incidents(body, None, PUBLISHED)) == [("civilian_attack", "IN")]


def test_a_perfect_infinitive_reports_what_happened(incidents) -> None:
    body = ("Three soldiers were reported to have sustained injuries in a gunfight with militants in Chandel District "
            "on April 14.")
    assert _pairs(incidents(body, None, PUBLISHED)) == [("battle", "IN")]


def test_a_war_toll_in_thousands_is_no_incidents_toll(incidents) -> None:
    body = ("Police said two gang members were killed on Wednesday in a shootout with officers in Delmas, a district "
            "of Port-au-Prince. Gangs have expanded into neighbouring regions, killing thousands of people.")
    assert [e["fatalities"] for e in incidents(body, None, PUBLISHED)] == [2]


def test_the_past_perfect_retells_the_anniversary_bombing(incidents) -> None:
    body = ("Police paid homage to the 40 troopers killed in the 2019 Pulwama suicide car bombing at a ceremony in "
            "Pulwama District on Tuesday, the anniversary of the attack. The explosives-laden car driven by a "
            "suicide bomber had rammed a bus in a convoy on the highway.")
    assert not incidents(body, None, PUBLISHED)


def test_a_surname_of_a_person_named_in_full_is_no_lynching(incidents) -> None:
    body = ('Attorney General Loretta Lynch spoke in Washington on Wednesday. "The world is small," the prosecutor '
            "said at the news conference with Lynch.")
    assert not incidents(body, None, PUBLISHED)


@pytest.mark.parametrize(
    "body",
    [
        "Chinese shares tried to rally in Shanghai on Wednesday as hopes for more stimulus grew.",
        "The television network rallied around its host in Los Angeles on Wednesday after the complaints.",
        "Pasadena in California is a nationwide leader in traffic-fighting design, officials said on Wednesday.",
    ],
)
def test_rallies_of_markets_or_support_and_fighting_things_are_no_incidents(incidents, body: str) -> None:
    assert not incidents(body, None, PUBLISHED)


def test_recent_attacks_as_a_backdrop_are_a_trend(incidents) -> None:
    body = "The debate in Washington heated up on Wednesday in the wake of recent attacks by Islamic militants."
    assert not incidents(body, None, PUBLISHED)


def test_a_headline_of_officers_shot_types_by_its_victims(incidents) -> None:
    found = incidents("Three police officers were shot in Chicago on Wednesday and the suspect died, police said.",
                      "Three police officers shot in Chicago, suspect dead", PUBLISHED)
    assert _pairs(found) == [("battle", "US")]


def test_blasting_a_party_is_denouncing_it(incidents) -> None:
    body = ("Democratic members caught wind of the plan and blasted Republicans on the floor of the House in "
            "Washington on Wednesday.")
    assert not incidents(body, None, PUBLISHED)
