"""Explosives and killings that did not happen as news: devices found, made or talked about, a bomb squad's safe
disposal, what something is used or trained for, search raids, crowd-control shells, and violence named only to say
who was behind an old incident. Error classes found on the SATP training reports; sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

PUB = datetime.date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    "text",
    [
        "The bomb disposal squad later detonated the grenade safely near Dera Bugti on Tuesday.",
        "Materials used for explosions were recovered by the police in Giridih District on Tuesday.",
        "Police said the rifles were used for extortion and kidnapping incidents in the Garo Hills.",
        "Commandos in Srinagar have been trained in ambush tactics, an official said on Tuesday.",
        "Officials in Peshawar said on Tuesday that IEDs have become the weapon of choice for militants.",
        "The two men were making bombs to trigger explosions in Colombo, police said on Tuesday.",
        "A joint team raided a hideout in Kohat on Tuesday and recovered 300 hand grenades.",
        "The police raided a den in Bogura on Tuesday and arrested five men.",
        "The arrested man was the main conspirator of the serial blasts in Jaipur, police said on Tuesday.",
        "The outfit has been engaged in killings of traders in the province, the minister said on Tuesday.",
        "The explosives were set off at a firing range outside Kandy on Tuesday.",
        "The slain journalist's family met the governor in Lahore on Tuesday.",
        "Police arrested a man in Hyderabad on Tuesday who is an accused in the 2019 market blast case.",
        "A trader in Dimapur was accused on Tuesday of buying rocket propelled grenades for the outfit.",
        "Commandos can blast open the doors of hideouts, an officer in Quetta said on Tuesday.",
        "Police in Guwahati had information on Tuesday about two IEDs being transported on a train.",
        "Weapons recovered from the killed militants in Kupwara on Tuesday included three rifles, one pistol, "
        "eight grenades and 12 magazines.",
        "It was an accidental blast in a house near the police station in Nahan on Tuesday, officials said.",
    ],
)
def test_no_incident_is_reported(incidents, text: str) -> None:
    assert not incidents(text, published=PUB)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("A trader was shot dead by gunmen in Karachi on Tuesday; his party accused a rival party of orchestrating "
         "the murder.", "civilian_attack"),
        ("Three people were wounded when a grenade hit a shop in Imphal on Tuesday.", "explosion"),
        ("A policeman was injured when his vehicle was hit by a roadside bomb in Quetta on Tuesday.", "explosion"),
        ("Two grenades exploded in a market in Imphal on Tuesday, injuring three soldiers and two civilians.",
         "explosion"),
        ("Police accused the rebels of killing two villagers in Sukma on Tuesday.", "civilian_attack"),
        ("Gunmen shot two policemen in Peshawar on Tuesday.", "battle"),
        ("Gunmen shot three shopkeepers in Karachi on Tuesday.", "civilian_attack"),
        ("Militants raided a village in Kupwara on Tuesday and killed two civilians.", "civilian_attack"),
        ("Two bombs planted near a bridge in Imphal exploded on Tuesday, injuring four people.", "explosion"),
    ],
)
def test_the_real_incident_stays(incidents, text: str, kind: str) -> None:
    assert kind in {e["type"] for e in incidents(text, published=PUB)}


def test_a_tear_gas_shell_is_no_explosion(incidents) -> None:
    found = incidents("A youth was injured in Sopore on Tuesday after being hit by a tear gas shell as police "
                      "dispersed stone-pelting protesters.", published=PUB)
    assert "explosion" not in {e["type"] for e in found}
