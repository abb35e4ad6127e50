"""The vocabulary loader, the typing table, small places and modality: each on hand-built input, no model loaded."""

from __future__ import annotations

import datetime

import pytest
import spacy
from spacy.tokens import Doc

from services.enricher.nlp import lexicon
from services.enricher.nlp.background import reference_for
from services.enricher.nlp.lexicon import ACTORS
from services.enricher.nlp.modality import retold, undetonated
from services.enricher.nlp.small_places import SmallPlace, lookup_keys, marked_names, resolve_small
from services.enricher.nlp.typing_table import actor_class, parse_by_target, parse_table, target_row, type_for
from services.enricher.nlp.vocabulary import VocabularyError, parse_classes, parse_tables

VOCAB = spacy.blank("en").vocab


def _doc(words: list[str], heads: list[int] | None = None, deps: list[str] | None = None,
         lemmas: list[str] | None = None, pos: list[str] | None = None) -> Doc:
    """Build a parsed Doc by hand (heads are absolute token indices)."""
    return Doc(VOCAB, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos)


# --- vocabulary files ---------------------------------------------------------------------------------------------

def test_a_word_in_two_classes_is_rejected() -> None:
    text = '[classes]\nmilitary = "soldier troops"\ncivilians = "villagers troops"\n'
    with pytest.raises(VocabularyError, match="troops"):
        parse_classes(text, "t.toml", ("military", "civilians"))


def test_unknown_and_missing_classes_are_rejected() -> None:
    with pytest.raises(VocabularyError, match="does not use"):
        parse_classes('[classes]\nmilitary = "soldier"\nzombies = "ghoul"\n', "t.toml", ("military",))
    with pytest.raises(VocabularyError, match="lacks"):
        parse_classes('[classes]\nmilitary = "soldier"\n', "t.toml", ("military", "police"))


def test_the_shipped_actor_taxonomy_puts_police_and_militants_apart() -> None:
    assert "police" in ACTORS["police"] and "militants" in ACTORS["armed_groups"]
    assert actor_class("villagers") == "civilians" and actor_class("checkpoint") == "military_sites"


def test_a_word_twice_in_one_class_is_rejected() -> None:
    with pytest.raises(VocabularyError, match="blast"):
        parse_classes('[classes]\nexplosion = "bomb blast blast"\n', "t.toml", ("explosion",))


def test_a_table_vocabulary_rejects_a_word_in_two_classes_of_one_table() -> None:
    text = '[weapons]\nexplosive = "bomb grenade"\nfirearms = "rifle grenade"\n'
    with pytest.raises(VocabularyError, match=r"\[weapons\].*grenade"):
        parse_tables(text, "t.toml", {"weapons": ("explosive", "firearms")})


def test_a_table_vocabulary_allows_one_word_in_two_taxonomies() -> None:
    text = '[weapons]\nexplosive = "bomb"\n[mechanisms]\nexplosion = "bomb blast"\n'
    tables = parse_tables(text, "t.toml", {"weapons": ("explosive",), "mechanisms": ("explosion",)})
    assert tables["weapons"]["explosive"] == {"bomb"} and tables["mechanisms"]["explosion"] == {"bomb", "blast"}


def test_a_table_vocabulary_rejects_unknown_and_unused_tables_and_classes() -> None:
    text = '[weapons]\nexplosive = "bomb"\n[moods]\nangry = "furious"\n'
    with pytest.raises(VocabularyError, match="tables the code does not use"):
        parse_tables(text, "t.toml", {"weapons": ("explosive",)})
    with pytest.raises(VocabularyError, match="tables the code expects"):
        parse_tables('[weapons]\nexplosive = "bomb"\n', "t.toml", {"weapons": ("explosive",), "cues": ("x",)})
    with pytest.raises(VocabularyError, match="classes the code expects"):
        parse_tables('[weapons]\nexplosive = "bomb"\n', "t.toml", {"weapons": ("explosive", "firearms")})
    with pytest.raises(VocabularyError, match="classes the code does not use"):
        parse_tables('[weapons]\nexplosive = "bomb"\nlaser = "ray"\n', "t.toml", {"weapons": ("explosive",)})
    with pytest.raises(VocabularyError, match="empty"):
        parse_tables('[weapons]\nexplosive = ""\n', "t.toml", {"weapons": ("explosive",)})


