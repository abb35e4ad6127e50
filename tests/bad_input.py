"""Hypothesis strategies for raw-topic messages: malformed ones (with the DLQ reason they must get)
and valid ones with odd but legal content."""

from __future__ import annotations

from dataclasses import dataclass

import orjson
from hypothesis import strategies as st

GOOD_SENTENCES = (
    "Police fired tear gas at stone-throwing protesters in Nairobi, Kenya, on Tuesday.",
    "A car bomb killed three people in the Iraqi city of Mosul on Sunday, officials said.",
    "Thousands marched peacefully through Santiago, Chile, demanding pension reform.",
    "The foreign ministers of Japan and South Korea met in Tokyo to discuss trade.",
    "Farmers sold more maize this season than last year, the cooperative said.",
)
INTS = st.integers(-(2**63), 2**63 - 1)  # orjson's range; larger literals are another (invalid_json) case
ODD_UNICODE = ("\u202e", "\u200b", "\ufeff", "e\u0301", "\U0001f4a3", "\u0000", "\u2028", "\U0010fffd", "ß", "\u0627")


@dataclass(frozen=True)
class Message:
    """One message for articles.raw; `reason` is the DLQ reason it must get, None when valid."""

    key: bytes | None
    value: bytes | None
    reason: str | None


def _article(**fields: object) -> dict[str, object]:
    return {"id": "x", "body": "Some text.", **fields}


def _not_json() -> st.SearchStrategy[bytes]:
    def invalid(text: str) -> bool:
        try:
            orjson.loads(text)
            return False
        except orjson.JSONDecodeError:
            return True
    return st.text(min_size=1, max_size=40).filter(invalid).map(lambda t: t.encode("utf-8"))


def _truncated() -> st.SearchStrategy[bytes]:
    # cut characters, not bytes: a cut inside a multi-byte character is the invalid_utf8 case
    def cut(n: int, body: str) -> bytes:
        text = orjson.dumps(_article(body=body)).decode()
        return text[: min(max(1, n), len(text) - 1)].encode()  # always shorter than the whole document
    return st.builds(cut,
                     st.integers(1, 20), st.text(max_size=30))


def _invalid_utf8() -> st.SearchStrategy[bytes]:
    bad = st.sampled_from([b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\x80"])
    return st.builds(lambda b, pos: (lambda raw: raw[:pos] + b + raw[pos:])(orjson.dumps(_article())),
                     bad, st.integers(0, 20))


def _deep_nesting() -> st.SearchStrategy[bytes]:
    return st.integers(1100, 3000).map(lambda depth: b'{"id": "x", "body": "y", "extra": ' + b"[" * depth + b"]" * depth + b"}")


def _schema_violation() -> st.SearchStrategy[dict[str, object]]:
    wrong = st.one_of(INTS, st.floats(allow_nan=False, allow_infinity=False), st.booleans(), st.lists(INTS, max_size=3),
                      st.dictionaries(st.text(max_size=3), INTS, max_size=2))
    blank = st.sampled_from(["", " ", "\n\t ", "\u3000"])
    return st.one_of(
        st.builds(lambda v: _article(id=v), st.one_of(wrong, st.none(), blank)),
        st.builds(lambda v: _article(body=v), st.one_of(wrong, st.none(), blank)),
        st.builds(lambda v: _article(title=v), wrong),
        st.builds(lambda v: _article(published_at=v), st.sampled_from(["yesterday", "2024-13-45", "12/03/2024", "T"])),
        st.just({"body": "no id"}), st.just({"id": "no body"}), st.just({}),
    )


def _not_an_object() -> st.SearchStrategy[bytes]:
    values = st.one_of(INTS, st.text(max_size=20).map(lambda t: t + ODD_UNICODE[0]), st.none(),
                       st.lists(INTS, max_size=3), st.booleans())
    return values.map(orjson.dumps)


def bad_messages(max_body_bytes: int) -> st.SearchStrategy[tuple[bytes | None, str]]:
    """(value, reason) for every kind of malformed input the enricher must dead-letter."""
    huge = st.integers(1, 3).map(lambda k: orjson.dumps(_article(body="x" * (max_body_bytes + k))))
    return st.one_of(
        _not_json().map(lambda v: (v, "invalid_json")),
        _truncated().map(lambda v: (v, "invalid_json")),
        _deep_nesting().map(lambda v: (v, "invalid_json")),
        st.just((None, "invalid_json")),
        _invalid_utf8().map(lambda v: (v, "invalid_utf8")),
        _not_an_object().map(lambda v: (v, "not_an_object")),
        _schema_violation().map(lambda a: (orjson.dumps(a), "schema_violation")),
        huge.map(lambda v: (v, "body_too_large")),
        st.just((orjson.dumps(_article(language="de")), "unsupported_language")),
    )


def good_articles() -> st.SearchStrategy[dict[str, object]]:
    """Valid articles (ids assigned by the test) whose text mixes real sentences with odd unicode."""
    return st.builds(
        lambda sentences, odd, title: {"title": title, "body": " ".join(sentences) + "".join(odd),
                                       "published_at": "2026-04-01T00:00:00Z"},
        st.lists(st.sampled_from(GOOD_SENTENCES), min_size=1, max_size=3),
        st.lists(st.sampled_from(ODD_UNICODE), max_size=3),
        st.one_of(st.none(), st.sampled_from(["Breaking", "Update \u202e", "\U0001f4f0 News"])),
    )
