"""The loopback feed server (once per session), test limits and an in-memory sink for the poller tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from services.common.settings import Settings
from tests.feeds_server import FeedServer

TEST_LIMITS = {
    "feeds_request_timeout_s": 1.0,
    "feeds_host_min_interval_s": 0.0,
    "feeds_host_concurrency": 4,
    "feeds_backoff_base_s": 10.0,
    "feeds_backoff_max_s": 100.0,
    "feeds_max_feed_bytes": 50_000,
    "feeds_max_page_bytes": 50_000,
    "feeds_extract_timeout_s": 10.0,
    "feeds_poll_interval_s": 60.0,
}


@pytest.fixture(scope="session")
def feed_server() -> Iterator[FeedServer]:
    """One loopback HTTP server for every feed test of the session."""
    server = FeedServer().start()
    yield server
    server.stop()


@pytest.fixture
def settings() -> Settings:
    """Settings with small limits, so timeouts and caps are reached quickly."""
    return Settings(**TEST_LIMITS)  # type: ignore[arg-type]


class ListSink:
    """Keeps what the poller sends, in order; can be told to fail."""

    def __init__(self) -> None:
        self.articles: list[dict[str, Any]] = []
        self.state: dict[str, dict[str, str]] = {}  # as the state topic would give it back
        self.failing = False

    async def send(self, article: dict[str, Any] | None, article_id: str, hashes: dict[str, str], feed: str,
                   previous: dict[str, str]) -> None:
        """Record the article and the state, or raise when failing."""
        if self.failing:
            raise ConnectionError("broker unavailable (test)")
        if article is not None:
            self.articles.append(article)
        self.state[article_id] = dict(hashes)


@pytest.fixture
def sink() -> ListSink:
    """A fresh in-memory sink."""
    return ListSink()
