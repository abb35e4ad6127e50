"""Fatalities per incident: the `incident_fatalities` pipeline component.

Doc contract
    reads   doc._.incidents  (incidents.py: each Incident with its `tolls`, the clauses whose death figure is its own,
                              in the order the article tells them)
    writes  Incident.deaths and Incident.claimed of each incident in doc._.incidents (Incident.fatalities reads them);
            Incident.background of an undated incident that a dated old one tells again (same type, place and toll)

The grouping stage decides which clause's figure belongs to which incident; this stage reads the figure
(fatalities.sentence_deaths, with the reading windows of its config) and adds it up: a cumulative clause
gives none, a claim is kept apart from a stated toll, and "X was also killed" or the attackers' own toll
in a later sentence adds to the toll told. (The grouping stage reads tolls too, with the default reading
windows, only to type an untyped deadly attack.)
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .background import MONTHS
from .fatalities import (
    ARTICLE_GAP,
    DEATH_NEAR_WINDOW,
    OBJECT_STEPS,
    READING,
    SUBJECT_STEPS,
    UNIT_WINDOW,
    TollReading,
    adds_victims,
    lost_lives,
    sentence_deaths,
)
from .incidents import Incident
from .retelling import same_place
from .typing_table import actor_class

CLAIM_WORDS = frozenset("claim claims claimed claiming".split())
DEATH_WORDS = frozenset("kill kills killed killing dead died".split())  # words that make a sentence's counted actors its dead
NUMBER_BEFORE = 3  # tokens before that noun where its number may stand
MAX_INCIDENT_TOLL = 5000  # above this a figure is a war's or a campaign's total, never one incident's


def clause_toll(scope: Span, aggregate: bool, reading: TollReading = READING,
                max_toll: int = MAX_INCIDENT_TOLL) -> tuple[int | None, bool]:
    """Return the clause's death count (None for cumulative tolls) and whether it is a claim."""
    if aggregate:
        return None, False
    n = sentence_deaths(scope, reading)
    if n is not None and n > max_toll:
        return None, False  # "about 800,000 were killed": a war's or a genocide's toll, not one incident's
    text = scope.text.lower()
    claimed = any(w in CLAIM_WORDS for w in text.split()) and "responsibility" not in text
    return n, claimed


def add_deaths(inc: Incident, toll: tuple[int | None, bool], sent: Span, number_before: int = NUMBER_BEFORE,
               scope: Span | None = None) -> None:
    """Record a toll (count, is_claim); "X was also killed" and the other side's dead add to the toll already told.
    The "also" must stand in the toll's own clause (`scope`): "killed 12 Maoists, while a commando was also killed"
    counts the 12 from its clause, not the commando again."""
    n, claimed = toll
    if n and inc.deaths and not claimed and (adds_victims(scope or sent) or _adds_other_side(inc, n, sent, number_before)):
        n += max(inc.deaths)
    if n is not None:
        (inc.claimed if claimed else inc.deaths).append(n)


def _adds_other_side(inc: Incident, n: int, sent: Span, number_before: int) -> bool:
    """Tell whether a later sentence gives the toll of a side whose dead were not yet counted: the attackers'
    ("15 assailants were killed") after their victims', or the forces' ("two soldiers lost their lives") after the
    militants they killed, even when both sides lost as many ("three soldiers" ... "three militants")."""
    if sent.start == inc.sent.start:
        return False
    first = inc.tolls[0].scope if inc.tolls else inc.sent  # its own clause: a title may tell two incidents
    told = _victim_sides(first, number_before)
    new = _victim_sides(sent, number_before)
    if not new or new & told:
        return False
    if told:
        return True
    # a first toll of unnamed victims ("killed 12 people") gains only attackers that it did not name itself; a
    # sentence that counts several sides ("three soldiers and five militiamen were killed"), or as many as that toll
    # ("kills 14" ... "eight fighters and six rebels were killed"), breaks it down
    first_words = {t.lower_ for t in first}
    return new == {"armed"} and n not in inc.deaths and not any(
        _side(t.lower_) == "armed" and t.lower_ in first_words for t in sent)


