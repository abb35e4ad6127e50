"""Fatalities per incident: the `incident_fatalities` pipeline component.

Doc contract
    reads   doc._.incidents  (incidents.py: each Incident with its `tolls`, the clauses whose death figure is its own,
                              in the order the article tells them)
    writes  Incident.deaths and Incident.claimed of each incident in doc._.incidents (Incident.fatalities reads them)

The grouping stage decides which clause's figure belongs to which incident; this stage reads the figure
(fatalities.sentence_deaths, with the reading windows of its config) and adds it up: a cumulative clause
gives none, a claim is kept apart from a stated toll, and "X was also killed" or the attackers' own toll
in a later sentence adds to the toll told. (The grouping stage reads tolls too, with the default reading
windows, only to type an untyped deadly attack.)
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import lexicon as lx
from .fatalities import (
    ARTICLE_GAP,
    DEATH_NEAR_WINDOW,
    OBJECT_STEPS,
    READING,
    SUBJECT_STEPS,
    UNIT_WINDOW,
    TollReading,
    adds_victims,
    sentence_deaths,
)
from .incidents import Incident

CLAIM_WORDS = frozenset("claim claims claimed claiming".split())
VICTIM_GAP = 4  # tokens from a counted noun to its death word ("20 militants were killed")
NUMBER_BEFORE = 3  # tokens before that noun where its number may stand


def clause_toll(scope: Span, aggregate: bool, reading: TollReading = READING) -> tuple[int | None, bool]:
    """Return the clause's death count (None for cumulative tolls) and whether it is a claim."""
    if aggregate:
        return None, False
    n = sentence_deaths(scope, reading)
    text = scope.text.lower()
    claimed = any(w in CLAIM_WORDS for w in text.split()) and "responsibility" not in text
    return n, claimed


def add_deaths(inc: Incident, toll: tuple[int | None, bool], sent: Span,
               victim_gap: int = VICTIM_GAP, number_before: int = NUMBER_BEFORE) -> None:
    """Record a toll (count, is_claim); "X was also killed" adds to the toll already told."""
    n, claimed = toll
    if n and inc.deaths and not claimed and (adds_victims(sent)
                                             or _adds_perpetrators(inc, sent, victim_gap, number_before)):
        n += max(inc.deaths)
    if n is not None:
        (inc.claimed if claimed else inc.deaths).append(n)


def _adds_perpetrators(inc: Incident, sent: Span, victim_gap: int, number_before: int) -> bool:
    """Tell whether a later sentence gives the attackers' own toll ("15 assailants were killed")."""
    if sent.start == inc.sent.start:
        return False
    told = {t.lower_ for t in inc.sent}
    dead = [t for t in sent if t.lower_ in ("killed", "dead", "died")]
    return any(t.lower_ in lx.ARMED_ACTORS and t.lower_ not in told and _counted_victims(t, d, victim_gap, number_before)
               for d in dead for t in sent)


def _counted_victims(noun: Token, death: Token, victim_gap: int, number_before: int) -> bool:
    """Tell whether a noun is a counted victim of a death word ("20 militants were killed"), not its agent."""
    if not 0 < death.i - noun.i <= victim_gap:
        return False
    doc = noun.doc
    return any(t.like_num or t.lower_ in ("dozens", "scores") for t in doc[max(0, noun.i - number_before) : noun.i])


class IncidentFatalities:
    """Give each incident the death figures of the clauses the grouping stage tied to it."""

    def __init__(self, name: str, victim_gap: int, number_before: int, reading: TollReading) -> None:
        self.name = name
        self.victim_gap = victim_gap
        self.number_before = number_before
        self.reading = reading

    def __call__(self, doc: Doc) -> Doc:
        """Fill deaths and claims of every incident of the doc."""
        for inc in doc._.incidents or ():
            for link in inc.tolls:
                toll = clause_toll(link.scope, link.aggregate, self.reading)
                add_deaths(inc, toll, link.sent, self.victim_gap, self.number_before)
        return doc


@Language.factory("incident_fatalities", default_config={
    "victim_gap": VICTIM_GAP, "number_before": NUMBER_BEFORE, "subject_steps": SUBJECT_STEPS, "object_steps": OBJECT_STEPS,
    "article_gap": ARTICLE_GAP, "unit_window": UNIT_WINDOW, "death_near_window": DEATH_NEAR_WINDOW})
def make_incident_fatalities(nlp: Language, name: str, victim_gap: int, number_before: int, subject_steps: int,
                             object_steps: int, article_gap: int, unit_window: int,
                             death_near_window: int) -> IncidentFatalities:
    """Create the per-incident fatalities component."""
    reading = TollReading(subject_steps, object_steps, article_gap, unit_window, death_near_window)
    return IncidentFatalities(name, victim_gap, number_before, reading)
