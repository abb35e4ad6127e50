"""The seek to committed offsets runs with the consumer's flow stopped (issue 8's takeover stall, seek_guard.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.common.faust_app import create_faust_app
from services.common.seek_guard import deliver_nothing_while_seeking, rewind_partitions_never_committed
from services.common.settings import Settings


class FlowConsumer:
    """The part of a Faust consumer the guard uses; its seek records whether records could flow meanwhile."""

    def __init__(self, flow_active: bool, fail: bool = False) -> None:
        self.flow_active, self.fail = flow_active, fail
        self.flow_during_seek: list[bool] = []

    def stop_flow(self) -> None:
        self.flow_active = False

    def resume_flow(self) -> None:
        self.flow_active = True

    async def perform_seek(self) -> None:
        self.flow_during_seek.append(self.flow_active)
        if self.fail:
            raise RuntimeError("seek failed")


@pytest.mark.parametrize("flowing", [True, False])
async def test_no_record_flows_while_seeking_and_the_flow_is_restored_as_it_was(flowing: bool) -> None:
    consumer = FlowConsumer(flow_active=flowing)
    deliver_nothing_while_seeking(consumer)
    await consumer.perform_seek()
    assert consumer.flow_during_seek == [False]
    assert consumer.flow_active is flowing


async def test_a_failed_seek_still_restores_the_flow() -> None:
    consumer = FlowConsumer(flow_active=True, fail=True)
    deliver_nothing_while_seeking(consumer)
    with pytest.raises(RuntimeError):
        await consumer.perform_seek()
    assert consumer.flow_active is True


def test_every_worker_app_gets_the_guarded_consumer(tmp_path: Path) -> None:
    app = create_faust_app("seek-guard-test", Settings(state_dir=tmp_path, table_store="memory://"), 6099)
    assert app.consumer.perform_seek.__qualname__.startswith("deliver_nothing_while_seeking")


class CommitConsumer:
    """The part of a Faust consumer the rewind uses: committed offsets per partition, log starts, and its seeks."""

    def __init__(self, committed: dict[str, int | None], earliest: dict[str, int]) -> None:
        self.committed, self.earliest = committed, earliest
        self.seeks: dict[str, int] = {}

    async def seek_to_committed(self) -> dict[str, int | None]:
        self.seeks.update({tp: offset for tp, offset in self.committed.items() if offset})  # as aiokafka: only > 0
        return dict(self.committed)

    async def earliest_offsets(self, *partitions: str) -> dict[str, int]:
        return {tp: self.earliest[tp] for tp in partitions}

    async def seek_wait(self, partitions: dict[str, int]) -> None:
        self.seeks.update(partitions)


async def test_partitions_the_group_never_committed_are_read_again_from_their_earliest_offset() -> None:
    consumer = CommitConsumer({"raw:0": None, "raw:1": 0, "raw:2": 17}, {"raw:0": 5, "raw:1": 0, "raw:2": 3})
    rewind_partitions_never_committed(consumer)
    committed = await consumer.seek_to_committed()
    assert consumer.seeks == {"raw:0": 5, "raw:1": 0, "raw:2": 17}
    assert committed == {"raw:0": None, "raw:1": 0, "raw:2": 17}  # Faust's read offsets still follow the commits


async def test_partitions_with_commits_are_not_sought_twice() -> None:
    consumer = CommitConsumer({"raw:0": 4}, {"raw:0": 0})
    rewind_partitions_never_committed(consumer)
    await consumer.seek_to_committed()
    assert consumer.seeks == {"raw:0": 4}


def test_every_worker_app_rewinds_partitions_never_committed(tmp_path: Path) -> None:
    app = create_faust_app("seek-guard-test", Settings(state_dir=tmp_path, table_store="memory://"), 6099)
    assert app.consumer.seek_to_committed.__qualname__.startswith("rewind_partitions_never_committed")
