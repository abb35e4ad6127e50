"""False incidents in general news (the news feed's even half, read in the tenth session): weather that kills,
wire credit lines, "shooting for" an audience, what someone is accused of, the cause in "anti-X rallies", and the
story of a headline's old crime told again without a date. Sentences written for these tests."""

from __future__ import annotations

import datetime

PUBLISHED = datetime.date(2026, 4, 16)  # a Thursday


def _pairs(found: list[dict]) -> list[tuple[str, str]]:
    return [(e["type"], e["country"]) for e in found]


def test_rain_that_kills_is_a_natural_hazard(incidents) -> None:
    body = "Days of heavy rains have killed five people in Georgia and two in Alabama, state officials said."
    assert incidents(body, None, PUBLISHED) == []


def test_a_killing_in_the_rain_by_gunmen_stays_an_attack(incidents) -> None:
    body = "Gunmen shot dead two traders in Kaduna, Nigeria, on Wednesday as heavy rain fell, police said."
    assert _pairs(incidents(body, None, PUBLISHED)) == [("civilian_attack", "NG")]


def test_a_name_in_a_wire_credit_line_is_no_event(incidents) -> None:
    body = ("The central bank kept its main rate at 4 percent on Wednesday, citing slower growth. "
            "(Reporting by Maria T. Lynch in Madrid; Additional reporting by Jon Shot; Editing by Ann Hale)")
    assert incidents(body, "Spain's central bank holds rates", PUBLISHED) == []


def test_shooting_for_an_audience_is_aiming(incidents) -> None:
    body = "The studio in Los Angeles is shooting for a younger audience with its new game, its chief said."
    assert incidents(body, None, PUBLISHED) == []


def test_shooting_for_hours_is_gunfire(incidents) -> None:
    body = "Gunmen were shooting for hours at a market in Maiduguri, Nigeria, on Wednesday, residents said."
    assert [e["country"] for e in incidents(body, None, PUBLISHED)] == ["NG"]


def test_what_someone_is_accused_of_is_not_told_as_an_event(incidents) -> None:
    body = "The comedian from Chicago faces accusations of sexual assault from several women, his lawyer said."
    assert incidents(body, None, PUBLISHED) == []


def test_the_cause_of_a_rally_is_not_its_place(incidents) -> None:
    body = "Tens of thousands of Egyptians joined anti-American rallies across the country on Wednesday."
    assert _pairs(incidents(body, None, PUBLISHED)) == [("protest", "EG")]


def test_an_executed_mans_crime_told_again_is_background(enrich) -> None:
    body = ("Missouri executes man who shot a sheriff's deputy. He got into a shootout with deputies in Jefferson "
            "County and killed one of them, court records show.")
    events = enrich(body, None, PUBLISHED)["events"]
    violent = [e for e in events if e["incident"]]
    assert violent and all(e["background"] for e in violent)


def test_new_violence_after_an_anniversary_headline_is_current_when_dated(incidents) -> None:
    body = ("Gunmen killed three police officers at a checkpoint in Mandera on Tuesday, officials said. "
            "Survivors of the 2015 attack gathered in Garissa to remember the victims.")
    found = incidents(body, "Kenya marks ten years since Garissa university attack", PUBLISHED)
    assert [(e["type"], e["country"]) for e in found if not e["background"]] == [("battle", "KE")]


def test_a_hijacked_party_is_a_figure_of_speech(incidents) -> None:
    body = "The businessman has hijacked the Republican party in Iowa, his critics said on Wednesday."
    assert incidents(body, None, PUBLISHED) == []


def test_a_hijacked_bus_is_an_attack(incidents) -> None:
    body = "Gunmen hijacked a bus near Quetta on Wednesday and abducted twelve passengers, officials said."
    assert _pairs(incidents(body, None, PUBLISHED)) == [("civilian_attack", "PK")]


def test_advice_shot_down_and_an_ad_shot_are_no_shootings(incidents) -> None:
    assert incidents("At a dinner in Los Angeles her agent offered a plan, but the singer shot down his advice.",
                     None, PUBLISHED) == []
    assert incidents("He shot every campaign ad he could in Dublin during his stay.", None, PUBLISHED) == []


def test_a_surname_opening_a_sentence_is_a_person(incidents) -> None:
    body = ("Attorney General Loretta Lynch met the senator in Phoenix on Monday. Lynch, who was appointed in 2015, "
            "later said she regretted the meeting.")
    assert incidents(body, None, PUBLISHED) == []


def test_a_helicopter_shot_down_is_still_violence(incidents) -> None:
    assert [e["country"] for e in incidents("Militants shot down an army helicopter in Kunar on Wednesday.", None,
                                            PUBLISHED)] == ["AF"]


def test_a_suspect_killed_in_a_shootout_is_a_victim_not_a_retelling(incidents) -> None:
    body = ("Idaho deputy, suspect killed in shootout, two others wounded. A sheriff's deputy and a suspect were "
            "killed in a shootout at a ranch in Boise County, officials said.")
    assert {e["type"] for e in incidents(body, None, PUBLISHED)} == {"battle"}
