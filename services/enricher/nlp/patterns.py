"""Readings that make a violent trigger a statistic or a pattern rather than one incident: "the number of
civilians killed", "killed in 2015", "IED attacks account for most casualties", "attacks were routine"."""

from __future__ import annotations

from spacy.tokens import Token

from . import lexicon as lx
from .background import CURRENT_WORDS, MONTHS, WEEKDAYS
from .modality import ACCUSING_VERBS, retold
from .readings import coordination

STATISTIC_DEPTH = 3  # heads walked up from a trigger to find "number", "percent"...
PERIOD_WORDS = frozenset("year years decade decades".split())  # "this year", "the past two years"; a month can date one incident
POINT_WORDS = frozenset({"ago"})  # "two years ago" is a point in time
WHENEVER = frozenset({"when", "whenever", "if"})  # marks of a clause that tells each time something happens
DAY_WORDS = frozenset(MONTHS) | WEEKDAYS | CURRENT_WORDS | frozenset("morning evening night".split())
RANK_TAGS = frozenset({"JJS"})  # "the deadliest attack this year" is one incident ranked in a period
RANK_HEADS = frozenset("one some among".split())  # "one of the worst attacks": a ranking of past incidents
COMBAT_LEMMAS = frozenset("fight battle clash".split())  # "armed groups fighting in Syria": who they are
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})  # entity labels of a place that anchors plural violence to incidents
TALLY_CLAUSES = 2  # other counted outcomes (verbs) beside a killing that make a tally ("N recovered, N arrested, N killed")
ALLEGATION_PREPS = frozenset("of for".split())  # "accused of", "blamed for"
DOING_VERBS = frozenset("carry commit conduct stage launch perpetrate mount".split())  # "gangs that carry out killings"


def in_statistic(tok: Token) -> bool:
    """Tell whether a trigger is counted in a statistic: "the number of civilians killed", "74 percent of deaths",
    "most of the abductions"."""
    if tok.tag_ == "NNS" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
            tok.head.head.lower_ in lx.STATISTIC_QUANTIFIERS:
        return True
    node = tok
    for _ in range(STATISTIC_DEPTH):
        if node.head == node:
            return False
        node = node.head
        if node.lemma_.lower() in lx.STATISTIC_HEADS and node.pos_ == "NOUN":
            return True
    return False


def crime_kind(tok: Token) -> bool:
    """Tell whether a violence noun is listed among kinds of crime: "drug-trafficking, kidnapping and child
    pornography", "extortion and abduction for ransom" (no article: a kind, not an incident)."""
    if tok.pos_ != "NOUN" or determined(tok):
        return False
    listed = coordination(tok)
    first = listed[0]
    words = {w for t in listed for w in (t.lower_, t.lemma_.lower(),
                                        *(c.lower_ for c in t.children if c.dep_ in ("compound", "amod")))}
    # Charges retell one incident ("pleaded not guilty to murder, assault and robbery"): left to the retelling rule.
    return (tok in listed and len(listed) > 1 and not determined(first) and bool(words & lx.CRIME_KINDS)
            and not retold(tok))


def pattern_predicate(tok: Token) -> bool:
    """Tell whether bare plural or mass violence is described as a pattern: "attacks were routine", "attacks account
    for", "kidnapping was most common in the northwest", "mass shootings have become a fixture"."""
    if tok.dep_ == "compound" and tok.head.tag_ == "NNS":
        tok = tok.head  # "IED attacks account for": the noun the trigger word names
    while tok.dep_ == "conj" and tok.head.tag_ == "NNS" and not determined(tok):
        tok = tok.head  # "disruptions in cyberspace and attacks by terrorists are the most imminent threats"
    if _changing(tok):
        return True
    bare_mass = tok.tag_ == "NN"  # "kidnapping was most common", "abduction for ransom has become a business"
    if not (tok.tag_ == "NNS" or bare_mass) or tok.dep_ not in ("nsubj", "nsubjpass") or determined(tok):
        return False
    head = tok.head
    present = head.tag_ in ("VBZ", "VBP") or (head.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "have" for c in head.children))
    if head.lemma_.lower() in lx.PATTERN_PREDICATES and present:
        return True  # "attacks account for", "campus shootings have transformed how colleges plan"
    if any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in lx.PATTERN_PREDICATES for c in head.children):
        return True
    # "drone attacks carried out inside the country were detrimental to relations": plural violence with no number
    # or day, judged by an adjective, is a kind
    return (tok.tag_ == "NNS" and head.lemma_ == "be" and any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in head.children)
            and not any(c.dep_ == "nummod" for c in tok.children)
            and not any(t.lower_ in DAY_WORDS for t in head.subtree))


def _changing(tok: Token) -> bool:
    """Tell whether undetermined violence is the subject of a change with no day of its own: "kidnapping for ransom
    cases have increased in Peshawar", "attacks on traders have risen" tell a trend, not an incident."""
    return (tok.dep_ == "nsubj" and tok.tag_ in ("NNS", "NN", "VBG") and not determined(tok)
            and tok.head.lemma_.lower() in lx.TREND_CHANGE_VERBS and not any(t.lower_ in DAY_WORDS for t in tok.sent))