def test_the_shipped_trigger_vocabulary_keeps_one_mechanism_per_word() -> None:
    assert "bomb" in lexicon.SPECIFIC["explosion"] and "ambush" in lexicon.SPECIFIC["battle"]
    assert lexicon.KILL_VERBS < lexicon.GENERIC and "attack" in lexicon.GENERIC
    assert lexicon.SPORT_AMBIGUOUS < lexicon.SPORT and not lexicon.SPORT_AMBIGUOUS & lexicon.SPORT_SENTENCE
    assert "storm" in lexicon.DISASTER and "storm" not in lexicon.ACCIDENT and "crash" in lexicon.DISASTER & lexicon.ACCIDENT
    assert lexicon.PROJECTILES < lexicon.NEEDS_VIOLENCE and "missile" in lexicon.WEAPON
    words = [w for ws in lexicon.SPECIFIC.values() for w in ws] + list(lexicon.GENERIC)
    assert len(words) == len(set(words))


def test_the_shipped_place_vocabulary_has_every_table_the_resolver_reads() -> None:
    from services.enricher.nlp import place_rules, places, small_places
    from services.enricher.nlp.place_words import TABLES, place_words

    assert all(place_words(t) for t in TABLES)
    assert "district" in small_places.DIVISION_SUFFIX and "district" in place_rules.DIVISION_WORDS
    assert "border" in places.BORDER_NOUNS and "army" in small_places.GROUP_NAME_WORDS


# --- typing table -------------------------------------------------------------------------------------------------

def test_typing_is_mechanism_by_target() -> None:
    assert type_for("armed", "police") == "battle"
    assert type_for("armed", "armed_groups") == "battle"
    assert type_for("armed", "civilians") == "civilian_attack"
    assert type_for("armed", None) == "civilian_attack"
    assert type_for("explosive", "military") == "explosion"


def test_a_typing_row_that_skips_a_target_class_is_rejected() -> None:
    rows = "\n".join(f'{c} = "battle"' for c in [*ACTORS, "unknown"] if c != "police")
    full = f'{rows}\npolice = "battle"'
    text = f"[table.explosive]\n{full}\n[table.ambush]\n{full}\n[table.armed]\n{rows}\n"
    with pytest.raises(VocabularyError, match="row 'armed' must name"):
        parse_table(text)


def test_an_ambush_is_typed_by_its_target_and_stays_a_battle_without_one() -> None:
    assert type_for("ambush", "civilian_sites") == "civilian_attack"
    assert type_for("ambush", "police") == "battle"
    assert type_for("ambush", None) == "battle"
    assert target_row("ambush") == "ambush" and target_row("clash") is None


def test_a_word_typed_by_target_must_name_a_known_row_once() -> None:
    with pytest.raises(VocabularyError, match="does not use"):
        parse_by_target('[by_target]\nambush = "ambush"\narmed = "slay"\nsiege = "siege"\n')
    with pytest.raises(VocabularyError, match="is in"):
        parse_by_target('[by_target]\nambush = "ambush"\narmed = "slay ambush"\n')
    assert parse_by_target('[by_target]\nambush = "ambush"\narmed = "slay"\n') == {"ambush": "ambush", "slay": "armed"}


# --- small places -------------------------------------------------------------------------------------------------

def test_names_marked_as_places_are_found() -> None:
    words = ["Gunmen", "struck", "in", "Harnai", "District", "near", "the", "village", "of", "Shahrag", "."]
    pos = ["NOUN", "VERB", "ADP", "PROPN", "PROPN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"]
    doc = _doc(words, pos=pos)
    assert marked_names(doc, set()) == [(3, 4), (9, 10)]
    assert marked_names(doc, {3}) == [(9, 10)]  # a name the gazetteer already knows is left alone


