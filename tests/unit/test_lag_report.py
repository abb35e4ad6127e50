"""Lag rows: the Java convention (committed = next offset to read), totals, table and JSON forms."""

from __future__ import annotations

import datetime as dt

import orjson

from services.common.settings import Settings
from services.ops.__main__ import render
from services.ops.lag import PartitionLag, format_lag, lag_report, service_groups

ROWS = [
    PartitionLag("enr", "raw", 0, 10, 10),
    PartitionLag("enr", "raw", 1, 4, 10),
    PartitionLag("agg", "incidents", 0, None, 3),
]


def test_a_caught_up_group_has_lag_zero_and_a_group_without_commits_lags_by_everything() -> None:
    assert [r.lag for r in ROWS] == [0, 6, 3]


def test_the_report_totals_per_group_topic_and_overall() -> None:
    report = lag_report(ROWS, dt.datetime(2026, 5, 1, tzinfo=dt.UTC))
    assert report["total_lag"] == 9
    assert [(g["group"], g["lag"], g["topics"]) for g in report["groups"]] == [
        ("enr", 6, {"raw": 6}), ("agg", 3, {"incidents": 3})]
    assert report["groups"][1]["partitions"][0] == {
        "group": "agg", "topic": "incidents", "partition": 0, "committed": None, "end": 3, "lag": 3}


def test_the_table_shows_each_partition_and_the_totals() -> None:
    lines = format_lag(ROWS).splitlines()
    assert len(lines) == 1 + 3 + 2 + 1
    assert lines[3].split()[3] == "-"
    assert lines[-1].split()[-1] == "9"


def test_json_output_parses() -> None:
    assert orjson.loads(render(ROWS, as_json=True))["total_lag"] == 9


def test_every_service_group_is_listed_with_its_topics() -> None:
    settings = Settings()
    groups = dict(service_groups(settings))
    assert groups[settings.enricher_app_id] == [settings.topic_articles_raw]
    assert settings.topic_incidents in groups[settings.aggregator_app_id]
    assert groups[settings.alerts_app_id] == [settings.topic_incidents_by_country]
