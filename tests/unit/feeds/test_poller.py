"""The poll loop against the loopback server, with an in-memory sink: what gets sent, once, and what a failing feed does."""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import AsyncIterator

import pytest
from prometheus_client import REGISTRY

from services.common.settings import Settings
from services.feeds.config import FeedConfig
from services.feeds.fetching import Fetcher
from services.feeds.poller import Poller
from tests.feeds_samples import Story, atom, json_feed, page, rdf, rss2
from tests.feeds_server import FeedServer, Reply, fresh_path
from tests.unit.feeds.conftest import ListSink

PARAGRAPHS = ["The river authority of the fictional town of Kellsby opened its third flood gate on Tuesday morning.",
              "Engineers said the gate would protect four hundred homes on the eastern bank from the spring floods."]


@pytest.fixture
async def fetcher(settings: Settings) -> AsyncIterator[Fetcher]:
    client = Fetcher(settings)
    yield client
    await client.close()


def feed(server: FeedServer, path: str, name: str | None = None, source: str = "Kellsby Courier",
         full_text: bool = True) -> FeedConfig:
    return FeedConfig(name or path, server.url(path), source, "en", 60.0, full_text)


def metric(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


@pytest.mark.parametrize("build", [rss2, rdf, atom, json_feed], ids=["rss2", "rdf", "atom", "jsonfeed"])
async def test_every_format_is_published_as_raw_articles(feed_server: FeedServer, settings: Settings, sink: ListSink,
                                                         fetcher: Fetcher, build) -> None:  # type: ignore[no-untyped-def]
    path = fresh_path("feed")
    date = "2026-11-30T09:00:00Z" if build is not rss2 else "Mon, 30 Nov 2026 09:00:00 GMT"
    stories = [Story("Flood gate opens", content="<p>" + PARAGRAPHS[0] + "</p>", guid="gate-1",
                     link="http://127.0.0.1/gate", date=date, summary="Gate teaser." if build is not rdf else None),
               Story("Second gate planned", summary=PARAGRAPHS[1], guid="gate-2", link="http://127.0.0.1/gate2",
                     date=date)]
    if build is rdf:
        stories[0] = Story("Flood gate opens", summary=PARAGRAPHS[0], guid="gate-1", link="http://127.0.0.1/gate",
                           date=date)
    feed_server.put(path, build(stories))
    config = feed(feed_server, path, full_text=False)
    results = await Poller(settings, [config], fetcher, sink, {}).run_cycle([config])
    assert results[0].outcome == "ok" and results[0].entries["new"] == 2
    first, second = sink.articles
    assert first["title"] == "Flood gate opens" and first["body"] == PARAGRAPHS[0]
    assert first["source"] == "Kellsby Courier" and first["url"] == "http://127.0.0.1/gate"
    assert first["published_at"] == "2026-11-30T09:00:00Z" and first["published_at_inferred"] is False
    assert first["id"].startswith("kellsby-courier:") and first["language"] == "en"
    assert second["body"] == PARAGRAPHS[1] and second["body_origin"] == "summary"


async def test_summary_only_entries_get_the_main_text_of_their_page(
        feed_server: FeedServer, settings: Settings, sink: ListSink, fetcher: Fetcher) -> None:
    page_path, bare_path, path = fresh_path("story.html"), fresh_path("bare.html"), fresh_path("feed.xml")
    feed_server.put(page_path, page("Flood gate opens", PARAGRAPHS), content_type="text/html")
    feed_server.put(bare_path, "<html><body><nav>Home</nav></body></html>", content_type="text/html")
    feed_server.put(path, rss2([
        Story("Flood gate opens", summary="A gate opened.", guid="p1", link=feed_server.url(page_path)),
        Story("Nothing to read", summary="Only this teaser.", guid="p2", link=feed_server.url(bare_path)),
        Story("Gone page", summary="The teaser of a page that is gone.", guid="p3",
              link=feed_server.url(fresh_path("gone.html"))),
    ]))
    config = feed(feed_server, path, name=f"extract-{path}")
    [result] = await Poller(settings, [config], fetcher, sink, {}).run_cycle([config])
    extracted, bare, gone = sink.articles
    assert extracted["body"] == "\n\n".join(PARAGRAPHS) and extracted["body_origin"] == "page"
    assert bare["body"] == "Only this teaser." and bare["body_origin"] == "summary_extraction_failed"
    assert gone["body"] == "The teaser of a page that is gone." and gone["body_origin"] == "summary_extraction_failed"
    assert result.extraction_failures == 2
    assert metric("news_feed_extraction_failures_total", feed=config.name, reason="no_main_text") == 1
    assert metric("news_feed_extraction_failures_total", feed=config.name, reason="page_http_4xx") == 1


async def test_a_page_that_fails_for_now_is_retried_next_poll_before_the_summary_is_sent(
        feed_server: FeedServer, settings: Settings, sink: ListSink, fetcher: Fetcher) -> None:
    page_path, path = fresh_path("story.html"), fresh_path("feed.xml")
    feed_server.put(page_path, "busy", status=500)
    feed_server.put(path, rss2([Story("Flood gate opens", summary="A gate opened.", guid="r1",
                                      link=feed_server.url(page_path))]), etag='"same"')
    config = feed(feed_server, path)
    poller = Poller(settings, [config], fetcher, sink, {})
    [first] = await poller.run_cycle([config])
    assert first.entries["deferred"] == 1 and sink.articles == []
    feed_server.put(page_path, page("Flood gate opens", PARAGRAPHS), content_type="text/html")
    [second] = await poller.run_cycle([config])
    assert second.outcome == "ok"  # not a 304: the unfinished entry needs the whole feed again
    assert [a["body_origin"] for a in sink.articles] == ["page"]


async def test_entries_without_guid_or_date_get_their_link_as_identity_and_the_fetch_time(
        feed_server: FeedServer, settings: Settings, sink: ListSink, fetcher: Fetcher) -> None:
    path = fresh_path("feed.xml")
    feed_server.put(path, rss2([Story("Undated", summary="A note without a date.", link="http://127.0.0.1/u?utm_medium=x")]))
    config = feed(feed_server, path, full_text=False)
    before = time.time()
    await Poller(settings, [config], fetcher, sink, {}).run_cycle([config])
    [article] = sink.articles
    assert article["published_at_inferred"] is True
    published = dt.datetime.fromisoformat(article["published_at"]).timestamp()
    assert before - 1 <= published <= time.time() + 1
    feed_server.put(path, rss2([Story("Undated", summary="A note without a date.", link="http://127.0.0.1/u")]))
    await Poller(settings, [config], fetcher, sink, dict(sink.state)).run_cycle([config])
    assert len(sink.articles) == 1  # same canonical link, same text: the same article, not sent again


async def test_the_same_entry_twice_in_a_feed_and_in_two_feeds_of_a_source_is_sent_once(
        feed_server: FeedServer, settings: Settings, sink: ListSink, fetcher: Fetcher) -> None:
    story = Story("Flood gate opens", summary=PARAGRAPHS[0], guid="dup-1", link="http://127.0.0.1/dup")
    world, region, other = fresh_path("world.xml"), fresh_path("region.xml"), fresh_path("other.xml")
    feed_server.put(world, rss2([story, story]))
    feed_server.put(region, atom([story]))
    feed_server.put(other, rss2([story]))
    configs = [feed(feed_server, world, full_text=False), feed(feed_server, region, full_text=False),
               feed(feed_server, other, source="Valley Times", full_text=False)]
    await Poller(settings, configs, fetcher, sink, {}).run_cycle(configs)
    assert sorted(a["source"] for a in sink.articles) == ["Kellsby Courier", "Valley Times"]


async def test_nothing_is_sent_twice_and_a_changed_entry_is_sent_again_under_its_id(
        feed_server: FeedServer, settings: Settings, sink: ListSink, fetcher: Fetcher) -> None:
    path = fresh_path("feed.xml")
    stories = [Story("Flood gate opens", summary=PARAGRAPHS[0], guid="c1"),
               Story("Second gate planned", summary=PARAGRAPHS[1], guid="c2")]
    feed_server.put(path, rss2(stories))
    config = feed(feed_server, path, full_text=False)
    poller = Poller(settings, [config], fetcher, sink, {})
    await poller.run_cycle([config])
    [again] = await poller.run_cycle([config])
    assert again.entries["unchanged"] == 2 and len(sink.articles) == 2
    stories[1] = Story("Second gate planned", summary=PARAGRAPHS[1] + " Work starts in May.", guid="c2")
    feed_server.put(path, rss2(stories))
    [changed] = await poller.run_cycle([config])
    assert changed.entries["updated"] == 1 and changed.entries["unchanged"] == 1
    assert sink.articles[2]["id"] == sink.articles[1]["id"] and sink.articles[2]["body"].endswith("May.")
    restarted = Poller(settings, [config], fetcher, sink, dict(sink.state))  # what the state topic gives back
    await restarted.run_cycle([config])
    assert len(sink.articles) == 3


async def test_an_unchanged_feed_is_fetched_conditionally(
        feed_server: FeedServer, settings: Settings, sink: ListSink, fetcher: Fetcher) -> None:
    path = fresh_path("feed.xml")
    feed_server.put(path, rss2([Story("Flood gate opens", summary=PARAGRAPHS[0], guid="e1")]), etag='"v7"')
    config = feed(feed_server, path, full_text=False)
    poller = Poller(settings, [config], fetcher, sink, {})
    await poller.run_cycle([config])
    [second] = await poller.run_cycle([config])
    assert second.outcome == "not_modified" and feed_server.hits(path)[1]["If-None-Match"] == '"v7"'
    assert metric("news_feed_fetches_total", feed=config.name, outcome="not_modified") == 1


@pytest.mark.parametrize(("reply", "outcome"), [
    (Reply("oops", status=500), "http_5xx"),
    (Reply("gone", status=404), "http_4xx"),
    (Reply("<rss", delay_s=3.0), "timeout"),
    (Reply("<html><body>not a feed</body></html>", content_type="text/html"), "parse_error"),
    (Reply("<rss>" + "z" * 60_000 + "</rss>"), "too_large"),
], ids=["500", "404", "slow", "not-a-feed", "huge"])
async def test_a_failing_feed_is_backed_off_counted_and_logged_never_dropped(
        feed_server: FeedServer, settings: Settings, sink: ListSink, fetcher: Fetcher,
        caplog: pytest.LogCaptureFixture, reply: Reply, outcome: str) -> None:
    path = fresh_path("feed.xml")
    feed_server.put(path, reply)
    config = feed(feed_server, path)
    poller = Poller(settings, [config], fetcher, sink, {})
    with caplog.at_level(logging.INFO, logger="services.feeds"):
        [result] = await poller.run_cycle([config])
    assert result.outcome == outcome
    status = poller.status[config.name]
    assert status.failures == 1 and status.next_poll > time.monotonic() + 30  # poll interval at least
    assert metric("news_feed_fetches_total", feed=config.name, outcome=outcome) == 1
    assert metric("news_feed_consecutive_failures", feed=config.name) == 1
    assert metric("news_feed_seconds_since_success", feed=config.name) > 0
    assert any(f"feed {config.name} failed: {outcome}" in r.getMessage() for r in caplog.records)
    assert any("poll cycle: 1 feed(s)" in r.getMessage() and f"failing: {config.name}: {outcome}" in r.getMessage()
               for r in caplog.records)
    feed_server.put(path, rss2([Story("Back again", summary=PARAGRAPHS[0], guid="b1")]))
    [recovered] = await poller.run_cycle([config])  # still polled (here at once; normally when its backoff ends)
    assert recovered.outcome == "ok" and status.failures == 0 and len(sink.articles) == 1
    assert metric("news_feed_consecutive_failures", feed=config.name) == 0


async def test_repeated_failures_back_off_longer_and_retry_after_is_honoured(
        feed_server: FeedServer, settings: Settings, sink: ListSink, fetcher: Fetcher) -> None:
    path = fresh_path("feed.xml")
    feed_server.put(path, "oops", status=500)
    config = FeedConfig(path, feed_server.url(path), "Kellsby Courier", "en", 1.0, False)
    poller = Poller(settings, [config], fetcher, sink, {})
    delays = []
    for _ in range(5):
        await poller.run_cycle([config])
        delays.append(poller.status[config.name].next_poll - time.monotonic())
    assert delays[-1] > 45 and delays[0] <= 10  # base 10 s doubling to the 100 s cap, jittered down to half
    feed_server.put(path, "later", status=429, headers={"Retry-After": "3600"})
    await poller.run_cycle([config])
    assert poller.status[config.name].next_poll > time.monotonic() + 3500
    assert metric("news_feed_fetches_total", feed=config.name, outcome="rate_limited") == 1


async def test_malformed_xml_still_gives_its_entries(feed_server: FeedServer, settings: Settings, sink: ListSink,
                                                     fetcher: Fetcher) -> None:
    path = fresh_path("feed.xml")
    broken = rss2([Story("Flood gate opens", summary=PARAGRAPHS[0], guid="m1"),
                   Story("Gate & bridge", summary=PARAGRAPHS[1], guid="m2")]).replace("</channel></rss>", "")
    feed_server.put(path, broken)
    config = feed(feed_server, path, full_text=False)
    [result] = await Poller(settings, [config], fetcher, sink, {}).run_cycle([config])
    assert result.outcome == "ok" and [a["title"] for a in sink.articles] == ["Flood gate opens", "Gate & bridge"]


async def test_an_entry_the_sink_could_not_take_is_sent_on_the_next_poll(
        feed_server: FeedServer, settings: Settings, sink: ListSink, fetcher: Fetcher) -> None:
    path = fresh_path("feed.xml")
    feed_server.put(path, rss2([Story("Flood gate opens", summary=PARAGRAPHS[0], guid="s1")]), etag='"one"')
    config = feed(feed_server, path, full_text=False)
    poller = Poller(settings, [config], fetcher, sink, {})
    sink.failing = True
    [first] = await poller.run_cycle([config])
    assert first.entries["send_failed"] == 1 and poller.sent == {}
    sink.failing = False
    [second] = await poller.run_cycle([config])
    assert second.outcome == "ok" and second.entries["new"] == 1 and len(sink.articles) == 1


async def test_an_entry_outside_the_contract_is_counted_and_not_sent(
        feed_server: FeedServer, settings: Settings, sink: ListSink, fetcher: Fetcher) -> None:
    path = fresh_path("feed.json")
    feed_server.put(path, json_feed([Story("Une écluse ouvre", summary="Texte en français.", guid="fr1")],
                                    language="fr-FR"), content_type="application/feed+json")
    config = feed(feed_server, path, full_text=False)
    [result] = await Poller(settings, [config], fetcher, sink, {}).run_cycle([config])
    assert result.entries["rejected"] == 1 and sink.articles == []
    assert metric("news_feed_entries_rejected_total", feed=config.name, reason="unsupported_language") == 1


async def test_one_story_told_differently_by_two_feeds_of_a_source_is_sent_once_and_its_updates_follow(
        feed_server: FeedServer, settings: Settings, sink: ListSink, fetcher: Fetcher) -> None:
    world, briefs = fresh_path("world.xml"), fresh_path("briefs.json")
    feed_server.put(world, rss2([Story("Flood gate opens", summary="A short teaser.", guid="tw-1")]))
    feed_server.put(briefs, json_feed([Story("Flood gate opens", content=PARAGRAPHS[0], guid="tw-1")]),
                    content_type="application/feed+json")
    configs = [feed(feed_server, world, full_text=False), feed(feed_server, briefs, full_text=False)]
    poller = Poller(settings, configs, fetcher, sink, {})
    for _ in range(3):  # the two versions must not take turns being sent
        await poller.run_cycle(configs)
    assert len(sink.articles) == 1
    restarted = Poller(settings, configs, fetcher, sink, dict(sink.state))
    await restarted.run_cycle(configs)
    assert len(sink.articles) == 1
    feed_server.put(briefs, json_feed([Story("Flood gate opens", content=PARAGRAPHS[0] + " It cost a million.",
                                             guid="tw-1")]), content_type="application/feed+json")
    await restarted.run_cycle(configs)
    assert len(sink.articles) == 2 and sink.articles[1]["body"].endswith("a million.")
    assert sink.articles[1]["id"] == sink.articles[0]["id"]


async def test_a_rejected_entry_is_not_worked_on_again_and_kafka_trouble_stops_the_feed_for_this_poll(
        feed_server: FeedServer, settings: Settings, sink: ListSink, fetcher: Fetcher) -> None:
    page_path, path = fresh_path("page.html"), fresh_path("feed.json")
    feed_server.put(page_path, page("Une écluse ouvre", ["Un texte en français, écrit pour ce test, assez long."] * 3),
                    content_type="text/html")
    feed_server.put(path, json_feed([Story("Une écluse ouvre", summary="Résumé.", guid="fr2",
                                           link=feed_server.url(page_path))], language="fr"),
                    content_type="application/feed+json")
    config = feed(feed_server, path)
    poller = Poller(settings, [config], fetcher, sink, {})
    await poller.run_cycle([config])
    await poller.run_cycle([config])
    assert feed_server.hits(page_path) == [] and sink.articles == []  # refused on its language, page unfetched

    many = fresh_path("many.xml")
    feed_server.put(many, rss2([Story(f"Story {n}", summary=PARAGRAPHS[0], guid=f"k{n}") for n in range(5)]))
    config = feed(feed_server, many, full_text=False)
    sink.failing = True
    [result] = await Poller(settings, [config], fetcher, sink, {}).run_cycle([config])
    assert result.entries["send_failed"] == 1 and result.entries["new"] == 0
