"""Type a generic violence trigger ("attack", "kill", "raid", "opened fire") by mechanism, then by target class,
through the table in data/typing.toml."""

from __future__ import annotations

from spacy.tokens import Span, Token

from . import lexicon as lx
from .fatalities import is_person_noun
from .frames import outlet_tail
from .readings import explosive_first, killing_phrase, repelled, semicolon_part
from .triggers import neighbour_veto, opened_fire, specific_type, trigger_lemma, under_fire, wounded_by_attackers
from .typing_table import actor_class, target_row, type_for

AGENT_DEPTH = 3  # heads walked up from a word to find the "by" of a passive it stands in ("by the armed group")
TARGET_WINDOW = 12  # tokens after a generic trigger where its target may stand ("attacked a police post")


def generic_type(tok: Token, sent: Span, words: frozenset[str], target_window: int = TARGET_WINDOW) -> str | None:
    """Type a generic violence word (attack, kill, raid, opened fire) by weapon, then by target."""
    lemma = "attack" if opened_fire(tok) or wounded_by_attackers(tok) else "kill" if killing_phrase(tok) \
        else trigger_lemma(tok)
    if lemma not in lx.GENERIC or (lemma == "storm" and (tok.pos_ != "VERB" or _stormed_off(tok))):
        return None
    if lemma == "strike" and (tok.pos_ != "VERB" or any(c.dep_ == "dobj" and c.lower_ in lx.STRIKE_IDIOMS
                                                          for c in tok.children)):
        return None
    if neighbour_veto(tok, lemma):
        return None  # "an assault rifle", "a heart attack"
    if lemma == "stab" and _stab_idiom(tok, words):
        return None  # "stabbed in the back by his party"
    if lemma in lx.KILL_VERBS:
        if lemma == "shoot" and _scored(tok):
            return None  # "shot a 4-under 68": a score, not a shooting
        return _kill_type(tok, words)
    if lemma == "torch":
        return _arson_type(words)
    if repelled(tok):
        return "battle"  # forces fought the attack off
    if lemma in lx.OPERATIONS and words & lx.SECURITY_FORCES and _mechanism(tok) != "explosive":
        killed = _operation_killing(sent, words)
        if killed is not None:
            return killed  # "police shot dead a terrorist during a raid": a forces' raid is typed by whom it killed
        if words & lx.ARMED_ACTORS:
            return "battle"  # "police raided a hideout and came under fire from the militants inside"
    taker = under_fire(tok)  # "soldiers came under fire from gunmen": the soldiers were the target
    subjects = [_antecedent(c) for c in tok.children if c.dep_ == "nsubjpass"]
    target = ((_first_target(list(taker.subtree)) if taker is not None else None)
              or _first_target(subjects)  # "guards of a mine ... were attacked near a school": the guards
              or _first_target(sent.doc[tok.i + 1 : min(sent.end, tok.i + target_window)])
              or _first_target(_victims(tok)) or _first_target(_main_victims(tok)))
    if _crowd_did(tok) and _hurt_someone(tok) and _mechanism(tok) == "armed":
        return "riot"  # "protesting farmers attacked a policeman", "villagers thrashed a man": mob violence
    if target is None and not words & lx.ARMED_ACTORS and not (words & lx.WEAPON and explosive_first(sent)) \
            and not _device_used(tok) and not (words & lx.BLADES and not _pronoun_victim(tok)):
        return None  # an attack with no target, attacker or weapon ("a man with a knife") named
    mechanism = _mechanism(tok)
    row = target_row(lemma) if mechanism == "armed" else None  # "militants overran the town": taking ground, a battle
    return type_for(row or mechanism, target)


def _hurt_someone(tok: Token) -> bool:
    """Tell whether what was attacked is a person, people or a place of people ("a man", "him", "a policeman",
    "the police station"), not a plan, a rival team or a drought."""
    struck = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    named = [w for s in struck for w in [s, *(c for c in s.children if c.dep_ == "compound")]]  # "the police station"
    return any(s.pos_ == "PRON" and s.lower_ != "it" or is_person_noun(s) for s in struck) or any(
        actor_class(w.lower_) is not None for w in named)


