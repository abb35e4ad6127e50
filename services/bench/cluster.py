"""The benchmark's cluster: a broker (its own unless KAFKA_BOOTSTRAP_SERVERS is set) and real worker processes."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
from prometheus_client.parser import text_string_to_metric_families

from services.common.broker import ensure_topics
from services.common.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
KAFKA_SCRIPT = ROOT / "deploy" / "kafka" / "kafka.sh"
READY_DEADLINE_S = 240.0  # spaCy load + group join take ~20 s alone; a busy 2-core machine can be much slower
POLL_S = 0.5
STOP_GRACE_S = 30.0


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Broker:
    """A broker for the run: the configured one, or one started through deploy/kafka/kafka.sh."""

    def __init__(self, work_dir: Path) -> None:
        self.external = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
        port = free_port()
        self.env = {**os.environ, "KAFKA_PORT": str(port), "KAFKA_CONTROLLER_PORT": str(free_port()),
                    "KAFKA_RUN_DIR": str(work_dir / "kafka"), "PYTHON": sys.executable}
        self.bootstrap = self.external or f"127.0.0.1:{port}"

    def start(self) -> None:
        """Start the broker unless one is configured."""
        if not self.external:
            done = subprocess.run([str(KAFKA_SCRIPT), "start"], env=self.env, capture_output=True, text=True)
            if done.returncode != 0:
                raise RuntimeError(f"could not start the broker:\n{done.stdout}\n{done.stderr}")

    def pid(self) -> int | None:
        """The process id of the broker this run started."""
        try:
            return None if self.external else int((Path(self.env["KAFKA_RUN_DIR"]) / "broker.pid").read_text())
        except (OSError, ValueError):
            return None

    def stop(self) -> None:
        """Stop the broker this run started and delete its data."""
        if not self.external:
            subprocess.run([str(KAFKA_SCRIPT), "stop"], env=self.env, capture_output=True)
            shutil.rmtree(self.env["KAFKA_RUN_DIR"], ignore_errors=True)


def _vm_hwm_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _comm(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return "?"


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def descendants(pid: int) -> list[int]:
    """Every live descendant of a process, from /proc (children, grandchildren, ...)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents[int(stat.parent.name)] = int(fields[1])
        except (OSError, IndexError, ValueError):
            continue
    found, frontier = [], [pid]
    while frontier:
        current = frontier.pop()
        children = sorted(p for p, parent in parents.items() if parent == current)
        found.extend(children)
        frontier.extend(children)
    return found


@dataclass
class Worker:
    """One worker process and the port of its /metrics, /live and /ready."""

    name: str
    proc: subprocess.Popen[bytes]
    port: int
    log: Path

    def peak_rss_mb(self) -> dict[str, float]:
        """VmHWM (peak resident set) in MiB of the worker process and of each of its descendants (the NLP child)."""
        tree = {f"{self.name}": _vm_hwm_mb(self.proc.pid)}
        for n, pid in enumerate(descendants(self.proc.pid), 1):
            tree[f"{self.name}/child{n}:{_comm(pid)}"] = _vm_hwm_mb(pid)
        return {k: v for k, v in tree.items() if v is not None}

    def cpu(self) -> dict[str, float]:
        """CPU seconds used so far by the worker process and by each descendant (the NLP child)."""
        tree = {self.name: cpu_seconds(self.proc.pid)}
        for n, pid in enumerate(descendants(self.proc.pid), 1):
            tree[f"{self.name}/child{n}"] = cpu_seconds(pid)
        return tree

    async def get(self, path: str) -> tuple[int, str]:
        """GET one of its endpoints."""
        async with aiohttp.ClientSession() as s, s.get(f"http://127.0.0.1:{self.port}{path}") as r:
            return r.status, await r.text()

    async def metric(self, name: str) -> dict[tuple[tuple[str, str], ...], float]:
        """The samples of one metric, keyed by their sorted labels."""
        text = (await self.get("/metrics"))[1]
        return {tuple(sorted(s.labels.items())): s.value for f in text_string_to_metric_families(text)
                for s in f.samples if s.name == name}

    async def rebalances(self) -> float:
        """How many assignments this worker received so far."""
        return sum((await self.metric("news_consumer_rebalances_total")).values())


