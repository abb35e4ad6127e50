"""Death counts stated in a sentence: number parsing and the phrases that tie a number to deaths."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from . import lexicon as lx
from .background import MONTHS

UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1000000}
# Vague quantities, coded as ACLED does; None = too vague to code.
VAGUE = {"dozen": 12, "dozens": 12, "tens": 10, "hundreds": 100, "thousands": 1000, "scores": None, "score": None}
NONE_DIED = re.compile(
    r"\b(no (one|body|deaths?|casualties|fatalities)|nobody|no-one|without (any )?(casualties|deaths|bloodshed|violence)|"
    r"no (injuries|injuries or deaths)|(were|are) safe|unharmed)\b",
    re.I,
)
MONTH_NAMES = frozenset(MONTHS)  # full names and abbreviations


ACRONYM_TOKENS = 5  # most tokens of an acronym in brackets ("(IS-KP)")
ASIDE_TOKENS = 10  # most tokens of an aside between a toll's subject and its verb ("14 people, all fighters, were")
SUBJECT_STEPS = 12  # tokens read back from a death word for its victims' numbers ("two soldiers and three civilians were")
OBJECT_STEPS = 10  # tokens read on from a killing verb for its victims' numbers ("killing at least 12")
ARTICLE_GAP = 3  # most tokens from "a"/"an" to a death word for the article to count one victim ("a soldier was killed")
UNIT_WINDOW = 4  # a number and the tokens after it, within this span, where "wounded" or a unit make it no death count
DEATH_NEAR_WINDOW = 7  # "left"/"leaving" and the tokens after it, within this span, where "dead"/"lives" must stand
MAX_AGE = 110  # a number apposed to a name above this is no age


@dataclass(frozen=True)
class TollReading:
    """How far the toll reader looks around a death word (the fatalities stage's config)."""

    subject_steps: int = SUBJECT_STEPS
    object_steps: int = OBJECT_STEPS
    article_gap: int = ARTICLE_GAP
    unit_window: int = UNIT_WINDOW
    death_near_window: int = DEATH_NEAR_WINDOW


READING = TollReading()


def word_number(tokens: list[Token]) -> int | None:
    """Parse a run of number words ("twenty-five", "two hundred") or digits into an int."""
    total, current = 0, 0
    for tok in tokens:
        text = tok.lower_.replace(",", "")
        if text == "-":
            continue
        if text.replace(".", "", 1).isdigit():
            current += int(float(text))
            continue
        for part in text.split("-"):
            if part in UNITS:
                current += UNITS[part]
            elif part in TENS:
                current += TENS[part]
            elif part in SCALES:
                current = max(current, 1) * SCALES[part]
                if SCALES[part] >= 1000:
                    total, current = total + current, 0
            elif part not in ("and", "a"):
                return None
    return total + current


def number_at(sent: Span, i: int) -> tuple[int | None, int, bool]:
    """Read the number ending at token i: (value, first token index, is_number)."""
    tok = sent.doc[i]
    if tok.lower_ in VAGUE:
        prev = sent.doc[i - 1] if i > sent.start else None
        if prev is not None and prev.like_num and tok.lower_ == "dozen":
            value = word_number([prev])
            return (value * 12 if value else None), i - 1, True
        return VAGUE[tok.lower_], i, True
    if not tok.like_num or _is_year(tok):
        return None, i, False
    start = i
    while start - 1 >= sent.start:
        prev = sent.doc[start - 1]
        if prev.text == "-" and start - 2 >= sent.start and sent.doc[start - 2].like_num \
                and not prev.whitespace_ and not sent.doc[start - 2].whitespace_:
            start -= 2  # "twenty-five" split by the tokenizer; "March 18 - Two soldiers" is a dateline and a count
        elif prev.like_num and not _is_year(prev):
            start -= 1
        else:
            break
    return word_number(list(sent.doc[start : i + 1])), start, True


def _is_year(tok: Token) -> bool:
    """Tell whether a digit token is a year (1900-2099)."""
    return tok.text.isdigit() and len(tok.text) == 4 and tok.text[:2] in ("19", "20")


def _follows_unit(tok: Token, unit_window: int) -> bool:
    """Tell whether the number is a measure, a date, a sum or a count of non-deaths ("3 years", "January 28", "INR
    500,000", "12 wounded")."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    prv = doc[tok.i - 1] if tok.i > 0 else None
    if nxt is not None and (nxt.lower_ in lx.NOT_COUNT_NEXT or nxt.lower_ in MONTH_NAMES):
        return True
    if nxt is not None and nxt.text == "-" and tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ in lx.NOT_COUNT_NEXT:
        return True  # "a 58-year-old woman": an age
    if prv is not None and (prv.lower_.rstrip(".") in MONTH_NAMES or prv.lower_ in lx.CURRENCIES):
        return True  # "March 18", "a reward of INR 500,000"
    for t in doc[tok.i + 1 : min(len(doc), tok.i + unit_window)]:
        if t.pos_ in ("CCONJ", "PUNCT") or t.lower_ in lx.DEATH_AFTER:
            return False
        if t.lower_ in lx.NOT_DEAD:
            return True
    return False


def _is_age(tok: Token) -> bool:
    """Tell whether a number is an age or measure written with hyphens ("a 58-year-old woman")."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in lx.NOT_COUNT_NEXT


def apposed_age(tok: Token) -> bool:
    """Tell whether a number set off by commas after a name or a person is an age ("his son, Tom, 7, and", "Jane
    Doe (34)"), not a count of victims."""
    doc = tok.doc
    if not tok.text.isdigit() or int(tok.text) > MAX_AGE or tok.i < 2:
        return False
    if doc[tok.i - 1].ent_type_ == "PERSON" and tok.ent_type_ != "PERSON" and tok.i + 1 < len(doc) \
            and doc[tok.i + 1].lower_ in lx.AGE_FOLLOWERS:
        return True  # a feed that lost its commas: "Dr Abdul Khaleeq 50 was shot dead", "Adam 27 from Amteka"
    if doc[tok.i - 1].text not in (",", "("):
        return False
    person = doc[tok.i - 2]
    if not (person.ent_type_ == "PERSON" or person.pos_ == "PROPN" or is_person_noun(person)):
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ in ("VERB", "AUX") and person.ent_type_ == "PERSON":
        return True  # "Burhan Wani, 22 died": the closing comma dropped, not "In Kabul, 35 died"
    return nxt is None or nxt.text in (",", ")", ".", ";") or nxt.pos_ == "CCONJ"


def _is_passive(death: Token) -> bool:
    """Tell whether a death verb has its victims before it ("were killed", "Activist Slain", "dead")."""
    if death.lower_ in ("dead", "died", "deaths", "fatalities", "bodies", "perished"):
        return True
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in death.children):
        return True
    if any(c.dep_ == "nsubj" and c.like_num for c in death.children) and not any(c.dep_ == "dobj" for c in death.children):
        return True  # headline style "two killed"
    return death.dep_ in ("acl", "amod", "ROOT") and not any(c.dep_ == "nsubj" for c in death.children)


