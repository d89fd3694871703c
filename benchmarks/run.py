"""Throughput and scale of eventdb on a generated corpus of Polish articles.

Run:
    .venv/bin/python benchmarks/run.py --quick
    .venv/bin/python benchmarks/run.py --articles 10000 --jobs 2 --events-scale 1000000 --json out.json

Measures, on a throwaway embedded PostgreSQL (or ``--database-url``, whose user needs CREATEDB):

1. extraction articles/s and words/s in 1 process and in ``--jobs`` processes, against a bare
   ``morfeusz2.Morfeusz().analyse(body)`` of the same text (``extract_vs_morfeusz_ratio``);
2. storage rows/s through ``Store.save_many`` against a raw COPY of the same rows into the same
   tables (``store_vs_copy_ratio``);
3. end-to-end ``eventdb load --jobs J`` into a fresh database, its peak memory, and the reload of
   the same files (which must add no rows);
4. latency (median of 5) of ``eventdb summary``, ``eventdb events --actor "North Korea" --since
   2025-01-01`` and ``eventdb quantities --counted worker`` on a database grown to
   ``--events-scale`` events by copying the loaded sources under new ids, with the
   ``EXPLAIN (ANALYZE, BUFFERS)`` of every statement they run.  The listings are timed as the
   commands run them (a table's first page of 100 rows) and with every row (``--format csv``);
   the summary as served after a load (its snapshot), computed afresh, and the refresh a load
   ends with.

Figures are printed and, with ``--json``, written as one JSON object; the plans go to
``--plans`` (default: next to the JSON file, else printed).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import json
import math
import multiprocessing
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402
import sqlalchemy as sa  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

FACT_TABLES = ("sources", "mentions", "events", "event_actors", "attributions", "quantities")
LATENCY_RUNS = 5
ACTOR = "North Korea"
SINCE = "2025-01-01"
COUNTED = "worker"
TARGETS = {
    "extract_vs_morfeusz_ratio": ("<=", 4.0),
    "store_vs_copy_ratio": (">=", 0.30),
    "end_to_end_articles_per_s": (">=", 100.0),
    "summary_s": ("<", 2.0),
    "events_actor_since_s": ("<", 0.2),
    "quantities_counted_s": ("<", 0.2),
    "load_peak_memory_mib": ("<", 1024.0),
    "reload_share_of_first_load": ("<", 0.10),
    "reload_new_rows": ("==", 0),
}


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="eventdb-bench-"))
    work.chmod(0o755)  # the embedded server runs as its own OS user when we are root
    results: dict[str, Any] = {"started_at": dt.datetime.now().isoformat(timespec="seconds"),
                               "command": " ".join([Path(sys.argv[0]).name, *(argv or sys.argv[1:])]),
                               "settings": vars(args).copy()}
    results["settings"].pop("database_url", None)
    plans: list[str] = []
    server = None
    # a rule cache of this run only: the extraction step builds the gazetteer index and leaves it there,
    # as any earlier eventdb command would, and the end-to-end load reads it (rule_cache_warm)
    os.environ["EVENTDB_CACHE_DIR"] = str(work / "rule-cache")
    try:
        results["machine"] = machine()
        step("corpus")
        paths = corpus.write_corpus(work / "corpus", args.articles, seed=args.seed)
        docs = read_documents(paths)
        results["corpus"] = corpus_figures(docs, work / "corpus")
        show(results["corpus"])

        step("extraction")
        results["extraction"], extractions = extraction_figures(docs, args)
        show(results["extraction"])

        server, base_url = database_server(args, work)
        results["machine"]["postgresql"] = server_version(base_url)

        step("storage")
        results["storage"] = storage_figures(base_url, docs, extractions, args)
        show(results["storage"])
        del extractions

        step("end to end load")
        e2e_url, env = end_to_end_target(args, base_url, work)
        results["load"] = load_figures(work / "corpus", len(docs), args.jobs, e2e_url, env)
        show(results["load"])

        step(f"scale to {args.events_scale:,} events")
        results["scale"] = scale_database(e2e_url, args.events_scale)
        show(results["scale"])

        step("latency")
        results["latency"], plans = latency_figures(e2e_url, env, args.timeout, args.slow)
        show({k: v for k, v in results["latency"].items() if k != "statements"})

        step("done")
        results["load_averages"] = LOAD_AVERAGES
        results["targets"] = judge(results)
        results["finished_at"] = dt.datetime.now().isoformat(timespec="seconds")
        report(results)
        write_outputs(args, results, plans)
    finally:
        if args.database_url and not args.keep:
            drop_databases(normalize(args.database_url), CREATED_DATABASES)
        if server is not None:
            with contextlib.suppress(Exception):
                server.stop()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"kept {work}")
    return 0


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000, help="Articles to generate and load.")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="Extraction processes.")
    parser.add_argument("--events-scale", type=int, default=1_000_000, help="Events in the latency database.")
    parser.add_argument("--sample", type=int, default=2000,
                        help="Articles extracted in the extraction step (1 process, a pool of 1, a pool of --jobs)"
                             " and analysed by bare morfeusz2.")
    parser.add_argument("--cold-sample", type=int, default=200,
                        help="Articles extracted with an empty word cache before each (unseen vocabulary).")
    parser.add_argument("--store-articles", type=int, default=2000, help="Articles stored by the storage step.")
    parser.add_argument("--batch-size", type=int, default=64, help="Documents per Store.save_many call.")
    parser.add_argument("--timeout", type=float, default=120.0, help="statement_timeout of the latency queries (s).")
    parser.add_argument("--slow", type=float, default=2.0, help="A latency call slower than this (s) is run once.")
    parser.add_argument("--seed", type=int, default=0, help="Seed of the corpus generator.")
    parser.add_argument("--database-url", help="A PostgreSQL server to use instead of a throwaway embedded one.")
    parser.add_argument("--json", type=Path, help="Write the figures to this JSON file.")
    parser.add_argument("--plans", type=Path, help="Write the EXPLAIN plans to this file.")
    parser.add_argument("--profile", type=Path, help="Write cProfile statistics of extraction and storage here.")
    parser.add_argument("--quick", action="store_true", help="200 articles, 50,000 events: under 2 minutes.")
    parser.add_argument("--keep", action="store_true", help="Keep the working directory (corpus, database).")
    args = parser.parse_args(argv)
    if args.quick:
        args.articles, args.events_scale, args.cold_sample = 200, 50_000, 50
    args.sample = min(args.sample, args.articles)
    args.store_articles = min(args.store_articles, args.sample)
    return args


# -- output ------------------------------------------------------------------------------------------


LOAD_AVERAGES: dict[str, list[float]] = {}


def step(name: str) -> None:
    """Announce a step; remember the machine's load average at its start (other work skews timings)."""
    LOAD_AVERAGES[name] = [round(x, 2) for x in os.getloadavg()]
    print(f"\n== {name} ({time.strftime('%H:%M:%S')}, load average {LOAD_AVERAGES[name][0]:.2f})", flush=True)


