"""route's fast incident-set check never accepts what the incident_set.v1 schema rejects, and accepts real sets."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from services.aggregator.counting import incident_set_errors, plainly_valid_incident_set
from services.bench.grouping import realistic_sets
from services.common.contracts import schema_errors

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.floats(allow_nan=False, width=16),
                    st.sampled_from(["", "US", "us", "U S", "USA", "US\n", "battle", "riot", "bombing",
                                     "2026-03-01", "2026-02-30", "2026-3-1", "2026-03-01T12:00:00Z",
                                     "2026-03-01T12:00:00+01:00", "2026-03-01T25:00:00Z", "2026-03-01 12:00:00",
                                     "２０２６-03-01", "2026-03-01\n"]))
INCIDENT = st.fixed_dictionaries(
    {"type": st.one_of(st.sampled_from(["battle", "explosion", "civilian_attack", "protest", "riot"]), SCALARS),
     "country": st.one_of(st.sampled_from(["US", "ML", "SY"]), SCALARS),
     "fatalities": st.one_of(st.none(), st.integers(0, 50), SCALARS)},
    optional={"location": st.one_of(st.none(), st.text(max_size=8), SCALARS),
              "event_date": st.one_of(st.none(), st.just("2026-03-01"), SCALARS),
              "extra": SCALARS})
INCIDENT_SET = st.fixed_dictionaries(
    {"id": st.one_of(st.just("a1"), SCALARS), "content_hash": st.one_of(st.just("0" * 64), SCALARS),
     "event_date": st.one_of(st.just("2026-03-01"), SCALARS),
     "incidents": st.one_of(st.lists(st.one_of(INCIDENT, SCALARS), max_size=3), SCALARS)},
    optional={"published_at": st.one_of(st.just("2026-03-01T08:00:00Z"), SCALARS),
              "source_timestamp_ms": st.one_of(st.none(), st.integers(0, 10**13), SCALARS),
              "version": st.one_of(st.lists(st.integers(-1, 9), min_size=0, max_size=3),
                                   st.lists(SCALARS, max_size=2), SCALARS)})


@settings(max_examples=600, deadline=None)
@given(st.one_of(INCIDENT_SET, SCALARS, st.lists(SCALARS, max_size=2)))
def test_the_fast_check_accepts_only_what_the_schema_accepts(value: object) -> None:
    if plainly_valid_incident_set(value):
        assert schema_errors("incident_set.v1", value) == []
    assert incident_set_errors(value) == schema_errors("incident_set.v1", value)


def test_the_fast_check_accepts_the_sets_the_enricher_writes() -> None:
    sets = realistic_sets(200, ending=dt.datetime(2026, 3, 1, tzinfo=dt.UTC))
    versioned = [{**s, "version": [-1, i], "source_timestamp_ms": 1_700_000_000_000} for i, s in enumerate(sets)]
    assert all(plainly_valid_incident_set(s) for s in versioned)
