"""Counting as pure functions: per-article contributions, and country totals derived from them.

The persisted state is only each article's contribution per country (set, never added), so a
replayed message rewrites the same value; totals are derived from contributions, never stored.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import orjson

from services.aggregator.reports import REPORT_FIELDS, reports_by_country, reports_json
from services.common.contracts import iso_utc, schema_errors
from services.common.countries import country_name
from services.common.versions import Version, version_of

Contribution = dict[str, Any]  # {"day", "total", "by_type", "fatalities"} of one article in one country


def contributions_by_country(incident_set: dict[str, Any]) -> dict[str, Contribution]:
    """Sum an article's counted incidents per country, in its event-time day."""
    out: dict[str, Contribution] = {}
    for incident in incident_set.get("incidents", []):
        c = out.setdefault(incident["country"], {
            "day": incident_set["event_date"], "total": 0, "by_type": {}, "fatalities": 0})
        c["total"] += 1
        c["by_type"][incident["type"]] = c["by_type"].get(incident["type"], 0) + 1
        c["fatalities"] += incident.get("fatalities") or 0
    return out


@dataclass(frozen=True)
class CountryUpdate:
    """Set (or with None, clear) one article's contribution to one country."""

    article_id: str
    country: str
    contribution: Contribution | None
    source_timestamp_ms: int | None = None
    version: Version | None = None
    reports: list[dict[str, Any]] = field(default_factory=list)  # the article's incident reports there (events)

    def to_json(self) -> dict[str, Any]:
        """Serialise as the internal country-update message."""
        return {"article_id": self.article_id, "country": self.country, "contribution": self.contribution,
                "source_timestamp_ms": self.source_timestamp_ms, "version": self.version, "reports": self.reports}


def plan_updates(
    incident_set: dict[str, Any], previous_countries: Iterable[str]
) -> tuple[list[CountryUpdate], list[str]]:
    """Return the updates for every country the article touches now or touched before, and that union.

    Re-sending the clears for countries an earlier version touched makes a replay repair a crash
    that happened after the article's state was saved but before its updates were sent. A country with
    only background reports gets an update too (no contribution, its reports), so a correction can detach them.
    """
    current = contributions_by_country(incident_set)
    reports = reports_by_country(incident_set)
    touched = sorted(set(previous_countries) | set(current) | set(reports))
    source_ms, version = incident_set.get("source_timestamp_ms"), incident_set.get("version")
    updates = [CountryUpdate(incident_set["id"], cc, current.get(cc), source_ms, version,
                             reports_json(reports.get(cc, []))) for cc in touched]
    return updates, touched


def update_records(updates: Iterable[CountryUpdate], max_bytes: int) -> list[tuple[str, bytes]]:
    """Pack updates (of countries in one partition of the internal topic) into as few records as fit `max_bytes`.

    Each record is {"updates": [...]} in the given order, keyed by its first update's country; an update larger
    than `max_bytes` travels alone. Fewer records, same statements: each is still applied on its own by `count`.
    """
    records: list[tuple[str, bytes]] = []
    parts: list[bytes] = []
    first, size = "", 0
    for update in updates:
        part = orjson.dumps(update.to_json())
        if parts and size + len(part) + 1 > max_bytes:
            records.append((first, b'{"updates":[' + b",".join(parts) + b"]}"))
            parts, size = [], 0
        if not parts:
            first = update.country
        parts.append(part)
        size += len(part) + 1
    if parts:
        records.append((first, b'{"updates":[' + b",".join(parts) + b"]}"))
    return records


def record_updates(value: Any) -> list[Any]:
    """The country updates of an internal record: its "updates" list, or the record itself (one update per record,
    as written before route sent them in batches)."""
    if isinstance(value, dict) and "updates" in value and "article_id" not in value:
        return list(value["updates"]) if isinstance(value["updates"], list) else [value["updates"]]
    return [value]


def update_record_errors(value: Any) -> list[str]:
    """List what is wrong with an internal record (empty when every update in it can be applied)."""
    updates = record_updates(value)
    if len(updates) == 1 and updates[0] is value:
        return update_errors(value)
    if not isinstance(value["updates"], list) or not updates:
        return ["updates: not a non-empty list of country updates"]
    return [f"updates[{i}]: {e}" for i, u in enumerate(updates) for e in update_errors(u)]


def article_state(stored: Any) -> tuple[Version | None, list[str]]:
    """Read route's per-article state: (version applied, countries ever touched); (None, []) when new.

    A bare list is the state written before the version token (its version counts as the lowest).
    """
    if stored is None:
        return None, []
    if isinstance(stored, list):
        return version_of(None), stored
    return version_of(stored), list(stored.get("countries", []))


def stored_contribution(stored: Any) -> tuple[Version | None, Contribution | None]:
    """Read count's per country-and-article state: (version applied, contribution); (None, None) when new.

    A cleared contribution is kept as None with its version, so an older set that arrives late cannot revive
    it; a bare contribution is the state written before the version token.
    """
    if stored is None:
        return None, None
    if "contribution" not in stored:
        return version_of(None), stored
    return version_of(stored), stored["contribution"]


INCIDENT_TYPES_V1 = frozenset({"battle", "explosion", "civilian_attack", "protest", "riot"})  # incident_set.v1's enum
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATE_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})")


def _is_date(value: Any) -> bool:
    if not (isinstance(value, str) and _DATE.fullmatch(value)):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_date_time(value: Any) -> bool:
    if not (isinstance(value, str) and _DATE_TIME.fullmatch(value)):
        return False
    try:
        dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _is_count(value: Any) -> bool:
    return type(value) is int and value >= 0


