"""An ambush is typed by whom it struck, as ACLED types an attack: an ambush of a wedding party or of a bus of
pilgrims is an attack on civilians, an ambush of a patrol (or of a bus carrying soldiers) a battle, and an ambush of
no named target stays a battle. An "ambush" with no violent word about it is a figure of speech (a comeback in a
game, a move in a debate), and a review of a video game tells of its story's raids, not of incidents. Classes read
in the read blind sets' false incidents and SATP train in the seventeenth session; sentences written for these
tests."""

from __future__ import annotations

import datetime
from collections import Counter

PUBLISHED = datetime.date(2026, 10, 14)  # a Wednesday


def _types(found: list[dict]) -> Counter:
    return Counter((e["type"], e["country"]) for e in found)


def test_an_ambush_of_a_wedding_party_is_an_attack_on_civilians(incidents) -> None:
    body = ("Gunmen ambushed a wedding party on the road outside Kohat on Tuesday, killing four guests and wounding "
            "six, police said.")
    assert _types(incidents(body, published=PUBLISHED)) == Counter({("civilian_attack", "PK"): 1})


def test_an_ambush_of_a_bus_of_pilgrims_is_an_attack_on_civilians(incidents) -> None:
    body = "Five pilgrims were killed in an ambush on their bus near Kohat on Tuesday, police said."
    assert _types(incidents(body, published=PUBLISHED)) == Counter({("civilian_attack", "PK"): 1})


def test_an_ambush_of_a_bus_carrying_soldiers_is_a_battle(incidents) -> None:
    body = "Militants ambushed a bus carrying soldiers near Kohat on Tuesday, killing four of them, police said."
    assert _types(incidents(body, published=PUBLISHED)) == Counter({("battle", "PK"): 1})


def test_an_ambush_of_no_named_target_stays_a_battle(incidents) -> None:
    body = "Rebels staged an ambush near Kohat on Tuesday, and two people were killed, police said."
    assert _types(incidents(body, published=PUBLISHED)) == Counter({("battle", "PK"): 1})


def test_an_ambush_in_a_debate_is_no_incident(incidents) -> None:
    title = "Kenyan senators spar over ports bill"
    body = ("NAIROBI - Senator Wanjiru Kamau accused the bill's backers of ambushing the house with a late amendment "
            "on Tuesday, as the chamber argued for six hours over the future of Mombasa's port.")
    assert incidents(body, title=title, published=PUBLISHED) == []


def test_a_late_ambush_in_a_basketball_game_is_no_incident(incidents) -> None:
    title = "Pistons hold off late ambush to beat Hornets"
    body = ("DETROIT - The Pistons held off a late ambush from the Hornets on Tuesday to win 112-108, with their "
            "guard scoring 31 points in front of a sold-out home crowd.")
    assert incidents(body, title=title, published=PUBLISHED) == []


def test_a_review_of_a_war_video_game_tells_no_incident(incidents) -> None:
    title = "Jungle shooter set in 1970s Laos tops the download charts"
    body = ("VIENTIANE - A tactical shooter set in the jungles of northern Laos has topped the download charts in its "
            "first week, its publisher said.\n\nIn the campaign, players lead a platoon of special forces that "
            "ambushes enemy columns, blows up supply depots and calls in air strikes. Reviewers praised the "
            "gameplay but criticised the multiplayer mode.")
    assert incidents(body, title=title, published=PUBLISHED) == []
