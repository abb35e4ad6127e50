"""The feed poller on the real broker: it publishes a local feed onto articles.raw, and a kill -9 mid-cycle
followed by a restart leaves every entry there exactly once; an updated entry is republished once."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import aiohttp
import orjson
import pytest
from aiokafka import AIOKafkaProducer

from services.common.broker import ensure_topics
from services.feeds.articles import article_id, content_hash
from services.feeds.config import FeedConfig
from services.feeds.parsing import parse_feed
from services.feeds.state import Intent, read_topic, state_value
from tests.feeds_samples import Story, json_feed, page, rss2
from tests.feeds_server import FeedServer
from tests.integration.pipeline import Pipeline
from tests.support import free_port, unique

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
DEADLINE_S = 120.0  # poller start (imports, broker connection) takes seconds; slow CI machines several times that
POLL_S = 0.3
STORIES = 12
PAGE_DELAY_S = 0.5  # each page answers slowly, so a poll cycle lasts long enough to be killed in the middle
TOWNS = ["Ashwick", "Brennor", "Caldmere", "Dunholt", "Elsworth", "Farrowby", "Glenmarsh", "Hollin", "Ivybridge",
         "Jessop", "Kestleby", "Lorimer"]


@pytest.fixture(scope="module")
def feed_server() -> Iterator[FeedServer]:
    """The loopback server for this module's feeds and pages."""
    server = FeedServer().start()
    yield server
    server.stop()


def story_page(town: str, version: int) -> str:
    extra = ["The council met again on Thursday and doubled the budget for repairs."] if version > 1 else []
    return page(f"Storm damages the bridge at {town}",
                [f"A storm damaged the old stone bridge at {town} on Monday night, the town council said.",
                 f"Repairs at {town} will take two weeks, and a ferry will carry people across meanwhile.", *extra])


def serve_feed(server: FeedServer, updated: str | None = None) -> str:
    """The feed: summary-only entries whose pages answer slowly; `updated` names a town whose story changed."""
    stories = []
    for number, town in enumerate(TOWNS[:STORIES]):
        version = 2 if town == updated else 1
        server.put(f"it/{town}.html", story_page(town, version), content_type="text/html", delay_s=PAGE_DELAY_S)
        summary = f"Storm damage at {town}." + (" Repairs budget doubled." if version > 1 else "")
        stories.append(Story(f"Storm damages the bridge at {town}", summary=summary, guid=f"storm-{number}",
                             link=server.url(f"it/{town}.html"), date="Mon, 30 Nov 2026 22:00:00 GMT"))
    return server.put("it/feed.xml", rss2(stories), content_type="application/rss+xml")


@pytest.fixture(scope="module")
async def counting(kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Pipeline]:
    """An enricher and an aggregator for the end-to-end test; the first test asks for it too, so that the
    workers load their model while the other tests run."""
    pipeline = feeds_pipeline(kafka_bootstrap, tmp_path_factory.mktemp("counting"))
    await pipeline.start()
    yield pipeline
    pipeline.stop()


def feeds_pipeline(bootstrap: str, tmp_path: Path) -> Pipeline:
    """Topics of this test only (the poller's state topic too); no worker started."""
    pipeline = Pipeline(bootstrap, tmp_path, TOPIC_FEEDS_STATE=f"{unique('t')}.feeds.state")
    pipeline.log_dir.mkdir(parents=True, exist_ok=True)
    return pipeline


class Poller:
    """The poller process as a user runs it, with the test's topics and feeds file."""

    def __init__(self, pipeline: Pipeline, feeds_file: Path) -> None:
        self.port = free_port()
        self.env = {**os.environ, **pipeline.env, "FEEDS_FILE": str(feeds_file), "FEEDS_WEB_PORT": str(self.port),
                    "FEEDS_HOST_CONCURRENCY": "1", "FEEDS_HOST_MIN_INTERVAL_S": "0", "FEEDS_REQUEST_TIMEOUT_S": "10"}
        self.log = pipeline.log_dir / "feeds.log"
        self.bootstrap = pipeline.settings.kafka_bootstrap_servers
        self.raw_topic = pipeline.settings.topic_articles_raw

    def start(self, *args: str) -> subprocess.Popen[bytes]:
        with open(self.log, "ab") as log:
            return subprocess.Popen([sys.executable, "-m", "services.feeds", *args], cwd=ROOT, env=self.env,
                                    stdout=log, stderr=subprocess.STDOUT)

    def run_once(self) -> None:
        proc = self.start("--once", "--no-web")
        assert proc.wait(timeout=DEADLINE_S) == 0, self.logs()

    def logs(self) -> str:
        return self.log.read_text(errors="replace")[-4000:]

    async def raw(self) -> list[dict[str, Any]]:
        """Every article on articles.raw, in offset order per partition."""
        return [orjson.loads(r.value) for r in await read_topic(self.bootstrap, self.raw_topic)]

    async def get(self, path: str) -> tuple[int, str] | None:
        try:
            async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as session, \
                    session.get(f"http://127.0.0.1:{self.port}{path}") as response:
                return response.status, await response.text()
        except (TimeoutError, aiohttp.ClientError):
            return None


