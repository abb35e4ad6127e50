"""Entries become raw articles per the contract: stable ids, change detection, dates and bodies."""

from __future__ import annotations

import datetime as dt

from services.common.contracts import normalise_article
from services.feeds.articles import article_id, build_article, canonical_url, content_hash, truncate_utf8
from services.feeds.config import FeedConfig
from services.feeds.parsing import Entry

FEED = FeedConfig("wire-world", "http://127.0.0.1/world.rss", "Harbour Gazette", "en", 60.0, True)
OTHER_SECTION = FeedConfig("wire-asia", "http://127.0.0.1/asia.rss", "Harbour Gazette", "en", 60.0, True)
OTHER_SOURCE = FeedConfig("valley", "http://127.0.0.1/v.rss", "Valley Times", "en", 60.0, True)
NOW = dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC)


def entry(**kw: object) -> Entry:
    base: dict[str, object] = {"guid": None, "link": None, "title": "Dam inspected", "summary": "Engineers came.",
                               "content": None, "published": None}
    return Entry(**{**base, **kw})  # type: ignore[arg-type]


def test_the_id_comes_from_the_guid_and_is_namespaced_by_source() -> None:
    e = entry(guid="abc-1", link="http://127.0.0.1/a")
    assert article_id(FEED, e) == article_id(OTHER_SECTION, e)  # two feeds of one source: one story
    assert article_id(FEED, e) != article_id(OTHER_SOURCE, e)
    assert str(article_id(FEED, e)).startswith("harbour-gazette:")
    assert article_id(FEED, e) == article_id(FEED, entry(guid="abc-1", link="http://127.0.0.1/moved"))


def test_without_a_guid_the_canonical_url_is_the_identity() -> None:
    a = entry(link="HTTP://127.0.0.1:80/story?id=7&utm_source=rss#top")
    b = entry(link="http://127.0.0.1/story?id=7")
    assert canonical_url(a.link or "") == "http://127.0.0.1/story?id=7"
    assert article_id(FEED, a) == article_id(FEED, b) != article_id(FEED, entry(link="http://127.0.0.1/story?id=8"))


def test_the_content_hash_follows_the_text_not_the_date() -> None:
    first = entry(guid="g", published=NOW)
    assert content_hash(first) == content_hash(entry(guid="g", published=NOW + dt.timedelta(hours=1)))
    assert content_hash(first) != content_hash(entry(guid="g", summary="Engineers came twice."))


def test_a_missing_date_falls_back_to_the_fetch_time_and_says_so() -> None:
    article = build_article(FEED, entry(guid="g"), "Engineers came.", "summary", NOW, 1000)
    assert article is not None
    assert article["published_at"] == "2026-12-01T08:00:00Z" and article["published_at_inferred"] is True
    clean = normalise_article(article, 1000, NOW)
    assert clean["published_at_inferred"] is True  # the enricher does not take it for the story's date


def test_a_dated_entry_keeps_its_date_in_utc_and_passes_the_contract() -> None:
    published = dt.datetime(2026, 11, 30, 23, 15, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    article = build_article(FEED, entry(guid="g", published=published), "Engineers came.", "feed", NOW, 1000)
    assert article is not None
    assert article["published_at"] == "2026-12-01T04:15:00Z" and article["published_at_inferred"] is False
    assert normalise_article(article, 1000, NOW)["source"] == "Harbour Gazette"


def test_the_page_title_repeated_at_the_top_of_the_body_is_dropped() -> None:
    article = build_article(FEED, entry(guid="g"), "Dam inspected\n\nEngineers came on Monday.", "page", NOW, 1000)
    assert article is not None and article["body"] == "Engineers came on Monday."


def test_a_long_body_is_cut_to_the_limit_at_a_break() -> None:
    text = "Word " * 100
    cut = truncate_utf8(text, 52)
    assert len(cut.encode()) <= 52 and cut.endswith("Word")
    assert truncate_utf8("é" * 10, 5) == "éé"


def test_an_entry_without_any_identity_or_text_gives_no_article() -> None:
    assert build_article(FEED, entry(title=None), "Text", "summary", NOW, 1000) is None
    assert build_article(FEED, entry(guid="g"), "   ", "summary", NOW, 1000) is None


def test_a_regional_language_tag_becomes_the_contract_language() -> None:
    article = build_article(FEED, entry(guid="g", language="en-GB"), "Engineers came.", "feed", NOW, 1000)
    assert article is not None and article["language"] == "en"
