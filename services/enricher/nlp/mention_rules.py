"""The rules that reject a candidate trigger: it did not happen (negated, planned, undetonated), it is a pattern or
a running total rather than one incident, it is no physical violence (sport, film, accident, a test launch), or it is
no street demonstration; and the retyping of a clash between protesters and police as a riot."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from services.common.taxonomy import VIOLENT_TYPES

from . import lexicon as lx
from .background import headline
from .frames import (
    LOC_PREPS,
    DocContext,
    caption_line,
    credit_line,
    disputed,
    in_name,
    link_line,
    market_sense,
    social_post,
    violent_ok,
    weapon_test,
)
from .gazetteer import CAPITAL, CITY, REGION
from .modality import (
    HABITUAL,
    TREND_MODIFIERS,
    carried,
    disposed,
    in_trend,
    is_unreal,
    named_as,
    nickname,
    purpose,
    talked_about,
    topical,
    undetonated,
)
from .patterns import (
    PLACE_ENTS,
    alleged_pattern,
    crime_kind,
    describes_actors,
    determined,
    habitual_doing,
    habitual_present,
    in_many_places,
    in_statistic,
    kind_of_violence,
    pattern_predicate,
    period_only,
    place_range,
    ranked_among,
    reputed,
    tallied,
)
from .readings import armed_looting, over_a_period, semicolon_part
from .small_places import surnames
from .triggers import opened_fire, specific_type

PERSON_DEPTH = 4  # list and "including"/"among" links walked up from a people-naming trigger to what was done to them
MARCH_GOALS = lx.PLACES_MARCHED_TO | lx.PROTEST_CONTEXT  # what marchers head toward ("the square", "parliament")
SECTION_NAME_REACH = 6  # words after "(" where a section's name may put a trigger ("302 (punishment for murder)")
FAST_REACH = 2  # words on either side of a protest word where "hunger" or "fast" makes it a fast


def is_pattern(trigger: Token, words: frozenset[str]) -> bool:
    """Tell whether the trigger describes a pattern or trend of violence, not one incident."""
    deaths = words & {"killed", "killing", "dead", "died", "deaths"}
    if words & lx.LARGE_VAGUE and deaths or words & HABITUAL:
        return True
    if in_statistic(trigger) or pattern_predicate(trigger) or period_only(trigger) or ranked_among(trigger):
        return True
    if describes_actors(trigger) or habitual_present(trigger) or crime_kind(trigger) or place_range(trigger):
        return True
    if kind_of_violence(trigger) or in_many_places(trigger) or reputed(trigger) or alleged_pattern(trigger) \
            or tallied(trigger):
        return True
    if _trend_listed(trigger):
        return True
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and any(
            c.dep_ == "amod" and c.lower_ in TREND_MODIFIERS for c in trigger.head.head.children):
        return True  # "a regular target of air strikes", "frequent victims of attacks"
    return any(c.lower_ in TREND_MODIFIERS for c in trigger.children) or over_a_period(trigger) or in_trend(trigger)


def _trend_listed(tok: Token) -> bool:
    """Tell whether a trigger is listed after a trend ("growing social unrest and anti-government protests")."""
    return tok.dep_ == "conj" and any(c.dep_ == "amod" and c.lower_ in TREND_MODIFIERS for c in tok.head.children)


def _marching_to_a_goal(tok: Token) -> bool:
    """Tell whether a march heads "toward" something that is no place ("the march toward approval", "marching
    towards a deal"); marchers head toward a square, a town or parliament."""
    goals = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in lx.GOAL_PREPS
             for g in c.children if g.dep_ == "pobj"]
    return bool(goals) and not any(g.ent_type_ in ("GPE", "LOC", "FAC", "ORG") or g.pos_ == "PROPN"
                                   or g.lemma_.lower() in MARCH_GOALS for g in goals)


