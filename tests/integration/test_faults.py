"""Failures injected mid-stream against the real broker; each ends by comparing the table topic
with the counts computed offline by the enricher's code on the same input."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from services.ops.lag import group_lag
from tests.articles import corrected, variants
from tests.expectations import count_differences, offline_counts, table_counts
from tests.integration.conftest import Broker
from tests.integration.pipeline import Pipeline
from tests.support import unique

pytestmark = pytest.mark.integration
RETENTION = 30
PUBLISH_CHUNK = 50
ENRICHING_DEADLINE_S = 120.0  # model load and group join take ~10 s
FAULT_DEADLINE_S = 900.0  # 2,000+ articles at ~15-30/s on a shared 2-core machine, plus restarts


async def publish_steadily(pipeline: Pipeline, articles: list[dict[str, Any]], rate: float) -> None:
    """Publish in chunks at about `rate` articles per second, so faults land mid-stream."""
    for start in range(0, len(articles), PUBLISH_CHUNK):
        await pipeline.publish_articles(articles[start:start + PUBLISH_CHUNK])
        await asyncio.sleep(PUBLISH_CHUNK / rate)


async def assert_consistent(pipeline: Pipeline, nlp: Language) -> None:
    """Every article accounted for, and the table topic equal to the offline counts."""
    await pipeline.wait_caught_up(FAULT_DEADLINE_S)
    enriched = {v["id"] for _, v in await pipeline.read_topic(pipeline.settings.topic_articles_enriched)}
    dead = await pipeline.read_topic(pipeline.settings.topic_dlq)
    assert dead == [], f"valid articles were dead-lettered: {Counter(v['reason'] for _, v in dead)}"
    missing = set(pipeline.published) - enriched
    assert not missing, f"{len(missing)} article(s) never enriched, e.g. {sorted(missing)[:5]}"
    expected = offline_counts(pipeline.published, nlp, RETENTION)
    assert expected, "the input must produce incidents, or the comparison proves nothing"
    differences = count_differences(table_counts(await pipeline.counts()), expected)
    assert not differences, "\n".join(differences[:30])


async def run_with_faults(pipeline: Pipeline, articles: list[dict[str, Any]], rate: float,
                          faults: list[tuple[float, Callable[[], Awaitable[None] | None]]]) -> None:
    """Publish `articles` while running each fault after its delay (seconds after the previous one)."""
    publishing = asyncio.create_task(publish_steadily(pipeline, articles, rate))
    for delay, fault in faults:
        await asyncio.sleep(delay)
        outcome = fault()
        if asyncio.iscoroutine(outcome):
            await outcome
    await publishing


async def wait_until_enriching(pipeline: Pipeline) -> None:
    """Wait until the enricher has committed some work, so a signal hits it mid-stream."""
    for _ in range(int(ENRICHING_DEADLINE_S / 0.5)):
        rows = await group_lag(pipeline.settings.kafka_bootstrap_servers, pipeline.settings.enricher_app_id,
                               [pipeline.settings.topic_articles_raw])
        if any(r.committed for r in rows):
            return
        await asyncio.sleep(0.5)
    raise AssertionError(f"the enricher committed nothing within {ENRICHING_DEADLINE_S}s\n{pipeline.logs()}")


@pytest.fixture
async def pipeline(kafka_bootstrap: str, tmp_path: Path) -> AsyncIterator[Pipeline]:
    """A fresh pipeline (own topics, groups and state) per fault test."""
    p = Pipeline(kafka_bootstrap, tmp_path)
    await p.start()
    yield p
    p.stop()


def kill_and_restart(pipeline: Pipeline, name: str) -> Callable[[], None]:
    def fault() -> None:
        pipeline.kill(name)
        pipeline.start_worker(name)
    return fault


async def test_kill_9_enricher_and_aggregator_three_times_each(pipeline: Pipeline, nlp: Language) -> None:
    articles = variants(unique("kill"), 2000)
    faults = [(8.0, kill_and_restart(pipeline, name)) for _ in range(3) for name in ("enricher", "aggregator")]
    await run_with_faults(pipeline, articles, rate=40.0, faults=faults)
    await assert_consistent(pipeline, nlp)


async def test_broker_restart_mid_stream(pipeline: Pipeline, kafka_broker: Broker, nlp: Language) -> None:
    if kafka_broker.env is None:
        pytest.skip("the broker is external (KAFKA_BOOTSTRAP_SERVERS); this run cannot restart it")
    articles = variants(unique("broker"), 400)
    faults = [(6.0, kafka_broker.stop), (3.0, kafka_broker.start)]
    await run_with_faults(pipeline, articles[:200], rate=40.0, faults=faults)
    await pipeline.publish_articles(articles[200:])  # and after the restart, more input still flows
    await assert_consistent(pipeline, nlp)


async def test_second_enricher_added_and_removed_mid_stream(pipeline: Pipeline, nlp: Language) -> None:
    articles = variants(unique("scale"), 600)
    faults: list[tuple[float, Callable[[], Any]]] = [
        (4.0, lambda: pipeline.start_worker("enricher", "-2")),
        (15.0, lambda: pipeline.terminate("enricher-2")),
    ]
    await run_with_faults(pipeline, articles, rate=30.0, faults=faults)
    await assert_consistent(pipeline, nlp)


async def test_duplicates_and_corrections_replace_earlier_contributions(pipeline: Pipeline, nlp: Language) -> None:
    articles = variants(unique("fix"), 300)
    await pipeline.publish_articles(articles)
    await pipeline.publish_articles(articles[:100])  # exact duplicates
    shifted = articles[150:] + articles[:150]
    await pipeline.publish_articles([corrected(a, b) for a, b in zip(articles[100:200], shifted[100:200])])
    await assert_consistent(pipeline, nlp)


async def test_sigterm_finishes_in_flight_work_and_restart_neither_loses_nor_repeats(
        pipeline: Pipeline, nlp: Language) -> None:
    articles = variants(unique("term"), 300)
    publishing = asyncio.create_task(publish_steadily(pipeline, articles, rate=40.0))
    await wait_until_enriching(pipeline)
    assert pipeline.terminate("enricher") == 0, pipeline.logs()
    pipeline.start_worker("enricher")
    await publishing
    await assert_consistent(pipeline, nlp)
    ids = Counter(v["id"] for _, v in await pipeline.read_topic(pipeline.settings.topic_articles_enriched))
    repeated = {k: n for k, n in ids.items() if n > 1}
    assert not repeated, f"{len(repeated)} article(s) enriched twice after a clean shutdown"
