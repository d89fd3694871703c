"""One self-contained HTML report: summary, timeline chart, actors, quantities, cited sources.

The file needs no network: styles are inline and the chart is an SVG drawn here, so it can be
mailed, archived or opened offline.  Every value from the database is HTML-escaped.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from eventdb import reports
from eventdb.api import Database, read_sql
from eventdb.cli.output import jsonable

#: colours of event types in the chart (cycled; colour-blind friendly first eight)
PALETTE = (
    "#0072b2", "#e69f00", "#009e73", "#d55e00", "#cc79a7", "#56b4e9", "#f0e442", "#000000",
    "#8c564b", "#7f7f7f", "#bcbd22", "#17becf",
)

STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2733;background:#fbfbfd;
  margin:0 auto;max-width:1100px;padding:24px 32px}
h1{font-size:28px;margin:0 0 4px}h2{font-size:20px;margin:32px 0 8px;border-bottom:2px solid #dde3ea;
  padding-bottom:4px}
.meta{color:#5b6776;margin:0 0 16px}
.cards{display:flex;flex-wrap:wrap;gap:12px}
.card{background:#fff;border:1px solid #dde3ea;border-radius:8px;padding:10px 16px;min-width:110px}
.card b{display:block;font-size:26px;color:#0072b2}.card span{color:#5b6776;font-size:13px}
table{border-collapse:collapse;width:100%;background:#fff;font-size:14px}
th,td{border-bottom:1px solid #e6eaef;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#eef2f6;font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}
.bar{display:inline-block;height:12px;background:#0072b2;border-radius:2px;vertical-align:middle}
.bar.p{background:#e69f00}
mark{background:#ffe58a;padding:0 1px}
.evidence{color:#384452}
svg text{font:12px system-ui,sans-serif;fill:#1d2733}
.empty{color:#5b6776;font-style:italic}
"""


def esc(value: Any) -> str:
    """Text of a value, escaped; lists joined with commas, missing as empty."""
    v = jsonable(value)
    if v is None:
        return ""
    if isinstance(v, list):
        return html.escape(", ".join(str(x) for x in v))
    if isinstance(v, float):
        return html.escape(f"{v:,.6g}" if abs(v) < 1e15 else str(v))
    return html.escape(str(v))


