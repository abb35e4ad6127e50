"""One variable for a local broker on another port: KAFKA_PORT moves the broker and every client."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from services.common.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _no_kafka_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KAFKA_BOOTSTRAP_SERVERS", raising=False)
    monkeypatch.delenv("KAFKA_PORT", raising=False)


def test_the_default_is_the_local_broker_on_9092() -> None:
    assert Settings().kafka_bootstrap_servers == "127.0.0.1:9092"


def test_kafka_port_alone_moves_the_clients_to_the_local_broker_on_that_port(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAFKA_PORT", "19092")
    settings = Settings()
    assert settings.kafka_bootstrap_servers == "127.0.0.1:19092"
    assert settings.uses_local_broker()


def test_explicit_bootstrap_servers_win(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAFKA_PORT", "19092")
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "broker1:9092,broker2:9092")
    settings = Settings()
    assert settings.kafka_bootstrap_servers == "broker1:9092,broker2:9092"
    assert not settings.uses_local_broker()


@pytest.mark.parametrize("bootstrap,local", [
    ("127.0.0.1:19092", True), ("localhost:19092", True), ("127.0.0.1:9092", False), ("kafka:19092", False)])
def test_make_kafka_starts_a_broker_when_the_bootstrap_is_the_local_port(bootstrap: str, local: bool) -> None:
    env = {**os.environ, "KAFKA_PORT": "19092", "KAFKA_BOOTSTRAP_SERVERS": bootstrap}
    done = subprocess.run([sys.executable, "-m", "services.common.broker", "is-local"], cwd=ROOT, env=env)
    assert (done.returncode == 0) is local
