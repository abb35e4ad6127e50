"""SATP incident reports scored exactly as ../shared/corpus/external/satp_score.py does (loaded from there by path)."""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

from .keyword_floor import keyword_floor

SHARED_EXTERNAL = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "external"
SATP_SCORE = SHARED_EXTERNAL / "satp_score.py"
DEFAULT_SATP = SHARED_EXTERNAL / "satp_dev.jsonl"
PRF_KEYS = ("violent", "violent_any_country", "bombing", "armed_assault")


@functools.cache
def satp_module(path: Path = SATP_SCORE) -> ModuleType:
    """The shared satp_score.py, imported by path so that the figures cannot drift from it."""
    spec = importlib.util.spec_from_file_location("shared_satp_score", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def satp_score(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, Any]:
    """satp_score.py's score(gold, pred), unchanged."""
    result: dict[str, Any] = satp_module().score(gold, pred)
    return result


def score_satp(gold: list[dict[str, Any]], enriched: list[dict[str, Any]]) -> dict[str, Any]:
    """The enrichment's and the keyword floor's SATP scores."""
    floor = satp_score(gold, keyword_floor(gold))
    floor["south_asia_share"] = None  # the floor's placeholder country says nothing about where
    return {"enrichment": satp_score(gold, enriched), "keyword_floor": floor}


def _prf(v: dict[str, Any]) -> str:
    return f"{v['p']:.3f}/{v['r']:.3f}/{v['f1']:.3f}"


def _num(v: float | None) -> str:
    return "n/a" if v is None else f"{v:.3f}"


def render_satp(name: str, res: dict[str, Any], rate: float | None = None) -> str:
    """The SATP table: enrichment beside the keyword floor."""
    ours, floor = res["enrichment"], res["keyword_floor"]
    width = 28
    lines = [
        f"{name}: lines={ours['lines']} gold_violent={ours['gold_violent']} "
        f"missing_predictions={ours['missing_predictions']} (scored by {SATP_SCORE.name})",
        f"{'metric':{width}s} {'enrichment':>20s}   {'keyword floor':>20s}",
    ]
    labels = {"violent": "violent", "violent_any_country": "violent, any country", "bombing": "bombing",
              "armed_assault": "armed assault"}
    for key in PRF_KEYS:
        lines.append(f"{labels[key] + ' P/R/F1':{width}s} {_prf(ours[key]):>20s}   {_prf(floor[key]):>20s}")
    for key, label in (("kidnapping_recall", "kidnapping recall"), ("south_asia_share", "south-Asia share (violent)"),
                       ("false_incident_rate", "false-incident rate")):
        lines.append(f"{label:{width}s} {_num(ours[key]):>20s}   {_num(floor[key]):>20s}")
    if rate:
        lines.append(f"{'reports/s (enrichment)':{width}s} {rate:20.1f}")
    refused = res.get("refused") or []
    if refused:
        shown = ", ".join(f"{r['id']} ({r['reason']})" for r in refused[:5])
        more = f" and {len(refused) - 5} more" if len(refused) > 5 else ""
        lines.append(f"refused by the enricher's input contract, scored as no prediction: {shown}{more}")
    return "\n".join(lines)
