"""Counting semantics as pure functions: contributions replace, never add."""

from __future__ import annotations

import datetime as dt

from services.aggregator.counting import (
    CountryIndex,
    CountryUpdate,
    article_state,
    contributions_by_country,
    plan_updates,
    stored_contribution,
    update_errors,
)
from services.common.contracts import schema_errors
from services.common.versions import UNVERSIONED

NOW = dt.datetime(2026, 5, 1, tzinfo=dt.UTC)


def incident_set(article_id: str, day: str, *incidents: tuple[str, str, int | None]) -> dict:
    return {"id": article_id, "content_hash": "0" * 64, "event_date": day,
            "incidents": [{"type": t, "country": c, "fatalities": f} for t, c, f in incidents]}


def test_contributions_sum_incidents_per_country() -> None:
    s = incident_set("a", "2026-04-30", ("battle", "ML", 70), ("explosion", "ML", None), ("protest", "NE", None))
    assert schema_errors("incident_set.v1", s) == []
    assert contributions_by_country(s) == {
        "ML": {"day": "2026-04-30", "total": 2, "by_type": {"battle": 1, "explosion": 1}, "fatalities": 70},
        "NE": {"day": "2026-04-30", "total": 1, "by_type": {"protest": 1}, "fatalities": 0},
    }


def test_a_correction_clears_countries_the_article_no_longer_touches() -> None:
    updates, touched = plan_updates(incident_set("a", "2026-04-30", ("riot", "FR", None)), ["DE", "FR"])
    assert touched == ["DE", "FR"]
    assert {u.country: u.contribution is None for u in updates} == {"DE": True, "FR": False}


def apply_all(index: CountryIndex, current: dict, s: dict, previous: list[str]) -> list[str]:
    """Apply an incident set the way the agents do; return the touched countries."""
    updates, touched = plan_updates(s, previous)
    for u in updates:
        key = (u.country, u.article_id)
        index.apply(u.country, current.get(key), u.contribution)
        if u.contribution is None:
            current.pop(key, None)
        else:
            current[key] = u.contribution
    return touched


def test_replay_and_duplicates_do_not_change_counts() -> None:
    index, current = CountryIndex(), {}
    s = incident_set("a", "2026-04-30", ("battle", "ML", 5))
    touched = apply_all(index, current, s, [])
    before = index.snapshot("ML", 30, NOW)
    for _ in range(3):  # the same message again, as after a crash before the offset commit
        for u in plan_updates(s, touched)[0]:
            old = current.get((u.country, u.article_id))
            if old != u.contribution:
                index.apply(u.country, old, u.contribution)
    assert index.snapshot("ML", 30, NOW) == before
    assert before["total"] == 1 and before["fatalities"] == 5


def test_changed_content_replaces_its_contribution_and_counts_go_down() -> None:
    index, current = CountryIndex(), {}
    touched = apply_all(index, current, incident_set("a", "2026-04-30", ("battle", "ML", 5), ("riot", "NE", None)), [])
    apply_all(index, current, incident_set("a", "2026-04-30", ("battle", "ML", 3)), touched)
    assert index.snapshot("ML", 30, NOW)["fatalities"] == 3
    ne = index.snapshot("NE", 30, NOW)
    assert ne["total"] == 0 and ne["by_type"] == {} and ne["daily"] == {} and ne["articles"] == 0


def test_daily_buckets_keep_only_the_retention_window() -> None:
    index, current = CountryIndex(), {}
    for n, day in enumerate(["2026-01-01", "2026-01-20", "2026-01-31"]):
        apply_all(index, current, incident_set(f"a{n}", day, ("protest", "KE", None)), [])
    snapshot = index.snapshot("KE", 12, NOW)
    assert sorted(snapshot["daily"]) == ["2026-01-20", "2026-01-31"]
    assert snapshot["total"] == 3  # all-time totals keep what the daily window drops
    assert schema_errors("country_counts.v1", snapshot) == []


def test_index_rebuilt_from_contributions_equals_the_incremental_one() -> None:
    index, current = CountryIndex(), {}
    apply_all(index, current, incident_set("a", "2026-04-01", ("battle", "SY", 2)), [])
    apply_all(index, current, incident_set("b", "2026-04-02", ("explosion", "SY", 9)), [])
    rebuilt = CountryIndex.from_contributions((cc, c) for (cc, _), c in current.items())
    assert rebuilt.snapshot("SY", 30, NOW) == index.snapshot("SY", 30, NOW)


def test_updates_carry_the_article_version() -> None:
    s = {**incident_set("a", "2026-04-30", ("riot", "FR", None)), "version": [-1, 42]}
    assert schema_errors("incident_set.v1", s) == []
    updates, _ = plan_updates(s, ["DE"])
    assert {u.country: u.to_json()["version"] for u in updates} == {"DE": [-1, 42], "FR": [-1, 42]}


def test_stored_state_from_before_the_version_token_still_reads() -> None:
    assert article_state(None) == (None, [])
    assert article_state(["DE", "FR"]) == (UNVERSIONED, ["DE", "FR"])
    assert article_state({"version": [-1, 5], "countries": ["ML"]}) == ([-1, 5], ["ML"])
    legacy = {"day": "2026-04-30", "total": 1, "by_type": {"riot": 1}, "fatalities": 0}
    assert stored_contribution(legacy) == (UNVERSIONED, legacy)
    assert stored_contribution({"version": [-1, 5], "contribution": None}) == ([-1, 5], None)  # a kept clear


def test_an_internal_update_that_cannot_be_applied_is_described() -> None:
    good = CountryUpdate("a", "ML", None).to_json()
    assert update_errors(good) == []
    assert update_errors([1, 2]) == ["expected a JSON object, got list"]
    assert update_errors({**good, "country": 7}) == ["country: missing or not a string"]
    assert update_errors({**good, "contribution": {"total": 1}})
