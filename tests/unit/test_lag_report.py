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


def test_a_caught_up_group_has_lag_zero_and_a_partition_without_commits_lags_by_everything() -> None:
    assert [r.lag for r in ROWS] == [0, 6, 3]


def test_a_group_with_no_committed_offsets_is_absent_not_lagging() -> None:
    report = lag_report(ROWS, dt.datetime(2026, 5, 1, tzinfo=dt.UTC))
    assert report["total_lag"] == 6  # only the groups that exist
    assert report["absent"] == ["agg"]
    assert [(g["group"], g["lag"], g["topics"]) for g in report["groups"]] == [("enr", 6, {"raw": 6})]


def test_a_group_that_committed_somewhere_counts_its_uncommitted_partitions() -> None:
    rows = [PartitionLag("agg", "incidents", 0, 2, 3), PartitionLag("agg", "incidents", 1, None, 4)]
    report = lag_report(rows)
    assert report["absent"] == [] and report["total_lag"] == 1 + 4


def test_the_table_shows_each_partition_the_totals_and_says_which_groups_are_absent() -> None:
    lines = format_lag(ROWS).splitlines()
    assert len(lines) == 1 + 2 + 1 + 1 + 1
    assert lines[-2].split()[:2] == ["ALL", "GROUPS"] and lines[-2].split()[-1] == "6"
    assert lines[-1].startswith("agg") and "absent" in lines[-1] and "not in the total" in lines[-1]


def test_json_output_parses() -> None:
    assert orjson.loads(render(ROWS, as_json=True))["total_lag"] == 6


def test_every_service_group_is_listed_with_its_topics() -> None:
    settings = Settings()
    groups = dict(service_groups(settings))
    assert groups[settings.enricher_app_id] == [settings.topic_articles_raw]
    assert settings.topic_incidents in groups[settings.aggregator_app_id]
    assert groups[settings.alerts_app_id] == [settings.topic_incidents_by_country]