def is_person_noun(tok: Token) -> bool:
    """Tell whether a singular common noun names a person: a listed one or an agent noun ("grocer", "councillor")."""
    lemma = tok.lemma_.lower()
    if tok.tag_ == "NNP":  # a headline's capitals ("Activist Slain"): listed nouns only, never a name's ending
        return lemma in lx.PERSON_NOUNS
    return tok.tag_ == "NN" and (lemma in lx.PERSON_NOUNS or (len(lemma) > 4 and lemma.endswith(lx.PERSON_ENDINGS)))


def _singular_victim(sent: Span, death: Token) -> int | None:
    """Count one victim for a singular person noun or a named person just before a passive death word."""
    verb = death.head if death.lower_ == "dead" and death.head.lower_ in lx.DEAD_VERBS else death
    found = [verb.head] if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" else []  # "was found shot dead"
    for subj in list(death.children) + (list(verb.children) if verb is not death else []) + [
            c for f in found for c in f.children]:
        if subj.dep_ == "nsubjpass" and (subj.ent_type_ == "PERSON" or is_person_noun(subj) or _one_of(subj)):
            return 1
    i = min(death.i, verb.i) - 1  # "Buddhist grocer shot dead": the victim stands before the verb
    while i >= sent.start and (sent.doc[i].lower_ in lx.PASSIVE_AUX | {"reportedly", "also", "later", "allegedly"}
                               or apposed_age(sent.doc[i])):
        i -= 1
    if i > sent.start and sent.doc[i].text == "," and apposed_age(sent.doc[i + 1]):
        i -= 1  # "Smith, 25, was shot dead": the name before the age
    if i < sent.start:
        return None
    tok = sent.doc[i]
    if tok.ent_type_ == "PERSON" or is_person_noun(tok):
        return 1
    return None


