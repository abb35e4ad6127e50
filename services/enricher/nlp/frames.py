"""Non-conflict readings of violent words: sport, business and games, hazards and accidents, similes."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from . import lexicon as lx
from .place_words import place_words
from .readings import killing_phrase

FRAME_MIN = 6  # frame words an article needs to be read in that frame
CONFLICT_MAX = 3  # armed-actor words above which an article is about conflict whatever its frame
SPORT_MIN = 6  # sport words an article needs to be read as sport
SIMILE_WINDOW = 3  # tokens before a trigger where "like" or "as if" may stand
SPORT_VIOLENCE_MAX = 2  # violence words (killed, troops...) from which an article is not sport whatever its sport words
REHEARSAL_MIN = 3  # rehearsal words (scenario, simulated, drill...) from which an article stages its attacks
LINK_REACH = 4  # tokens at a line's start where the colon after its link words may stand ("READ MORE:")
CREDIT_REACH = 40  # tokens back from a word to the "Reporting by" that may open its credit line
CAPTION_TAIL = 3  # tokens at the end of a sentence where a caption mark may stand that the parser cut off its text
STAGED = lx.REHEARSAL | lx.DRILL_NOUNS | lx.DRILL_MODIFIERS
HAZARD_WORDS = lx.DISASTER | lx.ACCIDENT  # what can "explode" in size
HOSTILE_WORDS = lx.ATTACK_WORDS | lx.ARMED_ACTORS  # "hit-and-run attacks" by insurgents are no road accident
LAUNCHED = frozenset({"missile", "missiles", "rocket", "rockets"})  # what a test launch fires
REAL_HARM = frozenset("killed dead died death deaths".split())  # what no rehearsal leaves behind
FRAME_ANY = (lx.SPORT | lx.VIOLENCE_COUNT | lx.ARMED_ACTORS | lx.BUSINESS | lx.HAZARD | lx.FICTION | STAGED | lx.CYBER
             | lx.CAMPAIGN_FRAME | lx.TEST_WORDS)


@dataclass(frozen=True)
class DocContext:
    """Article-level flags that switch off violent readings."""

    sport: bool
    business: bool = False
    hazard: bool = False
    violent: bool = False  # the article tells of violence: an explosion word anywhere in it is a blast
    fiction: bool = False  # a review of a film, novel or series: its violence is the story's
    rehearsal: bool = False  # an exercise or simulation: its attacks are staged
    cyber: bool = False  # a story about hacking: its attacks are on computers
    campaign: bool = False  # an election story: its rallies are candidates' events
    launches: bool = False  # a story about missile tests: a missile that hits nothing is one more test


def _other_trade(tok: Token) -> bool:
    """Tell whether an ambiguous sport word is another trade by the noun before it ("truck drivers", "bus drivers",
    "an arms race"), unlike "Formula One drivers"."""
    return tok.lower_ in lx.SPORT_AMBIGUOUS and any(c.dep_ == "compound" and c.lower_ in lx.SPORT_TRADES
                                                      for c in tok.children)


def doc_context(doc: Doc, frame_min: int = FRAME_MIN, conflict_max: int = CONFLICT_MAX, sport_min: int = SPORT_MIN,
                sport_violence_max: int = SPORT_VIOLENCE_MAX, rehearsal_min: int = REHEARSAL_MIN) -> DocContext:
    """Compute article-level frames once per doc."""
    sport = violence = armed = business = hazard = blast = fiction = staged = cyber = campaign = launch = 0
    for t in doc:
        low = t.lower_
        blast += low in lx.STRONG_BLAST_EVIDENCE
        if low in FRAME_ANY:
            sport += low in lx.SPORT and not _other_trade(t)
            violence += low in lx.VIOLENCE_COUNT
            armed += low in lx.ARMED_ACTORS
            business += low in lx.BUSINESS
            hazard += low in lx.HAZARD
            fiction += low in lx.FICTION
            staged += low in STAGED
            cyber += low in lx.CYBER
            campaign += low in lx.CAMPAIGN_FRAME
            launch += low in lx.TEST_WORDS
    return DocContext(
        sport=sport >= sport_min and violence < sport_violence_max,
        business=business >= frame_min and armed < conflict_max,
        hazard=hazard >= frame_min and armed < conflict_max,
        violent=blast >= frame_min,
        fiction=fiction >= frame_min,
        rehearsal=staged >= rehearsal_min,
        cyber=cyber >= frame_min and armed < conflict_max,
        campaign=campaign >= frame_min,
        launches=launch >= frame_min,
    )


LOC_PREPS = place_words("loc_preps")


def entertainment(sent: Span, words: frozenset[str]) -> bool:
    """Tell whether a sentence reports film, music or box-office business; a venue named as where something happened
    ("three people were shot outside a concert venue") is a place, not the story's frame."""
    if "box office" in sent.text.lower():
        return True
    return bool(words & lx.ENTERTAINMENT) and any(
        (t.lower_ in lx.ENTERTAINMENT or t.lemma_.lower() in lx.ENTERTAINMENT) and not _in_place_phrase(t) for t in sent)


