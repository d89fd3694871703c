"""CPU time of each extraction stage per article, on the generated corpus.

Runs ``extract()`` over ``--articles`` generated articles (after one warm-up article, so the
reference data is loaded and the word cache holds the first article's words) and charges the
process CPU time (``time.process_time``) to the stage running: ``text`` (tokens, readings,
sentences), ``mentions``, ``dates``, ``quantities``, ``attribution`` (cues and chains, called from
the events stage) and ``events`` (the rest of that stage).  Then the same bodies through a bare
``morfeusz2.Morfeusz().analyse(body)`` for the ratio.  The total is measured in passes without
timers, the stages in passes with them, over the same articles; with ``--repeat N`` each figure is
the least of N passes (other work on the machine only ever adds time).  ``--profile FILE`` writes
cProfile statistics of the extraction loop instead of the per-stage figures.

    .venv/bin/python benchmarks/profile_extract.py --articles 300 --repeat 3
    .venv/bin/python benchmarks/profile_extract.py --articles 300 --profile /tmp/extract.prof
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import corpus  # noqa: E402

STAGES = ("text", "mentions", "dates", "quantities", "attribution", "events")


class _Clock:
    """Charges CPU time to the innermost stage running (a stage called inside another is not
    counted twice)."""

    def __init__(self) -> None:
        self.spent = dict.fromkeys(STAGES, 0.0)
        self._stack: list[str] = []
        self._since = 0.0

    def wrap(self, stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            now = time.process_time()
            if self._stack:
                self.spent[self._stack[-1]] += now - self._since
            self._stack.append(stage)
            self._since = now
            try:
                return fn(*args, **kwargs)
            finally:
                now = time.process_time()
                self.spent[self._stack.pop()] += now - self._since
                self._since = now

        return timed


def _instrument(clock: _Clock) -> None:
    from eventdb.extract import attribution, dates, events, mentions, quantities, text

    text.split_sentences = clock.wrap("text", text.split_sentences)
    mentions.find_mentions = clock.wrap("mentions", mentions.find_mentions)
    dates.find_dates = clock.wrap("dates", dates.find_dates)
    quantities.find_quantities = clock.wrap("quantities", quantities.find_quantities)
    events.find_events = clock.wrap("events", events.find_events)
    for name in ("find_cues", "chain_at", "word_keys", "find_attributions"):
        if hasattr(events, name):
            setattr(events, name, clock.wrap("attribution", getattr(events, name)))
        setattr(attribution, name, clock.wrap("attribution", getattr(attribution, name)))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=1,
                        help="Passes of each kind; the least CPU time of each figure is shown (a shared machine).")
    parser.add_argument("--profile", type=Path, help="Write cProfile statistics here (no per-stage figures).")
    args = parser.parse_args(argv)

    import morfeusz2

    from eventdb.extract import extract
    from eventdb.extract.gazetteer import Gazetteer

    articles = list(corpus.generate_corpus(args.articles + 1, seed=args.seed))
    warmup, sample = articles[0], articles[1:]
    gazetteer = Gazetteer.default()
    extract(warmup.body, published_on=warmup.published_on, gazetteer=gazetteer)

    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for a in sample:
            extract(a.body, published_on=a.published_on, gazetteer=gazetteer)
        profiler.disable()
        profiler.dump_stats(args.profile)
        return 0

    total = timed_total = bare = float("inf")
    for _ in range(args.repeat):
        started = time.process_time()
        for a in sample:
            extract(a.body, published_on=a.published_on, gazetteer=gazetteer)
        total = min(total, time.process_time() - started)

    # then passes with every stage timed (the timers themselves cost a little)
    clock = _Clock()
    _instrument(clock)
    spent = dict.fromkeys(STAGES, float("inf"))
    for _ in range(args.repeat):
        clock.spent = dict.fromkeys(STAGES, 0.0)
        started = time.process_time()
        for a in sample:
            extract(a.body, published_on=a.published_on, gazetteer=gazetteer)
        elapsed = time.process_time() - started
        if elapsed < timed_total:
            timed_total, rest = elapsed, elapsed - sum(clock.spent.values())
        spent = {stage: min(spent[stage], clock.spent[stage]) for stage in STAGES}

    analyser = morfeusz2.Morfeusz()
    for _ in range(args.repeat):
        started = time.process_time()
        for a in sample:
            analyser.analyse(a.body)
        bare = min(bare, time.process_time() - started)

    n = len(sample)
    for stage in STAGES:
        print(f"{stage:12s} {spent[stage] / n * 1000:7.2f} ms/article")
    print(f"{'(assembly)':12s} {rest / n * 1000:7.2f} ms/article")
    print(f"{'(timed)':12s} {timed_total / n * 1000:7.2f} ms/article CPU, with the stage timers")
    print(f"{'extract()':12s} {total / n * 1000:7.2f} ms/article CPU, no timers")
    print(f"{'morfeusz2':12s} {bare / n * 1000:7.2f} ms/article CPU")
    print(f"{'ratio':12s} {total / bare:7.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
