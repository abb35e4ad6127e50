"""A generic attack is typed by whom it killed: a headline's "Two soldiers killed in militant attack" and a clause
telling how a jawan died ("was killed when cadres opened fire on a search party") are battles; a slain jawan fell in
a battle, a slain trader in an attack on civilians; those killed at a checkpoint or a bunker held it; and of
a headline's two incidents of one type, the lead retells the one whose place it names again. Classes read in the
read blind sets' type errors in the seventeenth session; sentences written for these tests."""

from __future__ import annotations

import datetime
from collections import Counter

PUBLISHED = datetime.date(2026, 10, 14)  # a Wednesday


def _types(found: list[dict]) -> Counter:
    return Counter((e["type"], e["country"]) for e in found)


def test_a_headlines_soldiers_killed_in_an_attack_make_a_battle(incidents) -> None:
    found = incidents("Officials in Iraq gave no further details.", title="Three Iraqi soldiers killed in militant "
                      "attack near Tikrit", published=PUBLISHED)
    assert _types(found) == Counter({("battle", "IQ"): 1})


def test_villagers_killed_in_an_attack_make_an_attack_on_civilians(incidents) -> None:
    found = incidents("Officials in Iraq gave no further details.", title="Three villagers killed in militant "
                      "attack near Tikrit", published=PUBLISHED)
    assert _types(found) == Counter({("civilian_attack", "IQ"): 1})


def test_a_jawan_killed_when_cadres_opened_fire_on_a_search_party_is_a_battle(incidents) -> None:
    body = ("A jawan was killed and another injured when Maoist cadres opened fire on a search party in the forests "
            "of Sukma District on October 12, Police said.")
    assert _types(incidents(body, published=PUBLISHED)) == Counter({("battle", "IN"): 1})


def test_a_slain_jawan_is_a_battles_victim_and_a_slain_trader_a_civilian(incidents) -> None:
    soldier = incidents("A jawan was slain by Maoists in Sukma District on October 13.", published=PUBLISHED)
    trader = incidents("A trader was slain by gunmen in Sukma District on October 13.", published=PUBLISHED)
    assert _types(soldier) == Counter({("battle", "IN"): 1})
    assert _types(trader) == Counter({("civilian_attack", "IN"): 1})


def test_two_killed_at_a_checkpoint_held_it(incidents) -> None:
    body = ("Suspected Islamic State gunmen shot dead two men at a checkpoint south of Hasakah city late on Tuesday, "
            "a war monitor said.")
    assert _types(incidents(body, published=PUBLISHED)) == Counter({("battle", "SY"): 1})


def test_the_lead_retells_the_headline_incident_whose_place_it_names(incidents) -> None:
    title = "Tribal fighters and SDF clash in Deir ez-Zor's Busayrah; gunmen kill two at Hasakah checkpoint"
    body = ("Clashes between Arab tribal fighters and the SDF in the town of Busayrah, in eastern Deir ez-Zor "
            "province, killed seven people on Tuesday, a war monitor said.\n\nSeparately, gunmen shot dead two SDF "
            "members at a checkpoint south of Hasakah city late on Tuesday.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert sorted(e["fatalities"] for e in found if e["type"] == "battle") == [2, 7]


def test_a_prison_chiefs_slaying_ordered_by_a_gang_is_an_attack_on_a_civilian(incidents) -> None:
    found = incidents("Police in Colorado gave no further details.",
                      title="Slaying of Colorado prison chief ordered by gang, report says", published=PUBLISHED)
    assert _types(found) == Counter({("civilian_attack", "US"): 1})
