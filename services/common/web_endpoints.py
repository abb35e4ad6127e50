"""/metrics, /live and /ready for the processes that are not Faust workers (alert consumer, feed poller).

A small aiohttp server bound to WEB_HOST, on the configured port or, when another process of the
same kind on the host has it, the next free one (said in the log), as the workers do.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, generate_latest

from services.common.web_port import reserve_web_port

log = logging.getLogger(__name__)


def build_web_app(is_ready: Callable[[], bool], service: str = "alerts") -> web.Application:
    """Create the aiohttp application with the three operational endpoints."""

    async def metrics_view(_: web.Request) -> web.Response:
        return web.Response(body=generate_latest(REGISTRY), headers={"Content-Type": CONTENT_TYPE_LATEST})

    async def live(_: web.Request) -> web.Response:
        return web.json_response({"live": True, "service": service})

    async def ready(_: web.Request) -> web.Response:
        ok = is_ready()
        return web.json_response({"ready": ok, "service": service}, status=200 if ok else 503)

    app = web.Application()
    app.router.add_get("/metrics", metrics_view)
    app.router.add_get("/live", live)
    app.router.add_get("/ready", ready)
    return app


async def start_web(is_ready: Callable[[], bool], host: str, port: int, service: str = "alerts") -> web.AppRunner:
    """Start serving; the caller stops it with `await runner.cleanup()`."""
    runner = web.AppRunner(build_web_app(is_ready, service), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    return runner


async def start_web_on_free_port(is_ready: Callable[[], bool], host: str, preferred: int,
                                 service: str) -> tuple[web.AppRunner, int]:
    """Serve on `preferred` or the next free port up; return the runner and the port, which the log names."""
    port, reserved = reserve_web_port(host, preferred)
    reserved.close()
    runner = await start_web(is_ready, host, port, service)
    log.info("%s: /metrics, /live and /ready on http://%s:%s", service, host, port)
    return runner, port
