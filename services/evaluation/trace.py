"""`--trace`: every predicted current incident with its trigger and sentence, and every missed gold incident
with the article's predictions and, where the NLP keeps one (`doc._.rejected`), its rejected candidates."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

from spacy.language import Language
from spacy.tokens import Doc

from services.common.taxonomy import INCIDENT_TYPES
from services.enricher.core import enrich_records

from .runner import BATCH_SIZE, raw_records
from .scoring import gold_sets

NO_RECORD = "(no rejection record)"
LEGEND = ("PRED ok = matches a gold current incident by (country, type); EXTRA = matches none; NOCTY = no country, "
          "not counted; MISSED = gold current incident no prediction matches, with the article's predictions")


class _DocRecorder:
    """Stands in for the pipeline inside enrich_records and keeps every Doc that nlp.pipe yields.

    The predictions are then exactly the stream's (same function, same batches), and the Docs are kept after
    the enrichment has run, so anything it stores on them (such as doc._.rejected) can be read.
    """

    def __init__(self, nlp: Language) -> None:
        self._nlp = nlp
        self.docs: list[Doc] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._nlp, name)

    def pipe(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        for item in self._nlp.pipe(*args, **kwargs):
            doc = item[0] if isinstance(item, tuple) else item
            self.docs.append(doc)
            yield item


def enrich_with_docs(gold: list[dict[str, Any]], nlp: Language) -> tuple[list[dict[str, Any]], list[Doc]]:
    """Enrich the corpus on the stream's code path and return the enriched records with their Docs."""
    recorder = _DocRecorder(nlp)
    enriched = enrich_records(raw_records(gold), cast(Language, recorder), BATCH_SIZE)
    return enriched, recorder.docs


def rejected_of(doc: Doc | None) -> list[dict[str, Any]] | None:
    """The rejected candidates the NLP recorded on the Doc, or None when it keeps no such record."""
    if doc is None or not Doc.has_extension("rejected"):
        return None
    value = doc._.rejected
    return None if value is None else list(value)


def _flat(text: Any) -> str:
    return " ".join(str(text).split()) if text else "-"


def _incident_types(rec: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in rec.get("events", []) if e.get("type") in INCIDENT_TYPES]


def _is_current(e: dict[str, Any]) -> bool:
    return e.get("incident", True) is not False and not e.get("background")


def _status(e: dict[str, Any]) -> str:
    if e.get("incident", True) is False:
        return "not an incident"
    if e.get("background"):
        return "background"
    return "current" if e.get("country") else "current, no country: not counted"


def trace_records(gold: list[dict[str, Any]], enriched: list[dict[str, Any]], docs: list[Doc]) -> list[dict[str, Any]]:
    """Per article: its predicted current incidents (matched or not) and its missed gold incidents."""
    by_id = {e["id"]: e for e in enriched}
    doc_by_id = {e["id"]: d for e, d in zip(enriched, docs)}
    out = []
    for g in gold:
        rec = by_id.get(g["id"], {})
        _, gi = gold_sets(g)
        gold_pairs = {(i["country"], i["type"]) for i in gi}
        events = _incident_types(rec)
        predicted = [dict(e, match=(e.get("country"), e["type"]) in gold_pairs) for e in events if _is_current(e)]
        pred_pairs = {(e.get("country"), e["type"]) for e in predicted if e.get("country")}
        missed = [i for i in gi if (i["country"], i["type"]) not in pred_pairs]
        out.append({
            "id": g["id"], "predicted": predicted, "missed": missed,
            "article_predictions": [dict(e, status=_status(e)) for e in events] if missed else [],
            "rejected": rejected_of(doc_by_id.get(g["id"])) if missed else None,
        })
    return out


def _event_line(e: dict[str, Any]) -> str:
    return (f"{e['type']:15s} country={e.get('country') or '--'} location={_flat(e.get('location'))} "
            f"fatalities={e.get('fatalities')} trigger={_flat(e.get('trigger'))!r}")


def render_trace(traced: list[dict[str, Any]]) -> str:
    """The trace as printed text."""
    lines: list[str] = [LEGEND]
    for t in traced:
        for e in t["predicted"]:
            verdict = "ok   " if e["match"] else ("NOCTY" if not e.get("country") else "EXTRA")
            lines.append(f"{t['id']}  PRED {verdict} {_event_line(e)}")
            lines.append(f"{'':{len(t['id'])}s}    sentence: {_flat(e.get('sentence'))}")
        for i in t["missed"]:
            lines.append(f"{t['id']}  MISSED     {i['type']:15s} country={i['country']} "
                         f"location={_flat(i.get('location'))} fatalities={i.get('fatalities')}")
            pad = f"{'':{len(t['id'])}s}    "
            preds = t["article_predictions"]
            if not preds:
                lines.append(pad + "predictions of the article: none of an incident type")
            else:
                lines.append(pad + "predictions of the article:")
                lines.extend(f"{pad}  {_event_line(e)} [{e['status']}]" for e in preds)
            rejected = t["rejected"]
            if rejected is None:
                lines.append(pad + NO_RECORD)
            elif not rejected:
                lines.append(pad + "rejected candidates: none")
            else:
                lines.append(pad + "rejected candidates:")
                lines.extend(f"{pad}  {r.get('trigger')!r} {r.get('type')} rule={r.get('rule')} at {r.get('start')}"
                             for r in rejected)
    n_pred = sum(len(t["predicted"]) for t in traced)
    n_ok = sum(e["match"] for t in traced for e in t["predicted"])
    n_missed = sum(len(t["missed"]) for t in traced)
    lines.append(f"trace: {n_pred} predicted current incidents ({n_ok} match a gold (country, type)), "
                 f"{n_missed} gold current incidents missed")
    return "\n".join(lines)
