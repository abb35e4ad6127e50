"""A headline's incident told at a region, which the story, still telling it, places at a village no gazetteer knows,
is one incident: the body's account places it more precisely. It stays two when the body's account is of another
day, tells a larger toll of its own, is cued as another incident, or when the title's other part tells it. Class
read in the read blind sets' incidents counted twice in the seventeenth session; sentences written for these tests."""

from __future__ import annotations

import datetime
from collections import Counter

PUBLISHED = datetime.date(2026, 10, 14)  # a Wednesday


def _types(found: list[dict]) -> Counter:
    return Counter((e["type"], e["country"]) for e in found)


def test_the_bodys_unknown_village_places_the_headlines_air_strike(incidents) -> None:
    title = "Junta air strike kills 17 in Magway region village"
    body = ("YANGON - A Myanmar military air strike on a village in the central Magway region killed 17 people on "
            "Tuesday, a local aid group said.\n\nA jet dropped three bombs on Thayet Kone village as farmers were "
            "gathering for a harvest meeting, the group said. Dozens were wounded.")
    assert _types(incidents(body, title=title, published=PUBLISHED)) == Counter({("explosion", "MM"): 1})


def test_the_bodys_unknown_village_places_the_headlines_tribal_fight(incidents) -> None:
    title = "Eleven killed in tribal fighting in Papua New Guinea's Hela province"
    body = ("PORT MORESBY - At least eleven men were killed on Tuesday in fighting between two clans in Hela "
            "province, police said.\n\nFighting broke out near Kerapuni village after a dispute over land, a police "
            "commander said, and went on for several hours.")
    assert _types(incidents(body, title=title, published=PUBLISHED)) == Counter({("battle", "PG"): 1})


def test_a_fight_on_another_day_near_an_unknown_village_is_another_incident(incidents) -> None:
    title = "Eleven killed in tribal fighting in Papua New Guinea's Hela province"
    body = ("PORT MORESBY - At least eleven men were killed on Tuesday in fighting between two clans in Hela "
            "province, police said.\n\nOn Monday, fighting had broken out near Kerapuni village after a dispute over "
            "land, a police commander said.")
    assert _types(incidents(body, title=title, published=PUBLISHED))[("battle", "PG")] == 2


def test_a_larger_toll_near_an_unknown_village_is_another_incident(incidents) -> None:
    title = "Three soldiers killed in ambush in Mozambique's Niassa province"
    body = ("PEMBA - Insurgents ambushed an army patrol in Niassa province, killing three soldiers, officials said."
            "\n\nTroops clashed with insurgents near Mbamba village, killing nine of them, the army said.")
    assert _types(incidents(body, title=title, published=PUBLISHED))[("battle", "MZ")] == 2
