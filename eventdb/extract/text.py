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
from collections.abc import Iterable, Sequence

from eventdb.extract.model import Analysis, Sentence, Token, TokenKind, lemma_set, make_token
from eventdb.reference import load_lines, load_yaml

# never end a sentence: titles and abbreviations that precede what they qualify
_NON_TERMINAL = frozenset(load_lines("pl/abbreviations_nonterminal.txt")) | frozenset(
    load_lines("en/abbreviations_nonterminal.txt"))
# may end a sentence when the next word starts with a capital letter
_TERMINAL = frozenset(load_lines("pl/abbreviations_terminal.txt"))
_ABBREVIATIONS = _NON_TERMINAL | _TERMINAL
_DOTTED = sorted((a for a in _ABBREVIATIONS if "." in a[:-1]), key=len, reverse=True)

_TOKEN_RE = re.compile(
    "|".join(
        [
            *(r"(?<!\w)(?i:" + re.escape(a) + ")" for a in _DOTTED),  # m.in., p.o., tj., U.S.
            # 12, 2,5, 1.000, 152-mm, 1,000-4,000; a unit glued to a range stays a word of its own ("75-90m")
            r"\d+(?:[.,]\d+)*(?:[-‐‑](?:\d+(?:[.,]\d{3})+(?!\d)|\d+(?:[.,]\d+)*(?=[^\W\d_])|\w+))*",
            r"(?<=\d)(?i:mn|bn|m|b|k)(?=[-‐‑–]\d)",  # a multiplier glued to the first number of a range ("$130mn-150mn")
            r"\w+(?:['’][a-z]+)?(?:[-‐‑]\w+)*",  # words, BTR-80, Ludowo-Demokratycznej
            r"\S",
        ]
    ),
    re.UNICODE,
)
# abbreviations that qualify a number: after one, a capital letter starts a noun, not a sentence
#: words that go with a number before them ("3 tys.", "40 proc."), written with their dot
AFTER_NUMBERS = frozenset({"tys.", "mln.", "mld.", "bln.", "proc.", "zł."})
#: words that open a subordinate clause, which needs a verb of its own before a sentence can end
_CLAUSE_OPENERS = frozenset({
    "że", "iż", "aby", "żeby", "by", "gdy", "kiedy", "jeśli", "jeżeli", "ponieważ", "choć", "chociaż", "czy",
    "który", "która", "które", "którzy", "którego", "której", "których", "którym", "którymi", "którą", "gdzie",
})
#: a "sentence" longer than this (lists, tables, text without full stops) is cut: the rules that
#: compare every pair of mentions in a sentence must not grow with the square of a whole article
MAX_SENTENCE_TOKENS = 250
_VERB_POS = ("fin", "praet", "bedzie", "impt", "imps", "pred", "winien")
_COUNTED_POS = ("subst", "depr", "ger", "adj")  # what may stand in the genitive after "tys.", "mln.", "proc."
_SENTENCE_END = frozenset({".", "!", "?", "…"})
_CLOSERS = frozenset({"”", "\"", "»", "’", ")", "'"})
_BREAKS = _SENTENCE_END | _CLOSERS  # the only tokens after which a sentence may end (besides abbreviations)


@functools.cache
def _morfeusz():  # type: ignore[no-untyped-def]
    import morfeusz2

    return morfeusz2.Morfeusz(expand_tags=False, separate_numbering=True)


def dictionary_id() -> str:
    """The morfeusz2 dictionary in use (readings, and so everything built from them, depend on it)."""
    return str(_morfeusz().dict_id())


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
def _lemmas(word: str, analysed: bool = True) -> frozenset[str]:
    """``lemma_set`` of a word's readings (``analysed``: ``analyse_word(word)``) or of a token without
    readings; cached by the form alone, as the readings are the form's."""
    return lemma_set(word, analyse_word(word) if analysed else ())


def tokenize(text: str, start_index: int = 0) -> list[Token]:
    """Tokens of ``text`` with offsets into it and morfeusz2 readings of words.

    Known abbreviations written as a word and a dot ("tys" + ".") become one token ("tys.") on the
    way, so ``Token.i`` stays dense without a second pass."""
    tokens: list[Token] = []
    append = tokens.append
    prev_end = -1
    i = start_index
    size = len(text)
    for m in _TOKEN_RE.finditer(text):
        s = m[0]
        start = m.start()
        end = m.end()
        first = s[0]
        kind: TokenKind
        if first.isdigit():
            kind = "number"
            if s.isdigit():
                analyses: tuple[Analysis, ...] = ()
                lemmas = _lemmas(s, False)
            else:
                analyses = analyse_word(s)
                lemmas = _lemmas(s, True)
        elif first.isalnum() or first == "_":
            # only the dotted alternatives of the pattern ("m.in.") hold a dot; any other word is "word"
            kind = "abbr" if "." in s and _is_abbreviation(s, text, end, size) else "word"
            analyses = analyse_word(s)
            lemmas = _lemmas(s, True)
        else:
            if s == "." and tokens:
                last = tokens[-1]
                if last.kind == "word" and last.end == start and (last.lower + ".") in _ABBREVIATIONS and not (
                    len(tokens) > 1 and tokens[-2].text == "." and tokens[-2].end == last.start
                ):  # not the end of a web address: "Wirtualnemedia.pl."
                    # "tys" + "." is the abbreviation "tys.": one token with the word's readings
                    text_dot = last.text + "."
                    tokens[-1] = make_token(last.i, text_dot, last.start, end, "abbr", last.analyses,
                                            last.space_before, last.lemma_set, text_dot.lower())
                    prev_end = end
                    continue
            kind = "punct"
            analyses = ()
            lemmas = _lemmas(s, False)
        append(make_token(i, s, start, end, kind, analyses, start != prev_end, lemmas, s.lower()))
        i += 1
        prev_end = end
    return tokens


