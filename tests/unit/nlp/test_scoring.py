"""The project's scorer must agree exactly with ../shared/corpus/score.py."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from services.evaluation.scoring import count_error, score

SHARED_SCORE = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "score.py"

GOLD = [
    {"id": "g1", "gold": {"countries_mentioned": ["ML", "NE", "RU"], "incidents": [
        {"type": "battle", "country": "ML", "fatalities": 70, "background": False},
        {"type": "battle", "country": "ML", "fatalities": None, "background": True}]}},
    {"id": "g2", "gold": {"countries_mentioned": ["IQ"], "incidents": [
        {"type": "explosion", "country": "IQ", "fatalities": 42, "background": False},
        {"type": "battle", "country": "IQ", "fatalities": 11, "background": False}]}},
    {"id": "g3", "gold": {"countries_mentioned": ["GB"], "incidents": []}},
    {"id": "g4", "gold": {"countries_mentioned": [], "incidents": []}},
]
PRED = [
    {"id": "g1", "countries": [{"code": "ML"}, {"code": "NE"}, {"code": "UA"}], "events": [
        {"type": "battle", "incident": True, "background": False, "country": "ML", "fatalities": 70},
        {"type": "battle", "incident": True, "background": True, "country": "ML", "fatalities": 300},
        {"type": "diplomacy", "incident": False, "background": False, "country": "RU", "fatalities": None}]},
    {"id": "g2", "countries": [{"code": "IQ"}], "events": [
        {"type": "explosion", "country": "IQ", "fatalities": 107},
        {"type": "civilian_attack", "incident": True, "background": False, "country": "IQ", "fatalities": 3}]},
    {"id": "g3", "countries": [{"code": "GB"}], "events": [
        {"type": "riot", "incident": True, "background": False, "country": "GB", "fatalities": None}]},
]


def test_scores_on_synthetic_pair() -> None:
    res = score(GOLD, PRED)
    assert res["missing_predictions"] == 1 and res["articles"] == 4
    assert res["fatalities_n"] == 2 and res["fatalities_exact"] == 0.5
    assert res["quiet_articles"] == 2 and res["false_incident_rate"] == 0.5


@pytest.mark.skipif(not SHARED_SCORE.exists(), reason="shared score.py not present")
def test_agrees_with_shared_score_py() -> None:
    spec = importlib.util.spec_from_file_location("shared_score", SHARED_SCORE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert score(GOLD, PRED) == module.score(GOLD, PRED)


def test_count_error_on_synthetic_pair() -> None:
    res = count_error(GOLD, PRED)
    # g2: IQ battle missing and IQ civilian_attack extra (2); g3: GB riot extra (1); over 3 gold current incidents
    assert res == {"count_error": 1.0, "count_abs_error": 3, "gold_incidents": 3}
    assert count_error(GOLD, [])["count_error"] == 1.0
    assert "count_error" not in score(GOLD, PRED)  # score() stays identical to score.py
