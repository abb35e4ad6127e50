"""A loopback HTTP server for the feed tests: each test puts the replies it wants at paths of its own.

It runs its own event loop in a thread, so it serves sync and async tests alike and is started once per
session. Every feed and page it serves is written by the tests themselves.
"""

from __future__ import annotations

import asyncio
import gzip
import threading
import uuid
from dataclasses import dataclass, field

from aiohttp import web


@dataclass
class Reply:
    """What the server answers at one path."""

    body: bytes | str = b""
    status: int = 200
    content_type: str = "application/xml"
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0  # before answering anything
    gzip: bool = False
    etag: str | None = None  # answer 304 to a request with a matching If-None-Match
    redirect_to: str | None = None  # answer 302 to this path


class FeedServer:
    """The server; `url(path)` gives the full URL of a path, `put` sets a reply, `requests` logs what came in."""

    def __init__(self) -> None:
        self.replies: dict[str, Reply] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._runner: web.AppRunner | None = None
        self._started = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="feed-test-server", daemon=True)

    def start(self) -> FeedServer:
        """Serve on a free loopback port; return once it listens."""
        self._thread.start()
        assert self._started.wait(10), "the feed test server did not start"
        return self

    def stop(self) -> None:
        """Stop serving and end the thread."""
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        app = web.Application()
        app.router.add_route("GET", "/{path:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, handler_cancellation=True)  # a client that gave up ends the delay
        self._loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        self._loop.run_until_complete(site.start())
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self._started.set()
        self._loop.run_forever()

    def url(self, path: str) -> str:
        """The full URL of `path` on this server."""
        return f"http://127.0.0.1:{self.port}/{path.lstrip('/')}"

    def put(self, path: str, reply: Reply | bytes | str, **kwargs: object) -> str:
        """Set the reply at `path` (a Reply, or a body with Reply's keyword arguments); return its URL."""
        self.replies[path.lstrip("/")] = reply if isinstance(reply, Reply) else Reply(reply, **kwargs)  # type: ignore[arg-type]
        return self.url(path)

    def hits(self, path: str) -> list[dict[str, str]]:
        """The headers of every request made to `path`, in order."""
        return [headers for p, headers in self.requests if p == path.lstrip("/")]

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = request.match_info["path"]
        self.requests.append((path, dict(request.headers)))
        reply = self.replies.get(path)
        if reply is None:
            return web.Response(status=404, text="no such test page")
        if reply.delay_s:
            await asyncio.sleep(reply.delay_s)
        if reply.redirect_to is not None:
            return web.Response(status=302, headers={"Location": self.url(reply.redirect_to)})
        if reply.etag is not None and request.headers.get("If-None-Match") == reply.etag:
            return web.Response(status=304, headers={"ETag": reply.etag})
        body = reply.body.encode("utf-8") if isinstance(reply.body, str) else reply.body
        headers = dict(reply.headers)
        if reply.etag is not None:
            headers["ETag"] = reply.etag
        if reply.gzip:
            body = gzip.compress(body)
            headers["Content-Encoding"] = "gzip"
        headers.setdefault("Content-Type", reply.content_type)
        return web.Response(status=reply.status, body=body, headers=headers)


def fresh_path(name: str) -> str:
    """A path no other test uses."""
    return f"{uuid.uuid4().hex[:8]}/{name}"