def table_html(df: pd.DataFrame, *, numeric: Sequence[str] = (), bars: Mapping[str, tuple[str, float]] = {}) -> str:
    """An HTML table; ``bars`` maps a column to (css class, maximum) to draw a bar beside its number."""
    if df.empty:
        return '<p class="empty">nothing yet</p>'
    head = "".join(f"<th>{esc(c)}</th>" for c in df.columns)
    rows = []
    for record in df.itertuples(index=False, name=None):
        cells = []
        for column, value in zip(df.columns, record, strict=True):
            css = ' class="n"' if column in numeric else ""
            bar = ""
            if column in bars and value is not None and bars[column][1] > 0:
                width = max(2, round(90 * float(value) / bars[column][1]))
                bar = f' <span class="bar {bars[column][0]}" style="width:{width}px"></span>'
            cells.append(f"<td{css}>{esc(value)}{bar}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def timeline_svg(rows: pd.DataFrame, *, width: int = 1000, height: int = 320) -> str:
    """Stacked bars of events per month, one colour per event type, with axes and a legend."""
    if rows.empty:
        return '<p class="empty">no dated events yet</p>'
    months = _month_range(sorted(set(rows["period"])))
    types = list(rows.groupby("event_type")["events"].sum().sort_values(ascending=False).index)
    colour = {t: PALETTE[i % len(PALETTE)] for i, t in enumerate(types)}
    counts = {(p, t): int(n) for p, t, n in rows[["period", "event_type", "events"]].itertuples(index=False)}
    totals = [sum(counts.get((m, t), 0) for t in types) for m in months]
    top = nice_max(max(totals))
    left, right, top_pad, bottom = 44, 16, 12, 56
    legend_rows = (len(types) + 3) // 4
    chart_h = height - top_pad - bottom
    full_h = height + legend_rows * 20
    step = (width - left - right) / len(months)
    bar_w = max(2.0, min(48.0, step * 0.7))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{full_h}" '
             f'viewBox="0 0 {width} {full_h}" role="img" aria-label="events per month by type">',
             f'<rect x="0" y="0" width="{width}" height="{full_h}" fill="#ffffff"/>']
    for k in range(5):
        value = top * k / 4
        y = top_pad + chart_h - chart_h * k / 4
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="#e1e6ec"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{value:g}</text>')
    label_every = max(1, len(months) // 16)
    for i, month in enumerate(months):
        x = left + step * i + (step - bar_w) / 2
        y = top_pad + chart_h
        for t in types:
            n = counts.get((month, t), 0)
            if not n:
                continue
            h = chart_h * n / top
            y -= h
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" fill="{colour[t]}">'
                         f'<title>{esc(month)} {esc(t)}: {n}</title></rect>')
        if i % label_every == 0:
            cx = x + bar_w / 2
            ty = top_pad + chart_h + 16
            parts.append(f'<text x="{cx:.1f}" y="{ty}" text-anchor="end" '
                         f'transform="rotate(-40 {cx:.1f} {ty})">{esc(month)}</text>')
    parts.append(f'<line x1="{left}" y1="{top_pad + chart_h}" x2="{width - right}" y2="{top_pad + chart_h}" '
                 'stroke="#5b6776"/>')
    for i, t in enumerate(types):
        lx = left + (i % 4) * ((width - left) / 4)
        ly = height + (i // 4) * 20
        parts.append(f'<rect x="{lx:.1f}" y="{ly - 10}" width="12" height="12" fill="{colour[t]}"/>'
                     f'<text x="{lx + 18:.1f}" y="{ly}">{esc(t)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _month_range(periods: Sequence[str]) -> list[str]:
    """Every month from the first to the last (empty months keep their place on the axis)."""
    first, last = (dt.date.fromisoformat(p + "-01") for p in (periods[0], periods[-1]))
    if (last.year - first.year) * 12 + last.month - first.month > 240:  # decades: only months with data
        return list(periods)
    out, day = [], first
    while day <= last:
        out.append(day.strftime("%Y-%m"))
        day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return out


def nice_max(value: float) -> float:
    """The smallest 4 × (1, 2 or 5 × 10^k) at or above ``value``: four round grid steps."""
    scale = 1.0
    while True:
        for step in (1, 2, 5):
            if step * scale * 4 >= value:
                return step * scale * 4
        scale *= 10


def quantities_html(rows: pd.DataFrame) -> str:
    """Quantities with their sentence, the number's own words marked."""
    if rows.empty:
        return '<p class="empty">no quantities yet</p>'
    out = []
    for q in rows.to_dict("records"):
        value = q["value"] if q["value"] is not None else f"{esc(q['low'])}–{esc(q['high'])}"
        evidence, text = str(q["evidence"] or ""), str(q["text"] or "")
        at = evidence.find(text) if text else -1
        shown = (esc(evidence[:at]) + f"<mark>{esc(text)}</mark>" + esc(evidence[at + len(text):])
                 if at >= 0 else esc(evidence))
        out.append(
            f"<tr><td class=\"n\">{esc(value) if not isinstance(value, str) else value}</td><td>{esc(q['unit'])}</td>"
            f"<td>{esc(q['qualifier'])}</td><td>{esc(q['counted'])}</td><td>{esc(q['actor'])}</td>"
            f"<td>{esc(q['event_type'])}</td><td class=\"evidence\">{shown}</td><td class=\"n\">{esc(q['source_id'])}"
            "</td></tr>"
        )
    head = "".join(f"<th>{h}</th>" for h in ("value", "unit", "qualifier", "counted", "actor", "event type",
                                             "evidence", "source"))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(out)}</tbody></table>"


def render_report(db: Database, *, title: str = "eventdb report", quantity_rows: int = 200) -> str:
    """The whole report as one HTML string."""
    parts = reports.summary(db)
    src = parts["sources"].iloc[0] if not parts["sources"].empty else pd.Series(dtype=object)
    counts = parts["counts"]
    cards = "".join(f'<div class="card"><b>{esc(seen)}</b><span>{esc(what)}</span></div>'
                    for what, seen in zip(counts["what"], counts["seen"], strict=True))
    timeline = reports.timeline(db, by="month")
    top = parts["top_actors"]
    cited = parts["cited_sources"]
    numbers = reports.quantities(db, limit=quantity_rows)
    sources = read_sql(
        db,
        "select source_id as source, published_on, language, title, publisher, url from v_sources"
        " order by published_on nulls last, source_id",
    )
    n_sources = int(src.get("sources") or 0)
    sources_note = (f"{n_sources} source{'' if n_sources == 1 else 's'} ({esc(src.get('languages')) or 'no language'}), published "
                    f"{esc(src.get('first_published')) or '?'} – {esc(src.get('last_published')) or '?'}")
    sections = [
        f"<h1>{esc(title)}</h1>",
        f'<p class="meta">{sources_note}. Generated {dt.date.today().isoformat()} by eventdb.</p>',
        f'<div class="cards">{cards}</div>',
        "<h2>Timeline by event type</h2>", timeline_svg(timeline),
        "<h2>Events by type and status</h2>",
        table_html(parts["events_by_type"], numeric=[c for c in parts["events_by_type"].columns if c != "event_type"]),
        "<h2>Top actors</h2>",
        table_html(top, numeric=["events", "as_agent", "as_partner"],
                   bars={"as_agent": ("", _max(top, "as_agent")), "as_partner": ("p", _max(top, "as_partner"))}),
        "<h2>Quantities with evidence</h2>", quantities_html(numbers),
        "<h2>Largest quantity per counted object</h2>",
        table_html(parts["largest_quantities"], numeric=["largest", "quantities"]),
        "<h2>Cited sources</h2>",
        table_html(cited, numeric=["events", "sources"], bars={"events": ("", _max(cited, "events"))}),
        "<h2>Loaded sources</h2>", table_html(sources, numeric=["source"]),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{STYLE}</style></head>\n<body>\n"
        + "\n".join(sections) + "\n</body></html>\n"
    )


def _max(df: pd.DataFrame, column: str) -> float:
    return float(df[column].max()) if not df.empty else 0.0


def write_report(db: Database, out: str | Path, *, title: str = "eventdb report") -> Path:
    """Render the report and write it to ``out`` (UTF-8)."""
    path = Path(out)
    if path.is_dir():
        path = path / "report.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_report(db, title=title), encoding="utf-8")
    return path
