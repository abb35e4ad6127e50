"""The poll loop: fetch each due feed, turn its new and changed entries into raw articles, send them, back off on errors."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from services.common import metrics
from services.common.contracts import normalise_article
from services.common.exceptions import InvalidArticleError
from services.common.settings import Settings
from services.feeds.articles import article_id, build_article, content_hash
from services.feeds.config import FeedConfig
from services.feeds.extraction import extract_within
from services.feeds.fetching import Fetched, Fetcher, Validators
from services.feeds.parsing import Entry, FeedParseError, parse_feed
from services.feeds.politeness import backoff_s
from services.feeds.sink import SentButUnrecorded, Sink

log = logging.getLogger(__name__)
FEED_ACCEPT = ("application/rss+xml, application/atom+xml, application/rdf+xml, application/feed+json, "
               "application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5")
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
TRANSIENT_PAGE_OUTCOMES = {"timeout", "rate_limited", "http_5xx", "network_error"}


@dataclass
class FeedStatus:
    """What the poller knows of one feed between polls (in memory: a restart just polls unconditionally once)."""

    validators: Validators = field(default_factory=Validators)
    failures: int = 0
    next_poll: float = 0.0  # monotonic
    last_success: float | None = None  # monotonic


@dataclass
class FeedResult:
    """One poll of one feed: the fetch outcome and what became of its entries."""

    feed: str
    outcome: str
    entries: Counter[str] = field(default_factory=Counter)  # new, updated, unchanged, deferred, rejected
    extraction_failures: int = 0
    detail: str = ""


class Poller:
    """Polls the configured feeds and sends what is new.

    `sent` is {article id: {feed name: content hash}}, read back from the state topic: the hash each feed last
    gave for the story. A story one feed has sent and another feed of the source lists too (perhaps with other
    text: a summary here, full text there) is sent once; a later change in either feed is sent as an update.
    """

    def __init__(self, settings: Settings, feeds: list[FeedConfig], fetcher: Fetcher, sink: Sink,
                 sent: dict[str, dict[str, str]], rng: random.Random | None = None) -> None:
        self.settings, self.feeds, self.fetcher, self.sink, self.sent = settings, feeds, fetcher, sink, sent
        self.rng = rng or random.Random()
        self.status = {f.name: FeedStatus() for f in feeds}
        self.started = time.monotonic()
        self._claimed: set[str] = set()  # ids being handled right now (one story in two feeds of a source)
        self._page_attempts: Counter[tuple[str, str]] = Counter()
        self._reported: set[tuple[str, str]] = set()  # rejected (id, hash) already logged
        for feed in feeds:
            metrics.FEED_CONSECUTIVE_FAILURES.labels(feed.name).set(0)
            metrics.FEED_SECONDS_SINCE_SUCCESS.labels(feed.name).set_function(self._since_success(feed.name))

    def _since_success(self, name: str) -> Callable[[], float]:
        def seconds() -> float:
            last = self.status[name].last_success
            return time.monotonic() - (self.started if last is None else last)
        return seconds

    async def poll_feed(self, feed: FeedConfig) -> FeedResult:
        """Fetch one feed (conditionally), send its new and changed entries, and schedule its next poll."""
        status = self.status[feed.name]
        fetched = await self.fetcher.get(feed.url, self.settings.feeds_max_feed_bytes, status.validators, FEED_ACCEPT)
        if not fetched.ok:
            return self._failed(feed, fetched.outcome, fetched.detail, fetched.retry_after_s)
        if fetched.outcome == "not_modified":
            self._succeeded(feed, "not_modified")
            return FeedResult(feed.name, "not_modified")
        try:
            entries = parse_feed(fetched.body, fetched.content_type)
        except FeedParseError as exc:
            return self._failed(feed, "parse_error", str(exc), None)
        result = FeedResult(feed.name, "ok")
        fetched_at = dt.datetime.now(dt.UTC)
        for entry in entries:
            await self._handle(feed, entry, fetched_at, result)
            if result.entries["send_failed"]:
                break  # Kafka is in trouble: the rest waits for the next poll instead of each timing out
        complete = not (result.entries["deferred"] or result.entries["send_failed"])
        # Keep the validators only when every entry is done: else a 304 next time would hide the unfinished ones.
        status.validators = fetched.validators if complete else Validators()
        self._succeeded(feed, "ok")
        return result

    async def _handle(self, feed: FeedConfig, entry: Entry, fetched_at: dt.datetime, result: FeedResult) -> None:
        ident = article_id(feed, entry)
        if ident is None:
            self._reject(feed, "?", "", "no_id", "entry has no guid, link or title", result)
            return
        digest = content_hash(entry)
        known = self.sent.get(ident)
        if ident in self._claimed or (known is not None and known.get(feed.name) == digest):
            result.entries["unchanged"] += 1
            return
        if (ident, digest) in self._reported:
            result.entries["rejected"] += 1  # rejected before: not fetched, extracted and logged again
            return
        self._claimed.add(ident)
        try:
            if known is not None and feed.name not in known:
                await self._remember_sibling(feed, ident, digest, known, result)
            else:
                await self._prepare_and_send(feed, entry, ident, digest, fetched_at, result)
        finally:
            self._claimed.discard(ident)

    async def _remember_sibling(self, feed: FeedConfig, ident: str, digest: str, known: dict[str, str],
                                result: FeedResult) -> None:
        """Another feed of the source already sent this story: note this feed's version of it without resending."""
        hashes = {**known, feed.name: digest}
        try:
            await self.sink.send(None, ident, hashes, feed.name, known)
        except Exception:  # noqa: BLE001 - Kafka trouble: the entry stays unsent and is tried next poll
            result.entries["send_failed"] += 1
            return
        self.sent[ident] = hashes
        result.entries["unchanged"] += 1

    async def _prepare_and_send(self, feed: FeedConfig, entry: Entry, ident: str, digest: str,
                                fetched_at: dt.datetime, result: FeedResult) -> None:
        draft = build_article(feed, entry, entry.content or entry.summary or "-", "summary", fetched_at,
                              self.settings.max_body_bytes)
        try:  # an entry the contract refuses whatever its text (its language) is refused before its page is fetched
            normalise_article(draft or {}, self.settings.max_body_bytes, fetched_at)
        except InvalidArticleError as exc:
            if exc.reason == "unsupported_language":
                self._reject(feed, ident, digest, exc.reason, str(exc), result)
                return
        body_and_origin = await self._body(feed, entry, ident, digest, result)
        if body_and_origin is None:
            result.entries["deferred"] += 1
            return
        body, origin = body_and_origin
        article = build_article(feed, entry, body, origin, fetched_at, self.settings.max_body_bytes)
        if article is None:
            self._reject(feed, ident, digest, "no_text", "entry has no text (no content, summary or page text)", result)
            return
        try:
            normalise_article(article, self.settings.max_body_bytes, fetched_at)
        except InvalidArticleError as exc:
            self._reject(feed, ident, digest, exc.reason, str(exc), result)
            return
        kind = "updated" if ident in self.sent else "new"
        hashes = {**self.sent.get(ident, {}), feed.name: digest}
        try:
            await self.sink.send(article, ident, hashes, feed.name, self.sent.get(ident, {}))
        except SentButUnrecorded as exc:
            log.warning("feed %s: %s", feed.name, exc)
        except Exception as exc:  # noqa: BLE001 - Kafka trouble: the entry stays unsent and is tried next poll
            log.warning("feed %s: could not send %s (will retry next poll): %s: %s", feed.name, ident,
                        type(exc).__name__, exc)
            result.entries["send_failed"] += 1
            return
        self.sent[ident] = hashes
        self._page_attempts.pop((ident, digest), None)
        result.entries[kind] += 1
        metrics.FEED_ENTRIES.labels(feed.name, kind).inc()

    async def _body(self, feed: FeedConfig, entry: Entry, ident: str, digest: str,
                    result: FeedResult) -> tuple[str, str] | None:
        """The entry's text and where it came from; None to try again next poll (the page failed transiently)."""
        if entry.content:
            return entry.content, "feed"
        summary = entry.summary or ""
        if not feed.fetch_full_text:
            return summary, "summary"
        why = "no_link"
        if entry.link:
            page = await self.fetcher.get(entry.link, self.settings.feeds_max_page_bytes, accept=PAGE_ACCEPT)
            if page.outcome == "ok":
                text, why = await extract_within(page.body, page.url, self.settings.feeds_extract_timeout_s)
                if text:
                    return text, "page"
            elif page.outcome in TRANSIENT_PAGE_OUTCOMES and self._retry_page(ident, digest):
                log.info("feed %s: page of %s failed (%s), will retry next poll", feed.name, ident, page.outcome)
                return None
            else:
                why = page_failure(page)
        result.extraction_failures += 1
        metrics.FEED_EXTRACTION_FAILURES.labels(feed.name, why).inc()
        log.info("feed %s: no page text for %s (%s); sending the summary", feed.name, ident, why)
        return summary, "summary_extraction_failed"

    def _retry_page(self, ident: str, digest: str) -> bool:
        self._page_attempts[(ident, digest)] += 1
        return self._page_attempts[(ident, digest)] < self.settings.feeds_extract_attempts

    def _reject(self, feed: FeedConfig, ident: str, digest: str, reason: str, detail: str, result: FeedResult) -> None:
        result.entries["rejected"] += 1
        if (ident, digest) not in self._reported:
            self._reported.add((ident, digest))
            metrics.FEED_ENTRIES_REJECTED.labels(feed.name, reason).inc()
            log.warning("feed %s: entry %s not sent: %s: %s", feed.name, ident, reason, detail[:300])

    def _succeeded(self, feed: FeedConfig, outcome: str) -> None:
        status = self.status[feed.name]
        if status.failures:
            log.info("feed %s works again after %d failure(s)", feed.name, status.failures)
        status.failures, status.last_success = 0, time.monotonic()
        status.next_poll = time.monotonic() + feed.poll_interval_s
        metrics.FEED_FETCHES.labels(feed.name, outcome).inc()
        metrics.FEED_CONSECUTIVE_FAILURES.labels(feed.name).set(0)

    def _failed(self, feed: FeedConfig, outcome: str, detail: str, retry_after: float | None) -> FeedResult:
        status = self.status[feed.name]
        status.failures += 1
        delay = backoff_s(status.failures, self.settings.feeds_backoff_base_s, self.settings.feeds_backoff_max_s, self.rng)
        delay = max(delay, feed.poll_interval_s if status.failures == 1 else 0.0, retry_after or 0.0)
        status.next_poll = time.monotonic() + delay
        metrics.FEED_FETCHES.labels(feed.name, outcome).inc()
        metrics.FEED_CONSECUTIVE_FAILURES.labels(feed.name).set(status.failures)
        log.warning("feed %s failed: %s (%s); %d failure(s) in a row, next try in %.0f s%s", feed.name, outcome,
                    detail, status.failures, delay, f" (Retry-After {retry_after:.0f} s)" if retry_after else "")
        return FeedResult(feed.name, outcome, detail=detail)

    def due(self, now: float | None = None) -> list[FeedConfig]:
        """The feeds whose next poll time has come."""
        now = time.monotonic() if now is None else now
        return [f for f in self.feeds if self.status[f.name].next_poll <= now]

    async def run_cycle(self, feeds: list[FeedConfig] | None = None) -> list[FeedResult]:
        """Poll the due feeds (or the given ones) concurrently and log one summary line."""
        chosen = self.due() if feeds is None else feeds
        started = time.monotonic()
        results = list(await asyncio.gather(*(self.poll_feed(f) for f in chosen)))
        if results:
            log.info("%s", summary_line(results, time.monotonic() - started))
        return results

    async def run(self, stop: asyncio.Event) -> None:
        """Poll until `stop` is set, sleeping until the next feed is due."""
        while not stop.is_set():
            await self.run_cycle()
            wake = min((s.next_poll for s in self.status.values()), default=time.monotonic() + 60.0)
            try:
                await asyncio.wait_for(stop.wait(), max(0.05, wake - time.monotonic()))
            except TimeoutError:
                pass


def page_failure(page: Fetched) -> str:
    """The extraction-failure reason of a page that could not be fetched."""
    return "page_too_large" if page.outcome == "too_large" else f"page_{page.outcome}"


def summary_line(results: list[FeedResult], seconds: float) -> str:
    """One line per poll cycle: fetch outcomes, entry fates, extraction failures and the failing feeds."""
    outcomes = Counter(r.outcome for r in results)
    entries: Counter[str] = Counter()
    for r in results:
        entries.update(r.entries)
    failed = [f"{r.feed}: {r.outcome}" for r in results if r.outcome not in ("ok", "not_modified")]
    kinds = ("new", "updated", "unchanged", "deferred", "rejected", "send_failed")
    return (f"poll cycle: {len(results)} feed(s) in {seconds:.1f} s; "
            + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items()))
            + "; entries " + ", ".join(f"{k} {entries[k]}" for k in kinds)
            + f"; extraction failures {sum(r.extraction_failures for r in results)}"
            + (f"; failing: {'; '.join(failed)}" if failed else ""))
