"""The feeds file: which feeds to poll and how, read from TOML and checked before anything starts."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from services.common.settings import Settings

FEED_KEYS = {"name", "url", "source", "language", "poll_interval_s", "fetch_full_text"}


class FeedsFileError(ValueError):
    """The feeds file cannot be used; the message says where and why."""


@dataclass(frozen=True)
class FeedConfig:
    """One feed: where it is, whose it is, how often to poll it, and whether to fetch its pages."""

    name: str
    url: str
    source: str
    language: str
    poll_interval_s: float
    fetch_full_text: bool

    @property
    def namespace(self) -> str:
        """Prefix of the ids of this feed's articles: the source, so one story in two feeds of a source is one article."""
        return slug(self.source)


def slug(text: str) -> str:
    """Lower-case letters, digits and single dashes: a stable, readable id part."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "feed"


def _feed(raw: Any, defaults: dict[str, Any], settings: Settings, where: str) -> FeedConfig:
    if not isinstance(raw, dict):
        raise FeedsFileError(f"{where}: expected a table")
    unknown = set(raw) - FEED_KEYS
    if unknown:
        raise FeedsFileError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    merged = {**defaults, **raw}
    url = merged.get("url")
    if not isinstance(url, str) or not re.match(r"https?://", url):
        raise FeedsFileError(f"{where}: url must be an http(s) URL")
    source = merged.get("source")
    if not isinstance(source, str) or not source.strip():
        raise FeedsFileError(f"{where}: source (the publisher's name) is required")
    interval = merged.get("poll_interval_s", settings.feeds_poll_interval_s)
    if not isinstance(interval, int | float) or isinstance(interval, bool) or interval <= 0:
        raise FeedsFileError(f"{where}: poll_interval_s must be a positive number of seconds")
    language = merged.get("language", "en")
    full_text = merged.get("fetch_full_text", True)
    if not isinstance(language, str) or not isinstance(full_text, bool):
        raise FeedsFileError(f"{where}: language must be a string and fetch_full_text true or false")
    name = merged.get("name") or url
    return FeedConfig(name=str(name), url=url, source=source.strip(), language=language,
                      poll_interval_s=float(interval), fetch_full_text=full_text)


def parse_feeds(text: str, settings: Settings, origin: str = "feeds file") -> list[FeedConfig]:
    """Read the feeds of a TOML document: optional [defaults], then one [[feed]] table per feed."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise FeedsFileError(f"{origin}: not valid TOML: {exc}") from exc
    unknown = set(doc) - {"defaults", "feed"}
    if unknown:
        raise FeedsFileError(f"{origin}: unknown section(s) {', '.join(sorted(unknown))}")
    defaults = doc.get("defaults", {})
    if not isinstance(defaults, dict) or set(defaults) - (FEED_KEYS - {"name", "url"}):
        raise FeedsFileError(f"{origin}: [defaults] may set source, language, poll_interval_s and fetch_full_text")
    raws = doc.get("feed", [])
    if not isinstance(raws, list):
        raise FeedsFileError(f"{origin}: feeds are [[feed]] tables")
    feeds = [_feed(raw, defaults, settings, f"{origin}: feed {i + 1}") for i, raw in enumerate(raws)]
    names = [f.name for f in feeds]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise FeedsFileError(f"{origin}: feed name(s) used twice: {', '.join(twice)}")
    return feeds


def load_feeds(path: Path, settings: Settings) -> list[FeedConfig]:
    """Read and check the feeds file at `path`."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise FeedsFileError(f"{path}: cannot read: {exc}") from exc
    return parse_feeds(text, settings, str(path))
