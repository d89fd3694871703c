"""The article reader: formats, headers, dates, languages and every kind of bad input."""

from __future__ import annotations

import datetime
import hashlib
import io
import json
import pickle
import sys
from pathlib import Path

import pytest

from eventdb.documents import (
    Document,
    DocumentError,
    default_title,
    detect_language,
    iter_paths,
    normalize_language,
    parse_header_date,
    parse_text,
    read_path,
    read_stream,
)

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_345fe1ab6c1f8ba1.txt"
DATA = Path(__file__).resolve().parent / "data" / "documents"
SEED_BODY_SHA256 = "c1510c7bb17b660bc1f63490e0e19a28edceae73fe71c14f7937d3c9627fb018"

POLISH_TEXT = "Północnokoreańscy żołnierze są już w obwodzie kurskim, gdzie pomagają w rozminowywaniu terenu."


def only(items: list[Document | DocumentError]) -> Document | DocumentError:
    assert len(items) == 1, items
    return items[0]


def load(path: Path, **options: object) -> Document:
    item = only(list(read_path(path, **options)))  # type: ignore[arg-type]
    assert isinstance(item, Document), item
    return item


def error_of(path: Path, *, line: int | None = None, **options: object) -> str:
    """The one error reading `path` gives, checked to be one line that names the file (and line)."""
    item = only(list(read_path(path, **options)))  # type: ignore[arg-type]
    assert isinstance(item, DocumentError), item
    origin = str(path) if line is None else f"{path}:{line}"
    message = str(item)
    assert message.startswith(f"{origin}: "), message
    assert "\n" not in message
    assert item.origin == origin
    return message


# --------------------------------------------------------------------------- the seed


def test_seed_article() -> None:
    doc = load(SEED)
    assert doc.body.startswith("Rosja planuje zatrudnić 12 tys. północnokoreańskich")
    assert doc.body.endswith("pozostawione przez ukraińskie pozycje obronne.")
    assert doc.published_on == datetime.date(2025, 11, 14)
    assert doc.date_precision == "day"
    assert doc.language == "pl"
    assert doc.origin == str(SEED)
    assert doc.sha256 == hashlib.sha256(doc.body.encode("utf-8")).hexdigest()
    assert doc.sha256 == SEED_BODY_SHA256
    assert doc.url is None and doc.publisher is None
    assert doc.title is not None and doc.title.startswith("Rosja planuje zatrudnić 12 tys.")
    assert len(doc.title) <= 121


def test_seed_body_is_the_file_after_its_date_token() -> None:
    raw = SEED.read_text(encoding="utf-8")
    doc = load(SEED)
    assert raw.startswith(" date 2025-11-14 ")
    assert doc.body == raw.removeprefix(" date 2025-11-14 ").rstrip()
    assert "\n\nKorea Północna dostarcza Rosji amunicję" in doc.body  # inner blank lines kept


def test_seed_read_twice_gives_equal_documents() -> None:
    assert load(SEED) == load(SEED)


# --------------------------------------------------------------------------- text headers

