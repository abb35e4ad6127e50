"""Alert consumer CLI: `python -m services.alerts` runs it until SIGINT/SIGTERM."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys

from services.alerts.consumer import Alerter, print_line
from services.alerts.rules import AlertRules
from services.common.broker import ensure_topics
from services.common.logs import configure_logging
from services.common.settings import Settings, get_settings
from services.common.web_endpoints import start_web_on_free_port
from services.common.worker import BROKER_UNREACHABLE_EXIT, broker_reachable

log = logging.getLogger("services.alerts")


async def serve(settings: Settings, rules: AlertRules, web_port: int | None) -> int:
    """Create missing topics, serve the web endpoints, and consume until a stop signal."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await ensure_topics(settings)
    alerter = Alerter(settings, rules, emit=print_line)
    runner = None
    if web_port:
        runner, _ = await start_web_on_free_port(lambda: alerter.assigned, settings.web_host, web_port, "alerts")
    log.info("alerts: %s -> %s, group %s, rules %s", settings.topic_incidents_by_country, settings.topic_alerts,
             settings.alerts_app_id, rules)
    try:
        await alerter.run(stop)
    finally:
        if runner is not None:
            await runner.cleanup()
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run the alert consumer."""
    parser = argparse.ArgumentParser(
        prog="python -m services.alerts",
        description="Raise threshold and spike alerts from incidents.by_country onto the alerts topic and stdout "
                    "(thresholds: ALERT_DAILY_THRESHOLD, ALERT_SPIKE_MULTIPLIER, ALERT_SPIKE_MIN_COUNT, "
                    "ALERT_BASELINE_DAYS).")
    parser.add_argument("--no-web", action="store_true", help="do not serve /metrics, /live and /ready")
    args = parser.parse_args(argv)
    settings = get_settings()
    configure_logging(settings.log_level)
    rules = AlertRules.from_settings(settings)
    if not broker_reachable(settings, "alerts"):
        return BROKER_UNREACHABLE_EXIT
    return asyncio.run(serve(settings, rules, None if args.no_web else settings.alerts_web_port))


if __name__ == "__main__":
    sys.exit(main())