async def wait_for(what: str, check: Any, proc: subprocess.Popen[bytes], poller: Poller) -> None:
    deadline = time.monotonic() + DEADLINE_S
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"the poller exited ({proc.returncode})\n{poller.logs()}"
        if await check():
            return
        await asyncio.sleep(POLL_S)
    raise AssertionError(f"{what}: not within {DEADLINE_S} s\n{poller.logs()}")


async def test_kill_9_mid_cycle_then_restart_publishes_every_entry_once_and_an_update_once(
        kafka_bootstrap: str, tmp_path: Path, feed_server: FeedServer, counting: Pipeline) -> None:
    pipeline = feeds_pipeline(kafka_bootstrap, tmp_path)
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text(f'[[feed]]\nname = "storms"\nurl = "{serve_feed(feed_server)}"\nsource = "Marsh Gazette"\n')
    poller = Poller(pipeline, feeds_file)

    first = poller.start()
    try:
        async def ready() -> bool:
            answer = await poller.get("/ready")
            return answer is not None and answer[0] == 200
        await wait_for("/ready", ready, first, poller)
        live = await poller.get("/live")
        assert live is not None and live[0] == 200

        async def some_sent() -> bool:
            return len(await poller.raw()) >= 2
        await wait_for("the first articles on articles.raw", some_sent, first, poller)
        metrics = await poller.get("/metrics")
        assert metrics is not None and 'news_feed_entries_total{feed="storms",kind="new"}' in metrics[1]
        first.send_signal(signal.SIGKILL)  # mid-cycle: the remaining pages are still being fetched
    finally:
        if first.poll() is None:
            first.kill()
        first.wait()
    before_restart = await poller.raw()
    assert 2 <= len(before_restart) < STORIES, "the kill came too late to be mid-cycle"

    poller.run_once()  # restart: reads the state topic, then polls
    articles = await poller.raw()
    assert Counter(a["title"] for a in articles) == Counter(f"Storm damages the bridge at {t}" for t in TOWNS[:STORIES])
    assert all(a["body_origin"] == "page" and a["source"] == "Marsh Gazette" for a in articles)
    assert all(a["published_at"] == "2026-11-30T22:00:00Z" for a in articles)

    serve_feed(feed_server, updated=TOWNS[4])
    poller.run_once()
    poller.run_once()  # nothing new the second time
    articles = await poller.raw()
    assert len(articles) == STORIES + 1
    ids = Counter(a["id"] for a in articles)
    [(updated_id, twice)] = [(i, n) for i, n in ids.items() if n > 1]
    assert twice == 2
    latest = [a for a in articles if a["id"] == updated_id][-1]
    assert "doubled the budget" in latest["body"] and TOWNS[4] in latest["title"]
    assert "poll cycle: 1 feed(s)" in poller.logs()