def _protest_ok(tok: Token, words: frozenset[str]) -> bool:
    """Reject verbal diplomatic "protests" by governments and protests as topics; accept street protests."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.pos_ == "VERB" and subjects and all(c.ent_type_ == "GPE" for c in subjects):
        return False  # "Kabul protested": a government's note, not a street protest
    if tok.pos_ == "VERB" and subjects and all(c.lower_ == "it" for c in subjects):
        return False  # "it rallied late in the day": a price or a team, not people in the street
    going_on = [c for c in tok.children if c.lower_ == "on" and c.dep_ in ("prt", "prep")]
    if tok.lemma_.lower() == "march" and going_on and not any(g.dep_ == "pobj" for c in going_on for g in c.children):
        return False  # "Federer marches on": goes on winning (protesters march on a place: "on" has an object)
    if (tok.pos_ == "VERB" and subjects and all(c.lower_ in lx.SECURITY_FORCES for c in subjects)) or (
            tok.lemma_.lower() == "march" and any(c.dep_ in ("compound", "amod") and c.lower_ in lx.SECURITY_FORCES
                                                  for c in tok.children)):
        return False  # "soldiers marched through the capital", "military marches": a parade
    if words & lx.PARADES and not words & _NOT_A_PARADE:
        return False  # "troops marched in the Republic Day parade": a show
    if any(c.dep_ in ("compound", "amod") and c.lower_ in lx.CAMPAIGN for c in tok.children):
        return False  # "a campaign rally": a candidate's event
    if tok.lemma_.lower() == "rally" and (_before_a_vote(tok) or _campaign_told(tok, words)) \
            and not words & (lx.SECURITY_FORCES | lx.RIOT_CUES):
        return False  # "final rallies before Tuesday's vote": the campaign's (unless police broke one up)
    if _addressed(tok):
        return False  # "Trump said at a rally in Carmel", "at his rally on Friday": a speaker's audience
    if market_sense(tok) or _spoken(tok):
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "in" and tok.lower_ == "protest" and not any(c.dep_ == "det" for c in tok.children):
        return False  # "summoned the envoy in protest"
    if tok.dep_ == "pobj" and head.lower_ == "on" and tok.lower_ == "march":
        return False  # "robots are on the march": advancing
    if any(t.lower_ in lx.FASTS for t in tok.doc[max(tok.sent.start, tok.i - FAST_REACH) : tok.i + FAST_REACH + 1]):
        return False  # "a hunger strike protest", "began a protest fast": a fast, which the notes do not count
    if tok.lemma_.lower() == "march" and _marching_to_a_goal(tok):
        return False  # "the slow march toward approval": progress, not marchers
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "rally" and any(
            c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("around", "behind", "round")) for c in tok.children):
        return False  # "trying to rally Republicans behind him", "rallied around Millan": winning or giving support
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "march" and any(
            c.dep_ == "dobj" and (c.pos_ == "PRON" or c.lower_ in lx.CIVILIAN | lx.CAPTIVE_WORDS) for c in tok.children):
        return False  # "marched the labourers towards the mountains": captors leading captives
    if tok.dep_ == "dobj" and head.lemma_.lower() in lx.COMPLAIN_VERBS:
        return False  # "lodged a protest"
    if tok.dep_ == "pobj" and head.lower_ in ("on", "about", "over") and head.head.lemma_.lower() in lx.TOPIC_NOUNS:
        return False  # "comments on protests"
    if tok.pos_ == "VERB" and any(c.lemma_.lower() in lx.CIVILIAN_PEOPLE for c in subjects):
        return True  # "nurses are protesting outside the ministry": people out, not an office's note
    if tok.pos_ == "VERB" and subjects and all(c.tag_ == "NNS" for c in subjects) \
            and not any(c.dep_ == "dobj" for c in tok.children) \
            and any(t.dep_ == "pobj" and t.ent_type_ in PLACE_ENTS and t.head.lower_ in LOC_PREPS
                    for t in tok.subtree):
        return True  # "bus drivers protested against the tax in Jaipur": a crowd out in a named place, not one
        # person's objection ("the minister protested the decision")
    return tok.pos_ == "NOUN" or bool(words & lx.PROTEST_CONTEXT) or tok.lemma_ in ("protester", "demonstrator")


def _addressed(tok: Token) -> bool:
    """Tell whether a rally is someone's audience: "said at a rally", "a speech at a rally", "joined Trump at a
    rally", "a Trump rally", "Rubio spoke at a rally" (a person's rally is a candidate's event, not a
    demonstration), as is "a rally for Donald Trump". A surname NER missed is a person when the text names that
    person in full elsewhere."""
    if tok.lemma_.lower() != "rally":
        return False
    named = surnames(tok.doc)
    hosts = [c for c in tok.children if c.dep_ in ("compound", "poss")] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    if any(h.ent_type_ == "PERSON" or h.lower_ in ("his", "her") or _lone_surname(h, named) for h in hosts):
        return True  # "a Trump rally", "at his rally on Friday", "a rally for Donald Trump"
    if tok.dep_ != "pobj" or tok.head.lower_ != "at":
        return False
    where = tok.head.head
    verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
    if verb is not None and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "")
                                for c in verb.children):
        return True  # "Rubio went on the attack again at a rally in Dallas": a candidate at his event
    said = lx.SPEECH_VERBS | lx.ADDRESSES
    if where.lemma_.lower() in lx.RALLY_HOSTS and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in where.children):
        return True
    return where.lemma_.lower() in said or any(c.dep_ == "dobj" and c.lemma_.lower() in said for c in where.children)


def _lone_surname(tok: Token, named: frozenset[str]) -> bool:
    """Tell whether a name standing alone ("a Trump rally", whatever NER called it) is the surname of a person the
    text names in full; a word of a longer name ("a Ku Klux Klan rally") is not."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return tok.pos_ == "PROPN" and tok.lower_ in named and (ent is None or len(ent) == 1)


