"""`python -m services.aggregator events`: enriched articles in, the same events for any input order."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from services.aggregator.__main__ import main


def _article(article_id: str, published: str, *events: tuple[str, str | None, int | None]) -> dict:
    return {"id": article_id, "content_hash": "0" * 64, "published_at": published, "body": "x",
            "events": [{"type": t, "incident": True, "background": False, "country": "NE", "location": place,
                        "fatalities": dead, "trigger": "t", "sentence": "s", "start": 0, "end": 1}
                       for t, place, dead in events]}


ARTICLES = [
    _article("first", "2026-04-01T08:00:00Z", ("explosion", "Diffa", 5)),
    _article("update", "2026-04-02T08:00:00Z", ("civilian_attack", "Diffa", 8)),
    _article("other", "2026-04-02T09:00:00Z", ("battle", "Tillaberi", 3), ("protest", "Niamey", None)),
]


def _run(tmp_path: Path, articles: list[dict], capsys: pytest.CaptureFixture[str]) -> list[dict]:
    path = tmp_path / "enriched.jsonl"
    path.write_bytes(b"".join(orjson.dumps(a) + b"\n" for a in articles))
    assert main(["events", "--input", str(path), "--json"]) == 0
    return orjson.loads(capsys.readouterr().out)


def test_events_command_groups_reports_and_lists_supporting_articles(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    events = _run(tmp_path, ARTICLES, capsys)
    assert sorted((e["location"], tuple(e["articles"]), e["fatalities"]) for e in events) == [
        ("Diffa", ("first", "update"), 8), ("Niamey", ("other",), None), ("Tillaberi", ("other",), 3)]


def test_events_command_gives_the_same_output_for_any_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(tmp_path, ARTICLES, capsys) == _run(tmp_path, list(reversed(ARTICLES)), capsys)
