"""Pure extraction: a document's text in, an ``Extraction`` out (no database, no globals).

Stages, each a module of this package:

1. ``text``         sentences and tokens with offsets, morfeusz2 readings
2. ``mentions``     actors, facilities, locations (gazetteer on lemma sequences, candidates)
3. ``dates``        time expressions resolved against the publication date
4. ``quantities``   numbers, ranges, qualifiers, units, counted objects
5. ``attribution``  "according to X" chains
6. ``events``       triggers, roles, status, place, date, quantities, attributions
"""

from __future__ import annotations

import datetime as dt

from eventdb.extract.model import Extraction, Mention

EXTRACTOR_VERSION = "0.1.0"


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
    from eventdb.extract import dates, events, mentions, quantities
    from eventdb.extract.gazetteer import Gazetteer
    from eventdb.extract.text import split_sentences

    gaz = gazetteer if isinstance(gazetteer, Gazetteer) else Gazetteer.default()
    sentences = split_sentences(body)
    found_mentions = mentions.find_mentions(sentences, gaz)
    found_dates = []
    found_quantities = []
    date_language = language if language in ("pl", "en") else "pl"
    for sentence in sentences:
        found_dates.extend(
            dates.find_dates(sentence.text, published_on, offset=sentence.start, language=date_language)
        )
    by_sentence: dict[int, list[Mention]] = {}
    for m in found_mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for sentence in sentences:
        in_sentence = by_sentence.get(sentence.index, [])
        found_quantities.extend(quantities.find_quantities(sentence, in_sentence, found_dates))
    found_events = events.find_events(
        sentences, found_mentions, found_quantities, found_dates, published_on=published_on
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
