"""Alert rules as pure functions: from one country-counts value to the alerts it warrants.

Two rules per country and UTC day: `threshold` (the day's incidents reach a fixed count) and
`spike` (the day's incidents reach both a minimum count and a multiple of the mean of the days
before it). An alert is identified by (country, day, rule) and is raised once. Incidents are events
(distinct real incidents, by event day) in a country-counts v2 value, and incident reports in a v1
value, so five outlets covering one bombing count once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from services.common.contracts import iso_utc
from services.common.settings import Settings

AlertKey = tuple[str, str, str]  # (country, day, rule)


@dataclass(frozen=True)
class AlertRules:
    """The configured thresholds (see the ALERT_* settings)."""

    threshold: int = 10
    spike_multiplier: float = 3.0
    spike_min_count: int = 5
    baseline_days: int = 7
    retention_days: int = 30  # the aggregator keeps this many days back from a country's newest day

    @classmethod
    def from_settings(cls, settings: Settings) -> AlertRules:
        """Take the rules from the one settings object."""
        return cls(settings.alert_daily_threshold, settings.alert_spike_multiplier, settings.alert_spike_min_count,
                   settings.alert_baseline_days, settings.daily_retention_days)


def day_total(daily: dict[str, Any], day: dt.date) -> int:
    """Incidents of one day (a day without a bucket had none)."""
    return int(daily.get(day.isoformat(), {}).get("total", 0))


def baseline(daily: dict[str, Any], day: dt.date, days: int) -> float:
    """Mean daily incidents over the `days` calendar days before `day`."""
    return sum(day_total(daily, day - dt.timedelta(days=n)) for n in range(1, days + 1)) / days


def has_full_baseline(daily: dict[str, Any], day: dt.date, rules: AlertRules) -> bool:
    """True when every baseline day is inside the retained window, so missing buckets really mean zero."""
    newest = max(dt.date.fromisoformat(d) for d in daily)
    oldest_kept = newest - dt.timedelta(days=rules.retention_days - 1)
    return day - dt.timedelta(days=rules.baseline_days) >= oldest_kept


def counted_days(counts: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """The day buckets the rules count, as {day: {total, by_type, fatalities}}, and what they count.

    Events when the value has them (country-counts v2), else incident reports (a v1 value).
    """
    events = counts.get("daily_events")
    if isinstance(events, dict):
        return {day: {"total": b.get("events", 0), "by_type": b.get("by_type", {}), "fatalities": b.get("fatalities", 0)}
                for day, b in events.items()}, "events"
    return counts.get("daily") or {}, "reports"


def _alert(counts: dict[str, Any], day: str, rule: str, threshold: float, base: float | None,
           rules: AlertRules) -> dict[str, Any]:
    daily, counted = counted_days(counts)
    bucket = daily[day]
    alert = {"country": counts["country"], "name": counts.get("name", counts["country"]), "day": day, "rule": rule,
             "count": bucket["total"], "counted": counted, "threshold": threshold, "baseline": base,
             "by_type": bucket.get("by_type", {}), "fatalities": bucket.get("fatalities", 0)}
    if rule == "spike":
        alert["baseline_days"] = rules.baseline_days
    return alert


def breaches(counts: dict[str, Any], rules: AlertRules) -> list[dict[str, Any]]:
    """Every (day, rule) breach in a country-counts value, oldest day first, without raised_at."""
    daily, _ = counted_days(counts)
    found = []
    for day in sorted(daily):
        total = int(daily[day].get("total", 0))
        if total >= rules.threshold:
            found.append(_alert(counts, day, "threshold", rules.threshold, None, rules))
        date = dt.date.fromisoformat(day)
        if total >= rules.spike_min_count and has_full_baseline(daily, date, rules):
            base = baseline(daily, date, rules.baseline_days)
            needed = max(float(rules.spike_min_count), rules.spike_multiplier * base)
            if total >= needed:
                found.append(_alert(counts, day, "spike", round(needed, 3), round(base, 3), rules))
    return found


def alert_key(alert: dict[str, Any]) -> AlertKey:
    """The identity of an alert: one per country, day and rule."""
    return (alert["country"], alert["day"], alert["rule"])


def new_alerts(counts: dict[str, Any], rules: AlertRules, raised: Iterable[AlertKey] | set[AlertKey],
               now: dt.datetime) -> list[dict[str, Any]]:
    """The breaches not raised before, stamped with raised_at."""
    already = raised if isinstance(raised, set) else set(raised)
    return [{**a, "raised_at": iso_utc(now)} for a in breaches(counts, rules) if alert_key(a) not in already]


def describe(alert: dict[str, Any]) -> str:
    """One human-readable line for stdout."""
    why = (f">= threshold {alert['threshold']:g}" if alert["rule"] == "threshold"
           else f">= {alert['threshold']:g} (baseline {alert['baseline']:g}/day over {alert.get('baseline_days')} days)")
    return (f"ALERT {alert['rule']:<9} {alert['country']} {alert['name']} {alert['day']}: "
            f"{alert['count']} {alert.get('counted', 'reports')[:-1]}(s) {why}, fatalities {alert.get('fatalities', 0)}")
