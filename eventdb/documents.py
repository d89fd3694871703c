"""Read article files into `Document`s: header + body, encoding and sanity checks.

Formats:

* text or markdown (``.txt``, ``.md``): an optional header, then the article. The header is either
  YAML-style front matter between ``---`` lines, or ``key value`` / ``key: value`` lines ended by a
  blank line. ``date <DATE>`` may also carry the start of the body on the same line, as in
  ``" date 2025-11-14 Rosja planuje ..."``.
* JSON Lines (``.jsonl``, ``.ndjson``): one article object per line with ``text`` (or ``body``) and the
  same optional keys; JSON (``.json``): one such object or an array of them.
* stdin (``-``): JSON Lines if the first non-blank character is ``{``, JSON if ``[``, else text.

The body is stored verbatim (only line endings are unified to ``\\n`` and the outer whitespace is
trimmed), because every extracted fact points into it by character offsets and its sha256 is the
article's identity. Problems come back as one-line `DocumentError`s; the readers yield them instead of
raising, so one bad line or file does not stop a batch.
"""

from __future__ import annotations

import codecs
import datetime
import functools
import hashlib
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from eventdb.reference import load_lines, load_yaml

DEFAULT_MAX_BYTES = 5_000_000
TITLE_MAX_CHARS = 120
ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".jsonl", ".ndjson", ".json"})
FORMATS = ("text", "jsonl", "json")
_FORMAT_BY_SUFFIX = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".txt": "text",
    ".md": "text",
    ".markdown": "text",
}

# header and JSON keys -> Document field
_FIELD_BY_KEY: Mapping[str, str] = {
    "date": "date",
    "published": "date",
    "published_on": "date",
    "published_at": "date",
    "pubdate": "date",
    "url": "url",
    "link": "url",
    "source_url": "url",
    "title": "title",
    "headline": "title",
    "publisher": "publisher",
    "source": "publisher",
    "outlet": "publisher",
    "lang": "language",
    "language": "language",
}
_TEXT_KEYS = ("text", "body", "content")
_DATE_FORMS = "expected YYYY-MM-DD, YYYY-MM, YYYY, DD.MM.YYYY or unknown"

_UTF8_BOM = codecs.BOM_UTF8
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_BINARY_SAMPLE = 65_536
_BINARY_CONTROL_SHARE = 0.01
# C0 controls that never occur in text (tab, newlines, vertical tab, form feed and ESC are tolerated)
_CONTROL_BYTES = bytes([*range(0x01, 0x09), 0x0E, 0x0F, *range(0x10, 0x1B), *range(0x1C, 0x20), 0x7F])
_CONTROL_CHARS_RE = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")

_KEY_LINE_RE = re.compile(r"[ \t]*(?P<key>[A-Za-z_][A-Za-z0-9_-]*)(?:[ \t]*(?P<colon>:)[ \t]*|[ \t]+)(?P<value>.*)")
_UNKNOWN_COLON_KEY_RE = re.compile(r"[ \t]*[a-z_][a-z0-9_-]*[ \t]*:(?:[ \t].*)?")
_INLINE_DATE_RE = re.compile(r"(?P<date>\S+)(?:[ \t]+(?P<time>\d{1,2}:\d{2}(?::\d{2})?))?(?:[ \t]+(?P<rest>\S.*))?")
_URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_LANG_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z_-]{1,11}")
_FRONT_MATTER_START_RE = re.compile(r"\s*---[ \t]*\n")
_FRONT_MATTER_END_RE = re.compile(r"(?:---|\.\.\.)[ \t]*")
# inside front matter: `key: value`, an indented or list continuation, a comment, or a blank line
_FRONT_MATTER_LINE_RE = re.compile(r"[A-Za-z_][\w-]*[ \t]*:.*|[ \t-].*|#.*|")
_LINE_RE = re.compile(r"[^\n]*\n?")
_MARKDOWN_HEADING_RE = re.compile(r"#{1,6}[ \t]+(?P<title>[^\n]*?)[ \t#]*(?:\n|$)")

_DAY_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_MONTH_RE = re.compile(r"(\d{4})-(\d{1,2})")
_YEAR_RE = re.compile(r"\d{4}")
_DOTTED_DAY_RE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_TIMESTAMP_RE = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}.*")