def _one_of(tok: Token) -> bool:
    """Tell whether a subject is "one of" a group ("One of the woodcutters ... was found shot dead"): one victim."""
    return tok.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def counts_before(sent: Span, death: Token, reading: TollReading = READING) -> list[int | None]:
    """Collect the numbers of the subject phrase before a death word ("two soldiers and three civilians were killed")."""
    values: list[int | None] = []
    i = death.i - 1
    steps = 0
    while i >= sent.start and steps < reading.subject_steps:
        tok = sent.doc[i]
        if tok.lower_ in lx.AGE_WORDS or (tok.lower_ in lx.SUBSET_WORDS and tok.lower_ != "mostly"):
            values = []  # what came after was ages or a subset ("21 people, including seven children")
            i, steps = i - 1, steps + 1
            continue
        value, start, is_num = number_at(sent, i)
        if is_num and start > sent.start and sent.doc[start - 1].lower_ in lx.CURRENCIES:
            i, steps = start - 2, steps + 1  # "a cadre carrying a reward of INR 500,000 was killed": a sum
            continue
        if is_num and apposed_age(sent.doc[i]):
            i, steps = i - 1, steps + 1
            continue
        if is_num and not _follows_unit(sent.doc[i], reading.unit_window):
            values.append(value)
            i, steps = start - 1, steps + 1
            continue
        if tok.lower_ == "of" and i > sent.start and number_at(sent, i - 1)[2]:
            values = []  # "two of the five gunmen were killed": the whole is not the toll, the part is
            i, steps = i - 1, steps + 1
            continue
        if tok.lower_ == "of" and not values and i > sent.start and sent.doc[i - 1].pos_ == "NOUN":
            i, steps = i - 1, 1  # "six militants of the Islamic State-Khorasan Province (IS-KP)": the name is one step
            continue
        aside = _aside_opening(sent, i) if not values else None
        if aside is not None:  # "14 persons, all believed to be fighters, were killed": the subject is before it
            i, steps = aside - 1, steps + 1
            continue
        opening = _name_punctuation(sent, i)
        if opening is not None:  # "three CPI-Maoist cadres", "three personnel of the Frontier Corps (FC)"
            i, steps = opening - 1, steps + 1
            continue
        if tok.lower_ in lx.SKIP_BACK or tok.pos_ in ("NOUN", "ADJ", "DET", "PROPN", "ADV") or tok.is_quote \
                or tok.dep_ == "amod" or tok.tag_ == "PRP$":  # "a woman and her two children"
            if tok.pos_ == "DET" and tok.lower_ in ("a", "an") and not values and death.i - i <= reading.article_gap:
                values.append(1)
            elif _single_conjunct(sent, tok):
                values.append(1)  # "a soldier and two militants were killed", "Soldier, two NPA rebels killed"
            name_goes_on = tok.pos_ == "PROPN" and i > sent.start and sent.doc[i - 1].pos_ == "PROPN"
            i, steps = i - 1, steps + (0 if name_goes_on else 1)  # a name of several words is one step
            continue
        break
    return values


def _aside_opening(sent: Span, i: int, reach: int = ASIDE_TOKENS) -> int | None:
    """Return where an aside between commas opens when token i closes it and a person noun stands before it ("17
    persons, all believed to be suspected militants, were killed"); None otherwise."""
    doc = sent.doc
    if doc[i].text != ",":
        return None
    for j in range(i - 1, max(sent.start, i - reach) - 1, -1):
        if doc[j].text == ",":
            return j if j > sent.start and _people_noun(doc[j - 1]) else None
    return None


def _people_noun(tok: Token) -> bool:
    """Tell whether a plural noun names people ("persons", "soldiers", "villagers")."""
    lemma = tok.lemma_.lower()
    return tok.tag_ == "NNS" and (lemma in lx.PERSON_NOUNS or tok.lower_ in lx.PEOPLE_WORDS or (
        len(lemma) > 4 and lemma.endswith(lx.PERSON_ENDINGS)))


