"""Bringing down an aircraft is a battle, as the annotation conventions say ("downing aircraft is battle"): "rebels
shot down an army helicopter, killing its two pilots", "insurgents brought down a military jet", and a headline the
parser misreads ("pilots killed as jihadists downs helicopter"). Air defences downing drones, a plan "shot down" in a
debate and a sports headline are not. Class seen on the Syrian real-news set read this session (the twenty-third);
sentences written for these tests."""

from __future__ import annotations

import datetime

PUBLISHED = datetime.date(2026, 6, 14)


def test_rebels_shooting_down_a_helicopter_fought_a_battle(incidents) -> None:
    body = "Rebels shot down an army helicopter near Hama on Saturday, killing its two pilots, a monitor said."
    assert [(e["type"], e["fatalities"]) for e in incidents(body, published=PUBLISHED)] == [("battle", 2)]


def test_insurgents_bringing_down_a_jet_fought_a_battle(incidents) -> None:
    body = "Insurgents brought down a military jet over Mandalay region on Saturday, the army said."
    assert [e["type"] for e in incidents(body, published=PUBLISHED)] == ["battle"]


def test_a_misparsed_headline_downing_is_a_battle(incidents) -> None:
    title = "Two pilots killed in Mali as jihadists downs helicopter"
    body = "The helicopter crashed near Gao on Saturday after it was hit by gunfire, the army said."
    assert [e["type"] for e in incidents(body, title=title, published=PUBLISHED)] == ["battle"]


def test_a_plan_shot_down_is_no_battle(incidents) -> None:
    body = "Lawmakers in Ottawa shot down a plan to buy new fighter jets on Saturday."
    assert incidents(body, published=PUBLISHED) == []


def test_a_sports_win_over_the_jets_is_no_battle(incidents) -> None:
    title = "Patriots down Jets in Boston thriller"
    body = "The Patriots beat the New York Jets 24-21 in Boston on Saturday after a late field goal."
    assert incidents(body, title=title, published=PUBLISHED) == []
