"""What the publisher reads: JSONL, .json, .txt (title line + body), directories, bad lines."""

from __future__ import annotations

from pathlib import Path

from services.publisher.sources import read_items


def test_reads_txt_json_and_jsonl_from_a_directory_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("A title\nFirst line.\nSecond line.\n", encoding="utf-8")
    (tmp_path / "a.jsonl").write_text('{"id": "j1", "body": "x"}\n\nnot json\n[1]\n', encoding="utf-8")
    (tmp_path / "c.json").write_text('{"id": "c", "body": "y"}', encoding="utf-8")
    (tmp_path / "README.md").write_text("ignored", encoding="utf-8")
    items = list(read_items([str(tmp_path)]))
    assert [i.article["id"] if i.article else i.error.split(":")[0] for i in items] == [
        "j1", "invalid_json", "not_an_object", "b", "c"]
    txt = items[3].article
    assert txt == {"id": "b", "title": "A title", "body": "First line.\nSecond line."}


def test_missing_path_is_reported_not_raised(tmp_path: Path) -> None:
    [item] = list(read_items([str(tmp_path / "nope.jsonl")]))
    assert item.article is None and item.error.startswith("not_found")
