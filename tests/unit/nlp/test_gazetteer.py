"""Gazetteer data and the resolver on a blank pipeline (no trained model needed)."""

from __future__ import annotations

import spacy

from services.enricher.nlp import countries  # noqa: F401  (registers the factory)
from services.enricher.nlp.gazetteer import COUNTRY, DEMONYM, fold, load_gazetteer


def test_fold_strips_accents_and_marks() -> None:
    assert fold("Khān Yūnis") == "Khan Yunis"
    assert fold("Côte d’Ivoire") == "Cote d'Ivoire"


def test_gazetteer_has_package_and_hand_data() -> None:
    gaz = load_gazetteer()
    assert any(p.code == "ML" and p.kind == COUNTRY for p in gaz.lookup("Mali"))
    assert any(p.code == "NE" and p.kind == DEMONYM for p in gaz.lookup("Nigeriens"))
    assert any(p.code == "UA" for p in gaz.lookup("Kiev"))
    assert gaz.lookup("Sahel")[0].code is None
    assert gaz.ambiguous["congo"] == ["CD", "CG"]


def test_resolver_runs_on_blank_pipeline() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("country_resolver")
    doc = nlp("Ministers from Mali and Burkina Faso met Nigerien officials in Ouagadougou.")
    assert {m.code for m in doc._.places} == {"ML", "BF", "NE"}


def test_ambiguous_name_follows_context() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("country_resolver")
    doc = nlp("Protesters in Brazzaville marched. Congo's government responded.")
    assert {m.code for m in doc._.places} == {"CG"}
