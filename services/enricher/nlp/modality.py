"""Modality of a trigger: did the event happen? Negated, hypothetical, planned, denied or undetonated triggers did not."""

from __future__ import annotations

from spacy.tokens import Token

from . import lexicon as lx
from .vocabulary import load_classes

CUES = load_classes("modality.toml", ("unreal_heads", "unreal_modifiers", "modals", "undetonated", "detonated",
                                      "retold_heads", "topic_preps", "trend_heads", "habitual",
                                      "trend_modifiers", "devices", "happen_verbs", "factual_links", "past_links",
                                      "went_off", "failure_heads", "name_markers", "naming_verbs", "implicative_heads",
                                      "evidential_heads",
                                      "flight_preps", "content_verbs", "case_preps", "trial_verbs", "kind_nouns",
                                      "safe_disposal", "purpose_heads", "carriers", "state_verbs",
                                      "retold_nouns", "victim_verbs", "accusations", "accusing_verbs", "eras", "device_uses",
                                      "halt_nouns", "trend_verbs", "ending_heads", "recovery_heads", "attribution_heads",
                                      "plan_heads", "conduct_heads", "fights_engaged",
                                      "flight_verbs", "nature_verbs", "time_references", "feelings", "disposers"))
TOPIC_PREPS = CUES["topic_preps"]
TREND_HEADS = CUES["trend_heads"]
FLIGHT_VERBS = CUES["flight_verbs"]
FLIGHT_PREPS = CUES["flight_preps"]
RETOLD_HEADS = CUES["retold_heads"]
CONDUCT_HEADS = CUES["conduct_heads"]
FIGHTS_ENGAGED = CUES["fights_engaged"]
ENDING_HEADS = CUES["ending_heads"]
RECOVERY_HEADS = CUES["recovery_heads"]
ATTRIBUTION_HEADS = CUES["attribution_heads"]
PLAN_HEADS = CUES["plan_heads"]
UNREAL_HEADS = CUES["unreal_heads"] | PLAN_HEADS
UNREAL_MODIFIERS = CUES["unreal_modifiers"]
MODALS = CUES["modals"]
NATURE_VERBS = CUES["nature_verbs"]
# "recoveries included two grenades", "the bomb disposal squad defused"
UNDETONATED = CUES["undetonated"] | CUES["content_verbs"] | CUES["recovery_heads"] | CUES["disposers"]
DETONATED = CUES["detonated"]
HABITUAL = CUES["habitual"]
TREND_MODIFIERS = CUES["trend_modifiers"]
HAPPEN_VERBS = CUES["happen_verbs"]
NAME_MARKERS = CUES["name_markers"]
NAMING_VERBS = CUES["naming_verbs"]
IMPLICATIVE_HEADS = CUES["implicative_heads"]
EVIDENTIAL_HEADS = CUES["evidential_heads"]
SAFE_DISPOSAL = CUES["safe_disposal"]
DISPOSERS = CUES["disposers"]  # "the bomb disposal squad exploded it": a disposal
PURPOSE_HEADS = CUES["purpose_heads"]
STATE_VERBS = CUES["state_verbs"]
RETOLD_NOUNS = CUES["retold_nouns"]
CONTENT_VERBS = CUES["content_verbs"]
CARRIERS = CUES["carriers"]  # "armed with grenades", "came with IEDs": weapons carried
CASE_PREPS = CUES["case_preps"]  # "Trial opens over bus stabbing": what the trial is about
TRIAL_VERBS = CUES["trial_verbs"]  # "tried for murder"
KIND_NOUNS = CUES["kind_nouns"]  # "no such kind of strike"
ACCUSATIONS = CUES["accusations"]
ACCUSING_VERBS = CUES["accusing_verbs"]
ERAS = CUES["eras"]
DEVICE_USES = CUES["device_uses"]
TIME_REFERENCES = CUES["time_references"]
FEELINGS = CUES["feelings"]
VICTIM_VERBS = CUES["victim_verbs"] | lx.SINGLE_KILLING_VERBS
HALT_NOUNS = CUES["halt_nouns"]
TREND_VERBS = CUES["trend_verbs"]
DENY_DEPS = frozenset({"dobj", "xcomp", "ccomp", "pcomp", "pobj"})
# Prepositions and conjunctions that introduce what already happened: modality above them does not reach down
# ("France would send police after a night of rioting").
FACTUAL_LINKS = CUES["factual_links"]
PAST_LINKS = CUES["past_links"]
WENT_OFF = CUES["went_off"]
DEVICE_NOUNS = CUES["devices"]
FAILURE_HEADS = CUES["failure_heads"]
WITHOUT_DEPTH = 3  # heads walked up from an effect word to find "without" ("without causing any damage")
UNDETONATED_DEPTH = 4  # heads walked up from a device noun to find who handled it
UNDETONATED_STEPS = 24  # bound on the walk, list items included
UNDETONATED_WINDOW = 8  # tokens after a device where a subjectless "were recovered" may stand
INVENTORY_MIN_ITEMS = 3  # counted nouns in a sentence that make it a list of arms, not a report of a blast
LIST_DEPS = frozenset({"conj", "appos", "cc", "punct", "nummod", "compound", "amod"})
UNREAL_DEPTH = 5  # heads walked up from a trigger to find a condition, a modal or an unreal head
RETOLD_DEPTH = 4  # heads walked up from a trigger to find a court, arrest or probe it is the subject of
LISTED_CHARGE_REACH = 6  # words after a trigger over which a list of charges may run to its noun ("murder and terror case")
LISTED_CHARGE_DEPS = frozenset("cc punct compound amod conj nmod aux acl".split())  # links inside such a list


