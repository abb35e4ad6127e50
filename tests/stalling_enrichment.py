"""A stand-in batch function for NlpProcess tests: stalls, raises or echoes, by what the body says."""

from __future__ import annotations

import time
from typing import Any


def enrich_or_stall(records: list[dict[str, Any]], _nlp: Any, _batch_size: int) -> list[dict[str, Any] | Exception]:
    """Sleep far past any budget on "STALL", fail on "BOOM", else echo the id."""
    results: list[dict[str, Any] | Exception] = []
    for record in records:
        if "STALL" in record["body"]:
            time.sleep(60)
        results.append(ValueError("boom") if "BOOM" in record["body"] else {"id": record["id"]})
    return results