def _victim_sides(sent: Span, number_before: int) -> set[str]:
    """Return the sides whose dead a sentence counts: "forces", "armed" or "civilians", from the counted actor words
    among the subjects or objects of its death words ("20 militants and two soldiers were killed", "killing three
    policemen", "two soldiers lost their lives"; not the attackers of "killed in attacks by five bombers")."""
    doc = sent.doc
    sides: set[str] = set()
    for death in (t for t in sent if t.lower_ in DEATH_WORDS or lost_lives(t)):
        for role in (c for c in death.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")):
            for t in role.subtree:
                side = _side(t.lower_)
                if side and any(n.like_num or n.lower_ in ("dozens", "scores")
                                for n in doc[max(role.left_edge.i, t.i - number_before) : t.i]):
                    sides.add(side)
    return sides


SIDES = {"military": "forces", "police": "forces", "armed_groups": "armed", "perpetrators": "armed",
         "civilians": "civilians"}  # actor classes (actors.toml) whose dead make one side's toll


def _side(word: str) -> str | None:
    """Return the side an actor word stands for (its actor class, grouped), or None."""
    return SIDES.get(actor_class(word) or "")


class IncidentFatalities:
    """Give each incident the death figures of the clauses the grouping stage tied to it."""

    def __init__(self, name: str, number_before: int, reading: TollReading, max_toll: int = MAX_INCIDENT_TOLL) -> None:
        self.name = name
        self.max_toll = max_toll
        self.number_before = number_before
        self.reading = reading

    def __call__(self, doc: Doc) -> Doc:
        """Fill deaths and claims of every incident of the doc."""
        for inc in doc._.incidents or ():
            for link in inc.tolls:
                toll = clause_toll(link.scope, link.aggregate, self.reading, self.max_toll)
                add_deaths(inc, toll, link.sent, self.number_before, link.scope)
        _old_twins(doc._.incidents or [])
        return doc


def _old_twins(incidents: list[Incident]) -> None:
    """Make background an incident told again with its calendar date in another sentence: same type, country, place
    and toll ("an emergency begun after militants killed 130 people in Paris" ... "militants killed 130 people in
    Paris on Nov. 13"). A toll of one is too common to tell two incidents apart."""
    old = [i for i in incidents if i.background]
    for inc in incidents:
        if inc.background or inc.fatalities is None or inc.fatalities < 2:
            continue
        figure = str(inc.fatalities)
        if any(o.type == inc.type and o.country == inc.country and same_place(o.location, inc.location)
               and (o.fatalities == inc.fatalities or any(t.text.replace(",", "") == figure for t in o.sent))
               and _calendar_dated(o.trigger) and all(link.sent.start != o.sent.start for link in inc.tolls)
               for o in old):  # a figure read from the old incident's own sentence tells nothing twice
            inc.background = True


def _calendar_dated(trigger: Token) -> bool:
    """Tell whether a trigger's own clause dates it by the calendar ("killed 130 people in Paris on Nov. 13", "in
    2015"), not a relative word a retelling may misread or a date of something else in its sentence."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    for ent in trigger.sent.ents:
        anchor = ent.root.head.head if ent.root.dep_ == "pobj" else ent.root.head
        if ent.label_ == "DATE" and anchor in (trigger, verb) and any(
                t.lower_.rstrip(".") in MONTHS or (t.like_num and len(t.text) == 4) for t in ent):
            return True
    return False


@Language.factory("incident_fatalities", default_config={
    "number_before": NUMBER_BEFORE, "max_toll": MAX_INCIDENT_TOLL, "subject_steps": SUBJECT_STEPS, "object_steps": OBJECT_STEPS,
    "article_gap": ARTICLE_GAP, "unit_window": UNIT_WINDOW, "death_near_window": DEATH_NEAR_WINDOW})
def make_incident_fatalities(nlp: Language, name: str, number_before: int, max_toll: int, subject_steps: int,
                             object_steps: int, article_gap: int, unit_window: int,
                             death_near_window: int) -> IncidentFatalities:
    """Create the per-incident fatalities component."""
    reading = TollReading(subject_steps, object_steps, article_gap, unit_window, death_near_window)
    return IncidentFatalities(name, number_before, reading, max_toll)
