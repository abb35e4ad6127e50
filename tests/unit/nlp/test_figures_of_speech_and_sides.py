"""Error classes found on the sixth blind set after its first contact: a victim named by an agent noun counts as one
dead, unarmed people fighting police riot, comparisons and metaphors ("like a bomb", "an attack on workers", "the
murder rate", "bombed out of the game"), campaign rallies timed by a vote, a firefight that ends an ambush, a claim
dated before its verb, prisons and landmines. Sentences written for these tests."""

from __future__ import annotations

import datetime

PUBLISHED = datetime.date(2026, 4, 16)  # a Thursday


def _pairs(found: list[dict]) -> list[tuple[str, str]]:
    return [(e["type"], e["country"]) for e in found]


def test_a_victim_named_by_an_agent_noun_is_one_dead(incidents) -> None:
    found = incidents("Gunmen kill shopkeeper's neighbour, a retired schoolteacher, in Mardan, Pakistan", None,
                      PUBLISHED)
    assert _pairs(found) == [("civilian_attack", "PK")]
    found = incidents("Gunmen on Wednesday shot dead a grocer outside his shop in Yala, Thailand, police said.",
                      None, PUBLISHED)
    assert [e["fatalities"] for e in found] == [1]


def test_a_killed_councillor_in_a_headline_is_one_dead(incidents) -> None:
    found = incidents("Police said the councillor was returning from a meeting when the gunmen opened fire.",
                      "Gunmen kill councillor in Cotabato", PUBLISHED)
    assert [(e["type"], e["country"], e["fatalities"]) for e in found] == [("civilian_attack", "PH", 1)]


def test_farmers_fighting_police_riot(incidents) -> None:
    body = ("Hundreds of farmers clashed with riot police outside the parliament in Warsaw on Wednesday, throwing "
            "eggs and burning tyres.")
    assert _pairs(incidents(body, None, PUBLISHED)) == [("riot", "PL")]


def test_soldiers_fighting_militants_is_still_a_battle(incidents) -> None:
    body = "Soldiers clashed with militants near a village in Borno, Nigeria, on Wednesday, residents said."
    assert _pairs(incidents(body, None, PUBLISHED)) == [("battle", "NG")]


def test_something_that_sounded_like_a_bomb_is_no_bomb(incidents) -> None:
    body = 'Lightning hit a school in Gulu, Uganda, on Wednesday. "It sounded like a bomb had gone off.'
    assert not incidents(body, None, PUBLISHED)


def test_a_reform_that_is_an_attack_on_workers_is_words(incidents) -> None:
    body = '"This pension law is an attack on every nurse in Chile," the union leader told reporters on Wednesday.'
    assert not incidents(body, None, PUBLISHED)


def test_a_shooting_that_was_an_attack_on_a_community_stays(incidents) -> None:
    body = "The shooting at a synagogue in Melbourne, Australia, on Wednesday was an attack on the whole community."
    assert _pairs(incidents(body, None, PUBLISHED)) == [("civilian_attack", "AU")]


def test_the_murder_rate_is_a_statistic(incidents) -> None:
    body = "Uruguay's murder rate rose for a third year, the interior ministry said on Wednesday."
    assert not incidents(body, None, PUBLISHED)


def test_a_side_bombed_out_of_the_tournament_was_beaten(incidents) -> None:
    body = ("Namibia's captain admitted his side had been bombed out of the game by the spinners in Windhoek on "
            "Wednesday.")
    assert not incidents(body, None, PUBLISHED)


def test_homes_bombed_out_are_still_bombed(incidents) -> None:
    body = "Families in Khan Younis, Gaza, were bombed out of their homes by air strikes on Wednesday."
    assert [e["type"] for e in incidents(body, None, PUBLISHED)] == ["explosion"]


def test_final_rallies_before_a_vote_are_a_campaign(incidents) -> None:
    body = "The two candidates held their final rallies in Lusaka, Zambia, on Wednesday before Thursday's vote."
    assert not incidents(body, None, PUBLISHED)


