"""What the pipeline's outputs must be: the table and events topics against the offline computation."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from tests.expectations import count_differences, incident_set_counts, offline_event_records, table_counts
from tests.integration.pipeline import Pipeline

RETENTION = 30  # DAILY_RETENTION_DAYS of the workers the tests start (the default)


async def assert_outputs_are(pipeline: Pipeline, latest_sets: list[dict[str, Any]]) -> None:
    """The table topic and the events topic, as downstream consumers read them, equal the offline ones."""
    expected = incident_set_counts(latest_sets, RETENTION)
    assert expected, "the input must produce incidents, or the comparison proves nothing"
    differences = count_differences(table_counts(await pipeline.counts()), expected)
    assert not differences, f"{len(differences)} difference(s):\n" + "\n".join(differences[:30])
    events, expected_events = await pipeline.events(), offline_event_records(latest_sets)
    extra, missing = sorted(set(events) - set(expected_events)), sorted(set(expected_events) - set(events))
    changed = sorted(k for k in set(events) & set(expected_events) if events[k] != expected_events[k])
    assert not (extra or missing or changed), (
        f"events topic: {len(extra)} extra, {len(missing)} missing, {len(changed)} different of {len(expected_events)}; "
        f"e.g. extra {[events[k] for k in extra[:2]]} missing {[expected_events[k] for k in missing[:2]]} "
        f"different {[(events[k], expected_events[k]) for k in changed[:2]]}")


async def wait_until_table_is(pipeline: Pipeline, latest_sets: list[dict[str, Any]], deadline_s: float) -> None:
    """Wait until the table topic equals the offline counts of `latest_sets` (the work was done, whatever the lag)."""
    expected = incident_set_counts(latest_sets, RETENTION)
    deadline = time.monotonic() + deadline_s
    while (differences := count_differences(table_counts(await pipeline.counts()), expected)):
        if time.monotonic() > deadline:
            # the lag tells a stalled worker (lag stays) from records skipped without their work (lag 0)
            raise AssertionError(f"the table did not reach the expected counts within {deadline_s}s; "
                                 f"{len(differences)} difference(s), e.g. {differences[:5]}\n"
                                 f"{await pipeline.lag()}\n{pipeline.logs()}")
        await asyncio.sleep(0.5)