def _crowd_did(tok: Token) -> bool:
    """Tell whether an attack's doers are a crowd: protesters, a mob, or unarmed people in the plural ("villagers",
    "residents"), as its subject or its passive's "by" phrase; "armed youths" are a militia."""
    doers = [c for c in tok.children if c.dep_ == "nsubj"] + [
        g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    doers = [next((g for c in d.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"), d) if d.lemma_.lower() in lx.GROUP_NOUNS else d for d in doers]  # "a group of youths"
    crowd = [d for d in doers if not any(c.lower_ in lx.ARMED_CUES for c in d.children)]  # "armed youths": a militia
    return any(d.lemma_.lower() in lx.DEMO_ACTORS or d.lower_ in lx.DEMO_ACTORS
               or any(c.dep_ == "amod" and c.lemma_.lower() == "protest" for c in d.children)
               or (d.tag_ == "NNS" and d.lower_ in lx.CIVILIAN_PEOPLE) for d in crowd)


def _stormed_off(tok: Token) -> bool:
    """Tell whether "storm" is leaving in anger ("stormed out of the meeting", "stormed off the set")."""
    return any(c.lower_ in ("out", "off") and c.dep_ in ("prt", "prep", "advmod") for c in tok.children)


def _pronoun_victim(tok: Token) -> bool:
    """Tell whether a trigger's victim is a pronoun ("they attacked him"): someone told before, whose incident the
    context types."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "PRON" for c in tok.children)


def _stab_idiom(tok: Token, words: frozenset[str]) -> bool:
    """Tell whether a stab is the idiom of betrayal ("stabbed in the back by his party"): no blade, no harm about."""
    landed = {g.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
              for g in c.children if g.dep_ == "pobj"}
    return bool(landed & lx.STAB_IDIOM) and not words & (lx.BLADES | lx.VIOLENCE)


def _operation_killing(sent: Span, words: frozenset[str]) -> str | None:
    """The type of the first killing a raid's sentence tells, by its victims, or None."""
    for t in sent:
        if trigger_lemma(t) in lx.KILL_VERBS or killing_phrase(t):
            kind = _kill_type(t, words)
            if kind is not None:
                return kind
    return None


def targeted_type(tok: Token, etype: str) -> str:
    """Type a mechanism word that its target types ([by_target] in typing.toml): an ambush of a wedding party or a
    bus of pilgrims attacks civilians, "the slain jawan" fell in a battle; armed people among its targets make a
    battle, and with no target named the row's "unknown" type stands. Other words keep their mechanism's type."""
    row = target_row(trigger_lemma(tok))
    if row is None:
        return etype
    struck = [_antecedent(c) for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "of", "against")
        for g in c.children if g.dep_ == "pobj"] or _elided_passive_subject(tok) or (
        [tok.head] if tok.dep_ in ("amod", "compound") else [])
    types = {type_for(row, actor_class(t.lower_)) for s in struck for t in _target_words(s) if actor_class(t.lower_)}
    if not types:
        return type_for(row, None) or etype
    return "battle" if "battle" in types else next(iter(types)) or etype


def _target_words(head: Token) -> list[Token]:
    """Return the words that may name a target's class: the whole phrase ("a bus carrying soldiers", "a wedding
    party"), but a person no actor word names is only that person ("the Colorado prison chief ordered by a gang" is
    neither a prison nor a gang)."""
    if actor_class(head.lower_) is None and is_person_noun(head):
        return [head]
    return list(head.subtree)


def victim_type(tok: Token) -> str | None:
    """Type a deadly trigger by its victims alone ("two soldiers were killed": a battle), or None when the victims
    are not named by an actor word."""
    victims = _victims(tok) or [c for c in tok.children if c.dep_ == "dobj"]
    target = _first_target([w for v in victims for w in _partitive(v)])
    return type_for(_mechanism(tok), target) if target is not None else None


def _armed_attacker(sent: Span) -> bool:
    """Tell whether the sentence names attackers by their arms ("armed men", "masked assailants"), not inside
    a name ("Armed Conflict Location and Event Data")."""
    return any(t.lower_ in lx.ARMED_CUES and t.dep_ == "amod" and not t.ent_type_ for t in sent)


def _arson_type(words: frozenset[str]) -> str | None:
    """Type arson by who set the fire: a crowd's is a riot, an armed group's an attack on civilians' property."""
    if words & lx.DEMO_ACTORS:
        return "riot"
    return "civilian_attack" if words & lx.ARMED_ACTORS else None


def _victims(tok: Token) -> list[Token]:
    """Return who suffered a generic trigger: its passive subject, or that of the verb it is the means of (also in a
    headline that drops the auxiliary), or whom that verb killed.

    "Soldiers were attacked"; "a civilian was injured in a firing incident"; "gunmen kill three police officers in
    attack on station".
    """
    own = [_antecedent(c) for c in tok.children if c.dep_ == "nsubjpass"]
    if own or tok.dep_ != "pobj":
        return own
    verb = tok.head.head
    if verb.lemma_.lower() in lx.DYING_VERBS and tok.head.lower_ in ("in", "during", "after", "from"):
        return [c for c in verb.children if c.dep_ == "nsubj"]  # "lawmaker dies after shooting attack"
    if tok.head.lower_ not in ("in", "during"):
        return own
    killed = trigger_lemma(verb) in lx.KILL_VERBS
    found = [c for c in verb.children if c.dep_ == "nsubjpass" or (killed and c.dep_ == "dobj")]
    return found or (_elided_passive_subject(verb) if killed else [])  # "Two soldiers killed in attack on post"


def _main_victims(tok: Token) -> list[Token]:
    """Return who the killing died of when a trigger's clause tells how ("a jawan was killed when cadres opened fire
    on a search party"): the victims of the killing verb the clause hangs on."""
    verb = tok if tok.pos_ == "VERB" else next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
    if verb is None or verb.dep_ != "advcl":
        return []
    main = verb.head
    while trigger_lemma(main) not in lx.KILL_VERBS and main.dep_ == "conj" and main.head != main:
        main = main.head  # "a jawan was killed and another injured when ...": the clause hangs on "injured"
    if trigger_lemma(main) not in lx.KILL_VERBS:
        return []
    return [c for c in main.children if c.dep_ in ("nsubjpass", "dobj")] or _elided_passive_subject(main)


def _antecedent(arg: Token) -> Token:
    """Return the noun a relative pronoun stands for ("the officer who was slain": officer), else the word itself."""
    clause = arg.head
    return clause.head if arg.tag_ in ("WP", "WDT") and clause.dep_ == "relcl" else arg


def _elided_passive_subject(tok: Token) -> list[Token]:
    """Return who was killed or shot where the passive's auxiliary is dropped: the noun a participle modifies ("two
    soldiers killed in an ambush") or a headline's subject ("Three police officers shot in Chicago")."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        return [tok.head]
    if tok.sent.start == 0 and tok.tag_ in ("VBN", "VBD") and not any(c.dep_ == "dobj" for c in tok.children):
        return [c for c in tok.children if c.dep_ == "nsubj"]
    return []


def _mechanism(tok: Token) -> str:
    """Return the mechanism row of the typing table: explosive when a weapon word comes first in the trigger's part
    of its sentence (a headline's halves are apart: "Gunmen kill councillor in Abra; soldiers die in landmine
    attack")."""
    part = semicolon_part(tok)
    words = frozenset(t.lower_ for t in part)
    return "explosive" if (words & lx.WEAPON and explosive_first(part)) or _device_used(tok) or _opened_by_blast(tok) \
        or _from_the_air(tok) else "armed"


def with_gunfire(tok: Token) -> bool:
    """Tell whether explosive fire is told after gunfire ("rifle fire and artillery fire", "machine-gun and mortar
    fire"): both kinds at once are a fight, not a strike from afar. The first-named mechanism types a mixed group, as
    the annotation does ("mortar fire and gunfire" stays an explosion); a "grenade and gun attack" is an attack of its
    own, typed by its target."""
    noun = tok.head if tok.dep_ in ("compound", "amod") else tok
    partners = [c for c in noun.children if c.dep_ == "conj"] + ([noun.head] if noun.dep_ == "conj" else [])
    gun_kinds = lx.FIREARMS | lx.GUNFIRE_KINDS - lx.WEAPON
    first = noun.head if noun.dep_ == "conj" else noun
    fire = "fire" in (first.lemma_.lower(), first.head.lemma_.lower())  # "machine-gun and mortar fire"
    return any(p.lemma_.lower() in lx.GUNFIRE_NOUNS or (fire and p.lower_ in lx.FIREARMS)
               or (p.lemma_.lower() == "fire" and any(c.dep_ in ("compound", "amod") and c.lower_ in gun_kinds
                                                    for c in p.children)) for p in partners if p.i < tok.i)


def _from_the_air(tok: Token) -> bool:
    """Tell whether the attacker is an air force or aircraft ("the air force struck a depot", "helicopters attacked
    the column"): an air strike, whatever it hit."""
    doers = [c for c in tok.children if c.dep_ in ("nsubj", "poss")] + [
        g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(d.lemma_.lower() in lx.AIRCRAFT or d.lower_ in lx.AIRCRAFT
               or (d.lemma_.lower() == "force" and any(c.lower_ == "air" for c in d.children)) for d in doers)


def _opened_by_blast(tok: Token) -> bool:
    """Tell whether an assault came after a blast its own clause names ("stormed the compound after a car bomb at its
    gate"): one incident that a blast opened, an explosion."""
    return any(c.dep_ == "prep" and c.lower_ in lx.OPENED_BY and specific_type(g) == "explosion"
               for c in tok.children for g in c.children if g.dep_ == "pobj")


def _device_used(tok: Token) -> bool:
    """Tell whether the trigger was done with or by a device ("attacked with a remote-controlled device", "targeted by
    a device"): an explosive device, whatever modifier names it."""
    return any(c.dep_ in ("prep", "agent") and c.lower_ in ("with", "by") and g.lower_ in lx.DEVICES
               for c in tok.children for g in c.children if g.dep_ == "pobj")


def _partitive(tok: Token) -> list[Token]:
    """Return the people a partitive victim counts ("three of the ten terrorists" -> "terrorists"), else the word."""
    if tok.pos_ in ("NUM", "PRON", "DET", "ADJ") or tok.like_num:
        whole = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if whole:
            return whole
    return [tok]


def _first_target(tokens: Span | list[Token]) -> str | None:
    """Return the actor class of the first target word (forces, armed groups, civilians or their places). People
    named before a subset are the target, whoever the subset names ("six people, including a police officer")."""
    people = False
    for t in tokens:
        if people and t.lower_ in lx.SUBSET_WORDS:
            return "civilians"
        people = people or t.lower_ in lx.PEOPLE_WORDS
        if (t.lower_ in lx.MILITARY or t.lower_ in lx.CIVILIAN) and not _source(t) and not outlet_tail(t) \
                and not _agent(t):
            return actor_class(t.lower_)
    return None


def _agent(tok: Token) -> bool:
    """Tell whether a word names who acted, in a passive's "by" phrase ("attacks launched by the militia on a
    camp"): the attacker, not the target."""
    return any(a.dep_ == "agent" for a in list(tok.ancestors)[:AGENT_DEPTH])


def _jurisdiction(node: Token) -> bool:
    """Tell whether a police station is named as an address ("under Ranipur Police Station", "within the limits of
    Ranipur Police Station", "Ranipur Police Station limits"), not as what was attacked."""
    if node.lower_ in lx.JURISDICTIONS:
        return True
    if node.lower_ not in lx.STATIONS:
        return False
    prep = node.head if node.dep_ == "pobj" else None
    return prep is not None and (prep.lower_ == "under" or (prep.lower_ == "of" and prep.head.lower_ in lx.JURISDICTIONS))


def _source(tok: Token) -> bool:
    """Tell whether a word names who tells the news ("police said", "according to officials"), not a target."""
    node = tok
    while node.dep_ in ("compound", "amod") and node.head != node:
        node = node.head  # "police officials said"
    if node.dep_ == "nsubj" and node.head.lemma_.lower() in lx.SPEECH_VERBS:
        return True
    if _jurisdiction(node):
        return True
    return node.dep_ == "pobj" and node.head.lower_ == "to" and node.head.head.lower_ == "according"


def _scored(tok: Token) -> bool:
    """Tell whether "shoot" takes a score or films rather than hits a victim: "shot a 4-under 68", "shot on
    location", "the series was shot in Hindi and English", "the crew shot the film in Rabat"; or answers back
    ("'I'm American first,' he shot back": no object, no "at"), rises ("shot up to", "shot to fame"), turns an idea
    down, takes photographs, shoots oneself or a look at someone ("shot each other a look")."""
    children = list(tok.children)
    if any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in children) and not any(
            c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "at") for c in children):
        return True
    if tok.dep_ != "amod" and not any(c.dep_ in ("dobj", "nsubjpass", "agent") for c in children) and any(
            (c.dep_ == "prt" and c.lower_ == "up")
            or (c.dep_ == "prep" and c.lower_ == "to" and not any(g.lemma_.lower() == "death" for g in c.children))
            for c in children):
        return True  # "Kelly shot up to the space station", "shot to fame": rose, no victim ("shot to death" has one)
    if any(c.dep_ == "prt" and c.lower_ == "down" for c in children) and any(
            c.dep_ == "dobj" and (c.lower_ in ("that", "this") or c.lower_ in lx.CRITICISM_OBJECTS | lx.TURNED_DOWN)
            for c in children):
        return True  # "she quickly shot that down", "shot down the proposal"
    if any(c.dep_ == "prep" and c.lower_ == "with" and any(g.lower_ in lx.CAMERAS for g in c.children)
           for c in children):
        return True  # "shooting with a phone"
    if any(c.dep_ == "dobj" and c.lower_ in ("himself", "herself", "themselves", "myself") for c in children):
        return True  # "a toddler shot herself", "the gunman then shot himself": no attack on someone else
    for c in children:
        if c.dep_ == "dobj" and (c.like_num or c.lower_ in lx.SCORE_WORDS
                                 or any(g.lower_ in lx.SCORE_WORDS for g in c.children)):
            return True  # a number counts people ("shot two policemen"); only a bare number is a score
        if c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "location" for g in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(g.ent_type_ == "LANGUAGE" for g in c.subtree):
            return True
        if c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in lx.ENTERTAINMENT | lx.FILMED | lx.GLANCES
                                                 or c.ent_type_ == "WORK_OF_ART"):
            return True
    return False


def _kill_type(tok: Token, words: frozenset[str]) -> str | None:
    """Type a killing verb: needs armed actors or gunfire; victims decide battle vs civilian. Victims no actor word
    names, killed in a security-force operation, fell in a battle."""
    shot_at = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "at" for g in c.children if g.dep_ == "pobj"
               and actor_class(g.lower_) is not None] if tok.tag_ == "VBD" else []
    # "the guards shot at farmers": a finite verb with a subject, not a headline's elided passive; its targets
    victims = [_antecedent(c) for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] or shot_at \
        or _elided_passive_subject(tok)
    if victims:  # "Bandits kill inspector, two constables": a headline's list, its second part misparsed as a modifier
        victims += [c for c in tok.children if c.dep_ in ("npadvmod", "appos", "conj") and c.pos_ == "NOUN" and c.i > tok.i]
    victims = [w for v in victims for w in (v, *v.conjuncts)]  # "killed an inspector and three constables": every victim
    victims = [w for v in victims for w in _partitive(v)]
    classes = [actor_class(v.lower_) or actor_class(v.lemma_.lower()) for v in victims]
    if victims and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children) \
            and not any(cls is not None or is_person_noun(v) for cls, v in zip(classes, victims)):
        return None  # "shot down dozens of missiles": an interception, told by the munition's own word if at all
    target = next((c for c in classes if c is not None and c not in lx.DEMO_CLASSES), None)
    if target is None and not any(c is not None for c in classes) and (
            _in_operation(tok) or _at_armed_post(tok) or _forces_killed(tok, victims)):
        return "battle"  # "killed in an encounter", "shot dead two members at a checkpoint", "troops killed the leader"
    if _weapon_killed(tok):
        return type_for("explosive", target)  # "shells fired from across the border killed three"
    if not (words & lx.ARMED_ACTORS or words & lx.KILL_EVIDENCE or _armed_attacker(tok.sent)):
        return None
    return type_for(_mechanism(tok), target)


