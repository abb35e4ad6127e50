"""The NLP process bounds an article's time: a runaway article is stopped and reported, the rest go on."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from services.enricher.exceptions import NlpTimeoutError, RemoteNlpError
from services.enricher.nlp_process import NlpProcess


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