def test_a_rally_broken_up_before_a_vote_is_still_news(incidents) -> None:
    body = "Police fired tear gas at an opposition rally in Lusaka, Zambia, on Wednesday, a week before the vote."
    assert [e["country"] for e in incidents(body, None, PUBLISHED)] == ["ZM"]


def test_a_brief_firefight_after_an_ambush_is_the_ambush(incidents) -> None:
    body = ("Two soldiers were killed when rebels detonated a roadside bomb and opened fire on an army truck near "
            "Kidapawan, Philippines, on Wednesday. The attackers escaped after a brief firefight.")
    assert _pairs(incidents(body, None, PUBLISHED)) == [("explosion", "PH")]


def test_a_gunfight_elsewhere_the_next_day_is_another_incident(incidents) -> None:
    body = ("A bomb killed two people at a bus stop in Maiduguri, Nigeria, on Tuesday. A gunfight broke out in Kano "
            "on Wednesday.")
    assert sorted(_pairs(incidents(body, None, PUBLISHED))) == [("battle", "NG"), ("explosion", "NG")]


def test_storming_a_prison_guarded_by_police_is_a_battle(incidents) -> None:
    body = ("Militants stormed a jail in Bannu, Pakistan, on Wednesday, exchanging fire with guards for two hours "
            "before they were driven off.")
    assert _pairs(incidents(body, None, PUBLISHED)) == [("battle", "PK")]


def test_a_landmine_attack_is_an_explosion(incidents) -> None:
    found = incidents("Landmine attack kills two soldiers in Kayin state, Myanmar", None, PUBLISHED)
    assert _pairs(found) == [("explosion", "MM")]


def test_a_claim_made_today_for_an_old_bombing_dates_the_claim_not_the_bombing(incidents) -> None:
    body = ("The Tehreek-e-Taliban Pakistan on Wednesday claimed responsibility for the bombing of a police station "
            "in Bannu, Pakistan, on March 30.")
    assert not incidents(body, None, PUBLISHED)


def test_a_bombing_told_with_todays_date_after_the_verb_is_news(incidents) -> None:
    body = "Police on Thursday blamed the Tehreek-e-Taliban Pakistan for the bombing of a market in Bannu on Wednesday."
    assert _pairs(incidents(body, None, PUBLISHED)) == [("explosion", "PK")]


def test_a_headlines_halves_are_typed_apart(incidents) -> None:
    found = incidents("Gunmen kill town councillor in Abra; three soldiers die in landmine attack in Northern Samar",
                      None, PUBLISHED)
    assert sorted(_pairs(found)) == [("civilian_attack", "PH"), ("explosion", "PH")]


def test_people_killed_in_a_police_operation_fell_in_a_battle(incidents) -> None:
    found = incidents("Five killed in police operation in a favela in Fortaleza, Brazil, on Wednesday", None, PUBLISHED)
    assert _pairs(found) == [("battle", "BR")]


def test_civilians_killed_in_a_raid_were_attacked(incidents) -> None:
    body = "Soldiers killed three civilians in a raid on a village in Kogi, Nigeria, on Wednesday, residents said."
    assert _pairs(incidents(body, None, PUBLISHED)) == [("civilian_attack", "NG")]


def test_an_operation_mentioned_beside_a_war_toll_types_nothing(incidents) -> None:
    body = ("The United States has sent troops and offered a special operations mission to the fight against the "
            "group in Nigeria, which is believed to have killed 15,000 people.")
    assert not incidents(body, None, PUBLISHED)


def test_bombs_found_buried_and_wired_did_not_go_off(incidents) -> None:
    body = ("Police recovered nine IEDs near a camp in Gadchiroli, India, on Wednesday. The IEDs had been wired "
            "together and buried under the road the patrols use.")
    assert not incidents(body, None, PUBLISHED)


def test_a_buried_bomb_that_exploded_went_off(incidents) -> None:
    body = "A bomb buried under a road exploded under an army truck in Kunar, Afghanistan, on Wednesday, killing three."
    assert _pairs(incidents(body, None, PUBLISHED)) == [("explosion", "AF")]


