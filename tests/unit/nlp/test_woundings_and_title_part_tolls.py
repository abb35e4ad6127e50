"""Armed attackers who only wound people still attacked them ("gunmen wounded three policemen"); a storm or the police
hurting people is no attack. A sentence saying nobody died belongs to the incident told last, and a title's two
reports each keep their own toll: "Gunmen kill seven in X; grenade hurled at a checkpoint in Y" gives the grenade
none of the seven. Classes read on the blind sets read last sessions, in the twenty-third session; sentences written
for these tests."""

from __future__ import annotations

import datetime

PUBLISHED = datetime.date(2026, 6, 14)  # a Sunday
TWO_REPORTS = "Gunmen kill five at a bar in Machala; grenade thrown at police post in Pasaje"


def _summary(found: list[dict]) -> list[tuple[str, str | None, int | None]]:
    return sorted((e["type"], e["location"], e["fatalities"]) for e in found)


def test_gunmen_who_wound_policemen_attacked_them(incidents) -> None:
    body = "Gunmen wounded three policemen at a checkpoint in Peshawar on Saturday, officials said."
    assert [e["type"] for e in incidents(body, published=PUBLISHED)] == ["battle"]


def test_a_man_with_a_knife_who_injures_shoppers_attacked_civilians(incidents) -> None:
    body = "A man with a knife injured five shoppers at a market in Lyon on Saturday, police said."
    assert [e["type"] for e in incidents(body, published=PUBLISHED)] == ["civilian_attack"]


def test_guards_wounded_by_attackers_were_attacked(incidents) -> None:
    body = "Two guards were wounded by the attackers outside a bank in Quetta on Saturday."
    assert [e["type"] for e in incidents(body, published=PUBLISHED)] == ["battle"]


def test_a_storm_that_injures_people_is_no_attack(incidents) -> None:
    body = "A storm injured 12 people and flattened dozens of homes in Sylhet on Saturday, officials said."
    assert incidents(body, published=PUBLISHED) == []


def test_nobody_dead_belongs_to_the_blast_the_body_told_last(incidents) -> None:
    title = "Bomb wounds six at bus stand in Yala; teacher shot dead in Pattani"
    body = ("A bomb hidden in a rubbish bin exploded at a bus stand in Yala on Saturday morning, wounding six people, "
            "police said. No one was killed.\n\nHours later, gunmen shot dead a teacher on his way home in Pattani.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert ("explosion", 0) in [(e["type"], e["fatalities"]) for e in found]
    assert ("civilian_attack", 1) in [(e["type"], e["fatalities"]) for e in found]


def test_a_title_part_without_deaths_takes_none_of_the_other_parts_toll(incidents) -> None:
    body = ("Gunmen killed five people at a bar in Machala late on Friday, police said.\n\n"
            "On Saturday night, a man threw a grenade at a police post in Pasaje. The grenade exploded in the street, "
            "damaging a patrol car.")
    found = incidents(body, title=TWO_REPORTS, published=PUBLISHED)
    tolls = {e["type"]: e["fatalities"] for e in found}
    assert tolls["civilian_attack"] == 5
    assert tolls["explosion"] != 5


def test_the_latest_massacre_retells_the_titles_killing_not_its_blast(incidents) -> None:
    body = ("Gunmen killed five people at a bar in Machala late on Friday, police said, in the latest massacre "
            "blamed on gangs.\n\nOn Saturday night, a man threw a grenade at a police post in Pasaje. No one was "
            "injured, police said.")
    found = incidents(body, title=TWO_REPORTS, published=PUBLISHED)
    assert _summary(found) == [("civilian_attack", "Machala", 5), ("explosion", "Pasaje", 0)]

