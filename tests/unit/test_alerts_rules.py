"""Alert rules as pure functions: threshold and spike breaches, each alerted once."""

from __future__ import annotations

import datetime as dt
from typing import Any

from services.alerts.rules import AlertRules, alert_key, baseline, breaches, describe, new_alerts
from services.common.contracts import schema_errors
from services.common.settings import Settings

NOW = dt.datetime(2026, 5, 1, 12, tzinfo=dt.UTC)
RULES = AlertRules(threshold=10, spike_multiplier=3.0, spike_min_count=5, baseline_days=7, retention_days=30)


def counts(country: str, daily_totals: dict[str, int]) -> dict[str, Any]:
    """A country-counts v1 value with the given daily totals (all battles)."""
    daily = {d: {"total": n, "by_type": {"battle": n}, "fatalities": 2 * n} for d, n in daily_totals.items()}
    total = sum(daily_totals.values())
    return {"country": country, "name": country, "total": total, "by_type": {"battle": total}, "fatalities": 2 * total,
            "articles": total, "daily": daily, "updated_at": "2026-05-01T12:00:00Z"}


def quiet_week(start: str, per_day: int) -> dict[str, int]:
    first = dt.date.fromisoformat(start)
    return {(first + dt.timedelta(days=n)).isoformat(): per_day for n in range(7)}


def test_a_day_at_the_threshold_raises_a_threshold_alert() -> None:
    daily = {**quiet_week("2026-04-23", 4), "2026-04-30": 10}  # baseline 4/day: 10 is no spike (needs 12)
    found = breaches(counts("ML", daily), RULES)
    assert [(a["rule"], a["day"], a["count"]) for a in found] == [("threshold", "2026-04-30", 10)]
    assert found[0]["baseline"] is None


def test_below_the_threshold_and_the_spike_level_nothing_is_raised() -> None:
    assert breaches(counts("ML", {**quiet_week("2026-04-23", 3), "2026-04-30": 8}), RULES) == []  # spike needs 9


def test_a_first_busy_day_after_a_quiet_retained_week_is_a_spike() -> None:
    found = breaches(counts("ML", {"2026-04-30": 6}), RULES)  # nothing in the retained days before: baseline 0
    assert [(a["rule"], a["baseline"], a["threshold"]) for a in found] == [("spike", 0.0, 5.0)]


def test_a_spike_against_the_trailing_mean_is_raised() -> None:
    daily = {**quiet_week("2026-04-01", 1), "2026-04-08": 6}  # mean 1/day, 6 >= max(5, 3 x 1)
    found = breaches(counts("NE", daily), RULES)
    assert [(a["rule"], a["day"], a["baseline"], a["threshold"]) for a in found] == [("spike", "2026-04-08", 1.0, 5.0)]
    assert found[0]["baseline_days"] == 7


def test_no_spike_when_the_day_is_not_a_multiple_of_the_baseline() -> None:
    daily = {**quiet_week("2026-04-01", 3), "2026-04-08": 8}  # needs 9
    assert [a["rule"] for a in breaches(counts("NE", daily), RULES)] == []


def test_no_spike_when_below_the_minimum_count_even_from_zero() -> None:
    daily = {"2026-03-01": 1, "2026-04-08": 4}
    assert breaches(counts("NE", daily), RULES) == []


def test_missing_days_count_as_zero_in_the_baseline() -> None:
    daily = {"2026-04-01": 7, "2026-04-08": 1}
    assert baseline(counts("NE", daily)["daily"], dt.date(2026, 4, 8), 7) == 1.0


def test_no_spike_for_days_whose_baseline_fell_out_of_retention() -> None:
    rules = AlertRules(threshold=100, retention_days=10)
    daily = {"2026-04-01": 6, "2026-04-10": 1}  # retention keeps 04-01..04-10: 04-01 has no full baseline
    assert breaches(counts("NE", daily), rules) == []


def test_both_rules_can_fire_for_the_same_day() -> None:
    daily = {**quiet_week("2026-04-01", 1), "2026-04-08": 12}
    assert [a["rule"] for a in breaches(counts("SD", daily), RULES)] == ["threshold", "spike"]


def test_an_alert_already_raised_is_not_raised_again() -> None:
    value = counts("ML", {"2026-04-29": 11, "2026-04-30": 12})
    first = new_alerts(value, RULES, set(), NOW)
    assert [(a["day"], a["rule"]) for a in first] == [
        ("2026-04-29", "threshold"), ("2026-04-29", "spike"), ("2026-04-30", "threshold"), ("2026-04-30", "spike")]
    raised = {alert_key(a) for a in first}
    grown = counts("ML", {"2026-04-29": 15, "2026-04-30": 12, "2026-05-01": 10})
    again = new_alerts(grown, RULES, raised, NOW)
    assert [(a["day"], a["rule"]) for a in again] == [("2026-05-01", "threshold")]


def test_alerts_follow_the_alert_contract() -> None:
    daily = {**quiet_week("2026-04-01", 1), "2026-04-08": 12}
    for alert in new_alerts(counts("SD", daily), RULES, set(), NOW):
        assert schema_errors("alert.v1", alert) == []
        assert alert["raised_at"] == "2026-05-01T12:00:00Z"
        assert "SD" in describe(alert)


def test_rules_come_from_the_settings() -> None:
    settings = Settings(alert_daily_threshold=3, alert_spike_multiplier=2.5, alert_spike_min_count=4,
                        alert_baseline_days=14, daily_retention_days=60)
    assert AlertRules.from_settings(settings) == AlertRules(3, 2.5, 4, 14, 60)


def with_events(value: dict[str, Any], daily_events: dict[str, int]) -> dict[str, Any]:
    """The same value as country-counts v2: its reports plus the distinct events they describe."""
    buckets = {d: {"events": n, "by_type": {"battle": n}, "fatalities": n} for d, n in daily_events.items()}
    return {**value, "schema_version": 2, "events": sum(daily_events.values()), "events_by_type": {},
            "event_fatalities": sum(daily_events.values()), "daily_events": buckets}


def test_reports_of_one_incident_by_many_outlets_alert_once_they_are_many_events() -> None:
    coverage = counts("ML", {"2026-04-30": 12})  # twelve reports...
    assert "threshold" in [a["rule"] for a in breaches(coverage, RULES)]  # a v1 value counts reports
    assert breaches(with_events(coverage, {"2026-04-30": 2}), RULES) == []  # ...of two incidents: no alert
    violent = breaches(with_events(coverage, {"2026-04-30": 11}), RULES)
    assert {(a["rule"], a["count"], a["counted"]) for a in violent} == {("threshold", 11, "events"), ("spike", 11, "events")}
    alert = new_alerts(with_events(coverage, {"2026-04-30": 11}), RULES, set(), NOW)[0]
    assert schema_errors("alert.v1", alert) == [] and "11 event(s)" in describe(alert)
