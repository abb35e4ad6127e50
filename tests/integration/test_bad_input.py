"""Property: however malformed the input, no worker dies, every bad message lands in the DLQ with
its reason and original bytes, and every good one is counted (hypothesis, real broker)."""

from __future__ import annotations

import asyncio
import base64
import random
from collections import Counter
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from tests.bad_input import bad_messages, good_articles
from tests.expectations import count_differences, offline_counts, table_counts
from tests.integration.pipeline import Pipeline
from tests.support import unique

pytestmark = pytest.mark.integration
MAX_BODY_BYTES = 5_000  # small, so "huge" bodies are cheap to generate and publish
BAD_PER_EXAMPLE = 120
GOOD_PER_EXAMPLE = 3
EXAMPLES = 45  # 45 x 120 = 5,400 malformed messages


@pytest.fixture(scope="module")
def loop_runner() -> asyncio.AbstractEventLoop:
    """Hypothesis calls the test synchronously; the pipeline's async helpers run on this loop."""
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


@pytest.fixture(scope="module")
def pipeline(kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory,
             loop_runner: asyncio.AbstractEventLoop) -> Pipeline:
    p = Pipeline(kafka_bootstrap, tmp_path_factory.mktemp("fuzz"), MAX_BODY_BYTES=str(MAX_BODY_BYTES))
    loop_runner.run_until_complete(p.start())
    yield p
    p.stop()


def _dead_letters(records: list[tuple[bytes | None, Any]]) -> Counter[tuple[str | None, str, bytes | None]]:
    return Counter((v["original_key_b64"], v["reason"],
                    None if v["original_value_b64"] is None else base64.b64decode(v["original_value_b64"]))
                   for _, v in records)


def _b64(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(data).decode()


@settings(max_examples=EXAMPLES, deadline=None, phases=[Phase.generate], derandomize=False,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture, HealthCheck.large_base_example])
@given(bad=st.lists(bad_messages(MAX_BODY_BYTES), min_size=BAD_PER_EXAMPLE, max_size=BAD_PER_EXAMPLE),
       good=st.lists(good_articles(), min_size=GOOD_PER_EXAMPLE, max_size=GOOD_PER_EXAMPLE),
       null_keys=st.lists(st.booleans(), min_size=BAD_PER_EXAMPLE, max_size=BAD_PER_EXAMPLE),
       order=st.randoms(use_true_random=False))
def test_malformed_messages_are_dead_lettered_and_good_ones_processed(
        pipeline: Pipeline, loop_runner: asyncio.AbstractEventLoop,
        bad: list[tuple[bytes | None, str]], good: list[dict[str, Any]], null_keys: list[bool],
        order: random.Random) -> None:
    tag = unique("fz")
    # Kafka needs a key or a value: a null value (tombstone) always gets a key.
    bad_keyed = [(None if null and value is not None else f"{tag}-bad-{i}".encode(), value, reason)
                 for i, ((value, reason), null) in enumerate(zip(bad, null_keys))]
    goods = [{"id": f"{tag}-good-{i}", **article} for i, article in enumerate(good)]
    messages: list[tuple[bytes | None, bytes | None]] = [(k, v) for k, v, _ in bad_keyed]
    messages += [(a["id"].encode(), orjson.dumps(a)) for a in goods]
    order.shuffle(messages)
    before = _dead_letters(loop_runner.run_until_complete(pipeline.read_topic(pipeline.settings.topic_dlq)))

    loop_runner.run_until_complete(pipeline.publish(messages))
    pipeline.published.update((a["id"], a) for a in goods)
    loop_runner.run_until_complete(pipeline.wait_caught_up())

    after = _dead_letters(loop_runner.run_until_complete(pipeline.read_topic(pipeline.settings.topic_dlq)))
    expected = Counter((_b64(k), reason, v) for k, v, reason in bad_keyed)
    assert after - before == expected
    enriched = {v["id"] for _, v in loop_runner.run_until_complete(
        pipeline.read_topic(pipeline.settings.topic_articles_enriched))}
    assert {a["id"] for a in goods} <= enriched


def test_after_the_fuzzing_no_worker_died_and_counts_match_offline(
        pipeline: Pipeline, loop_runner: asyncio.AbstractEventLoop, nlp: Language) -> None:
    assert all(p.poll() is None for p in pipeline.procs.values()), pipeline.logs()
    assert len(pipeline.published) >= GOOD_PER_EXAMPLE * EXAMPLES
    loop_runner.run_until_complete(pipeline.wait_caught_up())
    table = loop_runner.run_until_complete(pipeline.counts())
    differences = count_differences(table_counts(table), offline_counts(pipeline.published, nlp, 30))
    assert not differences, "\n".join(differences[:30])
