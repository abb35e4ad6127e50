"""Trigger readings beyond single words: sit-ins and gatherings, weapons as subjects, repelled attacks, descriptive
and generic uses, running tolls, and the clauses a run-on sentence reports separately."""

from __future__ import annotations

from spacy.tokens import Span, Token

from . import lexicon as lx
from .background import WEEKDAYS, ranked_since, unit_before

CAPTIVE_WINDOW = 8  # tokens after "took"/"held" where "hostage" may stand
CLAUSE_MIN_TOKENS = 4  # shortest clause a run-on sentence is split into
TIME_AFTER_REACH = 6  # words a span of time may take before its "after" ("eight months and a day after")
PERIOD_WINDOW = 6  # "for"/"over" and the tokens after it, within this span, where a duration unit may stand
LONG_SPANS = frozenset({"years", "decades", "months"})  # "years of fighting"; "days of fighting" may be one battle
RESPONSE_DEPTH = 3  # heads walked up from a trigger to find "response", "retaliation"...
RAIDER_DEPTH = 3  # heads walked up from a raid noun to the clause whose subject carried it out
SINCE_REACH = 3  # tokens after "since" where its weekday may stand ("since late Friday night")
RECENT_DAY_WORDS = WEEKDAYS | {"yesterday"}  # "since Monday", "since yesterday": the last days, no running total
COLLISION_VERBS = frozenset({"hit", "strike", "slam", "smash"})  # of the hit verbs, those that run into a device


def extra_type(tok: Token, words: frozenset[str]) -> str | None:
    """Type triggers that no single word names: sit-ins, demonstrative gatherings, weapons hitting things."""
    doc, low, lemma = tok.doc, tok.lower_, tok.lemma_.lower()
    if low == "sit" and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ == "in":
        return "protest"
    if lemma in lx.GATHER_VERBS and tok.pos_ == "VERB" and (words & lx.DEMO_CUES or words & {"protest", "protesters"}):
        return "protest"
    if tok.pos_ == "VERB" and detonation(tok):
        return "explosion"
    if lemma in lx.CAPTIVE_VERBS and tok.pos_ == "VERB" and _captive(tok):
        return "civilian_attack"  # "took seven people hostage", "held three villagers captive"
    if lemma in lx.CARRY_VERBS and tok.pos_ == "VERB" and _carried_off(tok):
        return "civilian_attack"  # "armed men whisked away three aid workers"
    if lemma in lx.GRAB_VERBS and tok.pos_ == "VERB" and _carried_off(tok, needs_particle=False):
        return "civilian_attack"  # "gunmen snatched a trader", "two engineers were seized by insurgents"
    if lemma in COLLISION_VERBS and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lower_ in lx.DEVICES | lx.WEAPON and not nonlethal(c) for c in tok.children):
        return "explosion"  # "the bus struck the device", "their vehicle hit a landmine" (not "destroys drone")
    if lemma in lx.HIT_VERBS and tok.pos_ == "VERB" and lemma != "strike":
        if any(c.dep_ == "nsubj" and c.lower_ in lx.WEAPON and not nonlethal(c) for c in tok.children):
            return "explosion"
        agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children]
        if any((g.lower_ in lx.WEAPON or g.lower_ in lx.DEVICES) and not nonlethal(g) for g in agents):
            return "explosion"  # "the vehicle was targeted by a landmine"
    return None


def nonlethal(tok: Token) -> bool:
    """Tell whether a munition word is crowd control ("teargas shells", "a tear gas shell", "stun grenades"):
    the word before it, or a modifier the parser hung on it."""
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ in lx.NONLETHAL_PREFIX:
        return True
    return any(c.dep_ in ("compound", "amod") and c.lower_ in lx.NONLETHAL_PREFIX for c in tok.children)


def coordination(tok: Token) -> list[Token]:
    """The items of the list a word stands in, first item first ("stones and petrol bombs"), or the word alone."""
    first = tok
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    return [first, *(t for t in first.subtree if t.dep_ == "conj")]