def _spoken(tok: Token) -> bool:
    """Tell whether a protest is said or shown, not marched: "firms protested that...", "a protest from the Thai
    government", "a demonstration of the service", "a gameplay demonstration"."""
    if tok.pos_ == "VERB" and any(c.dep_ == "ccomp" for c in tok.children):
        return True
    if tok.lemma_.lower() == "demonstration" and any(
            c.dep_ in ("compound", "amod") and c.lower_ in lx.SHOWCASES for c in tok.children):
        return True  # "a gameplay demonstration", "a virtual reality demonstration": a showcase
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        if prep.lower_ == "of" and tok.lemma_.lower() == "demonstration":
            return True
        if prep.lower_ == "from" and any(g.ent_type_ in ("GPE", "NORP", "ORG") or g.lower_ in lx.OFFICIAL_BODIES
                                         for g in prep.children):
            return True
    return False


def _before_a_vote(tok: Token, reach: int = 5) -> bool:
    """Tell whether a rally (the noun) is timed by a vote: "rallies before Tuesday's vote", "a rally ahead of the
    polls". The time phrase hangs on the rally or on its verb, so it is looked for in the words after it."""
    if tok.pos_ != "NOUN":
        return False
    after = tok.doc[tok.i + 1 : tok.sent.end]
    for t in after:
        if t.lower_ in ("before", "ahead"):
            window = tok.doc[t.i + 1 : min(t.i + 1 + reach, tok.sent.end)]
            return any(w.lemma_.lower() in lx.BALLOTS or w.lower_ in lx.BALLOTS | lx.CAMPAIGN for w in window)
    return False


def _campaign_told(tok: Token, words: frozenset[str]) -> bool:
    """Tell whether a rally's sentence (`words`: its words and lemmas) tells an election campaign ("at their final
    rallies on Saturday, as the campaign for Tuesday's election drew to a close"): the rallies are the candidates'."""
    return tok.pos_ == "NOUN" and "campaign" in words and bool(words & (lx.BALLOTS | {"election"}))


def riot_conduct(scope: Span) -> bool:
    """Tell whether a clause tells a demonstration's violent conduct (stones, looting, clashes), not its grievance
    ("marched against gang violence", "demanding an end to the looting")."""
    for tok in scope:
        if tok.lower_ not in lx.RIOT_CUES and tok.lemma_.lower() not in lx.RIOT_CUES:
            continue
        if not any(a.lower_ in lx.GRIEVANCE or a.lemma_.lower() in lx.GRIEVANCE for a in tok.ancestors):
            return True
    return False


def grievance(tok: Token) -> bool:
    """Tell whether undetermined violence is what something is against ("protesters against drone strikes", "a cell
    against abductions") or what a demonstration is over ("rallies over police killings"): a cause, not an incident."""
    if tok.tag_ != "NNS" or tok.dep_ != "pobj" or determined(tok):
        return False
    prep, demo = tok.head, tok.head.head
    if prep.lower_ == "against":
        return True
    return prep.lower_ in lx.GRIEVANCE and (demo.lower_ in lx.DEMO_ACTORS or specific_type(demo) == "protest")


