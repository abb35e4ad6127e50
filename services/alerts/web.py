"""The alert consumer's /metrics, /live and /ready, on a small aiohttp server bound to WEB_HOST."""

from __future__ import annotations

from collections.abc import Callable

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, generate_latest


def build_web_app(is_ready: Callable[[], bool], service: str = "alerts") -> web.Application:
    """Create the aiohttp application with the three operational endpoints (also used by the feed poller)."""

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