HEADER_CASES = [
    # (text, expected fields, expected body)
    (
        " date 2025-11-14 Rosja planuje X.",
        {"published_on": datetime.date(2025, 11, 14), "date_precision": "day"},
        "Rosja planuje X.",
    ),
    ("date: 2025-11-14\n\nRosja planuje.", {"published_on": datetime.date(2025, 11, 14)}, "Rosja planuje."),
    (
        "Date 2024-07\nurl https://example.org/a\n\nTreść.",
        {"published_on": datetime.date(2024, 7, 1), "date_precision": "month", "url": "https://example.org/a"},
        "Treść.",
    ),
    ("date 2024\n\nTreść.", {"published_on": datetime.date(2024, 1, 1), "date_precision": "year"}, "Treść."),
    (
        "date unknown\ntitle Tytuł artykułu\n\nTreść.",
        {"published_on": None, "date_precision": "unknown", "title": "Tytuł artykułu"},
        "Treść.",
    ),
    (
        "title: Foo\npublisher: Bar\nlang: PL\n\nBody text.",
        {"title": "Foo", "publisher": "Bar", "language": "pl"},
        "Body text.",
    ),
    (
        "lang pol\n\nThe text is English but the header says Polish.",
        {"language": "pl"},
        "The text is English but the header says Polish.",
    ),
    ("language: English\n\nTekst.", {"language": "en"}, "Tekst."),
    ("source: PAP\n\nTekst.", {"publisher": "PAP"}, "Tekst."),
    (
        '---\ntitle: "Quoted"\ndate: 2025-01-02\ntags: [a, b]\n---\n\nBody.',
        {"title": "Quoted", "published_on": datetime.date(2025, 1, 2)},
        "Body.",
    ),
    ("date 2025-11-14 10:30 Rosja planuje.", {"published_on": datetime.date(2025, 11, 14)}, "Rosja planuje."),
    ("date 14.11.2025\n\nTreść.", {"published_on": datetime.date(2025, 11, 14), "date_precision": "day"}, "Treść."),
    ("published_at: 2025-11-14T08:15:00Z\n\nTreść.", {"published_on": datetime.date(2025, 11, 14)}, "Treść."),
    (
        "date 2025-11-14\nRosja planuje.\n\nDalej.",
        {"published_on": datetime.date(2025, 11, 14)},
        "Rosja planuje.\n\nDalej.",
    ),
    (
        "url https://a.example/c\ndate 2025-11-14 Body starts here.",
        {"url": "https://a.example/c", "published_on": datetime.date(2025, 11, 14)},
        "Body starts here.",
    ),
    ("title: X\nauthor: Jan Kowalski\n\nTreść.", {"title": "X"}, "Treść."),
    ("title Foo\npublisher Bar\n\nBody.", {"title": "Foo", "publisher": "Bar"}, "Body."),
    ("date 2025-11-14\r\n\r\nBody\r\nline two\r\n", {"published_on": datetime.date(2025, 11, 14)}, "Body\nline two"),
    ("\ufeffdate 2025-11-14 Body.", {"published_on": datetime.date(2025, 11, 14)}, "Body."),
    ("\n\n  date 2025-11-14 A  b\n\n\n  c  \n", {}, "A  b\n\n\n  c"),
    ("date:\ntitle: Tylko tytuł\n\nTreść.", {"published_on": None, "title": "Tylko tytuł"}, "Treść."),
]


@pytest.mark.parametrize(("text", "fields", "body"), HEADER_CASES)
def test_header_variants(text: str, fields: dict[str, object], body: str) -> None:
    doc = parse_text(text, "a.txt")
    assert doc.body == body
    for name, expected in fields.items():
        assert getattr(doc, name) == expected, name


NOT_A_HEADER = [
    "Date night in Seoul was quiet this week.\n\nMore text.",
    "Source of the leak remains unknown.\n\nMore text.",
    "Title IX reforms were announced.\nMore text.",
    "Rosja planuje zatrudnić pracowników.\ndate 2025-11-14",
    "Language barriers slowed the talks.\n\nMore text.",
    "url is what you type into the browser.\n\nMore text.",
    "---\nnot a closed front matter\n\nBody.",
    "---\nA paragraph between two horizontal rules.\n---\n\nMore text.",
    "title Foo\n\nA single weak line is not enough to call it a header.",
    "Publisher Bar said the book was late.",
    "date\nTreść bez daty.",
]


@pytest.mark.parametrize("text", NOT_A_HEADER)
def test_text_without_header_is_all_body(text: str) -> None:
    doc = parse_text(text, "a.txt")
    assert doc.body == text.strip()
    assert doc.published_on is None and doc.date_precision == "unknown"
    assert doc.url is None and doc.publisher is None


def test_header_block_fixture() -> None:
    doc = load(DATA / "header_block.md")
    assert doc.title == "Korea Północna wysyła kolejnych żołnierzy"
    assert doc.url == "https://example.org/artykul/123"
    assert doc.publisher == "Przykładowy Portal"
    assert doc.language == "pl"
    assert (doc.published_on, doc.date_precision) == (datetime.date(2024, 7, 1), "month")
    assert doc.body.startswith("Według wywiadu Korei Południowej")
    assert "ma    pracować" in doc.body  # inner whitespace is verbatim


def test_front_matter_fixture() -> None:
    doc = load(DATA / "front_matter.md")
    assert doc.title == "Drony Shahed z Ałabugi"  # the header title wins over the markdown heading
    assert doc.publisher == "Example News"
    assert (doc.published_on, doc.date_precision) == (datetime.date(2025, 6, 1), "month")
    assert doc.body.startswith("# Nagłówek w treści\n\nProdukcja dronów")
    assert doc.language == "pl"