def _in_place_phrase(tok: Token) -> bool:
    """Tell whether a word names or modifies the object of a place preposition ("outside the concert venue")."""
    node = tok
    while node.dep_ in ("compound", "amod", "nmod") and node.head != node:
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ in LOC_PREPS


def exchanged(tok: Token) -> bool:
    """Tell whether "fire" is gunfire given and taken ("exchanged fire", "an exchange of fire", "traded fire"), never
    a blaze."""
    head = tok.head
    if head.lower_ == "of":
        head = head.head
    return head.lemma_.lower() in ("exchange", "trade") and head != tok


def accident(sent: Span, words: frozenset[str], fired=None) -> bool:
    """Tell whether a sentence reports an accident or natural hazard (any part of speech)."""
    if any(t.lower_ in lx.BLAST_NOUNS and (accidental_blast(t) or industrial_blast(t)) for t in sent):
        return True  # "a gas explosion at a plant killed six workers"
    if any(t.lemma_.lower() in lx.OVER_VERBS and any(c.dep_ == "prt" and c.lower_ == "over" for c in t.children)
           for t in sent):
        return True  # "when a charter bus rolled over on a highway"
    if any(t.pos_ == "VERB" and t.lower_ in lx.FALLING and _structure_fell(t) for t in sent):
        return True  # "two porters died when a shed's roof caved in"
    if any(p in sent.text.lower() for p in lx.ACCIDENT_PHRASES) and not words & HOSTILE_WORDS:
        return True  # "a rider was killed in a hit-and-run" (not "hit-and-run attacks by the insurgents")
    return bool(words & lx.ACCIDENT) or any(
        t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in lx.DISASTER
        and not (exchanged(t) or _under_fire(t) or arson(t) or gunfire(t) or (fired and fired(t)))
        for t in sent
    )


def _structure_fell(verb: Token) -> bool:
    """Tell whether a falling verb's subject is a structure ("the bridge collapsed", "a shed's roof caved in", or the
    structure with its verb parsed as a clause)."""
    if verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in lx.STRUCTURES:
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in lx.STRUCTURES for c in verb.children)


def gunfire(tok: Token) -> bool:
    """Tell whether "fire" is shooting by its kind, its shooters or its verb ("sniper fire", "militants fire",
    "returned fire")."""
    if tok.lemma_.lower() == "fire" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in lx.GUNFIRE_VERBS:
        return True
    return tok.lemma_.lower() == "fire" and any(
        c.dep_ in ("compound", "amod", "poss", "nmod") and c.lower_ in lx.GUNFIRE_MODIFIERS for c in tok.children)


