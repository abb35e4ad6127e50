"""Rule families fixed against the blind hold-out set: short sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from services.enricher.nlp.fatalities import sentence_deaths

PUB = datetime.date(2024, 9, 18)  # a Wednesday


def _pairs(found: list[dict]) -> set[tuple[str, str]]:
    return {(e["country"], e["type"]) for e in found}


# --- figurative and accidental readings -------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "The two middleweights traded blows in a twelve-round shootout in Manchester on Saturday.",
        "Rescuers battled heavy rain and mudslides in the hills above Kathmandu on Tuesday.",
        "A gas explosion at a fertiliser plant in Gujarat killed six workers on Monday.",
        "Residents of Lahore said the thunder sounded like a bomb going off.",
    ],
)
def test_figurative_or_accidental_violence_is_not_an_incident(incidents, text: str) -> None:
    assert incidents(text, published=PUB) == []


def test_business_article_violent_words_are_not_incidents(incidents) -> None:
    text = (
        "Shares in the Tokyo studio fell 20% after its new shooter game bombed with players. "
        "Investors and shareholders were told sales of the game missed forecasts, and revenue and profit guidance was cut. "
        "\"It is a massacre for the stock,\" one analyst said of the share price, as the console game's earnings slumped."
    )
    assert incidents(text, "Studio shares crash as shooter game bombs", PUB) == []


def test_mine_accident_article_is_not_an_incident(incidents) -> None:
    text = (
        "A firedamp blast tore through a coal mine in Silesia on Tuesday, killing 9 miners, Poland's mining agency said. "
        "Rescuers reached the shaft after the methane leak was contained. "
        "In 2019, an explosion at another mine in the region killed 12 miners in the country's worst mining accident."
    )
    assert incidents(text, "Mine blast kills 9 miners in Poland", PUB) == []


# --- generic and habitual statements -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Officials in Delhi accuse Pakistan of arming rebels fighting in Kashmir.",
        "Russian-built drones have been used in strikes on Ukrainian towns for more than three years.",
    ],
)
def test_generic_statements_are_not_incidents(incidents, text: str) -> None:
    assert incidents(text, published=PUB) == []


# --- one incident per place and mechanism ---------------------------------------------------------------------------

def test_repelled_attack_is_the_battle_already_told(incidents) -> None:
    text = (
        "Gunmen attacked an army base near Kidal in Mali on Tuesday, killing 6 soldiers. "
        "The army said it had repelled a large terrorist attack."
    )
    assert _pairs(incidents(text, published=PUB)) == {("ML", "battle")}


def test_heard_explosions_are_a_detail_of_the_riot(incidents) -> None:
    text = (
        "Inmates rioted at the main prison in Guayaquil, Ecuador on Tuesday. "
        "Shots and explosions were heard from inside the prison for hours."
    )
    assert _pairs(incidents(text, published=PUB)) == {("EC", "riot")}


def test_armed_group_looting_is_part_of_its_attack(incidents) -> None:
    text = "Gunmen stormed a village in Darfur, Sudan on Tuesday, shooting residents and looting homes."
    assert _pairs(incidents(text, published=PUB)) == {("SD", "civilian_attack")}


def test_deaths_in_a_protest_headline_are_the_riots_toll(incidents) -> None:
    found = incidents("Police fired tear gas at stone-throwing youths.", "Three killed as Lagos protests turn violent", PUB)
    assert _pairs(found) == {("NG", "riot")}


def test_country_pair_after_between_is_not_a_second_location(incidents) -> None:
    text = "Two soldiers were killed on Tuesday in a clash on the border between Tajikistan and Kyrgyzstan, officials said."
    found = incidents(text, "Two soldiers killed in Tajik border clash", PUB)
    assert len(found) == 1


# --- run-on sentences and unknown places --------------------------------------------------------------------------

def test_while_clause_reports_a_second_incident(incidents) -> None:
    text = (
        "Thousands marched peacefully through Accra on Tuesday, while in the city of Kumasi protesters looted shops "
        "and set fire to cars."
    )
    assert _pairs(incidents(text, published=PUB)) == {("GH", "protest"), ("GH", "riot")}


def test_unknown_town_starts_a_new_incident(incidents) -> None:
    text = (
        "A car bomb killed 4 people in Mogadishu, Somalia on Tuesday. "
        "Earlier on Tuesday, militants attacked a base near the town of Qoryoley, triggering a gunfight."
    )
    assert _pairs(incidents(text, published=PUB)) == {("SO", "explosion"), ("SO", "battle")}


def test_separately_starts_a_new_incident(incidents) -> None:
    text = (
        "Three soldiers were killed in a gunfight with militants in Kashmir, India on Tuesday. "
        "Separately, a shopkeeper was shot dead by gunmen in Anantnag district."
    )
    assert _pairs(incidents(text, published=PUB)) == {("IN", "battle"), ("IN", "civilian_attack")}


# --- protest triggers -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("About 500 farmers held a sit-in outside the governor's office in Lahore, Pakistan on Tuesday.", "PK"),
        ("Hundreds of supporters gathered outside the court in Harare, Zimbabwe on Tuesday, holding placards.", "ZW"),
    ],
)
def test_sit_ins_and_gatherings_with_placards_are_protests(incidents, text: str, country: str) -> None:
    assert _pairs(incidents(text, published=PUB)) == {(country, "protest")}


def test_weapon_damaging_a_target_is_an_explosion(incidents) -> None:
    text = "Drones damaged a fuel depot in Odesa, Ukraine overnight, wounding three workers."
    assert _pairs(incidents(text, published=PUB)) == {("UA", "explosion")}


def test_rockets_launched_at_a_town_are_an_attack(incidents) -> None:
    text = "Hezbollah launched 20 rockets at the town of Safed in northern Israel on Tuesday, but no one was hurt."
    assert _pairs(incidents(text, published=PUB)) == {("IL", "explosion")}


def test_first_named_firearm_types_the_ambush(incidents) -> None:
    text = "Rebels attacked a patrol of soldiers with rifles and grenades near Tumaco, Colombia on Tuesday, killing 3 soldiers."
    assert _pairs(incidents(text, published=PUB)) == {("CO", "battle")}


# --- numbers ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two women, aged 45 and 52, died in the attack.", 2),
        ("At least 14 people, including five children, were killed in the strike.", 14),
        ("A driver who tried to escape was shot dead.", 1),
        ('He said four police and "at least 10 gunmen" were killed.', 14),
        ("At least 12 soldiers and allied militiamen had been killed in the fighting.", 12),
    ],
)
def test_death_counts(nlp, text: str, expected: int) -> None:
    assert sentence_deaths(next(nlp(text).sents)) == expected


def test_headline_and_lead_tolls_are_not_added(incidents) -> None:
    found = incidents(
        "Rebels killed five soldiers in an ambush in Tolima, Colombia on Tuesday, after the rebel group left talks.",
        "Rebels kill five soldiers in Colombia ambush",
        PUB,
    )
    assert [e["fatalities"] for e in found] == [5]


def test_toll_since_a_weekday_is_not_an_aggregate(incidents) -> None:
    text = "At least 15 soldiers have been killed in clashes near Goma, Congo since Monday, an officer said."
    assert [e["fatalities"] for e in incidents(text, published=PUB)] == [15]


# --- places -----------------------------------------------------------------------------------------------------

def test_demonym_of_a_place_noun_locates_the_event(incidents) -> None:
    text = "An air strike on a house in the Syrian town of Kafr Nabudah killed 4 people on Tuesday, as Turkey watched."
    assert {e["country"] for e in incidents(text, published=PUB)} == {"SY"}


def test_anniversary_does_not_make_todays_march_background(incidents) -> None:
    text = "Thousands marched through Santiago, Chile on Tuesday to mark the anniversary of the 1973 coup."
    assert _pairs(incidents(text, published=PUB)) == {("CL", "protest")}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("The minister told France 24 that talks would resume in Dakar, Senegal.", "SN", "FR"),
        ("Flights from Tehran, Iran go to Hamburg, Milan and Vienna.", "IT", "US"),
        ("The wounded were taken to Madina and Benadir hospitals in Mogadishu, Somalia.", "SO", "SA"),
    ],
)
def test_country_references(codes, text: str, present: str, absent: str) -> None:
    found = codes(text)
    assert present in found and absent not in found


def test_city_accepted_once_is_a_place_throughout(enrich) -> None:
    text = "Police fired tear gas in Kisumu, Kenya on Tuesday. Later, Kisumu protesters looted shops."
    places = [e for e in enrich(text, published=PUB)["entities"] if e["text"] == "Kisumu"]
    assert len(places) == 2
