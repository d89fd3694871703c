"""Score the extractor on the seed article and the held-out annotated articles.

Run:  .venv/bin/python benchmarks/evaluate.py [--brief] [--json]

Prints one table per article (what was found, missed, spurious), then a summary with one row
per article and the micro-averaged totals of the held-out set and of everything.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventdb.evaluate import Expected, Score, load_expected, score, split_header, total  # noqa: E402

EXPECTED_DIR = ROOT / "tests" / "data" / "expected"


def annotated_articles(folder: Path = EXPECTED_DIR) -> list[tuple[str, Expected]]:
    """The seed first, then the held-out articles of ``folder`` in file order."""
    paths = [EXPECTED_DIR / "seed.yaml", *sorted(p for p in folder.glob("*.yaml") if p.name != "seed.yaml")]
    return [(p.stem, load_expected(p)) for p in paths]


def run(expected: Expected) -> tuple[Score, float]:
    """Score of one article and the milliseconds the extraction took."""
    from eventdb.extract import extract

    assert expected.article is not None
    published_on, body = split_header((ROOT / expected.article).read_text(encoding="utf-8"))
    started = time.perf_counter()
    extraction = extract(body, language=expected.language, published_on=published_on)
    elapsed_ms = (time.perf_counter() - started) * 1000
    return score(extraction, expected), elapsed_ms


def _fmt(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


def summary_row(name: str, s: Score, ms: float | None = None) -> str:
    timing = "" if ms is None else f" {ms:7.1f}"
    return (
        f"{name:28s} {_fmt(s.entity_recall)} {_fmt(s.spurious_share)} {_fmt(s.quantity_f1)} "
        f"{s.non_counts.hits:4d} {_fmt(s.event_recall)} {_fmt(s.events_cited.rate)} "
        f"{_fmt(s.events_dated.rate)} {_fmt(s.events_status.rate)}{timing}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--brief", action="store_true", help="only the figures, not the lists of misses")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON instead of tables")
    parser.add_argument("--expected", type=Path, default=EXPECTED_DIR,
                        help="folder of annotation files (default: tests/data/expected; the fresh held-out set is"
                             " tests/data/holdout/expected)")
    args = parser.parse_args(argv)

    try:
        import eventdb.extract.events  # noqa: F401
    except ImportError as err:
        print(f"the extractor is not complete yet: {err}", file=sys.stderr)
        return 1

    if not args.expected.is_dir():
        print(f"{args.expected}: not a folder of annotation files", file=sys.stderr)
        return 1
    try:
        articles = annotated_articles(args.expected)
        run(articles[0][1])  # warm-up: dictionaries and morphology caches
        results = [(name, *run(expected)) for name, expected in articles]
        held_out = total(s for name, s, _ms in results if name != "seed")
    except (OSError, ValueError, yaml.YAMLError) as err:  # a missing folder or article, a broken annotation
        print(f"{args.expected}: {' '.join(str(err).split())}", file=sys.stderr)
        return 1
    everything = total(s for _name, s, _ms in results)

    if args.json:
        out = {name: {**s.as_dict(), "ms": ms} for name, s, ms in results}
        out["held_out_total"] = held_out.as_dict()
        out["total"] = everything.as_dict()
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0

    for name, s, ms in results:
        print(f"== {name}  ({ms:.1f} ms)")
        print(s.as_table(details=not args.brief))
        print()
    print(f"{'article':28s} {'ent.R':>6s} {'spur.':>6s} {'qty F1':>6s} {'nonc':>4s} {'ev.R':>6s} "
          f"{'cited':>6s} {'date':>6s} {'status':>6s} {'ms':>7s}")
    for name, s, ms in results:
        print(summary_row(name, s, ms))
    print(summary_row("held-out total (micro)", held_out))
    print(summary_row("all (micro)", everything))
    print()
    print("== held-out total (micro)")
    print(held_out.as_table(details=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
