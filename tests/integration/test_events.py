"""Events on the real broker: reports of one incident grouped into one event, corrections and order.

The aggregator alone, fed incident sets directly (as the enricher sends them), so each case controls
its reports exactly; the fault tests cover the same outputs through the enricher.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from services.common.contracts import schema_errors
from tests.integration.outputs import assert_outputs_are
from tests.integration.pipeline import Pipeline
from tests.support import unique

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]


def incident_set(article_id: str, revision: int, published_at: str, *incidents: dict[str, Any]) -> dict[str, Any]:
    """One version of an article's incident set, as the enricher publishes it on the incidents topic."""
    return {"id": article_id, "content_hash": f"{revision:064x}", "event_date": published_at[:10],
            "published_at": published_at, "incidents": list(incidents), "source_timestamp_ms": None,
            "version": [revision, 0]}


def incident(kind: str, place: str, dead: int | None, country: str = "ML") -> dict[str, Any]:
    return {"type": kind, "country": country, "fatalities": dead, "location": place}


@pytest.fixture
async def aggregator(kafka_bootstrap: str, tmp_path: Path) -> AsyncIterator[Pipeline]:
    """An aggregator on its own topics (no enricher: the tests write the incidents topic)."""
    pipeline = Pipeline(kafka_bootstrap, tmp_path)
    await pipeline.start(workers=("aggregator",))
    yield pipeline
    pipeline.stop()


async def publish_sets(pipeline: Pipeline, sets: list[dict[str, Any]]) -> None:
    await pipeline.publish([(s["id"].encode(), orjson.dumps(s)) for s in sets], topic=pipeline.settings.topic_incidents)
    await pipeline.wait_caught_up()


async def test_outlets_reporting_one_incident_make_one_event_and_corrections_move_or_retract_it(
        aggregator: Pipeline) -> None:
    gao1, gao2, kidal = (unique(name) for name in ("gao1", "gao2", "kidal"))
    first = [
        incident_set(gao1, 1, "2026-03-02T08:00:00Z", incident("explosion", "Gao", 4)),
        incident_set(kidal, 1, "2026-03-02T09:00:00Z", incident("battle", "Kidal", 2)),
        incident_set(gao2, 1, "2026-03-02T15:00:00Z", incident("explosion", "Gao", 6)),  # a later, higher toll
    ]
    await publish_sets(aggregator, list(reversed(first)))  # newest first: the order must not matter
    await assert_outputs_are(aggregator, first)
    events = await aggregator.events()
    assert sorted((e["location"], tuple(e["articles"]), e["fatalities"]) for e in events.values()) == [
        ("Gao", tuple(sorted([gao1, gao2])), 6), ("Kidal", (kidal,), 2)]
    assert all(schema_errors("event.v1", e) == [] for e in events.values())
    mali = (await aggregator.counts())["ML"]
    assert (mali["total"], mali["events"], mali["fatalities"], mali["event_fatalities"]) == (3, 2, 12, 8)
    assert schema_errors("country_counts.v2", mali) == [] and schema_errors("country_counts.v1", mali) == []

    moved = incident_set(gao2, 2, "2026-03-02T15:00:00Z", incident("battle", "Kidal", 3))  # it was about Kidal
    await publish_sets(aggregator, [moved])
    await assert_outputs_are(aggregator, [first[0], first[1], moved])
    assert sorted((e["location"], tuple(e["articles"])) for e in (await aggregator.events()).values()) == [
        ("Gao", (gao1,)), ("Kidal", tuple(sorted([gao2, kidal])))]

    retracted = incident_set(gao1, 2, "2026-03-02T08:00:00Z")  # no incident after all
    await publish_sets(aggregator, [retracted])
    await assert_outputs_are(aggregator, [retracted, first[1], moved])
    assert [e["location"] for e in (await aggregator.events()).values()] == ["Kidal"]
    assert (await aggregator.counts())["ML"]["events"] == 1
    shown = subprocess.run([sys.executable, "-m", "services.aggregator", "events", "--json"], cwd=ROOT,
                           env={**os.environ, **aggregator.env}, capture_output=True, check=True)
    assert orjson.loads(shown.stdout) == list((await aggregator.events()).values())  # what `make events` prints


async def test_a_follow_up_recalling_an_incident_supports_its_event_and_a_correction_detaches_it(
        aggregator: Pipeline) -> None:
    news, arrest = unique("news"), unique("arrest")
    follow_up = {**incident_set(arrest, 1, "2026-03-05T10:00:00Z"), "background": [incident("explosion", "Gao", None)]}
    report = incident_set(news, 1, "2026-03-02T08:00:00Z", incident("explosion", "Gao", 4))
    await publish_sets(aggregator, [follow_up, report])  # the follow-up first: the order must not matter
    await assert_outputs_are(aggregator, [report, follow_up])
    (event,) = (await aggregator.events()).values()
    assert event["articles"] == sorted([news, arrest]) and event["background_articles"] == [arrest]
    assert (event["reports"], event["fatalities"], event["location"]) == (1, 4, "Gao")
    mali = (await aggregator.counts())["ML"]
    assert (mali["total"], mali["articles"], mali["events"], mali["fatalities"]) == (1, 1, 1, 4)  # it counts nothing

    corrected = {**follow_up, "version": [2, 0], "content_hash": f"{2:064x}", "background": []}
    await publish_sets(aggregator, [corrected])
    await assert_outputs_are(aggregator, [report, corrected])
    (event,) = (await aggregator.events()).values()
    assert event["articles"] == [news] and "background_articles" not in event