def test_plain_english_fixture() -> None:
    doc = load(DATA / "plain_english.txt")
    assert doc.language == "en"
    assert doc.title == (
        "North Korea has sent additional artillery shells to Russia, according to South Korean intelligence"
    )
    assert doc.date_precision == "unknown"


# --------------------------------------------------------------------------- titles

TITLE_CASES = [
    ("Krótki tytuł", "Krótki tytuł"),
    ("Pierwsze zdanie. Drugie zdanie.", "Pierwsze zdanie"),
    ("Czy to koniec? Nie wiadomo.", "Czy to koniec?"),
    ("Rosja zatrudni 12 tys. pracowników. Drugie.", "Rosja zatrudni 12 tys. pracowników"),
    ("Spotkanie z gen. Kimem odbyło się w Moskwie. Drugie.", "Spotkanie z gen. Kimem odbyło się w Moskwie"),
    ("Raport J. Smitha o dostawach. Drugie.", "Raport J. Smitha o dostawach"),
    ("Pierwsza linia\nDruga linia.", "Pierwsza linia"),
    ("„Cytat na początku.” Dalszy tekst.", "„Cytat na początku.”"),
    ("słowo " * 40, "słowo " * 19 + "słowo…"),
    ("x" * 130, "x" * 120 + "…"),
    ("a" * 119 + " bb cc", "a" * 119 + "…"),
    ("a" * 118 + " b cc", "a" * 118 + " b…"),  # the word that ends exactly at the limit is kept
]


@pytest.mark.parametrize(("body", "title"), TITLE_CASES)
def test_default_title(body: str, title: str) -> None:
    assert default_title(body) == title


def test_long_titles_are_cut_at_a_word_boundary() -> None:
    body = (
        "Korea Północna dostarcza Rosji amunicję, rakiety balistyczne, haubice i wyrzutnie rakietowe, a w zamian "
        "otrzymuje wsparcie gospodarcze i technologiczne"
    )
    title = default_title(body)
    assert title is not None and title.endswith("…") and len(title) <= 121
    assert body.startswith(title.removesuffix("…"))
    assert body[len(title) - 1] == " "


def test_markdown_heading_gives_the_title() -> None:
    doc = parse_text("# Drony z Ałabugi\n\nProdukcja dronów rośnie.", "a.md")
    assert doc.title == "Drony z Ałabugi"
    assert doc.body.startswith("# Drony z Ałabugi")


# --------------------------------------------------------------------------- dates

DATE_CASES = [
    ("2025-11-14", datetime.date(2025, 11, 14), "day"),
    ("2025-1-5", datetime.date(2025, 1, 5), "day"),
    ("2024-07", datetime.date(2024, 7, 1), "month"),
    ("2024", datetime.date(2024, 1, 1), "year"),
    ("unknown", None, "unknown"),
    ("UNKNOWN", None, "unknown"),
    ("14.11.2025", datetime.date(2025, 11, 14), "day"),
    ("2025-11-14T08:15:00+02:00", datetime.date(2025, 11, 14), "day"),
    ("2025-11-14 08:15", datetime.date(2025, 11, 14), "day"),
    (" 2024-02-29 ", datetime.date(2024, 2, 29), "day"),
]


@pytest.mark.parametrize(("value", "day", "precision"), DATE_CASES)
def test_parse_header_date(value: str, day: datetime.date | None, precision: str) -> None:
    assert parse_header_date(value) == (day, precision)


BAD_DATES = [
    ("2025-13-45", "month must be in 1..12"),
    ("2025-02-30", "day is out of range for month"),
    ("2025-02-29", "day is out of range for month"),
    ("2025-13", "month must be in 1..12"),
    ("2025-00", "month must be in 1..12"),
    ("32.01.2025", "day is out of range for month"),
    ("14/11/2025", "expected YYYY-MM-DD"),
    ("2025-11-14x", "expected YYYY-MM-DD"),
    ("November 2025", "expected YYYY-MM-DD"),
    ("2025-11-14T25:00", "ISO timestamp"),
    ("", "expected YYYY-MM-DD"),
    ("20251114", "expected YYYY-MM-DD"),
]


