"""Run the enrichment in a child process, so an article that runs too long can be stopped.

A thread cannot be interrupted inside spaCy's compiled code; a process can be killed. The child
loads the model once and serves batches over a pipe; on a timeout the parent kills it, starts a
new one and retries the batch article by article, so only the runaway article is dead-lettered.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import signal
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

import orjson

from services.common.logs import configure_logging
from services.common.settings import get_settings
from services.enricher.exceptions import NlpTimeoutError, RemoteNlpError

log = logging.getLogger(__name__)
START_DEADLINE_S = 300.0  # model load takes ~5 s; a loaded CI machine can be much slower
Result = dict[str, Any] | Exception
BatchFn = Callable[[list[dict[str, Any]], Any, int], list[Result]]


def _serve(conn: Connection, model_name: str, batch_size: int, fn_path: str) -> None:
    """Child: load the model, then enrich every batch received until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    import importlib

    from services.enricher.core import load_nlp

    module, _, name = fn_path.rpartition(".")
    fn: BatchFn = getattr(importlib.import_module(module), name)
    nlp = load_nlp(model_name) if model_name else None  # tests drive the process without a model
    try:
        conn.send_bytes(b"ready")
        while True:
            try:
                records = orjson.loads(conn.recv_bytes())
            except EOFError:
                return  # the parent closed the pipe: a normal stop
            results = fn(records, nlp, batch_size)
            conn.send_bytes(orjson.dumps([
                {"error": f"{type(r).__name__}: {r}"} if isinstance(r, Exception) else {"ok": r} for r in results]))
    except (BrokenPipeError, ConnectionResetError):
        # the worker died (kill -9) while this batch ran: nobody is left to answer; exit without a traceback
        configure_logging(get_settings().log_level)
        log.warning("NLP process %d: the worker process went away; exiting", os.getpid())


class NlpProcess:
    """The enrichment of batches in a child process, with a time budget per article."""

    def __init__(self, model_name: str, batch_size: int, timeout_s: float,
                 fn_path: str = "services.enricher.core.enrich_isolated") -> None:
        self.model_name, self.batch_size, self.timeout_s, self.fn_path = model_name, batch_size, timeout_s, fn_path
        self._ctx = mp.get_context("spawn")  # no fork of a process that runs Faust's threads
        self._proc: mp.process.BaseProcess | None = None
        self._conn: Connection | None = None

    def start(self) -> None:
        """Start the child and wait until its model is loaded."""
        parent, child = self._ctx.Pipe()
        self._proc = self._ctx.Process(target=_serve, args=(child, self.model_name, self.batch_size, self.fn_path),
                                       name="nlp", daemon=True)
        self._proc.start()
        child.close()
        self._conn = parent
        if not parent.poll(START_DEADLINE_S) or parent.recv_bytes() != b"ready":
            self.stop()
            raise RuntimeError(f"NLP process did not load {self.model_name} within {START_DEADLINE_S}s")

    def stop(self) -> None:
        """Close the pipe (the child exits) and reap the child, killing it if needed."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._proc is not None:
            self._proc.join(timeout=5)
            if self._proc.is_alive():
                self._proc.kill()
                self._proc.join()
            self._proc = None

    def _restart(self) -> None:
        if self._proc is not None:
            self._proc.kill()
        self.stop()
        self.start()

    def _call(self, records: list[dict[str, Any]], budget_s: float) -> list[Result] | None:
        assert self._conn is not None, "start() the NLP process first"
        try:
            self._conn.send_bytes(orjson.dumps(records))
            if not self._conn.poll(budget_s):
                return None
            replies = orjson.loads(self._conn.recv_bytes())
        except (EOFError, OSError, BrokenPipeError):
            log.error("NLP process died; restarting it")
            self._restart()
            return None
        return [r["ok"] if "ok" in r else RemoteNlpError(r["error"]) for r in replies]

    def enrich(self, records: list[dict[str, Any]]) -> list[Result]:
        """Enrich a batch; an article over its time budget (or that kills the child) gets NlpTimeoutError."""
        if self._proc is None:
            self.start()
        results = self._call(records, self.timeout_s * len(records))
        if results is not None:
            return results
        log.warning("batch of %d went over its NLP budget; retrying one by one", len(records))
        self._restart()
        singles: list[Result] = []
        for record in records:
            result = self._call([record], self.timeout_s)
            if result is None:
                self._restart()
                singles.append(NlpTimeoutError(f"NLP took longer than {self.timeout_s}s"))
            else:
                singles.extend(result)
        return singles
