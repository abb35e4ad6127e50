"""Feed documents to entries: RSS 2.0, RSS 1.0/RDF and Atom through feedparser, JSON Feed through a small reader."""

from __future__ import annotations

import calendar
import datetime as dt
import re
import time
from dataclasses import dataclass
from typing import Any

import feedparser
import orjson

from services.feeds.text import html_to_text

JSON_FEED_VERSION_PREFIX = "https://jsonfeed.org/version/"


class FeedParseError(ValueError):
    """The document is no feed we can read (not even leniently)."""


@dataclass(frozen=True)
class Entry:
    """One feed entry as the feed states it; `content` is full text, `summary` a teaser (both plain text)."""

    guid: str | None
    link: str | None
    title: str | None
    summary: str | None
    content: str | None
    published: dt.datetime | None
    language: str | None = None


def _utc(parsed: time.struct_time | None) -> dt.datetime | None:
    if parsed is None:
        return None
    return dt.datetime.fromtimestamp(calendar.timegm(parsed), dt.UTC)


def _text(value: Any) -> str | None:
    text = html_to_text(value) if isinstance(value, str) else ""
    return text or None


def _feedparser_entry(raw: Any) -> Entry:
    contents = [c.get("value", "") for c in raw.get("content", []) or []]
    content = _text("\n\n".join(c for c in contents if c))
    summary = _text(raw.get("summary"))
    if content and summary and content == summary:
        summary = None  # feedparser copies a lone <description> into both
    link = raw.get("link") or None
    published = _utc(raw.get("published_parsed")) or _utc(raw.get("updated_parsed"))
    guid = raw.get("id") or None
    return Entry(guid=guid, link=link, title=_text(raw.get("title")), summary=summary, content=content,
                 published=published)


def _parse_json_date(value: Any) -> dt.datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).astimezone(dt.UTC)


def _json_feed(doc: dict[str, Any]) -> list[Entry]:
    entries = []
    for item in doc.get("items") or []:
        if not isinstance(item, dict):
            continue
        content = _text(item.get("content_html")) or _text(item.get("content_text"))
        summary = _text(item.get("summary"))
        url = item.get("url") or item.get("external_url")
        guid = item.get("id")
        entries.append(Entry(
            guid=str(guid) if guid not in (None, "") else None,
            link=url if isinstance(url, str) and url else None,
            title=_text(item.get("title")), summary=summary, content=content,
            published=_parse_json_date(item.get("date_published")) or _parse_json_date(item.get("date_modified")),
            language=item.get("language") if isinstance(item.get("language"), str) else None))
    return entries


def looks_like_json(body: bytes, content_type: str) -> bool:
    """A JSON Feed is served as JSON or at least starts like a JSON object."""
    return "json" in content_type.lower() or body.lstrip()[:1] == b"{"


SINGLE_BYTE_CHARSETS = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "windows-1252", "cp1252", "us-ascii", "ascii"}
XML_DECL_ENCODING = re.compile(rb"""^(\s*<\?xml[^>]*?encoding\s*=\s*)["'][^"']*["']""")
CHARSET_PARAM = re.compile(r";\s*charset\s*=\s*[^;]*", re.IGNORECASE)


def _declared_charsets(body: bytes, content_type: str) -> set[str]:
    found = {m.group(0).split("=", 1)[1].strip(" \"'").lower() for m in CHARSET_PARAM.finditer(content_type)}
    decl = XML_DECL_ENCODING.match(body[:300])
    if decl:
        found.add(body[decl.end(1):decl.end()].strip(b"\"'").decode("ascii", "replace").lower())
    return found


def trust_utf8(body: bytes, content_type: str) -> tuple[bytes, str]:
    """Undo a single-byte charset declared over UTF-8 text (a common server mistake feedparser would believe).

    Text in Latin-1 or Windows-1252 with accents is almost never also valid UTF-8, so a body that decodes
    as UTF-8 and has non-ASCII bytes is UTF-8 whatever the header or the XML declaration says.
    """
    if not _declared_charsets(body, content_type) & SINGLE_BYTE_CHARSETS or body.isascii():
        return body, content_type
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return body, content_type
    return XML_DECL_ENCODING.sub(rb'\1"utf-8"', body, count=1), CHARSET_PARAM.sub("; charset=utf-8", content_type)


def parse_feed(body: bytes, content_type: str = "") -> list[Entry]:
    """The entries of a feed document; lenient with broken XML and wrong encodings, raising only for non-feeds."""
    if looks_like_json(body, content_type):
        try:
            doc = orjson.loads(body)
        except orjson.JSONDecodeError as exc:
            raise FeedParseError(f"not valid JSON: {exc}") from exc
        if not isinstance(doc, dict) or not str(doc.get("version", "")).startswith(JSON_FEED_VERSION_PREFIX):
            raise FeedParseError("JSON, but not a JSON Feed (no https://jsonfeed.org/version/ in 'version')")
        return _json_feed(doc)
    body, content_type = trust_utf8(body, content_type)
    headers = {"content-type": content_type} if content_type else {}
    parsed = feedparser.parse(body, response_headers=headers, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception") or "no feed elements found"
        raise FeedParseError(f"not a feed: {reason}"[:300])
    return [_feedparser_entry(raw) for raw in parsed.entries]
