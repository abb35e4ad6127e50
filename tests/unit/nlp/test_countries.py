"""Country resolution: names, aliases, cities, demonyms, metonyms and the traps around them."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Officials in the U.S. said the talks would resume.", "US"),
        ("The USA sent an envoy to the region.", "US"),
        ("America has imposed new tariffs on steel.", "US"),
        ("Britain summoned the ambassador on Monday.", "GB"),
        ("The UK has frozen the assets.", "GB"),
        ("Ivory Coast held elections in October.", "CI"),
        ("Voters in Côte d'Ivoire went to the polls.", "CI"),
        ("Fighting continued in the DRC this week.", "CD"),
        ("The Republic of the Congo signed the accord.", "CG"),
        ("Burma's generals seized power.", "MM"),
        ("Türkiye hosted the meeting.", "TR"),
        ("Czechia joined the coalition.", "CZ"),
        ("Swaziland was renamed Eswatini.", "SZ"),
        ("Officials in Kiev rejected the claim.", "UA"),
        ("Officials in Kyiv rejected the claim.", "UA"),
        ("Thousands rallied in Hong Kong.", "HK"),
        ("Aid trucks entered Gaza on Sunday.", "PS"),
        ("The Palestinian envoy spoke at the UN.", "PS"),
        ("The match was played in Cardiff, Wales.", "GB"),
        ("The tournament was held in England.", "GB"),
    ],
)
def test_names_and_aliases(codes, text: str, code: str) -> None:
    assert code in codes(text)


@pytest.mark.parametrize(
    ("text", "code", "not_code"),
    [
        ("A Nigerien soldier was wounded.", "NE", "NG"),
        ("A Nigerian soldier was wounded.", "NG", "NE"),
        ("South Sudanese troops crossed the border.", "SS", "SD"),
        ("Sudanese troops crossed the border.", "SD", "SS"),
        ("A Bissau-Guinean minister resigned.", "GW", "GN"),
        ("A Guinean minister resigned.", "GN", "GW"),
        ("An Equatoguinean official resigned.", "GQ", "GN"),
        ("The Dominican government signed the deal.", "DO", "DM"),
    ],
)
def test_confusable_demonyms(codes, text: str, code: str, not_code: str) -> None:
    found = codes(text)
    assert code in found and not_code not in found


def test_cities_map_to_their_country(codes) -> None:
    assert codes("The attack in Bamako was followed by talks in Niamey and Ouagadougou.") >= {"ML", "NE", "BF"}


def test_capital_as_government(codes) -> None:
    assert "RU" in codes("Moscow said the sanctions were illegal.")


def test_regions_map_to_nothing(codes) -> None:
    assert codes("Violence spread across the Sahel, the Middle East and West Africa.") == set()


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Drummer Chad Smith played a long solo.", "TD"),
        ("Michael Jordan won six titles with the Bulls.", "JO"),
        ("Swimmer Georgia Davies won a medal.", "GE"),
        ("The company moved its offices to Atlanta, Georgia.", "GE"),
        ("We ate turkey and stuffing at dinner.", "TR"),
        ("She bought a guinea pig for her son.", "GN"),
        ("He pledged allegiance to the Islamic State of Iraq and the Levant.", "IQ"),
        ("Figures from Hitwise UK showed the traffic rise.", "GB"),
        ("She studies at the National University of Singapore.", "SG"),
    ],
)
def test_traps_that_are_not_places(codes, text: str, absent: str) -> None:
    assert absent not in codes(text)


def test_entity_labels_are_fixed_for_places(enrich) -> None:
    text = "Mali and Niger cut ties with Kiev. Officials in Bamako and Niamey agreed."
    ents = {e["text"]: e for e in enrich(text)["entities"]}
    for name, code in (("Mali", "ML"), ("Niger", "NE"), ("Kiev", "UA"), ("Bamako", "ML"), ("Niamey", "NE")):
        assert ents[name]["label"] == "GPE" and ents[name]["country"] == code


def test_entity_offsets_index_the_composed_text(nlp, enrich) -> None:
    from services.enricher.nlp import compose_text

    title, body = "Clashes in Mali", "Soldiers fought militants near Gao on Monday."
    text = compose_text(title, body)
    for ent in enrich(body, title)["entities"]:
        assert text[ent["start"] : ent["end"]] == ent["text"]


def test_mentions_are_counted(enrich) -> None:
    countries = {c["code"]: c for c in enrich("Mali is large. Mali is dry. Malian officials agreed.")["countries"]}
    assert countries["ML"]["mentions"] == 3 and countries["ML"]["name"] == "Mali"
