"""Event evaluation: pairwise scoring, count error, and reading gold texts in place from a mirror."""

from __future__ import annotations

import datetime as dt
import json
import pickle
import subprocess
import sys
import types
from pathlib import Path

import orjson
import pytest

from services.aggregator.event_values import summarise
from services.evaluation.event_scoring import count_error, pairwise
from services.evaluation.event_sources import MirrorMissingError, git_text, news_item_record, post_record, resolve
from tests.unit.events_support import report

GOLD = {
    "events": {"gao": {"country": "ML"}, "kidal": {"country": "ML"}},
    "articles": [{"record": "a", "events": ["gao"]}, {"record": "b", "events": ["gao"]},
                 {"record": "c", "events": ["kidal"]}, {"record": "d", "events": []}],
}


def test_pairwise_scores_article_pairs_that_share_an_event() -> None:
    events = [summarise([report("a"), report("b"), report("d")]), summarise([report("c", location="Kidal")])]
    scores = pairwise(GOLD, events)
    assert (scores["tp"], scores["fp"], scores["fn"]) == (1, 2, 0)
    assert scores["p"] == pytest.approx(1 / 3) and scores["r"] == 1.0


def test_count_error_compares_events_with_gold_per_country() -> None:
    events = [summarise([report("a")]), summarise([report("b")]), summarise([report("c", location="Kidal")])]
    result = count_error(GOLD, events)
    assert result["per_country"]["ML"] == {"gold": 2, "events": 3, "reports": 3}
    assert result["event_count_error"] == pytest.approx(0.5)


def test_gold_texts_are_read_from_the_mirror_and_a_missing_one_says_so(tmp_path: Path) -> None:
    repo = tmp_path / "owner+news" / "repo"
    work = tmp_path / "work"
    work.mkdir()
    post = ("---\npost_date: 2026-03-02 10:00:00\noriginal_title:\n  - 'Blast in Gao'\n---\n"
            " [ad_1]<p>A blast hit <b>Gao</b>.</p>[ad_2]")
    (work / "p.md").write_text(post)
    git = ["git", "-c", "user.email=t@t", "-c", "user.name=t"]
    subprocess.run([*git, "init", "-q", str(work)], check=True)
    subprocess.run([*git, "-C", str(work), "add", "p.md"], check=True)
    subprocess.run([*git, "-C", str(work), "commit", "-qm", "p"], check=True)
    subprocess.run(["git", "clone", "-q", "--bare", str(work), str(repo)], check=True)
    record = post_record("owner/news", "HEAD", "p.md", tmp_path)
    assert record == {"id": "p", "title": "Blast in Gao", "body": "A blast hit Gao.", "published_at": "2026-03-02T10:00:00Z"}
    with pytest.raises(MirrorMissingError):
        git_text("owner/absent", "HEAD", "p.md", tmp_path)


def test_a_post_title_folded_over_lines_is_read_whole(tmp_path: Path) -> None:
    post = ("---\nID: 3\npost_title: >\n  Gunmen kill two\n  in Gao\npost_date: 2026-03-02 10:00:00\n"
            "original_title:\n  - >\n    Gunmen kill two in\n    Gao &amp; Kidal\n---\n<p>Text.</p>")
    _bare_mirror(tmp_path, "owner/news", {"p.md": post.encode()})
    record = post_record("owner/news", "HEAD", "p.md", tmp_path)
    assert record["title"] == "Gunmen kill two in Gao & Kidal"
    assert record["published_at"] == "2026-03-02T10:00:00Z"


def _bare_mirror(tmp_path: Path, repo: str, files: dict[str, bytes]) -> None:
    """Commit `files` into a fresh repository and clone it bare where the mirrors live."""
    work = tmp_path / "work"
    for name, data in files.items():
        (work / name).parent.mkdir(parents=True, exist_ok=True)
        (work / name).write_bytes(data)
    git = ["git", "-c", "user.email=t@t", "-c", "user.name=t"]
    subprocess.run([*git, "init", "-q", str(work)], check=True)
    subprocess.run([*git, "-C", str(work), "add", "."], check=True)
    subprocess.run([*git, "-C", str(work), "commit", "-qm", "items"], check=True)
    subprocess.run(["git", "clone", "-q", "--bare", str(work), str(tmp_path / repo.replace("/", "+") / "repo")], check=True)


def _pickled_item(monkeypatch: pytest.MonkeyPatch, **fields: object) -> bytes:
    """Pickle an object of a class named classes.NewsItem, as the corpus crawler wrote its items."""
    module = types.ModuleType("classes")
    item_class = type("NewsItem", (), {"__module__": "classes"})
    module.NewsItem = item_class  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "classes", module)
    item = item_class()
    item.__dict__.update(fields)
    return pickle.dumps(item, protocol=3)  # the protocol of the corpus files