def _single_conjunct(sent: Span, tok: Token) -> bool:
    """Tell whether a token is one person listed before others in a toll's subject: a singular person noun opening
    the phrase ("Soldier, two rebels") or in a phrase opened by "a"/"an" ("a soldier and two militants", "a police
    officer and a bystander", "a sheriff's deputy and a suspect"), then "and" or a comma."""
    doc = tok.doc
    if tok.tag_ not in ("NN", "NNP") or not is_person_noun(tok) or tok.i + 1 >= sent.end:
        return False
    if doc[tok.i + 1].lower_ not in ("and", ","):
        return False
    return tok.i == sent.start or doc[tok.i - 1].lower_ in ("a", "an") or (
        tok.left_edge.i >= sent.start and tok.left_edge.lower_ in ("a", "an"))


def _name_punctuation(sent: Span, i: int) -> int | None:
    """Return where punctuation inside a name phrase begins, walking back from token i: a hyphen glued between two
    words ("CPI-Maoist") or an acronym in brackets ("(FC)"); None for any other token."""
    doc, tok = sent.doc, sent.doc[i]
    if tok.text == "-" and i > sent.start and not tok.whitespace_ and not doc[i - 1].whitespace_ \
            and doc[i - 1].is_alpha and i + 1 < sent.end and doc[i + 1].is_alpha:
        return i
    if tok.text == ")":  # "(FC)", "(IS-KP)": an acronym in brackets, perhaps hyphenated
        for j in range(i - 1, max(sent.start, i - ACRONYM_TOKENS - 1) - 1, -1):
            if doc[j].text == "(":
                return j if j < i - 1 else None
            if not (doc[j].is_upper or doc[j].text in ("-", "&")):
                return None
    return None


def counts_after(sent: Span, death: Token, reading: TollReading = READING) -> list[int | None]:
    """Collect the numbers of the object phrase after a killing verb ("killing at least 12")."""
    values: list[int | None] = []
    selves = 0
    i, steps = death.i + 1, 0
    while i < sent.end and steps < reading.object_steps:
        tok = sent.doc[i]
        if (tok.lower_ in lx.SUBSET_WORDS and values) or tok.lower_ in lx.AGE_WORDS:
            break
        end = i
        while tok.like_num and end + 1 < sent.end and sent.doc[end + 1].like_num and not _is_year(sent.doc[end + 1]):
            end += 1
        value, _, is_num = number_at(sent, end)
        if is_num and apposed_age(sent.doc[end]):
            i, steps = end + 1, steps + 1
            continue
        if is_num and _is_age(sent.doc[end]):
            i, steps = end + 1, steps + 1
            while i < sent.end and (sent.doc[i].text == "-" or sent.doc[i].lower_ in lx.NOT_COUNT_NEXT | {"old"}):
                i += 1
            continue
        if is_num and _subject_of_another_verb(sent.doc[end], death):
            break  # "were killed and eight others sustained injuries": another clause's people
        if (is_num and not _follows_unit(sent.doc[end], reading.unit_window)
                and sent.doc[end + 1 : end + 2].text.lower() not in ("wounded", "injured")):
            if sent.doc[end + 1 : end + 2].text.lower() == "of":
                if not values:  # "killed three of the ten terrorists": the part is the toll
                    values.append(value)
                break  # "killed 12 people, three of them children": a part of a toll already read
            values.append(value)
            i, steps = end + 1, steps + 1
            continue
        if tok.lower_ in ("himself", "herself"):
            selves = 1  # "killing himself and four others"
        if not values and is_person_noun(tok) and death.lower_ in lx.SINGLE_KILLING_VERBS and not selves:
            values.append(1)  # "kills Russian major general", "killing the commander and two other men"
        skip = lx.TOLL_SKIP if death.lower_ in lx.TOLL_WORDS else lx.SKIP_BACK
        if tok.lower_ in skip or tok.lower_ in lx.SKIP_BACK or tok.pos_ in ("NOUN", "ADJ", "DET", "PROPN", "ADV", "PRON"):
            i, steps = i + 1, steps + 1
            continue
        break
    return values + [1] * selves if values or selves else values


