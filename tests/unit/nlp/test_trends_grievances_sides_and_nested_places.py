"""Violence whose cases "have increased" is a trend; violence a demonstration is against ("protesters against drone
strikes") is its cause; a political side's "camp" is no place; a shooting the headline places in a state and the body
at a county or town of that state is one shooting; a blast named by its weekday retells that day's bombing; markets
rally and troops parade, an Internet mob throws nothing; a city in a state the story names is that state's; a
country's base in another country is in that country. Classes read in SATP train reports and in the news-feed export
in the nineteenth session; sentences written for these tests."""

from __future__ import annotations

import datetime

PUBLISHED = datetime.date(2026, 6, 14)  # a Sunday


def test_kidnapping_cases_that_have_increased_are_a_trend(incidents) -> None:
    body = ("Police in Quetta have opened a new cell against abductions. Kidnapping for ransom cases have sharply "
            "increased in Quetta since traders began paying large sums, officials said.")
    assert incidents(body, published=PUBLISHED) == []


def test_attacks_that_rose_on_a_day_are_still_news(incidents) -> None:
    body = "Attacks on checkpoints rose on Saturday as gunmen killed two policemen in Bannu, officials said."
    found = incidents(body, published=PUBLISHED)
    assert [e["country"] for e in found] == ["PK"]


def test_what_protesters_march_against_is_no_incident(incidents) -> None:
    body = "Hundreds of students rallied in Lahore on Saturday against drone strikes in the tribal areas."
    found = incidents(body, published=PUBLISHED)
    assert [e["type"] for e in found] == ["protest"]


def test_a_protest_against_one_told_killing_keeps_that_killing(incidents) -> None:
    body = ("Gunmen shot dead a shopkeeper in Peshawar on Friday. Hundreds of traders marched in "
            "Peshawar on Saturday against the killing, police said.")
    found = incidents(body, published=PUBLISHED)
    assert sorted(e["type"] for e in found) == ["civilian_attack", "protest"]


def test_a_campaigns_camp_is_no_place(incidents) -> None:
    title = "Lawmaker shot dead in Leeds"
    body = ("A lawmaker was shot dead in Leeds on Thursday, police said. Campaigning was suspended after the killing. "
            "Some campaigners accused the Stay camp of exploiting the murder.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert [(e["type"], e["location"]) for e in found] == [("civilian_attack", "Leeds")]


def test_a_shooting_placed_in_a_state_then_at_its_county_court_is_one(incidents) -> None:
    title = "Two women killed in shooting at Arizona courthouse"
    body = ("A gunman opened fire on Friday on two women outside a courthouse in northern Arizona, killing both. "
            "The gunman was arrested at the Coconino County Superior Court where he shot the women, the sheriff said.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert len(found) == 1 and found[0]["type"] == "civilian_attack" and found[0]["fatalities"] == 2


def test_a_day_named_blast_retells_that_days_bombing(incidents) -> None:
    title = "Suicide bomber kills 12 in Ankara"
    body = ("A suicide car bomb killed 12 people at a bus stop in Ankara on Sunday, officials said. Following the "
            "attack, warplanes bombed militant camps in northern Iraq early on Monday, the army said.\n\n"
            "At least 12 people died from Sunday's blast, the health minister said.")
    found = incidents(body, title=title, published=PUBLISHED)
    assert [(e["country"], e["fatalities"]) for e in found if e["fatalities"]] == [("TR", 12)]


def test_markets_that_rallied_are_no_demonstration(incidents) -> None:
    body = "The S&P 500 rallied in New York on Tuesday as investors went bargain hunting."
    assert incidents(body, published=PUBLISHED) == []


def test_troops_marching_in_a_parade_are_no_protest(incidents) -> None:
    body = "A contingent of French troops marched down the avenue in New Delhi on Saturday in the Republic Day parade."
    assert incidents(body, published=PUBLISHED) == []


def test_an_internet_mob_is_no_riot(incidents) -> None:
    body = "The developer said an Internet mob had harassed her in Tokyo for weeks, and she quit on Friday."
    assert incidents(body, published=PUBLISHED) == []


def test_activists_who_dispute_gains_do_not_make_fighting_a_riot(incidents) -> None:
    body = ("Some opposition activists disputed the government's account, and heavy fighting between troops and "
            "militants killed 12 soldiers near Palmyra on Saturday.")
    found = incidents(body, published=PUBLISHED)
    assert [(e["type"], e["country"]) for e in found] == [("battle", "SY")]


def test_a_city_in_a_state_the_story_names_is_that_states(codes) -> None:
    body = ("Police in Alabama arrested a man on Saturday. Officers from Birmingham joined the search, the state "
            "police said.")
    assert codes(body) == {"US"}


def test_a_name_called_a_town_is_a_place_whatever_ner_says(incidents) -> None:
    body = ("Three men were shot dead on Saturday in Auburn, a university town about 110 miles southeast of "
            "Montgomery, police said.")
    found = incidents(body, published=PUBLISHED)
    assert [(e["country"], e["location"]) for e in found] == [("US", "Auburn")]


def test_a_countrys_base_in_another_country_is_in_that_country(incidents) -> None:
    title = "Thousands protest against drones at U.S. Air Force base in Germany"
    body = "Thousands of demonstrators marched outside the base near Kaiserslautern on Saturday, organisers said."
    found = incidents(body, title=title, published=PUBLISHED)
    assert {e["country"] for e in found} == {"DE"}


def test_a_countrys_own_district_placed_in_its_province_is_that_countrys(incidents) -> None:
    body = ("The group controls territory in Iraq and Syria and has staged attacks in the kingdom.\n\nOn Friday an attack "
            "at a mosque in Saudi Arabia's al-Ahsa district in Eastern Province killed four people.")
    found = incidents(body, published=PUBLISHED)
    assert [e["country"] for e in found] == ["SA"]
