"""What the counts must be: computed offline by the enricher's own code on the same input."""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.language import Language

from services.aggregator.counting import CountryIndex, contributions_by_country
from services.common.contracts import normalise_article
from services.enricher.core import enrich_records, incident_set

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


def _content_key(article: dict[str, Any]) -> tuple[Any, ...]:
    return article.get("title"), article["body"], article.get("published_at")


def offline_counts(latest: dict[str, dict[str, Any]], nlp: Language, retention_days: int) -> dict[str, dict[str, Any]]:
    """Country counts (without updated_at) for the latest version of each article id."""
    distinct = {_content_key(a): a for a in latest.values()}
    keys = list(distinct)
    records = [normalise_article(distinct[k], 10**9, NOW) for k in keys]
    by_content = dict(zip(keys, enrich_records(records, nlp), strict=True))
    sets = [incident_set({**by_content[_content_key(article)], "id": article_id}) for article_id, article in latest.items()]
    return incident_set_counts(sets, retention_days)


def incident_set_counts(latest_sets: list[dict[str, Any]], retention_days: int) -> dict[str, dict[str, Any]]:
    """Country counts (without updated_at) of the latest incident set of each article."""
    index = CountryIndex()
    for s in latest_sets:
        for country, contribution in contributions_by_country(s).items():
            index.apply(country, None, contribution)
    return {cc: _without_time(index.snapshot(cc, retention_days, NOW)) for cc, t in index.totals.items() if t.total}


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
