"""Re-case shouted text (a wire, telex or headline set all in capitals) before analysis, keeping every offset.

The tagger, parser and entity recogniser read "GUERRILLAS ATTACKED A POLICE POST" as a run of proper nouns, so
no trigger, actor or place is found. A line whose letters are nearly all capitals is re-cased word by word: place
names, nationalities, months and weekdays get a capital; words of the English dictionary the model's own lemmatizer
ships (its WordNet index, inflected by its suffix rules) and function words go lower case; short unknown words stay
capitals (acronyms: FMLN); other unknown words are names. Letters only change case, so every character offset into
the re-cased text is an offset into the original (the output reports the text as written).
"""

from __future__ import annotations

import functools
import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language

from .background import ABBREVIATIONS, MONTHS, WEEKDAYS
from .gazetteer import BLOCK, CAPITAL, CITY, STRONG_KINDS, load_gazetteer

SHOUTED_SHARE = 0.9  # share of capitals among a line's letters above which the line is shouted
SHOUTED_LETTERS = 12  # a line needs this many letters to count as shouted ("UN", "BREAKING" do not)
ACRONYM_LETTERS = 4  # an unknown word this short with no vowel, or shorter than 4 letters, is an acronym
BIG_PLACE = 1_000_000  # a place this populous is meant even when its name is a dictionary noun ("Mosul")
SHORT_COUNTRY = 3  # a country name this short is an abbreviation, kept in capitals (US, UAE, DRC)
LONGEST_NAME = 4  # words in the longest place name looked up (El Salvador, Nueva Ecija, ...)
NAMED_PARTS = ("adj", "noun", "verb", "adv")

# Three words in capitals in a row: a text without such a run has no shouted line to look for.
CAPITAL_RUN = re.compile(r"[A-Z]{2,}(?:[^a-z\n]+[A-Z]{2,}){2}")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
CLOSERS = "'\"’”)"  # quotes and brackets that may close a sentence before its full stop's space
VOWELS = frozenset("aeiouy")
# Month names that are also words ("may", "march") and abbreviations ("oct", "jan"): capitalised only before a
# day's number or an abbreviation's full stop.
DATED_ONLY = frozenset({"may", "march"}) | ABBREVIATIONS
CALENDAR = frozenset(MONTHS) - DATED_ONLY | WEEKDAYS
DAY_NUMBER = re.compile(r"\.?\s+\d")


def shouted(line: str) -> bool:
    """Tell whether a line is set in capitals: nearly all its letters, and enough of them, are capitals."""
    letters = [c for c in line if c.isalpha()]
    if len(letters) < SHOUTED_LETTERS:
        return False
    return sum(c.isupper() for c in letters) >= SHOUTED_SHARE * len(letters)


def recased(text: str, nlp: Language) -> str:
    """Return the text with its shouted lines re-cased (same length, same offsets); other lines unchanged."""
    if CAPITAL_RUN.search(text) is None:
        return text  # most texts: one scan in the regex engine, no line is looked at letter by letter
    lines = text.split("\n")
    loud = [shouted(line) for line in lines]
    if not any(loud):
        return text
    words = english_words(nlp)
    return "\n".join(_recase_line(line, words) if up else line for line, up in zip(lines, loud))


def _recase_line(line: str, words: tuple) -> str:
    """Re-case one shouted line word by word (names looked up up to LONGEST_NAME words long)."""
    found = list(WORD.finditer(line))
    cased = [m.group().lower() for m in found]
    names = _name_words(cased, words)
    out = list(line)
    for i, (m, low) in enumerate(zip(found, cased)):
        form = names[i] if i in names else _form(low, words)
        if low in DATED_ONLY and DAY_NUMBER.match(line, m.end()):
            form = low.capitalize()  # "on MARCH 3", "OCT. 27"
        if low in STOP_WORDS and i in names and (i == 0 or cased[i - 1] != "the"):
            form = low  # "told us", but "the US"
        if _starts_sentence(line, m.start()):
            form = form[:1].upper() + form[1:]
        if len(form) == len(m.group()):
            out[m.start():m.end()] = form
    return "".join(out)


