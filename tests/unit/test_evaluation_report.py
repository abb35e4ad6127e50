"""The multi-corpus table of `make eval`: one column per corpus, baseline under each row, dev-only throughput."""

from __future__ import annotations

from typing import Any

from services.evaluation.report import render_multi
from services.evaluation.scoring import count_error, score

GOLD = [
    {"id": "a", "gold": {"countries_mentioned": ["KE", "SO"], "incidents": [
        {"type": "explosion", "country": "SO", "fatalities": 4, "background": False}]}},
    {"id": "b", "gold": {"countries_mentioned": ["FR"], "incidents": []}},
]
GOOD = [
    {"id": "a", "countries": [{"code": "KE"}, {"code": "SO"}],
     "events": [{"type": "explosion", "country": "SO", "fatalities": 4}]},
    {"id": "b", "countries": [{"code": "FR"}], "events": []},
]
BAD = [
    {"id": "a", "countries": [{"code": "SO"}], "events": [{"type": "battle", "country": "SO", "fatalities": 2}]},
    {"id": "b", "countries": [{"code": "FR"}], "events": [{"type": "riot", "country": "FR", "fatalities": None}]},
]
NONE: list[dict[str, Any]] = [{"id": "a", "countries": [{"code": "SO"}], "events": []},
                              {"id": "b", "countries": [], "events": []}]


def _scored(pred: list[dict[str, Any]]) -> dict[str, Any]:
    out = score(GOLD, pred)
    out["count"] = count_error(GOLD, pred)
    return out


def _results(with_rates: bool = True) -> dict[str, dict[str, Any]]:
    rates = {"enrich_articles_per_s": 10.0, "bare_articles_per_s": 12.5, "ratio": 0.8, "rounds": 1}
    return {
        "first": {"enrichment": _scored(GOOD), "baseline": _scored(NONE), "throughput": rates if with_rates else None},
        "second": {"enrichment": _scored(BAD), "baseline": _scored(NONE), "throughput": None},
    }


def _cells(text: str, label: str, occurrence: int = 0) -> list[str]:
    rows = [line for line in text.splitlines() if line.startswith(label)]
    return rows[occurrence][len(label):].split()


def test_one_column_per_corpus_with_its_size() -> None:
    text = render_multi(_results())
    header = text.splitlines()[0]
    assert header.startswith("metric") and "first (2)" in header and "second (2)" in header
    assert header.index("first") < header.index("second")


def test_rows_hold_each_corpus_figures() -> None:
    text = render_multi(_results())
    assert _cells(text, "(country, type) P/R/F1") == ["1.000/1.000/1.000", "0.000/0.000/0.000"]
    assert _cells(text, "incident country P/R/F1") == ["1.000/1.000/1.000", "0.500/1.000/0.667"]
    assert _cells(text, "fatalities exact") == ["1.000", "(n=1)", "0.000", "(n=1)"]
    assert _cells(text, "false-incident rate") == ["0.000", "(n=1)", "1.000", "(n=1)"]
    assert _cells(text, "incident count error") == ["0.000", "(n=1)", "3.000", "(n=1)"]
    assert _cells(text, "missing predictions") == ["0", "0"]


def test_baseline_row_follows_each_metric() -> None:
    lines = render_multi(_results()).splitlines()
    for label in ("countries mentioned", "incident country", "(country, type)", "fatalities exact",
                  "false-incident rate", "incident count error"):
        i = next(n for n, line in enumerate(lines) if line.startswith(label))
        assert lines[i + 1].startswith("  plain-spaCy baseline")
    assert _cells("\n".join(lines), "  plain-spaCy baseline", 0) == ["1.000/0.333/0.500"] * 2


def test_throughput_only_where_measured() -> None:
    text = render_multi(_results())
    assert _cells(text, "articles/s enrichment") == ["10.00", "-"]
    assert _cells(text, "throughput ratio enrich/bare") == ["0.800", "(1", "rd)", "-"]
    assert "articles/s" not in render_multi(_results(with_rates=False))


def test_skipped_corpora_get_one_line_each() -> None:
    text = render_multi(_results(), ["third: /nowhere/third.jsonl not found"])
    assert text.splitlines()[-1] == "skipped: third: /nowhere/third.jsonl not found"
