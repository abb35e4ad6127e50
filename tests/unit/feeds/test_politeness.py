"""Backoff, Retry-After and per-host spacing."""

from __future__ import annotations

import asyncio
import datetime as dt
import random
import time

from services.feeds.politeness import HostGate, HostGates, backoff_s, retry_after_s


def test_backoff_doubles_per_failure_up_to_the_cap_with_jitter_below_it() -> None:
    rng = random.Random(7)
    for failures, ceiling in [(1, 10.0), (2, 20.0), (3, 40.0), (6, 100.0), (30, 100.0)]:
        draws = [backoff_s(failures, 10.0, 100.0, rng) for _ in range(50)]
        assert all(ceiling / 2 <= d <= ceiling for d in draws)
        assert len(set(draws)) > 1  # jittered


def test_retry_after_in_seconds_or_as_a_date() -> None:
    assert retry_after_s("120") == 120.0
    moment = dt.datetime(2026, 12, 1, 8, 2, tzinfo=dt.UTC).timestamp()
    assert retry_after_s("Tue, 01 Dec 2026 08:02:00 GMT", now=moment - 90) == 90.0
    assert retry_after_s("Tue, 01 Dec 2026 08:02:00 GMT", now=moment + 60) == 0.0  # already past
    assert retry_after_s(None) is None and retry_after_s("soon") is None


def test_one_host_one_gate_and_other_hosts_their_own() -> None:
    gates = HostGates(2, 1.0)
    assert gates.for_url("http://127.0.0.1:8000/a") is gates.for_url("HTTP://127.0.0.1:8000/b?x=1")
    assert gates.for_url("http://127.0.0.1:8000/a") is not gates.for_url("http://127.0.0.1:8001/a")


async def test_requests_to_one_host_start_at_least_the_interval_apart_and_not_while_paused() -> None:
    gate = HostGate(concurrency=4, min_interval_s=0.1)
    starts: list[float] = []

    async def request() -> None:
        async with gate.admit():
            starts.append(time.monotonic())

    before = time.monotonic()
    await asyncio.gather(*(request() for _ in range(4)))
    # The k-th request cannot start before k intervals have passed (a late one may run closer to the next).
    assert all(start >= before + k * 0.1 - 0.001 for k, start in enumerate(sorted(starts)))
    paused_until = time.monotonic() + 0.3
    gate.pause_until(paused_until)
    await request()
    assert starts[-1] >= paused_until - 0.001
