"""The HTML report: self-contained, escaped, a chart drawn as SVG, and a real browser renders it."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from click.testing import CliRunner
from test_reports import sample_db_fixture, sample_env_fixture, sample_url_fixture  # noqa: F401

from eventdb.cli import cli

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


def find_browser() -> str | None:
    for name in BROWSERS:
        found = shutil.which(name) or (f"/usr/bin/{name}" if os.access(f"/usr/bin/{name}", os.X_OK) else None)
        if found:
            return found
    return None


# -- a tiny PNG decoder (8-bit RGB/RGBA, no interlace): enough to count colours ---------------------


def decode_png(data: bytes) -> tuple[int, int, list[bytes]]:
    """(width, height, rows of pixel bytes) of a PNG as browsers write it."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour in (2, 6) and interlace == 0, (depth, colour, interlace)
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows: list[bytes] = []
    prior = bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif kind == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prior, strict=True))
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prior[i]) >> 1)) & 255
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b, c = prior[i], prior[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prior = line
    if bpp == 3:
        return width, height, rows
    return width, height, [b"".join(r[i : i + 3] for i in range(0, len(r), 4)) for r in rows]


def colour_stats(png: bytes) -> tuple[int, float]:
    """(distinct colours, share of pixels that differ from the most common colour)."""
    width, height, rows = decode_png(png)
    counts: dict[bytes, int] = {}
    for row in rows:
        for i in range(0, len(row), 3):
            px = row[i : i + 3]
            counts[px] = counts.get(px, 0) + 1
    return len(counts), 1 - max(counts.values()) / (width * height)


def test_png_decoder_on_a_made_up_image() -> None:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    pixels = [bytes([0, 0, 0, 255, 0, 0]), bytes([0, 255, 0, 0, 0, 255])]  # 2x2 RGB, filters 0 and 2
    raw = b"\x00" + pixels[0] + b"\x02" + bytes((a - b) & 255 for a, b in zip(pixels[1], pixels[0], strict=True))
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    assert decode_png(png)[2] == pixels
    assert colour_stats(png) == (4, 0.75)


# -- the report ---------------------------------------------------------------------------------------


def test_report_is_self_contained(sample_db: Any) -> None:
    from eventdb.html_report import render_report

    page = render_report(sample_db, title="Sample <report>")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page
    assert "<title>Sample &lt;report&gt;</title>" in page
    assert not re.search(r"<script|<link|<img|<iframe|@import|url\(", page, re.I)
    assert not re.search(r"""(src|href)\s*=\s*["']?https?:""", page, re.I)
    for part in ("Timeline by event type", "Top actors", "Quantities with evidence", "Cited sources",
                 "Events by type and status", "Loaded sources"):
        assert part in page
    assert "<mark>12 tys. pracowników</mark>" in page
    assert "Rosja planuje zatrudnić <mark>" in page
    assert "National Intelligence Service" in page and "North Korea" in page


def test_values_are_escaped() -> None:
    from eventdb.html_report import table_html, timeline_svg

    hostile = "<script>alert(1)</script>"
    page = table_html(pd.DataFrame({"actor": [hostile], "events": [3]}), numeric=["events"],
                      bars={"events": ("", 3.0)})
    assert hostile not in page and "&lt;script&gt;" in page
    svg = timeline_svg(pd.DataFrame({"period": ["2025-01"], "event_type": [hostile], "events": [2]}))
    assert hostile not in svg and "&lt;script&gt;" in svg


@pytest.mark.parametrize("periods, expected", [
    (["2025-01"], ["2025-01"]),
    (["2025-01", "2025-03"], ["2025-01", "2025-02", "2025-03"]),
    (["2024-11", "2025-02"], ["2024-11", "2024-12", "2025-01", "2025-02"]),
    (["2000-01", "2025-01"], ["2000-01", "2025-01"]),
])
def test_chart_months_keep_empty_months_in_place(periods: list[str], expected: list[str]) -> None:
    from eventdb.html_report import _month_range

    assert _month_range(periods) == expected


@pytest.mark.parametrize("value, expected", [(1, 4), (4, 4), (5, 8), (9, 20), (17, 20), (21, 40), (41, 80),
                                             (120, 200), (0, 4), (1001, 2000)])
def test_chart_scale_is_round(value: int, expected: int) -> None:
    from eventdb.html_report import nice_max

    assert nice_max(value) == expected


def test_chart_draws_one_bar_segment_per_month_and_type() -> None:
    from eventdb.html_report import timeline_svg

    rows = pd.DataFrame({"period": ["2025-01", "2025-01", "2025-03"], "event_type": ["a", "b", "a"],
                         "events": [2, 1, 5]})
    svg = timeline_svg(rows)
    assert len(re.findall(r"<rect [^>]*><title>", svg)) == 3
    assert "<title>2025-03 a: 5</title>" in svg
    assert ">2025-02</text>" in svg  # the empty month keeps its place on the axis
    assert timeline_svg(rows.iloc[0:0]).startswith('<p class="empty">')


def test_report_command_writes_the_file(sample_env: str, tmp_path: Path) -> None:
    out = tmp_path / "sub" / "report.html"
    result = CliRunner().invoke(cli, ["report", "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert f"wrote {out}" in result.output
    assert "<svg" in out.read_text(encoding="utf-8")


def test_report_of_an_empty_database(cli_env: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["report", "--out", str(tmp_path / "r.html")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "no dated events yet" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_browser_renders_the_report(sample_env: str, tmp_path: Path) -> None:
    browser = find_browser()
    if browser is None:
        pytest.skip("no Chromium/Chrome found (Debian: apt-get install chromium)")
    page = tmp_path / "report.html"
    assert CliRunner().invoke(cli, ["report", "--out", str(page)]).exit_code == 0
    shot = tmp_path / "shot.png"
    result = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
         f"--user-data-dir={tmp_path / 'profile'}", "--force-device-scale-factor=0.5", "--window-size=1100,1400",
         f"--screenshot={shot}", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert shot.exists(), result.stderr[-2000:]
    colours, inked = colour_stats(shot.read_bytes())
    assert colours >= 30, colours  # text antialiasing, table rules, chart colours
    assert inked >= 0.05, inked
