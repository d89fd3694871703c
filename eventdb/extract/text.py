"""Sentences and tokens with character offsets, and morfeusz2 readings of each word.

Tokens are found with one regular expression over the whole body, so offsets are exact.
Known abbreviations ("tys.", "gen.", "m.in.") keep their dot and do not end a sentence,
except the few that often close one ("r.", "tys.", "mln") when a capital letter follows.
Words are analysed one at a time through a cache: the same form costs one morfeusz call
per process.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from eventdb.extract.model import Analysis, Sentence, Token, TokenKind, lemma_set
from eventdb.reference import load_lines

# never end a sentence: titles and abbreviations that precede what they qualify
_NON_TERMINAL = frozenset(load_lines("pl/abbreviations_nonterminal.txt"))
# may end a sentence when the next word starts with a capital letter
_TERMINAL = frozenset(load_lines("pl/abbreviations_terminal.txt"))
_ABBREVIATIONS = _NON_TERMINAL | _TERMINAL
_DOTTED = sorted((a for a in _ABBREVIATIONS if "." in a[:-1]), key=len, reverse=True)

_TOKEN_RE = re.compile(
    "|".join(
        [
            *(r"(?<!\w)" + re.escape(a) for a in _DOTTED),  # m.in., p.o., tj.
            r"\d+(?:[.,]\d+)*(?:[-‐‑]\w+)*",  # 12, 2,5, 1.000, 152-mm
            r"\w+(?:['’][a-z]+)?(?:[-‐‑]\w+)*",  # words, BTR-80, Ludowo-Demokratycznej
            r"\S",
        ]
    ),
    re.UNICODE,
)
# abbreviations that qualify a number: after one, a capital letter starts a noun, not a sentence
_AFTER_NUMBERS = frozenset({"tys.", "mln.", "mld.", "bln.", "proc.", "zł."})
#: a "sentence" longer than this (lists, tables, text without full stops) is cut: the rules that
#: compare every pair of mentions in a sentence must not grow with the square of a whole article
MAX_SENTENCE_TOKENS = 250
_VERB_POS = ("fin", "praet", "bedzie", "impt", "imps", "pred", "winien")
_SENTENCE_END = frozenset({".", "!", "?", "…"})
_CLOSERS = frozenset({"”", "\"", "»", "’", ")", "'"})


@functools.cache
def _morfeusz():  # type: ignore[no-untyped-def]
    import morfeusz2

    return morfeusz2.Morfeusz(expand_tags=False, separate_numbering=True)


@functools.lru_cache(maxsize=200_000)
def analyse_word(word: str) -> tuple[Analysis, ...]:
    """Readings of one word; multi-segment words ("miałaby") give their first segment."""
    results = _morfeusz().analyse(word)
    first = [r for r in results if r[0] == 0]
    if not first:
        return ()
    whole = [r for r in first if r[1] == max(x[1] for x in results)]
    # morfeusz splits "Engels-2" / "Interfax-Ukraina" into parts: keep such a word whole
    chosen = [(0, 1, (word, word, "ign", [], []))] if not whole and "-" in word else whole or first
    out: list[Analysis] = []
    seen: set[tuple[str, str]] = set()
    for _s, _e, (_orth, lemma, tag, names, _quals) in chosen:
        lemma = lemma.split(":", 1)[0] if ":" in lemma and not lemma.startswith(":") else lemma
        key = (lemma, tag)
        if key in seen:
            continue
        seen.add(key)
        out.append(Analysis(lemma=lemma, tag=tag, name_class=tuple(names)))
    # words with a hyphen that morfeusz does not know: read the last part for case
    if all(a.tag == "ign" for a in out) and "-" in word and not word[0].isdigit():
        tail = word.rsplit("-", 1)[1]
        if tail and not tail.isdigit():
            tail_readings = analyse_word(tail)
            if any(a.pos != "ign" for a in tail_readings):
                return tuple(out) + tuple(
                    Analysis(lemma=word.rsplit("-", 1)[0] + "-" + a.lemma, tag=a.tag, name_class=a.name_class)
                    for a in tail_readings
                    if a.pos != "ign"
                )
    return tuple(out)


@functools.lru_cache(maxsize=200_000)
def _lemmas(word: str, analyses: tuple[Analysis, ...]) -> frozenset[str]:
    return lemma_set(word, analyses)


def tokenize(text: str, start_index: int = 0) -> list[Token]:
    """Tokens of ``text`` with offsets into it and morfeusz2 readings of words."""
    tokens: list[Token] = []
    prev_end = -1
    for i, m in enumerate(_TOKEN_RE.finditer(text), start=start_index):
        s = m.group()
        kind: TokenKind
        if s[0].isdigit():
            kind = "number"
            analyses: tuple[Analysis, ...] = ()
            if not s.isdigit():
                analyses = analyse_word(s)
        elif s[0].isalnum() or s[0] == "_":
            is_abbr = s.lower() in _ABBREVIATIONS or (
                m.end() < len(text) and text[m.end()] == "." and (s.lower() + ".") in _ABBREVIATIONS
            )
            kind = "abbr" if is_abbr and "." in s else "word"
            analyses = analyse_word(s)
        else:
            kind = "punct"
            analyses = ()
        tokens.append(
            Token(i=i, text=s, start=m.start(), end=m.end(), kind=kind, analyses=analyses,
                  space_before=m.start() != prev_end, lemma_set=_lemmas(s, analyses))
        )
        prev_end = m.end()
    return _merge_abbreviation_dots(tokens, text)


def _merge_abbreviation_dots(tokens: list[Token], text: str) -> list[Token]:
    """Join "tys" + "." into one "tys." token when "tys." is a known abbreviation."""
    out: list[Token] = []
    skip = False
    for k, t in enumerate(tokens):
        if skip:
            skip = False
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if (
            t.kind == "word"
            and nxt is not None
            and nxt.text == "."
            and nxt.start == t.end
            and (t.lower + ".") in _ABBREVIATIONS
        ):
            out.append(Token(i=t.i, text=t.text + ".", start=t.start, end=nxt.end, kind="abbr",
                             analyses=t.analyses, space_before=t.space_before, lemma_set=t.lemma_set))
            skip = True
        else:
            out.append(t)
    if len(out) == len(tokens):
        return out  # nothing merged: the numbering is already dense
    base = tokens[0].i if tokens else 0
    return [  # renumber after the first merge so that Token.i stays dense
        t if t.i == base + n else
        Token(i=base + n, text=t.text, start=t.start, end=t.end, kind=t.kind, analyses=t.analyses,
              space_before=t.space_before, lemma_set=t.lemma_set)
        for n, t in enumerate(out)
    ]


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text``; a blank line (paragraph or heading) always ends one."""
    tokens = tokenize(text)
    sentences: list[Sentence] = []
    current: list[Token] = []

    def close() -> None:
        if current:
            s, e = current[0].start, current[-1].end
            sentences.append(Sentence(index=len(sentences), start=s, end=e, text=text[s:e], tokens=tuple(current)))
            current.clear()

    for k, tok in enumerate(tokens):
        paragraph = current and "\n\n" in text[current[-1].end : tok.start].replace("\r", "").replace(" ", "")
        if paragraph or len(current) >= MAX_SENTENCE_TOKENS or (current and _ends_sentence(tokens, k - 1, current)):
            close()
        current.append(tok)
    close()
    return sentences