_SENTENCE_END_RE = re.compile(r"[.!?…][\"'”»)]*(?=\s+[\"„«(]?[A-ZĄĆĘŁŃÓŚŹŻ0-9])")
_WORD_RE = re.compile(r"[^\W\d_]+")
_DETECT_MAX_CHARS = 20_000
_DETECT_MIN_WORDS = 3
_DETECT_MIN_SCORE = 2
_DETECT_MIN_RATIO = 2.0


@dataclass(frozen=True)
class Document:
    """One article as it will be stored; spans of extracted facts point into `body`."""

    body: str
    sha256: str
    origin: str
    title: str | None
    url: str | None
    publisher: str | None
    language: str
    published_on: datetime.date | None
    date_precision: str


class DocumentError(Exception):
    """An article that cannot be loaded: one line naming where (file[:line]) and why."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(origin, reason)  # both in args, so the error survives pickling (worker processes)
        self.origin = origin.replace("\r", "\\r").replace("\n", "\\n")
        self.reason = " ".join(reason.split())

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass(frozen=True)
class _Fields:
    """Metadata read from a header or a JSON object; None means 'not given'."""

    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    language: str | None = None
    published_on: datetime.date | None = None
    date_precision: str | None = None

    def updated(self, other: _Fields) -> _Fields:
        """These fields, overridden by every field `other` gives."""
        merged = {name: getattr(other, name) or getattr(self, name) for name in self.__dataclass_fields__}
        return _Fields(**merged)


@dataclass(frozen=True)
class _HeaderLine:
    """What one header line says; `strong` lines (a valid date, a URL, `key:` form) prove a header."""

    field: str | None
    value: Any
    strong: bool
    body_offset: int | None = None  # where the body starts on this same line ("date 2025-11-14 Rosja ...")


# --------------------------------------------------------------------------- paths


def iter_paths(paths: Sequence[str]) -> Iterator[Path | str]:
    """Files to load: folders expanded recursively (sorted, article suffixes only, hidden entries skipped).

    Files named explicitly are kept whatever their name, missing ones too (reading them reports the
    problem), and "-" stays "-" for stdin.
    """
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _article_files(path)
        else:
            yield path


def _article_files(folder: Path) -> Iterator[Path]:
    """Article files under `folder`, sorted by their path relative to it; unlistable folders are yielded."""
    found: list[Path] = []
    unreadable: list[Path] = []

    def note_error(err: OSError) -> None:
        if err.filename:
            unreadable.append(Path(err.filename))

    for dirpath, dirnames, filenames in os.walk(folder, onerror=note_error):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        found.extend(
            Path(dirpath, name)
            for name in filenames
            if not name.startswith(".") and Path(name).suffix.lower() in ARTICLE_SUFFIXES
        )
    found.extend(unreadable)
    yield from sorted(found, key=lambda p: p.relative_to(folder).parts)


# --------------------------------------------------------------------------- readers


def read_path(
    path: str | Path, *, encoding: str = "utf-8", max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | DocumentError]:
    """Documents of one file ("-" reads stdin); problems are yielded as `DocumentError`s.

    Raises ValueError at once (not per file) for an unknown encoding name.
    """
    codec = _codec_name(encoding)
    if str(path) == "-":
        return _read_stream(sys.stdin.buffer, "<stdin>", codec, max_bytes, None)
    return _read_file(Path(path), codec, max_bytes)


def read_stream(
    stream: BinaryIO,
    origin: str,
    *,
    encoding: str = "utf-8",
    max_bytes: int = DEFAULT_MAX_BYTES,
    fmt: str | None = None,
) -> Iterator[Document | DocumentError]:
    """Documents of a byte stream; `fmt` is 'text', 'jsonl' or 'json', or None to sniff the content.

    Raises ValueError at once for an unknown encoding or format.
    """
    codec = _codec_name(encoding)
    if fmt is not None and fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")
    return _read_stream(stream, origin, codec, max_bytes, fmt)


def _read_file(path: Path, codec: str, max_bytes: int) -> Iterator[Document | DocumentError]:
    origin = str(path)
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                yield DocumentError(origin, _too_large(size, max_bytes, "file is"))
                return
            data = handle.read(max_bytes + 1)  # special files report size 0
    except OSError as err:
        yield DocumentError(origin, _cannot_read(path, err))
        return
    if len(data) > max_bytes:
        yield DocumentError(origin, _too_large(None, max_bytes, "file is"))
        return
    yield from _read_bytes(data, origin, codec, _FORMAT_BY_SUFFIX.get(path.suffix.lower()))


def _read_stream(
    stream: BinaryIO, origin: str, codec: str, max_bytes: int, fmt: str | None
) -> Iterator[Document | DocumentError]:
    try:
        data = stream.read(max_bytes + 1)
    except OSError as err:
        yield DocumentError(origin, f"cannot read: {_os_reason(err)}")
        return
    if len(data) > max_bytes:
        yield DocumentError(origin, _too_large(None, max_bytes, "input is"))
        return
    yield from _read_bytes(data, origin, codec, fmt)


def _read_bytes(data: bytes, origin: str, codec: str, fmt: str | None) -> Iterator[Document | DocumentError]:
    """Checks shared by files and streams, then the format's reader."""
    text: str | None = None
    if _is_ascii_compatible(codec):  # checked as bytes, so a binary file is not reported as bad UTF-8
        problem = "empty file" if not data.removeprefix(_UTF8_BOM).strip() else _binary_problem(data)
    else:
        try:
            text = _decode(data, codec)
            problem = None if text.strip() else "empty file"
        except _DecodeProblem as err:
            problem = str(err)
    if problem:
        yield DocumentError(origin, problem)
        return
    fmt = fmt or _sniff_format(text if text is not None else data)
    if fmt == "jsonl":
        lines = _byte_lines(data, codec) if text is None else iter(text.split("\n"))
        yield from _read_jsonl(lines, origin)
        return
    if text is None:
        try:
            text = _decode(data, codec)
        except _DecodeProblem as err:
            yield DocumentError(origin, str(err))
            return
    if fmt == "json":
        yield from _read_json(text, origin)
        return
    try:
        yield parse_text(text, origin)
    except DocumentError as err:
        yield err