def _hedged_nature(tok: Token) -> bool:
    """Tell whether a told incident is the subject of a hedge about what it was ("the killings may be a targeted hit",
    "Moon Lake slayings could be linked to drugs"): it happened; only its nature is uncertain. The incident must be
    named (a definite article, a possessive or a place before it), and what it may be no prospect ("imminent")."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    named = any((c.dep_ in ("det", "poss") and c.lower_ in lx.DEFINITE) or (c.dep_ == "compound" and c.pos_ == "PROPN")
                for c in tok.children)
    head = tok.head
    if not named or any(c.dep_ == "neg" for c in head.children):
        return False
    if head.lemma_ == "be":
        return any(c.dep_ in ("attr", "acomp") and c.lemma_.lower() not in UNREAL_HEADS | UNREAL_MODIFIERS
                   for c in head.children)
    return head.tag_ == "VBN" and head.lemma_.lower() in NATURE_VERBS


def _denied_existence(tok: Token) -> bool:
    """Tell whether a trigger is what a negated "there is" says did not exist ("there have not been protests",
    "there was not any kind of attack")."""
    node = tok
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in KIND_NOUNS:
        node = node.head.head
    verb = node.head
    return node.dep_ in ("attr", "nsubj") and verb.lemma_ == "be" and any(c.dep_ == "expl" for c in verb.children) \
        and any(c.dep_ == "neg" for c in verb.children)


def is_unreal(tok: Token) -> bool:
    """Tell whether a trigger is negated, hypothetical, planned, threatened or denied."""
    if tok.sent.text.rstrip().rstrip("\"'”’").endswith("?"):
        return True  # a question, also inside quotes ("Is someone going to bomb the rally?")
    for child in tok.children:
        if child.dep_ == "neg" or (child.lower_ == "no" and child.dep_ == "det"):
            return True
        if child.dep_ in ("amod", "compound", "acl") and child.lower_ in UNREAL_MODIFIERS:
            return True  # "a planned attack", "no demonstrations planned"
        if child.dep_ == "aux" and child.lower_ in MODALS:
            return True
    head = tok.head
    if _infinitive(tok) and head.lemma_ == "go" and head.tag_ == "VBG":
        return True  # "it was going to explode", "they are going to attack": what was coming, not what happened
    if _infinitive(tok) and head.lemma_.lower() not in IMPLICATIVE_HEADS | HAPPEN_VERBS:
        return True  # "trained to kill", "assigned to take hostages": a purpose or a task, not what happened
    if tok.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in HAPPEN_VERBS and any(c.dep_ == "neg" for c in head.children):
        return True  # "the attack did not happen"; without a negation the walk below still finds "denied that"
    if tok.dep_ == "pobj" and head.lower_ in ("to", "of") and head.head.pos_ == "NOUN" and \
            head.head.lemma_.lower() in HALT_NOUNS:
        return True  # "demands for an end to air strikes", "a halt to the shelling": a campaign asked to stop
    if _denied_existence(tok):
        return True  # "there was not any sort of strike in the valley"
    if tok.dep_ == "nsubj" and head.lemma_ == "be" and any(
            c.dep_ == "attr" and c.lemma_.lower() in UNREAL_HEADS for c in head.children):
        return True  # "an attack is the main danger", "a strike remains a possibility"
    if _hedged_nature(tok):
        return False
    node, depth = tok, 0
    while depth < UNREAL_DEPTH:
        if any(c.dep_ == "mark" and (c.lower_ in ("if", "unless", "whether") or _yet_to_come(node, c))
               for c in node.children):
            return True
        infinitive_ok = _perfect(node) or _evidential(node)
        if node != tok and any(c.dep_ == "aux" and (c.lower_ in MODALS or (c.tag_ == "TO" and not infinitive_ok))
                               for c in node.children):
            return True  # under a modal or an infinitive ("could attack", "to carry out attacks")
        if node.head == node:
            return False
        if node.dep_ == "relcl" and node.tag_ == "VBD" and any(t.ent_type_ == "DATE" for t in node.subtree):
            return False  # "set to execute a man who shot five people in 1997": a dated fact about him
        if _factual_link(node):
            return False  # "after a night of rioting": what follows "after" happened, whatever the main verb's mood
        if node.head.lemma_.lower() in UNREAL_HEADS and node.dep_ != "advcl" and (
                node.head.lemma_ != "deny" or node.dep_ in DENY_DEPS):
            return True  # what was foiled or threatened; not what came with it ("foiled the bid, killing three")
        node, depth = node.head, depth + 1
    return False


def _yet_to_come(verb: Token, mark: Token) -> bool:
    """Tell whether a "before"/"until" clause in the present tells what has not happened ("before they attack")."""
    return mark.lower_ in ("before", "until") and verb.tag_ in ("VBP", "VBZ")


def _infinitive(tok: Token) -> bool:
    """Tell whether a verb trigger is an infinitive ("to kill") that hangs from another word; a perfect infinitive
    tells what was done ("were reported to have sustained injuries", "are believed to have abducted him")."""
    return (tok.head != tok and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children) and not _perfect(tok)
            and not _evidential(tok))


def _evidential(tok: Token) -> bool:
    """Tell whether a passive infinitive hangs from a passive verb of telling ("was reported to be shot"): told as
    having happened, not as a purpose ("was sent to be killed") or a plan ("is expected to be freed")."""
    head = tok.head
    return (any(c.dep_ == "auxpass" for c in tok.children) and head.tag_ == "VBN"
            and head.lemma_.lower() in EVIDENTIAL_HEADS and any(c.dep_ == "auxpass" for c in head.children))


def _perfect(tok: Token) -> bool:
    """Tell whether a verb has the perfect "have" with its past participle ("to have killed"), also where the parser
    made "have" the verb ("to have sustained injuries" with "sustained" hung on its object)."""
    if tok.lemma_.lower() == "have" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].tag_ == "VBN":
        return True
    return tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children)


def _handling_lemma(tok: Token) -> str:
    """Return a word's lemma for the handling vocabulary, reading a gerund the tagger made a noun as its verb
    ("planting" -> "plant", "making" -> "make")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" or not lemma.endswith("ing") or lemma in UNDETONATED:
        return lemma
    stem = lemma[:-3]
    return next((w for w in (stem, stem + "e", stem[:-1]) if w in UNDETONATED), lemma)


