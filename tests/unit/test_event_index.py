"""The event book's indexes find every possible pair and every fit: lookups narrow the search, never the result."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from services.aggregator.event_book import CountryEvents
from services.aggregator.event_index import Span, span_fits
from services.aggregator.events import compatible
from services.aggregator.reports import Report
from tests.unit.events_support import report

PLACES = {"ML": ["Gao", "GAO", "Kidal", "Gao region", None], "US": ["Kalamazoo", "Michigan", "Newton", "Kansas", None]}
TYPES = ["battle", "explosion", "civilian_attack", "protest", "riot"]


@st.composite
def reports(draw: st.DrawFn, article: str) -> list[Report]:
    """One article's reports in one country, over ten days, placed or not, stated or not."""
    country = draw(st.sampled_from(sorted(PLACES)))
    out = []
    for index in range(draw(st.integers(1, 3))):
        day = f"2026-03-{draw(st.integers(1, 10)):02d}"
        out.append(report(article, index, country=country, type=draw(st.sampled_from(TYPES)), day=day,
                          stated=draw(st.booleans()), location=draw(st.sampled_from(PLACES[country])),
                          dead=draw(st.none() | st.integers(0, 3)), mention=index > 0 and draw(st.booleans())))
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 10 ** 6), min_size=2, max_size=8, unique=True).flatmap(
    lambda ids: st.tuples(*[reports(f"a{i}") for i in ids])))
def test_every_compatible_pair_of_one_kind_is_found_through_the_index(articles: tuple[list[Report], ...]) -> None:
    held = [r for rs in articles for r in rs]
    for country in {r.country for r in held}:
        book = CountryEvents.from_reports(country, [r for r in held if r.country == country])
        mine = [r for r in held if r.country == country]
        for a in mine:
            found = book._alike(a)
            for b in mine:
                same_kind = (a.place is None) == (b.place is None)  # placed and unplaced meet through fits
                if b.key != a.key and same_kind and compatible(a, b):
                    assert b.key in found, (a, b)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 10), st.booleans()), min_size=1, max_size=4),
       st.lists(st.tuples(st.integers(1, 10), st.booleans()), min_size=1, max_size=4))
def test_every_fit_has_a_report_on_a_day_the_other_unit_looks_up(group_days: list[tuple[int, bool]],
                                                                 cluster_days: list[tuple[int, bool]]) -> None:
    group = Span.of([report("g", i, day=f"2026-03-{d:02d}", stated=s, location=None)
                     for i, (d, s) in enumerate(group_days)])
    cluster = Span.of([report("c", i, day=f"2026-03-{d:02d}", stated=s) for i, (d, s) in enumerate(cluster_days)])
    if span_fits(group, cluster):
        assert {f"2026-03-{d:02d}" for d, _ in cluster_days} & {d.isoformat() for d in group.fit_days()}
        assert {f"2026-03-{d:02d}" for d, _ in group_days} & {d.isoformat() for d in cluster.fit_days()}