def _is_abbreviation(s: str, text: str, end: int, size: int) -> bool:
    lower = s.lower()
    return lower in _ABBREVIATIONS or (end < size and text[end] == "." and (lower + ".") in _ABBREVIATIONS)


def is_paragraph_break(gap: str) -> bool:
    """Does the text between two tokens hold a blank line ("\n\n", also "\n \n" and "\r\n\r\n")?"""
    return "\n" in gap and "\n\n" in gap.replace("\r", "").replace(" ", "")


OPENING_QUOTES = frozenset({"„", "«", '"'})
CLOSING_QUOTES = frozenset({"”", "»", '"'})
QUOTED_NAME_WORDS = 5  # words a name in quotation marks may have ("„Nowej Europy Wschodniej”", "„Sea Pearl 7”")
_FINITE_POS = ("fin", "praet", "bedzie")


def quoted_name_end(tokens: Sequence[Token], j: int) -> int | None:
    """Where the short name that the quotation mark at ``j`` opens is closed ("„Nowej Europy Wschodniej”", a ship's
    "„Kapitan Gołubiew”"), or None for words said: a name starts with a capital letter and holds no punctuation or
    finite verb."""
    if j >= len(tokens) or tokens[j].text not in OPENING_QUOTES:
        return None
    for q in range(j + 1, min(len(tokens), j + 2 + QUOTED_NAME_WORDS)):
        t = tokens[q]
        if t.text in CLOSING_QUOTES:
            return q if q > j + 1 and tokens[j + 1].is_capitalized else None
        if t.kind == "punct" or t.has_pos(*_FINITE_POS):
            return None
    return None


def after_preposition(tokens: Sequence[Token], k: int) -> bool:
    """Does a preposition stand right before ``tokens[k]``?  The word is then its noun, whatever other readings
    morfeusz gives it ("od jesieni", "w ubiegły czwartek": no verb)."""
    return k > 0 and tokens[k - 1].has_pos("prep")


@functools.cache
def _boilerplate() -> re.Pattern[str]:
    from eventdb.reference import load_yaml

    data = load_yaml("boilerplate.yaml")
    labels = "|".join(re.escape(w) for w in sorted(data["labels"], key=len, reverse=True))
    dotted = "|".join(re.escape(w) for w in sorted(data["dotted"], key=len, reverse=True))
    whole = "|".join(re.escape(w) for w in sorted(data["whole"], key=len, reverse=True))
    return re.compile(
        rf"^[ \t]*(?:(?:{labels})[ \t]*:|(?:{dotted})[ \t:]|(?:{whole})[ \t]*$)[^\n]*", re.IGNORECASE | re.MULTILINE
    )


def without_boilerplate(text: str) -> str:
    """``text`` with the lines that are no part of an article blanked out by spaces ("Czytaj także: ...", "Fot.
    PAP/EPA", "Reklama"; see reference/boilerplate.yaml): same length, so every offset still points into ``text``."""
    return _boilerplate().sub(lambda m: " " * len(m.group()), text)


def split_sentences(text: str, language: str = "pl") -> list[Sentence]:
    """Sentences of ``text``; a blank line (paragraph or heading) always ends one.  A number's dot before a capital
    is an ordinal in Polish ("80. Brygady"), the end of a sentence in English ("on Dec. 17. It was")."""
    ordinals = language == "pl"
    tokens = tokenize(text)
    sentences: list[Sentence] = []
    current: list[Token] = []

    def close() -> None:
        if current:
            s, e = current[0].start, current[-1].end
            sentences.append(Sentence(index=len(sentences), start=s, end=e, text=text[s:e], tokens=tuple(current)))
            current.clear()

    prev: Token | None = None
    for k, tok in enumerate(tokens):
        if prev is not None and (
            # a blank line between the two tokens; no gap at all is the usual case
            tok.space_before and is_paragraph_break(text[prev.end : tok.start])
            or len(current) >= MAX_SENTENCE_TOKENS
            or (prev.text in _BREAKS or prev.kind == "abbr") and _ends_sentence(tokens, k - 1, current, ordinals)
        ):
            close()
        current.append(tok)
        prev = tok
    close()
    return sentences


