"""The count agent's events: rebuilt from held reports after a rebalance, and reconciled with the events topic."""

from __future__ import annotations

from services.aggregator.counting import plan_updates, update_errors
from services.aggregator.event_stream import OwnedEvents, changes_records, held_reports
from services.aggregator.reports import report_from_json, reports_json
from tests.unit.events_support import report


def test_events_rebuilt_from_held_reports_equal_those_kept_update_by_update() -> None:
    articles = {
        "gao1": [report("gao1", dead=4)],
        "gao2": [report("gao2", dead=6, published="2026-03-03T08:00:00Z")],
        "kidal": [report("kidal", location="Kidal", type="battle")],
        "bamako": [report("bamako", location="Bamako", type="protest"), report("bamako", 1, country="SN",
                                                                              location="Dakar", type="protest")],
    }
    live = OwnedEvents(window_days=14)
    for article, reports in articles.items():
        for country in {r.country for r in reports}:
            live.replace_article(country, article, [r for r in reports if r.country == country])
    held = [(r.country, [r]) for reports in articles.values() for r in reports]
    rebuilt = OwnedEvents.from_held(reversed(held), window_days=14)
    assert rebuilt.current({"ML", "SN"}) == live.current({"ML", "SN"})
    assert len(live.current({"ML"})) == 3  # the two Gao reports are one event


def test_reconcile_tombstones_what_a_stale_worker_published_and_resends_what_was_lost() -> None:
    owned = OwnedEvents(window_days=14)
    owned.replace_article("ML", "gao1", [report("gao1", dead=4)])
    owned.replace_article("ML", "kidal", [report("kidal", location="Kidal", type="battle")])
    current = owned.current({"ML"})
    gao, kidal = sorted(current, key=lambda eid: current[eid]["location"])
    stale = {**current[gao], "id": "ev-stale", "articles": ["gone"]}
    published = {gao: current[gao], "ev-stale": stale}  # kidal's publication was lost in a crash
    records = owned.reconcile(published, {"ML"}, retention_days=30)
    assert records == [(kidal, current[kidal]), ("ev-stale", None)]
    for event_id, value in records:  # what the topic holds once they are sent: nothing left to do
        published = {k: v for k, v in {**published, event_id: value}.items() if v is not None}
    assert owned.reconcile(published, {"ML"}, retention_days=30) == []


def test_reconcile_leaves_other_countries_and_events_past_the_retention_alone() -> None:
    owned = OwnedEvents(window_days=14)
    owned.replace_article("ML", "new", [report("new", day="2026-03-20")])
    current = owned.current({"ML"})
    archived = {"id": "ev-old", "country": "ML", "event_date": "2026-01-02"}
    elsewhere = {"id": "ev-sn", "country": "SN", "event_date": "2026-03-20"}
    published = {**current, "ev-old": archived, "ev-sn": elsewhere}
    assert owned.reconcile(published, {"ML"}, retention_days=30) == []
    assert owned.reconcile(published, {"ML", "SN"}, retention_days=30) == [("ev-sn", None)]


def test_an_update_carries_the_articles_reports_per_country_and_a_clear_carries_none() -> None:
    incident_set = {"id": "a1", "event_date": "2026-03-02", "published_at": "2026-03-02T10:00:00Z", "version": [1, 7],
                    "incidents": [{"type": "explosion", "country": "ML", "fatalities": 3, "location": "Gao"},
                                  {"type": "protest", "country": "SN", "fatalities": None}]}
    updates, touched = plan_updates(incident_set, previous_countries=["NE"])
    by_country = {u.country: u for u in updates}
    assert touched == ["ML", "NE", "SN"]
    assert by_country["NE"].reports == [] and by_country["NE"].contribution is None
    ml = [report_from_json(r) for r in by_country["ML"].to_json()["reports"]]
    assert [(r.type, r.location, r.fatalities, r.key.position) for r in ml] == [("explosion", "Gao", 3, 0)]
    assert [r.key.position for r in held_reports({"reports": by_country["SN"].reports})] == [1]
    assert update_errors(by_country["ML"].to_json()) == []


def test_an_update_with_malformed_reports_is_refused_with_its_reason() -> None:
    good = {"article_id": "a", "country": "ML", "contribution": None, "reports": []}
    assert update_errors(good) == []
    assert update_errors({k: v for k, v in good.items() if k != "reports"}) == []  # written before events existed
    bad = update_errors({**good, "reports": [{"article_id": "a"}]})
    assert len(bad) == 1 and bad[0].startswith("reports:")


def test_changes_become_upserts_then_tombstones() -> None:
    owned = OwnedEvents(window_days=14)
    first = owned.replace_article("ML", "a", [report("a")])
    (event_id, value), = changes_records(first)
    assert value is not None and value["articles"] == ["a"]
    assert changes_records(owned.replace_article("ML", "a", [])) == [(event_id, None)]
    assert reports_json([report("b", 1), report("b", 0)])[0]["position"] == 0