def test_crawled_news_items_are_read_by_id_and_nothing_else_is_unpickled(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    item = _pickled_item(monkeypatch, title="Two hurt in  Springfield shooting", dct=dt.date(2016, 10, 2),
                         content="SPRINGFIELD - Two men were shot.\n\n\n  Police  seek a suspect. \n", id="ab12", uri="u")
    hostile = pickle.dumps(types.SimpleNamespace(title="x"), protocol=3)
    _bare_mirror(tmp_path, "owner/items", {"corpus/101/ab12.json": item, "corpus/102/cd34.json": hostile})
    source = {"kind": "news_item", "repo": "owner/items", "commit": "HEAD", "path": "corpus", "record": "ab12"}
    expected = {"id": "ab12", "title": "Two hurt in Springfield shooting",
                "body": "SPRINGFIELD - Two men were shot.\n\nPolice seek a suspect.", "published_at": "2016-10-02"}
    assert resolve(source, tmp_path, tmp_path) == expected
    with pytest.raises(pickle.UnpicklingError):
        news_item_record("owner/items", "HEAD", "corpus", "cd34", tmp_path)
    with pytest.raises(MirrorMissingError):
        news_item_record("owner/items", "HEAD", "corpus", "ef56", tmp_path)


def test_the_events_evaluation_scores_the_tuned_and_the_held_out_set_apart(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from services.evaluation import events as evaluation

    def article(record: str, place: str) -> dict[str, object]:
        return {"id": record, "content_hash": "0" * 64, "published_at": "2026-04-01T08:00:00Z", "body": "x",
                "events": [{"type": "explosion", "incident": True, "background": False, "country": "NE",
                            "location": place, "fatalities": None, "trigger": "t", "sentence": "s", "start": 0, "end": 1}]}

    tuned = {"events": {"diffa": {"country": "NE"}},
             "articles": [{"record": "t1", "events": ["diffa"]}, {"record": "t2", "events": ["diffa"]}]}
    held_out = {"events": {"diffa": {"country": "NE"}, "agadez": {"country": "NE"}},
                "articles": [{"record": "h1", "events": ["diffa"]}, {"record": "h2", "events": ["agadez"]}]}
    sets = {}
    for name, gold in (("tuned", tuned), ("held-out", held_out)):
        sets[name] = tmp_path / f"{name}.json"
        sets[name].write_text(json.dumps(gold))
    monkeypatch.setattr(evaluation, "DEFAULT_SETS", sets)
    enriched = tmp_path / "enriched.jsonl"
    enriched.write_bytes(b"".join(orjson.dumps(article(r, p)) + b"\n"
                                  for r, p in [("t1", "Diffa"), ("t2", "Diffa"), ("h1", "Diffa"), ("h2", "Diffa")]))
    assert evaluation.main(["--enriched", str(enriched), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["tuned"]["pairwise"]["p"] == 1.0  # each set groups only its own articles
    assert scores["held-out"]["pairwise"]["fp"] == 1 and scores["held-out"]["articles"] == 2
    assert evaluation.main(["--enriched", str(enriched)]) == 0
    text = capsys.readouterr().out
    assert "== tuned set" in text and "== held-out set" in text and "never tuned on" in text


def test_the_held_out_gold_set_shares_no_article_or_incident_with_the_tuned_one() -> None:
    from services.evaluation.events import DEFAULT_GOLD, HELD_OUT_GOLD

    tuned, held_out = (json.loads(p.read_text(encoding="utf-8")) for p in (DEFAULT_GOLD, HELD_OUT_GOLD))
    assert not {a["record"] for a in tuned["articles"]} & {a["record"] for a in held_out["articles"]}
    assert not set(tuned["events"]) & set(held_out["events"])
    labels = {label for a in held_out["articles"] for label in a["events"]}
    assert labels == set(held_out["events"]) and "held" in held_out["about"].lower()
    assert all("text" not in a and "body" not in a for a in held_out["articles"])  # references only


def test_the_second_tuning_set_is_disjoint_from_both_others_and_holds_references_only() -> None:
    from services.evaluation.events import DEFAULT_GOLD, HELD_OUT_GOLD, SECOND_TUNING_GOLD

    second, *others = (json.loads(p.read_text(encoding="utf-8")) for p in (SECOND_TUNING_GOLD, DEFAULT_GOLD, HELD_OUT_GOLD))
    for other in others:
        assert not {a["record"] for a in second["articles"]} & {a["record"] for a in other["articles"]}
        assert not set(second["events"]) & set(other["events"])
    assert {label for a in second["articles"] for label in a["events"]} == set(second["events"])
    assert all(set(a) == {"source", "record", "events"} for a in second["articles"])  # references only
