"""Where raw articles come from: JSONL files, .json/.txt files, directories of them, or stdin."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

ARTICLE_SUFFIXES = (".jsonl", ".json", ".txt")


@dataclass(frozen=True)
class Item:
    """One candidate article, or the reason it could not even be read."""

    origin: str
    article: dict[str, Any] | None
    error: str | None = None


def article_from_txt(path: Path) -> dict[str, Any]:
    """A .txt file holds the title on its first line and the body after it; its stem is the id."""
    title, _, body = path.read_text(encoding="utf-8").partition("\n")
    return {"id": path.stem, "title": title.strip() or None, "body": body.strip()}


def _from_jsonl(lines: Iterator[bytes], origin: str) -> Iterator[Item]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            value = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            yield Item(where, None, f"invalid_json: {exc}")
            continue
        yield Item(where, value) if isinstance(value, dict) else Item(where, None, "not_an_object")


def _from_file(path: Path) -> Iterator[Item]:
    if path.suffix == ".txt":
        yield Item(str(path), article_from_txt(path))
    elif path.suffix == ".json":
        try:
            value = orjson.loads(path.read_bytes())
        except orjson.JSONDecodeError as exc:
            yield Item(str(path), None, f"invalid_json: {exc}")
            return
        values = value if isinstance(value, list) else [value]
        for v in values:
            yield Item(str(path), v) if isinstance(v, dict) else Item(str(path), None, "not_an_object")
    else:
        with path.open("rb") as f:
            yield from _from_jsonl(iter(f), str(path))


def read_items(paths: list[str]) -> Iterator[Item]:
    """Yield the articles of every path in order; directories are read in name order."""
    for raw in paths:
        if raw == "-":
            yield from _from_jsonl(iter(sys.stdin.buffer), "stdin")
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in ARTICLE_SUFFIXES):
                yield from _from_file(child)
        elif path.is_file():
            yield from _from_file(path)
        else:
            yield Item(raw, None, "not_found: no such file or directory")
