"""Where a local news story happened, as the event grouping needs it: not the outlet's home town in a feed title's tag
("... - WXYZ Action News 7 - Dayton, Ohio"), not the town a street is named after, not a Title-Case word of a headline
the text also writes in lower case ("in Shooting"), not a named person's home town ("Mark Ellis of Lakeland"), not
the surname of a person named in full ("with Houston" after "Dennis Houston Jr.") unless the text puts something
in that city; a town
before a venue ("a Fort Lauderdale club") is where the venue is. And officers who "engaged in a gun battle" fought it then
and there, while a gang "engaged in extortion and kidnapping" is a pattern. Classes seen on US local news from the Gun
Violence Archive corpus (the twenty-fourth session's silver event set); sentences written for these tests."""

from __future__ import annotations

import datetime

PUBLISHED = datetime.date(2026, 6, 14)


def places(found: list[dict]) -> list[tuple[str, str | None]]:
    return [(e["country"], e["location"]) for e in found]


def test_a_feed_titles_outlet_tag_is_not_where_it_happened(incidents) -> None:
    title = "Teen shot dead outside store - WXYZ Action News 7 - Dayton, Ohio"
    body = "A 16-year-old boy was shot dead outside a store in Springfield on Saturday night, police said."
    assert places(incidents(body, title=title, published=PUBLISHED)) == [("US", "Springfield")]


def test_a_dateline_is_no_outlet_tag(incidents) -> None:
    body = "KANO - Gunmen killed five traders in Kano on Saturday, a news agency reported."
    assert places(incidents(body, published=PUBLISHED)) == [("NG", "Kano")]


def test_a_street_named_after_a_town_is_not_that_town(incidents) -> None:
    title = "Victims named in Aurora Avenue shooting"
    body = "Two men were shot dead on Aurora Avenue in Kent on Saturday, police said."
    found = incidents(body, title=title, published=PUBLISHED)
    assert [(e["location"], e["fatalities"]) for e in found] == [("Kent", 2)]


def test_a_headline_word_written_in_lower_case_elsewhere_is_no_place(incidents) -> None:
    title = "Three Wounded in Shooting at Mall"
    body = ("Three people were wounded when a gunman opened fire at a mall in Tacoma on Saturday. The shooting began "
            "near the food court.")
    assert {e["location"] for e in incidents(body, title=title, published=PUBLISHED)} == {"Tacoma"}


def test_a_town_before_a_venue_is_where_the_venue_is(incidents) -> None:
    body = "Two teens were killed after gunfire broke out in the parking lot of a Fort Lauderdale club early Saturday."
    assert places(incidents(body, published=PUBLISHED)) == [("US", "Fort Lauderdale")]


def test_a_named_persons_home_town_is_not_where_it_happened(incidents) -> None:
    body = ("The gunman, identified as 25-year-old Mark Ellis of Lakeland, opened fire inside a bar in Tampa on "
            "Saturday, killing three people.")
    assert places(incidents(body, published=PUBLISHED)) == [("US", "Tampa")]


def test_officers_engaged_in_a_gun_battle_fought_it(incidents) -> None:
    body = "Police engaged in a gun battle with two robbers in Houston on Saturday, killing one of them."
    assert [(e["type"], e["location"]) for e in incidents(body, published=PUBLISHED)] == [("battle", "Houston")]


def test_a_gang_engaged_in_kidnapping_is_a_pattern_not_news(incidents) -> None:
    body = "The gang engaged in extortion and kidnapping for ransom in Lagos for years, police said on Saturday."
    assert incidents(body, published=PUBLISHED) == []


def test_a_surname_that_is_a_city_is_the_person(enrich) -> None:
    body = ("A 17-year-old boy was shot dead in Fresno on Saturday and was identified as Dennis Houston Jr. by his "
            "mother. Two other teens who were with Houston were wounded.")
    result = enrich(body, published=PUBLISHED)
    assert result["countries"] == [{"code": "US", "name": "United States", "mentions": 1}]  # Fresno alone
    assert places(incidents_of(result)) == [("US", "Fresno")]


def test_a_city_the_text_places_something_in_stays_a_city(enrich) -> None:
    body = "A boy named Daniel Austin was shot in Austin on Saturday. Austin police said he was with friends."
    assert places(incidents_of(enrich(body, published=PUBLISHED))) == [("US", "Austin")]


def incidents_of(result: dict) -> list[dict]:
    return [e for e in result["events"] if e["incident"] and not e["background"] and e["country"]]
