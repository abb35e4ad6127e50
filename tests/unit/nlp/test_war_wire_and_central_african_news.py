"""War wire copy and central African news (classes read on two real-news tuning sets in the twenty-eighth session):
the attacker of a passive's "by" phrase is no target; a weapon's kind, a comparison, a plan and leaving in anger are
no incidents; shooting down munitions attacks no civilians; a country that shells is the attacker, not the place;
a regional adjective places; violence going on as the text is told is news after a quiet lead. Sentences written
for these tests, not taken from the texts read."""

from __future__ import annotations

import datetime

import pytest

TUESDAY = datetime.date(2026, 5, 19)


def _told(incidents, body: str, title: str | None = None) -> list[tuple]:
    return [(e["type"], e["country"]) for e in incidents(body, title=title, published=TUESDAY)]


def test_the_attacker_named_after_by_is_not_the_target(incidents) -> None:
    found = _told(incidents, "The raids carried out by the militia on a market near Nyala on Monday killed 30 "
                             "people.")
    assert found == [("civilian_attack", "SD")]


@pytest.mark.parametrize("sentence", [
    "The army is deploying attack drones against the rebels in the hills, the ministry said on Monday.",
    "The opposition said on Monday that the junta was using the courts as a missile against its critics.",
    "The insurgents said on Monday that they had the ambition to march on Bamako.",
    "The delegate stormed out of the peace talks on Monday after officials blamed his militia for the invasion.",
])
def test_a_weapon_kind_a_comparison_a_plan_or_a_walkout_is_no_incident(enrich, sentence: str) -> None:
    events = enrich(sentence, published=TUESDAY)["events"]
    assert [e["type"] for e in events if e["incident"]] == []


def test_shooting_down_munitions_attacks_no_civilians(enrich) -> None:
    events = enrich("Air defence units shot down a dozen enemy projectiles over the port on Monday, the ministry said.",
                    published=TUESDAY)["events"]
    assert "civilian_attack" not in {e["type"] for e in events}


def test_a_regional_adjective_places_the_incident(incidents) -> None:
    found = _told(incidents, "Two men were shot dead at a sawmill in a Siberian village on Monday, police said.")
    assert found == [("civilian_attack", "RU")]


def test_fire_on_navy_vessels_is_a_battle(incidents) -> None:
    assert _told(incidents, "Gunmen opened fire on navy divers near Aden on Monday.") == [("battle", "YE")]


def test_a_country_that_shells_is_the_attacker_not_the_place(incidents) -> None:
    found = _told(incidents, "Shells fell on Kherson on Sunday, officials said. Russia shelled the area again on "
                             "Monday, killing two people.")
    assert found == [("explosion", "UA")]


@pytest.mark.parametrize("second", [
    "Mortar rounds are being fired at the hills above the settlement, a nurse said.",
    "The militia are firing rockets at the hills above the settlement, a nurse said.",
])
def test_violence_going_on_now_is_news_after_a_quiet_lead(incidents, second: str) -> None:
    body = f"Aid groups appealed on Tuesday for access to the camps near Bunia.\n\n{second}"
    assert _told(incidents, body, title="Aid groups appeal for access to camps") == [("explosion", "CD")]


def test_an_inquiry_going_on_after_a_quiet_lead_keeps_its_shooting_context(enrich) -> None:
    body = ("The city council of Leeds approved its budget on Tuesday.\n\n"
            "Police are investigating a shooting near the stadium, a spokesman said.")
    events = enrich(body, title="Council approves budget", published=TUESDAY)["events"]
    assert [e["background"] for e in events if e["incident"]] == [True]


def test_a_death_treated_as_a_murder_stays_an_incident(incidents) -> None:
    found = _told(incidents, "Detectives in Lyon are treating the death of a shopkeeper as a murder, police said on "
                             "Monday.")
    assert found == [("civilian_attack", "FR")]


def test_a_country_that_backs_the_attackers_is_not_the_place(incidents) -> None:
    found = _told(incidents, "Chad's interior ministry said a grenade blast on Friday that wounded 20 shoppers was "
                             "carried out by rebels financed by Sudan.")
    assert found == [("explosion", "TD")]


def test_a_city_naming_the_attack_in_a_headline_places_the_story(incidents) -> None:
    found = _told(incidents, "Relatives buried four neighbours on Tuesday who died when a rocket hit their street on "
                             "Monday.", title="Kharkiv rocket strike: families mourn")
    assert [c for _, c in found] == ["UA"]


def test_an_air_force_that_strikes_makes_an_explosion(incidents) -> None:
    found = _told(incidents, "The air force struck a rebel convoy outside Misrata on Monday, killing six fighters.")
    assert found == [("explosion", "LY")]


@pytest.mark.parametrize(("sentence", "dead"), [
    ("The attack on the village near Gitega on Monday claimed 12 lives, the government said.", 12),
    ("The bombing in Kano on Monday cost the lives of nine soldiers, the army said.", 9),
    ("The ambush near Gao on Monday took the lives of 14 soldiers.", 14),
])
def test_lives_claimed_are_the_dead(incidents, sentence: str, dead: int) -> None:
    assert [e["fatalities"] for e in incidents(sentence, published=TUESDAY)] == [dead]


def test_violence_said_to_recur_stays_context_after_a_quiet_lead(enrich) -> None:
    body = ("Thousands of refugees waited at the border on Tuesday for the gates to open.\n\n"
            "\"They are shelling our farms every day,\" one woman said.")
    events = enrich(body, title="Refugees wait at the border", published=TUESDAY)["events"]
    assert all(e["background"] for e in events if e["incident"])


def test_guards_who_shot_at_farmers_attacked_civilians(incidents) -> None:
    found = _told(incidents, "Officials said on Monday that border guards shot at farmers crossing the river near "
                             "Kassala.")
    assert found == [("civilian_attack", "SD")]


@pytest.mark.parametrize("sentence", [
    "The port city has witnessed a string of deadly attacks carried out by rival militias, officials said.",
    "The district has seen a spate of deadly attacks carried out by bandits, officials said.",
])
def test_a_run_of_attacks_is_no_incident(enrich, sentence: str) -> None:
    events = enrich(sentence, published=TUESDAY)["events"]
    assert [e["type"] for e in events if e["incident"]] == []


def test_a_wave_of_attacks_on_a_day_is_news(incidents) -> None:
    found = _told(incidents, "A string of bombings hit Kirkuk on Tuesday, killing nine.")
    assert found == [("explosion", "IQ")]
