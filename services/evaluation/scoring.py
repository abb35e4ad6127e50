"""Corpus scoring; must agree exactly with ../shared/corpus/score.py (a unit test checks it)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from services.common.taxonomy import is_counted

SET_KEYS = ("mentioned", "inc_country", "country_type")


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (1.0 for an empty denominator, as score.py does)."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def pred_sets(rec: dict[str, Any]) -> tuple[set, list[dict]]:
    """Countries mentioned and counted incidents of one enriched article."""
    mentioned = {c.get("code") for c in rec.get("countries", []) if c.get("code")}
    incidents = [
        e for e in rec.get("events", [])
        if is_counted(e)
    ]
    return mentioned, incidents


def gold_sets(rec: dict[str, Any]) -> tuple[set, list[dict]]:
    """Countries mentioned and current incidents of one gold record."""
    g = rec["gold"]
    incidents = [i for i in g.get("incidents", []) if not i.get("background") and i.get("country")]
    return set(g.get("countries_mentioned", [])), incidents


def _fatality_hits(gi: list[dict], pi: list[dict]) -> tuple[int, int]:
    """(hits, cases) of per-country largest stated toll."""
    ok = n = 0
    for country in {i["country"] for i in gi}:
        gf = [i["fatalities"] for i in gi if i["country"] == country and i.get("fatalities") is not None]
        if not gf:
            continue
        n += 1
        pf = [e["fatalities"] for e in pi if e["country"] == country and e.get("fatalities") is not None]
        ok += bool(pf and max(pf) == max(gf))
    return ok, n


def score(gold: list[dict], pred: list[dict]) -> dict[str, Any]:
    """Micro-averaged scores of predictions against gold, keyed like score.py's --json output."""
    by_id = {p.get("id"): p for p in pred}
    c = {k: [0, 0, 0] for k in SET_KEYS}
    fat_ok = fat_n = quiet_n = quiet_false = missing = 0
    for g in gold:
        p = by_id.get(g["id"])
        missing += p is None
        gm, gi = gold_sets(g)
        pm, pi = pred_sets(p or {})
        pairs = {
            "mentioned": (gm, pm),
            "inc_country": ({i["country"] for i in gi}, {e["country"] for e in pi}),
            "country_type": ({(i["country"], i["type"]) for i in gi}, {(e["country"], e["type"]) for e in pi}),
        }
        for k, (gs, ps) in pairs.items():
            c[k][0] += len(gs & ps)
            c[k][1] += len(ps - gs)
            c[k][2] += len(gs - ps)
        ok, n = _fatality_hits(gi, pi)
        fat_ok, fat_n = fat_ok + ok, fat_n + n
        if not gi:
            quiet_n += 1
            quiet_false += bool(pi)
    out: dict[str, Any] = {k: dict(zip(("p", "r", "f1"), prf(*v))) for k, v in c.items()}
    out["fatalities_exact"] = fat_ok / fat_n if fat_n else None
    out["fatalities_n"] = fat_n
    out["false_incident_rate"] = quiet_false / quiet_n if quiet_n else None
    out["quiet_articles"] = quiet_n
    out["articles"] = len(gold)
    out["missing_predictions"] = missing
    return out


def count_error(gold: list[dict], pred: list[dict]) -> dict[str, Any]:
    """Incident count error: sum over articles and (country, type) of |predicted - gold| current incidents / gold incidents.

    The set-based scores cannot see one incident counted twice; this is what the per-country counts suffer from.
    Kept out of score() so that score() stays identical to score.py's output.
    """
    by_id = {p.get("id"): p for p in pred}
    err = total = 0
    for g in gold:
        _, gi = gold_sets(g)
        _, pi = pred_sets(by_id.get(g["id"]) or {})
        gc = Counter((i["country"], i["type"]) for i in gi)
        pc = Counter((e["country"], e["type"]) for e in pi)
        err += sum(abs(pc[k] - gc[k]) for k in gc.keys() | pc.keys())
        total += len(gi)
    return {"count_error": err / total if total else None, "count_abs_error": err, "gold_incidents": total}
