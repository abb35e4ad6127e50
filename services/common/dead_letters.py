"""Dead-letter records: what failed, why, and the original bytes with where they came from."""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

from services.common.contracts import iso_utc


def _b64(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(data).decode("ascii")


def dead_letter(
    reason: str, error: str, *, key: bytes | None, value: bytes | None,
    topic: str, partition: int, offset: int, timestamp_ms: int | None, service: str,
) -> dict[str, Any]:
    """Build a DLQ record (schemas/dlq_record.v1.json)."""
    return {
        "reason": reason,
        "error": error[:2000],
        "original_value_b64": _b64(value),
        "original_key_b64": _b64(key),
        "topic": topic,
        "partition": partition,
        "offset": offset,
        "timestamp_ms": timestamp_ms,
        "failed_at": iso_utc(dt.datetime.now(dt.UTC)),
        "service": service,
    }
