"""The version token: a newer version wins by its token, never by arrival."""

from __future__ import annotations

from services.common.contracts import schema_errors
from services.common.versions import UNVERSIONED, is_stale, version_of, version_token


def test_without_revisions_the_later_source_offset_wins() -> None:
    assert is_stale(version_token(None, 10), version_token(None, 11))
    assert not is_stale(version_token(None, 11), version_token(None, 10))


def test_a_publisher_revision_wins_over_arrival_order() -> None:
    republished_old = version_token(1, 500)  # revision 1 sent again after revision 2
    assert is_stale(republished_old, version_token(2, 400))
    assert not is_stale(version_token(2, 400), version_token(1, 300))


def test_a_revision_outranks_no_revision_and_the_offset_breaks_ties() -> None:
    assert is_stale(version_token(None, 900), version_token(0, 100))
    assert is_stale(version_token(3, 100), version_token(3, 101))


def test_a_replay_of_the_applied_version_is_not_stale() -> None:
    assert not is_stale(version_token(None, 7), version_token(None, 7))  # replays repair lost sends
    assert not is_stale(version_token(None, 7), None)  # nothing applied yet


def test_records_from_before_the_token_are_older_than_any_token() -> None:
    assert version_of({"id": "a"}) == UNVERSIONED
    assert version_of({"version": "7"}) == UNVERSIONED
    assert is_stale(version_of({"id": "a"}), version_token(None, 0))
    assert version_of({"version": [2, 9]}) == [2, 9]


def test_the_contracts_carry_the_token() -> None:
    incident_set = {"id": "a", "content_hash": "0" * 64, "event_date": "2026-03-01", "incidents": [],
                    "version": version_token(None, 12)}
    assert schema_errors("incident_set.v1", incident_set) == []
    assert schema_errors("incident_set.v1", {**incident_set, "version": [1]}) != []
    assert schema_errors("raw_article.v1", {"id": "a", "body": "b", "revision": 3}) == []
    assert schema_errors("raw_article.v1", {"id": "a", "body": "b", "revision": -1}) != []
