"""The fetcher against the loopback server: every HTTP case a feed can present, answered without raising."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

import pytest

from services.common.settings import Settings
from services.feeds.fetching import Fetcher, Validators
from tests.feeds_server import FeedServer, Reply, fresh_path

CAP = 50_000


@pytest.fixture
async def fetcher(settings: Settings) -> AsyncIterator[Fetcher]:
    client = Fetcher(settings)
    yield client
    await client.close()


async def test_a_plain_fetch_sends_a_clear_user_agent_and_keeps_the_validators(
        feed_server: FeedServer, fetcher: Fetcher, settings: Settings) -> None:
    path = fresh_path("feed.xml")
    url = feed_server.put(path, "<rss/>", headers={"Last-Modified": "Mon, 30 Nov 2026 10:00:00 GMT"}, etag='"v1"')
    got = await fetcher.get(url, CAP)
    assert (got.outcome, got.status, got.body) == ("ok", 200, b"<rss/>")
    assert got.validators == Validators('"v1"', "Mon, 30 Nov 2026 10:00:00 GMT")
    assert feed_server.hits(path)[0]["User-Agent"] == settings.feeds_user_agent


async def test_a_conditional_get_of_an_unchanged_feed_gets_304(feed_server: FeedServer, fetcher: Fetcher) -> None:
    path = fresh_path("feed.xml")
    url = feed_server.put(path, "<rss/>", etag='"v1"')
    first = await fetcher.get(url, CAP)
    second = await fetcher.get(url, CAP, first.validators)
    assert second.outcome == "not_modified" and second.ok and second.body == b""
    assert feed_server.hits(path)[1]["If-None-Match"] == '"v1"'


async def test_gzip_is_asked_for_and_decoded(feed_server: FeedServer, fetcher: Fetcher) -> None:
    path = fresh_path("feed.xml")
    url = feed_server.put(path, "<rss>" + "x" * 5000 + "</rss>", gzip=True)
    got = await fetcher.get(url, CAP)
    assert got.outcome == "ok" and got.body.startswith(b"<rss>xxx") and len(got.body) == 5011
    assert "gzip" in feed_server.hits(path)[0]["Accept-Encoding"]


async def test_redirects_are_followed_to_the_final_url(feed_server: FeedServer, fetcher: Fetcher) -> None:
    target = fresh_path("new-home.xml")
    feed_server.put(target, "<rss>moved</rss>")
    url = feed_server.put(fresh_path("old.xml"), Reply(redirect_to=target))
    got = await fetcher.get(url, CAP)
    assert got.outcome == "ok" and got.body == b"<rss>moved</rss>" and got.url == feed_server.url(target)


@pytest.mark.parametrize(("status", "outcome"), [(404, "http_4xx"), (410, "http_4xx"), (500, "http_5xx")])
async def test_error_statuses_are_outcomes_not_exceptions(feed_server: FeedServer, fetcher: Fetcher,
                                                          status: int, outcome: str) -> None:
    url = feed_server.put(fresh_path("feed.xml"), "oops", status=status)
    got = await fetcher.get(url, CAP)
    assert (got.outcome, got.status, got.ok, got.retry_after_s) == (outcome, status, False, None)


async def test_a_path_the_server_does_not_have_is_a_404(feed_server: FeedServer, fetcher: Fetcher) -> None:
    got = await fetcher.get(feed_server.url(fresh_path("missing.xml")), CAP)
    assert (got.outcome, got.status) == ("http_4xx", 404)


@pytest.mark.parametrize("status", [429, 503])
async def test_retry_after_is_read_and_pauses_the_host(feed_server: FeedServer, fetcher: Fetcher, status: int) -> None:
    url = feed_server.put(fresh_path("feed.xml"), "slow down", status=status, headers={"Retry-After": "120"})
    got = await fetcher.get(url, CAP)
    assert (got.outcome, got.retry_after_s) == ("rate_limited", 120.0)
    gate = fetcher.gates.for_url(url)
    assert gate._next_start > 100 + time.monotonic()  # nothing else goes to that host for 2 minutes


async def test_a_response_slower_than_the_timeout_is_a_timeout(feed_server: FeedServer, fetcher: Fetcher) -> None:
    url = feed_server.put(fresh_path("feed.xml"), "<rss/>", delay_s=3.0)
    got = await fetcher.get(url, CAP)
    assert got.outcome == "timeout" and not got.ok


@pytest.mark.parametrize("gzipped", [False, True], ids=["plain", "gzip"])
async def test_a_body_over_the_cap_is_refused(feed_server: FeedServer, fetcher: Fetcher, gzipped: bool) -> None:
    url = feed_server.put(fresh_path("huge.xml"), "<rss>" + "y" * (CAP * 3) + "</rss>", gzip=gzipped)
    got = await fetcher.get(url, CAP)
    assert got.outcome == "too_large" and got.body == b""


async def test_a_refused_connection_is_a_network_error(fetcher: Fetcher) -> None:
    from tests.support import free_port
    got = await fetcher.get(f"http://127.0.0.1:{free_port()}/feed.xml", CAP)
    assert got.outcome == "network_error"
