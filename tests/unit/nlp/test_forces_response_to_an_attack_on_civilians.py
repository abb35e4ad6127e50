"""Forces fighting or killing the attackers of an attack on civilians fought a battle of their own: a second
incident at the attack's place, whose toll is the attackers killed, while the attack keeps its victims' toll. An
attacker merely shot and held, a pursuit, or a battle the article told before stays as it was. Class read on the
real-news sets read last sessions and the annotation notes (the hotel siege split into attack and retaking), in the
twenty-third session; sentences written for these tests."""

from __future__ import annotations

import datetime
from collections import Counter

PUBLISHED = datetime.date(2026, 6, 14)  # a Sunday
MARKET_TITLE = "Gunmen kill eight at a market in Kano"
MARKET_BODY = ("Gunmen on motorcycles opened fire on traders at a cattle market in Kano on Saturday, killing eight "
               "people, police said.\n\nSoldiers killed the four attackers after a gunfight that lasted an hour.")


def _tolls(found: list[dict]) -> Counter:
    return Counter((e["type"], e["country"], e["fatalities"]) for e in found)


def test_troops_killing_the_attackers_is_a_battle_apart_from_the_attack(incidents) -> None:
    found = incidents(MARKET_BODY, title=MARKET_TITLE, published=PUBLISHED)
    assert _tolls(found) == Counter({("civilian_attack", "NG", 8): 1, ("battle", "NG", 4): 1})


def test_an_exchange_of_fire_with_the_gunmen_is_the_forces_battle(incidents) -> None:
    title = "Gunmen kill six travellers on highway in Sindh"
    body = ("Gunmen who stopped a coach on the highway near Sukkur on Saturday night shot six passengers dead, "
            "officials said.\n\nRangers who reached the area exchanged fire with the attackers, killing two of them.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert _tolls(found) == Counter({("civilian_attack", "PK", 6): 1, ("battle", "PK", 2): 1})


def test_assailants_killed_in_the_siege_are_not_the_attacks_victims(incidents) -> None:
    title = "Gunmen kill 12 at a hotel in Niamey"
    body = ("Gunmen stormed a hotel in Niamey on Saturday, killing 12 guests.\n\n"
            "Three assailants were killed, the interior ministry said.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert _tolls(found) == Counter({("civilian_attack", "NE", 12): 1, ("battle", "NE", 3): 1})


def test_the_response_battle_is_placed_at_the_attack(incidents) -> None:
    found = incidents(MARKET_BODY, title=MARKET_TITLE, published=PUBLISHED)
    assert {e["location"] for e in found} == {"Kano"}


def test_an_attacker_shot_and_held_by_an_officer_is_the_attacks_end(incidents) -> None:
    body = ("A man stabbed four shoppers at a market in Lyon on Saturday. The attacker was shot and "
            "injured by a police officer and taken to hospital.")
    assert [e["type"] for e in incidents(body, published=PUBLISHED)] == ["civilian_attack"]


def test_troops_pursuing_the_assailants_fought_no_battle_yet(incidents) -> None:
    title = "Rebels kill 11 villagers in Ituri"
    body = ("Rebels armed with machetes attacked a village in Ituri province on Saturday night, killing 11 "
            "villagers, a local official said.\n\nAn army spokesman confirmed the attack and said troops were "
            "pursuing the assailants.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert [(e["type"], e["fatalities"]) for e in found] == [("civilian_attack", 11)]


def test_attackers_of_soldiers_killed_in_the_fight_stay_in_that_battle(incidents) -> None:
    title = "Militants attack army post in Waziristan"
    body = ("Militants attacked an army post in North Waziristan on Saturday, killing three soldiers, the military "
            "said.\n\nTroops killed five of the attackers in the exchange of fire.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert [e["type"] for e in found] == ["battle"]


def test_a_later_mention_of_the_attack_goes_back_to_the_attack(incidents) -> None:
    body = MARKET_BODY + "\n\nNo group has claimed the attack, which left 20 people wounded."
    found = incidents(body, title=MARKET_TITLE, published=PUBLISHED)
    assert _tolls(found) == Counter({("civilian_attack", "NG", 8): 1, ("battle", "NG", 4): 1})


def test_a_lone_gunman_shot_dead_by_police_ends_his_attack(incidents) -> None:
    title = "Gunman kills four at a warehouse in Ohio"
    body = ("A gunman killed four co-workers at a warehouse in Dayton, Ohio, on Saturday, police said.\n\n"
            "The gunman was killed by an officer minutes after the first shots were reported.")
    assert [e["type"] for e in incidents(body, title=title, published=PUBLISHED)] == ["civilian_attack"]


def test_an_old_massacre_recalled_is_not_what_the_forces_answer(incidents) -> None:
    title = "Militants storm college in Charsadda, killing 15"
    body = ("Militants stormed a college in Charsadda on Saturday, killing 15 students and staff, police said.\n\n"
            "The commander who planned a school massacre in Peshawar in December 2014 claimed the assault.\n\n"
            "Troops ended the siege after a three-hour gunfight with the militants.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert sorted(e["type"] for e in found) == ["battle", "civilian_attack"]