async def test_sends_a_killed_poller_left_half_done_are_settled_without_repeats_or_losses(
        kafka_bootstrap: str, tmp_path: Path, feed_server: FeedServer) -> None:
    """The two moments kill -9 can leave behind, set up exactly: intent written and article sent (but not the
    final state record), and intent written but article not sent."""
    pipeline = feeds_pipeline(kafka_bootstrap, tmp_path)
    settings = pipeline.settings
    await ensure_topics(settings)
    one = Story("Ferry returns to Tarnby", content="<p>The ferry to Tarnby sails again after repairs.</p>", guid="t-1")
    two = Story("Tarnby market moves", content="<p>The Saturday market of Tarnby moves to the harbour.</p>", guid="t-2")
    feeds_file = tmp_path / "feeds.toml"
    url = feed_server.put("half/feed.xml", rss2([one]))
    feeds_file.write_text(f'[[feed]]\nname = "tarnby"\nurl = "{url}"\nsource = "Tarnby Post"\n')
    poller = Poller(pipeline, feeds_file)
    poller.run_once()
    [first] = await read_topic(kafka_bootstrap, settings.topic_articles_raw)
    intent, final = await read_topic(kafka_bootstrap, settings.topic_feeds_state)  # one partition: the id's key
    assert "pending" in orjson.loads(intent.value) and "pending" not in orjson.loads(final.value)
    sent_hashes = orjson.loads(final.value)["hashes"]
    first_id = first.key.decode()

    # Killed after the article was acknowledged, before its final state record: the intent is the latest record.
    landed = Intent({}, sent_hashes, "tarnby", first.partition, first.offset)
    # Killed after the intent, before the article went out: nothing on articles.raw.
    ends = {tp.partition: n for tp, n in (await _end_offsets(kafka_bootstrap, settings.topic_articles_raw)).items()}
    [entry_two] = parse_feed(rss2([two]).encode())
    config = FeedConfig("tarnby", url, "Tarnby Post", "en", 300.0, True)
    lost_id = str(article_id(config, entry_two))
    lost = Intent({}, {"tarnby": content_hash(entry_two)}, "tarnby", 0, ends[0])  # had it landed, it would not be resent
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(settings.topic_feeds_state, state_value(first_id, {}, "tarnby", landed),
                                     key=first_id.encode())
        await producer.send_and_wait(settings.topic_feeds_state, state_value(lost_id, {}, "tarnby", lost),
                                     key=lost_id.encode())
    finally:
        await producer.stop()

    feed_server.put("half/feed.xml", rss2([one, two]))
    poller.run_once()
    titles = Counter(a["title"] for a in await poller.raw())
    assert titles == Counter({"Ferry returns to Tarnby": 1, "Tarnby market moves": 1})
    assert "2 unfinished send(s) settled" in poller.logs()
    poller.run_once()
    assert len(await poller.raw()) == 2


async def _end_offsets(bootstrap: str, topic: str) -> dict[Any, int]:
    from aiokafka import AIOKafkaConsumer

    from services.common.broker import partitions_of
    from services.common.table_topic import stop_consumer
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False)
    await consumer.start()
    try:
        return dict(await consumer.end_offsets(await partitions_of(bootstrap, [topic])))
    finally:
        await stop_consumer(consumer)


async def test_entries_from_a_feed_are_enriched_and_counted_and_an_update_is_a_correction(
        counting: Pipeline, tmp_path: Path, feed_server: FeedServer) -> None:
    pipeline = counting
    march = Story("March in Accra", guid="acc-1", date="2026-11-30T15:00:00Z",
                  content="<p>Thousands of people marched peacefully in Accra, Ghana, on Monday to protest "
                          "against a rise in bread prices.</p>")
    blast = Story("Blast in Mosul", guid="mos-1", date="2026-11-30T16:00:00Z",
                  content="<p>A roadside bomb exploded in Mosul, Iraq, on Monday, killing two people, police "
                          "said.</p>")
    url = feed_server.put("e2e/feed.json", json_feed([march, blast]), content_type="application/feed+json")
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text(f'[[feed]]\nname = "e2e"\nurl = "{url}"\nsource = "Test Wire"\n')
    poller = Poller(pipeline, feeds_file)
    poller.run_once()
    await pipeline.wait_caught_up()
    counts = await pipeline.counts()
    assert counts["GH"]["by_type"].get("protest") == 1 and counts["IQ"]["fatalities"] == 2, counts

    corrected = Story("Blast in Mosul", guid="mos-1", date="2026-11-30T16:00:00Z",
                      content="<p>A roadside bomb exploded in Mosul, Iraq, on Monday, killing four people, "
                              "police said.</p>")
    feed_server.put("e2e/feed.json", json_feed([march, corrected]), content_type="application/feed+json")
    poller.run_once()
    await pipeline.wait_caught_up()
    counts = await pipeline.counts()
    assert counts["IQ"]["total"] == 1 and counts["IQ"]["fatalities"] == 4, counts  # replaced, not added
