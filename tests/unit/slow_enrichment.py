"""A stand-in batch function for NlpProcess tests: takes a moment per article, then echoes its id."""

from __future__ import annotations

import time
from typing import Any

SLOW_S = 1.0  # long enough for the test to kill the worker while the batch runs


def enrich_slowly(records: list[dict[str, Any]], _nlp: Any, _batch_size: int) -> list[dict[str, Any]]:
    """Sleep SLOW_S per article, then echo its id."""
    time.sleep(SLOW_S * len(records))
    return [{"id": r["id"]} for r in records]