def _factual_link(node: Token) -> bool:
    """Tell whether a node hangs from "after/since/amid..." (a preposition or a clause marker), or heads a past-tense
    "when/while" clause."""
    if node.dep_ in ("pobj", "pcomp") and node.head.lower_ in FACTUAL_LINKS:
        return True
    return any((c.dep_ == "mark" and c.lower_ in FACTUAL_LINKS)
               or (c.dep_ in ("mark", "advmod") and c.lower_ in PAST_LINKS and node.tag_ == "VBD") for c in node.children)


def undetonated(tok: Token) -> bool:
    """Tell whether an explosive device was found, seized, defused or planted rather than set off.

    "Police recovered 15 bombs", "a bomb disposal squad", "recoveries included two grenades": the
    device is the object of handling. "A bomb planted in the market went off" still exploded.
    """
    if tok.lower_ not in DEVICE_NOUNS:
        return False
    if _did_not_go_off(tok):
        return True  # whoever threw it
    node, handled, depth = tok, False, 0
    used = any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in DEVICE_USES for c in tok.children)
    for _ in range(UNDETONATED_STEPS):
        if used or (node is not tok and node.lemma_.lower() in DEVICE_USES):
            break  # "shells landing on the town", "saw the militia fire a bomb": used, whoever saw it
        if _handling_lemma(node) in UNDETONATED or any(
                c.dep_ in ("nsubj", "nsubjpass") and _handling_lemma(c) in UNDETONATED for c in node.children) or any(
                _handling_lemma(g) in UNDETONATED for c in node.children if c.dep_ == "agent" for g in c.children):
            handled = True
            break
        if node.head == node:
            break
        depth += node.dep_ not in LIST_DEPS  # items of a list ("rifles, pistols and two grenades") are one step
        if depth > UNDETONATED_DEPTH:
            break
        node = node.head
    if tok.head.lemma_.lower() in UNDETONATED and tok.dep_ == "compound":
        return True  # "bomb squad", "bomb disposal"
    listed = [tok, tok.head] if tok.dep_ == "conj" else [tok]  # "unexploded shells and bombs"
    if any(c.dep_ in ("compound", "amod", "acl", "relcl") and _handling_lemma(c) in UNDETONATED
           for item in listed for c in item.children):
        handled = True  # "for planting bombs", "recovered explosives", "IEDs being transported", "a grenade, which was found"
    if not handled:
        handled = _inventory(tok) or _subjectless_handling(tok) or _retold_device(tok) or _unused(tok)
    return handled and not any(_went_off(t) and not is_unreal(t) for t in tok.sent if t.i != tok.i)