def _byte_lines(data: bytes, codec: str) -> Iterator[str | _DecodeProblem]:
    """Lines decoded one by one, so one bad byte costs one line of a JSON Lines file, not the file."""
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            yield _decode(raw if number > 1 else raw.removeprefix(_UTF8_BOM), codec, in_line=True)
        except _DecodeProblem as problem:
            yield problem


def _read_jsonl(lines: Iterator[str | _DecodeProblem], origin: str) -> Iterator[Document | DocumentError]:
    """One article per line; every bad line is reported and the others still load."""
    seen_any = False
    for number, line in enumerate(lines, start=1):
        line_origin = f"{origin}:{number}"
        if isinstance(line, _DecodeProblem):
            seen_any = True
            yield DocumentError(line_origin, str(line))
            continue
        if not line.strip():
            continue
        seen_any = True
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield DocumentError(line_origin, f"not valid JSON ({err.msg} at column {err.colno})")
            continue
        try:
            yield document_from_record(record, line_origin)
        except DocumentError as err:
            yield err
    if not seen_any:
        yield DocumentError(origin, "empty file")


def _read_json(text: str, origin: str) -> Iterator[Document | DocumentError]:
    """One article object, or an array of them (each reported as file:LINE where it starts)."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as err:
        yield DocumentError(origin, f"not valid JSON ({err.msg} at line {err.lineno} column {err.colno})")
        return
    if not isinstance(value, list):
        try:
            yield document_from_record(value, origin)
        except DocumentError as err:
            yield err
        return
    if not value:
        yield DocumentError(origin, "empty JSON array, no articles")
        return
    for line_number, record in zip(_array_item_lines(text), value, strict=True):
        try:
            yield document_from_record(record, f"{origin}:{line_number}")
        except DocumentError as err:
            yield err


def _array_item_lines(text: str) -> Iterator[int]:
    """Line numbers where the items of a (valid) top-level JSON array start."""
    decoder = json.JSONDecoder()
    separators = re.compile(r"[\s,]*")
    position = text.index("[") + 1
    line, counted_to = 1, 0
    while True:
        position = separators.match(text, position).end()  # type: ignore[union-attr]
        if position >= len(text) or text[position] == "]":
            return
        line += text.count("\n", counted_to, position)
        counted_to = position
        yield line
        _, position = decoder.raw_decode(text, position)


def document_from_record(record: object, origin: str) -> Document:
    """A Document from one JSON object: `text`/`body`, plus metadata keys that override any text header."""
    if not isinstance(record, dict):
        raise DocumentError(origin, f"a JSON {_json_kind(record)} is not an article object")
    text_key = next((key for key in _TEXT_KEYS if key in record), None)
    if text_key is None:
        raise DocumentError(origin, "no 'text' or 'body' field")
    text = record[text_key]
    if not isinstance(text, str):
        raise DocumentError(origin, f"'{text_key}' is a JSON {_json_kind(text)}, not a string")
    if not text.strip():
        raise DocumentError(origin, f"'{text_key}' is empty")
    body, header = _split_header(_normalize_text(text, origin), origin)
    fields = header.updated(_record_fields(record, origin))
    return _build_document(body, origin, fields)


def _record_fields(record: Mapping[str, Any], origin: str) -> _Fields:
    values: dict[str, Any] = {}
    for key, raw in record.items():
        field = _FIELD_BY_KEY.get(str(key).lower().replace("-", "_"))
        if field is None or raw is None or field in values:
            continue
        is_year = field == "date" and isinstance(raw, int) and not isinstance(raw, bool)
        value = str(raw) if is_year else raw
        if not isinstance(value, str):
            raise DocumentError(origin, f"'{key}' is a JSON {_json_kind(value)}, not a string")
        if value.strip():
            values[field] = value.strip()
    fields = _Fields(
        title=values.get("title"),
        url=values.get("url"),
        publisher=values.get("publisher"),
        language=_language_code(values["language"], origin) if "language" in values else None,
    )
    if "date" in values:
        published_on, precision = _parse_header_date(values["date"], origin)
        if precision != "unknown":
            fields = fields.updated(_Fields(published_on=published_on, date_precision=precision))
    return fields


# --------------------------------------------------------------------------- text articles


def parse_text(text: str, origin: str) -> Document:
    """A Document from the text of one article file (header optional). Raises DocumentError."""
    body, fields = _split_header(_normalize_text(text, origin), origin)
    return _build_document(body, origin, fields)


def _normalize_text(text: str, origin: str) -> str:
    """Drop a BOM and unify line endings; refuse empty and binary content."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DocumentError(origin, "empty file")
    sample = text[:_BINARY_SAMPLE]
    if "\x00" in text or len(_CONTROL_CHARS_RE.findall(sample)) > _BINARY_CONTROL_SHARE * len(sample):
        raise DocumentError(origin, "binary file, not an article")
    return text