def particle(tok: Token) -> str:
    """Return the verb particle of a phrasal verb ("off" of "went off"), or ""."""
    return next((c.lower_ for c in tok.children if c.dep_ == "prt"), "")


def detonation(tok: Token) -> bool:
    """Tell whether a phrasal verb reports an explosion: a device "went off", militants "blew up" a bridge."""
    lemma, prt = tok.lemma_.lower(), particle(tok)
    if lemma == "go" and prt == "off":
        return any(c.dep_ == "nsubj" and (c.lower_ in lx.WEAPON or c.lower_ in lx.DEVICES) for c in tok.children)
    return lemma == "blow" and prt == "up"


def killing_phrase(tok: Token) -> bool:
    """Tell whether a verb phrase reports a killing: "gunned down", "hacked to death", "beaten to death"."""
    if tok.pos_ != "VERB":
        return False
    if tok.lemma_.lower() == "gun" and particle(tok) == "down":
        return True
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
               for c in tok.children)


def _captive(tok: Token) -> bool:
    """Tell whether "took"/"held" governs "hostage"/"captive" as a role, not a modifier ("hostage story"); the parser
    hangs a role after its noun on the noun ("held three villagers captive"), a modifier stands before it. An
    economy or a sector "held hostage" is a figure of speech."""
    if any(c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in lx.NOT_CAPTIVES for c in tok.children):
        return False
    window = tok.doc[tok.i + 1 : min(tok.sent.end, tok.i + CAPTIVE_WINDOW)]
    if any(c.dep_ == "prep" and c.lower_ == "for" and any(g.lower_ in lx.RANSOM for g in c.children)
           for c in tok.children):
        return True  # "held two traders for ransom"
    return any(t.lower_ in lx.CAPTIVE_WORDS and tok in t.ancestors
               and (t.dep_ not in ("compound", "amod") or (t.dep_ == "amod" and t.i > t.head.i)) for t in window)


FIGHTING_SIDES = lx.ARMED_ACTORS | lx.MILITARY | lx.ALLIANCES  # "militants fighting in Kashmir": who they are


