"""One incident per real incident when a title tells two: each part of a title split by a semicolon is placed by its
own words, a placeless part of another kind is another report, the body's account of a part joins it when it names
the same place again (a village no gazetteer knows, or the province that holds the body's district), attackers
already told go on with their incident, a weapon heard later does not retype an attack the body already told, a
sentence that counts both sides breaks a toll down instead of adding to it, and a title's clash that shows no harm
and that the body never retells is a figure of speech (a named mechanism is not); people recovered after an
undated abduction retell it; a place a road leads to is not where something on the road happened; a city abroad
named as a township or village of the story's own country is no place abroad; a toll restated, a dateline's day
and a toll "during that wave" of an earlier period add nothing to the incident's; a count is read across a group's
hyphenated name, an acronym in brackets and a reward in rupees, and a single cadre killed counts one; a demonym is
no place named again, and strikes on attackers after a told assault are another incident; a dateline yields to the
place the story gives the attack ("The attack took place in X"), and a gunfight right after an ambush is its end.
Classes read in the read blind sets' incident count errors and SATP train in the sixteenth session; sentences
written for these tests."""

from __future__ import annotations

import datetime
from collections import Counter

PUBLISHED = datetime.date(2026, 11, 18)  # a Wednesday


def _types(found: list[dict]) -> Counter:
    return Counter((e["type"], e["country"]) for e in found)


