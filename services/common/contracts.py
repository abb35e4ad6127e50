"""The topic contracts: JSON Schemas from schemas/ and the validation of raw articles against them."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any

import orjson
from jsonschema import Draft202012Validator

from services.common.exceptions import InvalidArticleError

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schemas"


@cache
def validator(name: str) -> Draft202012Validator:
    """Return a compiled validator for schemas/<name>.json (e.g. "raw_article.v1")."""
    schema = orjson.loads((SCHEMA_DIR / f"{name}.json").read_bytes())
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def schema_errors(name: str, value: Any) -> list[str]:
    """List the contract violations of `value` against schema `name` (empty when valid)."""
    errors = sorted(validator(name).iter_errors(value), key=lambda e: list(e.absolute_path))
    return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message[:200]}" for e in errors]


def parse_timestamp(value: str) -> dt.datetime:
    """Parse ISO 8601 (a bare date means midnight UTC; a naive time is taken as UTC)."""
    parsed = dt.datetime.fromisoformat(value.strip())
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


def iso_utc(moment: dt.datetime) -> str:
    """Format a timestamp as ISO 8601 UTC with a Z suffix, to the second."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_raw_article(value: bytes | None, max_body_bytes: int, received_at: dt.datetime) -> dict[str, Any]:
    """Decode and validate one raw-article message; raise InvalidArticleError with the DLQ reason."""
    if value is None:
        raise InvalidArticleError("invalid_json", "message has no value")
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidArticleError("invalid_utf8", str(exc)) from exc
    try:
        article = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise InvalidArticleError("invalid_json", str(exc)) from exc
    if not isinstance(article, dict):
        raise InvalidArticleError("not_an_object", f"expected a JSON object, got {type(article).__name__}")
    return normalise_article(article, max_body_bytes, received_at)


def normalise_article(article: dict[str, Any], max_body_bytes: int, received_at: dt.datetime) -> dict[str, Any]:
    """Check a decoded article against the contract and fill its defaults."""
    body = article.get("body")
    if isinstance(body, str) and len(body.encode("utf-8", "surrogatepass")) > max_body_bytes:
        raise InvalidArticleError("body_too_large", f"body is over the {max_body_bytes}-byte limit")
    errors = schema_errors("raw_article.v1", article)
    if errors:
        reason = "unsupported_language" if any(e.startswith("language") for e in errors) else "schema_violation"
        raise InvalidArticleError(reason, "; ".join(errors[:5]))
    published = article.get("published_at")
    try:
        moment = parse_timestamp(published) if published else received_at
    except ValueError as exc:
        raise InvalidArticleError("schema_violation", f"published_at: not ISO 8601 ({exc})") from exc
    fields = ("id", "title", "body", "url", "source")
    clean = {k: article.get(k) for k in fields}
    clean["published_at"] = iso_utc(moment)
    # Event time for windows is always set; the NLP must not read a receive time as the story's date.
    # A publisher that filled in a date it did not have (the feed poller: the fetch time) says so.
    clean["published_at_inferred"] = not published or article.get("published_at_inferred") is True
    clean["language"] = article.get("language") or "en"
    if article.get("revision") is not None:
        clean["revision"] = int(article["revision"])  # part of the version token (services/common/versions.py)
    return clean
