"""CLI: python -m services.evaluation [--corpus PATH] [--satp PATH] [--trace] [--json] [--write-predictions PATH].

With neither --corpus nor --satp: one table over every gold corpus the project has (each skipped with a note when
its file is missing) and the SATP dev table beside the keyword floor. --corpus scores one gold file (the table
beside the plain-spaCy baseline, with throughput); --satp scores one SATP-format file; --trace (with --corpus, dev
by default) prints every predicted and every missed current incident of the corpus.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import orjson
import spacy
from spacy.language import Language

from services.enricher.nlp import DEFAULT_MODEL, build_pipeline

from .report import CORPORA, render_multi
from .runner import DEFAULT_CORPUS, RunResult, acceptable, enrich_timed, load_corpus, run
from .satp import DEFAULT_SATP, render_satp, score_satp
from .scoring import count_error, score
from .trace import enrich_with_docs, render_trace, trace_records

ROWS = (("mentioned", "countries mentioned"), ("inc_country", "incident country"), ("country_type", "(country, type)"))
SINGLE_ROUNDS = 5  # timing rounds for --corpus (median reported); the multi-corpus table times dev once by default


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


def score_run(gold: list[dict[str, Any]], result: RunResult) -> tuple[dict[str, Any], dict[str, Any]]:
    """Scores of the enrichment and the baseline, each with its incident count error."""
    ours, base = score(gold, result.enriched), score(gold, result.baseline)
    ours["count"], base["count"] = count_error(gold, result.enriched), count_error(gold, result.baseline)
    return ours, base


def throughput(result: RunResult, rounds: int) -> dict[str, Any]:
    """Throughput figures of one run."""
    ratio = result.enrich_rate / result.bare_rate if result.bare_rate else 0.0
    return {"enrich_articles_per_s": result.enrich_rate, "bare_articles_per_s": result.bare_rate, "ratio": ratio,
            "rounds": rounds}


def _note(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def all_corpora(nlp: Language, bare: Language, rounds: int) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """Score every corpus that exists; throughput is kept for dev only (the first corpus)."""
    results: dict[str, dict[str, Any]] = {}
    skipped = []
    for i, corpus in enumerate(CORPORA):
        if not corpus.path.exists():
            skipped.append(f"{corpus.name}: {corpus.path} not found")
            continue
        gold = load_corpus(corpus.path)
        corpus_rounds = rounds if i == 0 else 1
        result = run(gold, rounds=corpus_rounds, nlp=nlp, bare=bare)
        ours, base = score_run(gold, result)
        results[corpus.name] = {"path": str(corpus.path), "enrichment": ours, "baseline": base,
                                "throughput": throughput(result, corpus_rounds) if i == 0 else None}
    return results, skipped


def satp_results(path: Path, nlp: Language) -> dict[str, Any]:
    """The enrichment and the keyword floor on one SATP-format file; a line the enricher would dead-letter (an empty
    body) gets no prediction, as in the stream, and is still scored."""
    gold = load_corpus(path)
    accepted, refused = acceptable(gold)
    enriched, rate = enrich_timed(accepted, nlp)
    res = score_satp(gold, enriched)
    res["reports_per_s"] = rate
    res["path"] = str(path)
    res["refused"] = [{"id": i, "reason": reason} for i, reason in refused]
    return res


def main(argv: list[str] | None = None) -> int:
    """Evaluate the enrichment against the gold corpora and SATP."""
    parser = argparse.ArgumentParser(prog="python -m services.evaluation", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, help="score one gold JSONL (dev format) instead of every corpus")
    parser.add_argument("--satp", type=Path, help="score one SATP-format JSONL (with --corpus: both)")
    parser.add_argument("--trace", action="store_true",
                        help=f"trace predicted and missed incidents of --corpus (default {DEFAULT_CORPUS})")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.add_argument("--write-predictions", type=Path, metavar="PATH", help="dump enriched JSONL here (--corpus)")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="spaCy model (default: %(default)s)")
    parser.add_argument("--rounds", type=int, help=f"timing rounds, median reported (default {SINGLE_ROUNDS} with --corpus, "
                        "1 for dev in the multi-corpus table)")
    args = parser.parse_args(argv)
    corpus = args.corpus or (DEFAULT_CORPUS if args.trace else None)
    output: dict[str, Any] = {}
    text: list[str] = []
    nlp = build_pipeline(args.model)
    if corpus is None and args.satp is None:
        results, skipped = all_corpora(nlp, spacy.load(args.model), args.rounds or 1)
        for note in skipped:
            _note(f"skipped {note}")
        output.update(corpora=results, skipped=skipped)
        text.append(render_multi(results, skipped))
        if DEFAULT_SATP.exists():
            output["satp"] = satp_results(DEFAULT_SATP, nlp)
            text.append(render_satp("SATP dev", output["satp"], output["satp"]["reports_per_s"]))
        else:
            output["satp"] = None
            _note(f"skipped SATP dev: {DEFAULT_SATP} not found")
            text.append(f"skipped: SATP dev: {DEFAULT_SATP} not found")
    if corpus is not None and args.trace:
        gold = load_corpus(corpus)
        enriched, docs = enrich_with_docs(gold, nlp)
        traced = trace_records(gold, enriched, docs)
        ours = score(gold, enriched)
        ours["count"] = count_error(gold, enriched)
        output.update(trace=traced, enrichment=ours)
        text.append(render_trace(traced))
        if args.write_predictions:
            args.write_predictions.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in enriched))
    elif corpus is not None:
        gold = load_corpus(corpus)
        result = run(gold, args.model, args.rounds or SINGLE_ROUNDS, nlp=nlp)
        ours, base = score_run(gold, result)
        if args.write_predictions:
            args.write_predictions.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in result.enriched))
        rates = {"enrich_articles_per_s": result.enrich_rate, "bare_articles_per_s": result.bare_rate}
        output.update(enrichment=ours, baseline=base, throughput=rates)
        text.append(render(ours, base, result))
    if args.satp is not None:
        res = satp_results(args.satp, nlp)
        output["satp"] = res
        text.append(render_satp(args.satp.name, res, res["reports_per_s"]))
    if args.json:
        print(json.dumps(output, default=str))
    else:
        print("\n\n".join(text))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