@pytest.mark.parametrize(("value", "reason"), BAD_DATES)
def test_impossible_dates_are_refused(value: str, reason: str) -> None:
    with pytest.raises(ValueError, match="invalid date") as caught:
        parse_header_date(value)
    assert reason in str(caught.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("date 2025-13-45\n\nTreść.", "a.txt: invalid date '2025-13-45' (month must be in 1..12)"),
        (" date 2025-02-30 Rosja planuje.", "a.txt: invalid date '2025-02-30' (day is out of range for month)"),
        ("date: November 14, 2025\n\nTreść.", "a.txt: invalid date 'November 14, 2025' (expected YYYY-MM-DD"),
        ("lang: de\n\nTreść.", "a.txt: unsupported language 'de' (expected pl or en)"),
        ("", "a.txt: empty file"),
        ("  \n\t\n ", "a.txt: empty file"),
        ("date 2025-11-14\n\n   \n", "a.txt: no article text after the header"),
        (" date 2025-11-14", "a.txt: no article text after the header"),
        ("---\ntitle: x\n---\n", "a.txt: no article text after the header"),
        ("abc\x00def", "a.txt: binary file, not an article"),
        ("a\x01b\x02c\x03d", "a.txt: binary file, not an article"),
    ],
)
def test_parse_text_errors(text: str, message: str) -> None:
    with pytest.raises(DocumentError) as caught:
        parse_text(text, "a.txt")
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)
    assert caught.value.origin == "a.txt"


# --------------------------------------------------------------------------- files: bad input


def write(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\n\t \r\n", "empty file"),
        (b"\xef\xbb\xbf", "empty file"),
        (b"date 2025-11-14\n\n", "no article text after the header"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file, not an article"),
        (bytes(range(1, 9)) * 20 + b"Tekst", "binary file, not an article"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "binary file, not an article"),
        ("Artykuł".encode("utf-16"), "UTF-16 text; convert it to UTF-8 or try --encoding utf-16"),
        (b"date 2025-13-45 Tekst.", "invalid date '2025-13-45' (month must be in 1..12)"),
    ],
)
def test_bad_files(tmp_path: Path, content: bytes, reason: str) -> None:
    path = write(tmp_path, "article.txt", content)
    assert error_of(path) == f"{path}: {reason}"


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbf date 2025-11-14 " + POLISH_TEXT.encode())
    doc = load(path)
    assert doc.body == POLISH_TEXT
    assert doc.published_on == datetime.date(2025, 11, 14)


def test_cp1250_fails_by_default_and_loads_with_its_encoding(tmp_path: Path) -> None:
    text = "date 2025-11-14 " + POLISH_TEXT
    raw = text.encode("cp1250")
    offset = next(i for i, byte in enumerate(raw) if byte > 0x7F)
    path = write(tmp_path, "stary.txt", raw)
    message = error_of(path)
    assert message == (
        f"{path}: not valid UTF-8 (byte 0x{raw[offset]:02x} at offset {offset}); "
        "if it is an old Polish file try --encoding cp1250"
    )
    doc = load(path, encoding="cp1250")
    assert doc.body == POLISH_TEXT
    assert doc.language == "pl"
    assert load(path, encoding="windows-1250") == doc


def test_utf16_loads_with_its_encoding(tmp_path: Path) -> None:
    path = write(tmp_path, "utf16.txt", ("date 2025-11-14 " + POLISH_TEXT).encode("utf-16"))
    assert load(path, encoding="utf-16").body == POLISH_TEXT


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.txt"
    assert error_of(path) == f"{path}: cannot read: no such file or directory"


def test_directory_given_as_a_file(tmp_path: Path) -> None:
    assert error_of(tmp_path) == f"{tmp_path}: cannot read: is a directory, not an article file"


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "secret.txt", POLISH_TEXT.encode())

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)  # chmod does not stop root, so simulate the refusal
    assert error_of(path) == f"{path}: cannot read: permission denied"


def test_over_large_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(12_300_000)  # sparse: the size is there, the bytes are not read
    assert error_of(path) == f"{path}: file is 12.3 MB, over the 5 MB limit (--max-bytes)"