def test_where_fire_came_from_is_not_where_it_hit(incidents) -> None:
    body = ("Shells fired from Syrian territory killed two farmers in the Lebanese border village of Qasr on "
            "Wednesday, Lebanon's state news agency said.")
    assert [(e["type"], e["country"], e["fatalities"]) for e in incidents(body, None, PUBLISHED)] == [
        ("explosion", "LB", 2)]


def test_men_crossing_over_from_a_country_fight_where_they_crossed_to(incidents) -> None:
    body = ("Troops in Kupwara, India, challenged armed men trying to cross over from Pakistan on Wednesday, "
            "triggering a gunfight that lasted three hours.")
    assert _pairs(incidents(body, None, PUBLISHED)) == [("battle", "IN")]


def test_people_abducted_from_a_town_were_abducted_there(incidents) -> None:
    body = "Gunmen abducted two traders from Zhob, Pakistan, on Wednesday."
    assert _pairs(incidents(body, None, PUBLISHED)) == [("civilian_attack", "PK")]


def test_troops_under_fire_are_in_a_battle_not_a_blaze(incidents) -> None:
    body = ("A patrol came under fire on a ridge in Longding, India, on Wednesday; one militant was killed in the "
            "exchange of fire that followed.")
    assert _pairs(incidents(body, None, PUBLISHED)) == [("battle", "IN")]


def test_a_region_a_country_owns_is_in_that_country(incidents) -> None:
    body = "Separatist fighters shot dead a teacher and set fire to a school in Cameroon's Southwest region on Wednesday."
    found = incidents(body, None, PUBLISHED)
    assert [(e["type"], e["country"], e["fatalities"]) for e in found] == [("civilian_attack", "CM", 1)]


def test_a_fire_that_broke_out_is_still_a_blaze(incidents) -> None:
    body = "A fire broke out in a market in Lagos, Nigeria, on Wednesday, killing two traders."
    assert not incidents(body, None, PUBLISHED)


def test_a_shootout_after_air_strikes_is_another_incident(incidents) -> None:
    body = ("Air strikes hit houses in Rafah, Gaza, on Wednesday, killing six people. A militant commander was killed "
            "in a shootout with special forces who tried to capture him.")
    assert sorted(e["type"] for e in incidents(body, None, PUBLISHED)) == ["battle", "explosion"]


def test_a_car_that_struck_and_killed_a_child_is_a_road_accident(incidents) -> None:
    body = "A vehicle in a minister's motorcade struck and killed a girl in Garoua, Cameroon, on Wednesday."
    assert not incidents(body, None, PUBLISHED)


def test_a_truck_driven_into_a_crowd_by_an_attacker_is_an_attack(incidents) -> None:
    body = "A truck driven by an attacker hit a crowd at a market in Lyon, France, on Wednesday, killing four people."
    assert _pairs(incidents(body, None, PUBLISHED)) == [("civilian_attack", "FR")]


def test_an_uphill_battle_and_returned_fire_are_figures_of_speech(incidents) -> None:
    body = ("Lawyers in Chicago said the family faces an uphill battle in court. The company has returned fire, "
            "suing its former engineers in Illinois on Wednesday.")
    assert not incidents(body, None, PUBLISHED)


def test_drones_beside_a_war_toll_type_no_killing(incidents) -> None:
    body = ("The United States has sent troops and drones to the fight against the group in Nigeria, which is "
            "believed to have killed 15,000 people.")
    assert not incidents(body, None, PUBLISHED)


def test_a_vehicle_that_hit_a_landmine_was_bombed(incidents) -> None:
    body = "Two soldiers were killed when their vehicle hit a landmine in Gwadar, Pakistan, on Wednesday."
    assert _pairs(incidents(body, None, PUBLISHED)) == [("explosion", "PK")]


def test_explosives_that_went_off_killing_people_were_a_bombing(incidents) -> None:
    body = ("Explosives hidden in a bag went off inside a restaurant in Lahore, Pakistan, on Wednesday, killing four "
            "people.")
    assert _pairs(incidents(body, None, PUBLISHED)) == [("explosion", "PK")]
