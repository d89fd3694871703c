"""Fuzzed input: the reader and the extractor raise nothing but DocumentError, and every span slices back.

Property tests (hypothesis) over the document reader, the quantity parser, the date resolver and the
whole extraction, fed random and adversarial text: mixed scripts, control characters, huge numbers,
deep repetition, newsy Polish fragments.  What they return must also be storable as is (the units
and qualifiers the schema accepts, finite numbers, no NUL).  Long inputs run in subprocesses with a
time limit and a peak-RSS measurement, so a slow path fails instead of hanging the suite.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from corpus import ROOT, articles, engine_for, eventdb_command, eventdb_env
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from eventdb.documents import Document, DocumentError, parse_text, read_stream
from eventdb.extract import extract
from eventdb.extract.dates import find_dates
from eventdb.extract.model import DATE_PRECISIONS, QUALIFIERS, STATUSES
from eventdb.extract.quantities import find_quantities, parse_number
from eventdb.extract.text import split_sentences
from eventdb.reference import load_yaml

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# -- strategies -------------------------------------------------------------------------------------

NUMBERS = ["0", "1", "12", "2,5", "1.000", "20 000", "4–6", "50-100", "1/2", "3,14,15", "00012", "9" * 40, "9" * 400,
           "1 000 000 000 000 000 000 000", "−5", "½", "٣", "１２"]
MULTIPLIERS = ["tys.", "tys", "mln", "mld", "bln", "proc.", "%", "tysiące", "setki", "kilkanaście", "kilka tysięcy"]
QUALIFIER_WORDS = ["około", "ok.", "ponad", "co najmniej", "do", "od", "nawet", "blisko", "prawie", "mniej niż"]
COUNTED = ["żołnierzy", "pracowników", "pocisków", "dronów", "baryłek ropy", "ton amunicji", "hektarów", "km2", "km",
           "mil", "kwartały", "dolarów", "USD", "rubli", "wonów", "euro", "zł", "godzin", "dni", "lat", "km/h",
           "dolarów za godzinę", "dolara miesięcznie", "mm", "BTR-80", "M2010", "r.", "roku", "sztuk sprzętu"]
WORDS = ["Rosja", "Korea Północna", "Pjongjang", "Moskwa", "wysłała", "dostarczyła", "planuje zatrudnić", "według",
         "Reutera", "jak podaje", "poinformował", "do Rosji", "z Korei Północnej", "w obwodzie kurskim", "Ałabudze",
         "i", "a", "że", "który", ",", ".", "–", "(", ")", "\"", "„", "”", "\n", "\n\n", " ", "gen.", "m.in.", "tj.",
         "KRLD", "Ukraina", "Kim Dzong Un", "Putin", "nie", "miała dostarczyć", "NIS", "Yonhap"]
DATES = ["15 marca 2025 r.", "2024-06-01", "w latach 2022–2024", "w 2025 roku", "w I kwartale", "latem", "w czerwcu",
         "pod koniec października", "ubiegłego roku", "od września", "dwa lata temu", "za tydzień", "31 lutego",
         "32 grudnia", "w roku 0", "w 99999 r.", "9999 lat temu", "w przyszłym roku"]
ODD = ["\x00", "\x01", "\x07", "\x1b[31m", "\x7f", "\x85", "\u2028", "\u2029", "\ufeff", "\u200b", "\u200d", "\u202e",
       "\xa0", "\t", "\r", "\r\n", "\x0b", "\x0c", "e\u0301", "🇰🇵", "👨‍👩‍👧", "Россия", "조선", "朝鮮", "روسيا", "ﷺ",
       "𝔎𝔬𝔯𝔢𝔞"]
HEADERS = [" date ", "date: ", "2025-13-45", "2025-02-29", "0001-01-01", "9999-12-31", "---\n", "title: ", "lang pl",
           "language: xx", "url http://x", "source: ", "...\n", "# "]
FRAGMENTS = NUMBERS + MULTIPLIERS + QUALIFIER_WORDS + COUNTED + WORDS + DATES

newsy_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.sampled_from(ODD), st.text(max_size=6)),
                      max_size=60).map(" ".join)
any_text = st.one_of(st.text(max_size=300), newsy_text)
document_text = st.one_of(
    any_text,
    st.tuples(st.lists(st.sampled_from(HEADERS + FRAGMENTS + ODD), max_size=12).map("".join), any_text)
    .map(lambda parts: parts[0] + "\n" + parts[1]),
)
json_value = st.one_of(st.text(st.characters(), max_size=40), st.integers(), st.floats(), st.booleans(), st.none(),
                       st.lists(st.integers(), max_size=2))
json_record = st.dictionaries(
    st.sampled_from(["text", "body", "content", "date", "title", "lang", "url", "source", "publisher", "x"]),
    st.one_of(json_value, newsy_text), max_size=6,
)
anchors = st.one_of(st.none(), st.dates(), st.sampled_from([dt.date(1, 1, 1), dt.date(9999, 12, 31)]))


# -- what every result must satisfy ----------------------------------------------------------------


@pytest.fixture(scope="module")
def unit_pattern(server_url: str, template_db: str) -> re.Pattern[str]:
    """The pattern of the schema's check on quantities.unit, read from a database at the head revision."""
    from conftest import _url_for

    engine = engine_for(_url_for(server_url, template_db))
    with engine.connect() as conn:
        definition = conn.scalar(sa.text(
            "select pg_get_constraintdef(oid) from pg_constraint where conname = 'ck_quantities_unit_known'"))
    engine.dispose()
    match = re.search(r"~ '(.*)'::text", definition)
    assert match, definition
    return re.compile(match[1])


