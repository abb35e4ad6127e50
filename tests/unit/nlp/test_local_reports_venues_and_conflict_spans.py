"""Local crime reports and the wording around them: a direction before a town ("South Toledo"), a street of the
incident's town, people shot outside a concert venue, a weekday right after a town ("in Sacramento Friday night"), a
town before a word for ordinary people ("an Albuquerque teen") but not before armed people, a weekday that dates
who said something, years of fighting that make a conflict, a season other than the news date's, English names of
Somali regions, a hyphenated local name ("Ma-Ei"), and a capital that lies in no other region the text names.
Classes read in the GVA tuning set, the tuned event set and the read blind sets in the fifteenth session; sentences
written for these tests."""

from __future__ import annotations

import datetime

from services.enricher.nlp.retelling import around, inside

PUBLISHED = datetime.date(2026, 11, 17)  # a Tuesday


def _found(found: list[dict]) -> list[tuple[str, str | None, str | None]]:
    return [(e["type"], e["country"], e["location"]) for e in found]


def test_a_direction_before_a_town_is_no_given_name(incidents) -> None:
    found = incidents("A man was shot in North Toledo on Sunday, police said.", published=PUBLISHED)
    assert [(t, c) for t, c, _ in _found(found)] == [("civilian_attack", "US")]


def test_a_street_lies_in_the_town_the_incident_is_in(incidents) -> None:
    body = ("Teenager shot in North Toledo\n\nA teenager was shot in North Toledo on Sunday afternoon. He was "
            "reported to be shot in the 300 block of Elmhurst Avenue, officers said.")
    assert len(incidents(body, published=PUBLISHED)) == 1


def test_people_shot_outside_a_concert_venue_were_shot(incidents) -> None:
    body = "Two fans were shot outside a concert hall in Fresno on Sunday night."
    assert _found(incidents(body, published=PUBLISHED)) == [("civilian_attack", "US", "Fresno")]


def test_a_film_story_is_still_no_shooting(incidents) -> None:
    body = "The thriller's final shootout in Sacramento leaves three people dead, and the film opens on Friday."
    assert incidents(body, published=PUBLISHED) == []


def test_a_weekday_right_after_a_town_dates_the_incident(incidents) -> None:
    body = ("| By\n\nFRESNO - Two men were shot in a parking lot in Fresno Sunday night.\n\nWitnesses said a "
            "quarrel broke out and someone started shooting.")
    found = incidents(body, title="Chaos after late show", published=PUBLISHED)
    assert found and all(c == "US" for _, c, _ in _found(found))


def test_a_town_before_a_word_for_ordinary_people_is_placed(incidents) -> None:
    body = "Detectives say a dispute over a phone preceded the death of an Albuquerque teen who was shot on Sunday."
    assert [c for _, c, _ in _found(incidents(body, published=PUBLISHED))] == ["US"]


def test_a_weekday_of_a_telling_does_not_part_an_incident(incidents) -> None:
    body = ("Marco Ruiz, 20, was shot dead at a basketball court in Tucson on Sunday. On Tuesday, detectives said the "
            "shooting followed a feud.")
    assert len(incidents(body, published=PUBLISHED)) == 1


def test_years_of_fighting_are_a_conflict_not_an_incident(incidents) -> None:
    body = ("DOHA, Nov 15 - Congo's government and a rebel group signed a framework agreement in Doha on Saturday "
            "that both sides said would lead to a peace deal ending years of fighting in eastern Congo.")
    assert incidents(body, published=PUBLISHED) == []


def test_a_season_other_than_the_news_dates_is_past(incidents) -> None:
    body = ("TBILISI, Nov 15 - A large protest in the spring against a media law ended in clashes with riot police "
            "in which dozens of people were detained. On Saturday the law took effect.")
    assert incidents(body, published=PUBLISHED) == []


def test_english_names_of_somali_regions_are_somali(incidents) -> None:
    body = ("The US military said it had carried out an air strike on Monday against al Shabaab fighters near Jilib in "
            "the Middle Juba region, killing three militants.")
    assert [(t, c) for t, c, _ in _found(incidents(body, published=PUBLISHED))] == [("explosion", "SO")]


def test_a_hyphenated_local_name_is_read_whole(incidents) -> None:
    body = ("Fighting flared near Sittwe in Myanmar on Monday. Residents said navy vessels shelled Ma-Ei village on "
            "Tuesday, killing four civilians.")
    assert ("explosion", "MM", "Ma-Ei") in _found(incidents(body, published=PUBLISHED))



def test_the_capital_is_no_town_inside_another_region() -> None:
    assert not inside("Jakarta", "Sulawesi") and not around("Sulawesi", "Jakarta", "ID")
    assert inside("Maiduguri", "Borno") and around("Nangarhar province", "Jalalabad", "AF")
