"""Publisher CLI: put raw articles onto articles.raw, keyed by id, with progress and a summary."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import sys
import time
from collections import Counter

from tqdm import tqdm

from services.common.contracts import normalise_article
from services.common.exceptions import InvalidArticleError
from services.common.settings import Settings, get_settings
from services.common.worker import require_kafka
from services.publisher.records import raw_producer, raw_record
from services.publisher.sources import read_items


async def publish(paths: list[str], settings: Settings, topic: str, validate: bool, rate: float | None) -> Counter[str]:
    """Send every readable article; return counts of sent and of rejections by reason."""
    tally: Counter[str] = Counter()
    producer = raw_producer(settings)
    await producer.start()
    started = time.monotonic()
    try:
        pending = []
        for item in tqdm(read_items(paths), unit="article", file=sys.stderr, disable=None):
            if item.article is None:
                tally[f"rejected: {str(item.error).split(':')[0]}"] += 1
                print(f"{item.origin}: rejected: {item.error}", file=sys.stderr)
                continue
            if validate:
                try:
                    normalise_article(item.article, settings.max_body_bytes, dt.datetime.now(dt.UTC))
                except InvalidArticleError as exc:
                    tally[f"rejected: {exc.reason}"] += 1
                    print(f"{item.origin}: rejected: {exc}", file=sys.stderr)
                    continue
            key, value = raw_record(item.article)
            pending.append(await producer.send(topic, value, key=key))
            tally["sent"] += 1
            if rate:
                await asyncio.sleep(max(0.0, started + tally["sent"] / rate - time.monotonic()))
        await asyncio.gather(*pending)
    finally:
        await producer.stop()
    return tally


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, publish, and print the summary."""
    parser = argparse.ArgumentParser(prog="python -m services.publisher",
                                     description="Publish raw articles (JSONL, .json, .txt, directories, or - for stdin).")
    parser.add_argument("paths", nargs="+", help="files, directories, or - for stdin")
    parser.add_argument("--topic", default=None, help="target topic (default: TOPIC_ARTICLES_RAW)")
    parser.add_argument("--no-validate", action="store_true",
                        help="send articles that break the contract too (the enricher dead-letters them)")
    parser.add_argument("--rate", type=float, default=None, help="articles per second (default: as fast as possible)")
    args = parser.parse_args(argv)
    settings = get_settings()
    require_kafka(settings)  # a wrong password or CA: one line, not a traceback
    tally = asyncio.run(publish(args.paths, settings, args.topic or settings.topic_articles_raw,
                                not args.no_validate, args.rate))
    rejected = {k: v for k, v in tally.items() if k.startswith("rejected")}
    why = ", ".join(f"{k.split(': ')[1]}={v}" for k, v in sorted(rejected.items())) or "none"
    print(f"published {tally['sent']} article(s) to {args.topic or settings.topic_articles_raw}; "
          f"rejected {sum(rejected.values())} ({why})")
    return 0 if tally["sent"] or not rejected else 1


if __name__ == "__main__":
    sys.exit(main())
