"""A worker that stood still past its session notices it by the clock and withholds what it held."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from services.common.fencing import Fence, StallWatch


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_process_that_kept_ticking_has_not_stalled() -> None:
    clock = FakeClock()
    watch = StallWatch(8.0, clock=clock)
    for _ in range(100):
        clock.now += 0.25
        watch.tick()
    assert watch.stall_mark() is None


def test_a_gap_over_the_session_timeout_is_a_stall_until_the_rebalance_after_it_settles_it() -> None:
    clock, rebalances = FakeClock(), [3]
    watch = StallWatch(8.0, mark=lambda: rebalances[0], clock=clock)
    clock.now += 13.6  # SIGSTOP ... SIGCONT: the agent asks before the watch thread ticked
    assert watch.stall_mark() == 3
    watch.settle(3)  # an assignment of the rebalance that was going on before: not the one after the stall
    assert watch.stall_mark() == 3
    watch.settle(4)
    assert watch.stall_mark() is None


@dataclass
class FakeApp:
    rebalancing_count: int = 0

    def __post_init__(self) -> None:
        self.on_partitions_assigned = self.on_partitions_revoked = self

    def connect(self, fn: object) -> object:
        return fn

    def task(self, fn: object) -> object:
        return fn


SESSION_S = 1.0  # well above the watch thread's 0.25 s tick


async def test_held_records_are_stale_once_the_rebalance_after_a_stall_starts() -> None:
    app = FakeApp(rebalancing_count=1)
    fence = Fence(app, SESSION_S)  # type: ignore[arg-type]
    fence.watch.start()
    assert not await fence.holds_stale()  # no stall: carry on
    fence.watch._last -= 3.0  # the process stood still for three seconds, over the session
    asyncio.get_running_loop().call_later(0.2, lambda: setattr(app, "rebalancing_count", 2))  # evicted: rejoins
    assert await fence.holds_stale()


async def test_without_a_rebalance_after_the_stall_the_worker_keeps_its_records() -> None:
    fence = Fence(FakeApp(rebalancing_count=1), SESSION_S)  # type: ignore[arg-type]
    fence.watch.start()
    fence.watch._last -= 3.0
    assert not await fence.holds_stale()  # waited a session timeout: the group kept this worker
    assert fence.watch.stall_mark() is None