def _subject_of_another_verb(num: Token, death: Token) -> bool:
    """Tell whether a number after a death word counts the subject of a later verb ("were killed and eight others
    sustained injuries"), not the dead."""
    noun = num.head if num.dep_ == "nummod" else num
    verb = noun.head
    return (noun.dep_ in ("nsubj", "nsubjpass") and verb.i > death.i and verb.head == death
            and verb.dep_ in ("conj", "advcl"))  # a clause joined to the killing, not a source's "said" misparsed


def _total(values: list[int | None]) -> int | None:
    """Sum the counts of one phrase; None when any part is too vague."""
    if not values or any(v is None for v in values):
        return None
    return sum(v for v in values if v is not None)


def sentence_deaths(sent: Span, reading: TollReading = READING) -> int | None:
    """Return the largest death count the sentence states, 0 if it says nobody died, else None."""
    found: list[int] = []
    for tok in sent:
        low = tok.lower_
        if _in_series(tok):
            continue
        if low in lx.DEATH_AFTER and _is_passive(tok):
            total = _total(counts_before(sent, tok, reading))
            if total is None and not counts_before(sent, tok, reading):
                total = _singular_victim(sent, tok)
            if total is not None:
                found.append(total)
        if (beaten := _to_death(sent, tok)) is not None:
            found.append(beaten)
        if lost_lives(tok):
            total = _total(counts_before(sent, tok, reading))
            if total is not None:
                found.append(total)
        if (taken := _lives_taken(sent, tok)) is not None:
            found.append(taken)
        if (low in lx.TOLL_WORDS or (low in lx.COUNTED_NOUNS and _counts_dead(tok))) \
                and (figure := _toll_figure(tok, reading.object_steps)) is not None:
            found.append(figure)
        shot_dead = low == "dead" and tok.i > sent.start and sent.doc[tok.i - 1].lower_ in lx.DEAD_VERBS
        told_before = any(c.dep_ == "nsubjpass" for c in tok.children)  # "one was killed and 14 (were wounded)"
        if (low in lx.DEATH_BEFORE and not told_before) or low in lx.TOLL_WORDS or shot_dead:
            total = _total(counts_after(sent, tok, reading))
            if total is not None and (low not in ("left", "leaving") or _death_near(tok, reading.death_near_window)):
                found.append(total + killer_died(tok))
    nobody = bool(NONE_DIED.search(sent.text))
    if nobody and found in ([], [1]):
        return 0  # "no one was killed" (the "one" is not a victim)
    return max(found) if found else None


def _to_death(sent: Span, tok: Token) -> int | None:
    """Count the victims of "beat two men to death", "hacked three farmers to death", "was stabbed to death"."""
    if tok.lower_ != "death" or tok.i <= sent.start or sent.doc[tok.i - 1].lower_ != "to":
        return None
    verb = tok.head.head if tok.head.lower_ == "to" else tok.head
    if verb.pos_ != "VERB":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None:
        num = next((c for c in obj.children if c.dep_ == "nummod"), None)
        if num is not None:
            return number_at(sent, num.i)[0]
        return 1 if obj.ent_type_ == "PERSON" or is_person_noun(obj) else None
    return _singular_victim(sent, verb) if any(c.dep_ == "auxpass" for c in verb.children) else None


def _in_series(tok: Token) -> bool:
    """Tell whether a word tells the toll of a series the incident belongs to ("the latest in a string of attacks
    claimed by jihadists that have left over 50 dead"): a relative clause within a phrase headed by a wave, series or
    string, not the incident's own toll."""
    for node in (tok, *tok.ancestors):
        if node.dep_ == "relcl":
            return any(a.tag_ == "NN" and a.lower_ in lx.WAVES for a in node.ancestors)
    return False


