"""The library behind the command line: open a database, load articles, read summaries.

The CLI only parses options, calls one function here and renders the result.
"""

from __future__ import annotations

import functools
import gc
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from eventdb import migrate
from eventdb.config import Settings, settings
from eventdb.db import DatabaseError, connect_engine, read_only, server_message

TABLES = (
    "sources", "actors", "facilities", "locations", "aliases", "events", "event_types", "event_actors",
    "quantities", "attributions", "mentions",
)
VIEWS = ("v_events", "v_quantities", "v_actors", "v_facilities", "v_locations", "v_claims", "v_timeline")


class QueryError(Exception):
    """An ad-hoc query failed; the message is the server's own, on one line."""


@dataclass
class Database:
    """An engine on a database whose schema is at the head revision."""

    engine: Engine
    settings: Settings

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(
    database_url: str | None = None, home: str | Path | None = None, *, check_schema: bool = True
) -> Database:
    """Connect (starting the embedded server if no URL is set) and make sure the schema is current."""
    cfg = settings(database_url, home)
    engine = connect_engine(cfg)
    if check_schema:
        migrate.ensure_schema(engine)
    return Database(engine, cfg)


connect = open_database


# -- loading -------------------------------------------------------------------------------------


@dataclass
class LoadReport:
    loaded: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    source_ids: list[int] = field(default_factory=list)

    @property
    def line(self) -> str:
        return f"loaded {self.loaded}, unchanged {self.unchanged}, failed {self.failed}"


@functools.cache
def _default_gazetteer() -> Any:
    from eventdb.extract.gazetteer import Gazetteer

    return Gazetteer.default()


_GAZETTEER_KEY = "gazetteer:"


