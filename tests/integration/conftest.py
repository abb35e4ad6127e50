"""The real Kafka broker, started once per test run on a free loopback port (or KAFKA_BOOTSTRAP_SERVERS)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from spacy.language import Language

from services.common.settings import get_settings
from services.enricher.core import load_nlp
from tests.support import free_port

ROOT = Path(__file__).resolve().parents[2]
KAFKA_SCRIPT = ROOT / "deploy" / "kafka" / "kafka.sh"


@dataclass
class Broker:
    """A broker the tests use; `env` is set when this run started it (so it can be restarted)."""

    bootstrap: str
    env: dict[str, str] | None = None

    def _script(self, command: str) -> subprocess.CompletedProcess[str]:
        assert self.env is not None, "the broker was not started by this test run"
        return subprocess.run([str(KAFKA_SCRIPT), command], env=self.env, capture_output=True, text=True)

    def start(self) -> None:
        """Start it (storage kept from before) and wait until it answers."""
        done = self._script("start")
        if done.returncode != 0:
            raise RuntimeError(f"kafka start failed:\n{done.stdout}\n{done.stderr}")

    def stop(self) -> None:
        """Stop it gracefully."""
        self._script("stop")


@pytest.fixture(scope="session")
def kafka_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Broker]:
    """A real broker: the configured cluster, else one started here for the whole run."""
    configured = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if configured:
        yield Broker(configured)
        return
    port = free_port()
    env = {**os.environ, "KAFKA_PORT": str(port), "KAFKA_CONTROLLER_PORT": str(free_port()),
           "KAFKA_RUN_DIR": str(tmp_path_factory.mktemp("kafka")), "PYTHON": sys.executable}
    broker = Broker(f"127.0.0.1:{port}", env)
    try:
        broker.start()
    except RuntimeError as exc:
        pytest.fail(str(exc))
    try:
        yield broker
    finally:
        broker.stop()


@pytest.fixture(scope="session")
def kafka_bootstrap(kafka_broker: Broker) -> str:
    """Bootstrap address of the run's broker."""
    return kafka_broker.bootstrap


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The enrichment pipeline, loaded once, for computing expected counts offline."""
    return load_nlp(get_settings().spacy_model)