def _under_fire(tok: Token) -> bool:
    """Tell whether "fire" is gunfire someone came under ("a patrol came under fire"), not a blaze."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "under"


def arson(tok: Token) -> bool:
    """Tell whether "fire" was set by someone ("set fire to a school", "set the market on fire"): arson, no blaze."""
    head = tok.head.head if tok.head.lower_ == "on" else tok.head
    return tok.lemma_.lower() == "fire" and head.lemma_.lower() == "set"


def simile(tok: Token) -> bool:
    """Tell whether a trigger is inside a comparison ("like a bomb going off", "as if a bomb had hit it")."""
    doc = tok.doc
    if any(c.dep_ == "mark" and (c.lower_ == "like" or (c.lower_ in ("if", "though") and c.i > 0
                                                          and doc[c.i - 1].lower_ == "as")) for c in tok.children):
        return True  # the clause itself is the comparison: "it sounded like a bomb had gone off"
    window = doc[max(tok.sent.start, tok.i - SIMILE_WINDOW) : tok.i]
    for t in window:
        if t.lower_ == "like" and t.pos_ in ("ADP", "SCONJ", "INTJ"):
            return True
        if t.lower_ in ("if", "though") and t.i > 0 and doc[t.i - 1].lower_ == "as":
            return True
    return _used_as(tok)


def _used_as(tok: Token) -> bool:
    """Tell whether a trigger is what something is used as ("using the courts as a weapon", "wields the veto
    like a missile"): a comparison, not an arm."""
    node = tok
    while node.dep_ in ("conj", "appos") and node.head != node:
        node = node.head
    prep = node.head if node.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in ("as", "like") and prep.head.lemma_.lower() in lx.USING_VERBS


def struggle(tok: Token) -> bool:
    """Tell whether "battled/fought" takes a non-human object ("battled aftershocks", "fought the flames"), or
    a battle is with an illness or over a dispute ("after a long battle with cancer", "a battle over the bill")."""
    if tok.lemma_.lower() not in lx.FIGHT_LEMMAS:
        return False
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        if prep.lower_ in ("with", "against") and any(g.lower_ in lx.ILLNESS for g in prep.subtree):
            return True
        if prep.lower_ == "over" and any(g.dep_ == "pobj" and g.lemma_.lower() in lx.CRITICISM_OBJECTS
                                         for g in prep.children):
            return True
    if tok.pos_ != "VERB":
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs:
        return False
    return all(
        o.lower_ not in lx.MILITARY | lx.ARMED_ACTORS and o.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE")
        and o.pos_ != "PRON" for o in objs
    )


NAME_ENTITIES = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "LAW", "FAC"})
HEADLINE_CASE_SHARE = 0.6  # share of title-case words from which a sentence is a headline, where names cannot be told


CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "AUX"})


def in_name(tok: Token, headline_share: float = HEADLINE_CASE_SHARE) -> bool:
    """Tell whether a trigger word is part of a name (a bank "Hartley Lynch", a campaign "End Murder Lyrics", a game
    "Harbour Assault"), outside headlines written in title case."""
    if not tok.is_title:
        return False
    if tok.is_sent_start:
        return tok.pos_ == "PROPN" and _surname(tok)  # "Lynch, who was appointed ..." opening a sentence
    prev = tok.doc[tok.i - 1]
    if tok.pos_ == "PROPN" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lx.SPEECH_VERBS:
        return True  # "..., Lynch said": a person who speaks
    if tok.pos_ == "PROPN" and prev.pos_ == "PROPN" and prev.is_title and not prev.is_sent_start:
        pass  # "Bank of America Merrill Lynch": a run of proper nouns, whatever the entity tagger made of it
    elif _surname(tok):
        pass  # "said at the news conference with Lynch" after "Attorney General Loretta Lynch"
    elif tok.pos_ == "PROPN" and tok.dep_ == "compound" and tok.head.is_lower:
        pass  # "a former Clash drummer": a name modifying a common noun
    elif tok.ent_type_ not in NAME_ENTITIES or not any(
            t.ent_iob_ != "O" and t.ent_type_ == tok.ent_type_ and t.i != tok.i for t in tok.doc[tok.i - 1 : tok.i + 2]):
        return False  # a one-word "entity" is the tagger's guess, not a name
    # Title case is read on the content words that are not names: a headline capitalises them ("Man Allegedly
    # Posted Pictures of Slain Girlfriend"), a list of bank names does not ("other underwriting banks are ...").
    words = [t for t in tok.sent if t.is_alpha and t.pos_ in CONTENT_POS]
    return bool(words) and sum(t.is_title for t in words) < headline_share * len(words)


def _surname(tok: Token) -> bool:
    """Tell whether a capitalised trigger word ends a person's name the article gives in full elsewhere ("Loretta
    Lynch" ... "with Lynch")."""
    return any(ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == tok.text for ent in tok.doc.ents)


def outlet_tail(tok: Token) -> bool:
    """Tell whether a word is in the outlet's name a headline ends with ("... attack that stuns nation - Washington
    Post"): after a dash or bar, with only proper names and punctuation from there to the headline's end."""
    sent = tok.sent
    if sent.start != 0 or tok.pos_ != "PROPN":
        return False
    for j in range(tok.i - 1, sent.start, -1):
        t = tok.doc[j]
        if t.text in ("-", "–", "—", "|"):
            return all(w.pos_ in ("PROPN", "PUNCT", "SPACE") or w.is_space for w in tok.doc[j + 1 : sent.end])
        if t.pos_ not in ("PROPN", "PUNCT"):
            return False
    return False


