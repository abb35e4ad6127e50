"""Aggregator CLI: `worker` runs the counting agents; `counts` prints the per-country table; `events` prints the
events topic, or groups an enriched-article file offline."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

import orjson

from services.aggregator.counts_view import current_counts, format_table
from services.aggregator.event_values import event_from_json
from services.common.logs import configure_logging
from services.common.settings import Settings, get_settings
from services.common.table_topic import read_latest
from services.common.web_port import reserve_web_port
from services.common.worker import (
    BROKER_UNREACHABLE_EXIT,
    broker_reachable,
    exit_cleanly_on_sigterm,
    require_kafka,
    run_worker,
)


def events_command(path: Path | None, as_json: bool, settings: Settings) -> int:
    """Print the events of the events topic, or those the grouping makes of an enriched-article file (any order)."""
    from services.aggregator.offline_events import article_reports, events_of, format_events, read_enriched

    if path is None:
        held = asyncio.run(read_latest(settings.kafka_bootstrap_servers, settings.topic_events))
        events = sorted((event_from_json(v) for v in held.values()), key=lambda e: (e.first_report_at, e.id))
    else:
        horizon = (settings.daily_retention_days, settings.event_window_days)
        events = events_of(article_reports(read_enriched(path), horizon), settings.event_background_days)
    rows = [e.to_json() for e in events]
    print(orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode() if as_json else format_events(events))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run the chosen command."""
    parser = argparse.ArgumentParser(prog="python -m services.aggregator")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("worker", help="run the Faust worker (incidents -> incidents.by_country)")
    counts = sub.add_parser("counts", help="print the per-country counts read from incidents.by_country")
    counts.add_argument("--json", action="store_true", help="print JSON (one object per country) instead of a table")
    events = sub.add_parser("events", help="print the events topic; with --input, group enriched articles offline "
                            "as the aggregator would")
    events.add_argument("--input", type=Path, help="enriched-article JSONL (the output of enrich); no broker needed")
    events.add_argument("--json", action="store_true", help="print JSON (one object per event) instead of a table")
    args = parser.parse_args(argv)
    settings = get_settings()
    if args.command == "events":
        return events_command(args.input, args.json, settings)
    configure_logging(settings.log_level)
    exit_cleanly_on_sigterm()
    if args.command == "counts":
        require_kafka(settings)
        rows = asyncio.run(current_counts(settings))
        print(orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode() if args.json else format_table(rows))
        return 0
    if not broker_reachable(settings, "aggregator"):
        return BROKER_UNREACHABLE_EXIT
    from services.aggregator.app import create_app

    port, reserved = reserve_web_port(settings.web_host, settings.aggregator_web_port)
    settings = settings.model_copy(update={"aggregator_web_port": port})
    return run_worker(create_app(settings), settings, reserved)


if __name__ == "__main__":
    sys.exit(main())