def _ends_sentence(tokens: list[Token], k: int, current: list[Token]) -> bool:
    """Does a sentence end after token ``k`` (``current`` holds the sentence so far)?"""
    tok = tokens[k]
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is None:
        return True
    if tok.text in _CLOSERS and k > 0 and tokens[k - 1].text in _SENTENCE_END:
        return _starts_sentence(nxt)
    if tok.text in _SENTENCE_END:
        if nxt.text in _CLOSERS or nxt.text in _SENTENCE_END:
            return False
        if (tok.text == "." and k > 0 and tokens[k - 1].kind == "number" and tokens[k - 1].end == tok.start
                and len(tokens[k - 1].text) <= 3 and nxt.is_capitalized
                and not any(t.has_pos(*_VERB_POS) for t in current)):
            return False  # an ordinal: "artylerzyści 80. Brygady"
        return nxt.space_before and _starts_sentence(nxt)
    if tok.kind == "abbr" and tok.lower in _TERMINAL:
        if tok.lower in _AFTER_NUMBERS and k > 0 and tokens[k - 1].kind == "number":
            return False  # "3 tys. Koreańczyków", "40 proc. Ukraińców"
        # "W 2024 r. Rosja podpisała ..." goes on; "... podpisano w 2024 r. Rosja ..." ends: a sentence
        # has a verb, so before the first one an abbreviation's dot closes only a phrase
        return (nxt.space_before and nxt.is_capitalized and not nxt.text.isupper()
                and any(t.has_pos(*_VERB_POS) for t in current))
    return False


def _starts_sentence(tok: Token) -> bool:
    return tok.text[:1].isupper() or tok.kind == "number" or tok.text in {"„", "\"", "«", "(", "–", "-", "—"}


def words(tokens: Iterable[Token]) -> list[Token]:
    return [t for t in tokens if t.kind in ("word", "abbr")]