def _unused(tok: Token) -> bool:
    """Tell whether a device's sentence says nothing of its use: no word of detonation, of firing or landing, of an
    attack, of harm or of death ("the rifles and an IED belonged to a rebel unit"): a device owned or named, no incident."""
    return not any(_went_off(t) or t.lemma_.lower() in DEVICE_USES or t.lemma_.lower() in lx.GENERIC
                   or t.lemma_.lower() in lx.ATTACK_WORDS or t.lower_ in lx.DEATH_AFTER | lx.DEATH_BEFORE
                   for t in tok.sent if t.i != tok.i)


def _did_not_go_off(tok: Token) -> bool:
    """Tell whether a device is the subject of a negated or failed detonation ("the bomb did not explode", "the
    grenade failed to go off")."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = tok.head
    if head.lemma_.lower() in FAILURE_HEADS:
        return any(c.dep_ == "xcomp" and _detonation(c) for c in head.children)
    return _detonation(head) and any(c.dep_ == "neg" for c in head.children)


def _detonation(verb: Token) -> bool:
    """Tell whether a verb says a device went off ("exploded", "went off")."""
    return _went_off(verb) or any(c.dep_ == "prt" and _went_off(c) for c in verb.children)


def _retold_device(tok: Token) -> bool:
    """Tell whether "the bombs" retells the devices named just before, which were found or seized ("tipped police
    about two IEDs being transported to the city ... the bombs were bound for Guwahati")."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this") for c in tok.children):
        return False
    earlier = [t for t in tok.doc[: tok.i] if t.lower_ in DEVICE_NOUNS]
    return bool(earlier) and undetonated(earlier[-1])


def carried(tok: Token) -> bool:
    """Tell whether a weapon word is listed as what attackers carried ("armed with grenades and rifles", "came in
    trucks with uniforms, grenades and petrol bombs"): a description, not a blast. The parser hangs such lists in many
    ways; what counts is a verb of carrying or coming above the word, and "with" between them."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "ADJ") and a.lemma_.lower() in CARRIERS), None)
    if verb is None or next((a for a in tok.ancestors if a.pos_ == "VERB"), verb) != verb:
        return False  # another verb in between does something with the weapon ("came and hurled grenades")
    return any(t.lower_ == "with" and t.dep_ == "prep" and verb.i < t.i < tok.i for t in verb.subtree) or (
        tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head == verb)


def disposed(tok: Token) -> bool:
    """Tell whether a detonation is a bomb squad's safe disposal ("the grenade was later safely detonated", "the
    bomb disposal squad exploded it", "exploded it at a safe place")."""
    verbs = (tok, tok.head)
    if any(c.dep_ == "advmod" and c.lower_ in SAFE_DISPOSAL for v in verbs for c in v.children):
        return True
    for verb in (v for v in verbs if v.pos_ == "VERB"):
        done_by = [t for c in verb.children if c.dep_ in ("nsubj", "agent") for t in c.subtree]
        put = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        if any(t.lower_ in DISPOSERS for t in done_by) or any(
                a.dep_ == "amod" and a.lower_ in SAFE_DISPOSAL for g in put for a in g.children):
            return True
    return False


def talked_about(tok: Token) -> bool:
    """Tell whether a device is the subject of a verb of state: "IEDs have become the weapon of choice"."""
    return tok.lower_ in DEVICE_NOUNS and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in STATE_VERBS


def purpose(tok: Token) -> bool:
    """Tell whether a trigger names what something is used or trained for: "materials used for explosions",
    "weapons used for kidnapping incidents", "a van used for kidnapping people", "commandos trained in ambush"."""
    node = tok.head if tok.dep_ == "compound" else tok
    if node.dep_ == "pobj" and node.head.lower_ in ("including", "like") and node.head.head != node.head:
        node = node.head.head  # "trained in latest tactics, including ambush": the tactics' purpose
    if node.dep_ == "pobj" and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in node.children):
        return False  # "the rifle used in the October 2023 shooting": one incident it served in, retold
    return node.dep_ in ("pobj", "pcomp") and node.head.lower_ in ("for", "in") \
        and node.head.head.lemma_.lower() in PURPOSE_HEADS  # also a gerund: "the van used for kidnapping people"


