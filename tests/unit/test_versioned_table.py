"""Restoring versioned state from a changelog: the newest version wins, not the last record."""

from __future__ import annotations

from dataclasses import dataclass

import orjson

from services.common.versioned_table import newest_only


@dataclass
class Msg:
    key: bytes | None
    value: bytes | None
    topic: str = "app-contributions-changelog"


@dataclass
class Event:
    message: Msg


def record(key: str, version: list[int] | None, contribution: int | None = 1) -> Event:
    value = {"contribution": contribution} if version is None else {"version": version, "contribution": contribution}
    return Event(Msg(orjson.dumps(key), orjson.dumps(value)))


def kept(batch: list[Event], held: dict[bytes, list[int]]) -> list[Event]:
    return list(newest_only(batch, held.get, "test"))  # type: ignore[arg-type]


def test_a_late_older_write_is_skipped_within_a_batch() -> None:
    newer, late = record("ML|a", [-1, 40]), record("ML|a", [-1, 3])
    assert kept([newer, late], {}) == [newer]


def test_a_record_older_than_the_value_held_is_skipped() -> None:
    assert kept([record("ML|a", [-1, 3])], {orjson.dumps("ML|a"): [-1, 40]}) == []


def test_newer_and_equal_versions_are_applied_and_other_keys_untouched() -> None:
    batch = [record("ML|a", [-1, 40]), record("ML|a", [-1, 40]), record("NE|a", [-1, 1]), record("ML|a", [0, 2])]
    assert kept(batch, {orjson.dumps("ML|a"): [-1, 39]}) == batch


def test_deletions_and_state_from_before_the_token_pass() -> None:
    tombstone = Event(Msg(orjson.dumps("ML|a"), None))
    legacy = record("NE|b", None)
    assert kept([tombstone, legacy], {}) == [tombstone, legacy]