def _split_header(text: str, origin: str) -> tuple[str, _Fields]:
    """The body and the header's fields; a text without a recognisable header is all body."""
    found = _front_matter(text, origin) or _key_value_header(text, origin)
    if found is None:
        return text.strip(), _Fields()
    body_start, fields = found
    body = text[body_start:].strip()
    if not body:
        raise DocumentError(origin, "no article text after the header")
    return body, fields


def _front_matter(text: str, origin: str) -> tuple[int, _Fields] | None:
    """YAML-style front matter between '---' fences (unknown keys ignored).

    None unless the block is closed and holds only `key: value` lines: text between two horizontal
    rules is article text, not a header.
    """
    opening = _FRONT_MATTER_START_RE.match(text)
    if opening is None:
        return None
    header: list[_HeaderLine] = []
    for start, line in _iter_lines(text, opening.end()):
        if _FRONT_MATTER_END_RE.fullmatch(line):
            return start + len(line) + 1, _fields_from(header)
        if not _FRONT_MATTER_LINE_RE.fullmatch(line):
            return None
        match = _KEY_LINE_RE.fullmatch(line)
        if match and match["colon"]:
            parsed = _header_line(match, origin)
            if parsed is not None:
                header.append(parsed)
    return None


def _key_value_header(text: str, origin: str) -> tuple[int, _Fields] | None:
    """`key value` / `key: value` lines at the top, ended by a blank line or by body text on a date line.

    A header is accepted when one of its lines is unmistakable (a valid date, a URL, a known language,
    any `key:` form), or when it has two or more known keys and ends with a blank line; otherwise an
    article that merely begins with "Source ..." would lose its first line.
    """
    header: list[_HeaderLine] = []
    body_start: int | None = None
    ended_by_blank = False
    for start, line in _iter_lines(text):
        if not line.strip():
            if header:
                ended_by_blank = True
                body_start = start
                break
            continue
        match = _KEY_LINE_RE.fullmatch(line)
        parsed = _header_line(match, origin) if match else None
        if parsed is None:
            if header and _UNKNOWN_COLON_KEY_RE.fullmatch(line):
                continue  # "author: ..." inside a header: kept out of the body, not stored
            body_start = start
            break
        header.append(parsed)
        if parsed.body_offset is not None:
            body_start = start + parsed.body_offset
            break
    if not header:
        return None
    known_keys = sum(1 for line in header if line.field)
    if not any(line.strong for line in header) and not (ended_by_blank and known_keys >= 2):
        return None
    return (len(text) if body_start is None else body_start), _fields_from(header)


