"""Operations CLI: `lag` shows consumer lag; `doctor` checks the connection and permissions; `acls` lists the
ACLs the service needs; `run-local` is what `make run` runs."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import shlex
import sys
import time

import orjson
from aiokafka.errors import KafkaError

from services.common.connectivity import Check, connection_checks, needs_of, permission_checks
from services.common.kafka_security import describe_security
from services.common.settings import Settings, get_settings
from services.common.worker import require_kafka
from services.ops.acls import kafka_acls_commands, required_acls
from services.ops.lag import LagReader, PartitionLag, format_lag, lag_report, service_groups

CLEAR_SCREEN = "\033[2J\033[H"
WATCH_RETRY_S = 2.0  # after a failed refresh (broker down), try again this soon


def render(rows: list[PartitionLag], as_json: bool) -> str:
    """The lag as a table, or as one JSON document."""
    return orjson.dumps(lag_report(rows)).decode() if as_json else format_lag(rows)


async def show_lag(settings: Settings, as_json: bool) -> int:
    """Print the lag of every service group once."""
    async with LagReader(settings.kafka_bootstrap_servers) as reader:
        print(render(await reader.groups_lag(service_groups(settings)), as_json))
    return 0


async def watch_lag(settings: Settings, interval_s: float, as_json: bool) -> int:
    """Reprint the lag every interval until interrupted, surviving broker outages."""
    tty = sys.stdout.isatty() and not as_json
    reader: LagReader | None = None
    try:
        while True:
            try:
                if reader is None:
                    reader = await LagReader(settings.kafka_bootstrap_servers).__aenter__()
                text = render(await reader.groups_lag(service_groups(settings)), as_json)
            except (KafkaError, OSError, TimeoutError) as exc:
                text = f"{time.strftime('%H:%M:%S')} lag: cannot read the cluster ({type(exc).__name__}: {exc}); retrying"
                if reader is not None:
                    await reader.close()
                    reader = None
            prefix = CLEAR_SCREEN + time.strftime("%H:%M:%S") + "\n" if tty else ""
            print(prefix + text, flush=True)
            await asyncio.sleep(interval_s if reader is not None else min(interval_s, WATCH_RETRY_S))
    finally:
        if reader is not None:
            await reader.close()


async def doctor(settings: Settings) -> int:
    """Print one line per check (connection, TLS, authentication, topics, groups); 1 when any failed."""
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)  # the checks report the causes themselves
    print(f"doctor: {settings.kafka_bootstrap_servers} as {describe_security(settings)}", flush=True)
    checks = await connection_checks(settings)
    for check in checks:
        print(check.line(), flush=True)
    if all(check.ok for check in checks):
        try:
            more = await permission_checks(settings, needs_of(settings))
        except (KafkaError, OSError, TimeoutError) as exc:
            more = [Check("permissions", False, f"checks stopped: {type(exc).__name__}: {exc}")]
        for check in more:
            print(check.line(), flush=True)
        checks += more
    failed = [check for check in checks if not check.ok]
    print(f"doctor: {len(checks) - len(failed)} ok, {len(failed)} failed")
    return 1 if failed else 0


def show_acls(settings: Settings, principal: str) -> int:
    """Print the ACLs the service needs and the kafka-acls commands that create them."""
    acls = required_acls(settings)
    print(f"ACLs for {principal} (ALLOW, any host):")
    for acl in acls:
        print(f"  {acl.describe()}")
    print("kafka-acls commands (add --bootstrap-server and --command-config of an admin):")
    for args in kafka_acls_commands(principal, acls):
        print("  kafka-acls.sh " + shlex.join(args))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run the chosen command."""
    parser = argparse.ArgumentParser(prog="python -m services.ops")
    sub = parser.add_subparsers(dest="command", required=True)
    lag = sub.add_parser("lag", help="committed offset, end offset and lag per group, topic and partition, with totals")
    lag.add_argument("--watch", type=float, nargs="?", const=2.0, default=None, metavar="SECONDS",
                     help="refresh every SECONDS (default 2) until Ctrl-C")
    lag.add_argument("--json", action="store_true", help="print JSON (with --watch: one document per line)")
    sub.add_parser("doctor", help="check broker, TLS, authentication, topics and groups with the configured settings")
    acls = sub.add_parser("acls", help="the ACLs the service needs, as kafka-acls commands")
    acls.add_argument("--principal", default="User:news-enrichment", help="principal to grant (default %(default)s)")
    run = sub.add_parser("run-local", help="broker + workers + seeds + country table (what `make run` runs)")
    run.add_argument("seeds", nargs="*", default=["seeds"])
    args = parser.parse_args(argv)
    if args.command == "run-local":
        from services.ops.local_run import main as run_local

        return run_local(args.seeds)
    settings = get_settings()
    if args.command == "acls":
        return show_acls(settings, args.principal)
    if args.command == "doctor":
        return asyncio.run(doctor(settings))
    try:
        if args.watch is None:
            require_kafka(settings)
            return asyncio.run(show_lag(settings, args.json))
        return asyncio.run(watch_lag(settings, max(0.1, args.watch), args.json))
    except KeyboardInterrupt:
        return 0
    except BrokenPipeError:  # e.g. `lag --watch | head`: the reader went away, which is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (KafkaError, OSError) as exc:
        print(f"lag: cannot read the cluster at {settings.kafka_bootstrap_servers}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
