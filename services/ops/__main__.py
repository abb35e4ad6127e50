"""Operations CLI: `lag` shows consumer lag; `run-local` is what `make run` runs."""

from __future__ import annotations

import argparse
import asyncio
import sys
import time

from services.common.settings import Settings, get_settings
from services.ops.lag import PartitionLag, group_lag


def service_groups(settings: Settings) -> list[tuple[str, list[str]]]:
    """The service's consumer groups and the topics each consumes."""
    return [
        (settings.enricher_app_id, [settings.topic_articles_raw]),
        (settings.aggregator_app_id, [settings.topic_incidents, f"{settings.aggregator_app_id}-country-updates"]),
    ]


def format_lag(rows: list[PartitionLag]) -> str:
    """Render lag rows with per-group totals."""
    header = f"{'group':<22} {'topic':<36} {'part':>4} {'committed':>10} {'end':>10} {'lag':>8}"
    lines = [header]
    for r in rows:
        committed = "-" if r.committed is None else str(r.committed)
        lines.append(f"{r.group:<22} {r.topic:<36} {r.partition:>4} {committed:>10} {r.end:>10} {r.lag:>8}")
    for group in dict.fromkeys(r.group for r in rows):
        lines.append(f"{group:<22} {'TOTAL':<36} {'':>4} {'':>10} {'':>10} {sum(r.lag for r in rows if r.group == group):>8}")
    return "\n".join(lines)


async def all_lag(settings: Settings) -> list[PartitionLag]:
    """Collect lag rows for every service group."""
    rows: list[PartitionLag] = []
    for group, topics in service_groups(settings):
        rows.extend(await group_lag(settings.kafka_bootstrap_servers, group, topics))
    return rows


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run the chosen command."""
    parser = argparse.ArgumentParser(prog="python -m services.ops")
    sub = parser.add_subparsers(dest="command", required=True)
    lag = sub.add_parser("lag", help="committed offset, end offset and lag per group, topic and partition")
    lag.add_argument("--watch", type=float, nargs="?", const=2.0, default=None, help="refresh every N seconds")
    run = sub.add_parser("run-local", help="broker + workers + seeds + country table (what `make run` runs)")
    run.add_argument("seeds", nargs="*", default=["seeds"])
    args = parser.parse_args(argv)
    if args.command == "run-local":
        from services.ops.local_run import main as run_local

        return run_local(args.seeds)
    settings = get_settings()
    while True:
        text = format_lag(asyncio.run(all_lag(settings)))
        if args.watch is None:
            print(text)
            return 0
        print("\033[2J\033[H" + time.strftime("%H:%M:%S") + "\n" + text, flush=True)
        time.sleep(args.watch)


if __name__ == "__main__":
    sys.exit(main())
