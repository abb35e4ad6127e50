"""Background incidents: a follow-up that recalls an incident supports the one event it fits, and changes nothing else."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import orjson
import pytest

from services.aggregator.__main__ import main
from services.aggregator.background import attach, eligible, fits
from services.aggregator.counting import CountryIndex, contributions_by_country, plainly_valid_incident_set, plan_updates
from services.aggregator.event_book import CountryEvents
from services.aggregator.event_values import Event, event_from_json, summarise
from services.aggregator.events import group_reports
from services.aggregator.offline_events import events_of
from services.aggregator.reports import report_from_json, report_to_json, reports_from_incident_set
from services.common.contracts import schema_errors
from services.common.place_nesting import parse_place
from services.enricher.core import incident_set
from tests.unit.events_support import recalled, report
from tests.unit.test_archive import CountSide, feed, without_time

FIRST = report("first", day="2026-03-02", stated=True, dead=4, published="2026-03-02T18:00:00Z")
UPDATE = report("update", day="2026-03-03", dead=6, published="2026-03-03T09:00:00Z")


def _only(events: list[Event]) -> Event:
    assert len(events) == 1
    return events[0]


def test_a_follow_up_that_recalls_the_incident_supports_its_event_and_changes_nothing_else() -> None:
    arrest = recalled("arrest", published="2026-03-06T10:00:00Z", type="civilian_attack")  # same class, other type
    alone = _only(events_of([FIRST, UPDATE]))
    event = _only(events_of([FIRST, UPDATE, arrest]))
    assert event.articles == ("arrest", "first", "update") and event.background_articles == ("arrest",)
    assert dataclasses.replace(event, articles=alone.articles, background_articles=()) == alone  # id, type, day, toll...
    assert event.to_json()["background_articles"] == ["arrest"] and "background_articles" not in alone.to_json()
    assert schema_errors("event.v1", event.to_json()) == []
    assert event_from_json(event.to_json()) == event


def test_a_background_report_never_forms_an_event_nor_joins_the_grouping() -> None:
    arrest = recalled("arrest", published="2026-03-06T10:00:00Z")
    assert events_of([arrest]) == [] and group_reports([arrest]) == []
    assert group_reports([FIRST, UPDATE, arrest]) == group_reports([FIRST, UPDATE])


def test_a_background_report_that_fits_two_events_supports_neither() -> None:
    other = report("other", day="2026-03-06", stated=True, published="2026-03-06T08:00:00Z")  # Gao again, days later
    assert len(events_of([FIRST, other])) == 2
    arrest = recalled("arrest", published="2026-03-07T10:00:00Z")
    assert all(e.background_articles == () for e in events_of([FIRST, other, arrest]))
    # with only one of them it attaches
    assert _only(events_of([other, arrest])).background_articles == ("arrest",)


def test_an_event_older_than_the_setting_is_not_supported() -> None:
    late = recalled("late", published="2026-03-10T10:00:00Z")  # 8 days after the event's day
    assert _only(events_of([FIRST, late])).background_articles == ()
    assert _only(events_of([FIRST, late], background_days=8)).background_articles == ("late",)
    before = recalled("before", published="2026-03-01T10:00:00Z")  # an event after the article: not its background
    assert _only(events_of([FIRST, before])).background_articles == ()


def test_another_country_type_class_or_place_is_not_the_event() -> None:
    event = summarise([FIRST])
    published = "2026-03-04T10:00:00Z"
    assert fits(recalled("a", published=published), event, 7)
    assert fits(recalled("a", published=published, location="Gao region"), event, 7)
    assert not fits(recalled("a", published=published, country="NE"), event, 7)
    assert not fits(recalled("a", published=published, type="protest"), event, 7)
    assert not fits(recalled("a", published=published, location="Kidal"), event, 7)


def test_an_unplaced_background_report_or_one_from_an_article_with_news_supports_nothing() -> None:
    unplaced = recalled("vague", published="2026-03-04T10:00:00Z", location=None)
    assert eligible([unplaced]) == []
    news = report("story", day="2026-03-04", location="Kidal")  # its news is another incident in the country
    context = recalled("story", 1, published="2026-03-04T12:00:00Z")
    assert eligible([news, context]) == []
    assert eligible([context]) == [context]
    events = events_of([FIRST, unplaced, news, context])
    assert all(e.background_articles == () for e in events) and len(events) == 2
    # news in another country stops it too: its incident set marks the background report as a mention (below)
    abroad = report("story", country="NE", day="2026-03-04", location="Niamey")
    aside = dataclasses.replace(context, mention=True)
    assert eligible([aside]) == []
    assert all(e.background_articles == () for e in events_of([FIRST, abroad, aside]))


def test_background_told_beside_news_abroad_is_marked_as_a_mention_of_that_story() -> None:
    def incident(country: str, location: str, background: bool) -> dict[str, Any]:
        return {"type": "explosion", "incident": True, "background": background, "country": country,
                "location": location, "fatalities": 3, "trigger": "blast", "sentence": "s", "start": 0, "end": 1}

    story = incident_set({"id": "baghdad", "content_hash": "0" * 64, "published_at": "2026-03-04T10:00:00Z",
                          "events": [incident("IQ", "Baghdad", False), incident("ML", "Gao", True)]})
    follow_up = incident_set({"id": "arrest", "content_hash": "0" * 64, "published_at": "2026-03-04T10:00:00Z",
                              "events": [incident("ML", "Gao", True)]})
    (news, context), (recall,) = reports_from_incident_set(story), reports_from_incident_set(follow_up)
    assert not news.mention and context.background and context.mention and not recall.mention
    assert report_from_json(report_to_json(context)) == context
    assert all(e.background_articles == () for e in events_of([FIRST, news, context]))
    assert _only(events_of([FIRST, recall])).background_articles == ("arrest",)


def test_an_event_without_a_place_is_supported_only_within_a_day() -> None:
    vague = report("vague", day="2026-03-02", location=None)
    assert _only(events_of([vague, recalled("next", published="2026-03-03T10:00:00Z")])).background_articles == ("next",)
    assert _only(events_of([vague, recalled("later", published="2026-03-05T10:00:00Z")])).background_articles == ()


def test_background_incidents_never_count() -> None:
    def enriched(article_id: str, background: bool) -> dict[str, Any]:
        return {"id": article_id, "content_hash": "0" * 64, "published_at": "2026-03-06T10:00:00Z",
                "events": [{"type": "explosion", "incident": True, "background": background, "country": "ML",
                            "location": "Gao", "fatalities": 9, "trigger": "blast", "sentence": "s", "start": 0,
                            "end": 1}]}

    follow_up = incident_set(enriched("arrest", True))
    assert follow_up["incidents"] == [] and follow_up["background"][0]["country"] == "ML"
    assert schema_errors("incident_set.v1", follow_up) == [] and plainly_valid_incident_set(follow_up)
    assert contributions_by_country(follow_up) == {}
    (update,), touched = plan_updates(follow_up, [])
    assert touched == ["ML"] and update.contribution is None and update.reports[0]["background"] is True
    index = CountryIndex()
    index.apply("ML", None, update.contribution)
    assert index.totals["ML"].total == 0 and index.articles["ML"] == 0
    (r,) = reports_from_incident_set(follow_up)
    assert r.background and r.day == dt.date(2026, 3, 6) and report_from_json(report_to_json(r)) == r
    book, plain = CountryEvents("ML"), CountryEvents("ML")
    for b in (book, plain):
        b.replace_article("first", [FIRST])
    book.replace_article("arrest", [r])
    assert book.counts(30) == plain.counts(30)
    assert book.all_events()[0].background_articles == ("arrest",)


def test_an_incident_set_without_background_still_reads() -> None:
    old = {"id": "a", "content_hash": "0" * 64, "event_date": "2026-03-05",
           "incidents": [{"type": "riot", "country": "FR", "fatalities": None}]}
    assert plainly_valid_incident_set(old) and [r.background for r in reports_from_incident_set(old)] == [False]
    assert report_from_json({k: v for k, v in report_to_json(reports_from_incident_set(old)[0]).items()
                             if k != "background"}).background is False


def test_a_correction_that_drops_the_background_incident_detaches_the_article() -> None:
    book = CountryEvents("ML")
    book.replace_article("first", [FIRST])
    arrest = recalled("arrest", published="2026-03-06T10:00:00Z")
    changes = book.replace_article("arrest", [arrest])
    (event,) = changes.upserted
    assert event.background_articles == ("arrest",) and changes.removed == []
    changes = book.replace_article("arrest", [])
    (event,) = changes.upserted
    assert event.articles == ("first",) and event.background_articles == ()
    # corrected to report news of its own in the country: no longer a follow-up
    book.replace_article("arrest", [arrest])
    news = dataclasses.replace(arrest, background=False, location="Kidal", place=parse_place("ML", "Kidal"))
    book.replace_article("arrest", [news, dataclasses.replace(arrest, key=arrest.key._replace(position=1))])
    assert {e.location: e.background_articles for e in book.all_events()} == {"Gao": (), "Kidal": ()}


def test_an_attachment_moves_when_the_events_change() -> None:
    book = CountryEvents("ML")
    arrest = recalled("arrest", published="2026-03-07T10:00:00Z")
    book.replace_article("arrest", [arrest])
    assert book.all_events() == []
    book.replace_article("first", [FIRST])
    assert book.all_events()[0].background_articles == ("arrest",)
    other = report("other", day="2026-03-06", stated=True, published="2026-03-06T08:00:00Z")
    changes = book.replace_article("other", [other])  # a second Gao event: the arrest could be either
    assert all(e.background_articles == () for e in book.all_events())
    assert {e.id for e in changes.upserted} == {e.id for e in book.all_events()}
    book.replace_article("first", [])  # the first is retracted: the arrest is about the other one
    assert [e.background_articles for e in book.all_events()] == [("arrest",)]
    assert book.all_events() == events_of([other, arrest])


def test_offline_attach_is_the_same_function_of_the_set_in_any_order() -> None:
    reports = [FIRST, UPDATE, recalled("arrest", published="2026-03-06T10:00:00Z"),
               recalled("funeral", published="2026-03-05T10:00:00Z", location="Gao region")]
    events = [summarise(g) for g in group_reports(reports)]
    assert attach(events, reports) == attach(events, list(reversed(reports)))
    assert _only(attach(events, reports)).background_articles == ("arrest", "funeral")


TOWNS = ["Gao", "Kidal", "Bamako", "Mopti"]


def _sets_with_follow_ups(days: int) -> list[dict[str, Any]]:
    """An explosion every other day, in each town in turn, and a follow-up that recalls it the day after."""
    start, sets = dt.date(2026, 1, 1), []
    for d in range(0, days, 2):
        day, later, town = start + dt.timedelta(days=d), start + dt.timedelta(days=d + 1), TOWNS[d // 2 % len(TOWNS)]
        sets.append({"id": f"news-{d}", "event_date": day.isoformat(), "published_at": f"{day}T08:00:00Z",
                     "version": [0, 0], "incidents": [{"type": "explosion", "country": "ML", "location": town,
                                                       "fatalities": 2}]})
        sets.append({"id": f"follow-{d}", "event_date": later.isoformat(), "published_at": f"{later}T08:00:00Z",
                     "version": [0, 0], "incidents": [],
                     "background": [{"type": "explosion", "country": "ML", "location": town, "fatalities": None}]})
    return sets


def test_folding_follow_ups_keeps_counts_exact_and_state_bounded() -> None:
    sets = _sets_with_follow_ups(120)
    bounded, unbounded = feed(CountSide(), sets), feed(CountSide(span=10_000), sets)
    assert bounded.folding.archive("ML").folded_articles > 0
    assert without_time(bounded.counts("ML")) == without_time(unbounded.counts("ML"))
    assert without_time(CountSide(table=bounded.table).counts("ML")) == without_time(unbounded.counts("ML"))
    book = bounded.events.book("ML")
    assert len(book.links.reports) < 30 and len(book.links.events) < 60  # forgotten with their folded articles
    kept = unbounded.events.book("ML")
    supported = [e for e in [*kept.all_events(), *kept.archived.values()] if e.background_articles]
    assert len(supported) == 60 and all(e.background_articles == (f"follow-{e.articles[1][5:]}",) for e in supported)


def test_the_events_command_marks_background_articles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def article(article_id: str, published: str, background: bool) -> dict[str, Any]:
        return {"id": article_id, "content_hash": "0" * 64, "published_at": published, "body": "x",
                "events": [{"type": "explosion", "incident": True, "background": background, "country": "NE",
                            "location": "Diffa", "fatalities": 5, "trigger": "t", "sentence": "s", "start": 0,
                            "end": 1}]}

    path = tmp_path / "enriched.jsonl"
    path.write_bytes(b"".join(orjson.dumps(a) + b"\n" for a in [
        article("first", "2026-04-01T08:00:00Z", False), article("arrest", "2026-04-04T08:00:00Z", True)]))
    assert main(["events", "--input", str(path)]) == 0
    assert "arrest  (background)" in capsys.readouterr().out
    assert main(["events", "--input", str(path), "--json"]) == 0
    (event,) = orjson.loads(capsys.readouterr().out)
    assert event["articles"] == ["arrest", "first"] and event["background_articles"] == ["arrest"]
    assert event["reports"] == 1 and event["fatalities"] == 5
