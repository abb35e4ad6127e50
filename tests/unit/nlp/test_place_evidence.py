"""Where a local report's incident happened when the text gives little: spelling variants of districts, state
names NER misses, a city a person's name shares, the outlet that carried the report, and a small place whose only
reading is in a country nothing else in the report supports. Sentences written for these tests."""

from __future__ import annotations

import pytest

from services.enricher.nlp.sources import OutletError, attributed, parse_outlets
from services.enricher.nlp.spelling import VariantIndex, skeleton


def _pairs(found: list[dict]) -> set[tuple[str, str]]:
    return {(e["country"], e["type"]) for e in found}


@pytest.mark.parametrize(("written", "listed"), [
    ("baramulla", "baramula"), ("sonitpur", "sontipur"), ("budgam", "badgam"), ("rajouri", "rajauri")])
def test_a_transliteration_variant_finds_the_listed_spelling(written: str, listed: str) -> None:
    assert skeleton(written) == skeleton(listed)
    assert VariantIndex([listed, "kabul"]).variant_of(written) == listed


def test_a_different_name_with_the_same_consonants_is_no_variant() -> None:
    assert VariantIndex(["kohat"]).variant_of("kabul") is None
    assert VariantIndex(["lahore"]).variant_of("lahr") is None  # too short to match loosely


def test_a_district_spelt_unlike_the_gazetteer_still_gets_its_country(incidents) -> None:
    text = "Two civilians were shot dead by unidentified gunmen in Sonitpur District on March 3."
    assert _pairs(incidents(text)) == {("IN", "civilian_attack")}


def test_a_state_tagged_as_an_organisation_still_locates_the_incident(incidents) -> None:
    text = "A crude bomb exploded on a crowded bus on May 26 in a town of Haryana, injuring nine passengers."
    assert _pairs(incidents(text)) == {("IN", "explosion")}


def test_a_city_that_is_also_part_of_a_persons_name_is_still_a_place(incidents) -> None:
    text = ("Nine people were injured when gunmen lobbed a grenade at a seminary in the provincial capital Peshawar. "
            "Superintendent Peshawar Khan said the attackers fled.")
    assert ("PK", "explosion") in _pairs(incidents(text))


def test_the_outlet_that_carried_a_placeless_report_gives_its_country(incidents) -> None:
    text = "A shopkeeper was shot dead by unidentified assailants in Kalaban Mohalla on June 2, reports Dawn."
    assert _pairs(incidents(text)) == {("PK", "civilian_attack")}


def test_an_outlet_never_outweighs_a_place_the_text_names(enrich) -> None:
    out = enrich("Gunmen killed four villagers near Kandahar on Monday, reports The Hindu.")
    assert [c["code"] for c in out["countries"]] == ["AF"]
    assert {e["country"] for e in out["events"] if e["type"] == "civilian_attack"} == {"AF"}


def test_a_same_named_bigger_city_abroad_yields_to_the_reports_country(incidents) -> None:
    text = "A roadside bomb killed three people in Samba District on July 8, according to Daily Excelsior."
    assert _pairs(incidents(text)) == {("IN", "explosion")}


def test_a_small_foreign_town_name_does_not_move_a_report_abroad(enrich) -> None:
    out = enrich("Two militants were killed in an encounter in Hajin village of Bandipora District, "
                 "reports Greater Kashmir.")
    assert {e["country"] for e in out["events"] if e["type"] == "battle"} == {"IN"}
    assert "SY" not in {c["code"] for c in out["countries"]}


def test_an_outlet_counts_only_as_a_reports_source(nlp) -> None:
    doc = nlp("Dawn broke over the valley. The Hindu festival began, reports said.")
    assert [m.kind for m in doc._.places or [] if m.kind == "source"] == []
    cited = nlp("Police said so, according to The Hindu.")
    spans = [cited[m.start:m.end] for m in cited._.places or [] if m.kind == "source"]
    assert [s.text for s in spans] == ["The Hindu"] and attributed(spans[0])


def test_the_outlet_list_rejects_unknown_codes_and_names_listed_twice() -> None:
    assert parse_outlets('[outlets]\nPK = ["Dawn"]\nIN = ["The Hindu"]') == {"Dawn": "PK", "The Hindu": "IN"}
    with pytest.raises(OutletError):
        parse_outlets('[outlets]\nXX = ["Paper"]')
    with pytest.raises(OutletError):
        parse_outlets('[outlets]\nPK = ["Dawn"]\nIN = ["Dawn"]')


@pytest.mark.parametrize("text", [
    "The weapons seized included two rifles, a grenade launcher and a rocket launcher, police said in Quetta.",
    "A gangster known as Raees alias Grenade was arrested in Karachi on Monday.",
    "Police recovered three IEDs weighing two kilograms each from a forest in Gaya District on Friday.",
])
def test_weapons_inventories_and_nicknames_are_not_explosions(incidents, text: str) -> None:
    assert [e for e in incidents(text) if e["type"] == "explosion"] == []


def test_a_device_that_exploded_is_still_an_explosion_whatever_it_weighed(incidents) -> None:
    text = "A bomb weighing five kilograms exploded in a vegetable market in Quetta on Sunday, killing two people."
    assert _pairs(incidents(text)) == {("PK", "explosion")}


def test_a_name_read_in_several_far_countries_does_not_move_a_report_abroad(enrich) -> None:
    out = enrich("Two policemen were killed when a roadside bomb hit their vehicle in Dara area of Nangarhar "
                 "Province on Sunday.")
    assert {e["country"] for e in out["events"] if e["type"] == "explosion"} == {"AF"}
    assert {c["code"] for c in out["countries"]} == {"AF"}


def test_a_us_state_name_shared_with_foreign_places_is_the_state(enrich) -> None:
    out = enrich("Two deputies were shot dead at a restaurant in Abingdon, Maryland, on Wednesday. "
                 "The gunman, who was wanted on warrants in Florida, was killed by officers.")
    assert {e["country"] for e in out["events"] if e["type"] in ("battle", "civilian_attack")} == {"US"}
