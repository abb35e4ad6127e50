"""Workers' consumers wait at most KAFKA_FETCH_MAX_WAIT_MS per fetch, not Faust's fixed 1500 ms (faust_app.wait_at_most)."""

from __future__ import annotations

from pathlib import Path

from services.common.faust_app import create_faust_app
from services.common.settings import Settings


async def test_the_consumer_a_worker_starts_waits_at_most_the_configured_time(tmp_path: Path) -> None:
    app = create_faust_app("fetch-wait-test", Settings(state_dir=tmp_path, table_store="memory://",
                                                       kafka_fetch_max_wait_ms=70), 6097)
    thread = app.consumer._thread  # type: ignore[attr-defined]
    consumer = thread._create_worker_consumer(thread.transport)
    assert consumer._fetch_max_wait_ms == 70
    assert Settings().kafka_fetch_max_wait_ms < 1500