def headline_over_places(tok: Token) -> bool:
    """Tell whether a headline tells plural violence over two or more places ("Bombings in Kandahar and Herat kill 19",
    "Blasts in two towns kill 20"): a total over incidents the body tells one by one, not one of them."""
    if not headline(tok.sent) or not Doc.has_extension("places"):
        return False
    doc, part = tok.doc, semicolon_part(tok)  # "bombs kill five in X; drones hit a refinery in Y": two reports
    if not any(t.tag_ in ("NNS", "NNPS") and (specific_type(t) is not None or t.lemma_.lower() in lx.GENERIC
                                              or t.lower_.removesuffix("s") in lx.GENERIC)  # a title's "Attacks"
               for t in part):
        return False
    names = {doc[p.start : p.end].text.lower() for p in doc._.places or ()
             if part.start <= p.start < part.end and p.code and p.kind in (CITY, CAPITAL, REGION)}
    return len(names) >= 2


def planned_demo(sent: Span) -> bool:
    """Tell whether a sentence announces a protest that has not happened ("a planned march", "vowed to protest")."""
    return any(specific_type(t) == "protest" and is_unreal(t) for t in sent)


def street_clash(tok: Token, words: frozenset[str]) -> bool:
    """Tell whether a clash is between protesters/crowds and police (a riot), not between armed groups."""
    lemma = tok.lemma_.lower()
    if lemma not in lx.CLASH_LEMMAS | lx.STREET_ASSAULTS:
        return False
    if lemma in lx.CLASH_LEMMAS and _over_a_grievance(tok):
        return True
    if lemma in lx.CLASH_LEMMAS and _partisan_clash(tok):
        return True
    if words & lx.ARMED_ACTORS or _armed_crowd(tok.sent):
        return False  # "armed youths" fighting the army: an armed group, a battle
    if lemma not in lx.CLASH_LEMMAS:
        words = _verb_clause_words(tok)  # "herders killed 11 in an attack, and an angry crowd later burned a post"
    if words & lx.DEMO_ACTORS and not _demonstrators_only_speak(tok):
        return True
    if lemma not in lx.CLASH_LEMMAS and any(t.lemma_.lower() in lx.BRAWL_LEMMAS for t in tok.sent):
        return True  # "four stabbed in a melee at a rally": the brawl's wounds
    if lemma not in lx.CLASH_LEMMAS:
        return False
    if _street_scene(tok) or _nobody_armed(tok):
        return True
    # unarmed people (farmers, residents, students) fighting police or troops: a riot, as ACLED codes it
    return bool(words & lx.SECURITY_FORCES) and bool(_clash_sides(tok) & lx.CIVILIAN_PEOPLE)


def _street_scene(tok: Token) -> bool:
    """Tell whether a clash's sentence sets it in the street: stones, tear gas, people marching ("farmers marching to
    the capital clash with police"), not the month of March."""
    return any((t.lower_ in lx.STREET_SCENE or t.lemma_.lower() in lx.STREET_SCENE)
               and t.pos_ != "PROPN" and t.ent_type_ != "DATE" for t in tok.sent)


def _nobody_armed(tok: Token) -> bool:
    """Tell whether a brawl ("one dead in a clash between two groups") has nobody armed about it: no armed group or
    troops in the article, no police or weapon in its sentence. A war story's "clashes in the capital" stay battles."""
    if tok.lemma_.lower() not in lx.BRAWL_LEMMAS or disputed(tok):
        return False  # "a political clash between the president and the Senate" is no brawl
    sent = {t.lower_ for t in tok.sent}
    if not sent & lx.CASUALTIES or sent & (lx.SECURITY_FORCES | lx.FIREARMS | lx.WEAPON | lx.GUNMEN):
        return False  # a brawl hurts someone; "a political clash" hurts no one
    return not any(t.lower_ in lx.ARMED_ACTORS or t.lower_ in lx.ACTORS["military"] for t in tok.doc)


def _verb_clause_words(tok: Token) -> frozenset[str]:
    """The lower-case words of the clause of the verb a trigger belongs to, without the verbs coordinated to it
    (another subject's deed)."""
    verb = tok if tok.pos_ == "VERB" else next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
    if verb is None:
        return frozenset(t.lower_ for t in tok.sent)
    others = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    return frozenset(t.lower_ for t in verb.subtree if t.i not in others)