def assert_storable_document(doc: Document) -> None:
    assert doc.body and doc.body == doc.body.strip()
    assert "\x00" not in doc.body and "\r" not in doc.body
    doc.body.encode("utf-8")  # PostgreSQL text: valid UTF-8 only (no lone surrogates)
    if doc.title is not None:
        doc.title.encode("utf-8")
        assert "\x00" not in doc.title


def assert_quantity_ok(q, body: str, unit_pattern: re.Pattern[str] | None) -> None:  # type: ignore[no-untyped-def]
    assert 0 <= q.start < q.end <= len(body)
    assert body[q.start:q.end] == q.text
    for number in (q.value, q.low, q.high):
        assert number is None or math.isfinite(number), (q.text[:60], number)
    assert not (q.value is None and q.low is None and q.high is None)
    assert q.low is None or q.high is None or q.low <= q.high, q
    assert q.qualifier in QUALIFIERS
    if unit_pattern is not None:
        assert unit_pattern.fullmatch(q.unit), (q.unit, q.text)


def assert_extraction_ok(ex, body: str, unit_pattern: re.Pattern[str]) -> None:  # type: ignore[no-untyped-def]
    codes = {t["code"] for t in load_yaml("event_types.yaml")}
    for s in ex.sentences:
        assert body[s.start:s.end] == s.text
    for m in ex.mentions:
        assert 0 <= m.start < m.end <= len(body) and body[m.start:m.end] == m.text
    for q in ex.quantities:
        assert_quantity_ok(q, body, unit_pattern)
    for d in ex.dates:
        assert body[d.start:d.end] == d.text
    for e in ex.events:
        assert 0 <= e.start < e.end <= len(body) and body[e.start:e.end] == e.text
        assert body[e.trigger_start:e.trigger_end] == e.trigger
        assert e.event_type in codes and e.status in STATUSES
        assert 0.0 <= e.confidence <= 1.0
        if e.date is not None:
            assert e.date.precision in DATE_PRECISIONS
            assert e.date.date_from is None or e.date.date_to is None or e.date.date_from <= e.date.date_to
        for a in e.attributions:
            assert body[a.start:a.end] == a.text and a.position >= 1
        for r in e.roles:
            if r.mention is not None:
                assert body[r.mention.start:r.mention.end] == r.mention.text


# -- the document reader ---------------------------------------------------------------------------


