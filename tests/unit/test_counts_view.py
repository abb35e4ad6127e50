"""`make counts`: events (distinct incidents) first, reports beside them; v1 values still shown."""

from __future__ import annotations

from services.aggregator.counts_view import format_table


def test_the_table_shows_events_by_type_and_their_toll_beside_the_reports() -> None:
    covered_twice = {"country": "PK", "name": "Pakistan", "total": 2, "by_type": {"explosion": 2}, "fatalities": 10,
                     "events": 1, "events_by_type": {"explosion": 1}, "event_fatalities": 5}
    header, row = format_table([covered_twice]).splitlines()
    assert header.split() == ["code", "name", "events", "battle", "explos", "civ_att", "protest", "riot", "dead", "reports"]
    assert row.split() == ["PK", "Pakistan", "1", "0", "1", "0", "0", "0", "5", "2"]


def test_a_value_written_before_events_shows_its_reports() -> None:
    old = {"country": "ML", "name": "Mali", "total": 3, "by_type": {"battle": 3}, "fatalities": 7}
    assert format_table([old]).splitlines()[1].split() == ["ML", "Mali", "3", "3", "0", "0", "0", "0", "7", "3"]
    assert format_table([]).endswith("(no incidents counted yet)")
