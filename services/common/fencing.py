"""Fence a worker that stood still past its consumer session: the work it held belongs to another worker now.

Kafka evicts a consumer whose heartbeats stop for the session timeout and gives its partitions to the
others. A process that was frozen (SIGSTOP, a VM migration, a CPU-starved container, a long GC) does not
know that when it resumes: its agents go on with the records they held, and would publish stale results
before the first heartbeat answer tells it. A watch thread notices the stall by the clock (every thread of
the process, the consumer's heartbeat thread included, stood still with it); the agents then withhold
what they hold as soon as the rebalance starts (Faust's rebalance callbacks), without committing it, so the
partitions' new owners process it. This narrows the window; the version token (versions.py) closes it.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

import faust
from faust.types import TP

log = logging.getLogger(__name__)
TICK_S = 0.25  # the watch thread's clock resolution; far below any session timeout
SETTLE_POLL_S = 0.05  # how often an agent looks whether the rebalance has started


class StallWatch:
    """Notice, by the clock, that the whole process stood still longer than `limit_s`.

    `mark` is sampled when a stall is noticed (the fence passes the app's rebalance count), so what
    follows the stall can be told from what came before it.
    """

    def __init__(self, limit_s: float, mark: Callable[[], int] = lambda: 0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit_s, self._mark, self._clock = limit_s, mark, clock
        self._lock = threading.Lock()
        self._last = clock()
        self._mark_at_stall: int | None = None  # None: no stall pending

    def start(self) -> None:
        """Tick in a daemon thread for the life of the process (the time before it started is no stall)."""
        with self._lock:
            self._last = self._clock()
        threading.Thread(target=self._run, name="stall-watch", daemon=True).start()

    def _run(self) -> None:
        while True:
            self.tick()
            time.sleep(TICK_S)

    def tick(self) -> None:
        """Record that the process runs now; note a stall when the last tick is older than the limit."""
        now = self._clock()
        with self._lock:
            stalled_s, self._last = now - self._last, now
            if stalled_s > self.limit_s and self._mark_at_stall is None:
                self._mark_at_stall = self._mark()
                log.warning("this process stood still for %.1fs (over the %.1fs session timeout): its partitions "
                            "have moved; withholding the work it held until the group rebalances", stalled_s, self.limit_s)

    def stall_mark(self) -> int | None:
        """The mark taken when a pending stall was noticed (also one just now, before the thread ticked); None if none."""
        self.tick()
        return self._mark_at_stall

    def settle(self, mark: int | None = None) -> None:
        """Forget the pending stall (only if `mark` is past the one taken at the stall, when given)."""
        with self._lock:
            if mark is None or (self._mark_at_stall is not None and mark > self._mark_at_stall):
                self._mark_at_stall = None


class Fence:
    """Tell an agent whether the records it holds are stale because its worker was evicted meanwhile."""

    def __init__(self, app: faust.App, session_timeout_s: float) -> None:
        self.app, self.session_timeout_s = app, session_timeout_s
        self.watch = StallWatch(session_timeout_s, mark=lambda: app.rebalancing_count)

        @app.on_partitions_revoked.connect
        async def _distrust_local_tables(*_: Any, **__: Any) -> None:
            if self.watch.stall_mark() is not None:  # revoked after the stall: producer flushed, late writes acked
                forget_persisted_offsets(app)

        @app.on_partitions_assigned.connect
        async def _settled(*_: Any, **__: Any) -> None:
            # the rebalance after the stall is done: Faust cleared the agents' buffers and seeks to committed offsets
            self.watch.settle(app.rebalancing_count)

        @app.task
        async def _start_watch() -> None:
            self.watch.start()  # when the worker starts, not when the app is declared

    async def holds_stale(self) -> bool:
        """After a stall past the session timeout, wait for the rebalance that follows: True (withhold) once it starts.

        Returns False at once when there was no stall, and False after one session timeout when no rebalance
        started since the stall (the group kept this worker, so its records are still its own).
        """
        mark = self.watch.stall_mark()
        if mark is None:
            return False
        deadline = time.monotonic() + self.session_timeout_s
        while self.app.rebalancing_count <= mark:
            if time.monotonic() > deadline:
                log.info("no rebalance followed the stall: the group kept this worker; carrying on")
                self.watch.settle()
                return False
            await asyncio.sleep(SETTLE_POLL_S)
        return True


def forget_persisted_offsets(app: faust.App) -> None:
    """Make the next recovery read every changelog from its start, into the local state kept so far.

    A worker that resumes after a stall still sends what its producer held; each changelog write it gets
    acknowledged moves its local "read up to" offset past the records the partition's new owner wrote
    meanwhile, which its next recovery would then skip. Reading everything again (versioned tables keep
    the newest value per key) repairs that.
    """
    tables = list(app.tables.values())
    for table in tables:
        topic = table.changelog_topic.get_topic_name()
        for partition in range(table.partitions or app.conf.topic_partitions):
            table.data.set_persisted_offset(TP(topic, partition), -1)  # -1: before the first record
    if tables:
        log.warning("local table state may miss changelog records written while this worker stood still: "
                    "the next recovery reads the changelogs of %d table(s) from the start", len(tables))


def withhold(events: Iterable[faust.types.EventT]) -> int:
    """Drop held events without committing them: their partitions' new owners process them again.

    Marked done for Faust's wait-for-streams at the rebalance, but never given to the consumer's ack, so
    their offsets are not committed.
    """
    count = 0
    for event in events:
        event.message.acked = True
        count += 1
    return count