def _over_a_grievance(tok: Token) -> bool:
    """Tell whether a clash is over a grievance ("clashes over the death of a separatist commander") with no armed
    side named outside it: a crowd's unrest. "Clashes over territory" between armed sides stay battles, and
    "lawmakers clashed over a bill" is a debate (a verb, left to the figurative rules)."""
    if tok.pos_ != "NOUN":
        return False
    causes = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "over"
              for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in lx.CAUSES]
    inner = {t.i for g in causes for t in g.subtree}
    return bool(causes) and not _armed_crowd(tok.sent) and not any(
        t.lower_ in lx.ARMED_ACTORS for t in tok.sent if t.i not in inner)


def _demonstrators_only_speak(tok: Token) -> bool:
    """Tell whether the demonstrators of a clash's sentence are only its sources ("activists said fierce fighting
    raged", "activists disputed the gains, and fierce fighting went on"): fighters, not a crowd, clash there."""
    demo = [t for t in tok.sent if t.lower_ in lx.DEMO_ACTORS or t.lemma_.lower() in lx.DEMO_ACTORS]
    return bool(demo) and all(_speaker(t) for t in demo)


def _speaker(tok: Token) -> bool:
    """Tell whether a word is the subject of a verb of saying or disputing with no other verb between them ("activists
    said"; not "one protester drowned as police chased them ... reports the Excelsior", a parse gone astray)."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in _SOURCE_VERBS:
        return False
    between = tok.doc[tok.i + 1 : verb.i] if tok.i < verb.i else tok.doc[verb.i + 1 : tok.i]
    return not any(t.pos_ == "VERB" for t in between)


def _partisan_clash(tok: Token) -> bool:
    """Tell whether a clash's sides are a named party's people ("supporters of the BNP and Jamaat clashed", "two
    factions of the ruling party", "Awami League activists") and no armed group ("Maoist cadres") fights in it."""
    sides = _clash_side_tokens(tok)
    if any(t.lower_ in lx.SECURITY_FORCES for t in sides) or any(t.lower_ in lx.ACTORS["armed_groups"] for t in tok.sent):
        return False  # "a clash between two factions of the KPLT" in which militants gunned down a leader
    for t in sides:
        if t.lower_ not in lx.PARTISANS:
            continue
        named = [c for c in t.children if c.dep_ in ("compound", "amod", "poss") and c.pos_ == "PROPN"] + [
            g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.subtree]
        if any(w.pos_ == "PROPN" or w.lower_ in lx.PARTIES for w in named):
            return True
    return False


def _armed_crowd(sent: Span) -> bool:
    """Tell whether a sentence calls its crowd armed ("armed youths", "armed protesters")."""
    return any(t.lower_ in lx.DEMO_ACTORS and any(c.dep_ == "amod" and c.lower_ in lx.ARMED_CUES for c in t.children)
               for t in sent)


def _clash_side_tokens(tok: Token) -> list[Token]:
    """The tokens of a clash's sides: its subject and its "with"/"between" phrases ("farmers clashed with police")."""
    sides: list[Token] = []
    heads = [tok] + ([tok.head] if tok.dep_ in ("dobj", "pobj", "attr") else [])
    for head in heads:
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass") or (child.dep_ == "prep" and child.lower_ in ("with", "between")):
                sides.extend(child.subtree)
    return sides


def _clash_sides(tok: Token) -> set[str]:
    """The words of a clash's sides, lower-cased."""
    return {t.lower_ for t in _clash_side_tokens(tok)}


_PROTESTING = lx.SPECIFIC["protest"] - {"rally"}  # words that make a rally a protest in a campaign story
_NOT_A_PARADE = (_PROTESTING - {"march", "marcher"}) | lx.RIOT_CUES  # words that make a parade's march a protest
_SOURCE_VERBS = lx.SPEECH_VERBS | lx.DISPUTE_VERBS  # "activists said", "activists disputed": a source


def legal_section(tok: Token) -> bool:
    """Tell whether a trigger names a section of a code in brackets after its number ("booked under sections 147
    (rioting) and 307 (attempt to murder)"): a charge's name, not an event told."""
    doc = tok.doc
    for i in range(tok.i - 1, max(tok.sent.start, tok.i - SECTION_NAME_REACH) - 1, -1):
        if doc[i].text == ")":
            return False
        if doc[i].text == "(":
            return i > 0 and doc[i - 1].like_num
    return False


def rejection(tok: Token, etype: str, generic: bool, words_local: tuple[frozenset[str], frozenset[str]],
               aggregate: bool, ctx: DocContext, seen: set[str]) -> str | None:
    """Return the rule that rejects a candidate trigger, or None when it is a mention."""
    words, local = words_local
    if nickname(tok):
        return "frame:nickname"
    if legal_section(tok):
        return "frame:legal-section"
    if named_as(tok):
        return "frame:named-as"
    if in_name(tok):
        return "frame:name"
    if credit_line(tok):
        return "frame:credit-line"
    if social_post(tok):
        return "frame:social-post"
    if link_line(tok) or caption_line(tok):
        return "frame:link-line"
    if is_unreal(tok):
        return "modality:unreal"
    if topical(tok):
        return "modality:topic"
    if purpose(tok):
        return "modality:purpose"
    if undetonated(tok) or (etype == "explosion" and disposed(tok)):
        return "modality:undetonated"  # also petrol bombs, typed as what they were thrown in
    if carried(tok):
        return "modality:carried"  # "armed with grenades": what attackers carried
    if etype == "explosion" and talked_about(tok):
        return "frame:talked-about"
    if etype in VIOLENT_TYPES or etype == "untyped":
        if not violent_ok(tok, words, ctx, opened_fire):
            return "frame:not-violence"
        if grievance(tok):
            return "frame:grievance"
        if is_pattern(tok, words):
            return "temporal:pattern"
        if (aggregate and generic) or headline_over_places(tok):
            return "temporal:aggregate"
        if etype in ("explosion", "untyped") and weapon_test(tok, words, ctx.launches):
            return "frame:weapon-test"
        if seen & set(VIOLENT_TYPES):
            return "clause:one-violent-mention"
    if etype in ("protest", "riot"):
        if ctx.campaign and tok.lemma_.lower() == "rally" and tok.pos_ == "NOUN" \
                and not words & (_PROTESTING | lx.SECURITY_FORCES | lx.RIOT_CUES):
            return "frame:campaign-rally"  # "Clinton fans at Monday's rally": a candidate's event
        if aggregate and tok.tag_ == "NNS" and not words & lx.AGGREGATE:
            # a total carried on from the sentence before, or counted over months: "most were shot dead during
            # protests" (not "protests since June, when demonstrators stormed parliament in clashes": those happened)
            return "temporal:aggregate"
        if habitual_doing(tok) or in_many_places(tok) or _trend_listed(tok):
            return "temporal:pattern"
        if ctx.sport or ctx.fiction or (not _protest_ok(tok, words) and etype == "protest") or armed_looting(tok, local):
            return "frame:not-a-demonstration"
    return None


def person_acted_upon(tok: Token) -> bool:
    """Tell whether a trigger word that names people ("bombers") names those the forces killed or anyone arrested
    ("troops killed 29 militants, including two suicide bombers"; "police arrested two would-be bombers"), not an
    attack they made. "Five people including a suicide bomber were killed in an attack" keeps its bomber."""
    if tok.lower_ not in lx.ARMED_ACTORS:
        return False
    node = tok
    for _ in range(PERSON_DEPTH):
        if node.dep_ in ("conj", "appos"):
            node = node.head
        elif node.dep_ == "pobj" and node.head.lower_ in ("including", "among", "of"):
            node = node.head.head  # "a group of 35 militants including 17 suicide bombers were being trained"
        else:
            break
    if node.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = node.head
    doers = {t.lower_ for c in verb.children if c.dep_ in ("nsubj", "agent") for t in c.subtree}
    if verb.lemma_.lower() in lx.SPECIFIC["strategic"] or doers & lx.SECURITY_FORCES:
        return True
    # trained, identified, recruited: no attack; killed or wounded ("a suicide bomber was killed in an attack"): theirs
    return verb.pos_ == "VERB" and not {verb.lemma_.lower(), verb.lower_} & (lx.CASUALTIES | lx.VIOLENCE)


def record_rejection(tok: Token, etype: str, rule: str) -> None:
    """Keep a rejected candidate on the doc with the rule that rejected it (for `make eval --trace`)."""
    rejected = tok.doc._.rejected
    if rejected is not None:
        rejected.append({"trigger": tok.text, "type": etype, "rule": rule, "start": tok.idx})