def _ends_sentence(tokens: list[Token], k: int, current: list[Token], ordinals: bool = True) -> bool:
    """Does a sentence end after token ``k`` (``current`` holds the sentence so far; ``ordinals``: may a number's
    dot make an ordinal)?"""
    tok = tokens[k]
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is None:
        return True
    if tok.text in _CLOSERS and k > 0 and tokens[k - 1].text in _SENTENCE_END:
        return _starts_sentence(nxt)
    if tok.text in _SENTENCE_END:
        if nxt.text in _CLOSERS or nxt.text in _SENTENCE_END:
            return False
        if (ordinals and tok.text == "." and k > 0 and tokens[k - 1].kind == "number" and tokens[k - 1].end == tok.start
                and len(tokens[k - 1].text) <= 3 and nxt.is_capitalized
                and (not any(t.has_pos(*_VERB_POS) for t in current) or _unit_ordinal(tokens, k))):
            return False  # an ordinal: "artylerzyści 80. Brygady", "– mówi były oficer szczecińskiej 12. Brygady"
        return nxt.space_before and _starts_sentence(nxt)
    if tok.kind == "abbr" and tok.lower in _TERMINAL:
        if tok.lower in AFTER_NUMBERS and k > 0 and tokens[k - 1].kind == "number" and (
            not nxt.is_known or "gen" in nxt.cases(_COUNTED_POS)
        ):
            return False  # "3 tys. Koreańczyków", "40 proc. Ukraińców"; not "... ponad 5 mln. Transporty idą ..."
        # "W 2024 r. Rosja podpisała ..." goes on; "... podpisano w 2024 r. Rosja ..." ends: a sentence
        # has a verb, so before the first one an abbreviation's dot closes only a phrase; so too in a
        # clause that "że" or "który" opened ("HUR szacuje, że od 2023 r. Rosjanie wystrzelili ...")
        # an acronym after "r." may go on the phrase ("w 2024 r. NATO"); a one-letter word ("W", "Z") starts one
        acronym = nxt.text.isupper() and len(nxt.text) > 1
        return nxt.space_before and nxt.is_capitalized and not acronym and _clause_has_verb(current)
    return False


def _unit_ordinal(tokens: list[Token], dot: int) -> bool:
    """Is the number before the dot at ``dot`` the ordinal of a military unit after it: the number after a noun or an
    adjective ("oficer szczecińskiej 12. Brygady"), or after a preposition that governs the unit's case ("z 155.
    Brygady"); not after a verb, nor a preposition the unit does not follow ("wzrosła do 80. Armia temu zaprzecza":
    a sentence ends)?"""
    before = tokens[dot - 2] if dot >= 2 else None
    # the unit's noun, or one or two adjectives of it first ("rzecznik 47. Samodzielnej Brygady Zmechanizowanej")
    unit = next((t for t in tokens[dot + 1 : dot + 4] if not t.lemmas.isdisjoint(_unit_heads())), None)
    if unit is not None and not all(t.has_pos("adj") for t in tokens[dot + 1 : unit.i - tokens[0].i]):
        unit = None
    if unit is None or before is None or before.kind != "word" or before.has_pos(*_VERB_POS):
        return False
    governed = {c for a in before.analyses if a.pos == "prep" for c in a.cases}
    return not governed or not governed.isdisjoint(unit.cases())


@functools.cache
def _unit_heads() -> frozenset[str]:
    """Nouns of military units, which an ordinal with a dot precedes in any sentence ("12. Brygady")."""
    return frozenset(str(w).lower() for w in load_yaml("pl/mentions.yaml")["unit_heads"])


def _clause_has_verb(current: list[Token]) -> bool:
    """Does the clause that ends ``current`` have a verb (before its opening conjunction or pronoun)?  A word right
    after a preposition is its noun, whatever other readings it has ("od jesieni 2024 r.": "jesieni" is no verb)."""
    for k in range(len(current) - 1, -1, -1):
        tok = current[k]
        if tok.has_pos(*_VERB_POS) and not after_preposition(current, k):
            return True
        if tok.lower in _CLAUSE_OPENERS:
            return False
    return False


def _starts_sentence(tok: Token) -> bool:
    return tok.text[:1].isupper() or tok.kind == "number" or tok.text in {"„", "\"", "«", "(", "–", "-", "—"}


def words(tokens: Iterable[Token]) -> list[Token]:
    return [t for t in tokens if t.kind in ("word", "abbr")]


def without_readings(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences with words that carry no morfeusz reading: how English text is read where a Polish reading of
    an English word ("such" as a surname, "at" as a noun) would mislead a rule."""
    return [Sentence(index=s.index, start=s.start, end=s.end, text=s.text, tokens=tuple(
        make_token(t.i, t.text, t.start, t.end, t.kind, (), t.space_before, frozenset({t.lower}), t.lower)
        if t.kind == "word" else t for t in s.tokens)) for s in sentences]
