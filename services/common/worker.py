"""Run a Faust app as a worker process, after making sure the service's topics exist."""

from __future__ import annotations

import asyncio
import logging
import signal
import socket
import sys

import faust

from services.common.broker import ensure_topics, wait_until_ready
from services.common.settings import Settings

log = logging.getLogger(__name__)
BROKER_UNREACHABLE_EXIT = 2


def broker_reachable(settings: Settings) -> bool:
    """Wait up to KAFKA_STARTUP_WAIT_S for the cluster to answer; on failure log one line that says what to check.

    Called before a worker's slow start-up (model load, topic creation), so a broker that is down or a
    wrong address ends the process with that line instead of a connection traceback.
    """
    client_log = logging.getLogger("aiokafka")
    level = client_log.level
    client_log.setLevel(logging.CRITICAL)  # refused connections are expected while we wait
    try:
        ok = asyncio.run(wait_until_ready(settings.kafka_bootstrap_servers, settings.kafka_startup_wait_s))
    finally:
        client_log.setLevel(level)
    if not ok:
        log.error("cannot reach Kafka at %s within %.0fs (KAFKA_STARTUP_WAIT_S): is the broker running (make kafka) "
                  "and KAFKA_BOOTSTRAP_SERVERS right? exiting", settings.kafka_bootstrap_servers,
                  settings.kafka_startup_wait_s)
    return ok


def exit_cleanly_on_sigterm() -> None:
    """Until Faust installs its own handlers, SIGTERM (e.g. during model load) exits with status 0."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))


def run_worker(app: faust.App, settings: Settings, reserved_port: socket.socket | None = None) -> int:
    """Create missing topics, then run the worker until SIGINT/SIGTERM (which commit and stop cleanly).

    `reserved_port` is the socket holding the web port (web_port.reserve_web_port), released just before
    Faust binds it.
    """
    settings.state_dir.mkdir(parents=True, exist_ok=True)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    loop.run_until_complete(ensure_topics(settings))
    worker = faust.Worker(app, loop=loop, loglevel=settings.log_level, quiet=True)
    if reserved_port is not None:
        reserved_port.close()
    worker.execute_from_commandline()
    return 0
