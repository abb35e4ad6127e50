"""A clash in a street scene (stones, tear gas, a march) or a brawl with nobody armed about is a riot; the second
object of a naming verb is a name ("termed the war a battle"); an aside between a toll's subject and its verb
hides no toll ("17 people, all believed to be militants, were killed"), and people counted by a later verb are
not the dead ("killed and eight others sustained injuries"); people named before a subset are the target ("six
people, including a police officer"); a stabbing is an attack, "stabbed in the back by his party" is not.
Classes read on SATP train and the real-news blind sets read last session, in the twenty-second session;
sentences written for these tests."""

from __future__ import annotations

import datetime

PUBLISHED = datetime.date(2026, 6, 14)  # a Sunday


def test_farmers_marching_who_clash_with_police_riot(incidents) -> None:
    body = "Protesting cotton farmers marching towards the capital clashed with police near Multan on Saturday."
    assert [e["type"] for e in incidents(body, published=PUBLISHED)] == ["riot"]


def test_youths_throwing_stones_in_a_clash_riot(incidents) -> None:
    body = "Youths threw stones at policemen during a clash near the bus stand in Anantnag on Saturday."
    assert [e["type"] for e in incidents(body, published=PUBLISHED)] == ["riot"]


def test_a_brawl_between_two_groups_with_nobody_armed_is_a_riot(incidents) -> None:
    body = "One man died and another was injured in a clash between two groups at a housing scheme in Galle on Saturday."
    found = incidents(body, published=PUBLISHED)
    assert [(e["type"], e["fatalities"]) for e in found] == [("riot", 1)]


def test_a_clash_in_a_war_story_stays_a_battle(incidents) -> None:
    body = ("Heavy clashes in the south of Khartoum killed 20 people on Saturday. The army said its troops had "
            "pushed back the paramilitary fighters.")
    assert "battle" in [e["type"] for e in incidents(body, published=PUBLISHED)]


def test_militants_in_a_clash_with_police_fight_a_battle(incidents) -> None:
    body = "Two militants were killed in a clash with police in Bannu District on Saturday."
    assert [e["type"] for e in incidents(body, published=PUBLISHED)] == ["battle"]


def test_what_a_war_is_termed_is_a_name(incidents) -> None:
    body = ("A party leader in Lahore on Saturday termed the contest over the budget a battle between two visions "
            "of the economy.")
    assert incidents(body, published=PUBLISHED) == []


def test_an_aside_between_the_dead_and_their_verb_hides_no_toll(incidents) -> None:
    body = ("Eleven persons, all said to be members of a banned outfit, were killed in an air strike in Kurram on "
            "Saturday.")
    assert [e["fatalities"] for e in incidents(body, published=PUBLISHED)] == [11]


def test_people_hurt_in_a_later_clause_are_not_the_dead(incidents) -> None:
    body = ("Nine persons were killed and six others sustained injuries in a bomb blast at a market in Quetta on "
            "Saturday.")
    assert [e["fatalities"] for e in incidents(body, published=PUBLISHED)] == [9]


def test_people_named_before_a_subset_are_the_target(incidents) -> None:
    body = "A man with a knife injured five people, including a police officer, in an attack at a fair in Graz on Saturday."
    assert [e["type"] for e in incidents(body, published=PUBLISHED)] == ["civilian_attack"]


def test_a_stabbing_is_an_attack(incidents) -> None:
    body = "A man stabbed four shoppers at a supermarket in Tampere on Saturday before he was arrested."
    assert [e["type"] for e in incidents(body, published=PUBLISHED)] == ["civilian_attack"]


def test_a_stab_in_the_back_by_a_party_is_betrayal(incidents) -> None:
    body = "The mayor of Lyon said on Saturday that he had been stabbed in the back by his own party."
    assert incidents(body, published=PUBLISHED) == []


def test_a_big_city_the_model_calls_a_work_of_art_is_a_place(incidents) -> None:
    body = "A bomb blast killed nine people in Quetta on Saturday."
    assert [(e["country"], e["location"]) for e in incidents(body, published=PUBLISHED)] == [("PK", "Quetta")]


def test_an_attack_by_a_man_with_a_knife_names_its_weapon(incidents) -> None:
    body = "A man with a knife injured five people in an attack in Graz on Saturday."
    assert [e["type"] for e in incidents(body, published=PUBLISHED)] == ["civilian_attack"]