def link_line(tok: Token) -> bool:
    """Tell whether a word is in a link to another story ("Related: Suspect in Dallas sniper attack was lone
    gunman"): a line opened by link words and a colon."""
    sent = tok.sent
    colon = next((t for t in sent[:LINK_REACH] if t.text == ":"), None)
    return colon is not None and colon.i > sent.start and colon.i < tok.i and all(
        t.lower_ in lx.LINK_WORDS for t in sent.doc[sent.start : colon.i])


def social_post(tok: Token) -> bool:
    """Tell whether a word is in a post quoted from social media, signed with a handle ("... for murdering him
    - joe (@joe) January 28, 2016"): a joke or an opinion, not a report."""
    sent = tok.sent
    return any(t.text.startswith("@") and len(t.text) > 1 and t.i > sent.start and sent.doc[t.i - 1].text == "("
               for t in sent)


def caption_line(tok: Token) -> bool:
    """Tell whether a word is in a scraped video or photo caption ("JUST WATCHED Bus station hit by blast Replay
    More Videos ... MUST WATCH ...", "Hide Caption 5 of 22 Photos: ..."): its sentence holds a capitalised opener
    and a caption or link word. (A scrape may hold the whole body on one line: the sentence is the caption's reach.)"""
    sent = tok.sent
    if _caption_mark(sent):
        return True
    before = tok.doc[sent.start - 1].sent if sent.start > 0 else None
    return before is not None and _caption_mark(before[-CAPTION_TAIL:])  # "... MUST WATCH" ended the sentence before



def _caption_mark(span: Span) -> bool:
    """Tell whether a span holds a capitalised caption opener and a caption or link word ("JUST WATCHED")."""
    words = lx.CAPTION_WORDS | lx.LINK_WORDS
    return any(a.lower_ in lx.CAPTION_OPENERS and b.lower_ in words and not a.is_lower and not b.is_lower
               for a, b in zip(span, span[1:]))


def credit_line(tok: Token, reach: int = CREDIT_REACH) -> bool:
    """Tell whether a word is in a wire credit line ("(Reporting by Sarah Lynch in Washington; Editing by Paul
    Brown)"): a credit word and "by" that open a parenthesis or a sentence, with no ")" between them and the word."""
    doc = tok.doc
    for j in range(tok.i - 1, max(0, tok.i - reach) - 1, -1):
        t = doc[j]
        if t.text == ")":
            return False
        if t.lower_ != "by" or j == 0 or doc[j - 1].lower_ not in lx.CREDITS:
            continue
        k = j - 1
        while k > 0 and doc[k - 1].lower_ in lx.CREDITS:
            k -= 1  # "Additional reporting by"
        return k == 0 or doc[k].is_sent_start or doc[k - 1].text in ("(", "[", ";") or doc[k - 1].is_space
    return False


def aiming(tok: Token) -> bool:
    """Tell whether "shoot for" means aiming at a goal ("shooting for a younger audience"): the verb has no object
    and its "for" phrase names no period ("shooting for hours" is gunfire)."""
    if tok.lemma_.lower() != "shoot" or tok.pos_ != "VERB":
        return False
    if any(c.dep_ in ("dobj", "nsubjpass", "prt") for c in tok.children):
        return False
    aims = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    return bool(aims) and not any(g.lower_ in lx.AIM_PERIODS or g.like_num for g in aims)


def figurative_hijack(tok: Token) -> bool:
    """Tell whether "hijacked" takes something no one can seize by force ("hijacked the party", "hijacked the
    rally", "hijacked #SaveThePark"); a plane, a bus, a ship, people or a name ("Flight 93") keep it an attack."""
    if tok.lemma_.lower() != "hijack" or tok.pos_ != "VERB":
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects:  # "hijacked and rewrote the agenda": the object shared with the verb joined to it
        objects = [c for v in tok.children if v.dep_ == "conj" for c in v.children if c.dep_ == "dobj"]
    return bool(objects) and not any(_seizable(o) for o in objects)


def _seizable(obj: Token) -> bool:
    """Tell whether a hijack's object can be seized by force: a vehicle, an aircraft, a ship, people or a name."""
    lemma, low = obj.lemma_.lower(), obj.lower_
    if {lemma, low} & (lx.HIJACKED_THINGS | lx.VEHICLES | lx.AIRCRAFT) or lemma in lx.PERSON_NOUNS:
        return True
    hashtag = obj.i > 0 and obj.doc[obj.i - 1].text == "#" or obj.text.startswith("#")
    return obj.pos_ == "PROPN" and not hashtag


