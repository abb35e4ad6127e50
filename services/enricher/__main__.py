"""Enricher CLI: `worker` runs the stream agent; `enrich` runs the same code offline on JSONL."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from collections.abc import Iterator
from typing import IO

import orjson

from services.common.contracts import parse_raw_article
from services.common.exceptions import InvalidArticleError
from services.common.logs import configure_logging
from services.common.settings import get_settings
from services.common.web_port import reserve_web_port
from services.common.worker import BROKER_UNREACHABLE_EXIT, broker_reachable, exit_cleanly_on_sigterm, run_worker
from services.enricher.core import chunked, enrich_records, load_nlp


def _open(path: str, mode: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer if "r" in mode else sys.stdout.buffer
    return open(path, mode)


def _valid_records(lines: Iterator[bytes], rejected: Counter[str], max_body_bytes: int) -> Iterator[dict]:
    now = dt.datetime.now(dt.UTC)
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield parse_raw_article(line.rstrip(b"\r\n"), max_body_bytes, now)
        except InvalidArticleError as exc:
            rejected[exc.reason] += 1
            print(f"line {number}: rejected: {exc}", file=sys.stderr)


def enrich_command(input_path: str, output_path: str, batch_size: int) -> int:
    """Enrich raw-article JSONL into enriched-article JSONL; report rejected lines on stderr."""
    settings = get_settings()
    nlp = load_nlp(settings.spacy_model)
    rejected: Counter[str] = Counter()
    written = 0
    with _open(input_path, "rb") as src, _open(output_path, "wb") as dst:
        for chunk in chunked(_valid_records(iter(src), rejected, settings.max_body_bytes), batch_size):
            for enriched in enrich_records(chunk, nlp, batch_size):
                dst.write(orjson.dumps(enriched) + b"\n")
                written += 1
        dst.flush()
    why = ", ".join(f"{k}={v}" for k, v in sorted(rejected.items())) or "none"
    print(f"enrich: {written} enriched, {sum(rejected.values())} rejected ({why})", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run the chosen command."""
    parser = argparse.ArgumentParser(prog="python -m services.enricher")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("worker", help="run the Faust worker (articles.raw -> articles.enriched, incidents, articles.dlq)")
    offline = sub.add_parser("enrich", help="enrich raw-article JSONL offline, no broker needed")
    offline.add_argument("--input", default="-", help="raw-article JSONL path, or - for stdin")
    offline.add_argument("--output", default="-", help="enriched-article JSONL path, or - for stdout")
    offline.add_argument("--batch-size", type=int, default=None)
    args = parser.parse_args(argv)
    settings = get_settings()
    configure_logging(settings.log_level)
    exit_cleanly_on_sigterm()
    if args.command == "enrich":
        return enrich_command(args.input, args.output, args.batch_size or settings.enrich_batch_size)
    if not broker_reachable(settings, "enricher"):
        return BROKER_UNREACHABLE_EXIT
    from services.enricher.app import create_app
    from services.enricher.nlp_process import NlpProcess

    # the web port first: a second worker on this host must not find it taken after the ~20 s model load
    port, reserved = reserve_web_port(settings.web_host, settings.enricher_web_port)
    settings = settings.model_copy(update={"enricher_web_port": port})
    nlp = NlpProcess(settings.spacy_model, settings.enrich_batch_size, settings.nlp_timeout_s)
    nlp.start()
    try:
        return run_worker(create_app(settings, nlp), settings, reserved)
    finally:
        nlp.stop()


if __name__ == "__main__":
    sys.exit(main())
