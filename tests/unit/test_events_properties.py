"""Properties of event grouping: a function of the set of reports, whatever their order or history."""

from __future__ import annotations

import dataclasses
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from services.aggregator.event_book import CountryEvents
from services.aggregator.event_values import Event, event_counts
from services.aggregator.events import group_reports
from services.aggregator.offline_events import events_of
from services.aggregator.reports import Report
from tests.unit.events_support import clusters, recalled, report

PLACES = {"ML": ["Gao", "GAO", "Kidal", "Bamako", None], "US": ["Kalamazoo", "Michigan", "Newton", "Kansas", "County", None]}
TYPES = ["battle", "explosion", "civilian_attack", "protest", "riot"]


@st.composite
def article_reports(draw: st.DrawFn, article: str) -> list[Report]:
    """One article's reports: none to three incidents of one country, and up to two recalled as background
    (often the article's only ones, as in a follow-up)."""
    country = draw(st.sampled_from(sorted(PLACES)))
    hour = draw(st.integers(0, 5 * 24))
    published = f"2026-03-{1 + hour // 24:02d}T{hour % 24:02d}:00:00Z"
    current = draw(st.integers(0, 3))
    out = [recalled(article, current + j, published=published, country=draw(st.sampled_from([country, *sorted(PLACES)])),
                    type=draw(st.sampled_from(TYPES)), location=draw(st.sampled_from(PLACES[country])))
           for j in range(draw(st.integers(0 if current else 1, 2)))]
    for index in range(current):
        day = f"2026-03-{1 + hour // 24 - draw(st.integers(0, 2)):02d}" if hour >= 48 else published[:10]
        out.append(report(article, index, country=country, type=draw(st.sampled_from(TYPES)), day=day,
                          stated=draw(st.booleans()), location=draw(st.sampled_from(PLACES[country])),
                          dead=draw(st.none() | st.integers(0, 30)), published=published,
                          mention=index > 0 and draw(st.booleans())))
    return out


@st.composite
def article_sets(draw: st.DrawFn) -> dict[str, list[Report]]:
    """Up to twelve articles with their reports."""
    return {f"a{i}": draw(article_reports(f"a{i}")) for i in range(draw(st.integers(1, 12)))}


def _events(reports: list[Report], background_days: int = 7) -> list[Event]:
    return events_of(reports, background_days)


@settings(max_examples=300, deadline=None)
@given(article_sets(), st.randoms(use_true_random=False))
def test_any_permutation_of_the_reports_gives_the_same_events(articles: dict[str, list[Report]], rnd: random.Random) -> None:
    reports = [r for rs in articles.values() for r in rs]
    shuffled = list(reports)
    rnd.shuffle(shuffled)
    assert clusters(group_reports(shuffled)) == clusters(group_reports(reports))
    assert _events(shuffled) == _events(reports)


@settings(max_examples=300, deadline=None)
@given(article_sets(), st.randoms(use_true_random=False), st.integers(0, 3))
def test_streaming_in_any_order_gives_the_offline_events(articles: dict[str, list[Report]], rnd: random.Random,
                                                         background_days: int) -> None:
    """Also with corrections: some articles come again, with other reports (or none), then as they end."""
    books: dict[str, CountryEvents] = {}
    order = list(articles)
    rnd.shuffle(order)
    others = [*articles.values(), []]
    detours = [(a, rnd.choice(others)) for a in rnd.sample(order, k=min(2, len(order)))]
    steps = [(a, articles[a]) for a in order]
    steps += [(a, [dataclasses.replace(r, key=r.key._replace(article_id=a)) for r in rs]) for a, rs in detours]
    steps += [(a, articles[a]) for a, _ in detours]
    for article, reports in steps:
        by_country: dict[str, list[Report]] = {c: [] for b in books.values() for c in [b.country]}
        for r in reports:
            by_country.setdefault(r.country, []).append(r)
        for country, rs in by_country.items():
            books.setdefault(country, CountryEvents(country, background_days=background_days)).replace_article(article, rs)
    streamed = sorted((e for b in books.values() for e in b.all_events()), key=lambda e: e.id)
    offline = sorted(_events([r for rs in articles.values() for r in rs], background_days), key=lambda e: e.id)
    assert streamed == offline
    rebuilt = [CountryEvents.from_reports(c, [r for rs in articles.values() for r in rs if r.country == c],
                                          background_days=background_days) for c in sorted(books)]
    assert sorted((e for b in rebuilt for e in b.all_events()), key=lambda e: e.id) == offline


@settings(max_examples=200, deadline=None)
@given(article_sets(), article_reports("extra"))
def test_adding_then_removing_a_report_returns_to_the_same_events(articles: dict[str, list[Report]],
                                                                   extra: list[Report]) -> None:
    country = extra[0].country
    book = CountryEvents(country)
    for article, rs in articles.items():
        book.replace_article(article, [r for r in rs if r.country == country])
    before = book.all_events()
    book.replace_article("extra", extra)
    book.replace_article("extra", [])
    assert book.all_events() == before


def _counts_by_scanning(book: CountryEvents, retention_days: int) -> dict:
    """The event fields computed from scratch over the book's events (what the running tally must equal)."""
    out = event_counts(book.all_events(), retention_days)
    archived = list(book.archived.values())
    out["events"] += len(archived)
    out["event_fatalities"] += sum(e.fatalities or 0 for e in archived)
    by_type = dict(out["events_by_type"])
    for e in archived:
        by_type[e.type] = by_type.get(e.type, 0) + 1
    out["events_by_type"] = dict(sorted(by_type.items()))
    return out


@settings(max_examples=200, deadline=None)
@given(article_sets(), st.randoms(use_true_random=False), st.integers(1, 4), st.integers(1, 3))
def test_the_running_counts_equal_a_count_over_all_events(articles: dict[str, list[Report]], rnd: random.Random,
                                                          window: int, retention: int) -> None:
    """Counts kept incrementally (corrections, removals, closing, archiving) equal counting every event again."""
    book = CountryEvents("ML", window_days=window)
    order = list(articles) + rnd.sample(list(articles), k=min(3, len(articles)))  # some articles come again
    for n, article in enumerate(order):
        reports = [r for r in articles[article] if r.country == "ML"]
        book.replace_article(article, [] if n >= len(articles) and rnd.random() < 0.5 else reports)
        assert book.counts(retention) == _counts_by_scanning(book, retention)