def _starts_sentence(line: str, at: int) -> bool:
    """Tell whether a word opens a sentence: first on its line, or after a sentence's end and a space (looked at
    backwards from the word, so a long line costs no more than a short one)."""
    j = at - 1
    while j >= 0 and line[j].isspace():
        j -= 1
    if j < 0:
        return True
    if j == at - 1:
        return False  # no space before the word
    while j >= 0 and line[j] in CLOSERS:
        j -= 1
    return j >= 0 and line[j] in ".!?"


def _name_words(cased: list[str], words: tuple) -> dict[int, str]:
    """The written forms of the words that make up place names of the gazetteer (longest name first)."""
    gaz = load_gazetteer()
    names: dict[int, str] = {}
    i = 0
    while i < len(cased):
        for n in range(min(LONGEST_NAME, len(cased) - i), 0, -1):
            readings = [p for p in gaz.lookup(" ".join(cased[i:i + n])) if p.kind != BLOCK]
            if readings:
                for j in range(i, i + n):
                    names[j] = _name_form(cased[j], cased[i:i + n], readings, words)
                i += n
                break
        else:
            i += 1
    return names


def _name_form(low: str, name: list[str], readings: list, words: tuple) -> str:
    """How a word of a place name is written. A name made only of dictionary words ("the valley", "reading",
    "van") is those words unless it names a country or a nationality, or is a big city or a capital whose one word
    the dictionary lists only as a noun (it lists "mosul", "lima" and "medellin"; "male" is also an adjective)."""
    kinds = {p.kind for p in readings}
    if kinds & STRONG_KINDS:
        return low.upper() if len(name) == 1 and len(low) <= SHORT_COUNTRY else low.capitalize()  # US, UAE, DRC
    everyday = all(w in STOP_WORDS or _dictionary_parts(w, words) for w in name)
    one_noun = len(name) == 1 and _dictionary_parts(low, words) <= 1
    big = max((p.population for p in readings if p.kind == CITY), default=0) >= BIG_PLACE
    if everyday and not ((CAPITAL in kinds or big) and (one_noun or len(name) > 1 and big)):
        return _form(low, words)
    return low.capitalize()


def _form(low: str, words: tuple) -> str:
    """How a word outside place names is written: a month or weekday capitalised, a dictionary or function word in
    lower case, an acronym in capitals, any other word as a name."""
    if low in CALENDAR:
        return low.capitalize()
    if low in STOP_WORDS or _dictionary_parts(low, words):
        return low
    if len(low) < ACRONYM_LETTERS or (len(low) == ACRONYM_LETTERS and not VOWELS & set(low)):
        return low.upper()
    return low.capitalize()


def _dictionary_parts(low: str, words: tuple) -> int:
    """How many parts of speech the dictionary gives a word; an inflected or irregular form counts as two (it is
    no bare name)."""
    index, rules, irregular = words
    if low in irregular:
        return 2
    if low in index:
        return index[low]
    return 2 if any(low.endswith(old) and low[: len(low) - len(old)] + new in index for old, new in rules) else 0


@functools.cache
def english_words(nlp: Language) -> tuple[dict[str, int], tuple[tuple[str, str], ...], frozenset[str]]:
    """The English dictionary of the model's rule lemmatizer (empty when the model has none): each base form with
    its number of parts of speech, the suffix rules that inflect them, the irregular forms."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return {}, (), frozenset()
    index_table, rule_table, exc_table = (lookups.get_table(n) for n in ("lemma_index", "lemma_rules", "lemma_exc"))
    index: dict[str, int] = {}
    for part in NAMED_PARTS:
        for w in index_table.get(part, ()):
            if "_" not in w:
                index[w] = index.get(w, 0) + 1
    rules = tuple(sorted({(old, new) for part in NAMED_PARTS for old, new in rule_table.get(part, ()) if old}))
    irregular = frozenset(w for part in NAMED_PARTS for w in exc_table.get(part, {}))
    return index, rules, irregular