def test_direction_words_are_dropped_for_lookup() -> None:
    assert lookup_keys("West Singhbhum") == ["west singhbhum", "singhbhum"]


def test_a_town_is_placed_by_the_province_the_article_names() -> None:
    readings = [SmallPlace("T", "IN", "Maharashtra", ""), SmallPlace("T", "PK", "Balochistan", "")]
    text = "Miners were kidnapped in Harnai, Balochistan."
    assert resolve_small("Harnai", readings, {}, text, elsewhere=True) == "PK"


def test_a_town_of_two_countries_without_evidence_stays_unplaced() -> None:
    readings = [SmallPlace("T", "IN", "Maharashtra", ""), SmallPlace("T", "PK", "Balochistan", "")]
    assert resolve_small("Harnai", readings, {}, "Miners were kidnapped in Harnai.", elsewhere=False) is None


def test_a_lone_town_yields_to_the_countries_the_article_names() -> None:
    readings = [SmallPlace("T", "CN", "Henan", "")]
    assert resolve_small("Shewan", readings, {"CN": 0.0}, "A strike hit Shewan in Farah.", elsewhere=True) is None
    assert resolve_small("Shewan", readings, {"CN": 0.0}, "A strike hit Shewan.", elsewhere=False) == "CN"


def test_a_district_name_of_one_country_stands_alone() -> None:
    readings = [SmallPlace("D", "IN", "Jharkhand", "Pashchim Singhbhum")]
    assert resolve_small("Singhbhum", readings, {"IN": 0.0}, "Firing in Singhbhum.", elsewhere=True) == "IN"


# --- modality -----------------------------------------------------------------------------------------------------

def test_recovered_bombs_did_not_explode() -> None:
    words = ["Police", "recovered", "15", "bombs", "."]
    doc = _doc(words, heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "nummod", "dobj", "punct"],
               lemmas=["police", "recover", "15", "bomb", "."])
    assert undetonated(doc[3])


def test_a_planted_bomb_that_went_off_exploded() -> None:
    words = ["A", "bomb", "planted", "there", "went", "off", "."]
    doc = _doc(words, heads=[1, 4, 1, 2, 4, 4, 4], deps=["det", "nsubj", "acl", "advmod", "ROOT", "prt", "punct"],
               lemmas=["a", "bomb", "plant", "there", "go", "off", "."])
    assert not undetonated(doc[1])


def test_a_murder_retold_by_an_arrest_is_not_news() -> None:
    words = ["Police", "arrested", "him", "for", "involvement", "in", "the", "murder", "."]
    doc = _doc(words, heads=[1, 1, 1, 1, 3, 4, 7, 5, 1],
               deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "det", "pobj", "punct"],
               lemmas=["police", "arrest", "he", "for", "involvement", "in", "the", "murder", "."])
    assert retold(doc[7])


def test_an_arrest_after_a_blast_leaves_the_blast_current() -> None:
    words = ["Police", "arrested", "two", "men", "after", "the", "blast", "."]
    doc = _doc(words, heads=[1, 1, 3, 1, 1, 6, 4, 1],
               deps=["nsubj", "ROOT", "nummod", "dobj", "prep", "det", "pobj", "punct"],
               lemmas=["police", "arrest", "two", "man", "after", "the", "blast", "."])
    assert not retold(doc[6])


# --- time reference of undated texts ------------------------------------------------------------------------------

def test_an_undated_text_is_read_as_of_its_latest_date() -> None:
    doc = _doc("He was abducted on December 29 and killed on January 2 .".split())
    assert reference_for(doc, None).published == datetime.date(2000, 1, 2)
    dated = reference_for(doc, datetime.date(2025, 1, 3))
    assert dated.published == datetime.date(2025, 1, 3)
