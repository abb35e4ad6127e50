"""The alert consumer (`python -m services.alerts`) on the real broker: alerts once, across restarts."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import orjson
import pytest
from aiokafka import AIOKafkaProducer

from services.common.broker import ensure_topics
from services.common.contracts import schema_errors
from services.common.settings import Settings
from services.common.table_topic import read_records
from services.ops.lag import group_lag
from tests.support import free_port, unique

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
ALERT_DEADLINE_S = 60.0  # start-up (imports, topic read, group join) takes a few seconds; slow CI needs more
POLL_S = 0.5
STOP_GRACE_S = 20.0  # SIGTERM commits and leaves the group within a second or two


class AlertsProcess:
    """`python -m services.alerts` as a user runs it, with its stdout kept in a file."""

    def __init__(self, settings: Settings, env: dict[str, str], log_dir: Path) -> None:
        self.settings, self.log_dir = settings, log_dir
        self.web_port = free_port()
        self.env = {**os.environ, **env, "ALERTS_WEB_PORT": str(self.web_port)}
        self.proc: subprocess.Popen[bytes] | None = None
        self.runs = 0

    def start(self) -> None:
        """Start one alert consumer process."""
        self.runs += 1
        self.log_dir.mkdir(parents=True, exist_ok=True)
        out = open(self.stdout_path, "ab")
        err = open(self.log_dir / "alerts.err", "ab")
        self.proc = subprocess.Popen([sys.executable, "-m", "services.alerts"], cwd=ROOT, env=self.env,
                                     stdout=out, stderr=err)

    @property
    def stdout_path(self) -> Path:
        return self.log_dir / "alerts.out"

    def stop(self) -> None:
        """SIGTERM it and wait (SIGKILL after the grace period)."""
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=STOP_GRACE_S)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def output(self) -> str:
        """Everything it printed on stdout and stderr so far."""
        err = self.log_dir / "alerts.err"
        return self.stdout_path.read_text() + (err.read_text()[-3000:] if err.exists() else "")

    async def alerts(self) -> list[dict[str, Any]]:
        """Every alert on the alerts topic."""
        records = await read_records(self.settings.kafka_bootstrap_servers, self.settings.topic_alerts)
        return [orjson.loads(r.value) for r in records]

    async def wait_caught_up(self, deadline_s: float = ALERT_DEADLINE_S) -> None:
        """Wait until the alert consumer group has committed everything on the table topic."""
        deadline = time.monotonic() + deadline_s
        while time.monotonic() < deadline:
            assert self.proc is not None and self.proc.poll() is None, f"alerts exited\n{self.output()}"
            rows = await group_lag(self.settings.kafka_bootstrap_servers, self.settings.alerts_app_id,
                                   [self.settings.topic_incidents_by_country])
            if rows and not any(r.lag for r in rows):
                return
            await asyncio.sleep(POLL_S)
        raise AssertionError(f"alert consumer did not catch up within {deadline_s}s\n{self.output()}")


def alert_settings(bootstrap: str) -> tuple[Settings, dict[str, str]]:
    """Settings (and the same as environment) on topics and a group no other test uses."""
    tag = unique("a")
    env = {"KAFKA_BOOTSTRAP_SERVERS": bootstrap, "TOPIC_PARTITIONS": "2",
           "TOPIC_INCIDENTS_BY_COUNTRY": f"{tag}.incidents.by_country", "TOPIC_ALERTS": f"{tag}.alerts",
           "TOPIC_EVENTS": f"{tag}.events",
           "TOPIC_ARTICLES_RAW": f"{tag}.articles.raw", "TOPIC_ARTICLES_ENRICHED": f"{tag}.articles.enriched",
           "TOPIC_INCIDENTS": f"{tag}.incidents", "TOPIC_DLQ": f"{tag}.articles.dlq", "ALERTS_APP_ID": f"{tag}-alerts",
           "ALERT_DAILY_THRESHOLD": "10", "ALERT_SPIKE_MULTIPLIER": "3", "ALERT_SPIKE_MIN_COUNT": "5",
           "ALERT_BASELINE_DAYS": "7", "LOG_LEVEL": "info"}
    return Settings(**{k.lower(): v for k, v in env.items()}), env


def counts(country: str, daily_totals: dict[str, int]) -> dict[str, Any]:
    """A country-counts v1 value with the given daily totals."""
    daily = {d: {"total": n, "by_type": {"battle": n}, "fatalities": 0} for d, n in daily_totals.items()}
    total = sum(daily_totals.values())
    return {"country": country, "name": country, "total": total, "by_type": {"battle": total}, "fatalities": 0,
            "articles": total, "daily": daily, "updated_at": "2026-05-01T00:00:00Z"}


async def publish_counts(settings: Settings, values: list[dict[str, Any]]) -> None:
    """Send country counts to the table topic, keyed by country, as the aggregator does."""
    assert all(schema_errors("country_counts.v1", v) == [] for v in values)
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka_bootstrap_servers, acks="all")
    await producer.start()
    try:
        for value in values:
            await producer.send_and_wait(settings.topic_incidents_by_country, orjson.dumps(value),
                                         key=value["country"].encode())
    finally:
        await producer.stop()


async def wait_for_alerts(proc: AlertsProcess, wanted: int) -> list[dict[str, Any]]:
    """Poll the alerts topic until it holds `wanted` alerts or the deadline passes."""
    deadline = time.monotonic() + ALERT_DEADLINE_S
    while time.monotonic() < deadline:
        found = await proc.alerts()
        if len(found) >= wanted:
            return found
        assert proc.proc is not None and proc.proc.poll() is None, f"alerts exited\n{proc.output()}"
        await asyncio.sleep(POLL_S)
    raise AssertionError(f"expected {wanted} alerts within {ALERT_DEADLINE_S}s\n{proc.output()}")


QUIET_WEEK = {f"2026-04-0{d}": 1 for d in range(1, 8)}


async def test_breaches_are_alerted_once_on_the_topic_and_stdout_even_across_a_restart(
        kafka_bootstrap: str, tmp_path: Path) -> None:
    settings, env = alert_settings(kafka_bootstrap)
    await ensure_topics(settings)
    proc = AlertsProcess(settings, env, tmp_path)
    proc.start()
    try:
        ml = counts("ML", {**QUIET_WEEK, "2026-04-08": 12})  # threshold and spike on 04-08
        await publish_counts(settings, [counts("NE", {"2026-04-08": 2}), ml, ml])
        first = await wait_for_alerts(proc, 2)
        await proc.wait_caught_up()
        assert sorted((a["country"], a["day"], a["rule"]) for a in first) == [
            ("ML", "2026-04-08", "spike"), ("ML", "2026-04-08", "threshold")]
        assert all(schema_errors("alert.v1", a) == [] for a in first)
        assert proc.stdout_path.read_text().count("ALERT ") == 2

        proc.stop()
        proc.start()  # the restarted consumer learns the raised alerts from the topic
        await publish_counts(settings, [ml, counts("ML", {**QUIET_WEEK, "2026-04-08": 13, "2026-04-09": 10})])
        await wait_for_alerts(proc, 4)
        await proc.wait_caught_up()
        keys = Counter((a["country"], a["day"], a["rule"]) for a in await proc.alerts())
        assert keys == {("ML", "2026-04-08", "spike"): 1, ("ML", "2026-04-08", "threshold"): 1,
                        ("ML", "2026-04-09", "threshold"): 1, ("ML", "2026-04-09", "spike"): 1}, proc.output()
        assert proc.stdout_path.read_text().count("ALERT ") == 4
    finally:
        proc.stop()


async def test_a_new_consumer_group_replaying_the_table_raises_nothing_already_raised(
        kafka_bootstrap: str, tmp_path: Path) -> None:
    settings, env = alert_settings(kafka_bootstrap)
    await ensure_topics(settings)
    await publish_counts(settings, [counts("SD", {"2026-04-08": 11})])
    first = AlertsProcess(settings, env, tmp_path / "first")
    first.start()
    try:
        assert len(await wait_for_alerts(first, 2)) == 2  # threshold, and a spike over an empty week
    finally:
        first.stop()
    replay_env = {**env, "ALERTS_APP_ID": unique("replay")}
    replay = AlertsProcess(Settings(**{k.lower(): v for k, v in replay_env.items()}), replay_env, tmp_path / "replay")
    replay.start()
    try:
        await replay.wait_caught_up()  # read the whole table topic from the beginning
        assert len(await replay.alerts()) == 2
        assert "ALERT " not in replay.stdout_path.read_text()
    finally:
        replay.stop()
