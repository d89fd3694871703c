"""A small generator of varied Polish news articles for the reliability tests, and their shared helpers.

Sentences come from templates with interchangeable actors, counts, counted objects, dates,
places and cited sources, so that a few hundred articles differ in their text (and sha256) while
each of them still states events, quantities and attributions the extractor can find.
Deterministic: the same seed gives the same articles, byte for byte.

The helpers below run the ``eventdb`` command in a subprocess and read what a database holds,
per source, so that two loads can be compared fact for fact.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
FACT_TABLES = ("events", "event_actors", "quantities", "attributions", "mentions")

# (nominative, genitive, dative) of actors that act in the templates
ACTORS = (
    ("Korea Północna", "Korei Północnej", "Korei Północnej"),
    ("Rosja", "Rosji", "Rosji"),
    ("Pjongjang", "Pjongjangu", "Pjongjangowi"),
    ("Moskwa", "Moskwy", "Moskwie"),
    ("Kreml", "Kremla", "Kremlowi"),
    ("Iran", "Iranu", "Iranowi"),
    ("Białoruś", "Białorusi", "Białorusi"),
    ("Chiny", "Chin", "Chinom"),
)
# cited sources: (nominative, genitive, past-tense ending of a verb that agrees with them)
SOURCES = (
    ("agencja Reutera", "agencji Reutera", "a"),
    ("agencja Yonhap", "agencji Yonhap", "a"),
    ("Bloomberg", "Bloomberga", ""),
    ("wywiad Korei Południowej", "wywiadu Korei Południowej", ""),
    ("ukraiński wywiad wojskowy", "ukraińskiego wywiadu wojskowego", ""),
    ("Instytut Studiów nad Wojną", "Instytutu Studiów nad Wojną", ""),
    ("agencja KCNA", "agencji KCNA", "a"),
    ("dziennik The Wall Street Journal", "dziennika The Wall Street Journal", ""),
    ("agencja AFP", "agencji AFP", "a"),
)
PEOPLE = ("żołnierzy", "saperów", "pracowników", "robotników budowlanych", "inżynierów", "instruktorów",
          "oficerów", "artylerzystów")
WEAPONS = ("pocisków artyleryjskich", "rakiet balistycznych", "dronów", "haubic", "wyrzutni rakietowych",
           "pocisków kalibru 152 mm", "karabinów", "transporterów opancerzonych")
PLACES = ("w obwodzie kurskim", "w Ałabudze", "w Tatarstanie", "na Kamczatce", "we Władywostoku", "w Rasonie",
          "w obwodzie biełgorodzkim", "na Krymie", "w Donbasie", "w Chabarowsku")
DATES = ("w czerwcu", "pod koniec października", "w czerwcu ubiegłego roku", "od września", "na początku roku",
         "w pierwszym kwartale", "w zeszłym tygodniu", "jesienią", "w 2024 r.", "w marcu tego roku")
FILLERS = (
    "Eksperci zwracają uwagę na rosnącą skalę tej współpracy.",
    "Sprawa była omawiana na posiedzeniu Rady Bezpieczeństwa ONZ.",
    "Władze w Kijowie od miesięcy ostrzegają przed takim scenariuszem.",
    "Analitycy podkreślają, że dane te trudno zweryfikować.",
    "Ministerstwo obrony nie odpowiedziało na prośbę o komentarz.",
    "Informacje te pojawiły się kilka dni po wizycie delegacji wojskowej.",
)
TITLES = ("Nowe doniesienia o współpracy wojskowej", "Transport broni przez granicę", "Kolejne dostawy amunicji",
          "Wywiad: tysiące żołnierzy na froncie", "Robotnicy z Azji w rosyjskich fabrykach", "Umowa o współpracy")


@dataclass(frozen=True)
class Article:
    name: str
    published_on: dt.date
    text: str  # the whole file: header line, title, blank line, body

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode()).hexdigest()


def _count(rng: random.Random) -> str:
    """A count as Polish articles write it: digits, spaced thousands, tys./mln, ranges, qualifiers, words."""
    n = rng.randint(2, 999)
    forms = (
        f"{n}",
        f"{n} {rng.randint(0, 999):03d}",
        f"{n} tys.",
        f"{rng.randint(1, 9)},{rng.randint(1, 9)} tys.",
        f"około {n * 10}",
        f"ponad {n}",
        f"co najmniej {n}",
        f"od {n} do {n + rng.randint(5, 500)}",
        f"{rng.randint(1, 5)}–{rng.randint(6, 12)} tys.",
        rng.choice(("kilkaset", "kilka tysięcy", "kilkanaście", "setki", "tysiące")),
    )
    return rng.choice(forms)


def _sentence(rng: random.Random) -> str:
    a, b = rng.sample(ACTORS, 2)
    src_nom, src_gen, ending = rng.choice(SOURCES)
    people, weapons = rng.choice(PEOPLE), rng.choice(WEAPONS)
    place, date = rng.choice(PLACES), rng.choice(DATES)
    templates = (
        f"{a[0]} wysyła do {b[1]} {_count(rng)} {people}.",
        f"Według {src_gen} {a[0]} dostarcza {b[2]} {_count(rng)} {weapons}.",
        f"{a[0]} planuje zatrudnić {_count(rng)} {people} z {b[1]} {date}.",
        f"Jak podaje {src_nom}, {date} do {b[1]} trafiło {_count(rng)} {weapons}.",
        f"{a[0]} i {b[0]} podpisały {date} umowę o współpracy wojskowej.",
        f"{_count(rng).capitalize()} {people} z {a[1]} walczy {place}, poinformował{ending} {src_nom}.",
        f"Jak przekazał{ending} {src_nom}, {place} powstaje zakład, który ma produkować {_count(rng)} dronów rocznie.",
        f"{a[0]} ma dostarczyć {b[2]} {_count(rng)} {weapons} {date}, podał{ending} {src_nom}.",
        f"Koszt jednego transportu szacuje się na {rng.randint(2, 90)} mln dolarów.",
        f"Pracownicy z {a[1]} mają zarabiać {rng.randint(1, 9)},{rng.randint(0, 9)} dolara za godzinę.",
        rng.choice(FILLERS),
    )
    return rng.choice(templates)


def article(seed: int, index: int) -> Article:
    """The ``index``-th article of a corpus; its number in the text keeps every body distinct."""
    rng = random.Random(f"{seed}:{index}")
    published = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 700))
    paragraphs = []
    for _ in range(rng.randint(1, 3)):
        paragraphs.append(" ".join(_sentence(rng) for _ in range(rng.randint(2, 4))))
    paragraphs.append(f"To już {index + 1}. raport w tej sprawie, przygotowany na podstawie {rng.randint(2, 40)} źródeł.")
    title = f"{rng.choice(TITLES)} ({index + 1})"
    text = f" date {published.isoformat()} {title}\n\n" + "\n\n".join(paragraphs) + "\n"
    return Article(name=f"{index:04d}_{published.isoformat()}.txt", published_on=published, text=text)


def articles(count: int, seed: int = 7) -> list[Article]:
    return [article(seed, k) for k in range(count)]


def write_articles(folder: Path, count: int, seed: int = 7, start: int = 0) -> list[Path]:
    """Write articles ``start`` .. ``start + count - 1`` of the corpus into ``folder``; their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(start, start + count):
        a = article(seed, k)
        path = folder / a.name
        path.write_text(a.text, encoding="utf-8")
        paths.append(path)
    return paths


