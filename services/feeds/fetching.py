"""HTTP for feeds and pages: conditional GET, gzip, redirects, a deadline and a size cap per request, host manners."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

import httpx

from services.common.settings import Settings
from services.feeds.politeness import HostGates, retry_after_s


@dataclass(frozen=True)
class Validators:
    """What a server gave to make the next request conditional (ETag, Last-Modified)."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        """The If-None-Match / If-Modified-Since headers these validators call for."""
        found = {"If-None-Match": self.etag, "If-Modified-Since": self.last_modified}
        return {k: v for k, v in found.items() if v}


@dataclass(frozen=True)
class Fetched:
    """One request's outcome: `outcome` is ok or not_modified on success, else why it failed."""

    outcome: str
    url: str
    status: int | None = None
    body: bytes = b""
    content_type: str = ""
    validators: Validators = field(default_factory=Validators)
    retry_after_s: float | None = None
    detail: str = ""

    @property
    def ok(self) -> bool:
        """True for a 2xx body or a 304."""
        return self.outcome in ("ok", "not_modified")


class TooLarge(Exception):
    """The body passed the size cap."""


def outcome_of_status(status: int) -> str:
    """The failure outcome of a non-2xx, non-304 status."""
    if status in (429, 503):
        return "rate_limited"
    return "http_4xx" if status < 500 else "http_5xx"


class Fetcher:
    """Fetch URLs with the poller's User-Agent, timeouts, caps and per-host gates; never raises for HTTP trouble."""

    def __init__(self, settings: Settings, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.settings = settings
        self.gates = HostGates(settings.feeds_host_concurrency, settings.feeds_host_min_interval_s)
        self.client = httpx.AsyncClient(
            headers={"User-Agent": settings.feeds_user_agent, "Accept-Encoding": "gzip, deflate"},
            follow_redirects=True, max_redirects=settings.feeds_max_redirects,
            timeout=httpx.Timeout(settings.feeds_request_timeout_s), transport=transport)

    async def close(self) -> None:
        """Close the connection pool."""
        await self.client.aclose()

    async def get(self, url: str, max_bytes: int, validators: Validators | None = None,
                  accept: str = "*/*") -> Fetched:
        """GET `url` (conditionally when validators are given) within the deadline and the size cap."""
        gate = self.gates.for_url(url)
        headers = {"Accept": accept, **(validators.headers() if validators else {})}
        async with gate.admit():
            try:
                async with asyncio.timeout(self.settings.feeds_request_timeout_s):
                    fetched = await self._get(url, max_bytes, headers)
            except TimeoutError:
                return Fetched("timeout", url, detail=f"no complete answer within {self.settings.feeds_request_timeout_s} s")
            except httpx.TimeoutException as exc:
                return Fetched("timeout", url, detail=type(exc).__name__)
            except TooLarge:
                return Fetched("too_large", url, detail=f"body over {max_bytes} bytes")
            except (httpx.HTTPError, OSError) as exc:
                return Fetched("network_error", url, detail=f"{type(exc).__name__}: {exc}"[:300])
        if fetched.retry_after_s is not None:
            gate.pause_until(time.monotonic() + fetched.retry_after_s)
        return fetched

    async def _get(self, url: str, max_bytes: int, headers: dict[str, str]) -> Fetched:
        async with self.client.stream("GET", url, headers=headers) as response:
            final_url = str(response.url)
            if response.status_code == 304:
                return Fetched("not_modified", final_url, 304)
            if not 200 <= response.status_code < 300:
                wait = retry_after_s(response.headers.get("Retry-After")) if response.status_code in (429, 503) else None
                return Fetched(outcome_of_status(response.status_code), final_url, response.status_code,
                               retry_after_s=wait, detail=f"HTTP {response.status_code}")
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:  # compressed size: the decoded body is larger still
                raise TooLarge
            chunks, size = [], 0
            async for chunk in response.aiter_bytes():  # decoded: the cap holds for gzip bombs too
                size += len(chunk)
                if size > max_bytes:
                    raise TooLarge
                chunks.append(chunk)
            validators = Validators(response.headers.get("ETag"), response.headers.get("Last-Modified"))
            return Fetched("ok", final_url, response.status_code, b"".join(chunks),
                           response.headers.get("Content-Type", ""), validators)
