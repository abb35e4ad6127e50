"""Feed documents and article pages in every format the poller reads, built from stories the tests make up."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

import orjson


@dataclass(frozen=True)
class Story:
    """One made-up feed entry; None fields are left out of the document."""

    title: str
    summary: str | None = None
    content: str | None = None  # full text (content:encoded, Atom content, JSON content_html)
    guid: str | None = None
    link: str | None = None
    date: str | None = None  # RFC 822 for RSS 2.0, ISO 8601 for the others


def _tag(name: str, value: str | None, cdata: bool = False) -> str:
    if value is None:
        return ""
    return f"<{name}><![CDATA[{value}]]></{name}>" if cdata else f"<{name}>{escape(value)}</{name}>"


def rss2(stories: list[Story], title: str = "Test wire") -> str:
    """An RSS 2.0 document."""
    items = "".join(
        "<item>" + _tag("title", s.title) + _tag("link", s.link) + _tag("description", s.summary)
        + _tag("content:encoded", s.content, cdata=True) + _tag("pubDate", s.date)
        + (f'<guid isPermaLink="false">{escape(s.guid)}</guid>' if s.guid else "") + "</item>"
        for s in stories)
    return ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>{escape(title)}</title><link>http://127.0.0.1/</link><description>tests</description>"
            f"{items}</channel></rss>")


def rdf(stories: list[Story]) -> str:
    """An RSS 1.0 (RDF) document."""
    items = "".join(
        f'<item rdf:about="{escape(s.link or s.guid or s.title)}">' + _tag("title", s.title) + _tag("link", s.link)
        + _tag("description", s.summary) + _tag("dc:date", s.date) + "</item>" for s in stories)
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/">'
            '<channel rdf:about="http://127.0.0.1/"><title>Test RDF</title><link>http://127.0.0.1/</link>'
            f"<description>tests</description></channel>{items}</rdf:RDF>")


def atom(stories: list[Story]) -> str:
    """An Atom 1.0 document."""
    entries = "".join(
        "<entry>" + _tag("title", s.title) + (f'<link rel="alternate" href="{escape(s.link)}"/>' if s.link else "")
        + _tag("id", s.guid) + _tag("updated", s.date) + _tag("summary", s.summary)
        + (f'<content type="html">{escape(s.content)}</content>' if s.content else "") + "</entry>"
        for s in stories)
    return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            "<title>Test Atom</title><id>urn:test:atom</id><updated>2026-11-30T10:00:00Z</updated>"
            f"{entries}</feed>")


def json_feed(stories: list[Story], language: str | None = None) -> str:
    """A JSON Feed 1.1 document."""
    items = []
    for s in stories:
        item = {"id": s.guid, "url": s.link, "title": s.title, "summary": s.summary, "content_html": s.content,
                "date_published": s.date, "language": language}
        items.append({k: v for k, v in item.items() if v is not None})
    return orjson.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Test JSON",
                         "items": items}).decode()


def page(title: str, paragraphs: list[str]) -> str:
    """An article page with navigation and footer around the story, as news sites serve them."""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><title>{escape(title)}</title></head><body>"
            '<nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>'
            f"<main><article><h1>{escape(title)}</h1>{body}</article></main>"
            "<footer><p>About us. Contact. Terms.</p></footer></body></html>")
