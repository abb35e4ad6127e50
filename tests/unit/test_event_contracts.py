"""The event contracts and the code that writes them stay in step; the incident set carries what grouping needs."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from services.aggregator.event_values import Event
from services.aggregator.reports import report_from_json, report_to_json, reports_by_country, reports_from_incident_set
from services.common.contracts import SCHEMA_DIR, schema_errors
from services.enricher.core import incident_set, stated_date


def _schema(name: str) -> dict:
    return json.loads((SCHEMA_DIR / f"{name}.json").read_text())


def test_new_schemas_reject_an_empty_object() -> None:
    for name in ("event.v1", "country_counts.v2"):
        assert schema_errors(name, {}) != []


OPTIONAL_EVENT_FIELDS = {"background_articles"}  # written only when not empty


def test_event_record_and_schema_have_the_same_fields() -> None:
    schema = _schema("event.v1")
    fields = {f.name for f in dataclasses.fields(Event)}
    assert set(schema["required"]) == fields - OPTIONAL_EVENT_FIELDS
    assert set(schema["properties"]) - {"updated_at"} == fields


def test_country_counts_v2_keeps_every_v1_field_as_it_was() -> None:
    v1, v2 = _schema("country_counts.v1"), _schema("country_counts.v2")
    assert set(v1["required"]) <= set(v2["required"])
    for name, spec in v1["properties"].items():
        assert v2["properties"][name] == spec


def _enriched(events: list[dict], published: str = "2026-03-05T10:00:00Z") -> dict:
    return {"id": "art-1", "content_hash": "0" * 64, "published_at": published, "events": events}


def _event(sentence: str, **kw: object) -> dict:
    base = {"type": "explosion", "incident": True, "background": False, "country": "ML", "location": "Gao",
            "fatalities": 4, "trigger": "blast", "sentence": sentence, "start": 0, "end": 1}
    return {**base, **kw}


def test_incident_set_carries_place_stated_day_and_publication_time() -> None:
    value = incident_set(_enriched([_event("A blast on Tuesday killed four people in Gao.")]))
    assert schema_errors("incident_set.v1", value) == []
    assert value["published_at"] == "2026-03-05T10:00:00Z"
    assert value["incidents"] == [{"type": "explosion", "country": "ML", "fatalities": 4, "location": "Gao",
                                   "event_date": "2026-03-03"}]
    (report,) = reports_from_incident_set(value)
    assert report.day == dt.date(2026, 3, 3) and report.day_stated


def test_an_incident_set_without_the_new_fields_still_makes_reports() -> None:
    old = {"id": "a", "content_hash": "0" * 64, "event_date": "2026-03-05",
           "incidents": [{"type": "riot", "country": "FR", "fatalities": None}]}
    (report,) = reports_from_incident_set(old)
    assert report.day == dt.date(2026, 3, 5) and not report.day_stated and report.place is None


def test_the_stated_day_counts_back_from_publication_and_ignores_statement_dates() -> None:
    thursday = dt.date(2026, 3, 5)
    assert stated_date("Gunmen attacked the post on Thursday.", thursday) == "2026-03-05"
    assert stated_date("Gunmen attacked the post on Friday.", thursday) == "2026-02-27"
    assert stated_date("The attack happened yesterday.", thursday) == "2026-03-04"
    assert stated_date("Four died in the attack, officials said on Wednesday.", thursday) is None
    assert stated_date("Four died in the attack.", thursday) is None
    assert stated_date("An attack on Monday.", None) is None


def test_reports_survive_a_round_trip_through_json_and_split_by_country() -> None:
    value = {"id": "a", "content_hash": "0" * 64, "event_date": "2026-03-05", "published_at": "2026-03-05T10:00:00Z",
             "incidents": [{"type": "riot", "country": "FR", "fatalities": None, "location": "Lyon", "event_date": None},
                           {"type": "battle", "country": "ML", "fatalities": 3, "location": "Gao",
                            "event_date": "2026-03-04"}]}
    by_country = reports_by_country(value)
    assert sorted(by_country) == ["FR", "ML"] and by_country["ML"][0].key.position == 1
    for reports in by_country.values():
        for r in reports:
            assert report_from_json(json.loads(json.dumps(report_to_json(r)))) == r
