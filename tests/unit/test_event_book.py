"""A country's events kept current in the stream: corrections, removals, replays and the time window."""

from __future__ import annotations

from services.aggregator.event_book import CountryEvents
from services.aggregator.event_values import summarise
from services.aggregator.events import group_reports
from tests.unit.events_support import report


def test_a_correction_moves_an_article_from_one_event_to_another() -> None:
    book = CountryEvents("ML")
    book.replace_article("gao1", [report("gao1", location="Gao", dead=4)])
    book.replace_article("kidal1", [report("kidal1", location="Kidal", dead=2)])
    book.replace_article("late", [report("late", location="Gao", dead=6, published="2026-03-03T09:00:00Z")])
    assert {e.location: e.articles for e in book.all_events()} == {"Gao": ("gao1", "late"), "Kidal": ("kidal1",)}
    changes = book.replace_article("late", [report("late", location="Kidal", dead=3, published="2026-03-03T09:00:00Z")])
    assert {e.location: e.articles for e in book.all_events()} == {"Gao": ("gao1",), "Kidal": ("kidal1", "late")}
    assert {e.location: e.fatalities for e in changes.upserted} == {"Gao": 4, "Kidal": 3}
    assert changes.removed == []


def test_an_event_that_loses_all_its_reports_is_retracted() -> None:
    book = CountryEvents("ML")
    event_id = book.replace_article("a", [report("a")]).upserted[0].id
    changes = book.replace_article("a", [])
    assert changes.removed == [event_id] and book.all_events() == []


def test_a_replay_changes_nothing() -> None:
    book = CountryEvents("ML")
    reports = [report("a", dead=3), report("a", 1, type="protest", location="Bamako")]
    book.replace_article("a", reports)
    before = book.all_events()
    changes = book.replace_article("a", reports)
    assert changes.upserted == [] and changes.removed == [] and book.all_events() == before


def test_when_the_earliest_report_goes_the_event_gets_a_new_id() -> None:
    book = CountryEvents("ML")
    first = book.replace_article("a", [report("a", published="2026-03-02T08:00:00Z")]).upserted[0].id
    book.replace_article("b", [report("b", published="2026-03-02T10:00:00Z")])
    changes = book.replace_article("a", [])
    assert changes.removed == [first] and [e.articles for e in changes.upserted] == [("b",)]


def test_old_events_are_closed_and_their_reports_dropped() -> None:
    book = CountryEvents("ML", window_days=14)
    book.replace_article("old", [report("old", day="2026-01-01", location="Gao")])
    book.replace_article("new", [report("new", day="2026-02-01", location="Gao")])
    assert set(book.reports) == {report("new").key}  # the January report no longer takes memory
    assert {e.articles for e in book.all_events()} == {("old",), ("new",)}  # but its event is still counted
    assert book.counts(retention_days=30)["events"] == 2


def test_a_report_older_than_the_window_does_not_join_an_open_event() -> None:
    book = CountryEvents("ML", window_days=14)
    book.replace_article("new", [report("new", day="2026-02-20", location="Gao")])
    book.replace_article("stale", [report("stale", day="2026-02-01", location="Gao")])
    assert {e.articles for e in book.all_events()} == {("new",), ("stale",)}


def test_closed_events_past_the_daily_retention_still_count_in_totals() -> None:
    book = CountryEvents("ML", window_days=3)
    for i, day in enumerate(["2026-01-01", "2026-02-01", "2026-03-01"]):
        book.replace_article(f"a{i}", [report(f"a{i}", day=day, dead=2)])
    counts = book.counts(retention_days=10)
    assert counts["events"] == 3 and counts["event_fatalities"] == 6 and list(counts["daily_events"]) == ["2026-03-01"]


def test_rebuilding_from_held_reports_gives_the_same_events() -> None:
    reports = [report("a"), report("b", type="battle"), report("c", location="Kidal")]
    book = CountryEvents("ML")
    for r in reports:
        book.replace_article(r.key.article_id, [r])
    rebuilt = CountryEvents.from_reports("ML", reports)
    assert rebuilt.all_events() == book.all_events() == sorted(
        (summarise(g) for g in group_reports(reports)), key=lambda e: (e.first_report_at, e.id))


def test_an_unplaced_report_follows_the_one_event_of_its_type_as_events_come_and_go() -> None:
    book = CountryEvents("ML")
    book.replace_article("raid", [report("raid", type="civilian_attack", location="Kidal")])
    book.replace_article("radio", [report("radio", type="civilian_attack", location=None)])
    book.replace_article("blast", [report("blast", location="Gao")])  # fits too, but another type
    assert {e.location: e.articles for e in book.all_events()} == {"Kidal": ("radio", "raid"), "Gao": ("blast",)}
    book.replace_article("raid2", [report("raid2", type="civilian_attack", location="Bamako")])  # two of its type
    assert sorted(e.articles for e in book.all_events()) == [("blast",), ("radio",), ("raid",), ("raid2",)]
    book.replace_article("raid2", [])
    assert {e.location: e.articles for e in book.all_events()} == {"Kidal": ("radio", "raid"), "Gao": ("blast",)}
    reports = [book.reports[k] for k in sorted(book.reports)]
    assert sorted(e.articles for e in book.all_events()) == sorted(summarise(g).articles for g in group_reports(reports))