@dataclass
class Cluster:
    """Topics no other run uses, and the workers on them."""

    bootstrap: str
    work_dir: Path
    partitions: int
    broker_pid: int | None = None
    tag: str = field(default_factory=lambda: f"bench-{uuid.uuid4().hex[:8]}")
    workers: list[Worker] = field(default_factory=list)

    @property
    def env(self) -> dict[str, str]:
        """The settings of this cluster, as the workers' environment."""
        t = self.tag
        return {"KAFKA_BOOTSTRAP_SERVERS": self.bootstrap, "TOPIC_PARTITIONS": str(self.partitions),
                "TOPIC_ARTICLES_RAW": f"{t}.articles.raw", "TOPIC_ARTICLES_ENRICHED": f"{t}.articles.enriched",
                "TOPIC_INCIDENTS": f"{t}.incidents", "TOPIC_INCIDENTS_BY_COUNTRY": f"{t}.incidents.by_country",
                "TOPIC_DLQ": f"{t}.articles.dlq", "TOPIC_ALERTS": f"{t}.alerts",
                "TOPIC_EVENTS": f"{t}.events", "ENRICHER_APP_ID": f"{t}-enricher",
                "AGGREGATOR_APP_ID": f"{t}-aggregator", "ALERTS_APP_ID": f"{t}-alerts",
                "STATE_DIR": str(self.work_dir / "state"), "LOG_LEVEL": "info"}

    @property
    def settings(self) -> Settings:
        """The same settings as an object."""
        return Settings.model_validate({k.lower(): v for k, v in self.env.items()})

    async def create_topics(self) -> None:
        """Create this cluster's topics."""
        await ensure_topics(self.settings)

    def start(self, name: str) -> Worker:
        """Start one worker through the CLI a user runs (enricher or aggregator)."""
        port = free_port()
        index = sum(1 for w in self.workers if w.name.startswith(name))
        log = self.work_dir / "logs" / f"{name}{index}.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, **self.env, f"{name.upper()}_WEB_PORT": str(port)}
        proc = subprocess.Popen([sys.executable, "-m", f"services.{name}", "worker"], cwd=ROOT, env=env,
                                stdout=open(log, "ab"), stderr=subprocess.STDOUT)
        worker = Worker(f"{name}{index}", proc, port, log)
        self.workers.append(worker)
        return worker

    async def wait_ready(self, workers: list[Worker] | None = None) -> None:
        """Wait until every worker answers /ready with 200 (recovered and assigned)."""
        deadline = time.monotonic() + READY_DEADLINE_S
        pending = list(workers or self.workers)
        while pending:
            dead = [w.name for w in self.workers if w.proc.poll() is not None]
            if dead:
                raise RuntimeError(f"worker(s) exited: {dead}; see {self.work_dir / 'logs'}")
            if time.monotonic() > deadline:
                raise TimeoutError(f"workers not ready within {READY_DEADLINE_S}s: {[w.name for w in pending]}")
            pending = [w for w in pending if not await _is_ready(w)]
            await asyncio.sleep(POLL_S)

    def stop(self) -> None:
        """SIGTERM every worker and wait (SIGKILL after the grace period)."""
        for w in self.workers:
            if w.proc.poll() is None:
                w.proc.send_signal(signal.SIGTERM)
        for w in self.workers:
            try:
                w.proc.wait(timeout=STOP_GRACE_S)
            except subprocess.TimeoutExpired:
                w.proc.kill()
                w.proc.wait()


async def _is_ready(worker: Worker) -> bool:
    try:
        return (await worker.get("/ready"))[0] == 200
    except (aiohttp.ClientError, OSError):
        return False