def accidental_blast(tok: Token) -> bool:
    """Tell whether an explosion word names an accident ("methane explosion", "gas blast")."""
    prev = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    if prev in ("mine", "mines"):
        before = tok.doc[tok.i - 2].lower_ if tok.i > 1 else ""
        return before in lx.ACCIDENT_PREFIX or any(t.lower_ in lx.MINING for t in tok.sent)  # "coal mine blast"
    return prev in lx.ACCIDENT_PREFIX


def industrial_blast(tok: Token) -> bool:
    """Tell whether an explosion is a workplace accident: a factory, plant or boiler in its sentence and no other
    weapon, device, armed actor or attack word there ("a blast tore through the dyeing section of a mill")."""
    if _industrial_sentence(tok.sent, tok.lower_):
        return True
    if not any(c.dep_ == "det" and c.lower_ in lx.DEFINITE for c in tok.children):
        return False
    first = next((t for t in tok.doc[: tok.sent.start] if t.lower_ in lx.BLAST_NOUNS and t.pos_ == "NOUN"), None)
    return first is not None and _industrial_sentence(first.sent, first.lower_)  # "the blast" retells the accident


def _industrial_sentence(sent: Span, own: str) -> bool:
    """Tell whether a sentence names a workplace or fuel and no weapon, device, armed actor or attack besides `own`."""
    # who tells it is not in it ("... caused an explosion and fire, police said")
    words = {t.lower_ for t in sent if not (t.dep_ == "nsubj" and t.head.lemma_.lower() in lx.SPEECH_VERBS)} - {own}
    hostile = lx.WEAPON | lx.FIREARMS | lx.DEVICES | lx.ARMED_ACTORS | lx.ATTACK_WORDS | lx.MILITARY
    return bool(words & (lx.ACCIDENT_SITES | lx.ACCIDENT_PREFIX | lx.MISFIRE)) and not words & hostile


MARKET_WINDOW = 5  # tokens after "in"/"to" where the asset or amount of a price movement may stand
MARKET_DEPS = frozenset({"nsubj", "nsubjpass", "compound", "amod", "poss", "dobj", "npadvmod"})


def market_sense(tok: Token) -> bool:
    """Tell whether a trigger is a price movement: its subject, modifier or object is a market word, or an amount
    of money or a percentage ("an oil rally", "a rally in oil prices", "shares shot up 7%", "rallying to $2.20")."""
    near = [c for c in tok.children if c.dep_ in MARKET_DEPS]
    near += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "to")
             for g in c.subtree if g.i - c.i <= MARKET_WINDOW]  # "a rally in the value of the dollar"
    if tok.dep_ == "nsubj":  # "the rally did not extend to bonds", "the rally spread to stocks"
        near += [g for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("in", "to")
                 for g in c.subtree if g.i - c.i <= MARKET_WINDOW]
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":  # "shares retreated after rallying": the clause's subject
        near += [c for c in tok.head.head.children if c.dep_.startswith("nsubj")]
    subjectless_advcl = tok.dep_ == "advcl" and not any(c.dep_.startswith("nsubj") for c in tok.children)
    if tok.dep_ in ("relcl", "dobj", "xcomp") or subjectless_advcl:
        # "the currency, which had been rallying", "prices staged a rally", "shares rose, having shot up 7%"
        near += [tok.head] + [c for c in tok.head.children if c.dep_.startswith("nsubj")]
        verb = tok.head
        if verb.dep_ in ("advcl", "xcomp") and not any(c.dep_.startswith("nsubj") for c in verb.children):
            near += [c for c in verb.head.children if c.dep_.startswith("nsubj")]  # "shares soared, extending their rally"
    return any(t.lower_ in lx.MARKETS or t.lemma_.lower() in lx.MARKETS or t.ent_type_ in ("MONEY", "PERCENT")
               for t in near)


DRILL_DEPS = frozenset({"prep", "dobj", "amod", "compound", "npadvmod"})


