"""Devices that did not go off ("failed to explode", "did not go off"), criticism called an attack, a street named
after a town, a city's old name that is another city's own ("Salem"), a name the text calls a district kept in its
country against a demonym elsewhere, districts formed after the division table was drawn, a scheduled date that is
not the news date ("ahead of the June 22 polling"), a day glued to the next sentence ("on September 11.The"), a
date in a relative clause that dates its clause only, a killing that came with a foiled attempt, people accused of
a killing (also in a headline: "Man accused in ... slayings"), whom a killing verb killed as the target of its
attack, places set in a country by a possessive or an "in" phrase, where attackers went back to, "Police firing",
a small place "of" a division, and a place set off by the division it is in. Classes read in SATP train, the read
blind sets and the GVA tuning set in the fifteenth session; sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

PUBLISHED = datetime.date(2026, 6, 23)  # a Tuesday


def _types(found: list[dict]) -> list[tuple[str, str | None]]:
    return [(e["type"], e["country"]) for e in found]


@pytest.mark.parametrize("body", [
    "Unknown men hurled a grenade into the courtyard of a trader's house in Bishnupur District of Manipur on June 21. "
    "The grenade failed to explode, and a bomb squad later removed it.",
    "A bomb left near the gate of a school in Bogura District of Bangladesh did not go off on June 21, police said.",
    "The device did not explode, police in Quetta, Pakistan, said on June 21.",
])
def test_a_device_that_did_not_go_off_is_no_explosion(incidents, body: str) -> None:
    assert incidents(body, published=PUBLISHED) == []


def test_a_device_that_went_off_is_still_an_explosion(incidents) -> None:
    body = "A bomb exploded in a vegetable market in Bogura District of Bangladesh on June 21, injuring four people."
    assert _types(incidents(body, published=PUBLISHED)) == [("explosion", "BD")]


@pytest.mark.parametrize("word", ["scathing", "veiled", "blistering"])
def test_criticism_called_an_attack_is_no_incident(incidents, word: str) -> None:
    body = f"In a {word} attack on the army, the minister said on Monday in Kabul that soldiers alone cannot bring peace."
    assert incidents(body, published=PUBLISHED) == []


def test_a_street_named_after_a_town_does_not_locate_the_shooting(incidents) -> None:
    body = "A man was shot dead on Monday on Ada Street in Chattanooga, police said."
    found = incidents(body, published=PUBLISHED)
    assert [(e["type"], e["country"], e["location"]) for e in found] == [("civilian_attack", "US", "Chattanooga")]


def test_an_old_name_of_one_city_does_not_move_a_town_of_that_name_abroad(codes) -> None:
    assert "IL" not in codes("A man was shot dead outside a bakery in Salem on Monday, police said.")


def test_a_district_the_text_names_keeps_its_country_against_a_demonym_elsewhere(incidents) -> None:
    body = ("Troops killed five insurgents during a gunfight near Lehri in Sibi District on June 21, officials said. "
            "One of the dead was an Afghan citizen, they added.")
    assert _types(incidents(body, published=PUBLISHED)) == [("battle", "PK")]


@pytest.mark.parametrize("body, code", [
    ("Two cadres of a rebel faction were killed in a clash with a rival group in Peren District on June 21.", "IN"),
    ("Militants ambushed a police van in Swat District on June 21, killing two constables.", "PK"),
    ("Gunmen shot dead a shopkeeper in Charaideo District on June 21.", "IN"),
    ("Unidentified militants shot dead a tailor in Jamshed Town on June 21.", "PK"),
])
def test_districts_formed_after_the_division_table_get_their_country(incidents, body: str, code: str) -> None:
    assert [c for _, c in _types(incidents(body, published=PUBLISHED))] == [code]


def test_a_swat_team_is_no_place(codes) -> None:
    assert codes("A SWAT team raided a house in Dallas on Monday.") == {"US"}


def test_a_scheduled_date_is_not_the_news_date_of_an_undated_report(incidents) -> None:
    body = ("Gunmen killed two constables at a market in Sopore town of Baramulla District on June 4, The Valley "
            "Courier reported. The killing comes ahead of the June 22 polling in the constituency.")
    assert _types(incidents(body)) == [("battle", "IN")]


def test_a_day_glued_to_the_next_sentence_still_dates_the_report(incidents) -> None:
    body = ("A grenade thrown at a grocery exploded in Thoubal District on September 11.The owner and two customers "
            "were hurt, officials said.")
    assert _types(incidents(body)) == [("explosion", "IN")]


def test_a_date_in_a_relative_clause_dates_its_clause_only(incidents) -> None:
    body = ("A shopkeeper named Tariq Mehmood, who had left prison on parole on January 9, 2019, was gunned down "
            "outside his shop in Gujranwala March 4, The Daily Courier reported.")
    assert _types(incidents(body)) == [("civilian_attack", "PK")]


def test_a_killing_that_came_with_a_foiled_infiltration_happened(incidents) -> None:
    body = ("Troops on June 21 thwarted an attempt by militants to cross into Keran sector of Kupwara District, "
            "killing two of them while an officer was wounded in the firefight.")
    assert _types(incidents(body, published=PUBLISHED)) == [("battle", "IN")]


def test_a_foiled_plot_is_still_no_incident(incidents) -> None:
    body = "Police in Karachi, Pakistan, foiled a plot to bomb a market on June 21 and arrested two men."
    assert incidents(body, published=PUBLISHED) == []


def test_people_accused_of_a_killing_retell_it(incidents) -> None:
    body = ("Two convicts were executed in a prison in Faisalabad District, Pakistan, on June 22. Each had been "
            "accused of murdering a neighbour.")
    assert incidents(body, published=PUBLISHED) == []


def test_an_accusation_of_a_dated_killing_still_reports_it(incidents) -> None:
    body = "The army accused rebels of killing five villagers in Borno, Nigeria, on Monday."
    assert _types(incidents(body, published=PUBLISHED)) == [("civilian_attack", "NG")]


def test_whom_a_killing_verb_killed_types_the_attack_it_was_done_in(incidents) -> None:
    body = "Gunmen kill three police officers in attack on station in Iran's Zahedan"
    assert _types(incidents(body, published=PUBLISHED)) == [("battle", "IR")]


def test_a_possessive_country_places_a_qualified_region(incidents) -> None:
    body = ("Fighters fired mortar rounds at a base outside Afmadow, in Somalia's Lower Juba region, on Monday night, "
            "killing two soldiers.")
    assert [c for _, c in _types(incidents(body, published=PUBLISHED))] == ["SO"]


def test_a_place_set_off_by_an_in_phrase_lies_in_the_division_it_names(incidents) -> None:
    body = ("Armed bandits killed nine people in an attack on Bangi, in the Mariga local government area of Niger "
            "State, on Monday night, residents said.")
    assert _types(incidents(body, published=PUBLISHED)) == [("civilian_attack", "NG")]


def test_where_attackers_went_back_to_is_not_where_they_attacked(incidents) -> None:
    body = ("Gunmen ambushed an army patrol near Moreh in Manipur on Monday, killing two soldiers. Officials suspect "
            "that the attackers had crossed back into Myanmar after the ambush.")
    assert _types(incidents(body, published=PUBLISHED)) == [("battle", "IN")]


def test_police_firing_is_no_polish_town(incidents) -> None:
    body = ("Student activists hurled crude bombs at officers in Kalaroa Bazar of Satkhira District on June 21, and one "
            "of them was hit in Police firing, a spokesman said.")
    assert [c for _, c in _types(incidents(body, published=PUBLISHED))] == ["BD"]


def test_a_small_place_of_a_division_lies_in_it(incidents) -> None:
    body = ("Turkey's foreign minister was in Kabul on Monday. On Tuesday night, officials said air strikes had hit "
            "homes in the Gurbuz district of Khost province, killing nine civilians.")
    assert [(t, c) for t, c in _types(incidents(body, published=PUBLISHED)) if t == "explosion"] == [("explosion", "AF")]


def test_a_place_set_off_by_the_division_it_is_in_lies_there(incidents) -> None:
    body = ("Angry youths set fire to a gendarmerie post in Keniebakoro, a gold-mining town in the western Kayes "
            "region, on Monday after a young miner died in custody, a local official in Dakar said.")
    assert [c for _, c in _types(incidents(body, published=PUBLISHED))] == ["ML"]


def test_a_man_accused_in_a_killing_retells_it(incidents) -> None:
    body = "Man accused in Dayton diner slayings has hearing postponed in Ohio"
    assert incidents(body, published=PUBLISHED) == []


def test_a_list_of_cities_is_no_phrase_placing_the_last_one(codes) -> None:
    body = "Vigils took place in Berlin, Madrid and Seoul, and at colleges in Canada on Sunday."
    assert codes(body) == {"DE", "ES", "KR", "CA"}
