"""Seek to the committed offsets with delivery stopped: Faust can otherwise drop a run of records after a takeover.

The cause of issue 8's quarantined takeover stall. At the end of a rebalance Faust resumes the consumer's flow
during recovery and only then seeks the stream partitions to their committed offsets (`perform_seek`). While
that seek awaits the consumer thread, the fetch loop goes on delivering records fetched at the old position
and records each one as its partition's read offset; the seek then moves the fetch position back and resets the
read offset, and the two interleave. When a delivery lands after the reset, the read offset is left ahead of
the fetch position, and Faust's fetch loop silently drops every re-fetched record below it (its "DROPPED
MESSAGE" case, logged only with DEVLOG). Seen on 2026-12-02: the aggregator that took over a frozen one's
`incidents` partition routed offsets 642-708 and 729-737 but never 709-728, all while its log said "Seek stream
partitions to committed offsets" and before "Worker ready"; the table kept older versions, and the partition's
commits crawled (offsets acknowledged twice) and would have stopped at the hole.

Stopping the flow around the seek means no record is delivered between the position moving and the read offset
being reset; records already fetched are dropped by Faust's fetch loop (it stops at a stopped flow) and fetched
again from the committed offsets, which at-least-once processing and the version checks make harmless.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any


def deliver_nothing_while_seeking(consumer: Any) -> None:
    """Wrap `consumer.perform_seek` so that the consumer's flow is stopped for the seek and restored after it."""
    seek: Callable[[], Awaitable[None]] = consumer.perform_seek

    async def perform_seek() -> None:
        flowing = consumer.flow_active
        consumer.stop_flow()
        try:
            await seek()
        finally:
            if flowing:
                consumer.resume_flow()

    consumer.perform_seek = perform_seek