def user_gazetteer_files(db: Database) -> list[tuple[str, str]]:
    """(name, YAML text) of the gazetteer files imported into this database, in name order."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            sa.text("select key, value from meta where key like :p order by key"), {"p": _GAZETTEER_KEY + "%"}
        ).all()
    return [(r.key[len(_GAZETTEER_KEY):], r.value) for r in rows]


@functools.lru_cache(maxsize=4)
def _gazetteer_with(files: tuple[tuple[str, str], ...]) -> Any:
    from eventdb.extract.gazetteer import Gazetteer

    return Gazetteer.with_texts(list(files)) if files else _default_gazetteer()


def gazetteer_for(db: Database) -> Any:
    """The shipped gazetteer plus the files imported into this database."""
    return _gazetteer_with(tuple(user_gazetteer_files(db)))


def import_gazetteer(db: Database, path: str | Path) -> dict[str, Any]:
    """Check a user gazetteer file against the shipped data, store it in the database, sync entities.

    Raises ``GazetteerError`` (one line) if the file has problems; nothing is stored then.
    Run ``reextract`` afterwards to apply it to sources already loaded.
    """
    from eventdb.extract.gazetteer import Gazetteer, GazetteerError

    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GazetteerError(f"{file}: cannot read: {exc}") from None
    name = file.name
    others = [(n, t) for n, t in user_gazetteer_files(db) if n != name]
    gazetteer = Gazetteer.with_texts([*others, (name, text)])  # raises on the first problem
    with db.engine.begin() as conn:
        conn.execute(
            sa.text("insert into meta (key, value) values (:k, :v) on conflict (key) do update set value = :v"),
            {"k": _GAZETTEER_KEY + name, "v": text},
        )
    make_store(db, gazetteer)
    added = len(gazetteer.entries) - len(_default_gazetteer().entries)
    return {"file": name, "entries": len(gazetteer.entries), "new_entries": added}


def remove_gazetteer(db: Database, name: str) -> bool:
    """Forget an imported gazetteer file (its entities stay; reextract to drop their mentions)."""
    with db.engine.begin() as conn:
        result = conn.execute(sa.text("delete from meta where key = :k"), {"k": _GAZETTEER_KEY + name})
    return bool(result.rowcount)


def make_store(db: Database, gazetteer: Any | None = None) -> Any:
    from eventdb.store import Store

    store = Store(db.engine, gazetteer or gazetteer_for(db))
    store.sync_reference()
    return store


def extract_document(doc: Any, gazetteer: Any | None = None) -> Any:
    """Run the extractor on a document (pure; no database)."""
    from eventdb.extract import extract

    return extract(doc.body, language=doc.language, published_on=doc.published_on,
                   gazetteer=gazetteer or _default_gazetteer())


def load_paths(
    db: Database,
    paths: Sequence[str],
    *,
    encoding: str = "utf-8",
    max_bytes: int | None = None,
    jobs: int = 1,
    batch_size: int = 64,
    progress: Callable[[str], None] | None = None,
) -> LoadReport:
    """Read, extract and store every article under ``paths``; bad files are reported, not fatal.

    Articles whose body is already stored are not extracted again.  Articles are extracted and
    stored in batches, each document atomic (see ``Store.save_many``); with ``jobs`` > 1 each
    batch goes to one of ``jobs`` worker processes, which extract it and store it on their own
    connection, while this process reads the files and counts the results.
    """
    from eventdb.documents import DocumentError, iter_paths, read_path

    limit = max_bytes if max_bytes is not None else db.settings.max_bytes
    store = make_store(db)
    report = LoadReport()

    def documents() -> Iterator[Any]:
        for path in iter_paths(paths):
            for item in read_path(path, encoding=encoding, max_bytes=limit):
                if isinstance(item, DocumentError):
                    report.failed += 1
                    report.errors.append(str(item))
                else:
                    yield item
            if progress:
                progress(str(path))

    def new_documents() -> Iterator[Any]:
        for chunk in _chunks(documents(), batch_size):
            stored = _stored_hashes(db, [d.sha256 for d in chunk])
            for doc in chunk:
                if doc.sha256 in stored:
                    report.unchanged += 1
                else:
                    yield doc

    with _batch_saver(jobs, store) as save_batches:
        for chunk, results in save_batches(_chunks(new_documents(), batch_size)):
            for doc, (status, source_id, error) in zip(chunk, results, strict=True):
                if status == "failed":
                    report.failed += 1
                    report.errors.append(f"{doc.origin}: {error}")
                elif status == "loaded":
                    report.loaded += 1
                    report.source_ids.append(source_id)
                else:
                    report.unchanged += 1
    if report.loaded:
        _refresh_summary(db)
    return report


def _refresh_summary(db: Database) -> None:
    """Recompute the summary snapshot after a change, so that ``eventdb summary`` answers at once.

    A failure here loses nothing: the facts are committed, and the summary computes itself on
    its next call.
    """
    from eventdb import reports

    with suppress(sa.exc.DBAPIError):
        reports.refresh_summary(db)


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _stored_hashes(db: Database, hashes: list[str]) -> set[str]:
    with db.engine.connect() as conn:
        rows = conn.execute(sa.text("select sha256 from sources where sha256 = any(:h)"), {"h": hashes})
        return {r[0] for r in rows}


SavedBatch = list[tuple[str, int, "str | None"]]  # (status, source_id, error) per document, in order


def _extract_and_save(store: Any, docs: list[Any]) -> SavedBatch:
    """Extract a batch and store it (``Store.save_many``: each document atomic)."""
    pairs = [(doc, extract_document(doc, store.gazetteer)) for doc in docs]
    try:
        results = store.save_many(pairs)
    except sa.exc.OperationalError as exc:
        raise DatabaseError(f"database error while loading: {server_message(exc)}") from None
    return [(r.status, r.source_id, r.error) for r in results]


_WORKER_STORE: Any = None  # the parent's store, inherited by forked workers


def _start_worker() -> None:
    # The inherited pool holds the parent's connections: forget them (without closing the
    # parent's sockets) so that this process opens its own.
    _WORKER_STORE.engine.dispose(close=False)
    # Extraction makes hundreds of thousands of short-lived objects per batch, almost none in cycles:
    # collecting the youngest generation every 20,000 allocations instead of 700 costs a little memory
    # and saves about 9% of the CPU per article (5,000-article loads, two runs each).
    gc.set_threshold(20_000, 20, 50)


def _save_in_worker(docs: list[Any]) -> SavedBatch:
    return _extract_and_save(_WORKER_STORE, docs)


@contextmanager
def _batch_saver(jobs: int, store: Any) -> Iterator[Callable[[Iterable[list[Any]]], Iterator[tuple[list[Any], SavedBatch]]]]:
    """A function from batches of documents to (batch, results) pairs, in order.

    With ``jobs`` > 1 each batch is extracted and stored by one of ``jobs`` worker processes, each
    with its own connection, so that reading, pickling and row building do not queue behind one
    process.  At most two batches per worker are in flight: memory stays flat on any corpus.
    """
    if jobs <= 1:
        yield lambda batches: ((b, _extract_and_save(store, b)) for b in batches)
        return
    import multiprocessing

    global _WORKER_STORE
    _WORKER_STORE = store
    from eventdb.extract import extract

    extract("Rosja.", gazetteer=store.gazetteer)  # alias index and rule data built once, before forking
    # Frozen, the inherited objects are never walked by the workers' garbage collector, which would also
    # copy every page it touches out of the shared memory: 6-7% less CPU per article on a load.
    gc.collect()
    gc.freeze()
    ctx = multiprocessing.get_context("fork")

    def run(batches: Iterable[list[Any]]) -> Iterator[tuple[list[Any], SavedBatch]]:
        in_flight: deque[tuple[list[Any], Any]] = deque()
        for batch in batches:
            in_flight.append((batch, pool.apply_async(_save_in_worker, (batch,))))
            if len(in_flight) >= 2 * jobs:
                done, result = in_flight.popleft()
                yield done, result.get()
        while in_flight:
            done, result = in_flight.popleft()
            yield done, result.get()

    try:
        with ctx.Pool(jobs, initializer=_start_worker) as pool:
            yield run
    finally:
        gc.unfreeze()


def reextract(db: Database, *, outdated_only: bool = False, source_ids: Iterable[int] = ()) -> dict[str, int]:
    """Redo the facts of stored sources with the current rules and reference data."""
    from eventdb.documents import Document
    from eventdb.extract import EXTRACTOR_VERSION

    store = make_store(db)
    query = sa.text(  # ids first: the bodies are read one at a time, so memory stays flat on big databases
        "select id from sources"
        " where (:outdated = false or extractor_version is distinct from :version)"
        " and (cardinality(cast(:ids as bigint[])) = 0 or id = any(cast(:ids as bigint[]))) order by id"
    )
    with db.engine.connect() as conn:
        ids = conn.execute(
            query, {"outdated": outdated_only, "version": EXTRACTOR_VERSION, "ids": list(source_ids)}
        ).scalars().all()
    done = 0
    for source_id in ids:
        with db.engine.connect() as conn:
            row = conn.execute(
                sa.text("select body, language, published_on, sha256 from sources where id = :id"), {"id": source_id}
            ).first()
        if row is None:  # deleted meanwhile
            continue
        doc = Document(body=row.body, sha256=row.sha256, origin=f"source {source_id}", title=None, url=None,
                       publisher=None, language=row.language, published_on=row.published_on,
                       date_precision="unknown")
        store.replace_facts(int(source_id), extract_document(doc, store.gazetteer))
        done += 1
    if done:
        _refresh_summary(db)
    return {"reextracted": done, "sources": len(ids)}


# -- reading ---------------------------------------------------------------------------------------


def table_counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {t: int(conn.scalar(sa.text(f"select count(*) from {t}"))) for t in TABLES}


def list_sources(db: Database, limit: int | None = None) -> pd.DataFrame:
    sql = (
        "select s.id as source_id, s.published_on, s.language, s.title, s.publisher, s.url,"
        " length(s.body) as chars, s.loaded_at,"
        " (select count(*) from events e where e.source_id = s.id) as events,"
        " (select count(*) from quantities q where q.source_id = s.id) as quantities"
        " from sources s order by s.published_on nulls last, s.id"
    )
    if limit:
        sql += f" limit {int(limit)}"
    return read_sql(db, sql)


def read_sql(db: Database, sql: str, params: dict[str, Any] | None = None) -> pd.DataFrame:
    with db.engine.connect() as conn:
        result = conn.execute(sa.text(sql), params or {})
        return pd.DataFrame(result.fetchall(), columns=list(result.keys()))


def run_query(db: Database, sql: str, params: dict[str, Any] | None = None) -> pd.DataFrame:
    """Run one ad-hoc SQL statement in a READ ONLY transaction with a statement timeout.

    The statement goes to the server as a prepared statement, so "commit; delete ..." is refused
    (a prepared statement holds one command) and "%" in a LIKE pattern stays literal.
    """
    import psycopg

    try:
        with read_only(db.engine, db.settings.statement_timeout_ms) as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            with raw.cursor() as cursor:
                cursor.execute(sql, params or None, prepare=True)
                if cursor.description is None:
                    return pd.DataFrame()
                return pd.DataFrame(cursor.fetchall(), columns=[c.name for c in cursor.description])
    except (sa.exc.DBAPIError, psycopg.Error) as exc:
        raise QueryError(server_message(exc)) from None


def status_rows(db_settings: Settings) -> dict[str, Any]:
    """What `eventdb db status` shows: where the data is, server state, schema revision."""
    from eventdb.db import embedded_server, safe_url

    info: dict[str, Any] = {}
    if db_settings.database_url:
        info["database"] = safe_url(db_settings.database_url)
        info["embedded"] = False
    else:
        st = embedded_server(db_settings.home).status()
        info.update({
            "database": "embedded PostgreSQL", "embedded": True, "data_dir": str(st.data_dir),
            "initialized": st.initialized, "running": st.running, "server_pid": st.pid,
            "holders": st.holders,
        })
    return info
