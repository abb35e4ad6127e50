"""Load and check the rule vocabularies kept as data (data/*.toml): one class per word, nothing unused.

A vocabulary file holds one or more TOML tables; each table is one taxonomy (the mechanisms of a
trigger, the kinds of weapon, the classes of actor...) whose classes map to whitespace-separated
words. Within a table a word stands in one class only and at most once; every table and class must be
one the code reads, and every one the code reads must be there.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .gazetteer import DATA_DIR


class VocabularyError(ValueError):
    """A vocabulary file breaks its rules: a duplicate word, an unknown or an unused class."""


def _check_names(found: Iterable[str], expected: Iterable[str], source: str, what: str) -> None:
    """Reject names (of classes or tables) the code does not use, and names it expects that are missing."""
    found, expected = set(found), set(expected)
    unknown, unused = found - expected, expected - found
    if unknown:
        raise VocabularyError(f"{source}: {what} the code does not use: {sorted(unknown)}")
    if unused:
        raise VocabularyError(f"{source}: {what} the code expects but the file lacks: {sorted(unused)}")


def _classes(raw: Mapping[str, Any], source: str, expected: Iterable[str]) -> dict[str, frozenset[str]]:
    """Check one table: known classes only, all of them, none empty, each word in one class once."""
    _check_names(raw, expected, source, "classes")
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


def check_classes(raw: Mapping[str, Any], source: str, expected: Iterable[str]) -> dict[str, frozenset[str]]:
    """Check one table read from a file that also holds other data (typing.toml's [by_target])."""
    return _classes(raw, source, expected)


def parse_tables(text: str, source: str,
                 expected: Mapping[str, Iterable[str]]) -> dict[str, dict[str, frozenset[str]]]:
    """Parse a TOML vocabulary of several tables and check each against the class names the code uses."""
    raw = tomllib.loads(text)
    _check_names(raw, expected, source, "tables")
    return {table: _classes(raw[table], f"{source} [{table}]", classes) for table, classes in expected.items()}


def parse_classes(text: str, source: str, expected: Iterable[str]) -> dict[str, frozenset[str]]:
    """Parse a TOML vocabulary's [classes] table and check it against the class names the code uses."""
    raw = tomllib.loads(text).get("classes", {})
    return _classes(raw, source, expected)


@functools.cache
def load_classes(filename: str, expected: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Read one single-table vocabulary file ([classes]) from data/ (once per process)."""
    path: Path = DATA_DIR / filename
    return parse_classes(path.read_text(encoding="utf-8"), filename, expected)


def load_tables(filename: str, expected: Mapping[str, tuple[str, ...]]) -> dict[str, dict[str, frozenset[str]]]:
    """Read one vocabulary file of several tables from data/."""
    path: Path = DATA_DIR / filename
    return parse_tables(path.read_text(encoding="utf-8"), filename, expected)
