"""Seek to the committed offsets with delivery stopped: Faust could otherwise lose a run of records after a takeover.

The cause of issue 8's quarantined takeover stall. At the end of a rebalance Faust resumes the consumer's flow
during recovery and only then seeks the stream partitions to their committed offsets (`perform_seek`, awaited in
the consumer thread). Meanwhile its fetch loop goes on pulling and delivering records, so pulls, deliveries and
the seek's reset of positions and read offsets interleave. Faust's fetch loop then has two ways to lose records
for good: it drops re-fetched records below a read offset left ahead of the fetch position ("DROPPED MESSAGE",
logged only with DEVLOG), and it abandons the rest of a pulled batch (the fetch position already past it) when
its loop breaks, after which its gap bookkeeping counts the skipped offsets as acknowledged. Reproduced on
2026-12-02: the aggregator that took over a frozen one's `incidents` partition routed offsets up to 708 and from
729 on but never 709-728, the first of them while its log said "Seek stream partitions to committed offsets" and
before "Worker ready"; the table kept older versions, and the partition's acknowledged offsets held duplicates
(165 entries for 97 offsets), so its commits crept up one offset per commit.

With the flow stopped around the seek no record is pulled or delivered between the positions moving and the read
offsets being reset; what was pulled before is dropped by the fetch loop (it stops at a stopped flow) and pulled
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
