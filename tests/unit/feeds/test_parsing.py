"""Every feed format reads into the same entries; broken documents are read as far as they can be."""

from __future__ import annotations

import datetime as dt

import pytest

from services.feeds.parsing import FeedParseError, parse_feed
from tests.feeds_samples import Story, atom, json_feed, rdf, rss2

STORIES = [
    Story("Bridge reopens in Lowmarsh", summary="The <b>old bridge</b> reopened to traffic.",
          guid="lowmarsh-bridge-1", link="http://127.0.0.1/lowmarsh/bridge"),
    Story("Choir tours the valley", summary="A choir from Fenwick sang in six villages.",
          guid="fenwick-choir-2", link="http://127.0.0.1/fenwick/choir"),
]
DATES = {"rss2": "Mon, 30 Nov 2026 12:30:00 +0200", "iso": "2026-11-30T12:30:00+02:00"}
EXPECTED_UTC = dt.datetime(2026, 11, 30, 10, 30, tzinfo=dt.UTC)


def dated(kind: str) -> list[Story]:
    return [Story(s.title, s.summary, s.content, s.guid, s.link, DATES[kind]) for s in STORIES]


@pytest.mark.parametrize(("document", "content_type"), [
    (rss2(dated("rss2")), "application/rss+xml"),
    (rdf(dated("iso")), "application/rdf+xml"),
    (atom(dated("iso")), "application/atom+xml"),
    (json_feed(dated("iso")), "application/feed+json"),
], ids=["rss2", "rdf", "atom", "jsonfeed"])
def test_each_format_gives_titles_texts_links_and_utc_dates(document: str, content_type: str) -> None:
    entries = parse_feed(document.encode(), content_type)
    assert [e.title for e in entries] == ["Bridge reopens in Lowmarsh", "Choir tours the valley"]
    assert entries[0].summary == "The old bridge reopened to traffic."  # markup dropped
    assert [e.link for e in entries] == ["http://127.0.0.1/lowmarsh/bridge", "http://127.0.0.1/fenwick/choir"]
    assert all(e.published == EXPECTED_UTC for e in entries)


@pytest.mark.parametrize("build", [rss2, atom, json_feed], ids=["rss2", "atom", "jsonfeed"])
def test_full_content_is_kept_apart_from_the_summary(build) -> None:  # type: ignore[no-untyped-def]
    story = Story("Ferry timetable changes", summary="Short teaser.", guid="g1", link="http://127.0.0.1/f",
                  content="<p>The ferry leaves at nine.</p><p>It returns at five.</p>")
    [entry] = parse_feed(build([story]).encode())
    assert entry.content == "The ferry leaves at nine.\n\nIt returns at five."
    assert entry.summary == "Short teaser."


def test_entries_without_dates_or_guids_have_none() -> None:
    [entry] = parse_feed(rss2([Story("Undated note", summary="No date here.", link="http://127.0.0.1/n")]).encode())
    assert entry.published is None and entry.guid is None and entry.link == "http://127.0.0.1/n"


def test_malformed_xml_is_read_as_far_as_it_goes() -> None:
    broken = rss2(STORIES).replace("</channel></rss>", "").replace("Choir tours", "Choir & friends tour")
    entries = parse_feed(broken.encode(), "application/rss+xml")
    assert [e.title for e in entries] == ["Bridge reopens in Lowmarsh", "Choir & friends tour the valley"]


def test_a_wrongly_declared_encoding_still_gives_the_right_text() -> None:
    # Declared UTF-8 (in the XML and the header) but written in Windows-1252.
    document = rss2([Story("Café reopens in Brèves", summary="Crêpes are back.", guid="cafe")])
    entries = parse_feed(document.encode("windows-1252"), "application/rss+xml; charset=utf-8")
    assert entries[0].title == "Café reopens in Brèves" and entries[0].summary == "Crêpes are back."


@pytest.mark.parametrize("content_type", ["text/xml; charset=iso-8859-1", "application/rss+xml; charset=windows-1252",
                                          "application/rss+xml"])
def test_utf8_declared_as_a_single_byte_charset_is_read_as_utf8(content_type: str) -> None:
    document = rss2([Story("Café reopens in Brèves", summary="Crêpes are back.", guid="cafe")])
    if "charset" not in content_type:  # the XML declaration is the one that lies
        document = document.replace('encoding="utf-8"', 'encoding="ISO-8859-1"')
    [entry] = parse_feed(document.encode("utf-8"), content_type)
    assert entry.title == "Café reopens in Brèves" and entry.summary == "Crêpes are back."


def test_true_latin1_stays_latin1() -> None:
    document = rss2([Story("Café reopens", summary="Crêpes.", guid="c")]).replace('encoding="utf-8"', 'encoding="ISO-8859-1"')
    [entry] = parse_feed(document.encode("latin-1"), "application/rss+xml; charset=iso-8859-1")
    assert entry.title == "Café reopens"


@pytest.mark.parametrize(("body", "content_type"), [
    (b"<html><body><p>This is a web page, not a feed.</p></body></html>", "text/html"),
    (b"\x00\x01\x02 binary junk", "application/octet-stream"),
    (b'{"version": "1.0", "items": []}', "application/json"),
    (b'{"version": "https://jsonfeed.org/version/1.1", "items": [', "application/feed+json"),
])
def test_documents_that_are_no_feed_are_refused(body: bytes, content_type: str) -> None:
    with pytest.raises(FeedParseError):
        parse_feed(body, content_type)
