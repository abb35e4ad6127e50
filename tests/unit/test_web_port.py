"""A worker's web server: bound where WEB_HOST says, on the next free port when its own is taken."""

from __future__ import annotations

import logging
import socket
from pathlib import Path

import aiohttp
import pytest

from services.common.faust_app import create_faust_app
from services.common.settings import Settings
from services.common.web_endpoints import start_web_on_free_port
from services.common.web_port import WebPortError, reserve_web_port
from tests.support import free_port


def test_a_free_port_is_kept_reserved_until_the_worker_serves() -> None:
    wanted = free_port()
    port, reserved = reserve_web_port("127.0.0.1", wanted)
    try:
        assert port == wanted
        with socket.socket() as other, pytest.raises(OSError):
            other.bind(("127.0.0.1", wanted))  # a worker starting meanwhile cannot take it
    finally:
        reserved.close()


def test_a_taken_port_moves_the_worker_to_the_next_free_one_and_says_which(caplog: pytest.LogCaptureFixture) -> None:
    with socket.socket() as first_worker:
        first_worker.bind(("127.0.0.1", 0))
        first_worker.listen()
        taken = first_worker.getsockname()[1]
        with caplog.at_level(logging.WARNING):
            port, reserved = reserve_web_port("127.0.0.1", taken)
        reserved.close()
    assert port > taken
    assert f"serving on port {port}" in caplog.text


def test_no_free_port_in_range_is_an_error() -> None:
    with socket.socket() as first_worker:
        first_worker.bind(("127.0.0.1", 0))
        first_worker.listen()
        with pytest.raises(WebPortError):
            reserve_web_port("127.0.0.1", first_worker.getsockname()[1], tries=1)


def test_the_faust_web_server_binds_to_web_host(tmp_path: Path) -> None:
    app = create_faust_app("bind-test", Settings(state_dir=tmp_path, web_host="127.0.0.1"), 6099)
    assert app.conf.web_bind == "127.0.0.1"


async def test_a_second_alert_consumer_or_poller_on_the_host_serves_on_the_next_free_port() -> None:
    first, first_port = await start_web_on_free_port(lambda: True, "127.0.0.1", free_port(), "alerts")
    second, second_port = await start_web_on_free_port(lambda: False, "127.0.0.1", first_port, "alerts")
    try:
        assert second_port > first_port
        async with aiohttp.ClientSession() as http:
            for port, ready in ((first_port, 200), (second_port, 503)):
                async with http.get(f"http://127.0.0.1:{port}/ready") as answer:
                    assert answer.status == ready and (await answer.json())["service"] == "alerts"
    finally:
        await second.cleanup()
        await first.cleanup()
