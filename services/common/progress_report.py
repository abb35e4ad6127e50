"""Report a worker that holds lagging partitions but makes no progress: its consumer's state and its agents' stacks.

Issue 8's quarantined aggregator-freeze test failed twice in CI with a worker that said "Worker ready" and then
left the table short for 180 s, and its log could not tell the possible causes apart: an agent blocked (on a
produce, on a lock), records skipped by the consumer (Faust drops a fetched record below its read offset), a
partition Faust no longer asks the fetcher for (paused, or left out of its active set), or offsets that can no
longer commit (a gap at the head of the acknowledged ones). When the lag exporter sees lag on a partition and
none of the worker's read or committed offsets has moved for `stall_report_after_s`, this logs one report that
names each of those states, so the next such run explains itself. (The cause found since is in seek_guard.py.)

The state is read from Faust's and aiokafka's private attributes (faust-streaming 0.15, aiokafka 0.14), each
read guarded: a report must never stop the worker.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import faust
from faust.types import TP

log = logging.getLogger(__name__)
TRACEBACK_CHARS = 1500  # the test harness prints the last 3,000 characters of a worker log


@dataclass(frozen=True)
class PartitionState:
    """What the broker and the worker's consumer say about one assigned source partition (None: unknown)."""

    tp: str  # "topic:partition"
    end: int | None  # the broker's end offset
    committed: int | None  # the group's committed offset at the broker
    read: int | None = None  # Faust's last delivered offset; fetched records below it are dropped
    position: int | None = None  # aiokafka's next fetch offset
    acked: int = 0  # acknowledged offsets waiting to be committed
    acked_min: int | None = None
    gaps: int = 0  # offset ranges Faust counts as acknowledged (compaction, transaction markers)
    active: bool | None = None  # Faust asks the fetcher for this partition
    paused: bool | None = None

    @property
    def lag(self) -> int:
        """Records between the committed offset and the end."""
        return max(0, (self.end or 0) - (self.committed or 0))


class ProgressWatch:
    """Tell when partitions have lag and none of the read or committed offsets moved for `after_s`.

    Read offsets alone are not enough: a worker that has read everything and is still working through it (the
    enricher's NLP) reads nothing new while its commits move.
    """

    def __init__(self, after_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.after_s, self._clock = after_s, clock
        self._last: tuple[tuple[str, int | None, int | None], ...] | None = None
        self._since = clock()
        self._reported = False

    def stalled_for(self, parts: Iterable[PartitionState]) -> float | None:
        """Seconds without progress when a report is due (once per stall), else None."""
        parts = sorted(parts, key=lambda p: p.tp)
        now, progress = self._clock(), tuple((p.tp, p.read, p.committed) for p in parts)
        if progress != self._last or not any(p.lag for p in parts):
            self._last, self._since, self._reported = progress, now, False
            return None
        if self._reported or now - self._since < self.after_s:
            return None
        self._reported = True
        return now - self._since


def describe(parts: Iterable[PartitionState], flow: Mapping[str, Any], tracebacks: str) -> str:
    """One report: the flow flags, a line per partition, then the agents' stacks (cut to TRACEBACK_CHARS)."""
    lines = ["flow: " + " ".join(f"{k}={v}" for k, v in flow.items())]
    for p in sorted(parts, key=lambda p: p.tp):
        skipping = p.read is not None and p.position is not None and p.read > p.position  # Faust drops offsets < read
        lines.append(f"{p.tp} lag={p.lag} end={p.end} committed={p.committed} read={p.read} position={p.position} "
                     f"acked={p.acked}(min {p.acked_min}) gaps={p.gaps} active={p.active} paused={p.paused}"
                     + (" SKIPPING: records below the read offset will be fetched and dropped" if skipping else ""))
    return "\n".join(lines) + "\nagents:\n" + tracebacks[-TRACEBACK_CHARS:]


def _private(read: Callable[[], Any]) -> Any:
    try:
        return read()
    except Exception:  # noqa: BLE001 - private attributes may move in another Faust version
        return None


def consumer_state(app: faust.App, rows: Mapping[tuple[str, int], tuple[int | None, int]]) -> list[PartitionState]:
    """Add Faust's and aiokafka's view of each partition to the exporter's (committed, end) rows."""
    consumer: Any = app.consumer
    fetcher = _private(lambda: consumer._thread._consumer._subscription.subscription.assignment)
    active = _private(lambda: {(tp.topic, tp.partition) for tp in consumer._active_partitions or ()}) or set()
    paused = _private(lambda: {(tp.topic, tp.partition) for tp in consumer._paused_partitions}) or set()
    return [_partition_state(consumer, fetcher, TP(topic, partition), committed, end, active, paused)
            for (topic, partition), (committed, end) in rows.items()]


def _partition_state(consumer: Any, fetcher: Any, tp: TP, committed: int | None, end: int,
                     active: set[tuple[str, int]], paused: set[tuple[str, int]]) -> PartitionState:
    acked = _private(lambda: list(consumer._acked.get(tp) or ())) or []
    return PartitionState(
        f"{tp.topic}:{tp.partition}", end, committed, read=_private(lambda: consumer._read_offset.get(tp)),
        position=_private(lambda: fetcher.state_value(tp).position if fetcher else None),
        acked=len(acked), acked_min=min(acked) if acked else None,
        gaps=_private(lambda: len(consumer._gap.get(tp) or ())) or 0,
        active=(tp.topic, tp.partition) in active, paused=(tp.topic, tp.partition) in paused)


def flow_flags(app: faust.App) -> dict[str, Any]:
    """The app's and consumer's flow state: rebalancing, generation, flow and flow control active, unacked count."""
    consumer: Any = app.consumer
    return {"rebalancing": app.rebalancing, "generation": app.consumer_generation_id,
            "consumer_flow": _private(lambda: consumer.flow_active),
            "flow_control": _private(lambda: app.flow_control.is_active()),
            "unacked": _private(lambda: len(consumer._unacked_messages))}


def report_if_stalled(app: faust.App, watch: ProgressWatch,
                      rows: Mapping[tuple[str, int], tuple[int | None, int]]) -> bool:
    """Log a report when the worker holds lag and made no progress for the watch's limit; True when it did."""
    parts = consumer_state(app, rows)
    stalled_s = watch.stalled_for(parts)
    if stalled_s is None:
        return False
    tracebacks = _private(lambda: app.agents.human_tracebacks()) or "(unavailable)"
    log.warning("no progress for %.0fs on partitions with lag (issue 8 stall report):\n%s", stalled_s,
                describe(parts, flow_flags(app), tracebacks))
    return True