def drill(tok: Token) -> bool:
    """Tell whether a trigger is military training: its own phrase or its verb's says so ("stormed a mock village",
    "practised storming during joint drills"), not a clause beside it ("the attack, as police held an exercise")."""
    for node in (tok, tok.head):
        for child in (c for c in node.children if c.dep_ in DRILL_DEPS):
            if any((t.pos_ == "NOUN" and t.lower_ in lx.DRILL_NOUNS) or (t.dep_ == "amod" and t.lower_ in lx.DRILL_MODIFIERS)
                   for t in child.subtree):
                return True
    return False


def criticism(tok: Token) -> bool:
    """Tell whether an attack is made in words: its object is a decision, a plan, remarks ("attacked the ruling")."""
    if tok.pos_ != "VERB":
        return False
    # The first object only: a run-on text without punctuation hangs its source line on the verb as a second
    # one ("abducted five persons on January 13 reports The Times").
    first = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if first is not None and tok.lemma_.lower() == "blast" and first.ent_type_ in ("PERSON", "NORP", "ORG"):
        return True  # "blasted Republicans on the floor": denounced them
    return first is not None and first.lemma_.lower() in lx.CRITICISM_OBJECTS


def road_accident(tok: Token, words: frozenset[str]) -> bool:
    """Tell whether a vehicle hit or killed someone ("a vehicle in the motorcade struck and killed a boy"): a road
    accident, unless an armed actor, an attack word or a weapon is in the sentence ("a truck rammed into a crowd",
    "their vehicle hit a landmine")."""
    verb = tok
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "struck and killed": the subject of the first verb
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or tok.lemma_.lower() not in ("kill", "strike", "hit", "run"):
        return False
    hostile = lx.ARMED_ACTORS | lx.ATTACK_WORDS | lx.GUNMEN | lx.WEAPON | lx.DEVICES | lx.BLAST_NOUNS
    return subjects[0].lemma_.lower() in lx.VEHICLES and not words & hostile  # "their vehicle hit a landmine" stays


def metaphor(tok: Token) -> bool:
    """Tell whether violent words say something else: a measure that "is an attack on workers", "the murder
    rate", a side "bombed out of the game", a person who "drops a bomb" (news) or "comes out shooting"."""
    head = tok.head
    if tok.dep_ == "attr" and head.lemma_ == "be":
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lemma_.lower() in lx.CRITICISM_OBJECTS:
            return True  # "this reform is an attack on every worker"
    if tok.dep_ == "compound" and head.lemma_.lower() in lx.STATISTIC_NOUNS:
        return True
    if _dropped_by_a_person(tok):
        return True
    if tok.tag_ == "VBG" and head.lemma_.lower() == "come" and any(c.lower_ == "out" and c.dep_ == "prt"
                                                                  for c in head.children) \
            and not any(c.dep_ == "dobj" for c in tok.children) and not _aimed(tok) \
            and not any(c.dep_ == "nsubj" and c.lower_ in lx.ARMED_NOUNS for c in head.children):
        return True  # "the minister came out shooting": goes on the offensive in words (not "shooting at police")
    outs = [c for c in tok.children if c.lower_ == "out"] if tok.lemma_.lower() == "bomb" else []
    ofs = [c for node in [tok, *outs] for c in node.children if c.lower_ == "of"]
    return bool(outs) and any(g.lower_ in lx.CONTESTS for c in ofs for g in c.children)


def _dropped_by_a_person(tok: Token) -> bool:
    """Tell whether "a bomb" is dropped by a named person ("then Roger drops a bomb on Brianna"): a revelation; aircraft
    and forces drop bombs, people named in a story do not."""
    verb = tok.head
    return (tok.dep_ == "dobj" and tok.lower_ == "bomb" and verb.lemma_.lower() == "drop"
            and any(c.dep_ == "det" and c.lower_ == "a" for c in tok.children)
            and any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in verb.children))


def blast_evidence(tok: Token, words: frozenset[str], ctx: DocContext) -> bool:
    """Tell whether an explosion word has a blast about: a weapon or device, casualties, damage or the people hit
    besides itself in its sentence; weapons, devices or casualties in the next sentence (a headline "Explosion reported
    in central Istanbul" is told by the lead after it) or all over the article ("after Tuesday's explosion")."""
    if ctx.violent or (words - {tok.lower_, tok.lemma_.lower()}) & lx.BLAST_EVIDENCE:
        return True
    doc, end = tok.doc, tok.sent.end
    if end >= len(doc):
        return False
    following = {t.lower_ for t in doc[end].sent} | {t.lemma_.lower() for t in doc[end].sent}
    return bool(following & lx.STRONG_BLAST_EVIDENCE)