def killer_died(verb: Token) -> int:
    """Return 1 when a single killer's own death is told in a clause of the killing ("a gunman killed four people
    before being shot dead by police", "before police shot him dead", "before turning the gun on himself"), else
    0: perpetrators count in an incident's toll."""
    if verb.lower_ == "dead" and verb.i > 0:
        verb = verb.doc[verb.i - 1]  # "shot dead four co-workers": the verb is "shot"
    killer = [c for c in verb.children if c.dep_ == "nsubj"]
    if not killer or killer[0].tag_ not in ("NN", "NNP", "PRP") or killer[0].lower_ in ("they", "we"):
        return 0
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "conj")] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("before", "after") for g in c.children
        if g.dep_ == "pcomp"]
    for clause in clauses:
        for t in clause.subtree:
            lemma, kids = t.lemma_.lower(), list(t.children)
            if lemma == "turn" and any(c.dep_ == "prep" and c.lower_ == "on" and any(
                    g.lower_ in lx.KILLER_OBJECTS for g in c.children) for c in kids):
                return 1
            if lemma not in lx.KILL_VERBS or not (lemma in lx.DEAD_WORDS or any(c.lower_ in lx.DEAD_WORDS for c in kids)):
                continue
            if any(c.dep_ == "dobj" and c.lower_ in lx.KILLER_OBJECTS for c in kids):
                return 1
            subjects = [c for c in kids if c.dep_ == "nsubjpass"]
            if any(c.dep_ == "auxpass" for c in kids) and all(c.lower_ in lx.KILLER_SUBJECTS for c in subjects):
                return 1
    return 0


def _lives_taken(sent: Span, tok: Token) -> int | None:
    """Count the lives a verb says were taken: "claimed 12 lives", "cost the lives of nine soldiers"."""
    if tok.lemma_.lower() not in lx.LIFE_TAKERS:
        return None
    lives = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ in ("life", "lives")), None)
    if lives is None:
        return None
    num = next((c for c in lives.children if c.dep_ == "nummod"), None)
    if num is None:
        owners = [g for c in lives.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"]
        num = next((c for o in owners for c in o.children if c.dep_ == "nummod"), None)
    if num is None:
        return None
    value, _, is_num = number_at(sent, num.i)
    return value if is_num else None


def lost_lives(tok: Token) -> bool:
    """Tell whether a verb says its subjects died: "two soldiers lost their lives"."""
    return tok.lemma_.lower() == "lose" and any(c.dep_ == "dobj" and c.lower_ in ("life", "lives") for c in tok.children)


def _counts_dead(noun: Token) -> bool:
    """Tell whether a noun's "of" phrase names the dead ("the number of people killed", "the number of dead")."""
    return any(g.lower_ in lx.DEATH_AFTER for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.subtree)


def _toll_figure(toll: Token, window: int) -> int | None:
    """Read the figure a toll rose to or stands at through the parse, however long the phrase between them:
    "the death toll from Tuesday's bombing of a market has risen to 31"; in a headline the parser misreads, the
    first "rises to N" after the toll within a window ("Death toll in X clan clash rises to nine")."""
    if toll.dep_ not in ("nsubj", "nsubjpass"):
        return _linear_toll(toll, window)
    verb = toll.head
    if verb.lemma_.lower() not in lx.TOLL_SKIP and verb.lower_ not in lx.TOLL_SKIP:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "at")):
        numbers = [g for g in prep.children if g.dep_ == "pobj" and g.like_num]
        for number in numbers:
            value, _, is_num = number_at(number.sent, number.i)
            if is_num:
                return value
    return None


def _linear_toll(toll: Token, window: int) -> int | None:
    """Read "<toll> ... rises to N" word by word, for a sentence whose parse lost the toll's verb."""
    sent = toll.sent
    for t in sent.doc[toll.i + 1 : min(sent.end - 2, toll.i + window)]:
        if t.lower_ in lx.TOLL_WORDS or t.lower_ in lx.COUNTED_NOUNS:
            return None  # another toll's phrase
        nxt = t.doc[t.i + 1]
        if t.lower_ in lx.TOLL_VERBS and nxt.lower_ in ("to", "at"):
            value, _, is_num = number_at(sent, nxt.i + 1)
            return value if is_num else None
    return None


def adds_victims(sent: Span) -> bool:
    """Tell whether the sentence adds victims to a toll already told ("was also killed")."""
    return any(t.lower_ == "also" and t.head.lower_ in lx.DEATH_AFTER for t in sent)


def _death_near(tok: Token, window_size: int) -> bool:
    """Tell whether "left/claimed" is about deaths ("left 12 dead", "claimed the lives of")."""
    window = tok.doc[tok.i + 1 : min(tok.i + window_size, len(tok.doc))]
    return any(t.lower_ in ("dead", "lives", "killed") for t in window)
