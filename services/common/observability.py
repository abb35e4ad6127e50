"""Placeholder until the operations work lands: web endpoints and lag metrics for a worker."""

from __future__ import annotations

import faust

from services.common.settings import Settings


def install_observability(app: faust.App, settings: Settings, service: str) -> None:
    """Register /metrics, /live and /ready on the worker's web server and the lag exporter timer."""
