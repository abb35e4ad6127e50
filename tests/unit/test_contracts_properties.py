"""Property: the validator gives every kind of malformed message its DLQ reason, and accepts odd but valid ones."""

from __future__ import annotations

import datetime as dt

import orjson
import pytest
from hypothesis import given, settings

from services.common.contracts import parse_raw_article
from services.common.exceptions import InvalidArticleError
from tests.bad_input import bad_messages, good_articles

LIMIT = 2_000
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


@settings(max_examples=600, deadline=None)
@given(bad_messages(LIMIT))
def test_every_malformed_message_is_rejected_with_its_reason(message: tuple[bytes | None, str]) -> None:
    value, reason = message
    with pytest.raises(InvalidArticleError) as caught:
        parse_raw_article(value, LIMIT, NOW)
    assert caught.value.reason == reason


@settings(max_examples=200, deadline=None)
@given(good_articles())
def test_odd_but_valid_articles_are_accepted(article: dict) -> None:
    parsed = parse_raw_article(orjson.dumps({"id": "a", **article}), LIMIT, NOW)
    assert parsed["body"] == article["body"]
