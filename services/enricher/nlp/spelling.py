"""Transliteration variants of place names: "Baramulla" and "Baramula", "Sonitpur" and "Sontipur".

Names romanised from Hindi, Urdu, Nepali or Arabic are spelt several ways, and GeoNames keeps one of
them. A skeleton (consonants, aspirates and doubled letters folded) groups the spellings of one name;
a close character match among the names sharing it picks the variant. Used only for names the text
itself marks as places, so a loose match cannot turn an ordinary word into a place.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Iterable

DIGRAPHS = (("ph", "f"), ("bh", "b"), ("dh", "d"), ("gh", "g"), ("kh", "k"), ("th", "t"), ("sh", "s"),
            ("ch", "c"), ("w", "v"), ("q", "k"), ("z", "j"), ("y", "i"))
VOWELS = re.compile(r"(?<!^)[aeiou]")
REPEATS = re.compile(r"(.)\1+")
MIN_LETTERS = 5  # shorter names have too many look-alikes
MIN_RATIO = 0.8  # character similarity a variant must reach beyond sharing the skeleton


def skeleton(name: str) -> str:
    """The spelling-independent key of a lower-case name: letters only, aspirates and vowels dropped."""
    key = re.sub(r"[^a-z]", "", name)
    for digraph, single in DIGRAPHS:
        key = key.replace(digraph, single)
    return REPEATS.sub(r"\1", VOWELS.sub("", key))


class VariantIndex:
    """Names grouped by skeleton, to find the listed spelling of a name written another way."""

    def __init__(self, names: Iterable[str]) -> None:
        self.by_skeleton: dict[str, list[str]] = defaultdict(list)
        for name in names:
            if len(name) >= MIN_LETTERS:
                self.by_skeleton[skeleton(name)].append(name)

    def variant_of(self, name: str) -> str | None:
        """The listed name this one is a spelling of (closest first), or None."""
        if len(name) < MIN_LETTERS:
            return None
        candidates = [(difflib.SequenceMatcher(None, name, c).ratio(), c) for c in self.by_skeleton.get(skeleton(name), ())
                      if c != name]
        best = max(candidates, default=None)
        return best[1] if best is not None and best[0] >= MIN_RATIO else None
