"""The raw-article contract as the enricher applies it: what is accepted, what is dead-lettered and why."""

from __future__ import annotations

import datetime as dt

import orjson
import pytest

from services.common.contracts import parse_raw_article, schema_errors
from services.common.exceptions import InvalidArticleError

NOW = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
LIMIT = 1_000


def parse(value: bytes) -> dict:
    return parse_raw_article(value, LIMIT, NOW)


def reason_for(value: bytes | None) -> str:
    with pytest.raises(InvalidArticleError) as caught:
        parse_raw_article(value, LIMIT, NOW)
    return caught.value.reason


def test_minimal_article_gets_defaults() -> None:
    article = parse(b'{"id": "a1", "body": "Text."}')
    assert article["published_at"] == "2026-01-02T03:04:05Z"
    assert article["language"] == "en"
    assert article["title"] is None


@pytest.mark.parametrize("given,expected", [
    ("2024-09-19", "2024-09-19T00:00:00Z"),
    ("2024-09-19T10:00:00+02:00", "2024-09-19T08:00:00Z"),
    ("2024-09-19T10:00:00Z", "2024-09-19T10:00:00Z"),
])
def test_published_at_is_normalised_to_utc(given: str, expected: str) -> None:
    assert parse(orjson.dumps({"id": "a", "body": "b", "published_at": given}))["published_at"] == expected


@pytest.mark.parametrize("value,reason", [
    (None, "invalid_json"),
    (b"\xff\xfe", "invalid_utf8"),
    (b'{"id": "a", "body": ', "invalid_json"),
    (b"[1, 2]", "not_an_object"),
    (b'{"body": "no id"}', "schema_violation"),
    (b'{"id": "a"}', "schema_violation"),
    (b'{"id": 7, "body": "x"}', "schema_violation"),
    (b'{"id": "a", "body": "   "}', "schema_violation"),
    (b'{"id": "a", "body": "x", "published_at": "yesterday"}', "schema_violation"),
    (b'{"id": "a", "body": "x", "language": "fr"}', "unsupported_language"),
    (orjson.dumps({"id": "a", "body": "x" * (LIMIT + 1)}), "body_too_large"),
])
def test_bad_input_is_rejected_with_its_reason(value: bytes | None, reason: str) -> None:
    assert reason_for(value) == reason


def test_multibyte_body_limit_counts_bytes_not_characters() -> None:
    body = "é" * (LIMIT // 2 + 1)  # fewer characters than the limit, more bytes
    assert reason_for(orjson.dumps({"id": "a", "body": body})) == "body_too_large"


def test_every_schema_is_valid_json_schema() -> None:
    for name in ("raw_article.v1", "enriched_article.v1", "incident_set.v1", "country_counts.v1",
                 "dlq_record.v1", "alert.v1"):
        assert schema_errors(name, {}) != [], f"{name} accepts an empty object"


def test_a_publisher_revision_is_kept_for_the_version_token() -> None:
    assert parse(b'{"id": "a", "body": "x", "revision": 4}')["revision"] == 4
    assert "revision" not in parse(b'{"id": "a", "body": "x"}')
    assert reason_for(b'{"id": "a", "body": "x", "revision": "4"}') == "schema_violation"
