"""Indexes of sets (a key to the set of items that point at it) that drop a key once its set is empty."""

from __future__ import annotations

from collections.abc import Hashable, MutableMapping
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V", bound=Hashable)


def discard_member(index: MutableMapping[K, set[V]], key: K, member: V) -> None:
    """Remove a member from a key's set, and the key when nothing is left (so the index does not grow)."""
    members = index.get(key)
    if members is not None:
        members.discard(member)
        if not members:
            del index[key]