def _carried_off(tok: Token, needs_particle: bool = True) -> bool:
    """Tell whether armed men carried people off ("cadres picked up a villager", "was whisked away by gunmen"):
    a carrying particle (unless the verb grabs by itself: "snatched"), people as the object, and an armed subject
    or agent."""
    if needs_particle and not any(c.dep_ in ("prt", "advmod") and c.lower_ in lx.CARRY_PARTICLES for c in tok.children):
        return False
    doers = [c for c in tok.children if c.dep_ == "nsubj"]
    doers += [g for c in tok.children if c.dep_ == "agent" for g in c.children]
    if not doers and any(c.dep_ == "nsubjpass" for c in tok.children):  # "by armed men" hung on a place before it
        doers = [g for c in tok.subtree if c.lower_ == "by" and c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if not doers and tok.dep_ == "conj":
        doers = [c for c in tok.head.children if c.dep_ == "nsubj"]  # "armed men believed to be ... whisked away"
    if not doers and tok.dep_ == "acl":
        doers = [tok.head]  # "An armed gang seized at gunpoint five farmers", parsed as a gang that seized them
    taken = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    armed = any(d.lower_ in lx.ARMED_ACTORS or any(a.lower_ in lx.ARMED_CUES for a in d.children) for d in doers) or any(
        c.dep_ == "prep" and any(g.lower_ in lx.CAPTIVE_FORCE for g in c.children) for c in tok.children)
    taken += [a for t in taken for a in t.children if a.dep_ == "appos"]  # "a money changer, Ahmad Noori, was taken"
    people = any(t.pos_ == "PRON" or t.ent_type_ == "PERSON" or t.lower_ in lx.CIVILIAN_PEOPLE  # not "seized a village"
                 or t.lemma_.lower() in lx.CAPTIVE_PEOPLE for t in taken)
    return armed and people


def repelled(tok: Token) -> bool:
    """Tell whether an attack was fought off by its targets ("repelled a complex attack")."""
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in lx.REPEL_VERBS


def descriptive(tok: Token) -> bool:
    """Tell whether a trigger only describes someone: "militants fighting in Kashmir", "the murdered designer's
    art collection", "the slain reporter" (a participle or adjective before a noun tells who a person is, not what
    happened today)."""
    if tok.dep_ == "amod" and tok.tag_ != "VBG" and tok.head.pos_ in ("NOUN", "PROPN"):
        return True
    return tok.lemma_.lower() in lx.FIGHT_LEMMAS and tok.pos_ == "VERB" and tok.dep_ == "acl" and (
        tok.head.lower_ in FIGHTING_SIDES
    )


def over_a_period(tok: Token) -> bool:
    """Tell whether a trigger spans a period ("attacks on cities for more than two years", "years of fighting")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in LONG_SPANS:
        return True  # "a peace deal ending years of fighting", "after decades of war": a conflict, not one incident
    if tok.tag_ == "NN" and tok.dep_ == "nsubj" and any(
            c.dep_ == "prep" and c.lower_ in ("for", "over") and any(g.lower_ in lx.DURATION_UNITS for g in c.subtree)
            for c in tok.head.children):
        return True  # "Russian bombing has for weeks targeted rebel routes"
    if tok.tag_ not in ("NNS", "VBG"):
        return False
    sent = tok.sent
    for t in sent:
        if t.lower_ in ("for", "over") and t.i < sent.end - 1:
            window = sent.doc[t.i + 1 : min(sent.end, t.i + PERIOD_WINDOW)]
            if any(w.lower_ in lx.DURATION_UNITS for w in window):
                return True
    return False


def armed_looting(tok: Token, words: frozenset[str]) -> bool:
    """Tell whether looting is done by an armed group during its attack, not by a mob."""
    return tok.lemma_.lower() in ("loot", "looting") and bool(words & lx.ARMED_ACTORS) and not words & lx.DEMO_ACTORS


def perceived(tok: Token) -> bool:
    """Tell whether a trigger is only heard ("explosions were heard", "heard artillery fire"): a detail of the
    incident being told."""
    node = tok
    while node.dep_ in ("conj", "compound") and node.head != node:
        node = node.head
    return node.dep_ in ("nsubjpass", "dobj") and node.head.lemma_.lower() in lx.PERCEIVE_VERBS


def clauses(sent: Span, min_tokens: int = CLAUSE_MIN_TOKENS) -> list[Span]:
    """Split a sentence at ", while", ";" and ", days after" or "came a week after" so that each clause reports its
    own event."""
    doc, cuts = sent.doc, [sent.start]
    for tok in sent[1:]:
        prev = doc[tok.i - 1]
        if older_span_opens(tok):
            cuts.append(tok.i)  # "The attack came a week after gunmen killed 29": the older incident has its clause
        elif (prev.text == "," and (tok.lower_ in lx.CLAUSE_LINKS or _time_after(tok))) \
                or (tok.text == ";" and tok.i + 1 < sent.end):
            if tok.i - cuts[-1] >= min_tokens:
                cuts.append(tok.i)
    cuts.append(sent.end)
    return [doc[a:b] for a, b in zip(cuts, cuts[1:]) if b > a]


def older_span_opens(tok: Token) -> bool:
    """Tell whether a token opens "a week after ..." right after a verb or a comma ("The attack came a week after
    gunmen killed 29", "..., days after"): what follows is an older incident than the one told before it."""
    if tok.i == tok.sent.start:
        return False
    prev = tok.doc[tok.i - 1]
    return (prev.text == "," or prev.pos_ in ("VERB", "AUX")) and _time_after(tok)


def _time_after(tok: Token, reach: int = TIME_AFTER_REACH) -> bool:
    """Tell whether a phrase opens with a long span of time and "after" ("days after", "eight months and a day
    after"): what follows is an older incident than the one told before the comma. "Hours after" or "a day after"
    may retell the news itself, so the clause stays whole."""
    doc = tok.doc
    for w in doc[tok.i : min(tok.sent.end, tok.i + reach)]:
        if w.lower_ == "after":
            return w.i > tok.i and unit_before(w)
        if w.is_punct:
            return False
    return False


def explosive_first(sent: Span) -> bool:
    """Tell whether the first weapon a sentence names is explosive ("with rifles and explosives" -> no)."""
    doc = sent.doc
    for t in sent:
        low = t.lower_
        if low in lx.FIREARMS or (low == "arms" and t.i > 0 and doc[t.i - 1].lower_ == "small"):
            return False
        if low in lx.WEAPON and not nonlethal(t) and not _named_unit(t):
            return True  # "a tear gas shell" is crowd control, no explosive
    return False


def _named_unit(tok: Token) -> bool:
    """Tell whether a weapon word is part of a body's name ("41 Artillery Unit", "the Rocket Force"), not a weapon."""
    return tok.is_title and not tok.is_sent_start and tok.ent_type_ in ("ORG", "FAC")


def in_response(tok: Token) -> bool:
    """Tell whether a trigger is what something responds to ("in response to the massacre in Nabatieh")."""
    node = tok
    for _ in range(RESPONSE_DEPTH):
        head = node.head
        if head == node:
            return False
        if head.lemma_.lower() in lx.RESPONSE_NOUNS:
            return True
        node = head
    return False


def _since_superlative(sent: Span) -> bool:
    """Tell whether "since" only dates a superlative ("the deadliest attack since 2015")."""
    since = next((t for t in sent if t.lower_ == "since"), None)
    return since is not None and ranked_since(since)


def is_cumulative(sent: Span, words: frozenset[str]) -> bool:
    """Tell whether the sentence's toll is cumulative ("killed since dawn", "a wave of attacks across Iraq")."""
    if words & lx.SPREAD and words & lx.WAVES:
        return True
    cues = words & lx.AGGREGATE
    if cues == {"since"} and _since_recent_day(sent):
        return False  # "killed in clashes since Monday": one episode of the last days, not a running total
    cue = bool(cues) or _running_so_far(sent) or counted_over(sent)
    return cue and not _since_superlative(sent)


def counted_over(span: Span) -> bool:
    """Tell whether a span counts over a stretch of time it governs ("over the last seven months", "in the first six
    months", "during the past two years"), not a time it names ("killed in an attack last month")."""
    for t in span:
        if t.lower_ in lx.DURATION_UNITS and t.dep_ == "pobj" and t.head.lower_ in lx.PERIOD_PREPS and t.i > span.start:
            before = t.doc[t.i - 1]
            while before.lower_ in lx.SPAN_FILLERS and before.i > t.head.i + 1:
                before = t.doc[before.i - 1]  # "the last few months", "the past couple of weeks"
            nested = any(a.dep_ in ("relcl", "acl", "appos") for a in t.head.ancestors)
            if (before.like_num or before.lower_ in lx.COUNTED_FROM) and not nested:
                return True  # not "an attack killed four, the latest in a string that left 50 dead in the past year"
    return False


def carries_total(sent: Span, after_total: bool) -> bool:
    """Tell whether a sentence goes on with the running total the sentence before it gave: a toll in the present
    perfect with no day or place of its own ("Since October, attacks have killed 28 Israelis. Israeli forces have
    killed at least 174 Palestinians")."""
    if not after_total or any(t.ent_type_ in ("DATE", "TIME") or (
            t.ent_type_ in ("GPE", "LOC", "FAC") and t.dep_ == "pobj") for t in sent):
        return False
    perfect = any(t.tag_ == "VBN" and t.lemma_.lower() in lx.KILL_VERBS and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("have", "has") for c in t.children) for t in sent)
    # "Most others were shot dead during violent protests": a share of the total just given
    share = any(c.dep_ in ("nsubj", "nsubjpass") and any(w.lower_ in lx.STATISTIC_QUANTIFIERS for w in c.subtree)
                for c in sent.root.children)
    return perfect or share


def _running_so_far(sent: Span) -> bool:
    """Tell whether "so far" counts a running toll ("200 have been killed so far"), not what nobody has done yet
    ("no group has so far claimed responsibility", "police have not so far identified them")."""
    for far in (t for t in sent if t.lower_ == "far" and t.i > sent.start and t.doc[t.i - 1].lower_ == "so"):
        verb = far.head
        told = verb.lemma_.lower() in lx.SPEECH_VERBS
        negated = any(c.dep_ == "neg" or (c.dep_ in ("nsubj", "nsubjpass") and any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in verb.children)
        if not (told or negated):
            return True
    return False


def _since_recent_day(sent: Span) -> bool:
    """Tell whether every "since" in a sentence is followed closely by a weekday or "yesterday"."""
    doc = sent.doc
    sinces = [t for t in sent if t.lower_ == "since"]
    return all(any(w.lower_ in RECENT_DAY_WORDS for w in doc[t.i + 1 : min(sent.end, t.i + 1 + SINCE_REACH)])
               for t in sinces)  # "since Monday", "since late Friday night"


def security_operation(tok: Token) -> bool:
    """Tell whether a raid is a security-force operation with no casualties ("police raided a hideout and arrested two").

    A raid by an armed group ("militants raided a village", read from the verb's subject or agent, the noun's
    modifier or the subject of the clause the noun hangs from) stays an attack; a raid whose clause tells a fight
    ("came under fire") is one; any other raid is a search, whoever made it ("during a raid at a shop").
    """
    if tok.lemma_.lower() not in lx.OPERATIONS:
        return False
    own = next(part for part in clauses(tok.sent) if part.start <= tok.i < part.end)
    if any(t.lower_ in lx.CASUALTIES or t.lemma_.lower() in lx.CASUALTIES for t in own):
        return False  # "five people were killed in a police raid": the raid is the incident (not "..., days after
        # a bomb killed four")
    if _raiders(tok) & lx.ARMED_ACTORS or any(c.lower_ in lx.EXPLOSIVE_PREFIX for c in tok.children):
        return False  # "militants raided a village"; "air raids", "drone raids": strikes, not searches
    if any(t.lower_ in lx.RAID_RESISTANCE for t in own):
        return _retold_operation(tok)  # "raided a hideout and came under fire": a fight, unless retold
    return True  # "raided a den and arrested five", "during a raid at a shop, police suspect ..."


def _retold_operation(tok: Token) -> bool:
    """Tell whether "the raid" retells an earlier raid of the text that was a security-force operation."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    doc, lemma = tok.doc, tok.lemma_.lower()
    return any(t.lemma_.lower() == lemma and security_operation(t) for t in doc[: tok.sent.start])


def _raiders(tok: Token) -> frozenset[str]:
    """Return the lower-case words that name who carried out a raid (empty when the parse does not say)."""
    def words(heads: list[Token]) -> frozenset[str]:
        return frozenset(t.lower_ for h in heads for t in h.subtree)

    agents = [g for c in tok.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
              for g in c.children if g.dep_ == "pobj"]
    if tok.pos_ == "VERB":
        return words([c for c in tok.children if c.dep_ == "nsubj"] + agents)
    own = [c for c in tok.children if c.dep_ in ("compound", "poss", "amod")] + agents
    if own:
        return words(own)
    verb = _clause_verb(tok)
    if verb == tok:
        return frozenset()
    by = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return words([c for c in verb.children if c.dep_ == "nsubj"] + by)  # a passive subject is no raider


def _clause_verb(tok: Token) -> Token:
    """Return the verb of the clause a noun hangs from ("recovered" in "recovered arms during a raid"), or the noun."""
    node = tok
    for _ in range(RAIDER_DEPTH):
        if node.head == node:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return tok


def own_part(span: Span, tok: Token) -> Span:
    """Return the part of a span between semicolons that holds a token ("air strike kills 16 in Shan state; fighting
    near X"): a headline's halves tell different incidents, and a place or toll told in the other part is another
    report's."""
    stops = [t.i for t in span if t.text == ";"]
    if not stops:
        return span
    start = max((i + 1 for i in stops if i < tok.i), default=span.start)
    end = min((i for i in stops if i > tok.i), default=span.end)
    return span.doc[start:end]


def semicolon_part(tok: Token) -> Span:
    """The part of a token's sentence between semicolons ("Bomb wounds eight at a market; farmer shot dead in X")."""
    return own_part(tok.sent, tok)
