"""Feed entries to raw articles per the contract: a stable id, a content hash, the body and the date they carry."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import orjson

from services.common.contracts import iso_utc
from services.feeds.config import FeedConfig
from services.feeds.parsing import Entry

TRACKING_PARAMS = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid")
DEFAULT_PORTS = {"http": "80", "https": "443"}


def canonical_url(url: str) -> str:
    """The URL without what does not name the page: scheme and host case, default port, fragment, tracking parameters."""
    parts = urlsplit(url.strip())
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port is None or str(port) == DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not k.lower().startswith(TRACKING_PARAMS)])
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def entry_key(entry: Entry) -> str | None:
    """What identifies the entry within its source: the guid, else the canonical link, else the title."""
    if entry.guid and entry.guid.strip():
        return "guid:" + entry.guid.strip()
    if entry.link:
        return "url:" + canonical_url(entry.link)
    if entry.title:
        return "title:" + entry.title.strip()
    return None


def article_id(feed: FeedConfig, entry: Entry) -> str | None:
    """The article id: the feed's namespace (its source) and a digest of the entry's key; None if it has no key."""
    key = entry_key(entry)
    if key is None:
        return None
    return f"{feed.namespace}:{hashlib.sha256(key.encode('utf-8')).hexdigest()[:24]}"


def content_hash(entry: Entry) -> str:
    """Digest of what the feed says about the entry (title, text, link): a new one means the story changed.

    Dates are left out (an undated entry gets the fetch time), and so is the extracted page (the page is
    fetched only for entries that are new or changed by this measure).
    """
    stated = [entry.title or "", entry.content or "", entry.summary or "", canonical_url(entry.link) if entry.link else ""]
    return hashlib.sha256(orjson.dumps(stated)).hexdigest()[:32]


def _drop_repeated_title(text: str, title: str | None) -> str:
    head, _, rest = text.partition("\n\n")
    return rest if title and rest and head.strip() == title.strip() else text


def truncate_utf8(text: str, max_bytes: int) -> str:
    """The longest prefix of `text` within `max_bytes` UTF-8 bytes, cut at a paragraph or word break when possible."""
    data = text.encode("utf-8")
    if len(data) <= max_bytes:
        return text
    cut = data[:max_bytes].decode("utf-8", "ignore")
    for sep in ("\n\n", " "):
        at = cut.rfind(sep)
        if at > len(cut) // 2:
            return cut[:at].rstrip()
    return cut


def primary_language(tag: str) -> str:
    """The primary subtag of a language tag, lower-cased ("en-GB" -> "en"), as the contract names languages."""
    return tag.replace("_", "-").split("-")[0].strip().lower() or tag


def build_article(feed: FeedConfig, entry: Entry, body: str, body_origin: str, fetched_at: dt.datetime,
                  max_body_bytes: int) -> dict[str, Any] | None:
    """The raw article of an entry with the given body; None when the entry has no id or no text at all."""
    ident = article_id(feed, entry)
    body = truncate_utf8(_drop_repeated_title(body, entry.title).strip(), max_body_bytes)
    if ident is None or not body:
        return None
    return {
        "id": ident,
        "title": entry.title,
        "body": body,
        "url": entry.link,
        "source": feed.source,
        "published_at": iso_utc(entry.published or fetched_at),
        "published_at_inferred": entry.published is None,
        "language": primary_language(entry.language or feed.language),
        "body_origin": body_origin,
    }
