"""The stall report: when it is due, what it says, and that reading a declared (not started) app's consumer never raises."""

from __future__ import annotations

from pathlib import Path

from services.common.faust_app import create_faust_app
from services.common.progress_report import PartitionState, ProgressWatch, consumer_state, describe, flow_flags
from services.common.settings import Settings


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def part(read: int | None, committed: int | None = 10, end: int | None = 20, **extra: object) -> PartitionState:
    return PartitionState("t:0", end, committed, read=read, **extra)  # type: ignore[arg-type]


def test_a_report_is_due_once_when_lagging_partitions_stand_still_past_the_limit() -> None:
    clock = Clock()
    watch = ProgressWatch(30.0, clock)
    assert watch.stalled_for([part(12)]) is None
    clock.now = 29.0
    assert watch.stalled_for([part(12)]) is None
    clock.now = 31.0
    assert watch.stalled_for([part(12)]) == 31.0
    clock.now = 100.0
    assert watch.stalled_for([part(12)]) is None  # once per stall


def test_progress_or_no_lag_resets_the_watch() -> None:
    clock = Clock()
    watch = ProgressWatch(30.0, clock)
    watch.stalled_for([part(12)])
    clock.now = 20.0
    assert watch.stalled_for([part(13)]) is None  # read offset moved
    clock.now = 45.0
    assert watch.stalled_for([part(13)]) is None  # 25 s since the progress
    clock.now = 80.0
    assert watch.stalled_for([part(13, committed=11)]) is None  # all read, still committing: working, not stalled
    clock.now = 90.0
    assert watch.stalled_for([part(13, committed=20)]) is None  # caught up: no lag
    clock.now = 200.0
    assert watch.stalled_for([part(13, committed=20)]) is None


def test_the_report_names_a_partition_whose_fetch_position_lies_below_its_read_offset() -> None:
    text = describe([part(15, position=11, acked=3, acked_min=16, active=True, paused=False)],
                    {"rebalancing": False}, "x" * 5000)
    assert "t:0 lag=10 end=20 committed=10 read=15 position=11 acked=3(min 16)" in text
    assert "SKIPPING" in text and "flow: rebalancing=False" in text
    assert text.endswith("x" * 1500) and "x" * 1501 not in text
    assert "SKIPPING" not in describe([part(11, position=11)], {}, "")  # just after a seek: read = position


def test_reading_an_unstarted_apps_consumer_gives_unknowns_not_errors(tmp_path: Path) -> None:
    app = create_faust_app("progress-test", Settings(state_dir=tmp_path, table_store="memory://"), 6099)
    parts = consumer_state(app, {("t", 0): (5, 9)})
    assert [(p.tp, p.lag, p.position) for p in parts] == [("t:0", 4, None)]
    assert flow_flags(app)["rebalancing"] is False