def _header_line(match: re.Match[str], origin: str) -> _HeaderLine | None:
    """Interpret one `key value` line, or None when it is not a header line after all."""
    field = _FIELD_BY_KEY.get(match["key"].lower().replace("-", "_"))
    if field is None:
        return None
    value = match["value"].rstrip()
    colon = bool(match["colon"])
    if not value:
        return _HeaderLine(None, None, strong=True) if colon else None  # "url:" with nothing after it
    if field == "date":
        return _date_line(match, origin, colon=colon)
    if colon:
        if field == "language":
            return _HeaderLine(field, _language_code(_unquote(value), origin), strong=True)
        return _HeaderLine(field, _unquote(value), strong=True)
    if field == "url":
        return _HeaderLine(field, value, strong=True) if _URL_RE.fullmatch(value) else None
    if field == "language":
        if not _LANG_TOKEN_RE.fullmatch(value):
            return None  # "Language barriers ..." is prose
        return _HeaderLine(field, _language_code(value, origin), strong=True)
    return _HeaderLine(field, value, strong=False)


def _date_line(match: re.Match[str], origin: str, *, colon: bool) -> _HeaderLine | None:
    """`date: <value>` takes the whole value; `date <DATE> body...` may start the body on the same line."""
    value = match["value"].rstrip()
    if colon:
        return _HeaderLine("date", _parse_header_date(_unquote(value), origin), strong=True)
    inline = _INLINE_DATE_RE.fullmatch(value)
    if inline is None:
        return None
    token = inline["date"]
    if not (token[0].isdigit() or token.lower() == "unknown"):
        return None  # "Date night ..." is prose, not a header
    parsed = _parse_header_date(token, origin)
    body_offset = match.start("value") + inline.start("rest") if inline["rest"] else None
    return _HeaderLine("date", parsed, strong=True, body_offset=body_offset)


def _fields_from(header: Sequence[_HeaderLine]) -> _Fields:
    values: dict[str, Any] = {}
    for line in header:
        if line.field and line.value is not None and line.field not in values:
            values[line.field] = line.value
    published_on, precision = values.get("date", (None, None))
    return _Fields(
        title=values.get("title"),
        url=values.get("url"),
        publisher=values.get("publisher"),
        language=values.get("language"),
        published_on=published_on,
        date_precision=None if precision == "unknown" else precision,
    )


def _build_document(body: str, origin: str, fields: _Fields) -> Document:
    for name, value in (("text", body), ("title", fields.title), ("url", fields.url), ("publisher", fields.publisher)):
        if value:
            _check_unicode(value, name, origin)
    title = fields.title or _markdown_title(body) or default_title(body)
    return Document(
        body=body,
        sha256=hashlib.sha256(body.encode("utf-8")).hexdigest(),
        origin=origin,
        title=title,
        url=fields.url,
        publisher=fields.publisher,
        language=fields.language or detect_language(body),
        published_on=fields.published_on,
        date_precision=fields.date_precision or "unknown",
    )


