"""Build tests/blind/blind_holdout.jsonl from the hand-written articles in _articles_a/_articles_b.

Run: cd /work/main && .venv/bin/python -m tests.blind.build_holdout
Validates that every gold location / key entity is a verbatim substring of title+body.
"""
import json
import re
from pathlib import Path

from tests.blind._articles_a import ARTICLES as A1
from tests.blind._articles_b import ARTICLES as A2

INCIDENT_TYPES = {"battle", "explosion", "civilian_attack", "protest", "riot"}
OUT = Path(__file__).with_name("blind_holdout.jsonl")


def build():
    rows = []
    for art in A1 + A2:
        sep = " " if art.get("runon") else "\n\n"
        body = sep.join(art["paras"])
        text = (art["title"] or "") + "\n" + body
        g = art["gold"]
        for inc in g["incidents"]:
            assert inc["type"] in INCIDENT_TYPES, (art["id"], inc)
            assert inc["location"] is None or inc["location"] in text, (art["id"], inc["location"])
            assert re.fullmatch(r"[A-Z]{2}", inc["country"]), (art["id"], inc)
            assert inc["country"] in g["countries_mentioned"], (art["id"], inc)
        for lab, ents in g["key_entities"].items():
            assert len(ents) <= 8
            for e in ents:
                assert e in text, (art["id"], e)
        assert len(set(g["countries_mentioned"])) == len(g["countries_mentioned"]), art["id"]
        rows.append({
            "id": art["id"],
            "source": "synthetic, written for this project (blind)",
            "origin": "written for this project",
            "license": "project's own",
            "published": art["published"],
            "title": art["title"],
            "body": body,
            "gold": g,
        })
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) == 30
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_readme_notes(A1 + A2)
    return rows


def _fmt_inc(i):
    f = "-" if i["fatalities"] is None else i["fatalities"]
    loc = i["location"] or "-"
    return f'{i["type"]}:{i["country"]}:{loc}:{f}' + ("(bg)" if i["background"] else "")


def write_readme_notes(arts):
    readme = OUT.with_name("README.md")
    head = readme.read_text(encoding="utf-8").split("## Per-article notes")[0]
    lines = ["## Per-article notes", "",
             "Format: id | countries_mentioned | incidents as type:country:location:fatalities (bg = background) | other_events | judgment calls", ""]
    for a in arts:
        g = a["gold"]
        incs = "; ".join(_fmt_inc(i) for i in g["incidents"]) or "no incidents"
        lines.append(f'- **{a["id"]}** {a["title"] or "(headline glued to body)"} | {",".join(g["countries_mentioned"]) or "-"} | {incs} | {",".join(g["other_events"]) or "-"} | {a.get("notes", "")}')
    readme.write_text(head + "\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    rows = build()
    for r in rows:
        n = len(re.findall(r"[.!?][\"”]?(?:\s|$)", r["body"]))
        print(r["id"], "sentences~", n, "words", len(r["body"].split()))