def test_a_stabbing_a_trial_opens_over_is_retold(incidents) -> None:
    title = "Antwerp court begins hearing over stabbing of taxi driver"
    body = "A 40-year-old man appeared before a court in Antwerp on Monday over the killing of a taxi driver last year."
    found = incidents(body, title=title, published=PUBLISHED)
    assert [e for e in found if not e["background"]] == []


def test_an_assault_after_a_suicide_bombing_is_the_bombings_incident(incidents) -> None:
    body = "Fighters stormed a hotel in Kismayo on Saturday following a suicide bombing at its entrance, officials said."
    assert [e["type"] for e in incidents(body, published=PUBLISHED)] == ["explosion"]


def test_plural_violence_judged_by_an_adjective_is_a_kind(incidents) -> None:
    body = ("Speaking in Kabul on Saturday, the minister said that air strikes carried out by foreign jets inside "
            "the province were harmful to trade.")
    assert incidents(body, published=PUBLISHED) == []


def test_what_a_group_is_capable_of_did_not_happen(incidents) -> None:
    body = "The minister said in Dhaka on Saturday that the outfit was no longer capable of attacking police stations."
    assert incidents(body, published=PUBLISHED) == []


def test_a_headlines_list_of_police_victims_makes_a_battle(incidents) -> None:
    body = "Bandits kill inspector, two constables in Zamfara"
    assert [e["type"] for e in incidents(body, published=PUBLISHED)] == ["battle"]


def test_troops_who_kill_a_named_groups_leader_fight_a_battle(incidents) -> None:
    body = "Troops on Saturday killed the commander of Ansaru, Musa Dauda, at a village in Kaduna State."
    assert [e["type"] for e in incidents(body, published=PUBLISHED)] == ["battle"]


def test_weapons_attackers_came_with_went_off_nowhere(incidents) -> None:
    body = ("Gunmen attacked a market in Maiduguri on Saturday. They came in pickup trucks with uniforms, "
            "explosive devices, grenades and petrol bombs.")
    assert [e["type"] for e in incidents(body, published=PUBLISHED)] == ["civilian_attack"]


def test_militants_who_overrun_a_town_fight_a_battle(incidents) -> None:
    body = "Soldiers fled Damboa on Saturday after the militants overran the town in Borno State."
    assert [e["type"] for e in incidents(body, published=PUBLISHED)] == ["battle"]


def test_a_village_seized_is_no_abduction(incidents) -> None:
    body = "Insurgents Seize Border Village In Adamawa"
    assert incidents(body, published=PUBLISHED) == []


def test_a_headline_over_two_places_is_a_total_the_body_splits(incidents) -> None:
    title = "Bombings in Kandahar and Herat kill 19"
    body = ("A car bomb killed 11 people at a market in Kandahar on Saturday, police said. Hours later a roadside "
            "bomb killed eight people in Herat.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert sorted((e["location"], e["fatalities"]) for e in found) == [("Herat", 8), ("Kandahar", 11)]


def test_a_headline_with_two_reports_keeps_both(incidents) -> None:
    title = "Shelling kills four in Kherson; drones hit depot in Belgorod region"
    body = "Russian shelling killed four people in Kherson on Saturday, officials said."
    found = incidents(body, title=title, published=PUBLISHED)
    assert {e["country"] for e in found} == {"UA", "RU"}


def test_killings_told_after_a_lead_about_a_clearing_operation_are_its_news(incidents) -> None:
    title = "Troops clear insurgent camps in Sambisa"
    body = ("The army said on Sunday that troops had cleared remnants of the insurgents hiding in camps in the Sambisa "
            "forest in Borno State.\n\nThe spokesman added that during the operation the soldiers killed "
            "six insurgents and recovered rifles.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert [(e["type"], e["fatalities"]) for e in found] == [("battle", 6)]


def test_the_perpetrators_of_an_old_attack_retell_it(incidents) -> None:
    body = ("A spokesman in Washington said on Saturday that Pakistan will take action against the perpetrators of "
            "the attack on the police academy in Larkana.")
    assert [e for e in incidents(body, published=PUBLISHED) if not e["background"]] == []
