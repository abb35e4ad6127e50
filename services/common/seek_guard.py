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

"Pulled again" needs a seek, and aiokafka's `seek_to_committed` seeks only partitions with a committed offset
above 0: a partition the group never committed keeps the position its fetcher had reached, so the records pulled
and dropped around the seek are never delivered. Seen on 2026-12-04 in the frozen-enricher fault test: the thawed
enricher got back `articles.raw:0`, which nobody had committed yet, and stood at lag 38 with position 38 and
nothing read. Such partitions are now sought to their earliest offset, as the group's `earliest` offset-reset
policy (faust_app.py) would start them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
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


def rewind_partitions_never_committed(consumer: Any) -> None:
    """Wrap `consumer.seek_to_committed` so that partitions without a committed offset go back to their earliest
    offset (aiokafka leaves them where its fetcher stood, past records it may have pulled and Faust dropped)."""
    seek_to_committed: Callable[[], Awaitable[Mapping[Any, int | None]]] = consumer.seek_to_committed

    async def seek_to_committed_or_earliest() -> Mapping[Any, int | None]:
        committed = await seek_to_committed()
        never = [tp for tp, offset in committed.items() if not offset]
        if never:
            earliest = await consumer.earliest_offsets(*never)
            await consumer.seek_wait({tp: earliest.get(tp, 0) for tp in never})
        return committed

    consumer.seek_to_committed = seek_to_committed_or_earliest