def _inventory(tok: Token, min_items: int = INVENTORY_MIN_ITEMS) -> bool:
    """Tell whether a device is an item of a counted list of arms ("24 AK rounds, 19 grenades, one RPG shell"),
    which is what was seized, whatever sentence said so."""
    counted = {t.head.i for t in tok.sent if t.dep_ == "nummod" and t.head.pos_ in ("NOUN", "PROPN")}
    return len(counted) >= min_items and (tok.i in counted or any(c.dep_ == "nummod" for c in tok.children))


def _subjectless_handling(tok: Token) -> bool:
    """Tell whether a device stands just before a passive handling verb the parser left without a subject ("...
    and three IEDs and gelatin sticks were recovered from a house"): what was recovered is the device."""
    window = tok.doc[tok.i + 1 : min(tok.sent.end, tok.i + UNDETONATED_WINDOW)]
    return any(t.pos_ == "VERB" and _handling_lemma(t) in UNDETONATED and any(c.dep_ == "auxpass" for c in t.children)
               and not any(c.dep_ == "nsubjpass" for c in t.children) for t in window)


def _went_off(tok: Token) -> bool:
    """Tell whether a token says a device went off ("exploded", "went off", "the blast", not "a controlled explosion")."""
    lemma = tok.lemma_.lower()
    if lemma not in DETONATED or lemma in UNDETONATED or tok.dep_ == "amod":
        return False  # "arms recovered from the killed militants": a modifier tells who, not what went off
    if lemma == "off" and f"{tok.head.lemma_.lower()}-off" not in WENT_OFF:
        return False  # "acting on a tip off", "police were tipped off"
    if _under_without(tok):
        return False  # "defused the IED without causing any damage"
    return not any(c.lower_ == "controlled" for c in tok.children)


def _under_without(tok: Token) -> bool:
    """Tell whether a word hangs (within a few heads) from "without"."""
    node = tok
    for _ in range(WITHOUT_DEPTH):
        if node.head == node:
            return False
        if node.head.lower_ == "without" and node.dep_ in ("pcomp", "pobj"):
            return True
        node = node.head
    return False


def retold(tok: Token, depth: int = RETOLD_DEPTH) -> bool:
    """Tell whether a trigger is an old incident retold by an arrest, charge, probe, trial or a rescue."""
    return retelling_head(tok, depth) is not None


