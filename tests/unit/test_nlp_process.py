"""The NLP process bounds an article's time: a runaway article is stopped and reported, the rest go on."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from services.enricher.exceptions import NlpTimeoutError, RemoteNlpError
from services.enricher.nlp_process import NlpProcess
from tests.unit.slow_enrichment import SLOW_S

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def nlp_process() -> Iterator[NlpProcess]:
    proc = NlpProcess("", batch_size=8, timeout_s=0.5, fn_path="tests.stalling_enrichment.enrich_or_stall")
    proc.start()
    yield proc
    proc.stop()


def test_results_come_back_in_order(nlp_process: NlpProcess) -> None:
    assert nlp_process.enrich([{"id": "a", "body": "x"}, {"id": "b", "body": "y"}]) == [{"id": "a"}, {"id": "b"}]


def test_a_runaway_article_times_out_alone_and_the_process_recovers(nlp_process: NlpProcess) -> None:
    results = nlp_process.enrich([{"id": "a", "body": "x"}, {"id": "b", "body": "STALL"}, {"id": "c", "body": "z"}])
    assert results[0] == {"id": "a"} and results[2] == {"id": "c"}
    assert isinstance(results[1], NlpTimeoutError)
    assert nlp_process.enrich([{"id": "d", "body": "after"}]) == [{"id": "d"}]


def test_an_error_in_the_nlp_is_returned_for_its_article_only(nlp_process: NlpProcess) -> None:
    results = nlp_process.enrich([{"id": "a", "body": "BOOM"}, {"id": "b", "body": "fine"}])
    assert isinstance(results[0], RemoteNlpError) and "boom" in str(results[0])
    assert results[1] == {"id": "b"}


WORKER = """
from services.enricher.nlp_process import NlpProcess
nlp = NlpProcess("", batch_size=8, timeout_s=30, fn_path="tests.unit.slow_enrichment.enrich_slowly")
nlp.start()
print("started", flush=True)
nlp.enrich([{"id": "a", "body": "x"}])
"""
CHILD_EXIT_DEADLINE_S = 30.0  # the child finishes its one-second batch, then exits


def test_after_kill_9_of_the_worker_its_nlp_process_exits_quietly_with_one_line() -> None:
    worker = subprocess.Popen([sys.executable, "-c", WORKER], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    assert worker.stdout is not None and worker.stdout.readline() == "started\n"
    time.sleep(SLOW_S / 2)  # the batch is in the NLP process now
    worker.kill()
    worker.wait()
    # stderr reaches EOF when the NLP process, which shares it, has exited too
    _, stderr = worker.communicate(timeout=CHILD_EXIT_DEADLINE_S)
    assert "Traceback" not in stderr, stderr
    assert [line for line in stderr.splitlines() if line.strip()] == [
        line for line in stderr.splitlines() if "the worker process went away; exiting" in line], stderr
    assert "went away" in stderr