# -- helpers of the reliability tests --------------------------------------------------------------


def eventdb_env(database_url: str | None, **extra: str) -> dict[str, str]:
    """The environment of an ``eventdb`` subprocess: this one, with the database URL (and nothing stale)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVENTDB_")}
    if database_url:
        env["EVENTDB_DATABASE_URL"] = database_url
    env.update(extra)
    return env


def eventdb_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "eventdb", *args]


def run_eventdb(
    *args: str, database_url: str | None, timeout: float = 180, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(eventdb_command(*args), cwd=ROOT, env=dict(env or eventdb_env(database_url)),
                          capture_output=True, text=True, timeout=timeout)


def engine_for(url: str) -> sa.Engine:
    return sa.create_engine(url, poolclass=sa.pool.NullPool)


def facts_per_source(url: str) -> dict[str, tuple[int, ...]]:
    """sha256 of every stored body -> its number of rows in each fact table (in FACT_TABLES order)."""
    counts = ", ".join(f"(select count(*) from {t} f where f.source_id = s.id)" for t in FACT_TABLES)
    engine = engine_for(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(sa.text(f"select s.sha256, {counts} from sources s")).all()
    finally:
        engine.dispose()
    return {r[0]: tuple(int(x) for x in r[1:]) for r in rows}


def row_counts(url: str, tables: Sequence[str] = ("sources", "actors", *FACT_TABLES)) -> dict[str, int]:
    engine = engine_for(url)
    try:
        with engine.connect() as conn:
            return {t: int(conn.scalar(sa.text(f"select count(*) from {t}"))) for t in tables}
    finally:
        engine.dispose()


def one_line_error(stderr: str) -> bool:
    """What the user sees on failure: no traceback, and every line a short message."""
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    return bool(lines) and "Traceback" not in stderr and all(len(ln) < 500 for ln in lines)
