"""Case-insensitive lookup of multi-word names in a Doc: every (key, start, end) where a listed name occurs.

spaCy's PhraseMatcher does this too, but keeps a Doc per pattern: for the gazetteer's ~76,000 names that
cost ~8 s and ~150 MB at every pipeline load. This index keeps each name as a tuple of lower-case token
texts, grouped by first token. Names of plain words split on spaces; the others (hyphens, apostrophes,
periods, the tokenizer's special cases) go through the pipeline's own tokenizer, so a name's tokens are
the tokens it has in running text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

PLAIN = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")  # letters and single spaces only


class NameIndex:
    """Names (as lower-case token tuples) by first token, with the key each one stands for."""

    def __init__(self, nlp: Language, names: Iterable[tuple[str, str]]) -> None:
        """Index (key, written form) pairs."""
        tokenizer = nlp.tokenizer
        assert isinstance(tokenizer, Tokenizer)
        special = {rule.lower() for rule in tokenizer.rules or {}}
        self.by_first: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        odd: list[tuple[str, str]] = []
        for key, form in names:
            words = form.lower().split(" ")
            if PLAIN.fullmatch(form) and not special.intersection(words):
                self._add(tuple(words), key)
            else:
                odd.append((key, form))
        for (key, _), doc in zip(odd, tokenizer.pipe(form for _, form in odd)):
            self._add(tuple(t.lower_ for t in doc), key)
        for entries in self.by_first.values():
            entries.sort(key=lambda e: -len(e[0]))

    def _add(self, words: tuple[str, ...], key: str) -> None:
        if words and words[0]:
            self.by_first[words[0]].append((words, key))

    def __call__(self, doc: Doc) -> list[tuple[str, int, int]]:
        """Every (key, start, end) where an indexed name occurs in the doc, in text order."""
        lowers = [t.lower_ for t in doc]
        out = []
        for i, low in enumerate(lowers):
            for words, key in self.by_first.get(low, ()):
                if tuple(lowers[i:i + len(words)]) == words:
                    out.append((key, i, i + len(words)))
        return out