def _check_unicode(value: str, name: str, origin: str) -> None:
    """JSON escapes can make strings that are not Unicode text (a lone surrogate): refuse them."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise DocumentError(
            origin, f"{name} is not valid Unicode (unpaired surrogate \\u{ord(value[exc.start]):04x} at character {exc.start})"
        ) from None
    if "\x00" in value:
        raise DocumentError(origin, f"{name} contains a NUL character")


def _markdown_title(body: str) -> str | None:
    match = _MARKDOWN_HEADING_RE.match(body)
    return (match["title"].strip() or None) if match else None


def default_title(body: str, max_chars: int = TITLE_MAX_CHARS) -> str | None:
    """The first sentence of the first line, cut at a word boundary when longer than `max_chars`."""
    first_line = body.strip().split("\n", 1)[0].strip()
    end = next((m.end() for m in _SENTENCE_END_RE.finditer(first_line) if _ends_sentence(first_line, m.end())), None)
    sentence = first_line[:end] if end else first_line
    sentence = sentence.removesuffix(".").strip()
    if len(sentence) <= max_chars:
        return sentence or None
    head = sentence[: max_chars + 1]
    cut = head[: head.rfind(" ")] if " " in head[1:] else sentence[:max_chars]
    return cut.rstrip(",;:-\N{EN DASH} ") + "\N{HORIZONTAL ELLIPSIS}"


def _ends_sentence(line: str, end: int) -> bool:
    """False after an abbreviation that qualifies what follows ("gen.", "m.in.") or an initial ("J.")."""
    word = line[:end].rsplit(None, 1)[-1].lower()
    return not (word in _non_terminal_abbreviations() or (len(word) == 2 and word[0].isalpha()))


@functools.cache
def _non_terminal_abbreviations() -> frozenset[str]:
    return frozenset(load_lines("pl/abbreviations_nonterminal.txt"))


# --------------------------------------------------------------------------- dates


def parse_header_date(value: str) -> tuple[datetime.date | None, str]:
    """(first day, precision) of YYYY-MM-DD, YYYY-MM, YYYY, DD.MM.YYYY, an ISO timestamp, or 'unknown'.

    Strict: impossible dates raise ValueError with the reason ("month must be in 1..12").
    """
    value = value.strip()
    if value.lower() == "unknown":
        return None, "unknown"
    if match := _DAY_RE.fullmatch(value):
        return _checked_date(value, int(match[1]), int(match[2]), int(match[3])), "day"
    if match := _DOTTED_DAY_RE.fullmatch(value):
        return _checked_date(value, int(match[3]), int(match[2]), int(match[1])), "day"
    if match := _MONTH_RE.fullmatch(value):
        return _checked_date(value, int(match[1]), int(match[2]), 1), "month"
    if _YEAR_RE.fullmatch(value):
        return _checked_date(value, int(value), 1, 1), "year"
    if match := _TIMESTAMP_RE.fullmatch(value):
        day, _ = parse_header_date(match[1])
        try:
            datetime.datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(f"invalid date {value!r} ({_DATE_FORMS}, or an ISO timestamp)") from None
        return day, "day"
    raise ValueError(f"invalid date {value!r} ({_DATE_FORMS})")


def _checked_date(text: str, year: int, month: int, day: int) -> datetime.date:
    try:
        return datetime.date(year, month, day)
    except ValueError as err:
        raise ValueError(f"invalid date {text!r} ({err})") from None


def _parse_header_date(value: str, origin: str) -> tuple[datetime.date | None, str]:
    try:
        return parse_header_date(value)
    except ValueError as err:
        raise DocumentError(origin, str(err)) from None


# --------------------------------------------------------------------------- language


@dataclass(frozen=True)
class _LanguageProfile:
    code: str
    stopwords: frozenset[str]
    letters: frozenset[str]


@functools.cache
def _language_profiles() -> tuple[_LanguageProfile, ...]:
    """Stopwords and letters per language; words listed for several languages are dropped (they tell nothing)."""
    spec = load_yaml("languages.yaml")["languages"]
    lists = {code: frozenset(entry["stopwords"].split()) for code, entry in spec.items()}
    shared = frozenset(
        word for code, words in lists.items() for word in words if any(word in lists[o] for o in lists if o != code)
    )
    return tuple(
        _LanguageProfile(code, lists[code] - shared, frozenset(entry.get("letters") or ""))
        for code, entry in spec.items()
    )


@functools.cache
def _language_names() -> Mapping[str, str | None]:
    """Accepted spellings of each language, lower-case -> code (None: undetermined, detect it)."""
    spec = load_yaml("languages.yaml")
    names: dict[str, str | None] = {name.lower(): None for name in spec["undetermined_names"]}
    for code, entry in spec["languages"].items():
        names.update({str(name).lower(): code for name in entry["names"]})
    return names


def normalize_language(value: str) -> str | None:
    """'PL', 'pol', 'Polish', 'pl-PL' -> 'pl'; 'und'/'unknown' -> None; raises ValueError if unsupported."""
    names = _language_names()
    key = value.strip().lower()
    for candidate in (key, re.split(r"[-_]", key, maxsplit=1)[0]):
        if candidate in names:
            return names[candidate]
    supported = " or ".join(p.code for p in _language_profiles())
    raise ValueError(f"unsupported language {value.strip()!r} (expected {supported})")


def _language_code(value: str, origin: str) -> str | None:
    try:
        return normalize_language(value)
    except ValueError as err:
        raise DocumentError(origin, str(err)) from None


def detect_language(text: str) -> str:
    """'pl', 'en' or 'und': stopword and letter counts, and 'und' when too few or too close to call."""
    words = _WORD_RE.findall(text[:_DETECT_MAX_CHARS].lower())
    if len(words) < _DETECT_MIN_WORDS:
        return "und"
    counts = Counter(words)  # each distinct word is looked at once
    scores = sorted(((_language_score(counts, profile), profile.code) for profile in _language_profiles()), reverse=True)
    best_score, best_code = scores[0]
    runner_up = scores[1][0] if len(scores) > 1 else 0
    if best_score < _DETECT_MIN_SCORE or best_score < _DETECT_MIN_RATIO * runner_up:
        return "und"
    return best_code


def _language_score(counts: Mapping[str, int], profile: _LanguageProfile) -> int:
    """Words that are this language's stopwords or contain one of its own letters."""
    return sum(n for word, n in counts.items() if word in profile.stopwords or not profile.letters.isdisjoint(word))