def test_a_title_part_with_an_unknown_village_is_not_placed_by_the_other_part(incidents) -> None:
    title = "Air strike on market in Myanmar's Sagaing region kills 11; fighting near Hpakant-Lwe"
    body = ("A military jet bombed a crowded market in Sagaing region on Monday, killing 11 people, a rescue group "
            "said.\n\nFighting between resistance fighters and troops also went on on Tuesday near the village of "
            "Hpakant-Lwe, the group said, without giving casualty figures.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert _types(found) == Counter({("explosion", "MM"): 1, ("battle", "MM"): 1})


def test_the_body_naming_the_titles_unknown_village_again_tells_the_same_strike(incidents) -> None:
    title = "Rebels attack army outpost near Bhamo; air strike kills five in Nawngkhai village"
    body = ("Rebel fighters attacked an army outpost on a ridge east of Bhamo on Monday, a spokesman said.\n\n"
            "On Tuesday, a military jet bombed a village in Nawngkhai township, near the state capital Myitkyina, "
            "killing five civilians, a rescue group said.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert _types(found) == Counter({("battle", "MM"): 1, ("explosion", "MM"): 1})


def test_a_placeless_title_part_of_another_kind_is_another_report(incidents) -> None:
    title = "Separatists kidnap teacher in Cameroon's Northwest; army says five fighters killed"
    body = ("Armed separatists kidnapped a schoolteacher from his home in Kumbo on Sunday, the local education office "
            "said.\n\nIn a separate statement, the army said its troops had killed five separatist fighters during a "
            "raid on a camp near Ndop on Saturday.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert _types(found) == Counter({("civilian_attack", "CM"): 1, ("battle", "CM"): 1})


def test_a_title_toll_part_of_the_same_kind_goes_on_with_the_attack(incidents) -> None:
    title = "Gunmen attack army convoy in Pakistan's Balochistan; three soldiers killed"
    body = "Gunmen attacked an army convoy in Kech district of Balochistan on Monday, killing three soldiers."
    found = incidents(body, title=title, published=PUBLISHED)
    assert _types(found) == Counter({("battle", "PK"): 1})


def test_the_body_placing_a_district_in_the_titles_province_tells_the_same_strikes(incidents) -> None:
    title = "Car bomb kills six police in Pakistan's Bannu; Taliban say Pakistani strikes hit Paktika"
    body = ("A suicide bomber drove a car packed with explosives into a police checkpoint in Bannu on Tuesday, "
            "killing six policemen, officials said.\n\nOn Wednesday, Afghanistan's Taliban government said Pakistani "
            "air strikes had hit homes in the Barmal district of Paktika province, killing eight civilians.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert _types(found) == Counter({("explosion", "PK"): 1, ("explosion", "AF"): 1})


def test_attackers_already_told_go_on_with_their_incident_in_an_unknown_village(incidents) -> None:
    title = "Gunmen kill 11 villagers in Ethiopia's Oromia region"
    body = ("Gunmen killed 11 villagers in a night raid in Ethiopia's Oromia region, residents said on Wednesday.\n\n"
            "The attackers went from house to house in a village in Gidami-Kebe district on Monday night, shooting "
            "men and women as they fled, two residents said.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert _types(found) == Counter({("civilian_attack", "ET"): 1})


def test_a_weapon_heard_later_does_not_retype_an_attack_the_body_told(incidents) -> None:
    title = "Rebels attack army post near Bhamo"
    body = ("Rebel fighters attacked an army post on a hill east of Bhamo on Monday, setting off fighting that lasted "
            "into Tuesday, the group said.\n\nA spokesman said the fighters had killed at least eight soldiers.\n\n"
            "Residents of Bhamo said they heard artillery fire through the night.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert _types(found) == Counter({("battle", "MM"): 1})


def test_a_placeless_toll_goes_with_the_incident_told_last(incidents) -> None:
    title = "Bomb kills two in Yala; gunmen attack ranger base in Pattani"
    body = ("A roadside bomb killed two villagers in Yala on Monday, police said.\n\nOn Tuesday, gunmen attacked a "
            "ranger base in Pattani, and rangers fought them for an hour. Three rangers were killed.")
    found = incidents(body, title=title, published=PUBLISHED)
    by_type = {e["type"]: e["fatalities"] for e in found}
    assert by_type == {"explosion": 2, "battle": 3}


def test_a_sentence_counting_both_sides_breaks_a_toll_down(incidents) -> None:
    title = "Militiamen kill six villagers in western Congo; nine dead in attack on army post"
    body = ("Militiamen killed six villagers in a raid on a village in Mai-Ndombe province on Monday, a civil "
            "society leader said.\n\nOn Tuesday, militiamen attacked an army position near Bandundu, and soldiers "
            "fought them for two hours. Four soldiers and five militiamen were killed, the army said.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert {e["type"]: e["fatalities"] for e in found} == {"civilian_attack": 6, "battle": 9}


def test_attackers_counted_after_unnamed_victims_still_add(incidents) -> None:
    body = ("Gunmen opened fire at a bus station in Kano on Monday, killing 12 people. Three of the attackers were "
            "killed by police.")
    found = incidents(body, published=PUBLISHED)
    assert [e["fatalities"] for e in found] == [15]


def test_a_sentence_opening_with_a_small_town_is_placed_there(incidents) -> None:
    body = ("In Spin Boldak, an official said mortar shells had struck houses near the bazaar on Monday, killing "
            "three people.")
    found = incidents(body, published=PUBLISHED)
    assert [(e["type"], e["country"]) for e in found] == [("explosion", "AF")]


def test_a_title_clash_the_body_tells_as_a_debate_is_no_incident(incidents) -> None:
    title = "Storting clashes over military pay bill as Russia threat looms"
    body = ("Parliament debated a bill to raise the pay of soldiers and officers until past midnight on "
            "Tuesday.\n\nSupporters of the bill said it would ease traffic, while its critics said it favoured one "
            "builder.\n\nA vote is expected next week.")
    assert incidents(body, title=title, published=PUBLISHED) == []


def test_a_title_killing_the_body_does_not_retell_is_still_an_incident(incidents) -> None:
    title = "Gunmen kill four at market in Kano"
    body = ("The governor condemned the violence on Tuesday and promised help to the families.\n\nTraders kept "
            "their stalls closed for a second day.\n\nSchools in the area will reopen on Monday, officials said.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert [(e["type"], e["country"]) for e in found] == [("civilian_attack", "NG")]


def test_people_recovered_after_an_undated_abduction_retell_it(incidents) -> None:
    body = ("Two traders kidnapped by armed men from a market in Quetta at an unknown date were recovered by police "
            "from a hideout in Kharan District on November 16.")
    assert incidents(body, published=PUBLISHED) == []


def test_a_body_recovered_still_tells_a_killing(incidents) -> None:
    body = ("Police recovered the body of a shopkeeper who was shot dead by militants in Kharan District on "
            "November 16.")
    assert [(e["type"], e["country"]) for e in incidents(body, published=PUBLISHED)] == [("civilian_attack", "PK")]


def test_a_place_a_road_leads_to_is_not_where_the_bomber_struck(incidents) -> None:
    title = "Toll from Quetta checkpoint bombing rises to nine"
    body = ("QUETTA, Pakistan - The toll from Monday's suicide bombing at a police checkpoint in Quetta rose to nine "
            "on Tuesday, police said.\n\nThe bomber detonated his vest as officers checked cars at the checkpoint near "
            "the road to the Pishin district, an official said.\n\nNo group has claimed the attack.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert [(e["type"], e["country"]) for e in found] == [("explosion", "PK")]


def test_a_title_shootout_the_body_does_not_retell_is_still_an_incident(incidents) -> None:
    title = "Suspect in market stabbing arrested in Lyon shootout"
    body = ("Prosecutors said on Tuesday that the man had been on the run for a week.\n\nHe will appear before a "
            "judge on Thursday.\n\nHis lawyer declined to comment.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert [(e["type"], e["country"]) for e in found] == [("battle", "FR")]


def test_a_foreign_city_named_as_a_local_township_is_no_place_abroad(codes) -> None:
    text = "A jet dropped bombs on a village in Kani township of Myanmar's Sagaing region on Sunday, killing nine."
    assert codes(text) == {"MM"}


def test_a_township_of_the_storys_own_country_keeps_its_city(codes) -> None:
    text = "Gunmen shot dead a farmer in Lakewood township in New Jersey on Sunday, police said."
    assert codes(text) == {"US"}


def test_a_breakdown_that_restates_the_toll_does_not_add_to_it(incidents) -> None:
    title = "Fighting kills 11 near Rutshuru"
    body = ("Fighting near Rutshuru in Congo's North Kivu province killed 11 people on Monday, local officials "
            "said.\n\nSix militiamen and five rebels were killed, an official said.")
    assert [e["fatalities"] for e in incidents(body, title=title, published=PUBLISHED)] == [11]


def test_a_datelines_day_is_not_added_to_the_toll(incidents) -> None:
    body = "DAVAO, Philippines, March 18 - Two soldiers were killed when gunmen ambushed an army patrol on Sunday."
    assert [e["fatalities"] for e in incidents(body, published=datetime.date(2026, 3, 18))] == [2]


def test_a_hyphenated_number_word_is_still_one_number(incidents) -> None:
    body = "Twenty-five villagers were killed when gunmen attacked a market in Zamfara on Sunday."
    assert [e["fatalities"] for e in incidents(body, published=PUBLISHED)] == [25]


def test_a_toll_over_a_period_told_before_is_not_todays(incidents) -> None:
    body = ("Two people were killed in Beira on Wednesday when a protest over fuel prices turned violent, a hospital "
            "official said.\n\nThe country was shaken by weeks of unrest after the 2024 elections. Rights groups say "
            "police killed more than 200 people during that wave of protests.")
    assert [e["fatalities"] for e in incidents(body, published=PUBLISHED)] == [2]


def test_a_hyphenated_group_name_or_an_acronym_in_brackets_keeps_the_count(incidents) -> None:
    body = ("Four PLA-Manipur cadres, including a woman, were killed in an encounter with security forces in "
            "Chandel District on November 16, police said. Two personnel of the Border Security Force (BSF) were "
            "killed in a separate gunfight in Cachar District on November 16.")
    assert sorted(e["fatalities"] for e in incidents(body, published=PUBLISHED)) == [2, 4]


def test_a_reward_is_no_toll_and_a_single_cadre_counts_one(incidents) -> None:
    body = ("A CPI-Maoist cadre carrying a reward of INR 800,000 was killed in an encounter with security forces in "
            "Bijapur District on November 16, police said.")
    assert [e["fatalities"] for e in incidents(body, published=PUBLISHED)] == [1]


def test_a_demonym_beside_the_place_does_not_make_a_title_toll_a_total(incidents) -> None:
    title = "Toll from jihadist assault on Nigerien base in Bosso rises to 13; bomber hits market in Diffa"
    body = ("The toll from Sunday's assault by jihadists on an army base rose to 13, the defence ministry said on "
            "Tuesday.\n\nThe ministry did not say how many attackers died.\n\nOn Monday, a suicide bomber blew "
            "himself up at a market in Diffa, wounding four people.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert {e["type"]: e["fatalities"] for e in found}["battle"] == 13


def test_a_demonym_is_no_place_named_again(incidents) -> None:
    body = ("A car bomb killed nine people in the northern city of Mosul in Iraq on Monday, Iraqi police said.\n\nIn "
            "the western town of Hadithah, a roadside bomb hit a police truck on Monday, killing two officers, an "
            "Iraqi police source said.\n\nThe attacks came a week after a spate of bombings across Iraq.")
    assert len(incidents(body, published=PUBLISHED)) == 2


def test_strikes_on_fleeing_attackers_are_not_the_assault(incidents) -> None:
    title = "Militants kill 11 soldiers in attack on army post near Anderamboukane"
    body = ("Islamist militants killed 11 soldiers in an assault on an army post near Anderamboukane in Mali on "
            "Monday, security sources said.\n\nThe fighters attacked the post at dawn and fought troops for hours.\n\n"
            "The army said a drone strike on the retreating assailants near Anderamboukane killed nine of them.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert sorted(e["type"] for e in found) == ["battle", "explosion"]


def test_a_dateline_yields_to_the_place_the_story_gives_the_attack(incidents) -> None:
    title = "Jihadists kill 16 soldiers in ambush near border with Mali"
    body = ("NIAMEY (AFP) - Jihadists killed 16 Nigerien soldiers in an ambush near the border with Mali on "
            "Monday, the defence ministry said.\n\nThe attack took place in the Tillaberi region, the ministry "
            "said.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert [(e["type"], e["location"]) for e in found] == [("battle", "Tillaberi")]


def test_a_gunfight_right_after_an_ambush_is_its_end(incidents) -> None:
    title = "Two Peruvian soldiers killed in ambush in Huanta"
    body = ("LIMA - Two Peruvian soldiers were killed when their patrol was ambushed by rebels near Huanta on "
            "Saturday, the army said.\n\nSoldiers returned fire during a gunfight that lasted about an hour, the "
            "army said.")
    assert len(incidents(body, title=title, published=PUBLISHED)) == 1
