"""What the counts must be: computed offline by the enricher's own code on the same input."""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.language import Language

from services.aggregator.archive import bounded_sets
from services.aggregator.counting import CountryIndex, contributions_by_country
from services.aggregator.event_values import Event, country_counts_v2, event_counts
from services.aggregator.offline_events import events_of
from services.aggregator.reports import reports_from_incident_set
from services.common.contracts import normalise_article
from services.common.settings import get_settings
from services.enricher.core import enrich_records, incident_set

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


def _content_key(article: dict[str, Any]) -> tuple[Any, ...]:
    return article.get("title"), article["body"], article.get("published_at")


def offline_counts(latest: dict[str, dict[str, Any]], nlp: Language, retention_days: int) -> dict[str, dict[str, Any]]:
    """Country counts v2 (without updated_at) for the latest version of each article id."""
    return incident_set_counts(offline_incident_sets(latest, nlp), retention_days)


def offline_incident_sets(latest: dict[str, dict[str, Any]], nlp: Language) -> list[dict[str, Any]]:
    """The incident set of the latest version of each article id, by the enricher's own code."""
    distinct = {_content_key(a): a for a in latest.values()}
    keys = list(distinct)
    records = [normalise_article(distinct[k], 10**9, NOW) for k in keys]
    by_content = dict(zip(keys, enrich_records(records, nlp), strict=True))
    return [incident_set({**by_content[_content_key(article)], "id": article_id}) for article_id, article in latest.items()]


def kept_sets(latest_sets: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What the aggregator keeps of the sets, received in publication order (bounded state, archive.py)."""
    settings = get_settings()
    return bounded_sets(latest_sets, settings.daily_retention_days, settings.event_window_days)


def offline_events(latest_sets: list[dict[str, Any]]) -> list[Event]:
    """The events that the grouping gives on the latest incident set of each article (within the horizon)."""
    return events_of(r for s in kept_sets(latest_sets) for r in reports_from_incident_set(s))


def offline_event_records(latest_sets: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The events topic as a compacted-topic reader should see it: event.v1 values by id."""
    return {e.id: e.to_json() for e in offline_events(latest_sets)}


def incident_set_counts(latest_sets: list[dict[str, Any]], retention_days: int) -> dict[str, dict[str, Any]]:
    """Country counts v2 (without updated_at) of the latest incident set of each article."""
    index = CountryIndex()
    for s in kept_sets(latest_sets):
        for country, contribution in contributions_by_country(s).items():
            index.apply(country, None, contribution)
    events = offline_events(latest_sets)
    return {cc: _without_time(country_counts_v2(index.snapshot(cc, retention_days, NOW), event_counts(
        [e for e in events if e.country == cc], retention_days))) for cc, t in index.totals.items() if t.total}


def table_counts(table: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The table topic's countries with incidents, without updated_at."""
    return {cc: _without_time(v) for cc, v in table.items() if v["total"]}


def _without_time(value: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in value.items() if k != "updated_at"}


def count_differences(actual: dict[str, dict[str, Any]], expected: dict[str, dict[str, Any]]) -> list[str]:
    """Human-readable differences between two country-count maps (empty when equal)."""
    out = []
    for cc in sorted(set(actual) | set(expected)):
        a, e = actual.get(cc, {}), expected.get(cc, {})
        for field in sorted(set(a) | set(e)):
            if a.get(field) != e.get(field):
                out.append(f"{cc}.{field}: table={a.get(field)!r} offline={e.get(field)!r}")
    return out
