"""The pipeline end to end on the real broker: seed article, dead letters, duplicates."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from spacy.language import Language

from services.common.broker import partitions_of
from services.common.contracts import schema_errors
from services.publisher.sources import article_from_txt
from tests.expectations import offline_counts, table_counts
from tests.integration.pipeline import Pipeline
from tests.support import unique

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_16d2d3339850603f.txt"
RETENTION = 30
INTERNAL_TOPIC_DEADLINE_S = 120.0  # the aggregator worker starts and declares its topics within seconds


@pytest.fixture(scope="module")
async def pipeline(kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Pipeline]:
    """One enricher and one aggregator worker for this module's tests."""
    p = Pipeline(kafka_bootstrap, tmp_path_factory.mktemp("pipeline"))
    await p.start()
    yield p
    p.stop()


async def enriched_by_id(pipeline: Pipeline) -> dict[str, dict[str, Any]]:
    """The latest enriched version of every article on articles.enriched."""
    return {v["id"]: v for _, v in await pipeline.read_topic(pipeline.settings.topic_articles_enriched)}


async def test_seed_article_is_enriched_and_mali_is_counted(pipeline: Pipeline) -> None:
    article = {**article_from_txt(SEED), "published_at": "2024-09-19T12:00:00Z"}
    await pipeline.publish_articles([article])
    await pipeline.wait_caught_up()

    enriched = (await enriched_by_id(pipeline))[article["id"]]
    assert schema_errors("enriched_article.v1", enriched) == []
    assert {"ML", "NE", "RU"} <= {c["code"] for c in enriched["countries"]}
    counts = await pipeline.counts()
    assert counts["ML"]["total"] >= 1, counts
    assert all(schema_errors("country_counts.v1", v) == [] for v in counts.values())


async def test_malformed_message_is_dead_lettered_and_the_next_good_one_processed(pipeline: Pipeline) -> None:
    bad = b'{"id": "truncated", "body": "Protesters march in'
    good = {"id": unique("good"), "title": "Protest in Lagos", "published_at": "2026-02-02",
            "body": "Hundreds of people protested peacefully in Lagos, Nigeria, on Monday against rising prices."}
    bad_key = unique("bad").encode()
    await pipeline.publish([(bad_key, bad), (good["id"].encode(), orjson.dumps(good))])
    pipeline.published[good["id"]] = good
    await pipeline.wait_caught_up()

    dead = [v for k, v in await pipeline.read_topic(pipeline.settings.topic_dlq) if k == bad_key]
    assert len(dead) == 1
    assert dead[0]["reason"] == "invalid_json"
    assert base64.b64decode(dead[0]["original_value_b64"]) == bad
    assert dead[0]["topic"] == pipeline.settings.topic_articles_raw
    assert schema_errors("dlq_record.v1", dead[0]) == []
    assert good["id"] in await enriched_by_id(pipeline)


async def test_the_same_article_published_twice_is_counted_once(pipeline: Pipeline, nlp: Language) -> None:
    article = {
        "id": unique("twice"), "title": "Bomb kills soldiers in Pakistan", "published_at": "2026-03-02T08:00:00Z",
        "body": "A roadside bomb killed four soldiers near Quetta in southwestern Pakistan on Monday, the army said.",
    }
    await pipeline.publish_articles([article, article])
    await pipeline.wait_caught_up()

    copies = [v for _, v in await pipeline.read_topic(pipeline.settings.topic_articles_enriched)
              if v["id"] == article["id"]]
    assert len(copies) == 2, "both copies must have gone through the enricher"
    assert offline_counts({article["id"]: article}, nlp, RETENTION), "the test article must carry an incident"
    assert table_counts(await pipeline.counts()) == offline_counts(pipeline.published, nlp, RETENTION)


async def test_an_undecodable_internal_update_is_dead_lettered_and_counting_goes_on(
        pipeline: Pipeline, nlp: Language) -> None:
    internal = pipeline.settings.topic_country_updates
    for _ in range(int(INTERNAL_TOPIC_DEADLINE_S / 0.5)):  # the aggregator declares it when it starts
        if await partitions_of(pipeline.settings.kafka_bootstrap_servers, [internal]):
            break
        await asyncio.sleep(0.5)
    bad_key, bad = unique("bad-update").encode(), b"\xff{not an update"
    await pipeline.publish([(bad_key, bad)], topic=internal)
    article = {"id": unique("after"), "title": "Clashes in Mali", "published_at": "2026-03-03T10:00:00Z",
               "body": "Jihadist fighters attacked an army post near Mopti in central Mali on Monday, killing six soldiers."}
    await pipeline.publish_articles([article])
    await pipeline.wait_caught_up()

    dead = [v for k, v in await pipeline.read_topic(pipeline.settings.topic_dlq) if k == bad_key]
    assert len(dead) == 1, dead
    assert dead[0]["reason"] == "invalid_json" and dead[0]["topic"] == internal and dead[0]["service"] == "aggregator"
    assert base64.b64decode(dead[0]["original_value_b64"]) == bad
    assert schema_errors("dlq_record.v1", dead[0]) == []
    assert table_counts(await pipeline.counts()) == offline_counts(pipeline.published, nlp, RETENTION)
