"""The SATP keyword floor, and SATP scoring through the shared satp_score.py (sentences written for this test)."""

from __future__ import annotations

import pytest

from services.evaluation.keyword_floor import PLACEHOLDER_COUNTRY, keyword_floor, keyword_prediction, keyword_type
from services.evaluation.runner import acceptable
from services.evaluation.satp import SATP_SCORE, render_satp, score_satp


@pytest.mark.parametrize(("text", "expected"), [
    ("Two farmers were killed near the river on Monday.", "civilian_attack"),
    ("Gunmen ATTACKED a bus; the clashes went on all night.", "civilian_attack"),
    ("A trader was abducted from the market.", "civilian_attack"),
    ("Three IEDs went off along the road.", "explosion"),
    ("A bombing at the depot injured four workers.", "explosion"),
    ("The blast was heard across the valley.", "explosion"),
    ("The minister met the delegation and discussed trade.", None),
    ("Police arrested two men and seized rifles.", None),
    ("The tied score frustrated fans; the unshot film was shelved.", None),  # keywords inside words do not count
])
def test_keyword_type(text: str, expected: str | None) -> None:
    assert keyword_type(text) == expected


def test_prediction_is_enriched_like_with_one_current_event() -> None:
    pred = keyword_prediction({"id": "r1", "body": "Militants fired on a patrol and a grenade blast followed."})
    assert pred["id"] == "r1" and pred["countries"] == []
    [event] = pred["events"]
    assert event["type"] == "explosion" and event["incident"] is True and event["background"] is False
    assert event["country"] == PLACEHOLDER_COUNTRY
    assert keyword_prediction({"id": "r2", "title": "Ambush on the highway", "body": "Details follow."})["events"]
    assert keyword_prediction({"id": "r3", "body": "A peaceful day in the district."})["events"] == []


GOLD = [
    {"id": "s1", "body": "A bomb exploded at the bus stand, killing two.",
     "labels": {"armed_assault": 0, "bombing": 1, "kidnapping": 0, "other": 0}},
    {"id": "s2", "body": "Militants abducted a teacher from the village.",
     "labels": {"armed_assault": 0, "bombing": 0, "kidnapping": 1, "other": 0}},
    {"id": "s3", "body": "The chief minister opened a new bridge.",
     "labels": {"armed_assault": 0, "bombing": 0, "kidnapping": 0, "other": 0}},
    {"id": "s4", "body": "Police said two suspects were shot dead in an encounter.",
     "labels": {"armed_assault": 0, "bombing": 0, "kidnapping": 0, "other": 0}},
    {"id": "s5", "body": "Cadres set fire to a forest office overnight.",
     "labels": {"armed_assault": 0, "bombing": 0, "kidnapping": 0, "other": 1}},
]


@pytest.mark.skipif(not SATP_SCORE.exists(), reason="shared satp_score.py not present")
def test_floor_scored_by_shared_satp_score() -> None:
    enriched = [
        {"id": "s1", "events": [{"type": "explosion", "incident": True, "background": False, "country": "IN"}]},
        {"id": "s2", "events": [{"type": "civilian_attack", "incident": True, "background": False, "country": None}]},
        {"id": "s3", "events": []}, {"id": "s4", "events": []}, {"id": "s5", "events": []},
    ]
    res = score_satp(GOLD, enriched)
    floor, ours = res["keyword_floor"], res["enrichment"]
    # floor: s1 explosion, s2 and s4 civilian_attack, s3 and s5 nothing
    assert floor["violent"] == {"p": 0.667, "r": 0.667, "f1": 0.667, "tp": 2, "fp": 1, "fn": 1}
    assert floor["bombing"]["tp"] == 1 and floor["bombing"]["fp"] == 0
    assert floor["kidnapping_recall"] == 1.0 and floor["false_incident_rate"] == 0.5
    assert floor["south_asia_share"] is None  # the placeholder country is no claim about where
    # the enrichment's s2 event has no country: it counts for detection only
    assert ours["violent"]["tp"] == 1 and ours["violent_any_country"]["tp"] == 2
    assert ours["south_asia_share"] == 0.333 and ours["kidnapping_recall"] == 0.0
    text = render_satp("tiny", res, 20.0)
    assert "keyword floor" in text.splitlines()[1]
    assert text.splitlines()[2].split()[-2:] == ["1.000/0.333/0.500", "0.667/0.667/0.667"]
    assert keyword_floor(GOLD)[2]["events"] == []


@pytest.mark.skipif(not SATP_SCORE.exists(), reason="shared satp_score.py not present")
def test_a_line_the_enricher_refuses_is_left_unpredicted_and_named() -> None:
    empty = {"id": "s6", "body": "", "labels": {"armed_assault": 0, "bombing": 0, "kidnapping": 0, "other": 0}}
    kept, refused = acceptable(GOLD + [empty])
    assert [g["id"] for g in kept] == ["s1", "s2", "s3", "s4", "s5"]
    assert [i for i, _ in refused] == ["s6"]
    res = score_satp(GOLD + [empty], keyword_floor(kept))
    res["refused"] = [{"id": i, "reason": reason} for i, reason in refused]
    assert res["enrichment"]["lines"] == 6 and res["enrichment"]["missing_predictions"] == 1
    assert "refused by the enricher's input contract, scored as no prediction: s6" in render_satp("tiny", res)
