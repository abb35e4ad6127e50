"""`make kafka` with KAFKA_PORT: the local broker on that port, also when the bootstrap servers name it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.integration.conftest import Broker

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
MAKE_DEADLINE_S = 120.0  # make kafka only asks the running broker's pid file; the venv check is instant


@pytest.mark.parametrize("bootstrap", [None, "127.0.0.1", "localhost"])
def test_make_kafka_manages_the_local_broker_on_kafka_port(kafka_broker: Broker, bootstrap: str | None) -> None:
    if kafka_broker.env is None:
        pytest.skip("the broker is external (KAFKA_BOOTSTRAP_SERVERS); there is no local broker to find")
    env = {k: v for k, v in kafka_broker.env.items() if k != "KAFKA_BOOTSTRAP_SERVERS"}
    if bootstrap:
        env["KAFKA_BOOTSTRAP_SERVERS"] = f"{bootstrap}:{env['KAFKA_PORT']}"
    done = subprocess.run(["make", "kafka"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=MAKE_DEADLINE_S)
    assert done.returncode == 0, done.stderr
    assert "already running (pid" in done.stdout and f"127.0.0.1:{env['KAFKA_PORT']}" in done.stdout, done.stdout
