"""Operating the running pipeline: committed offsets, the lag command, worker endpoints, the alert consumer."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import orjson
import pytest
from prometheus_client.parser import text_string_to_metric_families

from services.common.settings import Settings
from services.ops.lag import group_lag
from tests.integration.pipeline import ROOT, Pipeline
from tests.integration.test_alerts import AlertsProcess, wait_for_alerts
from tests.support import unique

pytestmark = pytest.mark.integration
LAG_REFRESH_S = 1.0  # the workers' lag exporter interval in this test (the default is 10 s)
METRICS_DEADLINE_S = 30.0  # a few exporter intervals plus a commit interval (Faust commits every 2.8 s)
POLL_S = 0.5
ARTICLES = [
    {"id": "ops-1", "title": "Bomb kills soldiers in Pakistan", "published_at": "2026-03-02T08:00:00Z",
     "body": "A roadside bomb killed four soldiers near Quetta in southwestern Pakistan on Monday, the army said."},
    {"id": "ops-2", "title": "Protest in Lagos", "published_at": "2026-03-02T09:00:00Z",
     "body": "Hundreds of people protested peacefully in Lagos, Nigeria, on Monday against rising prices."},
    {"id": "ops-3", "title": "Clashes in Mali", "published_at": "2026-03-02T10:00:00Z",
     "body": "Jihadist fighters attacked an army post near Mopti in central Mali on Monday, killing six soldiers."},
]


class ObservedPipeline(Pipeline):
    """A Pipeline whose workers refresh their lag gauges every second."""

    def __init__(self, bootstrap: str, state_dir: Path) -> None:
        super().__init__(bootstrap, state_dir)
        self.env["LAG_REFRESH_INTERVAL_S"] = str(LAG_REFRESH_S)
        self.env["ALERTS_APP_ID"] = f"{self.env['ENRICHER_APP_ID']}-alerts"
        self.settings = Settings(**{k.lower(): v for k, v in self.env.items()})


@pytest.fixture(scope="module")
async def pipeline(kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[ObservedPipeline]:
    """Both workers, with every test article published and processed."""
    p = ObservedPipeline(kafka_bootstrap, tmp_path_factory.mktemp("operations"))
    await p.start()
    try:
        await p.publish_articles(ARTICLES)
        await p.wait_caught_up()
        yield p
    finally:
        p.stop()


async def get(port: int, path: str) -> tuple[int, str]:
    """GET a worker endpoint on loopback."""
    async with aiohttp.ClientSession() as session, session.get(f"http://127.0.0.1:{port}{path}") as response:
        return response.status, await response.text()


def samples(text: str, name: str) -> dict[tuple[tuple[str, str], ...], float]:
    """The samples of one metric in a Prometheus exposition, keyed by their sorted labels."""
    return {tuple(sorted(s.labels.items())): s.value for family in text_string_to_metric_families(text)
            for s in family.samples if s.name == name}


async def test_committed_offsets_are_the_next_offset_to_read_so_a_caught_up_group_has_lag_zero(
        pipeline: ObservedPipeline) -> None:
    s = pipeline.settings
    rows = await group_lag(s.kafka_bootstrap_servers, s.enricher_app_id, [s.topic_articles_raw])
    assert sum(r.end for r in rows) == len(ARTICLES)
    assert all(r.committed == r.end for r in rows if r.end), rows  # Java convention: not end - 1
    assert all(r.lag == 0 for r in rows)


async def test_the_lag_command_reports_every_group_with_totals(pipeline: ObservedPipeline) -> None:
    env = {**os.environ, **pipeline.env}
    done = subprocess.run([sys.executable, "-m", "services.ops", "lag", "--json"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    report = orjson.loads(done.stdout)
    groups = {g["group"]: g for g in report["groups"]}
    enricher = groups[pipeline.settings.enricher_app_id]
    assert enricher["lag"] == 0 and enricher["topics"] == {pipeline.settings.topic_articles_raw: 0}
    assert sum(p["committed"] or 0 for p in enricher["partitions"]) == len(ARTICLES)
    assert groups[pipeline.settings.aggregator_app_id]["lag"] == 0
    # the alert consumer never ran here: its group is absent, not lagging, and the total can reach 0
    assert report["absent"] == [pipeline.settings.alerts_app_id]
    assert pipeline.settings.alerts_app_id not in groups and report["total_lag"] == 0
    table = subprocess.run([sys.executable, "-m", "services.ops", "lag"], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=60)
    assert "ALL GROUPS" in table.stdout and pipeline.settings.topic_articles_raw in table.stdout
    assert f"{pipeline.settings.alerts_app_id} " in table.stdout and "absent" in table.stdout


async def test_workers_are_live_ready_and_export_lag_and_throughput(pipeline: ObservedPipeline) -> None:
    for name, group in (("enricher", pipeline.settings.enricher_app_id),
                        ("aggregator", pipeline.settings.aggregator_app_id)):
        port = pipeline.ports[name]
        assert (await get(port, "/live"))[0] == 200
        status, body = await get(port, "/ready")
        assert status == 200 and orjson.loads(body)["ready"] is True, body
        deadline = time.monotonic() + METRICS_DEADLINE_S
        while True:
            text = (await get(port, "/metrics"))[1]
            lag = {k: v for k, v in samples(text, "kafka_consumergroup_lag").items() if ("consumergroup", group) in k}
            offsets = samples(text, "kafka_consumergroup_current_offset")
            if lag and all(v == 0 for v in lag.values()) and offsets:
                break
            assert time.monotonic() < deadline, f"{name}: lag gauges not at 0 within {METRICS_DEADLINE_S}s:\n{text}"
            await asyncio.sleep(POLL_S)
        assert samples(text, "news_worker_ready") == {(("service", name),): 1.0}
        assert sum(samples(text, "news_messages_consumed_total").values()) >= len(ARTICLES)
    enricher_text = (await get(pipeline.ports["enricher"], "/metrics"))[1]
    assert samples(enricher_text, "news_nlp_seconds_per_article_count")[()] >= len(ARTICLES)
    assert samples(enricher_text, "news_publish_to_enriched_seconds_count")[()] >= len(ARTICLES)


async def test_the_alert_consumer_alerts_on_the_running_pipeline(pipeline: ObservedPipeline, tmp_path: Path) -> None:
    env = {**pipeline.env, "ALERTS_APP_ID": unique("ops-alerts"), "ALERT_DAILY_THRESHOLD": "1",
           "ALERT_SPIKE_MIN_COUNT": "1000"}
    alerts = AlertsProcess(Settings(**{k.lower(): v for k, v in env.items()}), env, tmp_path)
    alerts.start()
    try:
        counts = await pipeline.counts()
        counted = sorted(cc for cc, v in counts.items() if v["daily"].get("2026-03-02", {}).get("total", 0) >= 1)
        assert counted, f"the test articles must be counted somewhere: {counts}"
        raised = await wait_for_alerts(alerts, len(counted))
        assert sorted(a["country"] for a in raised if a["day"] == "2026-03-02") == counted
        await alerts.wait_caught_up()
        assert alerts.stdout_path.read_text().count("ALERT threshold") == len(counted)
    finally:
        alerts.stop()


def listening_addresses(port: int) -> set[str]:
    """The local addresses of TCP sockets listening on `port` (from /proc/net/tcp and tcp6)."""
    found = set()
    for name in ("tcp", "tcp6"):
        table = Path(f"/proc/net/{name}")
        for line in table.read_text().splitlines()[1:] if table.exists() else []:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                found.add("127.0.0.1" if address == "0100007F" else "0.0.0.0" if set(address) == {"0"} else address)
    return found


async def test_the_workers_listen_only_on_web_host(pipeline: ObservedPipeline) -> None:
    if not Path("/proc/net/tcp").exists():
        pytest.skip("needs Linux /proc to read the listening sockets")
    for name in ("enricher", "aggregator"):
        assert listening_addresses(pipeline.ports[name]) == {"127.0.0.1"}, name  # WEB_HOST's default


async def test_a_second_worker_on_the_same_host_serves_on_the_next_free_port(pipeline: ObservedPipeline) -> None:
    taken = pipeline.ports["aggregator"]
    pipeline.start_worker("aggregator", "-same-port", web_port=taken)
    try:
        log = pipeline.log_dir / "aggregator-same-port.log"
        deadline = time.monotonic() + METRICS_DEADLINE_S
        while not re.search(r"serving on port (\d+)", log.read_text(errors="replace")):
            assert pipeline.procs["aggregator-same-port"].poll() is None, log.read_text(errors="replace")
            assert time.monotonic() < deadline, f"no web port reported within {METRICS_DEADLINE_S}s"
            await asyncio.sleep(POLL_S)
        port = int(re.findall(r"serving on port (\d+)", log.read_text(errors="replace"))[-1])
        assert port != taken
        while (await pipeline.readiness("aggregator-same-port", port)) is None:
            assert pipeline.procs["aggregator-same-port"].poll() is None, log.read_text(errors="replace")
            assert time.monotonic() < deadline, f"the second worker did not serve within {METRICS_DEADLINE_S}s"
            await asyncio.sleep(POLL_S)
    finally:
        assert pipeline.terminate("aggregator-same-port") == 0
