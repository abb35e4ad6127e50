"""Type a generic violence trigger by mechanism and target class, from the table in data/typing.toml."""

from __future__ import annotations

import functools
import tomllib

from services.common.taxonomy import INCIDENT_TYPES

from .gazetteer import DATA_DIR
from .lexicon import ACTORS
from .vocabulary import VocabularyError, check_classes

MECHANISMS = ("explosive", "armed", "ambush")
TARGETED_ROWS = ("ambush", "armed")  # rows that type mechanism words by their target ([by_target])
UNKNOWN = "unknown"
TABLE_TYPES = frozenset(INCIDENT_TYPES) | {""}  # "": not typed


def parse_table(text: str, source: str = "typing.toml") -> dict[str, dict[str, str]]:
    """Parse and check the typing table: every mechanism row covers every target class with a known type."""
    table = tomllib.loads(text).get("table", {})
    targets = set(ACTORS) | {UNKNOWN}
    if set(table) != set(MECHANISMS):
        raise VocabularyError(f"{source}: mechanisms {sorted(table)} differ from {sorted(MECHANISMS)}")
    for mechanism, row in table.items():
        if set(row) != targets:
            raise VocabularyError(f"{source}: row {mechanism!r} must name exactly {sorted(targets)}")
        bad = {t for t in row.values() if t not in TABLE_TYPES}
        if bad:
            raise VocabularyError(f"{source}: row {mechanism!r} has unknown types {sorted(bad)}")
    return table


def parse_by_target(text: str, source: str = "typing.toml") -> dict[str, str]:
    """Parse the mechanism words that their target types: word -> the table row that types them (each word in one
    row, every row one the code reads)."""
    rows = check_classes(tomllib.loads(text).get("by_target", {}), f"{source} [by_target]", TARGETED_ROWS)
    return {word: row for row, words in rows.items() for word in words}


@functools.cache
def _by_target() -> dict[str, str]:
    """Read the battle words typed by their target once per process."""
    return parse_by_target((DATA_DIR / "typing.toml").read_text(encoding="utf-8"))


def target_row(lemma: str) -> str | None:
    """Return the table row that types a battle word by its target ("ambush"), or None."""
    return _by_target().get(lemma)


@functools.cache
def type_table() -> dict[str, dict[str, str]]:
    """Read the typing table once per process."""
    return parse_table((DATA_DIR / "typing.toml").read_text(encoding="utf-8"))


@functools.cache
def _class_of() -> dict[str, str]:
    """Map each actor word to its class (actors.toml holds each word once)."""
    return {word: name for name, words in ACTORS.items() for word in words}


def actor_class(word: str) -> str | None:
    """Return the actor class of a lower-case word or lemma, or None."""
    return _class_of().get(word)


def type_for(mechanism: str, target: str | None) -> str | None:
    """Return the event type for a mechanism and a target class (None: not typed)."""
    return type_table()[mechanism][target or UNKNOWN] or None
