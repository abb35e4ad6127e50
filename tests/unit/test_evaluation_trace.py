"""`--trace` on hand-built predictions: predicted incidents with trigger and sentence, misses with their context."""

from __future__ import annotations

from typing import Any

import spacy

from services.evaluation.trace import NO_RECORD, _DocRecorder, rejected_of, render_trace, trace_records

GOLD = [
    {"id": "t1", "gold": {"countries_mentioned": ["NG"], "incidents": [
        {"type": "civilian_attack", "country": "NG", "location": "Kano", "fatalities": 5, "background": False},
        {"type": "battle", "country": "NG", "location": None, "fatalities": None, "background": True}]}},
    {"id": "t2", "gold": {"countries_mentioned": ["PE"], "incidents": [
        {"type": "protest", "country": "PE", "location": "Lima", "fatalities": None, "background": False}]}},
]


def _event(etype: str, country: str | None, **kw: Any) -> dict[str, Any]:
    base = {"type": etype, "incident": True, "background": False, "country": country, "location": None,
            "fatalities": None, "trigger": "hit", "sentence": "Gunmen   hit the\nvillage."}
    return base | kw


ENRICHED = [
    {"id": "t1", "events": [_event("battle", "NG", fatalities=5, trigger="stormed"),
                            _event("civilian_attack", None),
                            _event("diplomacy", "NG", incident=False)]},
    {"id": "t2", "events": [_event("protest", "PE", location="Lima", trigger="marched")]},
]


def test_trace_records_match_and_miss() -> None:
    nlp = spacy.blank("en")
    docs = [nlp("one"), nlp("two")]
    t1, t2 = trace_records(GOLD, ENRICHED, docs)
    assert [(e["type"], e["match"]) for e in t1["predicted"]] == [("battle", False), ("civilian_attack", False)]
    assert [i["type"] for i in t1["missed"]] == ["civilian_attack"]  # the background gold battle is not expected
    assert [e["status"] for e in t1["article_predictions"]] == ["current", "current, no country: not counted"]
    assert [(e["type"], e["match"]) for e in t2["predicted"]] == [("protest", True)]
    assert t2["missed"] == [] and t2["article_predictions"] == []


def test_render_trace_lines() -> None:
    traced = trace_records(GOLD, ENRICHED, [])
    traced[0]["rejected"] = [{"trigger": "killed", "type": "civilian_attack", "rule": "modality:foiled", "start": 12}]
    text = render_trace(traced)
    assert "t1  PRED EXTRA battle          country=NG location=- fatalities=5 trigger='stormed'" in text
    assert "t1  PRED NOCTY civilian_attack" in text
    assert "    sentence: Gunmen hit the village." in text
    assert "t2  PRED ok    protest         country=PE location=Lima" in text
    assert "t1  MISSED     civilian_attack country=NG location=Kano fatalities=5" in text
    assert "current, no country: not counted]" in text
    assert "'killed' civilian_attack rule=modality:foiled at 12" in text
    assert text.splitlines()[-1] == ("trace: 3 predicted current incidents (1 match a gold (country, type)), "
                                     "1 gold current incidents missed")


def test_missing_rejection_record_is_said() -> None:
    traced = trace_records(GOLD, ENRICHED, [])
    assert traced[0]["rejected"] is None
    assert NO_RECORD in render_trace(traced)
    assert rejected_of(None) is None


def test_doc_recorder_keeps_the_docs_it_yields() -> None:
    nlp = spacy.blank("en")
    recorder = _DocRecorder(nlp)
    texts = ["first text", "second text"]
    assert [d.text for d in recorder.pipe(texts, batch_size=1)] == texts
    assert [d.text for d in recorder.docs] == texts
    assert recorder.lang == "en"  # everything else is the pipeline's own
