"""Text set in capitals (old wire and telex copy, shouted headlines) is analysed re-cased, with the offsets, entity
texts and trigger words of the text as written. Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from services.enricher.nlp.truecase import recased, shouted

TUESDAY = datetime.date(2026, 5, 19)

BODY = ("REBELS AMBUSHED AN ARMY CONVOY NEAR MOPTI ON MONDAY, KILLING SEVEN SOLDIERS, THE DEFENCE MINISTRY SAID.\n\n"
        "THE MINISTRY SAID TROOPS WOULD BE SENT FROM BAMAKO.")


def test_a_line_in_capitals_is_shouted_and_a_short_or_ordinary_one_is_not() -> None:
    assert shouted("GUNMEN KILLED FOUR VILLAGERS IN THE NORTH")
    assert not shouted("BREAKING")
    assert not shouted("The UN and NATO met in Brussels on Monday.")


def test_re_casing_keeps_every_offset_and_leaves_ordinary_lines_alone(nlp) -> None:
    text = "SOLDIERS CLASHED WITH MILITANTS IN MOSUL ON MARCH 3.\nThe UN said nothing."
    cased = recased(text, nlp)
    assert len(cased) == len(text) and cased.lower() == text.lower()
    assert cased.endswith("\nThe UN said nothing.")
    assert cased.startswith("Soldiers clashed with militants in Mosul on March 3.")


@pytest.mark.parametrize(("shout", "cased"), [
    ("THEY TOLD US THAT THE US ARMY WOULD STAY", "They told us that the US army would stay"),
    ("A VAN FROM READING WAS STOPPED AT THE VALLEY ROAD", "A van from reading was stopped at the valley road"),
    ("MARCHERS MAY MARCH TO SAN SALVADOR IN JUNE", "Marchers may march to San Salvador in June"),
])
def test_dictionary_words_stay_words_and_names_get_capitals(nlp, shout: str, cased: str) -> None:
    assert recased(shout, nlp) == cased


def test_an_article_in_capitals_yields_its_incident_in_its_country(incidents) -> None:
    found = incidents(BODY, title="SEVEN SOLDIERS KILLED IN AMBUSH IN MALI", published=TUESDAY)
    assert [(e["type"], e["country"], e["fatalities"]) for e in found] == [("battle", "ML", 7)]


def test_the_output_quotes_the_text_as_written(enrich) -> None:
    out = enrich(BODY, published=TUESDAY)
    event = next(e for e in out["events"] if e["incident"])
    assert event["trigger"] == "AMBUSHED" and event["sentence"].startswith("REBELS AMBUSHED")
    assert event["location"] == "MOPTI"
    assert all(e["text"] == BODY[e["start"]:e["end"]] for e in out["entities"])