def _forces_killed(tok: Token, victims: list[Token]) -> bool:
    """Tell whether the security forces killed a named group's people ("troops killed the commander of Ansaru"): they
    fell in the forces' fight, not as civilians (a "teenager" shot dead by an officer did not)."""
    if not any(g.pos_ == "PROPN" or g.ent_type_ in ("ORG", "NORP") for v in victims for c in v.children
               if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"):
        return False  # no group named as theirs ("the commander of Ansaru")
    verb = tok
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head  # "troops stormed the camp and killed its leader"
    return any(c.dep_ == "nsubj" and (c.lower_ in lx.SECURITY_FORCES or c.lemma_.lower() in lx.SECURITY_FORCES)
               for c in verb.children)


def _at_armed_post(tok: Token) -> bool:
    """Tell whether attackers killed at an armed position ("gunmen kill two at Hasakah checkpoint"): those killed
    there held it. Forces who kill at their own checkpoint ("a police officer shot dead a teenager at a checkpoint")
    tell nothing of their victim."""
    killers = [w for c in tok.children if c.dep_ == "nsubj" for w in c.subtree] + [
        w for c in tok.children if c.dep_ == "agent" for w in c.subtree]
    if any(w.lower_ in lx.SECURITY_FORCES for w in killers):
        return False
    return any(g.dep_ == "pobj" and actor_class(g.lower_) == "military_sites" and not _jurisdiction(g)
               for c in tok.children if c.dep_ == "prep" and c.lower_ == "at" for g in c.children)


def _weapon_killed(tok: Token) -> bool:
    """Tell whether an explosive weapon is what killed: the killing verb's subject or agent ("shells killed three",
    "were killed by a roadside bomb")."""
    nodes = [tok]
    while nodes[-1].dep_ in ("conj", "advcl") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in nodes[-1].children):
        nodes.append(nodes[-1].head)  # "shells fired ... (and) killed three", "explosives went off, killing four"
    for node in nodes:
        for child in node.children:
            if child.dep_ in ("nsubj", "agent") and any(t.lower_ in lx.WEAPON for t in child.subtree):
                return True
    return False


def _in_operation(tok: Token) -> bool:
    """Tell whether a killing happened in an operation of the security forces: "killed in a police operation",
    "kill three during an army raid", "killed in an encounter" (troops named in the sentence)."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "during")):
        for noun in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in lx.OPERATIONS):
            modifiers = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod", "poss")}
            if modifiers & lx.SECURITY_FORCES or any(w.lower_ in lx.SECURITY_FORCES for w in tok.sent):
                return True
    return False
