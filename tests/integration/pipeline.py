"""A running pipeline for tests: real worker processes on uniquely named topics of the real broker."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp
import orjson
from aiokafka import AIOKafkaProducer

from services.common.broker import ensure_topics
from services.common.settings import Settings
from services.common.table_topic import read_latest, read_records
from services.ops.lag import LagReader, format_lag, service_groups
from services.ops.local_run import pipeline_caught_up
from tests.support import free_port, unique

ROOT = Path(__file__).resolve().parents[2]
CAUGHT_UP_DEADLINE_S = 180.0  # worker start (spaCy load, group join) ~15 s; CI machines can be 5x slower
POLL_S = 0.5
STOP_GRACE_S = 30.0
HTTP_TIMEOUT_S = 5.0  # a worker's endpoints answer on loopback in milliseconds unless it is frozen


class Pipeline:
    """Enricher and aggregator workers (as a user runs them) on topics no other test uses."""

    def __init__(self, bootstrap: str, state_dir: Path, partitions: int = 2, **extra_env: str) -> None:
        tag = unique("t")
        self.env = {
            "KAFKA_BOOTSTRAP_SERVERS": bootstrap,
            "TOPIC_PARTITIONS": str(partitions),
            "TOPIC_ARTICLES_RAW": f"{tag}.articles.raw",
            "TOPIC_ARTICLES_ENRICHED": f"{tag}.articles.enriched",
            "TOPIC_INCIDENTS": f"{tag}.incidents",
            "TOPIC_INCIDENTS_BY_COUNTRY": f"{tag}.incidents.by_country",
            "TOPIC_DLQ": f"{tag}.articles.dlq",
            "TOPIC_ALERTS": f"{tag}.alerts",
            "TOPIC_EVENTS": f"{tag}.events",
            "ENRICHER_APP_ID": f"{tag}-enricher",
            "AGGREGATOR_APP_ID": f"{tag}-aggregator",
            "STATE_DIR": str(state_dir),
            "LOG_LEVEL": "info",
            "KAFKA_SESSION_TIMEOUT_S": "8",  # killed workers' partitions move on within seconds
            **extra_env,
        }
        self.settings = Settings(**{k.lower(): v for k, v in self.env.items()})  # type: ignore[arg-type]
        self.log_dir = state_dir / "logs"
        self.procs: dict[str, subprocess.Popen[bytes]] = {}
        self.ports: dict[str, int] = {}  # web port each worker was given
        self.published: dict[str, dict[str, Any]] = {}  # latest valid version of every article id sent

    async def start(self, workers: tuple[str, ...] = ("enricher", "aggregator")) -> None:
        """Create the topics and start one worker of each kind (by default an enricher and an aggregator)."""
        await ensure_topics(self.settings)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        for name in workers:
            self.start_worker(name)

    def start_worker(self, name: str, instance: str = "", web_port: int | None = None) -> subprocess.Popen[bytes]:
        """Start one worker process through the same CLI a user runs (on a free web port unless given one).

        A second instance gets its own STATE_DIR, as a second worker on one host needs for its tables.
        """
        key = f"{name}{instance}"
        port = web_port or free_port()
        env = {**os.environ, **self.env, f"{name.upper()}_WEB_PORT": str(port)}
        if instance:
            env["STATE_DIR"] = str(Path(self.env["STATE_DIR"]) / key)
        log = open(self.log_dir / f"{key}.log", "ab")
        proc = subprocess.Popen([sys.executable, "-m", f"services.{name}", "worker"], cwd=ROOT, env=env,
                                stdout=log, stderr=subprocess.STDOUT)
        self.procs[key], self.ports[key] = proc, port
        return proc

    def freeze(self, key: str) -> None:
        """SIGSTOP one worker: it stands still (no heartbeats) with whatever it holds, until thawed."""
        self.procs[key].send_signal(signal.SIGSTOP)

    def thaw(self, key: str) -> None:
        """SIGCONT a frozen worker: it resumes where it stood."""
        self.procs[key].send_signal(signal.SIGCONT)

    async def readiness(self, key: str, port: int | None = None) -> dict[str, Any] | None:
        """A worker's /ready document, or None while it does not answer."""
        url = f"http://127.0.0.1:{port or self.ports[key]}/ready"
        try:
            async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=HTTP_TIMEOUT_S)) as session, \
                    session.get(url) as response:
                return dict(await response.json())
        except (TimeoutError, aiohttp.ClientError):
            return None

    async def wait_sharing(self, keys: list[str], topic: str, deadline_s: float = CAUGHT_UP_DEADLINE_S) -> None:
        """Wait until every worker in `keys` is ready and holds at least one partition of `topic`."""
        deadline = time.monotonic() + deadline_s
        while time.monotonic() < deadline:
            states = [await self.readiness(key) for key in keys]
            if all(s and s["ready"] and any(tp.startswith(f"{topic}:") for tp in s["assigned"]) for s in states):
                return
            dead = {k: p.returncode for k, p in self.procs.items() if p.poll() is not None}
            assert not dead, f"worker(s) exited: {dead}\n{self.logs()}"
            await asyncio.sleep(POLL_S)
        raise AssertionError(f"{keys} did not share {topic} within {deadline_s}s\n{self.logs()}")

    def kill(self, key: str) -> None:
        """kill -9 one worker (no shutdown, no commit) and reap it."""
        proc = self.procs[key]
        proc.send_signal(signal.SIGKILL)
        proc.wait()

    def terminate(self, key: str) -> int:
        """SIGTERM one worker and wait for its clean exit; return its exit code."""
        proc = self.procs.pop(key)
        proc.send_signal(signal.SIGTERM)
        try:
            return proc.wait(timeout=STOP_GRACE_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise

    def stop(self) -> None:
        """SIGTERM the workers and wait for them (SIGKILL after the grace period)."""
        for proc in self.procs.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGCONT)  # a frozen worker cannot act on SIGTERM
                proc.send_signal(signal.SIGTERM)
        for proc in self.procs.values():
            try:
                proc.wait(timeout=STOP_GRACE_S)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    def logs(self) -> str:
        """The tail of every worker log, for failure messages."""
        return "\n".join(f"--- {p.name}\n" + p.read_text(errors="replace")[-3000:] for p in self.log_dir.glob("*.log"))

    async def publish(self, messages: list[tuple[bytes | None, bytes]], topic: str | None = None) -> None:
        """Send (key, value) messages to the raw topic (or `topic`) and wait for the broker's acks."""
        producer = AIOKafkaProducer(bootstrap_servers=self.settings.kafka_bootstrap_servers, acks="all")
        await producer.start()
        try:
            futures = [await producer.send(topic or self.settings.topic_articles_raw, value, key=key)
                       for key, value in messages]
            await asyncio.gather(*futures)
        finally:
            await producer.stop()

    async def publish_articles(self, articles: list[dict[str, Any]]) -> None:
        """Publish raw articles keyed by id, remembering the latest version of each."""
        await self.publish([(a["id"].encode(), orjson.dumps(a)) for a in articles])
        self.published.update((a["id"], a) for a in articles)

    async def wait_caught_up(self, deadline_s: float = CAUGHT_UP_DEADLINE_S) -> None:
        """Wait until both groups have committed everything (fail with the logs if a worker died)."""
        deadline = time.monotonic() + deadline_s
        while time.monotonic() < deadline:
            dead = {k: p.returncode for k, p in self.procs.items() if p.poll() is not None}
            assert not dead, f"worker(s) exited: {dead}\n{self.logs()}"
            if await pipeline_caught_up(self.settings):
                return
            await asyncio.sleep(POLL_S)
        raise AssertionError(f"pipeline did not catch up within {deadline_s}s\n{await self.lag()}\n{self.logs()}")

    async def lag(self) -> str:
        """The service groups' committed offsets, end offsets and lag, as `make lag` prints them."""
        async with LagReader(self.settings.kafka_bootstrap_servers) as reader:
            return format_lag(await reader.groups_lag(service_groups(self.settings)))

    async def read_topic(self, topic: str) -> list[tuple[bytes | None, Any]]:
        """Every (key, decoded value) on a topic, from the beginning to its current end."""
        records = await read_records(self.settings.kafka_bootstrap_servers, topic)
        return [(r.key, orjson.loads(r.value)) for r in records]

    async def counts(self) -> dict[str, Any]:
        """The table topic as a downstream consumer reads it: the latest value per country."""
        return await read_latest(self.settings.kafka_bootstrap_servers, self.settings.topic_incidents_by_country)

    async def events(self) -> dict[str, Any]:
        """The events topic as a downstream consumer reads it: the latest value per event id, tombstones dropped."""
        return await read_latest(self.settings.kafka_bootstrap_servers, self.settings.topic_events)
