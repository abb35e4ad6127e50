"""Read gold-set articles in place: from a fetched public repository's git mirror, or from a JSONL file.

The gold file holds only references (repository, commit, path, record id); the texts are read
here at evaluation time and never copied into the project.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import json
import pickle
import re
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import yaml

MIRROR_ROOT = Path("/work/.mirror")
FACTIVA_DOC_ID = re.compile(r"\nDocument (\S+)\n")
FACTIVA_DATE = re.compile(r"^\d{1,2} [A-Z][a-z]+ \d{4}$")
POST_FRONT_MATTER = re.compile(r"^---\n(.*?)\n---\n(.*)$", re.S)
POST_PARAGRAPH = re.compile(r"<p\b[^>]*>(.*?)</p>", re.S)
POST_TAG = re.compile(r"<[^>]+>")
POST_BODY = re.compile(r"\[ad_1\](.*?)\[ad_2\]", re.S)


class MirrorMissingError(RuntimeError):
    """The public repository a gold reference points to has not been fetched onto this machine."""


def mirror_dir(repo: str, root: Path = MIRROR_ROOT) -> Path:
    """Return the git directory of a fetched repository ("owner/name")."""
    return root / repo.replace("/", "+") / "repo"


def _git(repo: str, root: Path, *args: str) -> bytes:
    """Run one read-only git command in a mirror and return its output, or raise MirrorMissingError."""
    git_dir = mirror_dir(repo, root)
    if not git_dir.exists():
        raise MirrorMissingError(f"{repo} is not mirrored at {git_dir} (fetch github:{repo} first)")
    out = subprocess.run(["git", f"--git-dir={git_dir}", *args], capture_output=True, check=False)
    if out.returncode != 0:
        raise MirrorMissingError(f"{repo}: git {' '.join(args)} failed: {out.stderr.decode()[:200]}")
    return out.stdout


@cache
def git_bytes(repo: str, commit: str, path: str, root: Path = MIRROR_ROOT) -> bytes:
    """Read one file at one commit from the mirror as bytes, or raise MirrorMissingError."""
    return _git(repo, root, "show", f"{commit}:{path}")


def git_text(repo: str, commit: str, path: str, root: Path = MIRROR_ROOT) -> str:
    """Read one text file at one commit from the mirror, or raise MirrorMissingError."""
    return git_bytes(repo, commit, path, root).decode("utf-8")


def _factiva_record(chunk: str, doc_id: str) -> dict[str, Any]:
    """Turn one Factiva export block into a raw article (title, date, body)."""
    lines = [line.strip() for line in chunk.strip().splitlines()]
    date_at = next(i for i, line in enumerate(lines) if FACTIVA_DATE.match(line))
    title = next(line for line in lines if line)
    body_lines = lines[date_at + 5:]  # skip the date, source name, source code, language, copyright
    body = "\n\n".join(line for line in body_lines if line)
    published = dt.datetime.strptime(lines[date_at], "%d %B %Y").date().isoformat()
    return {"id": doc_id, "title": title, "body": body, "published_at": published}


@cache
def factiva_records(repo: str, commit: str, path: str, root: Path = MIRROR_ROOT) -> dict[str, dict[str, Any]]:
    """Split a Factiva text export into raw articles keyed by Factiva document id."""
    parts = FACTIVA_DOC_ID.split(git_text(repo, commit, path, root))
    return {parts[i + 1]: _factiva_record(parts[i], parts[i + 1]) for i in range(0, len(parts) - 1, 2)}


def _front_matter(front: str) -> dict[str, Any]:
    """Parse a Jekyll front matter as YAML: titles there are often folded block scalars ("post_title: >" with the
    title on the next lines), which a line pattern reads as ">". A front matter YAML rejects gives no keys."""
    try:
        data = yaml.load(front, Loader=yaml.BaseLoader)  # every scalar as text: a date, a title "Yes" stay as written
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def _front_value(front: dict[str, Any], key: str) -> str:
    """Return a front-matter key's scalar or first list item as one line of text ("" when absent)."""
    value = front.get(key)
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None:
        return ""
    return html.unescape(" ".join(str(value).split()))


