"""Event mentions per sentence: trigger words, type by weapon/target, and what did not happen: the `event_mentions`
pipeline component.

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

from services.common.taxonomy import VIOLENT_TYPES as VIOLENT

from . import lexicon as lx
from .frames import (
    ACCIDENT_PREFIX,
    CONFLICT_MAX,
    FRAME_MIN,
    SPORT_MIN,
    SPORT_VIOLENCE_MAX,
    DocContext,
    doc_context,
    exchanged,
    violent_ok,
    weapon_test,
)
from .modality import HABITUAL, TREND_MODIFIERS, in_trend, is_unreal, topical, undetonated
from .readings import (
    armed_looting,
    clauses,
    descriptive,
    explosive_first,
    extra_type,
    is_cumulative,
    killing_phrase,
    over_a_period,
    repelled,
)
from .typing_table import actor_class, type_for

if not Doc.has_extension("rejected"):
    Doc.set_extension("rejected", default=None)  # set to a list by the component: candidates and the rule rejecting each
if not Doc.has_extension("mentions"):
    Doc.set_extension("mentions", default=None)
TARGET_WINDOW = 12  # tokens after a generic trigger where its target may stand ("attacked a police post")


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
        """Tell whether the trigger refers back to an incident already told ("the attack")."""
        return any(c.dep_ in ("det", "poss") and c.lower_ in lx.DEFINITE for c in self.trigger.children)

    @property
    def indefinite(self) -> bool:
        """Tell whether the trigger introduces a new incident ("an attack", "a shootout")."""
        return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in self.trigger.children)


def _lemma(tok: Token) -> str:
    """Return the lemma rules read: "firing" as a noun keeps its own ("a firing incident")."""
    return "firing" if tok.lower_ == "firing" and tok.pos_ == "NOUN" else tok.lemma_.lower()


def _lower_set(sent: Span) -> frozenset[str]:
    """Return the lower-cased words and lemmas of a sentence."""
    return frozenset([t.lower_ for t in sent] + [t.lemma_.lower() for t in sent])


def specific_type(tok: Token) -> str | None:
    """Return the type named by a trigger word itself, or None."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    if low in lx.NOT_TRIGGER_WORDS or (low == "march" and tok.text == "March" and not tok.is_sent_start):
        return None
    prev = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    nxt = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    if lemma in ("strike", "attack", "raid", "assault") and prev in lx.EXPLOSIVE_PREFIX:
        return "explosion"
    if lemma in ("fire", "firing") and tok.pos_ == "NOUN" and exchanged(tok):
        return "battle"  # "exchanged fire", "an exchange of fire"
    for etype, lemmas in lx.SPECIFIC.items():
        if lemma in lemmas or low in lemmas:
            if nxt in lx.NOT_TRIGGER_NEXT.get(lemma, ()):
                return None
            if etype == "explosion" and (prev in ACCIDENT_PREFIX or prev in lx.NONLETHAL_PREFIX or _controlled(tok)):
                return None
            if lemma == "shell" and (tok.pos_ == "PROPN" or tok.text[0].isupper()):
                return None
            return etype
    return None


def _controlled(tok: Token) -> bool:
    """Tell whether an explosion is a bomb squad's controlled one (not a "remote controlled bomb")."""
    doc = tok.doc
    if tok.i < 1 or doc[tok.i - 1].lower_ != "controlled":
        return False
    return tok.i < 2 or doc[tok.i - 2].lower_.rstrip("-") not in ("remote", "remotely", "radio")


def opened_fire(tok: Token) -> bool:
    """Tell whether a token is gunfire aimed at someone ("opened fire on", "fired on a post")."""
    if tok.lemma_.lower() != "fire":
        return False
    if tok.pos_ == "NOUN":
        return tok.dep_ == "dobj" and tok.head.lemma_.lower() == "open"
    if tok.pos_ != "VERB" or any(c.dep_ == "dobj" and c.lower_ in lx.NOT_FIRED for c in tok.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in lx.AIMLESS for c in tok.children):
        return True  # "fired indiscriminately": shooting into people, not a launch
    return any(
        c.dep_ == "prep" and c.lower_ in ("on", "at", "upon") and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
        for c in tok.children
    )


