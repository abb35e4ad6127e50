"""Load and check the rule vocabularies kept as data (data/*.toml): one class per word, nothing unused."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable
from pathlib import Path

from .gazetteer import DATA_DIR


class VocabularyError(ValueError):
    """A vocabulary file breaks its rules: a duplicate word, an unknown or an unused class."""


def parse_classes(text: str, source: str, expected: Iterable[str]) -> dict[str, frozenset[str]]:
    """Parse a TOML vocabulary's [classes] table and check it against the class names the code uses."""
    raw = tomllib.loads(text).get("classes", {})
    expected = set(expected)
    unknown, unused = set(raw) - expected, expected - set(raw)
    if unknown:
        raise VocabularyError(f"{source}: classes the code does not use: {sorted(unknown)}")
    if unused:
        raise VocabularyError(f"{source}: classes the code expects but the file lacks: {sorted(unused)}")
    seen: dict[str, str] = {}
    out: dict[str, frozenset[str]] = {}
    for name, words in raw.items():
        items = words.split() if isinstance(words, str) else list(words)
        if not items:
            raise VocabularyError(f"{source}: class {name!r} is empty")
        for word in items:
            if word in seen:
                raise VocabularyError(f"{source}: {word!r} is in {seen[word]!r} and {name!r}")
            seen[word] = name
        out[name] = frozenset(items)
    return out


@functools.cache
def load_classes(filename: str, expected: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Read one vocabulary file from data/ (once per process)."""
    path: Path = DATA_DIR / filename
    return parse_classes(path.read_text(encoding="utf-8"), filename, expected)
