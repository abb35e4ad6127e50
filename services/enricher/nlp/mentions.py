"""Event mentions per sentence and clause: the `event_mentions` pipeline component. It lists the candidate triggers
(triggers.py), types the generic ones (mention_typing.py) and keeps those that no rule rejects (mention_rules.py).

Doc contract
    reads   the parse (tokens, lemmas, tags, dependencies, sentences, entity types); no other extension
    writes  doc._.mentions  (list of Mention, in text order: trigger, type, sentence, clause, generic, aggregate;
                             Mention.background is left None for the temporal stage)
            doc._.rejected  (list of dicts: each candidate trigger that a rule rejected, with that rule)
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from services.common.taxonomy import VIOLENT_TYPES

from . import lexicon as lx
from .frames import CONFLICT_MAX, FRAME_MIN, REHEARSAL_MIN, SPORT_MIN, SPORT_VIOLENCE_MAX, DocContext, doc_context
from .mention_rules import person_acted_upon, record_rejection, rejection, riot_conduct, street_clash
from .mention_typing import TARGET_WINDOW, generic_type, targeted_type, with_gunfire
from .readings import (
    CLAUSE_MIN_TOKENS,
    carries_total,
    clauses,
    descriptive,
    extra_type,
    is_cumulative,
    killing_phrase,
    security_operation,
)
from .triggers import (
    animal_killed,
    animal_killer,
    neighbour_veto,
    opened_fire,
    specific_type,
    trigger_lemma,
    wounded_by_attackers,
)

if not Doc.has_extension("rejected"):
    Doc.set_extension("rejected", default=None)  # set to a list by the component: candidates and the rule rejecting each
if not Doc.has_extension("mentions"):
    Doc.set_extension("mentions", default=None)


@dataclass
class Mention:
    """One event mention: its type, trigger token and sentence."""

    type: str
    trigger: Token
    sent: Span
    generic: bool = False
    aggregate: bool = False
    clause: Span | None = None
    background: bool | None = None  # set by the temporal stage

    @property
    def scope(self) -> Span:
        """The clause that reports this mention (the sentence unless a run-on sentence was split)."""
        return self.clause if self.clause is not None else self.sent

    @property
    def definite(self) -> bool:
        """Tell whether the trigger refers back to an incident already told ("the attack"), or its verb to the weapon
        already told ("when it struck the device")."""
        if any(c.dep_ in ("det", "poss") and c.lower_ in lx.DEFINITE for c in self.trigger.children):
            return True
        if _predicated(self.trigger):
            return True
        return self.trigger.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lower_ in lx.DEVICES | lx.WEAPON
            and any(d.dep_ == "det" and d.lower_ in lx.DEFINITE for d in c.children) for c in self.trigger.children)

    @property
    def indefinite(self) -> bool:
        """Tell whether the trigger introduces a new incident ("an attack", "a shootout")."""
        return not _predicated(self.trigger) and any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in self.trigger.children)


def _predicated(trigger: Token) -> bool:
    """Tell whether a trigger only says what an event already told was, or was not ("police said it was a terrorist
    attack", "this wasn't an M80 or a cherry bomb", "this was not a drive-by shooting")."""
    while trigger.dep_ == "conj" and trigger.head != trigger:
        trigger = trigger.head
    head = trigger.head
    return trigger.dep_ == "attr" and head.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in head.children)


def _lower_set(sent: Span) -> frozenset[str]:
    """Return the lower-cased words and lemmas of a sentence."""
    return frozenset([t.lower_ for t in sent] + [t.lemma_.lower() for t in sent])


def _typed_tokens(sent: Span, words: frozenset[str], target_window: int) -> list[tuple[Token, str, bool]]:
    """Return (token, type, generic) for every trigger: named mechanisms first, then kill verbs."""
    found: list[tuple[Token, str, bool]] = []
    kills: list[tuple[Token, str, bool]] = []
    arsons: list[tuple[Token, str, bool]] = []
    for tok in sent:
        if descriptive(tok):
            continue
        if security_operation(tok):
            record_rejection(tok, "untyped", "frame:security-operation")
            continue  # what the operation led to (a shootout, a killing) has its own trigger
        etype = specific_type(tok)
        if etype is not None and tok.dep_ == "compound" and specific_type(tok.head) == etype:
            continue  # "a series of bomb blasts": the head word tells the event, and the rules read it
        if etype is not None:
            etype = targeted_type(tok, etype)  # "gunmen ambushed a wedding party": an attack on civilians
            if etype == "explosion" and with_gunfire(tok):
                etype = "battle"  # "rifle fire and artillery fire across the town": a fight
        if etype is None or etype == "strategic":  # "militants seized two engineers": an abduction, not a seizure
            etype = extra_type(tok, words) or etype
        if etype in VIOLENT_TYPES and animal_killed(tok):
            record_rejection(tok, etype, "frame:animal")  # "his encounter with the gorilla"
            continue
        if etype is not None and person_acted_upon(tok):
            record_rejection(tok, etype, "frame:person")  # "killed 29 militants, including two suicide bombers"
            continue
        if etype is not None:
            found.append((tok, etype, False))
            continue
        lemma, phrase = trigger_lemma(tok), killing_phrase(tok)
        if animal_killer(tok) or animal_killed(tok):
            continue  # "an alligator snatched and killed a toddler", "the gorilla was shot": no violence between people
        if (lemma in lx.GENERIC and not neighbour_veto(tok, lemma)) or phrase or opened_fire(tok) \
                or wounded_by_attackers(tok):
            target = kills if lemma in lx.KILL_VERBS or phrase else arsons if lemma == "torch" else found
            target.append((tok, generic_type(tok, sent, words, target_window) or "untyped", True))
    if not any(t in VIOLENT_TYPES or t in ("riot", "protest") for _, t, _ in found):
        found += kills  # deaths in a riot or protest sentence are its toll, not another incident
    else:
        found += [k for k in kills if _gunman_killed(k[0])]  # "... after a gunman killed five officers at a march"
    if any(t == "riot" for _, t, _ in found):
        arsons = [(tok, "riot" if t == "untyped" else t, g) for tok, t, g in arsons]  # "threw stones and set tyres alight"
    return found + arsons  # a fire set is an incident of its own or part of one; it takes no toll from a killing