def test_max_bytes_is_configurable(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", POLISH_TEXT.encode() * 3)
    size = path.stat().st_size
    assert error_of(path, max_bytes=100) == f"{path}: file is {size} bytes, over the 100 bytes limit (--max-bytes)"
    assert load(path, max_bytes=size).body == (POLISH_TEXT * 3).strip()


def test_unknown_encoding_is_refused_at_once(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown encoding 'no-such-codec'"):
        read_path(tmp_path / "a.txt", encoding="no-such-codec")


# --------------------------------------------------------------------------- JSON Lines and JSON


def test_jsonl_good_and_bad_lines() -> None:
    path = DATA / "articles.jsonl"
    items = list(read_path(path))
    by_line = {item.origin.rsplit(":", 1)[1]: item for item in items}
    assert sorted(by_line, key=int) == ["1", "3", "4", "5", "6", "7", "8", "9", "10"]

    first, second, last = by_line["1"], by_line["3"], by_line["10"]
    assert isinstance(first, Document) and isinstance(second, Document) and isinstance(last, Document)
    assert first.origin == f"{path}:1"
    assert first.body == "Korea Północna wysłała do Rosji kolejne pociski balistyczne."
    assert (first.published_on, first.date_precision, first.language) == (datetime.date(2025, 3, 2), "day", "pl")
    assert first.url == "https://example.org/a"
    assert (second.title, second.publisher, second.language) == ("Troops", "Example News", "en")
    assert (second.published_on, second.date_precision) == (datetime.date(2024, 12, 1), "month")
    assert (last.published_on, last.date_precision, last.language) == (None, "unknown", "pl")

    expected_errors = {
        "4": "not valid JSON (Expecting ',' delimiter at column 40)",
        "5": "no 'text' or 'body' field",
        "6": "a JSON array is not an article object",
        "7": "invalid date '2025-13-45' (month must be in 1..12)",
        "8": "'text' is a JSON number, not a string",
        "9": "'text' is empty",
    }
    for line, reason in expected_errors.items():
        error = by_line[line]
        assert isinstance(error, DocumentError), error
        assert str(error) == f"{path}:{line}: {reason}"


def test_jsonl_bad_bytes_cost_one_line(tmp_path: Path) -> None:
    good = json.dumps({"text": POLISH_TEXT}, ensure_ascii=False).encode()
    bad = json.dumps({"text": "Północ"}, ensure_ascii=False).encode("utf-8").replace("ó".encode(), b"\xf3")
    path = write(tmp_path, "mixed.jsonl", b"\n".join([good, bad, good]))
    items = list(read_path(path))
    assert [type(item).__name__ for item in items] == ["Document", "DocumentError", "Document"]
    assert str(items[1]).startswith(f"{path}:2: not valid UTF-8 (byte 0xf3 at column 12)")


def test_jsonl_text_header_and_json_fields_combine(tmp_path: Path) -> None:
    lines = [
        {"text": " date 2025-11-14 Rosja planuje.", "url": "https://example.org/x"},
        {"text": "date 2025-11-14\n\nRosja planuje.", "date": "2025-11-15"},
        {"text": "Rosja planuje.", "published": "unknown", "lang": "PL"},
    ]
    path = write(tmp_path, "a.jsonl", "\n".join(json.dumps(x) for x in lines).encode())
    first, second, third = list(read_path(path))
    assert isinstance(first, Document) and isinstance(second, Document) and isinstance(third, Document)
    assert (first.body, first.published_on, first.url) == (
        "Rosja planuje.",
        datetime.date(2025, 11, 14),
        "https://example.org/x",
    )
    assert second.published_on == datetime.date(2025, 11, 15)  # JSON wins over the text header
    assert first.sha256 == second.sha256  # same body, same identity
    assert (third.published_on, third.date_precision, third.language) == (None, "unknown", "pl")


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ({"text": "Tekst.", "title": 5}, "'title' is a JSON number, not a string"),
        ({"text": "Tekst.", "lang": "fr"}, "unsupported language 'fr' (expected pl or en)"),
        ({"text": "Tekst.", "date": True}, "'date' is a JSON boolean, not a string"),
        ({"text": ["a"]}, "'text' is a JSON array, not a string"),
        ({"body": None}, "'body' is a JSON null, not a string"),
    ],
)
def test_jsonl_field_errors(tmp_path: Path, record: dict[str, object], reason: str) -> None:
    path = write(tmp_path, "a.jsonl", json.dumps(record).encode())
    assert error_of(path, line=1) == f"{path}:1: {reason}"