# --------------------------------------------------------------------------- helpers


class _DecodeProblem(Exception):
    """Bytes that do not decode; the message is the reason shown to the user."""


def _decode(data: bytes, codec: str, *, in_line: bool = False) -> str:
    bom = len(_UTF8_BOM) if codec == "utf-8" and data.startswith(_UTF8_BOM) else 0
    try:
        return data[bom:].decode(codec)
    except UnicodeDecodeError as err:
        where = f"column {err.start + 1}" if in_line else f"offset {err.start + bom}"
        bad = f"byte 0x{err.object[err.start]:02x} at {where}"
        if codec == "utf-8":
            raise _DecodeProblem(
                f"not valid UTF-8 ({bad}); if it is an old Polish file try --encoding cp1250"
            ) from None
        raise _DecodeProblem(f"not valid {codec} ({bad}); try another --encoding") from None


def _binary_problem(data: bytes) -> str | None:
    """Why raw bytes are not a text article in a byte-oriented encoding, or None."""
    if data.startswith(_UTF16_BOMS):
        return "UTF-16 text; convert it to UTF-8 or try --encoding utf-16"
    sample = data[:_BINARY_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if b"\x00" in data or controls > _BINARY_CONTROL_SHARE * len(sample):
        return "binary file, not an article"
    return None


def _sniff_format(content: bytes | str) -> str:
    """'jsonl' when the first non-blank character is '{', 'json' for '[', else 'text'."""
    head = content[:4096]
    if isinstance(head, bytes):
        head = head.removeprefix(_UTF8_BOM).decode("latin-1")
    first = head.removeprefix("\ufeff").lstrip()[:1]
    return {"{": "jsonl", "[": "json"}.get(first, "text")


@functools.cache
def _codec_name(encoding: str) -> str:
    """The codec's canonical name ('UTF8' -> 'utf-8'); ValueError for names Python does not know."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise ValueError(f"unknown encoding {encoding!r}") from None


@functools.cache
def _is_ascii_compatible(codec: str) -> bool:
    """Whether ASCII bytes mean the same in `codec` (so lines can be split and checked as bytes)."""
    try:
        return "\n{}[ ".encode(codec) == b"\n{}[ "
    except UnicodeError:
        return False


def _iter_lines(text: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """(offset, line without its newline) for each line from `start`."""
    for match in _LINE_RE.finditer(text, start):
        if match.start() == len(text):
            return
        yield match.start(), match.group().removesuffix("\n")


def _cannot_read(path: Path, err: OSError) -> str:
    if isinstance(err, IsADirectoryError) or (path.is_dir() and not isinstance(err, PermissionError)):
        return "cannot read: is a directory, not an article file"
    return f"cannot read: {_os_reason(err)}"


def _os_reason(err: OSError) -> str:
    reason = err.strerror or str(err)
    return reason[:1].lower() + reason[1:]


def _too_large(size: int | None, max_bytes: int, subject: str) -> str:
    amount = f"{subject} {_human_size(size)}, over" if size is not None else f"{subject} over"
    return f"{amount} the {_human_size(max_bytes)} limit (--max-bytes)"


def _human_size(size: int) -> str:
    for unit, scale in (("MB", 1_000_000), ("kB", 1_000)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"


def _json_kind(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    kinds = {dict: "object", list: "array", str: "string", int: "number", float: "number", type(None): "null"}
    return kinds.get(type(value), type(value).__name__)


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value
