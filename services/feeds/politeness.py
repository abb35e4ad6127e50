"""Per-host manners: a concurrency limit, a least interval between request starts, and pauses a server asked for."""

from __future__ import annotations

import asyncio
import email.utils
import random
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import urlsplit


class HostGate:
    """Admit requests to one host: at most `concurrency` at once, starts `min_interval_s` apart, none while paused."""

    def __init__(self, concurrency: int, min_interval_s: float) -> None:
        self._slots = asyncio.Semaphore(concurrency)
        self._min_interval_s = min_interval_s
        self._next_start = 0.0  # monotonic time before which no request may start
        self._lock = asyncio.Lock()

    def pause_until(self, moment: float) -> None:
        """Start nothing before `moment` (monotonic): the server said Retry-After."""
        self._next_start = max(self._next_start, moment)

    @asynccontextmanager
    async def admit(self) -> AsyncIterator[None]:
        """Wait for a slot and for this request's start time, then hold the slot while the request runs."""
        async with self._slots:
            async with self._lock:
                start = max(time.monotonic(), self._next_start)
                self._next_start = start + self._min_interval_s
            await asyncio.sleep(max(0.0, start - time.monotonic()))
            yield


class HostGates:
    """One gate per host (scheme, host and port of the URL)."""

    def __init__(self, concurrency: int, min_interval_s: float) -> None:
        self._concurrency, self._min_interval_s = concurrency, min_interval_s
        self._gates: dict[str, HostGate] = {}

    def for_url(self, url: str) -> HostGate:
        """The gate of the URL's host, created on first use."""
        parts = urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc.lower()}"
        if host not in self._gates:
            self._gates[host] = HostGate(self._concurrency, self._min_interval_s)
        return self._gates[host]


def retry_after_s(value: str | None, now: float | None = None) -> float | None:
    """Seconds a Retry-After header asks for (delta-seconds or an HTTP date); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment is None:
        return None
    return max(0.0, moment.timestamp() - (time.time() if now is None else now))


def backoff_s(failures: int, base_s: float, max_s: float, rng: random.Random | None = None) -> float:
    """Delay before retrying after `failures` failures in a row: base doubled per failure, capped, with jitter.

    The jitter (a uniform draw from half to all of the delay) keeps many pollers that failed together from
    returning together.
    """
    ceiling = min(max_s, base_s * 2 ** max(0, failures - 1))
    return ceiling * (rng or random).uniform(0.5, 1.0)
