"""The seek to committed offsets runs with the consumer's flow stopped (issue 8's takeover stall, seek_guard.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.common.faust_app import create_faust_app
from services.common.seek_guard import deliver_nothing_while_seeking
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