def generic_type(tok: Token, sent: Span, words: frozenset[str], target_window: int = TARGET_WINDOW) -> str | None:
    """Type a generic violence word (attack, kill, raid, opened fire) by weapon, then by target."""
    lemma = "attack" if opened_fire(tok) else "kill" if killing_phrase(tok) else _lemma(tok)
    if lemma not in lx.GENERIC or (lemma == "storm" and tok.pos_ != "VERB"):
        return None
    if lemma == "strike" and (tok.pos_ != "VERB" or any(c.dep_ == "dobj" and c.lower_ in lx.STRIKE_IDIOMS
                                                          for c in tok.children)):
        return None
    nxt = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    if nxt in lx.NOT_TRIGGER_NEXT.get(lemma, ()):
        return None  # "an assault rifle"
    if lemma in lx.KILL_VERBS:
        if lemma == "shoot" and _scored(tok):
            return None  # "shot a 4-under 68": a score, not a shooting
        return _kill_type(tok, words)
    if repelled(tok):
        return "battle"  # forces fought the attack off
    target = _first_target(sent.doc[tok.i + 1 : min(sent.end, tok.i + target_window)]) or _first_target(_victims(tok))
    if target is None and not words & lx.ARMED_ACTORS and not (words & lx.WEAPON and explosive_first(sent)):
        return None  # an attack with no target, attacker or weapon named
    return type_for(_mechanism(sent, words), target)


def _victims(tok: Token) -> list[Token]:
    """Return who suffered a generic trigger: its passive subject, or that of the verb it is the means of.

    "Soldiers were attacked"; "a civilian was injured in a firing incident".
    """
    own = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if own or tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "during"):
        return own
    return [c for c in tok.head.head.children if c.dep_ == "nsubjpass"]


def _mechanism(sent: Span, words: frozenset[str]) -> str:
    """Return the mechanism row of the typing table: explosive when a weapon word comes first."""
    return "explosive" if words & lx.WEAPON and explosive_first(sent) else "armed"


def _first_target(tokens: Span | list[Token]) -> str | None:
    """Return the actor class of the first target word (forces, armed groups, civilians or their places)."""
    for t in tokens:
        if t.lower_ in lx.MILITARY or t.lower_ in lx.CIVILIAN:
            return actor_class(t.lower_)
    return None


def _scored(tok: Token) -> bool:
    """Tell whether "shoot" takes a score or a film location rather than a victim."""
    for c in tok.children:
        if c.dep_ == "dobj" and (c.like_num or any(g.like_num or g.lower_ in lx.SCORE_WORDS for g in c.children)):
            return True
        if c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "location" for g in c.children):
            return True
    return False


def _kill_type(tok: Token, words: frozenset[str]) -> str | None:
    """Type a killing verb: needs armed actors or gunfire; victims decide battle vs civilian."""
    if not (words & lx.ARMED_ACTORS or words & {"shot", "gunfire", "gunmen"}):
        return None
    victims = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    classes = [actor_class(v.lower_) or actor_class(v.lemma_.lower()) for v in victims]
    target = next((c for c in classes if c is not None and c not in lx.DEMO_CLASSES), None)
    return type_for(_mechanism(tok.sent, words), target)


def is_pattern(trigger: Token, words: frozenset[str]) -> bool:
    """Tell whether the trigger describes a pattern or trend of violence, not one incident."""
    deaths = words & {"killed", "dead", "died", "deaths"}
    if words & lx.LARGE_VAGUE and deaths or words & HABITUAL:
        return True
    return any(c.lower_ in TREND_MODIFIERS for c in trigger.children) or over_a_period(trigger) or in_trend(trigger)


