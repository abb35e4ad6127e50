"""Run a Faust app as a worker process, after making sure the service's topics exist."""

from __future__ import annotations

import asyncio
import signal
import socket
import sys

import faust

from services.common.broker import ensure_topics
from services.common.settings import Settings


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
