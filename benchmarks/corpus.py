"""A deterministic generator of realistic Polish news articles for the benchmarks.

Articles of about 500 words about Russia–North Korea military cooperation, assembled from the
sentence bank ``benchmarks/sentences_pl.yaml``: a topic (troops, arms, labour, drones, treaty,
casualties, sanctions), real names of the gazetteer in the case the sentence needs, places,
numbers in many formats (``12 tys.``, ``20 000``, ``1.500``, ``od 50 do 100``, ``4–6 tys.``,
``około``, ``setki``, number words), money, rates, percentages, durations, and dates relative to
the publication date ("w czerwcu", "pod koniec października", "14.03.2025").

The same seed and index always give the same article (``random.Random`` seeded with a string).
Files are written like the seed article: `` date YYYY-MM-DD `` followed by the body.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import math
import random
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

BANK_PATH = Path(__file__).with_name("sentences_pl.yaml")
TOPICS = ("troops", "arms", "labor", "drones", "treaty", "casualties", "sanctions")
SUPPORTING = ("attribution", "compensation", "reaction", "background")
FIRST_DAY = dt.date(2024, 1, 1)
LAST_DAY = dt.date(2025, 12, 31)
TARGET_WORDS = (470, 530)

_PLACEHOLDER_RE = re.compile(r"\{(?P<name>[a-z_]+(?:#\d+)?)(?:\.(?P<case>[a-z]+)|\?(?P<forms>[^}]*)|:(?P<group>[a-z_]+))?\}")
_GENDERS = ("m", "f", "n", "pl")


@dataclass(frozen=True)
class Bank:
    """The sentence bank: slots, counted nouns, number forms, dates and sentence families."""

    slots: Mapping[str, Sequence[Any]]
    counted: Mapping[str, Sequence[Sequence[Any]]]
    number_words: Sequence[Sequence[Any]]
    vague: Sequence[str]
    qualifiers: Sequence[str]
    months: Sequence[Sequence[str]]
    weekdays: Sequence[str]
    headings: Sequence[str]
    families: Mapping[str, Mapping[str, Sequence[str]]]


@dataclass(frozen=True)
class Article:
    index: int
    published_on: dt.date
    topic: str
    body: str

    @property
    def text(self) -> str:
        """The file content: the seed's header form, then the body."""
        return f" date {self.published_on.isoformat()} {self.body}\n"

    @property
    def words(self) -> int:
        return len(self.body.split())

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body.encode("utf-8")).hexdigest()


@functools.cache
def load_bank(path: Path = BANK_PATH) -> Bank:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Bank(**{key: data[key] for key in Bank.__dataclass_fields__})


def generate_article(seed: int, index: int, bank: Bank | None = None) -> Article:
    """The article number ``index`` of the corpus of ``seed``."""
    bank = bank or load_bank()
    rng = random.Random(f"eventdb-bench:{seed}:{index}")
    published_on = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
    topic = rng.choice(TOPICS)
    second = rng.choice([t for t in TOPICS if t != topic])
    writer = _Writer(bank, rng, published_on)
    target = rng.randint(*TARGET_WORDS)
    paragraphs: list[list[str]] = [[writer.sentence(rng.choice(bank.families[topic]["lead"]))]]
    words = _count(paragraphs)
    heading_done = rng.random() < 0.5
    while words < target:
        if not heading_done and words > target * 0.55:
            paragraphs.append([rng.choice(bank.headings)])
            heading_done = True
        paragraph: list[str] = []
        paragraphs.append(paragraph)
        for _ in range(rng.randint(2, 5)):
            sentence = writer.sentence(writer.fresh(_pick_family(rng, topic, second)))
            paragraph.append(sentence)
            words += len(sentence.split())
            if words >= target:
                break
    body = "\n\n".join(" ".join(p) for p in paragraphs)
    return Article(index=index, published_on=published_on, topic=topic, body=body)


def generate_corpus(count: int, seed: int = 0, bank: Bank | None = None) -> Iterator[Article]:
    """``count`` articles with distinct bodies (a rare duplicate is redrawn under another index)."""
    bank = bank or load_bank()
    seen: set[str] = set()
    index = 0
    produced = 0
    while produced < count:
        article = generate_article(seed, index, bank)
        index += 1
        if article.sha256 in seen:
            continue
        seen.add(article.sha256)
        produced += 1
        yield article


