"""Folding the state topic: the latest record per id wins, intents are kept until settled, bad records are skipped."""

from __future__ import annotations

from services.feeds.state import Intent, SentState, apply_record, state_value


def fold(*records: tuple[str, bytes | None]) -> SentState:
    state = SentState({}, {})
    for key, value in records:
        apply_record(state, key.encode(), value)
    return state


def test_the_latest_hashes_per_id_win_and_a_tombstone_forgets() -> None:
    state = fold(("a", state_value("a", {"world": "h1"}, "world")),
                 ("a", state_value("a", {"world": "h2", "asia": "h3"}, "asia")),
                 ("b", state_value("b", {"world": "h4"}, "world")),
                 ("b", None))
    assert state.sent == {"a": {"world": "h2", "asia": "h3"}} and state.pending == {}


def test_an_intent_keeps_the_old_hashes_in_force_until_it_is_settled() -> None:
    intent = Intent({"world": "h1"}, {"world": "h2"}, "world", 3, 41)
    state = fold(("a", state_value("a", {"world": "h1"}, "world")), ("a", state_value("a", {"world": "h1"}, "world", intent)))
    assert state.sent == {"a": {"world": "h1"}} and state.pending == {"a": intent}
    done = fold(("a", state_value("a", {"world": "h1"}, "world", intent)), ("a", state_value("a", {"world": "h2"}, "world")))
    assert done.sent == {"a": {"world": "h2"}} and done.pending == {}


def test_an_intent_for_a_new_story_leaves_it_unsent() -> None:
    state = fold(("n", state_value("n", {}, "world", Intent({}, {"world": "h"}, "world", 0, 0))))
    assert state.sent == {} and list(state.pending) == ["n"]


def test_an_unreadable_record_is_skipped() -> None:
    state = fold(("a", state_value("a", {"world": "h1"}, "world")), ("a", b"not json"), ("c", b'{"id": "c"}'))
    assert state.sent == {"a": {"world": "h1"}}