def _protest_ok(tok: Token, words: frozenset[str]) -> bool:
    """Reject verbal diplomatic "protests" by governments and protests as topics; accept street protests."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.pos_ == "VERB" and subjects and all(c.ent_type_ == "GPE" for c in subjects):
        return False  # "Kabul protested": a government's note, not a street protest
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "in" and tok.lower_ == "protest":
        return False  # "summoned the envoy in protest"
    if tok.dep_ == "dobj" and head.lemma_.lower() in lx.COMPLAIN_VERBS:
        return False  # "lodged a protest"
    if tok.dep_ == "pobj" and head.lower_ in ("on", "about", "over") and head.head.lemma_.lower() in lx.TOPIC_NOUNS:
        return False  # "comments on protests"
    return tok.pos_ == "NOUN" or bool(words & lx.PROTEST_CONTEXT) or tok.lemma_ in ("protester", "demonstrator")


def planned_demo(sent: Span) -> bool:
    """Tell whether a sentence announces a protest that has not happened ("a planned march", "vowed to protest")."""
    return any(specific_type(t) == "protest" and is_unreal(t) for t in sent)


def street_clash(tok: Token, words: frozenset[str]) -> bool:
    """Tell whether a clash is between protesters/crowds and police (a riot), not between armed groups."""
    lemma = tok.lemma_.lower()
    if lemma not in lx.CLASH_LEMMAS | {"storm", "attack", "assault"}:
        return False
    return bool(words & lx.DEMO_ACTORS) and not words & lx.ARMED_ACTORS


def _typed_tokens(sent: Span, words: frozenset[str], target_window: int) -> list[tuple[Token, str, bool]]:
    """Return (token, type, generic) for every trigger: named mechanisms first, then kill verbs."""
    found: list[tuple[Token, str, bool]] = []
    kills: list[tuple[Token, str, bool]] = []
    for tok in sent:
        if descriptive(tok):
            continue
        etype = specific_type(tok) or extra_type(tok, words)
        if etype is not None:
            found.append((tok, etype, False))
        elif _lemma(tok) in lx.GENERIC or opened_fire(tok) or killing_phrase(tok):
            target = kills if tok.lemma_.lower() in lx.KILL_VERBS or killing_phrase(tok) else found
            target.append((tok, generic_type(tok, sent, words, target_window) or "untyped", True))
    if not any(t in VIOLENT or t in ("riot", "protest") for _, t, _ in found):
        found += kills  # deaths in a riot or protest sentence are its toll, not another incident
    return found


def sentence_mentions(sent: Span, ctx: DocContext, target_window: int = TARGET_WINDOW) -> list[Mention]:
    """Return the event mentions of one sentence (first-named violent mechanism per clause)."""
    words = _lower_set(sent)
    parts = clauses(sent)
    out: list[Mention] = []
    for clause in parts:
        out += _clause_mentions(sent, clause if len(parts) > 1 else None, words, ctx, target_window)
    return out


def _rejection(tok: Token, etype: str, generic: bool, words_local: tuple[frozenset[str], frozenset[str]],
               aggregate: bool, ctx: DocContext, seen: set[str]) -> str | None:
    """Return the rule that rejects a candidate trigger, or None when it is a mention."""
    words, local = words_local
    if is_unreal(tok):
        return "modality:unreal"
    if topical(tok):
        return "modality:topic"
    if etype == "explosion" and undetonated(tok):
        return "modality:undetonated"
    if etype in VIOLENT or etype == "untyped":
        if not violent_ok(tok, words, ctx, opened_fire):
            return "frame:not-violence"
        if is_pattern(tok, words):
            return "temporal:pattern"
        if aggregate and generic:
            return "temporal:aggregate"
        if etype in ("explosion", "untyped") and weapon_test(tok, words):
            return "frame:weapon-test"
        if seen & set(VIOLENT):
            return "clause:one-violent-mention"
    if etype in ("protest", "riot"):
        if ctx.sport or (not _protest_ok(tok, words) and etype == "protest") or armed_looting(tok, local):
            return "frame:not-a-demonstration"
    return None


def _reject(tok: Token, etype: str, rule: str) -> None:
    """Keep a rejected candidate on the doc with the rule that rejected it (for `make eval --trace`)."""
    rejected = tok.doc._.rejected
    if rejected is not None:
        rejected.append({"trigger": tok.text, "type": etype, "rule": rule, "start": tok.idx})


def _clause_mentions(sent: Span, clause: Span | None, words: frozenset[str], ctx: DocContext,
                     target_window: int) -> list[Mention]:
    """Return the event mentions of one clause of a sentence."""
    scope = clause if clause is not None else sent
    local = _lower_set(scope) if clause is not None else words
    out: list[Mention] = []
    seen: set[str] = set()
    for tok, etype, generic in _typed_tokens(scope, words, target_window):
        aggregate = is_cumulative(sent, words)
        if etype in ("battle", "civilian_attack") and street_clash(tok, words):
            etype = "riot"
        rule = _rejection(tok, etype, generic, (words, local), aggregate, ctx, seen)
        if rule is not None:
            _reject(tok, etype, rule)
            continue
        if etype == "protest" and local & lx.RIOT_CUES:
            etype = "riot"
        if etype in seen:
            _reject(tok, etype, "clause:type-seen")
            continue
        seen.add(etype)
        out.append(Mention(etype, tok, sent, generic, aggregate, clause))
    return out


class EventMentions:
    """Find the event mentions of every sentence, and keep the candidates that a rule rejected."""

    def __init__(self, name: str, target_window: int, frame_min: int, conflict_max: int, sport_min: int,
                 sport_violence_max: int) -> None:
        self.name = name
        self.target_window = target_window
        self.frames = {"frame_min": frame_min, "conflict_max": conflict_max, "sport_min": sport_min,
                       "sport_violence_max": sport_violence_max}

    def __call__(self, doc: Doc) -> Doc:
        """Set doc._.mentions and doc._.rejected."""
        ctx = doc_context(doc, **self.frames)
        doc._.rejected = []
        doc._.mentions = [m for sent in doc.sents for m in sentence_mentions(sent, ctx, self.target_window)]
        return doc


@Language.factory("event_mentions", default_config={
    "target_window": TARGET_WINDOW, "frame_min": FRAME_MIN, "conflict_max": CONFLICT_MAX, "sport_min": SPORT_MIN,
    "sport_violence_max": SPORT_VIOLENCE_MAX})
def make_event_mentions(nlp: Language, name: str, target_window: int, frame_min: int, conflict_max: int,
                        sport_min: int, sport_violence_max: int) -> EventMentions:
    """Create the event mention component."""
    return EventMentions(name, target_window, frame_min, conflict_max, sport_min, sport_violence_max)
