"""The event stages as spaCy components, each run alone on a hand-built Doc (no model loaded).

Each test builds the parse by hand (words, heads, dependencies, lemmas, tags), sets the extensions the stage
reads, runs the component from a blank pipeline and checks what it writes.
"""

from __future__ import annotations

import datetime

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from services.enricher.nlp import EVENT_STAGES
from services.enricher.nlp.background import PUBLISHED, Reference
from services.enricher.nlp.countries import PlaceMention
from services.enricher.nlp.incidents import Incident, TollLink
from services.enricher.nlp.mentions import Mention

BLANK: Language = spacy.blank("en")


def _doc(rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
    """Build a parsed Doc from (word, head index, dependency, lemma, coarse POS, fine tag) rows."""
    words, heads, deps, lemmas, pos, tags = (list(col) for col in zip(*rows))
    return Doc(BLANK.vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos, tags=tags)


def _stage(name: str, **config: int) -> object:
    """Return a fresh component of the given factory, as the pipeline would build it."""
    return spacy.blank("en").add_pipe(name, config=config)


# "Militants attacked the police post."
ATTACK = [
    ("Militants", 1, "nsubj", "militant", "NOUN", "NNS"),
    ("attacked", 1, "ROOT", "attack", "VERB", "VBD"),
    ("the", 4, "det", "the", "DET", "DT"),
    ("police", 4, "compound", "police", "NOUN", "NN"),
    ("post", 1, "dobj", "post", "NOUN", "NN"),
    (".", 1, "punct", ".", "PUNCT", "."),
]
# "Militants could attack the police post."
THREAT = [
    ("Militants", 2, "nsubj", "militant", "NOUN", "NNS"),
    ("could", 2, "aux", "could", "AUX", "MD"),
    ("attack", 2, "ROOT", "attack", "VERB", "VB"),
    ("the", 5, "det", "the", "DET", "DT"),
    ("police", 5, "compound", "police", "NOUN", "NN"),
    ("post", 2, "dobj", "post", "NOUN", "NN"),
    (".", 2, "punct", ".", "PUNCT", "."),
]


def _shift(rows: list[tuple[str, int, str, str, str, str]], by: int) -> list[tuple[str, int, str, str, str, str]]:
    """Move a sentence's head indices along, to follow another sentence in one Doc."""
    return [(w, h + by, d, lemma, p, t) for w, h, d, lemma, p, t in rows]


# --- event_mentions -----------------------------------------------------------------------------------------------

def test_event_mentions_types_an_attack_on_police_as_a_battle() -> None:
    doc = _stage("event_mentions")(_doc(ATTACK))
    assert [(m.type, m.trigger.text, m.generic) for m in doc._.mentions] == [("battle", "attacked", True)]
    assert doc._.rejected == []
    assert doc._.mentions[0].background is None  # left for the temporal stage


def test_event_mentions_keeps_a_threatened_attack_as_rejected_with_its_rule() -> None:
    doc = _stage("event_mentions")(_doc(THREAT))
    assert doc._.mentions == []
    assert [(r["trigger"], r["rule"]) for r in doc._.rejected] == [("attack", "modality:unreal")]


def test_event_mentions_looks_for_the_target_only_within_its_window() -> None:
    doc = _stage("event_mentions", target_window=2)(_doc(ATTACK))  # "police" is the third token after the trigger
    assert [m.type for m in doc._.mentions] == ["civilian_attack"]  # typed by the attackers alone: no target seen


# --- temporal_status ----------------------------------------------------------------------------------------------

def _dated(rows: list[tuple[str, int, str, str, str, str]], published: datetime.date | None) -> Doc:
    """A Doc with one hand-made mention on its second token and the publication date in user_data."""
    doc = _doc(rows)
    doc.user_data[PUBLISHED] = published
    doc._.mentions = [Mention("battle", doc[1], doc[0 : len(doc)], generic=True)]
    return doc


ON_MONDAY = [
    ("Militants", 1, "nsubj", "militant", "NOUN", "NNS"),
    ("attacked", 1, "ROOT", "attack", "VERB", "VBD"),
    ("a", 3, "det", "a", "DET", "DT"),
    ("post", 1, "dobj", "post", "NOUN", "NN"),
    ("on", 1, "prep", "on", "ADP", "IN"),
    ("Monday", 4, "pobj", "Monday", "PROPN", "NNP"),
    (".", 1, "punct", ".", "PUNCT", "."),
]
IN_2019 = [*ON_MONDAY[:4], ("in", 1, "prep", "in", "ADP", "IN"), ("2019", 4, "pobj", "2019", "NUM", "CD"),
           (".", 1, "punct", ".", "PUNCT", ".")]


def test_temporal_status_reads_a_weekday_as_current_against_the_publication_date() -> None:
    published = datetime.date(2024, 3, 6)
    doc = _stage("temporal_status")(_dated(ON_MONDAY, published))
    assert doc._.time_reference == Reference(published, 2024)
    assert doc._.mentions[0].background is False


def test_temporal_status_reads_an_earlier_year_as_background() -> None:
    doc = _stage("temporal_status")(_dated(IN_2019, datetime.date(2024, 3, 6)))
    assert doc._.mentions[0].background is True


def test_temporal_status_without_a_date_reads_a_written_out_year_as_an_older_incident() -> None:
    doc = _stage("temporal_status", recent_days=3)(_dated(IN_2019, None))
    assert doc._.time_reference == Reference(None, 2019, 3, undated=True)
    assert doc._.mentions[0].background is True  # an incident summary dates its news by month and day alone


# --- incidents ----------------------------------------------------------------------------------------------------

# "Militants attacked a police post in Kandahar. Three policemen were killed."
KANDAHAR = [
    ("Militants", 1, "nsubj", "militant", "NOUN", "NNS"),
    ("attacked", 1, "ROOT", "attack", "VERB", "VBD"),
    ("a", 4, "det", "a", "DET", "DT"),
    ("police", 4, "compound", "police", "NOUN", "NN"),
    ("post", 1, "dobj", "post", "NOUN", "NN"),
    ("in", 1, "prep", "in", "ADP", "IN"),
    ("Kandahar", 5, "pobj", "Kandahar", "PROPN", "NNP"),
    (".", 1, "punct", ".", "PUNCT", "."),
]
KILLED = [
    ("Three", 1, "nummod", "three", "NUM", "CD"),
    ("policemen", 3, "nsubjpass", "policeman", "NOUN", "NNS"),
    ("were", 3, "auxpass", "be", "AUX", "VBD"),
    ("killed", 3, "ROOT", "kill", "VERB", "VBN"),
    (".", 3, "punct", ".", "PUNCT", "."),
]
ALSO_KILLED = [
    ("A", 1, "det", "a", "DET", "DT"),
    ("civilian", 4, "nsubjpass", "civilian", "NOUN", "NN"),
    ("was", 4, "auxpass", "be", "AUX", "VBD"),
    ("also", 4, "advmod", "also", "ADV", "RB"),
    ("killed", 4, "ROOT", "kill", "VERB", "VBN"),
    (".", 4, "punct", ".", "PUNCT", "."),
]


def _grouped(places: list[PlaceMention]) -> Doc:
    """The Kandahar story with its mention and places set as the earlier stages would set them."""
    doc = _doc(KANDAHAR + _shift(KILLED, len(KANDAHAR)))
    doc._.places = places
    doc._.time_reference = Reference(datetime.date(2024, 3, 6), 2024)
    doc._.mentions = [Mention("battle", doc[1], doc[0:8], generic=True, background=False)]
    return _stage("incidents")(doc)


def test_incidents_places_the_incident_and_ties_both_tolls_to_it() -> None:
    doc = _grouped([PlaceMention(6, 7, "AF", "city")])
    [inc] = doc._.incidents
    assert (inc.type, inc.trigger.text, inc.country, inc.location, inc.background) == (
        "battle", "attacked", "AF", "Kandahar", False)
    assert [link.sent.text for link in inc.tolls] == [doc[0:8].text, doc[8:].text]
    assert inc.deaths == [] and inc.fatalities is None  # figures are the fatalities stage's job


def test_incidents_without_a_place_still_groups_the_mention() -> None:
    [inc] = _grouped([])._.incidents
    assert (inc.type, inc.country) == ("battle", None)


def test_incidents_leaves_the_mentions_as_the_mention_stage_made_them() -> None:
    doc = _doc(KANDAHAR)
    mention = Mention("untyped", doc[1], doc[0:8], generic=True, background=False)
    doc._.places, doc._.mentions = [], [mention]
    doc._.time_reference = Reference(None, None)
    _stage("incidents")(doc)
    assert doc._.incidents == [] and mention.type == "untyped"  # no toll, so it stays untyped and is dropped


# --- incident_fatalities ------------------------------------------------------------------------------------------

def _incident(doc: Doc, links: list[TollLink]) -> Incident:
    inc = Incident("battle", doc[1], doc[0:5], "AF", None, False)
    inc.tolls = links
    doc._.incidents = [inc]
    return inc


def test_incident_fatalities_reads_the_toll_of_the_incident_clause() -> None:
    doc = _doc(KILLED)
    inc = _incident(doc, [TollLink(doc[0:5], False, doc[0:5])])
    _stage("incident_fatalities")(doc)
    assert inc.deaths == [3] and inc.fatalities == 3


def test_incident_fatalities_adds_a_victim_told_later_and_skips_cumulative_clauses() -> None:
    doc = _doc(KILLED + _shift(ALSO_KILLED, len(KILLED)))
    first, later = doc[0:5], doc[5:]
    inc = _incident(doc, [TollLink(first, False, first), TollLink(later, False, later), TollLink(later, True, later)])
    _stage("incident_fatalities")(doc)
    assert inc.deaths == [3, 4] and inc.fatalities == 4


def test_incident_fatalities_reads_only_as_far_back_as_configured() -> None:
    doc = _doc(KILLED)
    inc = _incident(doc, [TollLink(doc[0:5], False, doc[0:5])])
    _stage("incident_fatalities", subject_steps=1)(doc)  # "Three" is three tokens back from "killed"
    assert inc.deaths == [] and inc.fatalities is None


# --- the pipeline -------------------------------------------------------------------------------------------------

def test_every_event_stage_names_its_thresholds_in_its_config() -> None:
    for name in EVENT_STAGES:
        config = BLANK.get_factory_meta(name).default_config
        assert config and all(isinstance(v, int) for v in config.values()), name