def test_jsonl_with_only_blank_lines_is_empty(tmp_path: Path) -> None:
    path = write(tmp_path, "a.jsonl", b"\n\n  \n")
    assert error_of(path) == f"{path}: empty file"


def test_json_array_file() -> None:
    path = DATA / "articles.json"
    first, second, third = list(read_path(path))
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.origin == f"{path}:2" and second.origin == f"{path}:7"
    assert (first.published_on, first.publisher, first.language) == (datetime.date(2024, 6, 19), "Example News", "pl")
    assert (second.published_on, second.date_precision, second.language) == (datetime.date(2024, 1, 1), "year", "en")
    assert isinstance(third, DocumentError)
    assert str(third) == f"{path}:8: a JSON string is not an article object"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"[]", "empty JSON array, no articles"),
        (b'{"text": "a",}', "not valid JSON (Expecting property name enclosed in double quotes at line 1 column 14)"),
        (b"42", "a JSON number is not an article object"),
    ],
)
def test_bad_json_files(tmp_path: Path, content: bytes, reason: str) -> None:
    path = write(tmp_path, "a.json", content)
    assert error_of(path) == f"{path}: {reason}"


def test_single_object_json_file(tmp_path: Path) -> None:
    path = write(tmp_path, "a.json", json.dumps({"text": POLISH_TEXT, "date": "2025-11"}, indent=2).encode())
    doc = load(path)
    assert (doc.origin, doc.body, doc.date_precision) == (str(path), POLISH_TEXT, "month")


# --------------------------------------------------------------------------- streams


def test_stream_sniffs_jsonl() -> None:
    data = b'\n  {"text": "Pierwszy artyku\xc5\x82 o dronach."}\n{"text": "Second article about drones."}\n'
    items = list(read_stream(io.BytesIO(data), "<stdin>"))
    assert [item.origin for item in items] == ["<stdin>:2", "<stdin>:3"]
    assert all(isinstance(item, Document) for item in items)


def test_stream_sniffs_text() -> None:
    doc = only(list(read_stream(io.BytesIO(SEED.read_bytes()), "<stdin>")))
    assert isinstance(doc, Document)
    assert doc.origin == "<stdin>"
    assert doc.sha256 == SEED_BODY_SHA256


def test_stream_sniffs_json_array() -> None:
    items = list(read_stream(io.BytesIO(b'[{"text": "A text about troops and drones."}]'), "<stdin>"))
    assert [item.origin for item in items] == ["<stdin>:1"]


def test_stream_format_can_be_forced() -> None:
    doc = only(list(read_stream(io.BytesIO(b'{"text": "not parsed"}'), "<stdin>", fmt="text")))
    assert isinstance(doc, Document) and doc.body == '{"text": "not parsed"}'
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        read_stream(io.BytesIO(b""), "<stdin>", fmt="xml")


@pytest.mark.parametrize(
    ("data", "options", "message"),
    [
        (b"", {}, "<stdin>: empty file"),
        (b"x" * 101, {"max_bytes": 100}, "<stdin>: input is over the 100 bytes limit (--max-bytes)"),
        (b"\x00\x01binary", {}, "<stdin>: binary file, not an article"),
        ("Żółw".encode("cp1250"), {}, "<stdin>: not valid UTF-8 (byte 0xaf at offset 0); if it is an old Polish"),
        (b'{"text": "x"', {}, "<stdin>:1: not valid JSON (Expecting ',' delimiter at column 13)"),
    ],
)
def test_stream_errors(data: bytes, options: dict[str, object], message: str) -> None:
    error = only(list(read_stream(io.BytesIO(data), "<stdin>", **options)))  # type: ignore[arg-type]
    assert isinstance(error, DocumentError)
    assert str(error).startswith(message)


def test_stream_cp1250_with_encoding() -> None:
    doc = only(list(read_stream(io.BytesIO(POLISH_TEXT.encode("cp1250")), "<stdin>", encoding="cp1250")))
    assert isinstance(doc, Document) and doc.body == POLISH_TEXT


def test_dash_reads_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeStdin:
        buffer = io.BytesIO(b" date 2025-11-14 " + POLISH_TEXT.encode())

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    doc = only(list(read_path("-")))
    assert isinstance(doc, Document)
    assert (doc.origin, doc.body) == ("<stdin>", POLISH_TEXT)