def _gunman_killed(tok: Token) -> bool:
    """Tell whether a killing has a gunman or an armed group as its subject: an attack of its own, not the toll of
    the demonstration its sentence tells."""
    return any(c.dep_ == "nsubj" and c.lower_ in lx.GUNMEN | lx.ARMED_ACTORS for c in tok.children)


def sentence_mentions(sent: Span, ctx: DocContext, target_window: int = TARGET_WINDOW,
                      clause_min_tokens: int = CLAUSE_MIN_TOKENS, after_total: bool = False) -> tuple[list[Mention], bool]:
    """Return the event mentions of one sentence (first-named violent mechanism per clause) and whether its toll is
    a running total: read from the sentence, or carried on from the one before (`after_total`)."""
    words = _lower_set(sent)
    aggregate = is_cumulative(sent, words) or carries_total(sent, after_total)
    parts = clauses(sent, clause_min_tokens)
    out: list[Mention] = []
    for clause in parts:
        out += _clause_mentions(sent, clause if len(parts) > 1 else None, (words, aggregate), ctx, target_window)
    return out, aggregate


def _clause_mentions(sent: Span, clause: Span | None, words_total: tuple[frozenset[str], bool], ctx: DocContext,
                     target_window: int) -> list[Mention]:
    """Return the event mentions of one clause of a sentence."""
    words, aggregate = words_total
    scope = clause if clause is not None else sent
    local = _lower_set(scope) if clause is not None else words
    out: list[Mention] = []
    seen: set[str] = set()
    for tok, etype, generic in _typed_tokens(scope, words, target_window):
        if etype in ("battle", "civilian_attack") and street_clash(tok, local):
            etype = "riot"
        rule = rejection(tok, etype, generic, (words, local), aggregate, ctx, seen)
        if rule is not None:
            record_rejection(tok, etype, rule)
            continue
        if etype == "protest" and local & lx.RIOT_CUES and riot_conduct(scope):
            etype = "riot"
        if etype in seen:
            record_rejection(tok, etype, "clause:type-seen")
            continue
        seen.add(etype)
        out.append(Mention(etype, tok, sent, generic, aggregate, clause))
    return out


class EventMentions:
    """Find the event mentions of every sentence, and keep the candidates that a rule rejected."""

    def __init__(self, name: str, target_window: int, clause_min_tokens: int, frames: dict[str, int]) -> None:
        self.name = name
        self.target_window = target_window
        self.clause_min_tokens = clause_min_tokens
        self.frames = frames

    def __call__(self, doc: Doc) -> Doc:
        """Set doc._.mentions and doc._.rejected."""
        ctx = doc_context(doc, **self.frames)
        doc._.rejected = []
        doc._.mentions = []
        total = False
        for sent in doc.sents:
            found, total = sentence_mentions(sent, ctx, self.target_window, self.clause_min_tokens, total)
            doc._.mentions += found
        return doc


@Language.factory("event_mentions", default_config={
    "target_window": TARGET_WINDOW, "clause_min_tokens": CLAUSE_MIN_TOKENS, "frame_min": FRAME_MIN,
    "conflict_max": CONFLICT_MAX, "sport_min": SPORT_MIN, "sport_violence_max": SPORT_VIOLENCE_MAX,
    "rehearsal_min": REHEARSAL_MIN})
def make_event_mentions(nlp: Language, name: str, target_window: int, clause_min_tokens: int, frame_min: int,
                        conflict_max: int, sport_min: int, sport_violence_max: int, rehearsal_min: int) -> EventMentions:
    """Create the event mention component (the frame counts decide an article's sport, business, hazard, fiction
    or rehearsal frame)."""
    frames = {"frame_min": frame_min, "conflict_max": conflict_max, "sport_min": sport_min,
              "sport_violence_max": sport_violence_max, "rehearsal_min": rehearsal_min}
    return EventMentions(name, target_window, clause_min_tokens, frames)