def post_record(repo: str, commit: str, path: str, root: Path = MIRROR_ROOT) -> dict[str, Any]:
    """Turn one scraped news post (Jekyll markdown with the article's HTML) into a raw article."""
    match = POST_FRONT_MATTER.match(git_text(repo, commit, path, root))
    if match is None:
        raise MirrorMissingError(f"{path}: no front matter")
    front_text, rest = match.groups()
    front = _front_matter(front_text)
    html_body = (POST_BODY.search(rest) or re.search("(.*)", rest, re.S)).group(1)  # type: ignore[union-attr]
    paragraphs = [" ".join(html.unescape(POST_TAG.sub("", p)).split()) for p in POST_PARAGRAPH.findall(html_body)]
    body = "\n\n".join(p for p in paragraphs if p and not p.startswith("Continue reading"))
    published = _front_value(front, "post_date").replace(" ", "T") + "Z"
    return {"id": Path(path).stem, "title": _front_value(front, "original_title") or _front_value(front, "post_title"),
            "body": body, "published_at": published}


class _NewsItem:
    """Attribute holder for a pickled crawler news item (title, content, dct, id, uri)."""


class _NewsItemUnpickler(pickle.Unpickler):
    """Unpickle a crawler news item and nothing else: any class but the item and a date is refused."""

    ALLOWED = {("classes", "NewsItem"): _NewsItem, ("datetime", "date"): dt.date, ("datetime", "datetime"): dt.datetime}

    def find_class(self, module: str, name: str) -> Any:
        """Map the item's class to a plain attribute holder; refuse everything else."""
        try:
            return self.ALLOWED[(module, name)]
        except KeyError:
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a news item") from None


@cache
def news_item_paths(repo: str, commit: str, folder: str, root: Path = MIRROR_ROOT) -> dict[str, str]:
    """Map each news item's id (its file name without .json) to its path under `folder` (first path wins)."""
    listing = _git(repo, root, "ls-tree", "-r", "--name-only", commit, "--", folder).decode("utf-8")
    out: dict[str, str] = {}
    for path in sorted(listing.splitlines()):
        if path.endswith(".json"):
            out.setdefault(Path(path).stem, path)
    return out


def news_item_record(repo: str, commit: str, folder: str, record: str, root: Path = MIRROR_ROOT) -> dict[str, Any]:
    """Turn one crawled news item (a pickled object with title, content and document date) into a raw article.

    The Gun Violence Archive corpus of cltl/LongTailQATask stores one pickle per article, in a folder
    per incident, named by the article's id; `record` is that id, looked up under `folder`.
    The document creation date (dct) is the corpus builders' own, a bare date.
    """
    path = news_item_paths(repo, commit, folder, root).get(record)
    if path is None:
        raise MirrorMissingError(f"{repo}@{commit}: no news item {record} under {folder}")
    item = _NewsItemUnpickler(io.BytesIO(git_bytes(repo, commit, path, root))).load()
    fields = vars(item) if isinstance(item, _NewsItem) else {}
    dct = fields.get("dct")
    if not isinstance(dct, dt.date):
        raise MirrorMissingError(f"{path}: not a dated news item")
    lines = (" ".join(line.split()) for line in str(fields.get("content") or "").splitlines())
    return {"id": record, "title": " ".join(str(fields.get("title") or "").split()) or None,
            "body": "\n\n".join(line for line in lines if line),
            "published_at": (dct.date() if isinstance(dct, dt.datetime) else dct).isoformat()}


def jsonl_records(path: Path) -> dict[str, dict[str, Any]]:
    """Read raw articles from a JSONL file, keyed by id."""
    with path.open(encoding="utf-8") as f:
        return {r["id"]: r for r in (json.loads(line) for line in f if line.strip())}


def resolve(ref: dict[str, Any], base: Path, root: Path = MIRROR_ROOT) -> dict[str, Any]:
    """Return the raw article a gold reference points to (a Factiva record, post or news item in a mirror, or a JSONL line)."""
    if ref["kind"] == "factiva":
        return dict(factiva_records(ref["repo"], ref["commit"], ref["path"], root)[ref["record"]])
    if ref["kind"] == "post":
        return post_record(ref["repo"], ref["commit"], ref["path"], root)
    if ref["kind"] == "news_item":
        return news_item_record(ref["repo"], ref["commit"], ref["path"], ref["record"], root)
    return dict(jsonl_records(base / ref["path"])[ref["record"]])