@FAST
@given(text=document_text)
@example(text=" date 2025-11-14 Rosja planuje zatrudnić 12 tys. pracowników.")
@example(text="---\ntitle: x\n---\n")
@example(text="\ufeff\r\n\r\n date 9999-12-31 \x85\u2028 x")
def test_parse_text_gives_a_storable_document_or_a_document_error(text: str) -> None:
    try:
        doc = parse_text(text, "fuzz.txt")
    except DocumentError as err:
        assert "\n" not in str(err)
        return
    assert_storable_document(doc)
    normalized = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    assert doc.body in normalized  # stored verbatim: a slice of the file, never rewritten


def _read_all(data: bytes, fmt: str | None, encoding: str = "utf-8") -> list[Document | DocumentError]:
    items = list(read_stream(io.BytesIO(data), "fuzz", encoding=encoding, max_bytes=100_000, fmt=fmt))
    assert items and all(isinstance(i, Document | DocumentError) for i in items)
    for item in items:
        if isinstance(item, Document):
            assert_storable_document(item)
    return items


@FAST
@given(data=st.one_of(st.binary(max_size=600), document_text.map(lambda t: t.encode("utf-8", "surrogatepass"))),
       fmt=st.sampled_from([None, "text", "jsonl", "json"]), encoding=st.sampled_from(["utf-8", "cp1250", "utf-16"]))
def test_read_stream_of_any_bytes_yields_documents_or_errors(data: bytes, fmt: str | None, encoding: str) -> None:
    _read_all(data, fmt, encoding)


@FAST
@given(records=st.lists(st.one_of(json_record, json_value), min_size=1, max_size=4),
       fmt=st.sampled_from(["jsonl", "json"]))
@example(records=[{"text": "Rosja \ud800 i Korea"}], fmt="jsonl")
@example(records=[{"body": "a\udfff", "date": "2025-01-01"}], fmt="json")
def test_json_records_yield_documents_or_errors(records: list[object], fmt: str) -> None:
    lines = [json.dumps(r) for r in records] if fmt == "jsonl" else [json.dumps(records)]
    _read_all("\n".join(lines).encode(), fmt)


def test_nul_beyond_the_binary_sample_is_refused() -> None:
    record = {"text": "Rosja wysłała 5 żołnierzy. " * 3000 + "\x00 koniec"}  # the NUL sits past the first 64 kB
    items = list(read_stream(io.BytesIO(json.dumps(record).encode()), "fuzz.jsonl", fmt="jsonl"))
    assert len(items) == 1 and isinstance(items[0], DocumentError), items[0]


