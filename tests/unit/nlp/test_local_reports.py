"""Short local incident reports (district-level places, no publication date): sentences written for these tests."""

from __future__ import annotations

import pytest


def _pairs(found: list[dict]) -> set[tuple[str, str]]:
    return {(e["country"], e["type"]) for e in found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unidentified gunmen shot dead two traders near a market in Harnai District of Balochistan on June 3.",
         {("PK", "civilian_attack")}),
        ("A Police constable was hacked to death by Maoist cadres near Katekalyan village in Dantewada District "
         "on January 9.", {("IN", "battle")}),
        ("Three militants were killed in an encounter with Security Forces in Kupwara District on Monday.",
         {("IN", "battle")}),
        ("An improvised explosive device planted on the road went off in Sukma District on March 17, "
         "injuring two troopers.", {("IN", "explosion")}),
        ("A civilian was injured in a firing incident at a bus stand in Pulwama District on November 23.",
         {("IN", "civilian_attack")}),
    ],
)
def test_district_level_reports_get_their_country(incidents, text: str, expected: set) -> None:
    assert _pairs(incidents(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police recovered 12 hand grenades and a pistol from a hideout in Kokrajhar District on April 16.",
        "A bomb disposal squad defused an IED found near a culvert in Bijapur District on May 2.",
        "Police arrested a man in Chittagong District on November 15 for his involvement in the murder of a blogger.",
        "Police fired teargas shells to disperse stone-pelting youths in Srinagar on Friday.",
        "The prime minister tried to strike a deal with opposition leaders in Kathmandu on Monday.",
        "Police seized an assault rifle and two pistols at a checkpoint in Chilas on Monday.",
        "Two militants confessed to killing four Rangers in Karachi, police said on Tuesday.",
        "Officials warned of the possibility of Maoists carrying out an attack in Palakkad District.",
    ],
)
def test_handled_explosives_arrests_and_crowd_control_are_not_incidents(incidents, text: str) -> None:
    assert [e for e in incidents(text) if e["type"] in ("battle", "explosion", "civilian_attack")] == []


def test_undated_report_keeps_the_earlier_abduction_and_later_killing_current(incidents) -> None:
    text = ("Maoists abducted a village headman from Parcheli village in Dantewada District on December 27. "
            "His body was found on December 30; the Maoists had killed him, Police said.")
    assert ("IN", "civilian_attack") in _pairs(incidents(text))


def test_a_name_in_an_organisation_is_not_a_month(incidents) -> None:
    text = "Cadres of the Jharkhand Jan Mukti Parishad killed a farmer in Latehar District on July 2."
    assert _pairs(incidents(text)) == {("IN", "civilian_attack")}


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        ("Bomb kills four police officers in eastern Afghanistan",
         "A bomb hidden in a cart exploded near a police checkpoint in Jalalabad on Tuesday, killing four officers, "
         "officials said.\nNo group claimed responsibility for the bombing in Nangarhar province, where militants are "
         "active.", [("AF", "explosion", 4)]),
        ("Roadside bomb hits convoy in Somalia",
         "A roadside bomb struck an army convoy outside Baidoa on Monday, killing two soldiers.\n"
         "Al-Shabaab said it carried out the blast in Bay region.", [("SO", "explosion", 2)]),
        ("Gunmen attack village in Mali",
         "Gunmen killed five villagers near Douentza on Sunday, a local official said.\n"
         "The army said it had sent reinforcements after the attack in the Mopti region.", [("ML", "civilian_attack", 5)]),
    ],
)
def test_a_definite_retelling_naming_the_wider_division_is_the_same_incident(
        incidents, title: str, body: str, expected: list) -> None:
    assert [(e["country"], e["type"], e["fatalities"]) for e in incidents(body, title)] == expected


def test_a_second_town_is_still_a_second_incident(incidents) -> None:
    body = ("A bomb exploded at a market in Jalalabad on Tuesday, killing four people.\n"
            "Hours later, the bombing of a bus in Kandahar killed two passengers.")
    assert len(incidents(body, "Two bombings in Afghanistan")) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maoist cadres set ablaze four trucks at a quarry in Latehar District on March 9.", {("IN", "civilian_attack")}),
        ("Militants set fire to a girls' school in Swabi District of Khyber Pakhtunkhwa on Sunday night.",
         {("PK", "civilian_attack")}),
        ("Unidentified armed men hacked to death a shopkeeper in Kushtia District on May 12.",
         {("BD", "civilian_attack")}),
        ("Masked men riddled a car with bullets near Turbat in Balochistan on Friday, killing the driver.",
         {("PK", "civilian_attack")}),
    ],
)
def test_arson_by_armed_groups_and_killings_with_weapons_are_attacks(incidents, text: str, expected: set) -> None:
    assert _pairs(incidents(text)) == expected


def test_a_crowd_setting_vehicles_ablaze_is_a_riot(incidents) -> None:
    text = "Protesters set ablaze two buses in Dhaka on Monday after police fired tear gas at them."
    assert ("BD", "riot") in _pairs(incidents(text))
    assert not {t for _, t in _pairs(incidents(text))} & {"battle", "civilian_attack"}


@pytest.mark.parametrize("text", [
    "The government set up a committee in Islamabad on Monday to review security.",
    "A bus overturned and killed nine passengers near Multan on Tuesday.",
])
def test_set_without_fire_and_road_deaths_are_not_attacks(incidents, text: str) -> None:
    assert [e for e in incidents(text) if e["type"] in ("battle", "explosion", "civilian_attack")] == []


def test_armed_inside_an_organisation_name_is_no_armed_attacker(incidents) -> None:
    text = ("Gunmen attacked a military school in Bamako on Tuesday, killing 70 people. More than 12,000 people were "
            "killed in the region in 2023, according to the Armed Conflict Location and Event Data project.")
    found = [e for e in incidents(text) if e["type"] in ("battle", "civilian_attack")]
    assert [e["fatalities"] for e in found] == [70]


@pytest.mark.parametrize("text", [
    "Police rescued two traders who had been abducted by militants in Kohat.",
    "Security forces freed a teacher abducted by gunmen in Kohat District.",
])
def test_a_rescue_retells_the_abduction_it_ends(enrich, text: str) -> None:
    found = [e for e in enrich(text)["events"] if e["type"] == "civilian_attack"]
    assert found and all(e["background"] for e in found)


def test_a_fire_set_by_rioters_does_not_swallow_the_killing_that_set_them_off(incidents) -> None:
    text = "Youths set shops ablaze in Lyon overnight after a police officer shot dead a teenager at a checkpoint."
    assert _pairs(incidents(text)) == {("FR", "riot"), ("FR", "civilian_attack")}
