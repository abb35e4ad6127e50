"""Score every gold corpus the project has and render them as one table, one column per corpus."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .runner import REPO_ROOT

LABEL_WIDTH = 30
COLUMN_WIDTH = 20
SET_ROWS = (("mentioned", "countries mentioned P/R/F1"), ("inc_country", "incident country P/R/F1"),
            ("country_type", "(country, type) P/R/F1"))


@dataclass(frozen=True)
class Corpus:
    """A gold corpus in the dev.jsonl format: its column name and where it lives."""

    name: str
    path: Path


CORPORA = (
    Corpus("dev", REPO_ROOT.parent / "shared" / "corpus" / "dev.jsonl"),
    Corpus("synthetic", REPO_ROOT / "tests" / "unit" / "nlp" / "data" / "synthetic_holdout.jsonl"),
    Corpus("blind (tuned)", REPO_ROOT / "tests" / "blind" / "blind_holdout.jsonl"),
    Corpus("blind_fresh", REPO_ROOT / "tests" / "blind_fresh" / "blind_fresh.jsonl"),
    Corpus("blind_fresh2", REPO_ROOT / "tests" / "blind_fresh2" / "blind_fresh2.jsonl"),
    Corpus("blind_fresh3", REPO_ROOT / "tests" / "blind_fresh3" / "blind_fresh3.jsonl"),
    Corpus("blind_fresh4", REPO_ROOT / "tests" / "blind_fresh4" / "blind_fresh4.jsonl"),
    Corpus("blind_fresh5", REPO_ROOT / "tests" / "blind_fresh5" / "blind_fresh5.jsonl"),
    Corpus("blind_fresh6", REPO_ROOT / "tests" / "blind_fresh6" / "blind_fresh6.jsonl"),
    Corpus("blind_fresh7", REPO_ROOT / "tests" / "blind_fresh7" / "blind_fresh7.jsonl"),
    Corpus("blind_fresh8", REPO_ROOT / "tests" / "blind_fresh8" / "blind_fresh8.jsonl"),
    Corpus("blind_fresh9", REPO_ROOT / "tests" / "blind_fresh9" / "blind_fresh9.jsonl"),
    Corpus("blind_fresh10", REPO_ROOT / "tests" / "blind_fresh10" / "blind_fresh10.jsonl"),
    Corpus("blind_fresh11", REPO_ROOT / "tests" / "blind_fresh11" / "blind_fresh11.jsonl"),
    Corpus("blind_fresh12", REPO_ROOT / "tests" / "blind_fresh12" / "blind_fresh12.jsonl"),
    Corpus("blind_fresh13", REPO_ROOT / "tests" / "blind_fresh13" / "blind_fresh13.jsonl"),
    Corpus("blind_fresh14", REPO_ROOT / "tests" / "blind_fresh14" / "blind_fresh14.jsonl"),
    Corpus("blind_fresh15", REPO_ROOT / "tests" / "blind_fresh15" / "blind_fresh15.jsonl"),
)


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _prf(v: dict[str, float]) -> str:
    return f"{v['p']:.3f}/{v['r']:.3f}/{v['f1']:.3f}"


def _with_n(value: float | None, n: int) -> str:
    return f"{_num(value)} (n={n})"


def _row(label: str, cells: list[str]) -> str:
    return f"{label:{LABEL_WIDTH}s}" + "".join(f" {c:>{COLUMN_WIDTH}s}" for c in cells).rstrip()


def render_multi(results: dict[str, dict[str, Any]], skipped: list[str] | None = None) -> str:
    """One table over the corpora: enrichment rows, each with the plain-spaCy baseline under it.

    results maps a corpus name to {"enrichment": score+count, "baseline": score+count, "throughput": {...} or None}.
    """
    names = list(results)
    ours = [results[n]["enrichment"] for n in names]
    base = [results[n]["baseline"] for n in names]
    lines = [_row("metric", [f"{n} ({o['articles']})" for n, o in zip(names, ours)])]
    baseline = "  plain-spaCy baseline"
    for key, label in SET_ROWS:
        lines.append(_row(label, [_prf(o[key]) for o in ours]))
        lines.append(_row(baseline, [_prf(b[key]) for b in base]))
    lines.append(_row("fatalities exact", [_with_n(o["fatalities_exact"], o["fatalities_n"]) for o in ours]))
    lines.append(_row(baseline, [_num(b["fatalities_exact"]) for b in base]))
    lines.append(_row("false-incident rate", [_with_n(o["false_incident_rate"], o["quiet_articles"]) for o in ours]))
    lines.append(_row(baseline, [_num(b["false_incident_rate"]) for b in base]))
    lines.append(_row("incident count error", [_with_n(o["count"]["count_error"], o["count"]["gold_incidents"]) for o in ours]))
    lines.append(_row(baseline, [_num(b["count"]["count_error"]) for b in base]))
    lines.append(_row("missing predictions", [str(o["missing_predictions"]) for o in ours]))
    rates = [results[n].get("throughput") for n in names]
    if any(rates):
        lines.append(_row("articles/s enrichment", [f"{r['enrich_articles_per_s']:.2f}" if r else "-" for r in rates]))
        lines.append(_row("articles/s bare spaCy", [f"{r['bare_articles_per_s']:.2f}" if r else "-" for r in rates]))
        lines.append(_row("throughput ratio enrich/bare", [f"{r['ratio']:.3f} ({r['rounds']} rd)" if r else "-" for r in rates]))
    for note in skipped or []:
        lines.append(f"skipped: {note}")
    return "\n".join(lines)