@pytest.mark.parametrize("bad", [
    {"text": "Rosja wysłała 5 \ud800 żołnierzy."},
    {"text": "Rosja wysłała 5 żołnierzy.", "title": "x\udc00"},
    {"text": "Rosja wysłała 5 żołnierzy. " * 3000 + "\x00"},
])
def test_one_bad_json_line_costs_that_line_only(db_url: str, tmp_path, bad: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from eventdb.cli import cli

    path = tmp_path / "news.jsonl"
    good = {"text": "Korea Północna wysłała do Rosji 7 saperów.", "date": "2025-03-01"}
    path.write_text(json.dumps(bad) + "\n" + json.dumps(good) + "\n", encoding="ascii")
    result = CliRunner().invoke(cli, ["load", str(path)], env={"EVENTDB_DATABASE_URL": db_url})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1
    assert f"{path}:1" in result.output and "loaded 1, unchanged 0, failed 1" in result.output, result.output


@pytest.mark.parametrize("body", [
    "a" * 1_000_000,
    "Rosja wysłała 5 żołnierzy. " * 37_000,
    "9" * 1_000_000,
    "\u200b" * 500_000 + "x",
])
def test_one_megabyte_lines_are_read_whole(body: str) -> None:
    doc = parse_text(" date 2025-01-01 " + body, "big.txt")
    assert doc.body == body.strip() and doc.published_on == dt.date(2025, 1, 1)
    line = json.dumps({"text": body, "date": "2025-01-01"}).encode()
    items = list(read_stream(io.BytesIO(line), "big.jsonl", fmt="jsonl"))
    assert len(items) == 1 and isinstance(items[0], Document) and items[0].body == body.strip()


# -- the quantity parser ---------------------------------------------------------------------------


@FAST
@given(text=any_text)
@example(text="Kupiono " + "9" * 400 + " pocisków.")
@example(text="Wysłano 999 999 999 999 999 999 999 999 999 999 999 999 999 999 999 999 999 żołnierzy.")
@example(text="Rosja kupiła ponad milion baryłek ropy i 300 hektarów ziemi.")
def test_quantities_slice_back_and_are_storable(text: str, unit_pattern: re.Pattern[str]) -> None:
    for sentence in split_sentences(text):
        assert text[sentence.start:sentence.end] == sentence.text
        dates = find_dates(sentence.text, dt.date(2025, 6, 1), offset=sentence.start)
        for q in find_quantities(sentence, (), dates):
            assert_quantity_ok(q, text, unit_pattern)
            assert sentence.start <= q.start and q.end <= sentence.end


@FAST
@given(text=st.one_of(any_text, st.sampled_from(NUMBERS), st.tuples(st.sampled_from(NUMBERS),
                                                                    st.sampled_from(MULTIPLIERS)).map(" ".join)))
@example(text="9" * 400)
@example(text="9" * 400 + " tys.")
def test_parse_number_is_finite_or_none(text: str) -> None:
    value = parse_number(text)
    assert value is None or (isinstance(value, float | int) and math.isfinite(value)), value


def test_every_unit_of_the_lexicons_is_accepted_by_the_schema(unit_pattern: re.Pattern[str]) -> None:
    measures = load_yaml("pl/quantities.yaml")["measures"]
    units = {*measures["lemma"].values(), *measures["text"].values()}
    refused = sorted(u for u in units if not unit_pattern.fullmatch(str(u)))
    assert not refused, f"units the schema refuses (the document would not be stored): {refused}"


# -- the date resolver -----------------------------------------------------------------------------


@FAST
@given(text=any_text, anchor=anchors, offset=st.integers(0, 10**7))
@example(text="w przyszłym roku i za tydzień", anchor=dt.date(9999, 12, 31), offset=0)
@example(text="w ubiegłym roku, dwa lata temu", anchor=dt.date(1, 1, 1), offset=0)
def test_dates_slice_back_and_are_ordered(text: str, anchor: dt.date | None, offset: int) -> None:
    for d in find_dates(text, anchor, offset=offset):
        assert 0 <= d.start - offset < d.end - offset <= len(text)
        assert text[d.start - offset:d.end - offset] == d.text
        assert d.precision in DATE_PRECISIONS
        assert d.date_from is None or d.date_to is None or d.date_from <= d.date_to


# -- the whole extraction --------------------------------------------------------------------------


@SLOW
@given(text=any_text, published_on=anchors)
@example(text=articles(1, seed=99)[0].text, published_on=dt.date(2025, 11, 14))
@example(text="Rosja i Korea Północna. " * 50, published_on=dt.date(9999, 12, 31))
def test_extraction_spans_slice_back_and_are_storable(
    text: str, published_on: dt.date | None, unit_pattern: re.Pattern[str]
) -> None:
    assert_extraction_ok(extract(text, published_on=published_on), text, unit_pattern)


def test_generated_articles_extract_cleanly(unit_pattern: re.Pattern[str]) -> None:
    for article in articles(40, seed=41):
        assert_extraction_ok(extract(article.text, published_on=article.published_on), article.text, unit_pattern)


# -- long inputs: bounded time and memory, measured in subprocesses ------------------------------------

_MEASURE = textwrap.dedent("""
    import resource, sys, time
    from eventdb.extract import extract
    from eventdb.extract.gazetteer import Gazetteer
    gazetteer = Gazetteer.default()
    extract("Rosja wysłała 5 żołnierzy do Korei.", gazetteer=gazetteer)
    for path in sys.argv[1:]:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        body = open(path, encoding="utf-8").read()
        started = time.monotonic()
        extract(body, gazetteer=gazetteer)
        elapsed = time.monotonic() - started
        print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before, flush=True)
""")


def measure_extraction(tmp_path, bodies: list[str], timeout: float) -> list[tuple[float, int]]:  # type: ignore[no-untyped-def]
    """Seconds and peak-RSS growth (kB) of extracting each body, in turn, in one fresh process."""
    paths = []
    for k, body in enumerate(bodies):
        paths.append(tmp_path / f"article{k}.txt")
        paths[-1].write_text(body, encoding="utf-8")
    try:
        result = subprocess.run([sys.executable, "-c", _MEASURE, *map(str, paths)], cwd=ROOT, capture_output=True,
                                text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(f"extracting {[len(b) for b in bodies]} characters took more than {timeout} s")
    assert result.returncode == 0, result.stderr[-2000:]
    return [(float(line.split()[0]), int(line.split()[1])) for line in result.stdout.splitlines()]


@pytest.mark.slow
def test_long_article_extracts_in_linear_time_and_memory(tmp_path) -> None:  # type: ignore[no-untyped-def]
    body = "\n\n".join(a.text for a in articles(60, seed=43))  # about 40 kB of ordinary news text
    [(seconds, grown_kb)] = measure_extraction(tmp_path, [body], timeout=60)
    assert seconds < 0.1 * len(body) / 1000 + 1  # under 100 ms per kB (ordinary articles: about 10)
    assert grown_kb < 2 * len(body)  # under 2 kB of memory per character


@pytest.mark.slow
@pytest.mark.parametrize("clause", ["Rosja ", "Rosja wysłała 5 żołnierzy i\n"])
def test_one_endless_sentence_costs_no_more_than_the_same_words_with_full_stops(tmp_path, clause: str) -> None:  # type: ignore[no-untyped-def]
    """10 000 words with no full stop (a list, a page without punctuation) against the same words in sentences."""
    repeat = 10_000 // len(clause.split())
    punctuated = (clause.strip() + ". ") * repeat
    [(stops, _), (endless, _)] = measure_extraction(tmp_path, [punctuated, clause * repeat], timeout=12)
    assert endless < 3 * stops + 0.5, (endless, stops)


def peak_rss_kb(args: list[str], env: dict[str, str], stdin: bytes | None = None) -> tuple[int, str, int]:
    """Run a command under a one-child wrapper; (exit code, stderr, peak RSS of that child in kB)."""
    wrapper = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], stderr=subprocess.PIPE);"
               "sys.stderr.write(r.stderr.decode()); print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN)"
               ".ru_maxrss)")
    result = subprocess.run([sys.executable, "-c", wrapper, *args], cwd=ROOT, env=env, input=stdin,
                            capture_output=True, timeout=180)
    code, rss = result.stdout.decode().split()[-2:]
    return int(code), result.stderr.decode(), int(rss)


