"""Modality of a trigger: did the event happen? Negated, hypothetical, planned, denied or undetonated triggers did not."""

from __future__ import annotations

from spacy.tokens import Token

from .vocabulary import load_classes

CUES = load_classes("modality.toml", ("unreal_heads", "unreal_modifiers", "modals", "undetonated", "detonated",
                                      "retold_heads", "topic_preps", "trend_heads", "habitual",
                                      "trend_modifiers", "devices", "happen_verbs", "factual_links", "name_markers"))
TOPIC_PREPS = CUES["topic_preps"]
TREND_HEADS = CUES["trend_heads"]
RETOLD_HEADS = CUES["retold_heads"]
UNREAL_HEADS = CUES["unreal_heads"]
UNREAL_MODIFIERS = CUES["unreal_modifiers"]
MODALS = CUES["modals"]
UNDETONATED = CUES["undetonated"]
DETONATED = CUES["detonated"]
HABITUAL = CUES["habitual"]
TREND_MODIFIERS = CUES["trend_modifiers"]
HAPPEN_VERBS = CUES["happen_verbs"]
NAME_MARKERS = CUES["name_markers"]
DENY_DEPS = frozenset({"dobj", "xcomp", "ccomp", "pcomp", "pobj"})
# Prepositions and conjunctions that introduce what already happened: modality above them does not reach down
# ("France would send police after a night of rioting").
FACTUAL_LINKS = CUES["factual_links"]
DEVICE_NOUNS = CUES["devices"]
UNDETONATED_DEPTH = 4  # heads walked up from a device noun to find who handled it
UNDETONATED_STEPS = 24  # bound on the walk, list items included
LIST_DEPS = frozenset({"conj", "appos", "cc", "punct", "nummod", "compound", "amod"})
UNREAL_DEPTH = 5  # heads walked up from a trigger to find a condition, a modal or an unreal head
RETOLD_DEPTH = 4  # heads walked up from a trigger to find a court, arrest or probe it is the subject of


def is_unreal(tok: Token) -> bool:
    """Tell whether a trigger is negated, hypothetical, planned, threatened or denied."""
    if tok.sent.text.rstrip().endswith("?"):
        return True
    for child in tok.children:
        if child.dep_ == "neg" or (child.lower_ == "no" and child.dep_ == "det"):
            return True
        if child.dep_ in ("amod", "compound") and child.lower_ in UNREAL_MODIFIERS:
            return True
        if child.dep_ == "aux" and child.lower_ in MODALS:
            return True
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in HAPPEN_VERBS:
        return any(c.dep_ == "neg" for c in head.children)
    node, depth = tok, 0
    while depth < UNREAL_DEPTH:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in node.children):
            return True
        if node is not tok and any(c.dep_ == "aux" and (c.lower_ in MODALS or c.tag_ == "TO") for c in node.children):
            return True  # under a modal or an infinitive ("could attack", "to carry out attacks")
        if node.head is node:
            return False
        if node.head.lemma_.lower() in UNREAL_HEADS and (node.head.lemma_ != "deny" or node.dep_ in DENY_DEPS):
            return True
        if _factual_link(node):
            return False  # "after a night of rioting": what follows "after" happened, whatever the main verb's mood
        node, depth = node.head, depth + 1
    return False


def _factual_link(node: Token) -> bool:
    """Tell whether a node hangs from "after/since/amid..." (a preposition or a clause marker)."""
    if node.dep_ in ("pobj", "pcomp") and node.head.lower_ in FACTUAL_LINKS:
        return True
    return any(c.dep_ == "mark" and c.lower_ in FACTUAL_LINKS for c in node.children)


def undetonated(tok: Token) -> bool:
    """Tell whether an explosive device was found, seized, defused or planted rather than set off.

    "Police recovered 15 bombs", "a bomb disposal squad", "recoveries included two grenades": the
    device is the object of handling. "A bomb planted in the market went off" still exploded.
    """
    if tok.lower_ not in DEVICE_NOUNS:
        return False
    node, handled, depth = tok, False, 0
    for _ in range(UNDETONATED_STEPS):
        if node.lemma_.lower() in UNDETONATED or any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in UNDETONATED for c in node.children):
            handled = True
            break
        if node.head is node:
            break
        depth += node.dep_ not in LIST_DEPS  # items of a list ("rifles, pistols and two grenades") are one step
        if depth > UNDETONATED_DEPTH:
            break
        node = node.head
    if tok.head.lemma_.lower() in UNDETONATED and tok.dep_ == "compound":
        return True  # "bomb squad", "bomb disposal"
    return handled and not any(_went_off(t) for t in tok.sent if t.i != tok.i)


def _went_off(tok: Token) -> bool:
    """Tell whether a token says a device went off ("exploded", "went off", "the blast", not "a controlled explosion")."""
    lemma = tok.lemma_.lower()
    if lemma not in DETONATED or lemma in UNDETONATED:
        return False
    return not any(c.lower_ == "controlled" for c in tok.children)


def retold(tok: Token, depth: int = RETOLD_DEPTH) -> bool:
    """Tell whether a trigger is an old incident retold by an arrest, charge, probe or trial.

    "Arrested for his involvement in the murder of", "the handler of the Mumbai attacks". What
    follows "after/since/following" is left alone: "police arrested three men after the blast".
    """
    node = tok
    for _ in range(depth):
        if _factual_link(node) or node.head is node:
            return False
        node = node.head
        if node.lemma_.lower() in RETOLD_HEADS or node.lower_ in RETOLD_HEADS:
            return True
    return False


def nickname(tok: Token) -> bool:
    """Tell whether a trigger word is someone's nickname: "a gangster, alias Grenade, was shot dead"."""
    return tok.i > 0 and tok.is_title and tok.doc[tok.i - 1].lower_ in NAME_MARKERS


def topical(tok: Token) -> bool:
    """Tell whether a trigger is the topic of talk, not an event: "steps regarding abductions in Balochistan"."""
    return tok.dep_ == "pobj" and tok.head.lower_ in TOPIC_PREPS and tok.head.dep_ == "prep"


def in_trend(tok: Token) -> bool:
    """Tell whether a trigger belongs to a trend: "a spurt in terror attacks against security forces"."""
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.dep_ in ("pobj", "compound") and head.lemma_.lower() in TREND_HEADS
