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

log = logging.getLogger(__name__)
TICK_S = 0.25  # the watch thread's clock resolution; far below any session timeout
SETTLE_POLL_S = 0.05  # how often an agent looks whether the rebalance has started


class StallWatch:
    """Notice, by the clock, that the whole process stood still longer than `limit_s`."""

    def __init__(self, limit_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit_s, self._clock = limit_s, clock
        self._lock = threading.Lock()
        self._last = clock()
        self._stalled_s: float | None = None  # length of the last stall not yet settled by a rebalance

    def start(self) -> None:
        """Tick in a daemon thread for the life of the process."""
        threading.Thread(target=self._run, name="stall-watch", daemon=True).start()

    def _run(self) -> None:
        while True:
            self.tick()
            time.sleep(TICK_S)

    def tick(self) -> None:
        """Record that the process runs now; note a stall when the last tick is older than the limit."""
        now = self._clock()
        with self._lock:
            if now - self._last > self.limit_s:
                self._stalled_s = now - self._last
                log.warning("this process stood still for %.1fs (over the %.1fs session timeout): "
                            "its partitions have moved; withholding the work it held", self._stalled_s, self.limit_s)
            self._last = now

    def stalled(self) -> bool:
        """True when a stall is pending (also one that happened just now, before the thread ticked)."""
        self.tick()
        return self._stalled_s is not None

    def settle(self) -> None:
        """Forget the pending stall: the group has rebalanced, or kept this worker."""
        with self._lock:
            self._stalled_s = None


class Fence:
    """Tell an agent whether the records it holds are stale because its worker was evicted meanwhile."""

    def __init__(self, app: faust.App, session_timeout_s: float) -> None:
        self.app, self.session_timeout_s = app, session_timeout_s
        self.watch = StallWatch(session_timeout_s)

        @app.on_partitions_assigned.connect
        async def _settled(*_: Any, **__: Any) -> None:
            self.watch.settle()  # Faust cleared the agents' buffers and seeks to committed offsets

        @app.task
        async def _start_watch() -> None:
            self.watch.start()  # when the worker starts, not when the app is declared

    async def holds_stale(self) -> bool:
        """After a stall past the session timeout, wait for the rebalance that follows: True (withhold) once it starts.

        Returns False at once when there was no stall, and False after one session timeout when no rebalance
        came (the group kept this worker, so its records are still its own).
        """
        if not self.watch.stalled():
            return False
        deadline = time.monotonic() + self.session_timeout_s
        while not self.app.rebalancing:
            if time.monotonic() > deadline:
                log.info("no rebalance followed the stall: the group kept this worker; carrying on")
                self.watch.settle()
                return False
            await asyncio.sleep(SETTLE_POLL_S)
        return True


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