@pytest.fixture
def big_article(tmp_path) -> Iterator:  # type: ignore[no-untyped-def,type-arg]
    text = "\n\n".join(a.text for a in articles(60, seed=47))
    path = tmp_path / "big.txt"
    path.write_text(" date 2025-01-01 " + text * (10_000_000 // len(text) + 1), encoding="utf-8")
    yield path


@pytest.mark.slow
def test_ten_megabyte_article_is_refused_with_bounded_memory(db_url: str, tmp_path, big_article) -> None:  # type: ignore[no-untyped-def]
    env = eventdb_env(db_url)
    small = tmp_path / "small.txt"
    small.write_text(articles(1, seed=1)[0].text, encoding="utf-8")
    code, err, baseline = peak_rss_kb(eventdb_command("load", str(small)), env)
    assert code == 0, err
    code, err, from_file = peak_rss_kb(eventdb_command("load", str(big_article)), env)
    assert code == 1 and "over the 5 MB limit" in err and "Traceback" not in err, err
    code, err, from_stdin = peak_rss_kb(eventdb_command("load", "-"), env, stdin=big_article.read_bytes())
    assert code == 1 and "over the 5 MB limit" in err and "Traceback" not in err, err
    assert from_file - baseline < 20_000  # a file over the limit is never read
    assert from_stdin - baseline < 30_000  # stdin is read up to the limit (5 MB) and no further
