"""CLI: python -m services.evaluation [--corpus PATH] [--json] [--write-predictions PATH]."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import orjson

from services.enricher.nlp import DEFAULT_MODEL

from .runner import DEFAULT_CORPUS, RunResult, load_corpus, run
from .scoring import count_error, score

ROWS = (("mentioned", "countries mentioned"), ("inc_country", "incident country"), ("country_type", "(country, type)"))


def _fmt(value: float | None) -> str:
    """Format a rate or a missing value."""
    return "n/a" if value is None else f"{value:.3f}"


def render(ours: dict[str, Any], base: dict[str, Any], result: RunResult) -> str:
    """Render the comparison table as printed text."""
    lines = [f"{'metric':28s} {'enrichment':>22s}   {'baseline (plain spaCy)':>22s}"]
    for key, label in ROWS:
        o, b = ours[key], base[key]
        lines.append(
            f"{label + ' P/R/F1':28s} {o['p']:.3f}/{o['r']:.3f}/{o['f1']:.3f}{'':5s}"
            f"   {b['p']:.3f}/{b['r']:.3f}/{b['f1']:.3f}"
        )
    lines.append(
        f"{'fatalities exact':28s} {_fmt(ours['fatalities_exact']) + ' (n=' + str(ours['fatalities_n']) + ')':>22s}"
        f"   {_fmt(base['fatalities_exact']):>22s}"
    )
    lines.append(
        f"{'false-incident rate':28s} {_fmt(ours['false_incident_rate']) + ' (n=' + str(ours['quiet_articles']) + ')':>22s}"
        f"   {_fmt(base['false_incident_rate']):>22s}"
    )
    oc, bc = ours.get("count", {}), base.get("count", {})
    if oc:
        lines.append(
            f"{'incident count error':28s} {_fmt(oc['count_error']) + ' (n=' + str(oc['gold_incidents']) + ')':>22s}"
            f"   {_fmt(bc['count_error']):>22s}"
        )
    ratio = result.enrich_rate / result.bare_rate if result.bare_rate else 0.0
    lines.append(f"{'articles/s':28s} {result.enrich_rate:22.2f}   {result.bare_rate:22.2f}  (bare spaCy nlp.pipe)")
    lines.append(
        f"throughput ratio enrichment/bare = {ratio:.3f}; "
        f"articles={ours['articles']} missing={ours['missing_predictions']}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Evaluate the enrichment and the baseline on a gold corpus."""
    parser = argparse.ArgumentParser(prog="python -m services.evaluation", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="gold JSONL (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.add_argument("--write-predictions", type=Path, metavar="PATH", help="dump enriched JSONL here")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="spaCy model (default: %(default)s)")
    parser.add_argument("--rounds", type=int, default=5, help="timing rounds (median is reported)")
    args = parser.parse_args(argv)
    gold = load_corpus(args.corpus)
    result = run(gold, args.model, args.rounds)
    ours, base = score(gold, result.enriched), score(gold, result.baseline)
    ours["count"], base["count"] = count_error(gold, result.enriched), count_error(gold, result.baseline)
    if args.write_predictions:
        args.write_predictions.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in result.enriched))
    if args.json:
        rates = {"enrich_articles_per_s": result.enrich_rate, "bare_articles_per_s": result.bare_rate}
        print(json.dumps({"enrichment": ours, "baseline": base, "throughput": rates}))
    else:
        print(render(ours, base, result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
