"""Logging set-up shared by the CLIs."""

from __future__ import annotations

import logging


def configure_logging(level: str) -> None:
    """Log to stderr at `level`, quietening aiokafka's connection chatter."""
    logging.basicConfig(level=level.upper(), format="[%(asctime)s] [%(process)d] [%(levelname)s] %(name)s: %(message)s")
    logging.getLogger("aiokafka").setLevel(max(logging.WARNING, logging.getLogger().level))