def period_only(tok: Token) -> bool:
    """Tell whether a trigger is dated only by a year or a period ("killed in 2015", "this year"): a total.

    A sentence that also names a month, a weekday or a day dates one incident; a singular noun ("an
    ambush last year") or a ranked trigger ("the deadliest attack this year") is one incident too.
    """
    sent = tok.sent
    if tok.tag_ in ("NN", "NNP"):
        return False  # "an ambush last year": one incident, dated (the temporal stage makes it background)
    if any(c.tag_ in RANK_TAGS or c.lower_ == "first" for c in tok.children):
        return False
    if any(t.lower_ in DAY_WORDS for t in sent):
        return False
    dates = [e for e in sent.ents if e.label_ == "DATE"]
    return any(_period(e.text) and _attached(e.root, tok) for e in dates)


def _period(text: str) -> bool:
    """Tell whether a date expression names only a year or a period ("2015", "this year", "the past two years")."""
    words = text.lower().split()
    if POINT_WORDS & set(words):
        return False
    return any(w.isdigit() and len(w) == 4 for w in words) or bool(PERIOD_WORDS & set(words))


def _attached(date: Token, tok: Token) -> bool:
    """Tell whether a date phrase hangs from the trigger or from the verb the trigger belongs to."""
    node = date.head.head if date.dep_ == "pobj" else date.head
    return node == tok or node == tok.head or (tok.head.dep_ == "prep" and node == tok.head.head)


def determined(tok: Token) -> bool:
    """Tell whether a noun has a determiner, a number or a possessive ("the attacks", "two blasts")."""
    return any(c.dep_ in ("det", "nummod", "poss") for c in tok.children)


def _indefinite(tok: Token) -> bool:
    """Tell whether a noun's only determiner is the indefinite article ("a spate", "a wave")."""
    dets = [c for c in tok.children if c.dep_ in ("det", "nummod", "poss")]
    return len(dets) == 1 and dets[0].lower_ in ("a", "an")


def place_range(tok: Token) -> bool:
    """Tell whether undetermined plural violence spans a range of places ("mass shootings from Sandy Hook to Aurora",
    "attacks from Paris to Brussels"): a list of past incidents, not one."""
    if tok.tag_ != "NNS" or determined(tok):
        return False
    froms = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"]
    return any(t.dep_ == "prep" and t.lower_ == "to" for f in froms for t in f.subtree) or bool(froms) and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)


def kind_of_violence(tok: Token) -> bool:
    """Tell whether bare plural violence after a noun's or an adjective's preposition names a kind, not incidents:
    "vulnerable to attacks", "investigations of terrorist attacks", "the killing of civilians in fake encounters".
    A place or a date in its phrase ("clashes in Theed Harwan"), or a toll it makes ("the toll from clashes"), makes
    them incidents."""
    if tok.tag_ != "NNS" or tok.dep_ != "pobj" or determined(tok) or any(c.dep_ == "amod" and c.like_num
                                                                          for c in tok.children):
        return False
    holder = tok.head.head
    if holder.lemma_.lower() in lx.WAVES and _indefinite(holder) and not any(
            t.lower_ in DAY_WORDS or t.like_num for t in holder.subtree):
        return True  # "the district has seen a spate of attacks by bandits": a run of them, no one incident
    if determined(holder) and holder.lemma_.lower() in lx.WAVES:
        return False  # "the series of shootings", "Sunday's wave of attacks": those incidents
    if holder.pos_ not in ("NOUN", "ADJ") or holder.lemma_.lower() in lx.TOLL_WORDS | lx.CASUALTIES | DAY_WORDS:
        return False  # "the toll from clashes", "a night of clashes": those clashes
    return not any(t.ent_type_ in PLACE_ENTS or t.lower_ in DAY_WORDS or t.like_num for t in tok.subtree)


def alleged_pattern(tok: Token) -> bool:
    """Tell whether bare plural violence is what someone is accused of or blamed for in general ("accused the rebels
    of carrying out massacres", "blamed rebels for attacks on villages"): an allegation of a pattern, not one incident.
    A day or a number in the allegation makes them incidents ("accused them of two attacks on Monday")."""
    if tok.tag_ != "NNS" or determined(tok) or any(c.like_num for c in tok.children):
        return False
    prep = tok.head if tok.dep_ == "pobj" else tok.head.head if tok.head.dep_ == "pcomp" else None
    if prep is None or prep.dep_ != "prep" or prep.lower_ not in ALLEGATION_PREPS:
        return False
    holder = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # "accused [the militias] of"
    if holder.lemma_.lower() not in ACCUSING_VERBS:
        return False
    return not any(t.lower_ in DAY_WORDS or t.like_num for t in prep.subtree)


