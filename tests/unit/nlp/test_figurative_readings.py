"""Violence words in other senses, found on quiet real news (business, arts, technology and politics reporting read
in place from a public archive): prices that rally or shoot up, things that "explode" with no blast, names that hold
a trigger word, illness, criticism, protests made in words. Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

PUB = datetime.date(2025, 3, 12)  # a Wednesday


def _types(found: list[dict]) -> set[str]:
    return {e["type"] for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "Copper prices staged a strong rally in London on Tuesday as traders bet on Chinese demand.",
        "Shares in the airline shot up 9% in early trading in Frankfurt on Tuesday.",
        "The peso was weak in the morning before rallying to 18.2 per dollar in Mexico City.",
        "Traders in Tokyo welcomed a rally in the value of the yen on Tuesday.",
        "Demand for electric scooters has exploded in Vietnam over the past year, retailers said.",
        "Analysts in Seoul expect an explosion in streaming content as broadband spreads.",
        "Festival-goers in Dublin were bombarded with adverts for the new phone on Tuesday.",
        "The striker blasted the ball past the keeper from twenty yards in Madrid on Tuesday.",
        "Working on the new series in Lagos has been a blast, the presenter said on Tuesday.",
        "The analyst at Hartley Lynch in London said on Tuesday that the outlook was weak.",
        "A spokesman for the End Murder Lyrics campaign in Kingston said on Tuesday that the tour was cancelled.",
        "The singer died in Nairobi on Tuesday after a long battle with cancer.",
        "A retired teacher died of a heart attack in Accra on Tuesday.",
        "The opposition leader attacked the decision by the court in Nairobi on Tuesday.",
        "Exporters in Jakarta protested that the new tariffs would make their goods too costly.",
        "The dam project was delayed in Laos after a protest from the Thai government on Tuesday.",
        "The company gave a demonstration of its new robot at a fair in Berlin on Tuesday.",
        "Rival gangs on the game's maps hijack browser settings, security experts in Austin said on Tuesday.",
        "Protests against the summit in Davos are expected to be small this year.",
        "We cannot wait in Kabul until the militants attack, the minister said on Tuesday.",
        "We don't have any demonstrations planned in Cardiff, the organiser said on Tuesday.",
        "Traders in Tokyo watched the yen on Tuesday. It rallied late in the day as exporters sold dollars.",
        "Federer marches on in Dubai after beating his rival in straight sets on Tuesday.",
        "The finance minister came out shooting in London on Tuesday, defending his record on the economy.",
        "The crowd in Leeds cheered on Tuesday when a former Clash drummer joined the band on stage.",
        "Firefighters battled a wildfire near Bend on Tuesday as the toll rose to 12.",
        "Bank stocks slipped in Toronto on Tuesday after rallying for most of the week.",
        "The senator went on the offensive in Denver on Tuesday, accusing her rivals of lying.",
    ],
)
def test_a_violence_word_in_another_sense_is_no_incident(incidents, text: str) -> None:
    assert not incidents(text, published=PUB)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("A bomb exploded near a police station in Quetta on Tuesday, killing three people.", "explosion"),
        ("A powerful explosion ripped through a market in Peshawar on Tuesday.", "explosion"),
        ("A blast occurred near a Levies check post in Chaman on Tuesday, but no loss of life was reported.",
         "explosion"),
        ("Thousands of farmers held a rally in Nairobi on Tuesday against rising fuel prices.", "protest"),
        ("Gunmen attacked a market in Maiduguri on Tuesday, killing five traders.", "civilian_attack"),
        ("Troops fought a long battle with the rebels near Goma on Tuesday.", "battle"),
        ("Two militants were killed in a gun battle with law enforcement agencies in Mastung on Tuesday.", "battle"),
        ("Thousands of students marched on parliament in Nairobi on Tuesday.", "protest"),
        ("Government troops went on the offensive near Idlib on Tuesday, attacking rebel positions.", "battle"),
        ("Two gunmen came out of the bank shooting at police in Karachi on Tuesday, killing a guard.", "civilian_attack"),
        ("Rebels came out fighting near Idlib on Tuesday, attacking an army post and killing five soldiers.", "battle"),
    ],
)
def test_the_same_words_in_their_violent_sense_still_count(incidents, text: str, kind: str) -> None:
    assert kind in _types(incidents(text, published=PUB))


def test_a_known_event_called_by_its_name_after_the_lead_is_background(incidents) -> None:
    text = ("Ministers in London met on Tuesday to discuss trade. They agreed on new tariffs for steel. Some worried "
            "about lifting the embargo imposed after the Nanjing massacre.")
    assert not [e for e in incidents(text, published=PUB) if not e["background"]]


def test_the_news_incident_retold_by_its_name_stays_current(incidents) -> None:
    text = ("A suicide bomber killed 12 people at a mosque in Quetta on Friday. The Quetta bombing was claimed by a "
            "splinter group.")
    assert ("PK", "explosion") in {(e["country"], e["type"]) for e in incidents(text, published=PUB)
                                   if not e["background"]}


def test_an_attack_named_as_a_danger_is_no_incident(incidents) -> None:
    assert not incidents("A report in London says a nuclear terrorist attack is the main danger facing cities.",
                         published=PUB)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The attack on the market in Mogadishu on Tuesday killed six people, according to police.",
         "civilian_attack"),
        ("Militants attacked a police post in Bannu on Tuesday, officials said.", "battle"),
    ],
)
def test_who_tells_the_news_is_not_the_target(incidents, text: str, kind: str) -> None:
    assert kind in _types(incidents(text, published=PUB))


def test_police_who_report_an_attack_do_not_make_it_a_battle(incidents) -> None:
    found = incidents("The attack in Garissa on Tuesday was an act of terror, police said.", published=PUB)
    assert "battle" not in _types(found)


def test_attacks_of_a_past_decade_are_background(incidents) -> None:
    text = "Officials in Srinagar said on Tuesday that most of the attacks on the highway took place during the 1990s."
    assert not [e for e in incidents(text, published=PUB) if not e["background"]]


def test_a_bomb_removed_and_defused_did_not_go_off(incidents) -> None:
    text = "Police officers in Imphal rushed to the market on Tuesday, removed the bomb and defused it."
    assert "explosion" not in _types(incidents(text, published=PUB))


def test_an_attack_beside_a_training_exercise_is_still_an_attack(incidents) -> None:
    text = ("Six people were injured in the attack, which took place as state police were conducting a training "
            "exercise in Richmond on Tuesday.")
    assert incidents(text, published=PUB)


def test_an_explosion_retold_in_an_article_about_a_bombing_needs_no_evidence_of_its_own(incidents) -> None:
    text = ("A bomb exploded on a passenger plane after take-off from Mogadishu on Tuesday, police said. One passenger "
            "was killed and two were injured. Investigators found traces of explosives. Oxygen masks dangle from the "
            "ceiling after the explosion.")
    found = [e for e in incidents(text, published=PUB) if e["type"] == "explosion"]
    assert found and all(e["country"] == "SO" for e in found)


@pytest.mark.parametrize("text", [
    "JUST WATCHED Bus station hit by blast Replay More Videos ... MUST WATCH Bus station hit by blast 02:15\n\n"
    "The minister met farmers in Ankara on Tuesday to discuss grain prices.",
    "The minister met farmers in Ankara on Tuesday to discuss grain prices.\n\nHide Caption 3 of 12 Photos: Gunmen "
    "stormed a hotel in Ankara, killing four guards.",
])
def test_a_scraped_video_or_photo_caption_tells_no_incident(incidents, text: str) -> None:
    assert incidents(text, published=PUB) == []


def test_the_story_after_a_caption_keeps_its_incident(incidents) -> None:
    text = ("JUST WATCHED Bus station hit by blast Replay More Videos ... MUST WATCH Bus station hit by blast "
            "02:15\n\nThree suicide bombers killed 41 people at the bus station in Ankara on Tuesday.")
    assert [(e["type"], e["fatalities"]) for e in incidents(text, published=PUB)] == [("explosion", 41)]