# --------------------------------------------------------------------------- folders


def test_folders_expand_recursively_sorted_without_hidden(tmp_path: Path) -> None:
    names = [
        "b.txt",
        "a.md",
        "sub/c.jsonl",
        "sub/deeper/d.txt",
        "sub/e.json",
        "C.TXT",
        "x.ndjson",
        ".hidden.txt",
        ".git/e.txt",
        "sub/.cache/f.md",
        "notes.pdf",
        "image.png",
        "README",
    ]
    for name in names:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Tekst.", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_paths([str(tmp_path)]) if isinstance(p, Path)]
    assert found == ["C.TXT", "a.md", "b.txt", "sub/c.jsonl", "sub/deeper/d.txt", "sub/e.json", "x.ndjson"]


def test_explicit_paths_and_dash_are_kept(tmp_path: Path) -> None:
    pdf = tmp_path / "notes.pdf"
    hidden = tmp_path / ".hidden.txt"
    missing = tmp_path / "missing.txt"
    out = list(iter_paths(["-", str(pdf), str(hidden), str(missing)]))
    assert out == ["-", pdf, hidden, missing]


def test_folder_of_seeds_loads() -> None:
    paths = list(iter_paths([str(ROOT / "seeds")]))
    assert SEED in paths
    assert all(isinstance(item, Document) for path in paths for item in read_path(path))


# --------------------------------------------------------------------------- language

LANGUAGE_CASES = [
    (POLISH_TEXT, "pl"),
    ("Rosja planuje zatrudnić 12 tys. północnokoreańskich pracowników w Tatarstanie.", "pl"),
    ("Korea Północna dostarcza amunicję", "pl"),
    ("Według wywiadu w zamian za to Pjongjang otrzymuje technologie.", "pl"),
    ("Zbrojenia trwaja, a rakiety sa wysylane przez Koree do Rosji od wielu miesiecy.", "pl"),  # no diacritics
    ("North Korea has sent troops to Russia, according to the intelligence service.", "en"),
    ("Seoul says the drones were made in Russia with parts from Iran.", "en"),
    ("Jak podaje Reuters, the shipment was confirmed by officials in Kyiv and in Seoul on Monday.", "en"),
    ("The deal, signed in Pyongyang, covers mutual military assistance.", "en"),
    ("", "und"),
    ("Kim Dzong Un", "und"),
    ("OK", "und"),
    ("123 456 789", "und"),
    ("Korea Północna", "und"),
    ("Россия и Северная Корея подписали договор.", "und"),
    ("Die Truppen wurden nach Russland verlegt.", "und"),
    ("in the war", "en"),
    ("w Ukrainie", "und"),
    ("Putin i Kim spotkali się", "und"),  # one Polish clue is not enough
    ("The summit w Moskwie, według the Kremlin, was short", "und"),  # 3 English vs 2 Polish: too close
]


@pytest.mark.parametrize(("text", "language"), LANGUAGE_CASES)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("pl", "pl"),
        ("PL", "pl"),
        ("pol", "pl"),
        ("Polish", "pl"),
        ("polski", "pl"),
        ("pl-PL", "pl"),
        ("pl_PL", "pl"),
        ("en", "en"),
        ("ENG", "en"),
        ("English", "en"),
        ("en-GB", "en"),
        ("und", None),
        ("unknown", None),
    ],
)
def test_normalize_language(value: str, code: str | None) -> None:
    assert normalize_language(value) == code


@pytest.mark.parametrize("value", ["de", "fra", "russian", "plx", "e"])
def test_unsupported_languages(value: str) -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        normalize_language(value)


def test_document_error_is_one_line_and_pickles() -> None:
    error = DocumentError("dir/a\nb.txt", "first line\nsecond line")
    assert str(error) == "dir/a\\nb.txt: first line second line"
    copy = pickle.loads(pickle.dumps(error))
    assert (str(copy), copy.origin, copy.reason) == (str(error), error.origin, error.reason)


def test_header_language_wins_over_detection() -> None:
    assert parse_text("lang: en\n\n" + POLISH_TEXT, "a.txt").language == "en"
    assert parse_text("lang: und\n\n" + POLISH_TEXT, "a.txt").language == "pl"