def _counted_clause(verb: Token) -> bool:
    """Tell whether a verb's subject is counted by a number ("12 suspects detained", "40 rifles were seized",
    also the participle of "9 gunmen killed" read as the noun's modifier)."""
    if verb.tag_ not in ("VBN", "VBD"):
        return False  # "20 gunmen killed, 15 detained, police say": the speech verb is no outcome
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] + ([verb.head] if verb.dep_ == "acl" else [])
    return any(n.dep_ == "nummod" for s in subjects for n in s.children)


def tallied(tok: Token) -> bool:
    """Tell whether a killing is one line of a tally of outcomes ("40 rifles were seized, 12 suspects detained,
    9 gunmen killed and 6 hideouts cleared"): counted clauses of other outcomes beside it make it an operation's
    running total, not one incident, unless the sentence has a day."""
    if not _counted_clause(tok):
        return False
    others = {t.lemma_.lower() for t in tok.sent if t != tok and _counted_clause(t)} - {tok.lemma_.lower()}
    return len(others) >= TALLY_CLAUSES and not any(t.lower_ in DAY_WORDS for t in tok.sent)


def reputed(tok: Token) -> bool:
    """Tell whether violence is what a place or group is known for ("notorious for the unsolved murders of
    women"): a reputation, not an incident."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lower_ in lx.REPUTATION


def in_many_places(tok: Token) -> bool:
    """Tell whether a trigger is told over many places at once ("women and men marched in several cities",
    "protests in dozens of towns"): an aggregate of the annotation's kind, not one incident."""
    told = (tok, tok.head) if tok.dep_ in ("nsubj", "nsubjpass") else (tok,)  # "protesters marched in ..."
    for prep in (c for t in told for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "across", "throughout")):
        for place in (g for g in prep.children if g.dep_ == "pobj"):
            if place.lower_ == "dozens" or place.lemma_.lower() in lx.PLACE_QUANTIFIERS:
                place = next((g for c in place.children if c.lower_ == "of" for g in c.children), place)
                quantified = True
            else:
                quantified = any(c.lower_ in lx.PLACE_QUANTIFIERS for c in place.children)  # not "in three villages"
            if place.lower_ in lx.PLACE_PLURALS and quantified:
                return True
    return False


def describes_actors(tok: Token) -> bool:
    """Tell whether fighting describes who a group is, not one incident: "the armed groups fighting in Syria"."""
    return (tok.tag_ == "VBG" and tok.dep_ == "acl" and tok.head.tag_ == "NNS"
            and tok.lemma_.lower() in COMBAT_LEMMAS)


def ranked_among(tok: Token) -> bool:
    """Tell whether a plural trigger ranks past incidents: "one of the worst attacks in the country"."""
    return (tok.tag_ == "NNS" and tok.dep_ == "pobj" and tok.head.lower_ == "of"
            and tok.head.head.lower_ in RANK_HEADS and any(c.tag_ in RANK_TAGS for c in tok.children))


def habitual_present(tok: Token) -> bool:
    """Tell whether violence is told in the simple present after the headline: what a group does, not what it did
    ("gangs that carry out kidnappings", "militants often attack convoys", "a dirty bomb combines explosives with
    radioactive material")."""
    if tok.sent.start == 0:
        return False  # a headline tells past news in the present ("Taliban kill 19 as they storm university")
    if tok.tag_ in ("VBZ", "VBP"):
        return True
    if tok.dep_ in ("nsubj", "compound") and tok.head.tag_ in ("VBZ", "VBP") and _whenever(tok.head):
        return True  # "when they bite, the bomb explodes in their mouth": what happens each time
    if tok.dep_ == "nsubj" and tok.head.tag_ == "VBZ" and tok.head.lemma_ != "be" and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return True  # "a dirty bomb combines radioactive material with explosives": what any such thing does
    if tok.tag_ == "VBG" and tok.lemma_.lower() in COMBAT_LEMMAS and any(
            c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in tok.children):
        return True  # "the group, which is fighting government forces": an ongoing war ("are holding him" is news)
    return habitual_doing(tok)


def _whenever(verb: Token) -> bool:
    """Tell whether a present verb has a present "when" or "if" clause: it tells what happens each time."""
    return any(c.dep_ == "advcl" and c.tag_ in ("VBZ", "VBP") and any(
        m.dep_ in ("mark", "advmod") and m.lower_ in WHENEVER for m in c.children) for c in verb.children)


def habitual_doing(tok: Token) -> bool:
    """Tell whether violence or a demonstration is what someone does in the simple present ("gangs that carry out
    kidnappings", "a group that stages anti-Muslim demonstrations"), not what they did."""
    if tok.sent.start == 0:
        return False
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head  # "carry out contract killings, kidnappings and extortion"
    verb = tok.head
    # the model's lemma of a third-person form may be wrong ("stages" -> "stag")
    forms = {verb.lemma_.lower(), verb.lower_.removesuffix("s"), verb.lower_.removesuffix("ies") + "y"}
    return tok.dep_ == "dobj" and verb.tag_ in ("VBZ", "VBP") and bool(forms & DOING_VERBS)
