"""The feeds file: the shipped example reads, and mistakes are reported with where they are."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.common.settings import Settings
from services.feeds.config import FeedsFileError, load_feeds, parse_feeds

ROOT = Path(__file__).resolve().parents[3]


def test_the_example_feeds_file_reads_and_points_only_at_loopback() -> None:
    feeds = load_feeds(ROOT / "deploy" / "feeds" / "feeds.example.toml", Settings())
    assert [f.name for f in feeds] == ["demo-world", "demo-briefs"]
    assert all(f.url.startswith("http://127.0.0.1:") for f in feeds)
    assert feeds[1].poll_interval_s == 600 and feeds[0].poll_interval_s == 300
    assert feeds[0].namespace == feeds[1].namespace == "demo-wire"


def test_defaults_fill_what_a_feed_leaves_out() -> None:
    text = """
[defaults]
source = "Harbour Gazette"
fetch_full_text = false
[[feed]]
url = "https://gazette.example/rss"
"""
    [feed] = parse_feeds(text, Settings(feeds_poll_interval_s=42))
    assert (feed.name, feed.source, feed.language, feed.poll_interval_s, feed.fetch_full_text) == (
        "https://gazette.example/rss", "Harbour Gazette", "en", 42.0, False)


@pytest.mark.parametrize(("text", "message"), [
    ('[[feed]]\nurl = "ftp://x/feed"\nsource = "S"', "url must be an http(s) URL"),
    ('[[feed]]\nurl = "http://x/feed"', "source"),
    ('[[feed]]\nurl = "http://x/feed"\nsource = "S"\npoll_interval_s = 0', "poll_interval_s"),
    ('[[feed]]\nurl = "http://x/feed"\nsource = "S"\ninterval = 5', "unknown key(s) interval"),
    ('[[feed]]\nname = "a"\nurl = "http://x/1"\nsource = "S"\n[[feed]]\nname = "a"\nurl = "http://x/2"\nsource = "S"',
     "used twice: a"),
    ("[[feed]\n", "not valid TOML"),
])
def test_mistakes_are_reported(text: str, message: str) -> None:
    with pytest.raises(FeedsFileError, match=None) as caught:
        parse_feeds(text, Settings(), "feeds.toml")
    assert message in str(caught.value) and str(caught.value).startswith("feeds.toml")