def figurative_bombardment(tok: Token) -> bool:
    """Tell whether a bombardment is by something that is no weapon or force ("bombarded by relentless rain",
    "bombarded with questions"); "bombarded by warplanes", "bombarded with artillery" stay."""
    if tok.lemma_.lower() != "bombard" or tok.pos_ != "VERB":
        return False
    agents = [g for c in tok.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "with")
              for g in c.children if g.dep_ == "pobj"]
    armed = lx.WEAPON | lx.DEVICES | lx.MILITARY | lx.ARMED_ACTORS | lx.BOMBARDERS
    return bool(agents) and not any(a.lower_ in armed or a.ent_type_ in ("NORP", "ORG", "GPE") for a in agents)


def hazard_fought(tok: Token) -> bool:
    """Tell whether a fight is against a hazard ("fire crews battle wildfires", "fighting the blaze"): no battle."""
    return tok.lemma_.lower() in lx.FIGHT_LEMMAS and any(
        c.dep_ == "dobj" and (c.lower_ in HAZARD_WORDS or c.lemma_.lower() in HAZARD_WORDS) for c in tok.children)


def gone_on_the_offensive(tok: Token) -> bool:
    """Tell whether "the offensive"/"the attack" is a stance ("the president went on the offensive on Sunday"), not
    fighting: after "go/come/be on", with no armed subject ("troops went on the offensive" stays)."""
    if tok.lower_ not in ("offensive", "attack") or tok.dep_ != "pobj" or tok.head.lower_ != "on":
        return False
    verb = tok.head.head
    return verb.lemma_.lower() in ("go", "come", "be", "stay", "remain") and not any(
        c.dep_ == "nsubj" and (c.lower_ in lx.ARMED_NOUNS or c.lemma_.lower() in lx.ARMED_NOUNS)
        for c in verb.children)


def misfortune_struck(tok: Token) -> bool:
    """Tell whether a strike is a misfortune's ("disaster struck the village"): no attack."""
    return tok.lemma_.lower() in ("strike", "hit") and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in lx.MISFORTUNES for c in tok.children)


