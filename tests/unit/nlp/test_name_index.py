"""The gazetteer's name index finds names as the tokenizer splits them in running text, case-insensitively."""

from __future__ import annotations

import spacy

from services.enricher.nlp.name_index import NameIndex


def test_names_are_found_whatever_their_case_and_punctuation() -> None:
    nlp = spacy.blank("en")
    index = NameIndex(nlp, [("kabul", "Kabul"), ("guinea-bissau", "Guinea-Bissau"), ("u.s.", "U.S."),
                            ("new york", "New York"), ("new york city", "New York City"), ("n'djamena", "N'Djamena")])
    doc = nlp("Flights from KABUL to New York City, N'Djamena and Guinea-Bissau; the U.S. said no.")
    found = {(key, doc[s:e].text) for key, s, e in index(doc)}
    assert found == {("kabul", "KABUL"), ("new york", "New York"), ("new york city", "New York City"),
                     ("n'djamena", "N'Djamena"), ("guinea-bissau", "Guinea-Bissau"), ("u.s.", "U.S.")}


def test_a_word_inside_a_longer_word_is_not_a_name() -> None:
    nlp = spacy.blank("en")
    index = NameIndex(nlp, [("oman", "Oman")])
    assert index(nlp("A woman and the Romans")) == []
