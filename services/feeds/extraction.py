"""Main text of an article page (trafilatura), within a time budget; None when there is none to be had."""

from __future__ import annotations

import asyncio
import logging

import trafilatura

log = logging.getLogger(__name__)
MIN_TEXT_CHARS = 40  # less than a sentence or two is boilerplate (a cookie notice), not an article


def extract_main_text(page: bytes | str, url: str | None = None) -> str | None:
    """The article text of an HTML page (paragraphs separated by blank lines), or None when none is found."""
    try:
        text = trafilatura.extract(page, url=url, include_comments=False, include_tables=False,
                                   favor_precision=True, deduplicate=True)
    except Exception as exc:  # noqa: BLE001 - a page that breaks the extractor is one failed entry, not a failed poller
        log.debug("extraction raised on %s: %s: %s", url, type(exc).__name__, exc)
        return None
    if not text or len(text.strip()) < MIN_TEXT_CHARS:
        return None
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


async def extract_within(page: bytes, url: str | None, budget_s: float) -> tuple[str | None, str]:
    """Extract in a worker thread; return (text, "") or (None, why): "no_main_text" or "timeout".

    A thread cannot be stopped: past the budget its result is ignored (the extractor has no own deadline).
    """
    try:
        text = await asyncio.wait_for(asyncio.to_thread(extract_main_text, page, url), budget_s)
    except TimeoutError:
        return None, "timeout"
    return (text, "") if text else (None, "no_main_text")
