"""Pure extraction: a document's text in, an ``Extraction`` out (no database, no globals).

Stages, each a module of this package:

1. ``text``         sentences and tokens with offsets, morfeusz2 readings (lines of a page that are no part of
                    the article blanked first: links to other articles, captions, bylines)
2. ``mentions``     actors, facilities, locations (gazetteer on lemma sequences, candidates)
3. ``dates``        time expressions resolved against the publication date
4. ``quantities``   numbers, ranges, qualifiers, units, counted objects
5. ``attribution``  "according to X" chains
6. ``events``       triggers, roles, status, place, date, quantities, attributions
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from pathlib import Path

from eventdb.extract.model import DateExpr, Extraction, Mention, Quantity, Sentence

_PACKAGE = Path(__file__).resolve().parent.parent


def _rules_digest(package: Path = _PACKAGE) -> str:
    """A digest of the extraction code and the shipped reference data: any change to either
    changes ``EXTRACTOR_VERSION``, so ``eventdb reextract --outdated`` finds the sources to redo."""
    files = [*sorted((package / "extract").glob("*.py")), *sorted((package / "reference").rglob("*"))]
    digest = hashlib.sha256()
    for f in files:
        if f.is_file() and f.suffix in {".py", ".yaml", ".yml", ".txt", ".json", ".csv"}:
            digest.update(f.relative_to(package).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


#: stored with every source's facts ("0.1.0+" and the digest of the rules that made them)
EXTRACTOR_VERSION = f"0.1.0+{_rules_digest()}"


def _paragraphs(body: str, sentences: Sequence[Sentence]) -> list[int]:
    """The paragraph of each sentence, counted from 0: a blank line (a heading or a new paragraph) changes the
    subject."""
    from eventdb.extract.text import is_paragraph_break

    out = [0] * len(sentences)
    for k in range(1, len(sentences)):
        out[k] = out[k - 1] + is_paragraph_break(body[sentences[k - 1].end : sentences[k].start])
    return out


def extract(
    body: str,
    *,
    language: str = "pl",
    published_on: dt.date | None = None,
    gazetteer: object | None = None,
) -> Extraction:
    """Extract mentions, quantities, dates, events and attributions from ``body``.

    ``gazetteer`` is an ``eventdb.extract.gazetteer.Gazetteer``; by default the shipped
    reference data.  ``published_on`` anchors relative dates ("w czerwcu").
    """
    from eventdb.extract import dates, events, events_en, mentions, quantities
    from eventdb.extract.gazetteer import Gazetteer
    from eventdb.extract.text import split_sentences, without_boilerplate, without_readings

    gaz = gazetteer if isinstance(gazetteer, Gazetteer) else Gazetteer.default()
    body = without_boilerplate(body)  # links, captions and bylines: blanked, so offsets still point into the body
    sentences = split_sentences(body, language)
    paragraphs = _paragraphs(body, sentences)
    found_mentions = mentions.find_mentions(sentences, gaz)
    found_dates: list[DateExpr] = []
    found_quantities: list[Quantity] = []
    date_language = language if language in ("pl", "en") else "pl"
    dated_paragraph = -1  # the paragraph of the last date found
    for k, sentence in enumerate(sentences):
        here = dates.find_dates(sentence.text, published_on, offset=sentence.start, language=date_language)
        # "wtedy": the last date named before in the paragraph (a new paragraph may tell of another time); "Tego
        # samego dnia", "Dzień później": the last day named before, in an earlier paragraph too ("Departament Skarbu
        # wpisał we wtorek ... ¶ Tego samego dnia Rada UE rozszerzyła listę"), past a year or a period named since
        # ("Lavrov arrived Wednesday, his third trip since July 2024. He held talks the same day")
        last = found_dates[-1] if found_dates and dated_paragraph == paragraphs[k] else None
        last_day = next((d for d in reversed(found_dates) if d.precision == "day"), None)
        sequels = dates.find_sequels(
            sentence.text, last, offset=sentence.start, language=date_language, last_day=last_day
        )
        taken = [(d.start, d.end) for d in here]
        here += [d for d in sequels if not any(a < d.end and d.start < b for a, b in taken)]
        found_dates.extend(sorted(here, key=lambda d: d.start))
        if here:
            dated_paragraph = paragraphs[k]
    by_sentence: dict[int, list[Mention]] = {}
    for m in found_mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    # English numbers are read from the words as written: a word that is also Polish ("such", "at", "most") must not
    # be read as a Polish noun the number counts
    counting = without_readings(sentences) if language == "en" else sentences
    for k, sentence in enumerate(counting):
        in_sentence = by_sentence.get(sentence.index, [])
        # the sentences before: a bare amount may count what the last one counted ("Kolejne 3 tys. ..."), and
        # the sentence before may tell what a noun of several senses is ("maszyn" after a sentence on jets)
        found_quantities.extend(quantities.find_quantities(
            sentence, in_sentence, found_dates, previous=found_quantities,
            before=counting[k - 1 : k] if k > 0 and paragraphs[k - 1] == paragraphs[k] else (),
            demonyms=gaz.english_demonyms, earlier=counting[:k],
        ))
    finder = events_en.find_events if language == "en" else events.find_events  # English has its own word order
    found_events = finder(
        sentences, found_mentions, found_quantities, found_dates, published_on=published_on, paragraphs=paragraphs
    )
    return Extraction(
        language=language,
        extractor_version=EXTRACTOR_VERSION,
        sentences=sentences,
        mentions=found_mentions,
        quantities=found_quantities,
        events=found_events,
        dates=found_dates,
    )