def show(figures: dict[str, Any]) -> None:
    for key, value in figures.items():
        if isinstance(value, float):
            value = f"{value:,.4g}" if abs(value) < 1000 else f"{value:,.0f}"
        elif isinstance(value, int):
            value = f"{value:,}"
        print(f"  {key:42s} {value}", flush=True)


def machine() -> dict[str, Any]:
    import morfeusz2
    import psutil

    return {
        "cores": os.cpu_count(), "ram_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "cpu": _cpu_model(), "python": platform.python_version(),
        "python_executable": os.path.realpath(sys.executable), "python_build": sys.version, "platform": platform.platform(),
        "morfeusz2": getattr(morfeusz2, "__version__", "?"), "source": _git_state(),
        "tree": str(ROOT),
    }


def _git_state() -> str:
    """The commit measured, and whether the work tree had changes on top of it.

    A tree exported with ``git archive`` (to measure a commit while others edit the work tree)
    has no .git: ``EVENTDB_BENCH_SOURCE`` names what it is.
    """
    if os.environ.get("EVENTDB_BENCH_SOURCE"):
        return os.environ["EVENTDB_BENCH_SOURCE"]
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + (" + uncommitted changes" if dirty else "")


def _cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor()


def judge(results: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each issue target with the measured value and whether it is met."""
    values = {
        "extract_vs_morfeusz_ratio": results["extraction"]["extract_vs_morfeusz_ratio"],
        "store_vs_copy_ratio": results["storage"]["store_vs_copy_ratio"],
        "end_to_end_articles_per_s": results["load"]["end_to_end_articles_per_s"],
        "summary_s": results["latency"]["summary_library_s"],
        "events_actor_since_s": results["latency"]["events_library_s"],
        "quantities_counted_s": results["latency"]["quantities_library_s"],
        "load_peak_memory_mib": results["load"]["peak_tree_pss_mib"],
        "reload_share_of_first_load": results["load"]["reload_share_of_first_load"],
        "reload_new_rows": results["load"]["reload_new_rows"],
    }
    checks: dict[str, Callable[[float, float], bool]] = {
        "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b, "<": lambda a, b: a < b, "==": lambda a, b: a == b,
    }
    return {name: {"value": values[name], "target": f"{op} {limit}",
                   "met": values[name] is not None and checks[op](values[name], limit)}
            for name, (op, limit) in TARGETS.items()}


def report(results: dict[str, Any]) -> None:
    step("targets")
    for name, t in results["targets"].items():
        value = t["value"]
        shown = f"{value:,.4g}" if isinstance(value, float) else "timed out" if value is None else str(value)
        print(f"  {'met ' if t['met'] else 'MISS'}  {name:32s} {shown:>12s}  (target {t['target']})")


def write_outputs(args: argparse.Namespace, results: dict[str, Any], plans: list[str]) -> None:
    text = "\n\n".join(plans)
    plans_path = args.plans or (args.json.with_suffix(".plans.txt") if args.json else None)
    if plans_path:
        plans_path.write_text(text + "\n", encoding="utf-8")
        print(f"\nplans written to {plans_path}")
    else:
        step("EXPLAIN (ANALYZE, BUFFERS)")
        print(text)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
        print(f"figures written to {args.json}")


# -- corpus ------------------------------------------------------------------------------------------


def read_documents(paths: Sequence[Path]) -> list[Any]:
    from eventdb.documents import parse_text

    return [parse_text(p.read_text(encoding="utf-8"), str(p)) for p in paths]


def corpus_figures(docs: Sequence[Any], directory: Path) -> dict[str, Any]:
    words = [len(d.body.split()) for d in docs]
    forms = {w.strip(".,;:„”\"()–-") for d in docs for w in d.body.split()}
    return {
        "articles": len(docs), "words": sum(words), "words_per_article_mean": statistics.mean(words),
        "words_per_article_min": min(words), "words_per_article_max": max(words),
        "distinct_word_forms": len(forms), "bytes": sum(p.stat().st_size for p in directory.iterdir()),
    }


# -- extraction --------------------------------------------------------------------------------------


def extraction_figures(docs: Sequence[Any], args: argparse.Namespace) -> tuple[dict[str, Any], list[Any]]:
    """Single-process and pooled extraction rates, and the bare morfeusz2 baseline."""
    import morfeusz2

    from eventdb.extract import extract
    from eventdb.extract import text as text_stage
    from eventdb.extract.gazetteer import Gazetteer

    started = time.perf_counter()
    gazetteer = Gazetteer.default()
    extract(docs[0].body, language=docs[0].language, published_on=docs[0].published_on, gazetteer=gazetteer)
    warmup = time.perf_counter() - started

    sample = docs[: args.sample]
    sample_words = sum(len(d.body.split()) for d in sample)
    profiler = _profiler(args)
    started, cpu_started = time.perf_counter(), time.process_time()
    with profiler:
        for d in sample:
            extract(d.body, language=d.language, published_on=d.published_on, gazetteer=gazetteer)
    single, single_cpu = time.perf_counter() - started, time.process_time() - cpu_started
    _dump_profile(profiler, args, "extract")

    # the same text with an empty word cache before every article: the cost of unseen vocabulary
    cold_sample = sample[: min(len(sample), args.cold_sample)]
    started = time.perf_counter()
    for d in cold_sample:
        text_stage.analyse_word.cache_clear()
        text_stage._lemmas.cache_clear()
        extract(d.body, language=d.language, published_on=d.published_on, gazetteer=gazetteer)
    cold = time.perf_counter() - started

    started = time.perf_counter()
    analyser = morfeusz2.Morfeusz()
    morfeusz_init = time.perf_counter() - started
    started, cpu_started = time.perf_counter(), time.process_time()
    for d in sample:
        analyser.analyse(d.body)
    bare, bare_cpu = time.perf_counter() - started, time.process_time() - cpu_started

    # pools start with empty word caches, as the workers of `eventdb load` do
    text_stage.analyse_word.cache_clear()
    text_stage._lemmas.cache_clear()
    _, pooled_one, _ = pooled_extraction(sample, 1, gazetteer, 0)
    text_stage.analyse_word.cache_clear()
    text_stage._lemmas.cache_clear()
    kept, pooled, counts = pooled_extraction(sample, args.jobs, gazetteer, args.store_articles)
    figures = {
        "warmup_s": warmup,
        "single_articles": len(sample),
        "single_articles_per_s": len(sample) / single,
        "single_words_per_s": sample_words / single,
        "single_ms_per_article": single / len(sample) * 1000,
        "cold_cache_ms_per_article": cold / len(cold_sample) * 1000,
        "morfeusz_init_s": morfeusz_init,
        "morfeusz_ms_per_article": bare / len(sample) * 1000,
        "morfeusz_articles_per_s": len(sample) / bare,
        "extract_vs_morfeusz_ratio": single / bare,
        "single_cpu_ms_per_article": single_cpu / len(sample) * 1000,
        "morfeusz_cpu_ms_per_article": bare_cpu / len(sample) * 1000,
        "extract_vs_morfeusz_cpu_ratio": single_cpu / bare_cpu,
        "extract_cold_vs_morfeusz_ratio": (cold / len(cold_sample)) / (bare / len(sample)),
        "pool1_articles_per_s": len(sample) / pooled_one,
        "jobs": args.jobs,
        "pooled_articles": len(sample),
        "pooled_articles_per_s": len(sample) / pooled,
        "pooled_words_per_s": sample_words / pooled,
        "pooled_speedup_vs_single": single / pooled,
        "pooled_speedup_vs_pool1": pooled_one / pooled,
        **{f"per_article_{k}": v / len(sample) for k, v in counts.items()},
    }
    return figures, kept


_POOL_GAZETTEER: Any = None


def _extract_light(doc: Any) -> tuple[Any, Any]:
    """Extract in a worker and drop the tokens (what ``eventdb load`` sends back to the parent, too)."""
    from eventdb.extract import extract

    ex = extract(doc.body, language=doc.language, published_on=doc.published_on, gazetteer=_POOL_GAZETTEER)
    ex.sentences = [dataclasses.replace(s, tokens=()) for s in ex.sentences]
    return doc, ex


def pooled_extraction(docs: Sequence[Any], jobs: int, gazetteer: Any, keep: int) -> tuple[list[Any], float, dict]:
    """Extract every document in ``jobs`` forked processes; keep the first ``keep`` results."""
    global _POOL_GAZETTEER
    _POOL_GAZETTEER = gazetteer
    gazetteer.index  # noqa: B018  (built before forking, shared by the workers)
    kept: list[Any] = []
    counts = {"events": 0, "quantities": 0, "mentions": 0, "attributions": 0}
    ctx = multiprocessing.get_context("fork")
    started = time.perf_counter()
    with ctx.Pool(jobs) as pool:
        for n, (doc, ex) in enumerate(pool.imap(_extract_light, docs, chunksize=4)):
            counts["events"] += len(ex.events)
            counts["quantities"] += len(ex.quantities)
            counts["mentions"] += len(ex.mentions)
            counts["attributions"] += sum(len(e.attributions) for e in ex.events)
            if n < keep:
                kept.append((doc, ex))
    return kept, time.perf_counter() - started, counts


@contextlib.contextmanager
def _nothing() -> Iterator[None]:
    yield


def _profiler(args: argparse.Namespace) -> Any:
    if not args.profile:
        return _nothing()
    import cProfile

    return cProfile.Profile()


def _dump_profile(profiler: Any, args: argparse.Namespace, name: str) -> None:
    if not args.profile:
        return
    import pstats

    args.profile.mkdir(parents=True, exist_ok=True)
    profiler.dump_stats(args.profile / f"{name}.prof")
    with (args.profile / f"{name}.txt").open("w") as out:
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(60)
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(40)


# -- database ----------------------------------------------------------------------------------------


def database_server(args: argparse.Namespace, work: Path) -> tuple[Any, str]:
    """A server URL (its maintenance database); starts a throwaway embedded server without --database-url."""
    if args.database_url:
        return None, normalize(args.database_url)
    from eventdb.db import embedded_server

    server = embedded_server(work / "home")
    url = server.start()  # also makes this process a holder: the server lives until we stop it
    return server, url


def server_version(url: str) -> str:
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        version = str(conn.scalar(sa.text("show server_version")))
    engine.dispose()
    return version


CREATED_DATABASES: list[str] = []


def fresh_database(base_url: str, name: str) -> str:
    """Create (or recreate) an empty database on the server of ``base_url``; returns its URL."""
    admin = sa.create_engine(base_url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    with admin.connect() as conn:
        conn.execute(sa.text(f'drop database if exists "{name}" with (force)'))
        conn.execute(sa.text(f'create database "{name}"'))
    admin.dispose()
    CREATED_DATABASES.append(name)
    return make_url(base_url).set(database=name).render_as_string(hide_password=False)


def drop_databases(base_url: str, names: Sequence[str]) -> None:
    """Remove the databases this run created on a server given by --database-url."""
    admin = sa.create_engine(base_url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    with contextlib.suppress(sa.exc.DBAPIError), admin.connect() as conn:
        for name in names:
            conn.execute(sa.text(f'drop database if exists "{name}" with (force)'))
    admin.dispose()


def normalize(url: str) -> str:
    from eventdb.config import normalize_url

    return normalize_url(url)


def table_counts(engine: sa.Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t: int(conn.scalar(sa.text(f"select count(*) from {t}"))) for t in FACT_TABLES}


# -- storage -----------------------------------------------------------------------------------------


def storage_figures(base_url: str, docs: Sequence[Any], extractions: Sequence[Any],
                    args: argparse.Namespace) -> dict[str, Any]:
    """Store.save_many rows/s, then a raw COPY of exactly those rows into the emptied tables."""
    from eventdb import api

    url = fresh_database(base_url, "eventdb_bench_store")
    db = api.open_database(url)
    store = api.make_store(db)
    profiler = _profiler(args)
    started = time.perf_counter()
    with profiler:
        for start in range(0, len(extractions), args.batch_size):
            results = store.save_many(extractions[start : start + args.batch_size])
            failed = [r for r in results if r.status != "loaded"]
            if failed:
                raise RuntimeError(f"storage failed: {failed[0]}")
    stored = time.perf_counter() - started
    _dump_profile(profiler, args, "store")
    counts = table_counts(db.engine)
    rows = sum(counts.values())

    dumps: dict[str, bytes] = {}
    raw = db.engine.raw_connection()
    try:
        psycopg_conn = raw.driver_connection
        assert psycopg_conn is not None
        cur = psycopg_conn.cursor()
        for table in FACT_TABLES:
            with cur.copy(f"copy {table} to stdout") as copy:
                dumps[table] = b"".join(bytes(chunk) for chunk in copy)
        cur.execute("truncate " + ", ".join(FACT_TABLES))
        psycopg_conn.commit()
        started = time.perf_counter()
        for table in FACT_TABLES:
            with cur.copy(f"copy {table} from stdin") as copy:
                copy.write(dumps[table])
        psycopg_conn.commit()
        copied = time.perf_counter() - started
    finally:
        raw.close()
    if table_counts(db.engine) != counts:
        raise RuntimeError("the raw COPY did not restore the same rows")
    db.dispose()
    return {
        "articles": len(extractions), "batch_size": args.batch_size, "rows": rows,
        **{f"rows_{t}": n for t, n in counts.items()},
        "store_s": stored, "store_rows_per_s": rows / stored, "store_articles_per_s": len(extractions) / stored,
        "copy_s": copied, "copy_rows_per_s": rows / copied, "copy_mib": sum(map(len, dumps.values())) / 2**20,
        "store_vs_copy_ratio": copied / stored,
    }


# -- end to end --------------------------------------------------------------------------------------


def end_to_end_target(args: argparse.Namespace, base_url: str, work: Path) -> tuple[str, dict[str, str]]:
    """The database `eventdb load` writes to, and the environment that points the command at it.

    Embedded: the default database of the throwaway EVENTDB_HOME (the server already runs, so the
    command joins it); with --database-url: a fresh database on that server.
    """
    env = {k: v for k, v in os.environ.items() if k not in ("EVENTDB_DATABASE_URL", "EVENTDB_HOME")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])
    if args.database_url:
        url = fresh_database(base_url, "eventdb_bench_load")
        env["EVENTDB_DATABASE_URL"] = url
    else:
        url = base_url
        env["EVENTDB_HOME"] = str(work / "home")
    from eventdb import api

    db = api.open_database(url)  # the schema, so the load measures loading only
    db.dispose()
    return url, env


def load_figures(directory: Path, articles: int, jobs: int, url: str, env: dict[str, str]) -> dict[str, Any]:
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    command = [sys.executable, "-m", "eventdb", "load", "--jobs", str(jobs), str(directory)]
    cache = Path(env.get("EVENTDB_CACHE_DIR", ""))
    warm = bool(env.get("EVENTDB_CACHE_DIR")) and any(cache.glob("*.pickle"))
    first = run_measured(command, env)
    after_first = table_counts(engine)
    again = run_measured(command, env)
    after_reload = table_counts(engine)
    engine.dispose()
    if after_first["sources"] != articles:
        raise RuntimeError(f"loaded {after_first['sources']} of {articles} articles: {first['output']}")
    return {
        "jobs": jobs, "articles": articles, "rule_cache_warm": warm, "load_s": first["seconds"],
        "end_to_end_articles_per_s": articles / first["seconds"],
        "rows": sum(after_first.values()), **{f"rows_{t}": n for t, n in after_first.items()},
        "load_cpu_s": first["cpu_s"], "load_cpu_ms_per_article": first["cpu_s"] / articles * 1000,
        "peak_tree_rss_mib": first["peak_rss_mib"], "peak_tree_pss_mib": first["peak_pss_mib"],
        "peak_single_process_maxrss_mib": first["maxrss_mib"],
        "load_output": first["output"],
        "reload_s": again["seconds"], "reload_share_of_first_load": again["seconds"] / first["seconds"],
        "reload_new_rows": sum(after_reload.values()) - sum(after_first.values()),
        "reload_output": again["output"],
    }


_RUSAGE_WRAPPER = (
    "import json, resource, subprocess, sys; r = subprocess.run(sys.argv[1:]);"
    "u = resource.getrusage(resource.RUSAGE_CHILDREN);"
    "print(json.dumps({'rc': r.returncode, 'maxrss_kib': u.ru_maxrss, 'cpu_s': u.ru_utime + u.ru_stime}),"
    " file=sys.stderr)"
)


def run_measured(command: Sequence[str], env: dict[str, str]) -> dict[str, Any]:
    """Run a command: wall time, output, CPU time of its processes, and peak memory.

    Memory: the peak of the summed RSS and PSS of the command's process tree (sampled five times
    a second from /proc/PID/smaps_rollup; PSS shares copy-on-write pages between forked workers
    fairly), and the largest ru_maxrss of a single process.
    """
    import psutil

    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", _RUSAGE_WRAPPER, *command], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = {"rss": 0, "pss": 0}
    done = threading.Event()

    def sample() -> None:
        root = psutil.Process(proc.pid)
        while not done.is_set():
            rss = pss = 0
            with contextlib.suppress(psutil.Error):
                for p in [root, *root.children(recursive=True)]:
                    memory = _rollup(p.pid)
                    rss += memory.get("Rss", 0)
                    pss += memory.get("Pss", 0)
            peak["rss"], peak["pss"] = max(peak["rss"], rss), max(peak["pss"], pss)
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    usage = json.loads(err.strip().splitlines()[-1])
    if usage["rc"] != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({usage['rc']}): {out[-2000:]} {err[-2000:]}")
    return {"seconds": seconds, "output": out.strip().splitlines()[-1] if out.strip() else "",
            "cpu_s": usage["cpu_s"], "peak_rss_mib": peak["rss"] / 2**20, "peak_pss_mib": peak["pss"] / 2**20,
            "maxrss_mib": usage["maxrss_kib"] / 1024}


def _rollup(pid: int) -> dict[str, int]:
    """Rss and Pss of a process in bytes (empty if it is gone)."""
    values: dict[str, int] = {}
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in ("Rss", "Pss"):
                values[key] = int(rest.split()[0]) * 1024
    return values


# -- scale -------------------------------------------------------------------------------------------


def scale_database(url: str, target_events: int) -> dict[str, Any]:
    """Copy the loaded sources with their facts under new ids until there are ``target_events`` events.

    Copy c of source s gets id s + c·S (S = the highest source id); every fact id is shifted the
    same way, so primary keys, unique keys and foreign keys stay valid.  The body gets a marker
    line (spans stay valid: they point before it) and its own sha256.
    """
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    started = time.perf_counter()
    with engine.begin() as conn:
        top = {t: int(conn.scalar(sa.text(f"select coalesce(max(id), 0) from {t}")))
               for t in ("sources", "events", "mentions", "quantities", "attributions")}
        base_events = int(conn.scalar(sa.text("select count(*) from events")))
        columns = {t: [r[0] for r in conn.execute(sa.text(
            "select column_name from information_schema.columns where table_name = :t and table_schema = 'public'"
            " order by ordinal_position"), {"t": t})] for t in FACT_TABLES}
        copies = 0
        events = base_events
        while events < target_events and base_events:
            copies += 1
            cutoff = _source_cutoff(conn, top["sources"], target_events - events)
            for table in FACT_TABLES:
                conn.execute(sa.text(_copy_statement(table, columns[table], copies, top, cutoff)))
            events = int(conn.scalar(sa.text("select count(*) from events")))
        for table in ("sources", *(t for t in top if t != "sources")):
            conn.execute(sa.text(
                f"select setval(pg_get_serial_sequence('{table}', 'id'), (select max(id) from {table}))"))
    built = time.perf_counter() - started
    started = time.perf_counter()
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(sa.text("vacuum (analyze)"))  # as autovacuum would after a bulk insert: hint bits, visibility map
    analyzed = time.perf_counter() - started
    counts = table_counts(engine)
    with engine.connect() as conn:
        size = int(conn.scalar(sa.text("select pg_database_size(current_database())")))
    engine.dispose()
    return {"copies": copies, "build_s": built, "analyze_s": analyzed, "database_mib": size / 2**20,
            **{f"rows_{t}": n for t, n in counts.items()}}


def _source_cutoff(conn: sa.Connection, top_source: int, needed: int) -> int:
    """The highest original source id whose copy still adds events we need (all of them if short)."""
    found = conn.scalar(sa.text(
        "select source_id from (select source_id, sum(count(*)) over (order by source_id) as total"
        " from events where source_id <= :top group by source_id) x where total >= :needed"
        " order by source_id limit 1"), {"top": top_source, "needed": needed})
    return int(found) if found is not None else top_source


def _copy_statement(table: str, columns: Sequence[str], copy: int, top: dict[str, int], cutoff: int) -> str:
    shifted = {
        "source_id": f"source_id + {copy * top['sources']}",
        "event_id": f"event_id + {copy * top['events']}",
    }
    marker = f"E'\\n\\n[{copy}]'"
    if table == "sources":
        shifted.update({
            "id": f"id + {copy * top['sources']}",
            "body": f"body || {marker}",
            "sha256": f"encode(sha256(convert_to(body || {marker}, 'UTF8')), 'hex')",
            "origin": f"origin || '#{copy}'",
        })
        where = f"id <= {cutoff}"
    else:
        if table in top:
            shifted["id"] = f"id + {copy * top[table]}"
        where = f"source_id <= {cutoff}"
    select = ", ".join(shifted.get(c, c) for c in columns)
    return f"insert into {table} ({', '.join(columns)}) select {select} from {table} where {where}"


# -- latency -----------------------------------------------------------------------------------------


def latency_figures(url: str, env: dict[str, str], timeout_s: float, slow_s: float) -> tuple[dict[str, Any], list[str]]:
    """Median of 5: the library call behind each command, then the command line (a new process each time).

    Every statement runs under ``statement_timeout``; a call slower than ``slow_s`` is run once.
    """
    from eventdb import api, reports
    from eventdb.cli.report_commands import TABLE_ROWS

    page = TABLE_ROWS + 1  # what a command asks for when it prints a table (the first page, and whether there is more)
    commands: dict[str, tuple[list[str] | None, Callable[[Any], Any]]] = {
        "summary": (["summary"], lambda db: reports.summary(db)),
        "summary_fresh": (None, lambda db: reports.summary(db, fresh=True)),
        "events": (["events", "--actor", ACTOR, "--since", SINCE],
                   lambda db: reports.events(db, actor=ACTOR, since=SINCE, limit=page)),
        "events_all": (["events", "--actor", ACTOR, "--since", SINCE, "--format", "csv"],
                       lambda db: reports.events(db, actor=ACTOR, since=SINCE)),
        "quantities": (["quantities", "--counted", COUNTED],
                       lambda db: reports.quantities(db, counted=COUNTED, limit=page)),
        "quantities_all": (["quantities", "--counted", COUNTED, "--format", "csv"],
                           lambda db: reports.quantities(db, counted=COUNTED)),
    }
    timeout_ms = int(timeout_s * 1000)
    env = {**env, "PGOPTIONS": f"-c statement_timeout={timeout_ms}"}
    db = api.open_database(url)
    sa.event.listen(db.engine, "connect", lambda conn, _record: _set_timeout(conn, timeout_ms))
    db.engine.dispose()  # new connections get the timeout
    figures: dict[str, Any] = {"runs": LATENCY_RUNS, "statement_timeout_s": timeout_s}
    # the grown database is a change like a load: count it, and time the summary refresh a load ends with
    with db.engine.begin() as conn:
        conn.execute(sa.text("update meta set value = (value::bigint + 1)::text where key = 'data_version'"))
    started = time.perf_counter()
    api._refresh_summary(db)
    figures["summary_refresh_s"] = time.perf_counter() - started
    statements: dict[str, list[dict[str, Any]]] = {}
    plans: list[str] = []
    for name, (cli_args, call) in commands.items():
        library: list[float] = []
        rows: int | None = None
        captured: list[list[Any]] = []
        timed_out = False
        for run in range(LATENCY_RUNS):
            with capture_statements(db.engine) as log:
                started = time.perf_counter()
                try:
                    result = call(db)
                except sa.exc.DBAPIError as exc:
                    if "statement timeout" not in str(exc) and "canceling statement" not in str(exc):
                        raise
                    timed_out = True
                library.append(time.perf_counter() - started)
            if run == 0:
                captured = log
                if not timed_out:
                    rows = sum(len(df) for df in result.values()) if isinstance(result, dict) else len(result)
            if timed_out or library[-1] > slow_s:
                break
        cli: list[float] = []
        for _ in range(len(library) if not timed_out and cli_args else 0):
            started = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "eventdb", *cli_args], env=env, cwd=ROOT,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            cli.append(time.perf_counter() - started)
            if done.returncode != 0:
                raise RuntimeError(f"eventdb {' '.join(cli_args)} failed: {done.stderr[-2000:]}")
        figures[f"{name}_library_s"] = None if timed_out else statistics.median(library)
        figures[f"{name}_cli_s"] = statistics.median(cli) if cli else None
        figures[f"{name}_runs"] = len(library)
        figures[f"{name}_timed_out"] = timed_out
        figures[f"{name}_rows"] = rows
        statements[name] = []
        for statement, params, seconds in captured:
            if not statement.lstrip().lower().startswith(("select", "with")):
                continue  # the snapshot write and session settings: not a query to explain (or to run again)
            analyze = seconds is not None
            plan = explain(db.engine, statement, params, analyze=analyze)
            statements[name].append({"seconds": seconds, "sql": " ".join(statement.split())[:300],
                                     "execution_ms": plan_time(plan), "key_lines": key_lines(plan)})
            took = f"{seconds * 1000:.1f} ms" if analyze else f"timed out after {timeout_s:g} s; plan without ANALYZE"
            label = f"eventdb {' '.join(cli_args)}" if cli_args else name
            plans.append(f"-- {label}  ({took} in the library call)\n"
                         f"-- {' '.join(statement.split())}\n{plan}")
    start_cost = []
    for _ in range(LATENCY_RUNS):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "eventdb", "--help"], env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                       check=True)
        start_cost.append(time.perf_counter() - started)
    figures["cli_startup_s"] = statistics.median(start_cost)
    figures["statements"] = statements
    db.dispose()
    return figures, plans


def _set_timeout(dbapi_connection: Any, timeout_ms: int) -> None:
    with dbapi_connection.cursor() as cur:
        cur.execute(f"set statement_timeout = {timeout_ms}")
    dbapi_connection.commit()


@contextlib.contextmanager
def capture_statements(engine: sa.Engine) -> Iterator[list[list[Any]]]:
    """Record every statement run on ``engine``: [statement, parameters, seconds or None if it failed]."""
    log: list[list[Any]] = []
    open_: dict[int, tuple[list[Any], float]] = {}

    def before(conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
        entry = [statement, params, None]
        log.append(entry)
        open_[id(cursor)] = (entry, time.perf_counter())

    def after(conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
        entry, started = open_.pop(id(cursor), (None, 0.0))
        if entry is not None:
            entry[2] = time.perf_counter() - started

    sa.event.listen(engine, "before_cursor_execute", before)
    sa.event.listen(engine, "after_cursor_execute", after)
    try:
        yield log
    finally:
        sa.event.remove(engine, "before_cursor_execute", before)
        sa.event.remove(engine, "after_cursor_execute", after)


def explain(engine: sa.Engine, statement: str, params: Any, *, analyze: bool = True) -> str:
    """The plan of a statement: run (ANALYZE, BUFFERS) when it finished in time, else estimated only."""
    options = "(analyze, buffers) " if analyze else ""
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(f"explain {options}" + statement, params or None).all()
    return "\n".join(r[0] for r in rows)


def plan_time(plan: str) -> float:
    for line in plan.splitlines():
        if line.startswith("Execution Time:"):
            return float(line.split(":")[1].split()[0])
    return math.nan


def key_lines(plan: str, limit: int = 14) -> list[str]:
    """The lines that explain where the time goes: the top node, scans, joins, sorts, subplans, totals."""
    lines = plan.splitlines()
    keep = [lines[0].strip()] if lines else []
    words = ("Seq Scan", "Index", "Bitmap", "Join", "Sort Method", "SubPlan", "Aggregate", "Rows Removed", "Workers")
    for line in lines[1:]:
        if any(w in line for w in words) and len(keep) < limit:
            keep.append(line.strip())
    keep += [line.strip() for line in lines if line.startswith(("Planning Time", "Execution Time"))]
    return keep


if __name__ == "__main__":
    sys.exit(main())
