"""Files for other tools: the reporting views as CSV, JSON or Parquet, and events as PLOVER records.

CSV and Parquet write one file per view into a folder; JSON writes one document holding every
view; PLOVER writes one record per event (a JSON array, or JSON Lines when the file name ends in
``.jsonl``), with the taxonomy's PLOVER event, mode and context and the character offsets of
the event's sentence in the stored article.
"""

from __future__ import annotations

import decimal
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from eventdb.api import VIEWS, Database, read_sql
from eventdb.cli.output import records, render

FORMATS = ("csv", "json", "parquet", "plover")
PARQUET_HINT = "parquet export needs pyarrow: pip install 'eventdb[parquet]' (or: pip install pyarrow)"


def view_frames(db: Database) -> dict[str, pd.DataFrame]:
    """Every reporting view, ordered by its first column."""
    return {view: read_sql(db, f"select * from {view} order by 1, 2") for view in VIEWS}


def export(db: Database, fmt: str, out: str | Path) -> list[tuple[Path, int]]:
    """Write the export ``fmt`` to ``out``; returns (file, rows) of every file written."""
    target = Path(out)
    if fmt == "csv":
        return write_csv(view_frames(db), target)
    if fmt == "json":
        return [write_json(view_frames(db), target)]
    if fmt == "parquet":
        _require_pyarrow()
        return write_parquet(view_frames(db), target)
    if fmt == "plover":
        return [write_plover(plover_records(db), target)]
    raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")


def _folder(path: Path) -> Path:
    if path.exists() and not path.is_dir():
        raise ValueError(f"{path} is a file; csv and parquet exports write one file per view into a folder")
    path.mkdir(parents=True, exist_ok=True)
    return path


def write_csv(frames: Mapping[str, pd.DataFrame], folder: Path) -> list[tuple[Path, int]]:
    """One ``VIEW.csv`` per view; arrays as ``a; b``, dates ISO, like ``--format csv``."""
    out = []
    for view, df in frames.items():
        path = _folder(folder) / f"{view}.csv"
        text = render(df, "csv") if len(df.columns) else ""
        path.write_text(text + "\n", encoding="utf-8")
        out.append((path, len(df)))
    return out


def write_json(frames: Mapping[str, pd.DataFrame], path: Path) -> tuple[Path, int]:
    """One document ``{"v_events": [...], "v_quantities": [...], ...}``."""
    if path.is_dir():
        path = path / "eventdb.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {view: records(df) for view, df in frames.items()}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path, sum(len(df) for df in frames.values())


def _require_pyarrow() -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise ValueError(PARQUET_HINT) from None


def write_parquet(frames: Mapping[str, pd.DataFrame], folder: Path) -> list[tuple[Path, int]]:
    """One ``VIEW.parquet`` per view; arrays stay lists, numerics become floats."""
    _require_pyarrow()
    out = []
    for view, df in frames.items():
        path = _folder(folder) / f"{view}.parquet"
        _parquet_ready(df).to_parquet(path, index=False)
        out.append((path, len(df)))
    return out


def _parquet_ready(df: pd.DataFrame) -> pd.DataFrame:
    """Decimals as floats (pyarrow would guess one precision for the whole column)."""
    out = df.copy()
    for column in out.columns:
        if out[column].map(lambda v: isinstance(v, decimal.Decimal)).any():
            out[column] = [float(v) if v is not None else None for v in out[column]]
    return out


# -- PLOVER -------------------------------------------------------------------------------------------


def plover_records(db: Database) -> list[dict[str, Any]]:
    """One PLOVER record per event, in event order."""
    from eventdb.reports import event_sentence, event_spans, source_body

    rows = read_sql(
        db,
        "select e.*, t.plover_event, t.plover_mode, t.plover_context, t.cameo from v_events e"
        " left join event_types t on t.code = e.event_type order by e.source_id, e.event_id",
    )
    spans = event_spans(db).set_index("event_id")
    out = []
    for source_id, group in rows.groupby("source_id", sort=True):
        source = source_body(db, int(source_id)) or {}
        body = str(source.get("body") or "")
        for event in records(group):
            span = spans.loc[event["event_id"]]
            s_start, s_end = event_sentence(body, span)
            out.append(_plover(event, source, body, span, (s_start, s_end)))
    return out


def _plover(event: Mapping[str, Any], source: Mapping[str, Any], body: str, span: pd.Series,
            sentence: tuple[int, int]) -> dict[str, Any]:
    day = event["occurred_from"] or event["occurred_to"] or event["published_on"]  # "until": by its end
    agents, partners = event["agents"] or [], event["partners"] or []
    return {
        "id": f"{str(source.get('sha256') or '')[:16]}-{int(span['ordinal'])}",
        "date": day,
        "enddate": event["occurred_to"] or day,
        "date_precision": event["date_precision"] if event["occurred_from"] or event["occurred_to"] else "publication",
        "actor": agents[0] if agents else None,
        "recipient": partners[0] if partners else None,
        "event": event["plover_event"],
        "mode": event["plover_mode"],
        "context": event["plover_context"] or [],
        "event_text": event["evidence"],
        "text_info": {
            "sentence": body[sentence[0]:sentence[1]],
            "sentence_index": int(span["sentence_index"]),
            "sentence_start": sentence[0],
            "sentence_end": sentence[1],
            "evidence_start": int(span["char_start"]),
            "evidence_end": int(span["char_end"]),
            "trigger": span["trigger"],
            "trigger_start": int(span["trigger_start"]),
            "trigger_end": int(span["trigger_end"]),
        },
        "cite_info": {
            "source_id": event["source_id"],
            "url": source.get("url"),
            "title": source.get("title"),
            "language": source.get("language"),
            "publication": source.get("publisher"),
            "published_on": source.get("published_on"),
            "cited_sources": event["cited_sources"] or [],
        },
        "eventdb": {
            "event_id": event["event_id"],
            "event_type": event["event_type"],
            "cameo": event["cameo"],
            "status": event["status"],
            "negated": bool(span["negated"]),
            "confidence": event["confidence"],
            "agents": agents,
            "partners": partners,
            "location": event["location"],
            "facility": event["facility"],
        },
    }


def write_plover(items: list[dict[str, Any]], path: Path) -> tuple[Path, int]:
    """A JSON array, or JSON Lines for a ``.jsonl`` file."""
    if path.is_dir():
        path = path / "plover.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".jsonl":
        text = "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in items)
    else:
        text = json.dumps(items, ensure_ascii=False, indent=1, default=str) + "\n"
    path.write_text(text, encoding="utf-8")
    return path, len(items)


def iter_plover(path: str | Path) -> Iterator[dict[str, Any]]:
    """Read back a PLOVER file written by ``write_plover`` (array or JSON Lines)."""
    text = Path(path).read_text(encoding="utf-8")
    if text.lstrip().startswith("["):
        yield from json.loads(text)
    else:
        yield from (json.loads(line) for line in text.splitlines() if line.strip())