def _listed_charge(tok: Token, reach: int = LISTED_CHARGE_REACH) -> Token | None:
    """Return the case or charge noun that closes a list of offences the trigger opens ("a fresh murder and
    terrorism case", "murder, attempt to murder and terror charges"), which the parser often hangs the other way."""
    if tok.pos_ not in ("NOUN", "VERB"):
        return None
    doc = tok.doc
    for t in doc[tok.i + 1 : min(tok.sent.end, tok.i + 1 + reach)]:
        if t.pos_ == "NOUN" and t.lemma_.lower() in RETOLD_HEADS and t.i > tok.i + 1:
            return t
        if t.dep_ not in LISTED_CHARGE_DEPS or t.pos_ in ("DET", "ADP"):
            return None
    return None


def retelling_head(tok: Token, depth: int = RETOLD_DEPTH) -> Token | None:
    """Return the arrest, charge, probe, trial or rescue word that retells a trigger, or None.

    "Arrested for his involvement in the murder of", "the handler of the Mumbai attacks", "rescued a boy who
    had been abducted". What follows "after/since/following" is left alone: "police arrested three men after
    the blast".
    """
    if tok.lemma_.lower() in lx.OPERATIONS and tok.dep_ == "pobj" and tok.head.lower_ == "in":
        return None  # "arrested two more in raids on Friday": the arrests were made in the raids, not for them
    listed = _listed_charge(tok)
    if listed is not None:
        return listed
    node = tok
    for _ in range(depth):
        if _factual_link(node) or node.head == node:
            return None
        below, node = node, node.head
        if {node.lemma_.lower(), node.lower_} & RECOVERY_HEADS and _abduction(tok):
            return node  # "four traders who were kidnapped ... were recovered": the abduction is retold by its end
        if node.lemma_.lower() in CONDUCT_HEADS and tok.lemma_.lower() not in FIGHTS_ENGAGED:
            return node  # "engaged in extortion and abduction": a pattern, not "engaged in a gun battle"
        if {node.lemma_.lower(), node.lower_} & (RETOLD_HEADS | ENDING_HEADS) or (
                {node.lemma_.lower(), node.lower_} & ATTRIBUTION_HEADS and _blames(node)):
            return node
        if below.lower_ == "for" and node.lower_ in TRIAL_VERBS:
            return node  # "was tried for murder"
        if accuses(node) and below.lower_ in ("of", "in"):
            return node  # "both were accused of committing murder"; the active "accused rebels of killing" reports,
            # and "were suspected to have been abducted" tells what happened
        if node.lemma_.lower() in CONTENT_VERBS or (below.lower_ in CASE_PREPS and node.pos_ == "VERB"):
            held = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")
                         and c.lemma_.lower() in RETOLD_HEADS), None)
            if held is not None:
                return held  # "the charges they face include murdering a villager", "trial opens over a stabbing"
        named = node.lemma_.lower() in RETOLD_NOUNS or node.lower_ in RETOLD_NOUNS
        noun_like = node.pos_ == "NOUN" or any(c.dep_ == "det" for c in node.children) or (
            node.dep_ == "acl" and node.head.pos_ == "ADJ" and any(c.dep_ == "det" for c in node.head.children))
        # "the key accused in", misparsed as an adjective and a participle; "the man suspected of killing" is no noun
        if named and noun_like:
            if below.dep_ == "acl" and below.lemma_.lower() in VICTIM_VERBS:
                return None  # "a suspect killed in a shootout": the suspect is a victim of the trigger's event
            return node  # "a suspect in the bombing", "the key accused in the blasts"
    return None


def accuses(head: Token) -> bool:
    """Tell whether a head is a passive accusation of people ("were accused of", "is suspected of", "man accused in
    barbershop slayings"): what it names is retold, unless its sentence dates it within the news window ("is
    suspected of shooting his wife on Thursday")."""
    if not {head.lemma_.lower(), head.lower_} & RETOLD_NOUNS:
        return False
    deps = {c.dep_ for c in head.children}
    # passive, or a participle without object or auxiliary: a reduced relative or a headline's passive
    return "auxpass" in deps or (head.tag_ == "VBN" and not deps & {"dobj", "aux"})