def _plainly_valid_incident(incident: Any) -> bool:
    if not isinstance(incident, dict):
        return False
    kind, country, location, stated = (incident.get("type"), incident.get("country"), incident.get("location"),
                                       incident.get("event_date"))
    return (isinstance(kind, str) and kind in INCIDENT_TYPES_V1
            and isinstance(country, str) and len(country) == 2 and country.isascii() and country.isalpha()
            and country.isupper()
            and "fatalities" in incident and (incident["fatalities"] is None or _is_count(incident["fatalities"]))
            and (location is None or isinstance(location, str))
            and (stated is None or _is_date(stated)))


def plainly_valid_incident_set(value: Any) -> bool:
    """A fast check that implies incident_set.v1 validity (True only for values the schema accepts).

    Stricter than the schema (e.g. a version of two ints, a plain ASCII date-time): a value it rejects may
    still be valid, and `incident_set_errors` then asks the full JSON Schema validator, whose answer stands.
    The schema validator costs about a tenth of a millisecond per set, a sizeable part of `route`'s work.
    """
    if not isinstance(value, dict):
        return False
    version, source_ms, incidents = value.get("version"), value.get("source_timestamp_ms"), value.get("incidents")
    background = value.get("background", [])
    return (isinstance(value.get("id"), str) and isinstance(value.get("content_hash"), str)
            and _is_date(value.get("event_date"))
            and ("published_at" not in value or _is_date_time(value["published_at"]))
            and (source_ms is None or type(source_ms) is int)
            and ("version" not in value or (type(version) is list and len(version) == 2
                                            and all(type(v) is int for v in version)))
            and type(incidents) is list and all(_plainly_valid_incident(i) for i in incidents)
            and type(background) is list and all(_plainly_valid_incident(i) for i in background))


def incident_set_errors(value: Any) -> list[str]:
    """The incident_set.v1 violations of `value` (empty when valid): the fast check first, the schema if it fails."""
    return [] if plainly_valid_incident_set(value) else schema_errors("incident_set.v1", value)


def update_errors(update: Any) -> list[str]:
    """List what is wrong with an internal country-update message (empty when it can be applied)."""
    if not isinstance(update, dict):
        return [f"expected a JSON object, got {type(update).__name__}"]
    errors = [f"{field}: missing or not a string" for field in ("country", "article_id")
              if not isinstance(update.get(field), str)]
    contribution = update.get("contribution", "missing")
    if contribution is not None and not (isinstance(contribution, dict)
                                         and {"day", "total", "by_type", "fatalities"} <= contribution.keys()):
        errors.append("contribution: not null nor a {day, total, by_type, fatalities} object")
    reports = update.get("reports", [])
    if not isinstance(reports, list) or not all(isinstance(r, dict) and REPORT_FIELDS <= r.keys() for r in reports):
        errors.append(f"reports: not a list of {{{', '.join(sorted(REPORT_FIELDS))}}} objects")
    return errors


@dataclass
class Tally:
    """Incident counts of one country (all time, or one day)."""

    total: int = 0
    fatalities: int = 0
    by_type: dict[str, int] = field(default_factory=dict)

    def add(self, c: Contribution, sign: int) -> None:
        """Add (sign=1) or remove (sign=-1) one contribution."""
        self.total += sign * c["total"]
        self.fatalities += sign * c["fatalities"]
        for kind, n in c["by_type"].items():
            left = self.by_type.get(kind, 0) + sign * n
            if left:
                self.by_type[kind] = left
            else:
                self.by_type.pop(kind, None)

    def to_json(self) -> dict[str, Any]:
        """Serialise as in the country-counts contract."""
        return {"total": self.total, "by_type": dict(sorted(self.by_type.items())), "fatalities": self.fatalities}


class CountryIndex:
    """Country totals derived from contributions; rebuilt from the table after any rebalance."""

    def __init__(self) -> None:
        self.totals: dict[str, Tally] = defaultdict(Tally)
        self.daily: dict[str, dict[str, Tally]] = defaultdict(lambda: defaultdict(Tally))
        self.articles: dict[str, int] = defaultdict(int)

    @classmethod
    def from_contributions(cls, items: Iterable[tuple[str, Contribution]]) -> CountryIndex:
        """Build the index from (country, contribution) pairs."""
        index = cls()
        for country, contribution in items:
            index.apply(country, None, contribution)
        return index

    def apply(self, country: str, old: Contribution | None, new: Contribution | None) -> None:
        """Replace one article's contribution `old` by `new` (either may be None)."""
        for contribution, sign in ((old, -1), (new, 1)):
            if contribution is None:
                continue
            self.totals[country].add(contribution, sign)
            day = self.daily[country]
            day[contribution["day"]].add(contribution, sign)
            if day[contribution["day"]].total == 0:
                del day[contribution["day"]]
            self.articles[country] += sign

    def add_folded(self, country: str, totals: dict[str, Any]) -> None:
        """Count contributions folded into the country's archive: totals and articles, no daily buckets."""
        self.totals[country].add({"total": totals["total"], "by_type": totals["by_type"],
                                  "fatalities": totals["fatalities"]}, 1)
        self.articles[country] += totals["articles"]

    def snapshot(self, country: str, retention_days: int, now: dt.datetime) -> dict[str, Any]:
        """Return the country's counts (country-counts v1), keeping the newest `retention_days` days."""
        daily = self.daily.get(country, {})
        kept = {}
        if daily:
            oldest = (dt.date.fromisoformat(max(daily)) - dt.timedelta(days=retention_days - 1)).isoformat()
            kept = {d: daily[d].to_json() for d in sorted(d for d in daily if d >= oldest)}
        tally = self.totals.get(country, Tally()).to_json()
        return {
            "country": country,
            "name": country_name(country),
            **tally,
            "articles": self.articles.get(country, 0),
            "daily": kept,
            "updated_at": iso_utc(now),
        }