def hazard_grows(tok: Token) -> bool:
    """Tell whether a blast verb says a hazard grew ("the wildfire exploded in size", "the storm exploded"): no blast."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in lx.BLAST_LEMMAS and any(
        c.dep_ == "nsubj" and (c.lower_ in HAZARD_WORDS or c.lemma_.lower() in HAZARD_WORDS) for c in tok.children)


def misfired(tok: Token) -> bool:
    """Tell whether an accident word modifies the trigger or its verb ("died in an accidental shooting", "was
    accidentally shot by a friend"): an accident, which the annotation conventions do not count."""
    verb = tok.head if tok.dep_ in ("xcomp", "dobj", "pobj") and tok.head.pos_ == "VERB" else tok
    return any(c.lower_ in lx.MISFIRE and c.dep_ in ("amod", "advmod") for node in {tok, verb} for c in node.children)


def framed_out(tok: Token, words: frozenset[str], ctx: DocContext) -> bool:
    """Tell whether an article-level frame makes this violent trigger figurative or accidental."""
    if (simile(tok) or struggle(tok) or market_sense(tok) or criticism(tok) or drill(tok) or metaphor(tok)
            or hazard_grows(tok) or hazard_fought(tok) or gone_on_the_offensive(tok) or misfortune_struck(tok)
            or figurative_bombardment(tok) or road_accident(tok, words) or aiming(tok)
            or figurative_hijack(tok) or misfired(tok)):
        return True
    if ctx.fiction and not words & lx.GUNMEN:
        return True  # "the film stages the ambushes and air raids with restraint"
    if ctx.rehearsal and not words & REAL_HARM:
        return True  # "in the scenario, gunmen seized a plane and a suicide bomber detonated a device"
    lemma = tok.lemma_.lower()
    if ctx.cyber and lemma in lx.GENERIC and lemma not in lx.KILL_VERBS and not words & (REAL_HARM | lx.GUNMEN):
        return True  # a hacking story's attacks and strikes are on computers (its shootings are shootings)
    if ctx.business and words & lx.BUSINESS:
        return True  # "shares crash after shooter bombs", "a massacre for shareholders", "realistic firefights"
    return ctx.hazard and not (words & lx.ARMED_ACTORS or words & lx.ATTACK_WORDS)


def violent_ok(tok: Token, words: frozenset[str], ctx: DocContext, fired=None) -> bool:
    """Check that a violent trigger is physical violence, not sport, cyber, film, accident or metaphor."""
    cyber = bool(words & lx.CYBER) and not any(killing_phrase(t) for t in tok.sent)  # "hacked to death" is no cyber attack
    sporty = ctx.sport or (words & lx.SPORT_SENTENCE and _sport_sentence(tok.sent)) or entertainment(tok.sent, words)
    if cyber or (sporty and not words & lx.GUNMEN):
        return False  # "a gunman shot the retired footballer" is violence, in a sports story too
    lemma = tok.lemma_.lower()
    if lemma in lx.NEEDS_VIOLENCE and not (words & lx.VIOLENCE or lemma in lx.PROJECTILES and _aimed(tok)):
        return False
    if lemma in lx.NEEDS_VIOLENCE and disputed(tok):
        return False
    if lemma in lx.BLAST_LEMMAS and not blast_evidence(tok, words, ctx):
        return False
    if framed_out(tok, words, ctx):
        return False
    if words & lx.GUNMEN:
        return True  # "a gunman shot him after a crash": no accident with a gunman in it
    if lemma in lx.GENERIC and any(t.i != tok.i and t.lemma_.lower() in lx.BLAST_LEMMAS and industrial_blast(t)
                                   for t in tok.sent):
        return False  # "a tank exploded at a fertiliser factory, killing three workers": the accident's toll
    return not (tok.lemma_.lower() in lx.GENERIC | {"fire"} and accident(tok.sent, words, fired))


def _sport_sentence(sent: Span) -> bool:
    """Tell whether a sentence uses a word only sport uses, outside a proper name ("at Riverside Sports Ground")."""
    return any((t.lower_ in lx.SPORT_SENTENCE or t.lemma_.lower() in lx.SPORT_SENTENCE)
               and (t.is_sent_start or not t.text[:1].isupper()) for t in sent)


def disputed(tok: Token) -> bool:
    """Tell whether a fight word is a dispute ("a political clash between the president and the Senate") or a debate
    ("lawmakers clashed over a bill that would widen the army's role")."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in lx.DISPUTES for c in tok.children) or _debate(tok)


def _debate(tok: Token) -> bool:
    """Tell whether a clash is between debaters ("lawmakers clashed over a bill"), not with forces ("lawmakers
    clashed with police outside parliament")."""
    if not any(c.dep_ == "nsubj" and c.lower_ in lx.DEBATERS for c in tok.children):
        return False
    against = [g for p in tok.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    return not any(g.lower_ in lx.MILITARY for g in against)


def weapon_test(tok: Token, words: frozenset[str], launches: bool = False) -> bool:
    """Tell whether a missile/rocket mention is a test launch that hit nothing ("fired a missile into the sea"); in a
    story about missile tests (`launches`), any missile that hits nothing ("the missile flew 1,000 km"). A weapon
    that is what was tested ("it had tested a hydrogen bomb", "a bomb test") hit nothing either."""
    if tok.dep_ in ("dobj", "compound") and tok.head.lower_ in lx.TESTED:
        return True
    if not words & LAUNCHED:
        return False
    if launches and tok.lower_ in LAUNCHED and not words & lx.HIT_WORDS and not _aimed(tok):
        return True
    if any(t.dep_ == "compound" and t.lower_ in LAUNCHED and t.head.lemma_.lower() in lx.TEST_WORDS for t in tok.sent):
        return True  # "missile tests ... firing two rockets that hit targets": a test's targets
    into_sea = any(t.lower_ in ("sea", "ocean", "waters") for t in tok.sent)
    return bool(words & lx.TEST_WORDS or into_sea) and not words & lx.HIT_WORDS and not _aimed(tok)


def _aimed(tok: Token) -> bool:
    """Tell whether a launch is aimed at a target on land ("launched rockets at the town of X")."""
    for node in (tok, tok.head):
        for prep in node.children:
            if prep.dep_ == "prep" and prep.lower_ in ("at", "on", "against", "toward", "towards"):
                objs = list(prep.subtree)
                if not any(o.lower_ in lx.NO_TARGET or o.ent_type_ in ("DATE", "TIME")
                           for o in objs):  # "at about the time it lifted off" is when, not a target
                    return True
    return False