def write_corpus(directory: Path, count: int, seed: int = 0) -> list[Path]:
    """Write ``count`` article files into ``directory`` (created if needed); returns their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for n, article in enumerate(generate_corpus(count, seed)):
        path = directory / f"{n:06d}_{article.sha256[:12]}.txt"
        path.write_text(article.text, encoding="utf-8")
        paths.append(path)
    return paths


def _count(paragraphs: Sequence[Sequence[str]]) -> int:
    return sum(len(s.split()) for p in paragraphs for s in p)


def _pick_family(rng: random.Random, topic: str, second: str) -> str:
    roll = rng.random()
    if roll < 0.45:
        return topic
    if roll < 0.6:
        return second
    return rng.choice(SUPPORTING)


class _Writer:
    """Fills templates for one article (remembers which templates it used)."""

    def __init__(self, bank: Bank, rng: random.Random, published_on: dt.date) -> None:
        self.bank = bank
        self.rng = rng
        self.published_on = published_on
        self.used: set[str] = set()

    def fresh(self, family: str) -> str:
        """A template of ``family`` not used yet in this article (of any family once it runs out)."""
        unused = [t for t in self.bank.families[family]["body"] if t not in self.used]
        if not unused:
            unused = [t for f in self.bank.families.values() for t in f.get("body", ()) if t not in self.used]
        template = self.rng.choice(unused or list(self.bank.families[family]["body"]))
        self.used.add(template)
        return template

    def sentence(self, template: str) -> str:
        bound: dict[str, Any] = {}
        text = _PLACEHOLDER_RE.sub(lambda m: self._fill(m, bound), template)
        text = re.sub(r"\s+", " ", text).strip()
        return text[0].upper() + text[1:] if text else text

    def _fill(self, match: re.Match[str], bound: dict[str, Any]) -> str:
        name, case, forms, group = match["name"], match["case"], match["forms"], match["group"]
        base = name.split("#", 1)[0]
        if base == "amount":
            return self.amount(group or "troops")
        if base in _GENERATED:
            return _GENERATED[base](self)
        if base == "month":
            loc, gen = self.rng.choice(self.bank.months)
            return gen if case == "gen" else loc
        if name not in bound:
            bound[name] = self.rng.choice(self.bank.slots[base])
        filler = bound[name]
        if forms is not None:
            gender = filler.get("g", "m") if isinstance(filler, dict) else "m"
            return forms.split("|")[_GENDERS.index(gender)]
        if isinstance(filler, str):
            return filler
        wanted = case or "nom"
        if wanted not in filler and wanted == "acc":
            wanted = "gen"  # people: the accusative of masculine persons is the genitive
        return str(filler.get(wanted) or filler.get("nom") or next(iter(filler.values())))

    # -- numbers ----------------------------------------------------------------------------------

    def amount(self, group: str) -> str:
        """A number phrase and the counted noun: "około 12 tys. żołnierzy", "od 50 do 100 czołgów"."""
        noun, low, high = self.rng.choice(self.bank.counted[group])
        roll = self.rng.random()
        if roll < 0.12:
            return f"{self.rng.choice(self.bank.vague)} {noun}"
        if roll < 0.2:
            words, _value = self.rng.choice(self.bank.number_words)
            return f"{words} {noun}"
        value = _round(math.exp(self.rng.uniform(math.log(low), math.log(high))))
        if roll < 0.35:
            top = _round(value * self.rng.uniform(1.3, 2.5))
            if value >= 1000 and (value >= 1_000_000) == (top >= 1_000_000) and self.rng.random() < 0.5:
                return f"{_short(value, bare=True)}–{_short(top)} {noun}"
            return f"od {self._digits(value)} do {self._digits(top)} {noun}"
        qualifier = self.rng.choice(self.bank.qualifiers)
        number = _short(value) if value >= 1000 and self.rng.random() < 0.45 else self._digits(value)
        return " ".join(p for p in (qualifier, number, noun) if p)

    def _digits(self, value: int) -> str:
        if value < 1000:
            return str(value)
        style = self.rng.random()
        if style < 0.5:
            return f"{value:,}".replace(",", " ")
        if style < 0.7:
            return f"{value:,}".replace(",", ".")
        return str(value)

    def money(self) -> str:
        value = _round(math.exp(self.rng.uniform(math.log(5), math.log(5000))))
        unit = self.rng.choice(("mln dolarów", "mln dolarów", "mld rubli", "mln euro", "tys. dolarów"))
        return f"{_decimal(value / 10) if value < 100 and self.rng.random() < 0.3 else value} {unit}"

    def money_rate(self) -> str:
        roll = self.rng.random()
        about = "około " if self.rng.random() < 0.5 else ""
        if roll < 0.4:
            return f"{about}{self.rng.randint(1, 4)},{self.rng.choice((2, 5, 8))} dolara za godzinę"
        if roll < 0.7:
            return f"{about}{self.rng.randint(2, 9) * 100} dolarów miesięcznie"
        return f"{about}{self.rng.randint(30, 120)} tys. rubli miesięcznie"

    def percent(self) -> str:
        value = self.rng.randint(5, 85)
        qualifier = self.rng.choice(("", "", "około ", "ponad ", "nawet ", "blisko "))
        return qualifier + self.rng.choice((f"{value}%", f"{value} proc.", f"{value} procent"))

    def duration(self) -> str:
        roll = self.rng.random()
        if roll < 0.35:
            return f"{self.rng.randint(5, 11)} miesięcy"
        if roll < 0.55:
            return f"{self.rng.randint(5, 10)} tygodni"
        return self.rng.choice(("trzy miesiące", "dwa lata", "pół roku", "rok", "ponad rok", "cztery tygodnie"))

    # -- dates ------------------------------------------------------------------------------------

    def date(self) -> str:
        """A time expression before the publication date, in one of the press's forms."""
        day = self.published_on - dt.timedelta(days=self.rng.randint(3, 400))
        loc, gen = self.bank.months[day.month - 1]
        in_month = f"{_in(loc)} {loc}"
        last_year = day.year < self.published_on.year
        forms = [
            f"{day.day} {gen}",
            f"{day.day} {gen} {day.year} r.",
            f"{day.day:02d}.{day.month:02d}.{day.year}",
            f"{in_month} {day.year} roku",
            f"pod koniec {gen} {day.year} r.",
            f"na początku {gen} {day.year} roku",
        ]
        if last_year:
            forms += [f"{in_month} ubiegłego roku", f"pod koniec {gen} ubiegłego roku", f"w {day.year} roku"]
        else:
            forms += [in_month, f"pod koniec {gen}", f"na początku {gen}", f"w połowie {gen}", f"od {gen}",
                      self.rng.choice(self.bank.weekdays), "w zeszłym tygodniu", "na początku roku"]
        return self.rng.choice(forms)

    def year(self) -> str:
        return str(self.published_on.year - self.rng.randint(0, 1))

    def hours(self) -> str:
        return str(self.rng.randint(10, 14))

    def border_km(self) -> str:
        return str(self.rng.choice((17, 18, 19)))


_GENERATED = {
    "date": _Writer.date,
    "money": _Writer.money,
    "money_rate": _Writer.money_rate,
    "percent": _Writer.percent,
    "duration": _Writer.duration,
    "year": _Writer.year,
    "hours": _Writer.hours,
    "border_km": _Writer.border_km,
}


def _round(value: float) -> int:
    """Two significant digits, as the press rounds estimates (12 000, 1 500, 350)."""
    if value < 10:
        return max(1, int(round(value)))
    digits = int(math.floor(math.log10(value))) - 1
    return int(round(value / 10**digits) * 10**digits)


def _in(word: str) -> str:
    """The preposition "w", or "we" before a hard cluster ("we wrześniu")."""
    return "we" if word[:2] in ("wr", "ws", "wt", "wł", "wz") else "w"


def _decimal(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")


def _short(value: int, *, bare: bool = False) -> str:
    """12000 -> "12 tys.", 2500 -> "2,5 tys.", 1500000 -> "1,5 mln" (``bare``: without the multiplier)."""
    if value >= 1_000_000:
        number, unit = _decimal(value / 1_000_000), "mln"
    else:
        number, unit = _decimal(value / 1000), "tys."
    return number if bare else f"{number} {unit}"
