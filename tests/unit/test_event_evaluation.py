"""Event evaluation: pairwise scoring, count error, and reading gold texts in place from a mirror."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from services.aggregator.event_values import summarise
from services.evaluation.event_scoring import count_error, pairwise
from services.evaluation.event_sources import MirrorMissingError, git_text, post_record
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
