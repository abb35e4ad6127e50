"""A worker started while the broker is down ends with one clear line, not a connection traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import free_port

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("service", ["aggregator", "enricher"])
def test_a_worker_without_a_reachable_broker_exits_with_code_2_and_says_where_it_looked(
        service: str, tmp_path: Path) -> None:
    nowhere = f"127.0.0.1:{free_port()}"  # nothing listens there
    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": nowhere, "KAFKA_STARTUP_WAIT_S": "2", "STATE_DIR": str(tmp_path),
           "ENRICHER_WEB_PORT": str(free_port()), "AGGREGATOR_WEB_PORT": str(free_port())}
    done = subprocess.run([sys.executable, "-m", f"services.{service}", "worker"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    output = done.stdout + done.stderr
    assert done.returncode == 2, output
    assert f"cannot reach Kafka at {nowhere}" in output
    assert "Traceback" not in output