def ends_captivity(head: Token) -> bool:
    """Tell whether a retelling word ends a captivity (a rescue, a release or a recovery), not a legal step."""
    return bool({head.lemma_.lower(), head.lower_} & (ENDING_HEADS | RECOVERY_HEADS))


def _abduction(tok: Token) -> bool:
    """Tell whether a trigger names an abduction ("kidnapped", "abduction"), which a recovery of people ends; a
    body recovered tells a killing found, not retold."""
    return tok.lemma_.lower().startswith(("kidnap", "abduct"))


def attributes(head: Token) -> bool:
    """Tell whether a retelling word blames someone for the incident ("responsible for", "behind")."""
    return bool({head.lemma_.lower(), head.lower_} & ATTRIBUTION_HEADS)


def _blames(head: Token) -> bool:
    """Tell whether "behind" blames someone ("they were behind the attack", "the group behind it"), not a cause
    ("the reason behind the firing")."""
    if head.lower_ != "behind":
        return True
    return head.head.lemma_.lower() == "be" or head.head.pos_ == "PROPN" or head.head.lower_ in lx.ARMED_ACTORS


def nickname(tok: Token) -> bool:
    """Tell whether a trigger word is someone's nickname: "a gangster, alias Grenade, was shot dead"."""
    return tok.i > 0 and tok.is_title and tok.doc[tok.i - 1].lower_ in NAME_MARKERS


def named_as(tok: Token) -> bool:
    """Tell whether a trigger word is what something is called: "firecrackers, known locally as elephant bombs",
    "a drink dubbed the Molotov", "what residents call the massacre road"."""
    node = tok.head if tok.dep_ == "compound" else tok
    if node.dep_ == "pobj" and node.head.lower_ == "as":
        verb = node.head.head
        return verb.lemma_.lower() in NAMING_VERBS or verb.lower_ in NAMING_VERBS  # "known as", "referred to as"
    verb = node.head
    if verb.lemma_.lower() not in NAMING_VERBS and verb.lower_ not in NAMING_VERBS:
        return False
    # "termed the war a battle between two forces": the second object of a naming verb is the name it gives
    return node.dep_ in ("oprd", "attr") or (node.dep_ == "dobj" and any(
        c.dep_ == "dobj" and c.i < node.i for c in verb.children))


def topical(tok: Token) -> bool:
    """Tell whether a trigger is the topic of talk, not an event: "steps regarding abductions in Balochistan", what
    someone is accused of ("faces accusations of assault"), a time reference or a feeling's cause."""
    if tok.dep_ != "pobj" or tok.head.dep_ not in ("prep", "agent"):
        return False
    prep, holder = tok.head.lower_, tok.head.head
    if tok.head.dep_ == "agent":
        return prep == "by" and holder.lower_ in FEELINGS  # "he was upset by the shootings"
    if prep == "of" and holder.lemma_.lower() in TIME_REFERENCES and holder.pos_ == "NOUN":
        return True  # "around the time of Lee's murder": a point in time, not the news
    if prep in ("by", "over", "at") and holder.lower_ in FEELINGS:
        return True  # "he was upset by the shootings": what moved someone
    return prep in TOPIC_PREPS or (prep == "of" and holder.lower_ in ACCUSATIONS)


def in_trend(tok: Token) -> bool:
    """Tell whether a trigger belongs to a trend: "a spurt in terror attacks against security forces", "a campaign
    of air strikes", "stepped up bombardment", "kept up attacks", or is violence people flee ("fleeing fighting")."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head  # "an era of terrorist alerts and random shootings"
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ in ("pobj", "compound") and head.lemma_.lower() in TREND_HEADS:
        return True
    if (tok.dep_ == "dobj" or (tok.dep_ == "pobj" and tok.head.lower_ in FLIGHT_PREPS)) and \
            head.lemma_.lower() in FLIGHT_VERBS and not any(c.dep_ == "det" for c in tok.children):
        return True  # "people fleeing fighting", "displaced by violence": the war around them
    step = tok.head
    return (tok.dep_ == "dobj" and step.lemma_.lower() in TREND_VERBS
            and (step.lemma_.lower() != "keep" or any(c.dep_ == "prt" and c.lower_ == "up" for c in step.children)))
