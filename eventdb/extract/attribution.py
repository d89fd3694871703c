"""Attribution chains: whom the article cites for what it reports.

Three kinds of cue, from ``eventdb/reference/pl/attribution.yaml``:

* prefix cues name the source right after them: "według ukraińskiego wywiadu", "jak podaje HUR";
  nothing is cited when no named source follows ("jak podano, ...": anonymous, skipped);
* reporting verbs take their subject as the source: "Szef HUR, generał Kyryło Budanow, oświadczył, że"
  cites the person when a title or an organization stands before the name; after the statement the
  subject follows the verb ("..., – poinformowała NIS");
* participial cues inside a speaker's phrase nest a second source ("The Moscow Times, odwołując się do
  publikacji rosyjskiego Ministerstwa Obrony, poinformował" -> The Moscow Times, then the Ministry);
  "cytowany przez X", "w rozmowie z X" name the outlet that carries the speaker, which comes first.

Also: a headline that opens with its source ("NIS: w obwodzie kurskim zginęło ..."), and a relative
clause that reports the main one ("Kim ratyfikował traktat, o czym poinformowała agencja KCNA").

A speaker named only by a nationality adjective ("południowokoreańscy parlamentarzyści, powołując się
na NIS, informowali") is an unnamed relay: when it cites a named source, the chain starts with that source.
A nominative right after "według X"-type cues is the clause's subject, not a source ("Według danych
Korea Północna wysłała ...": nothing is cited).

What the sentences before name, passed in by the caller: a pronoun or a common noun after a prefix cue
("według niego", "jego zdaniem", "jak przekazał resort,") and a reporting verb without a subject ("Dodał,
że") cite the source or person of the sentence before, after the sources that carried it; a title without a
name ("przywódca KRLD zadeklarował", "oficer powiedział") is the latest person named (of that country).

Every cue covers a scope of the sentence (characters): a reporting verb covers what follows it (or what
precedes it, when it comes after the statement); a prefix cue covers its clause and what follows.  The
chain of an event is the cues whose scope holds its trigger, ordered from the outermost source in.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from eventdb.extract.mentions import title_words
from eventdb.extract.model import Attribution, EntityRef, Mention, Sentence, Token
from eventdb.extract.text import CLOSING_QUOTES, after_preposition, quoted_name_end
from eventdb.reference import load_yaml

_FINITE = frozenset({"fin", "praet", "bedzie"})
_NOMINAL = frozenset({"subst", "depr", "ger", "adj"})
_VERB_POS = frozenset({"fin", "praet", "bedzie", "imps", "inf", "impt", "pcon", "pant"})
_ADVERBIAL = frozenset({"pcon", "pant"})  # adverbial participles: "występując", "powołując się", "zapytany" is none
_DASHES = frozenset({"–", "—", "-", ",", "”", '"', "»"})
_QUOTE_CLOSERS = frozenset({"”", '"', "»", ")", "“"})
_STATEMENT_DASHES = frozenset({"–", "—", "-"})
_CLAUSE_STOPS = frozenset({"że", "iż", "jakoby", ";", "."})
_COORDINATORS = frozenset({"a", "ale", "lecz", "zaś", "natomiast"})
_NAME_GAP = 8  # words between a prefix cue and the source ("jak wynika z analizy zdjęć przeprowadzonej przez X")
_SUBJECT_WINDOW = 15  # words a reporting verb's subject may span to its left
_COMPLEMENT_WINDOW = 10  # words between a reporting verb and "że"
_POSTPOSED_WINDOW = 6  # words between a verb after the statement and its subject
_HEADLINE_WINDOW = 6  # words before the colon of "NIS: ..."


@dataclass(frozen=True, slots=True)
class AttributionCue:
    """One cue of a sentence with the part of the sentence it covers."""

    attribution: Attribution
    mention: Mention
    scope_start: int  # characters of the body
    scope_end: int
    rank: tuple[int, int, int]  # order in a chain: (scope start, -1 outlet / 0 / 1 nested source, cue start)
    phrase: tuple[int, int]  # characters naming the source (a speaker's whole phrase): not participants
    speech_token: int | None = None  # Token.i of the reporting verb, if any
    carries: int | None = None  # Token.i of the reporting verb whose speaker this outlet carries ("w rozmowie z X")

    def covers(self, position: int) -> bool:
        return self.scope_start <= position < self.scope_end


@dataclass(frozen=True)
class _Lexicon:
    phrases: Mapping[str, tuple[tuple[str, tuple[str, ...]], ...]]  # first word -> (kind, words), longest first
    verbs: frozenset[str]
    free_verbs: frozenset[str]
    complementizers: frozenset[str]
    about: str
    titles: frozenset[str]
    title_kinds: Mapping[str, frozenset[str]]  # a noun that names a source again -> the kinds of source it fits
    relative_pronouns: frozenset[str]  # ", który opublikowała X"
    publishing_verbs: frozenset[str]
    contrasts: frozenset[str]  # ", a" before a clause with a speaker of its own
    speaking_verbs: frozenset[str]  # reporting verbs that are no deeds, and verbs of denying
    documents: frozenset[str]  # "według raportu", "jak czytamy w dokumencie": the document of the source before
    authors: frozenset[str]  # "według autorów raportu": those who wrote it

    @functools.cached_property
    def first_words(self) -> frozenset[str]:
        return frozenset(self.phrases)


@functools.cache
def _lexicon() -> _Lexicon:
    data = load_yaml("pl/attribution.yaml")

    phrases: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for kind in ("outer", "embedded", "prefix"):
        for cue in data[kind]:
            words = tuple(str(cue).split())
            phrases.setdefault(words[0], []).append((kind, words))
    # "jak" before any reporting verb opens a prefix cue ("jak wylicza agencja Interfax", "jak zaznaczył X")
    listed = {words for _kind, words in phrases.get("jak", [])}
    for verb in sorted(str(v) for v in data["verbs"]):
        if ("jak", verb) not in listed:
            phrases.setdefault("jak", []).append(("prefix", ("jak", verb)))
    rank = {"outer": 0, "embedded": 1, "prefix": 2}
    return _Lexicon(
        phrases=MappingProxyType(
            {k: tuple(sorted(v, key=lambda c: (-len(c[1]), rank[c[0]]))) for k, v in phrases.items()}
        ),
        verbs=frozenset(str(v) for v in data["verbs"]) | _words(data.get("expecting_verbs") or ()),
        free_verbs=frozenset(str(v) for v in data["free_verbs"]),
        complementizers=frozenset(str(c) for c in data["complementizers"]),
        about=str(data["about"]),
        titles=frozenset(str(t) for t in data["titles"]),
        title_kinds=MappingProxyType({str(k): frozenset(str(x) for x in v)
                                      for k, v in (data.get("title_kinds") or {}).items()}),
        relative_pronouns=_words(data["relative_pronouns"]),
        publishing_verbs=_words(data["publishing_verbs"]),
        contrasts=_words(data["contrasts"]),
        speaking_verbs=((_words(data["verbs"]) - _words(data["deed_verbs"])) | _words(data["denying_verbs"])
                        | _words(data.get("expecting_verbs") or ())),
        documents=_words(data["documents"]["nouns"]),
        authors=_words(data["documents"]["authors"]),
    )


def _words(values: Iterable[object]) -> frozenset[str]:
    return frozenset(str(v) for v in values)


# --- public API --------------------------------------------------------------------------------------------


def find_attributions(sentence: Sentence, mentions: Sequence[Mention]) -> list[Attribution]:
    """The attribution cues of one sentence; ``position`` is the depth of each in its chain."""
    cues = find_cues(sentence, mentions)
    out = []
    for cue in cues:
        chain = chain_at(cues, cue.scope_start)
        position = next((a.position for a in chain if a.start == cue.attribution.start), 1)
        out.append(dataclasses.replace(cue.attribution, position=position))
    return out


def chain_at(
    cues: Sequence[AttributionCue], position: int, *, exclude_speech_token: int | None = None
) -> list[Attribution]:
    """The chain of sources behind the text at ``position`` (characters), numbered from 1.

    ``exclude_speech_token`` leaves out the cue of a statement verb, for the statement event itself:
    "Kyiv Post poinformował, że Kim stwierdził, że ..." -> Kim's statement is cited from Kyiv Post only, and
    "– powiedział w rozmowie z Suspilne rzecznik X" -> X's statement is cited from Suspilne.
    """
    covering = sorted(
        (c for c in cues if (c.covers(position) or exclude_speech_token is not None
                             and c.carries == exclude_speech_token)
         and (exclude_speech_token is None or c.speech_token != exclude_speech_token)),
        key=lambda c: c.rank,
    )
    out: list[Attribution] = []
    for cue in covering:
        if out and out[-1].cited == cue.attribution.cited:
            continue
        out.append(dataclasses.replace(cue.attribution, position=len(out) + 1))
    return out


def find_cues(
    sentence: Sentence,
    mentions: Sequence[Mention],
    keys: Sequence[frozenset[str]] | None = None,
    *,
    referent: EntityRef | None = None,
    chain: Sequence[Attribution] = (),
    persons: Sequence[EntityRef] = (),
) -> list[AttributionCue]:
    """Cues of one sentence with their scopes (for the events of the sentence).

    ``keys``: ``word_keys(sentence.tokens)`` when the caller has them already.  What the sentences before
    name: ``referent``, the source or person a pronoun or a missing subject stands for ("Według niego",
    "Dodał, że"), with the ``chain`` of sources that carry it; ``persons``, the persons named so far (latest
    first), whom a title names again ("przywódca KRLD zadeklarował", "oficer powiedział").
    """
    lex = _lexicon()
    tokens = sentence.tokens
    if not tokens:
        return []
    base = tokens[0].i
    actors = _actor_mentions(sentence, mentions)
    keys = keys if keys is not None else word_keys(tokens)
    refs = _References(sentence, referent, tuple(persons), lex.titles, tuple(a.cited for a in chain),
                       lex.title_kinds)
    phrases = _headline_source(tokens, base, actors) + _find_phrase_cues(tokens, keys, base, actors, lex, refs)
    verbs = _find_verb_cues(tokens, keys, base, actors, phrases, lex, refs)
    return _assemble(sentence, tokens, phrases, verbs, tuple(chain))


# --- building blocks ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _References:
    """Who a pronoun, a missing subject or a bare title of the sentence stands for."""

    sentence: Sentence
    referent: EntityRef | None
    persons: tuple[EntityRef, ...]
    titles: frozenset[str]
    carriers: tuple[EntityRef, ...]  # the outer sources that carry the referent, outermost first
    title_kinds: Mapping[str, frozenset[str]]

    def fitting(self, noun: Token) -> EntityRef | None:
        """Which of the referent and its carriers a noun names again ("według agencji" after "Reuters, powołując
        się na HUR": Reuters): the latest of a kind the noun fits, else the referent."""
        kinds = frozenset().union(*(self.title_kinds.get(lemma, frozenset()) for lemma in noun.lemmas))
        if not kinds or self.referent is None or self.referent.kind in kinds:
            return self.referent
        return next((c for c in reversed(self.carriers) if c.kind in kinds), self.referent)

    def mention(self, entity: EntityRef, k: int) -> Mention:
        """A mention of ``entity`` by the word at local index ``k`` (a pronoun or a title)."""
        t = self.sentence.tokens[k]
        return Mention(entity=entity, start=t.start, end=t.end, text=t.text, sentence=self.sentence.index,
                       token_start=t.i, token_end=t.i + 1, via="pronoun", case=frozenset({"nom"}))

    def body(self) -> EntityRef | None:
        """The latest of the referent and its carriers that is no person (a person writes no report here)."""
        return next((c for c in (self.referent, *reversed(self.carriers)) if c is not None and c.kind != "person"),
                    None)

    def person(self, country: str | None) -> EntityRef | None:
        """The latest person named (of ``country``, if given)."""
        return next((p for p in self.persons if country is None or p.country == country), None)


def _is_pronoun(token: Token) -> bool:
    """A third-person pronoun ("niego", "niej", "nich", "jego")."""
    return any(a.pos == "ppron3" for a in token.analyses)


@dataclass(frozen=True, slots=True)
class _Phrase:
    """A prefix, embedded or outer cue: cue words, then the cited source."""

    kind: str  # prefix | embedded | outer
    cue_start: int  # local token indexes
    cue_end: int
    end: int  # end of the source phrase (exclusive)
    mention: Mention
    cue: str
    start: int | None = None  # start of the whole phrase when the source comes before the cue words

    @property
    def first(self) -> int:
        return self.cue_start if self.start is None else self.start


@dataclass(frozen=True, slots=True)
class _Verb:
    """A reporting verb with its subject."""

    verb: int  # local token index
    start: int  # first token of the cue phrase
    end: int  # exclusive
    mention: Mention
    postposed: bool
    unnamed: bool  # the subject is only a nationality adjective
    nested: tuple[_Phrase, ...]
    about: int | None = None  # ", o czym poinformował X": the comma; X reports what precedes it
    # the speaker before a relative clause of its own ("Ławrow, który spotkał się z Kimem, oświadczył"): the tokens
    # the speaker's phrase takes out of the events, the clause's own left in
    relative: tuple[int, int] | None = None


def _actor_mentions(sentence: Sentence, mentions: Sequence[Mention]) -> list[Mention]:
    """Actor mentions of the sentence; of overlapping ones the longest."""
    own = sorted(
        (m for m in mentions if m.sentence == sentence.index and m.entity.table == "actor"),
        key=lambda m: (m.token_start, -(m.token_end - m.token_start)),
    )
    out: list[Mention] = []
    for m in own:
        if out and m.token_start < out[-1].token_end:
            continue
        out.append(m)
    return out


def word_keys(tokens: Sequence[Token]) -> list[frozenset[str]]:
    """Lemmas and lowercased form of every token (computed once per sentence, cached per word form)."""
    return [_keys_of(t.lemma_set or t.lemmas, t.lower) for t in tokens]


@functools.lru_cache(maxsize=200_000)
def _keys_of(lemmas: frozenset[str], lower: str) -> frozenset[str]:
    return lemmas | {lower}


def _match_sequence(keys: Sequence[frozenset[str]], k: int, seq: tuple[str, ...]) -> int | None:
    """End (exclusive) of ``seq`` matched word by word from token ``k``."""
    if k + len(seq) > len(keys):
        return None
    for j, word in enumerate(seq):
        if word not in keys[k + j]:
            return None
    return k + len(seq)


def _mention_at(actors: Sequence[Mention], base: int, k: int) -> Mention | None:
    """The mention starting at token ``k`` of the sentence (``actors`` is short: a scan is cheap)."""
    i = k + base
    for m in actors:
        if m.token_start == i:
            return m
        if m.token_start > i:
            return None
    return None


def _is_verb(token: Token, pos: frozenset[str] = _FINITE) -> bool:
    return any(a.pos in pos for a in token.analyses)


def _is_predicate(token: Token) -> bool:
    """A verb form that is not also a noun or adjective ("Spraw", "Kima" have verb readings too)."""
    return _is_verb(token, _VERB_POS) and not any(a.pos in _NOMINAL for a in token.analyses)


def _subject_after(
    tokens: Sequence[Token], base: int, actors: Sequence[Mention], k: int
) -> tuple[Mention, int] | None:
    """The subject after "jak podaje", "jak mówił w listopadzie doradca ... Shin Won-sik": up to the comma."""
    found: list[Mention] = []
    j = k
    while j < len(tokens) and j - k <= _SUBJECT_WINDOW:
        m = _mention_at(actors, base, j)
        if m is not None:
            found.append(m)
            j = m.token_end - base
            continue
        t = tokens[j]
        if t.kind == "punct" and t.text not in {"„", "”", '"', "«", "»", "(", ")", "."}:
            break
        if _is_verb(t) and not (j > k and after_preposition(tokens, j)):  # "w ubiegły czwartek": no verb
            break
        j += 1
    named = [m for m in found if m.via != "adjective"]
    if not found:
        return None
    chosen = _speaker(named or found)
    return chosen, _same_entity_after(tokens, base, actors, chosen, _after_closers(tokens, chosen.token_end - base))


def _source_after(
    tokens: Sequence[Token], base: int, actors: Sequence[Mention], k: int, *, governed: bool = False
) -> tuple[Mention, int] | None:
    """The named source that follows a cue ending at ``k`` ("według szefa HUR"): (mention, end of phrase).
    ``governed``: the cue governs the case of its whole phrase ("według", "zdaniem"), so a name after the source's
    title stands in apposition whatever case its reading gives, unless a verb follows it (then it is a subject)."""
    lex = _lexicon()
    first: Mention | None = None
    words = 0
    j = k
    relative = False  # inside ", który opublikowała X" after the document a cue names
    while j < len(tokens) and words <= _NAME_GAP:
        m = _mention_at(actors, base, j)
        if m is not None:
            if m.case and (not m.case - {"nom", "voc"} or words and "nom" in m.case and "gen" not in m.case) and (
                _verb_next(tokens, m.token_end - base) and not relative
            ):
                # "według danych Korea Północna wysłała", "według autorów raportu Pjongjang dostarczył": a subject,
                # not the source
                return None
            first = m
            break
        t = tokens[j]
        pronoun = j + 2 if j + 2 < len(tokens) and tokens[j + 1].has_pos("prep") else j + 1  # ", do których"
        if (t.text == "," and j > k and not relative and pronoun < len(tokens)
                and tokens[pronoun].lemmas & lex.relative_pronouns):
            # "wynika z raportu, który w poniedziałek opublikowała SZRU", "z dokumentów, do których dotarł X"
            relative = True
            j = pronoun + 1
            continue
        if t.kind == "punct" and t.text not in {"„", '"', "«", "("}:
            return None
        if _is_verb(t) and not (relative and t.lemmas & lex.publishing_verbs):
            return None
        if j == k and _is_pronoun(t):
            return None  # "według niej Białoruś przekazała": the pronoun is the source, the name the subject
        words += t.kind != "punct"
        j += 1
    if first is None:
        return None
    if first.via == "adjective":
        # "przez brytyjski ośrodek Open Source Centre": the adjective names the country of the source
        named = next((m for m in actors if first.token_end <= m.token_start <= first.token_end + 2), None)
        first = named or first
    chosen, end = _prefer_person(tokens, base, actors, first, governed=governed and not relative)
    end = _same_entity_after(tokens, base, actors, chosen, _after_closers(tokens, end))
    if chosen.entity.kind == "person":
        end = _affiliation_end(tokens, base, actors, end)
    return chosen, end


def _affiliation_end(tokens: Sequence[Token], base: int, actors: Sequence[Mention], k: int) -> int:
    """"Zdaniem Jana Kowalskiego z PISM wymiana ...": where the body a person works for, after "z", ends (the
    source's phrase takes it in: the body is no actor of what follows); ``k`` if none follows."""
    if k >= len(tokens) or tokens[k].lower not in ("z", "ze"):
        return k
    for j in range(k + 1, min(k + 5, len(tokens))):
        m = _mention_at(actors, base, j)
        if m is not None:
            return _after_closers(tokens, m.token_end - base)
        if tokens[j].kind != "word" or tokens[j].is_capitalized:
            return k
    return k


def _pronoun_source(tokens: Sequence[Token], k: int, end: int, refs: _References) -> tuple[Mention, int] | None:
    """"Według niego", "jego zdaniem", "jak dodał," (no subject): the source of the sentences before."""
    assert refs.referent is not None
    document = _document_end(tokens, end)
    if document is not None:
        # "Według autorów raportu Pjongjang dostarczył ...", "Jak czytamy w dokumencie, ...": the document, or
        # those who wrote it, of the body cited before (not of a person)
        body = refs.body()
        return (refs.mention(body, end), document) if body is not None else None
    if end < len(tokens) and _is_pronoun(tokens[end]):
        return refs.mention(refs.referent, end), end + 1
    if k > 0 and _is_pronoun(tokens[k - 1]) and tokens[k - 1].lower in ("jego", "jej", "ich"):
        return refs.mention(refs.referent, k - 1), end
    if _is_verb(tokens[end - 1]) and end < len(tokens) and tokens[end].text == ",":
        return refs.mention(refs.referent, end - 1), end
    # "jak przekazał resort,", "według agencji Rosja otrzymała", "według brygady tylko w styczniu": a common noun
    # that names the source again, with nothing of its own after it
    if end + 1 < len(tokens) and tokens[end].lemmas & refs.titles and _no_attribute(tokens[end + 1]):
        named = refs.fitting(tokens[end])
        return (refs.mention(named, end), end + 1) if named is not None else None
    return None


def _no_attribute(token: Token) -> bool:
    """Does ``token`` end the noun phrase before it: a punctuation mark, a number, the next clause's subject (a
    capitalized name) or a word that cannot stand in the genitive after a noun ("według brygady tylko", "według
    dowództwa w ciągu", "według przewoźnika kursuje"; not "według agencji informacyjnej", "według władz obwodu")?"""
    if token.kind != "word":
        return True
    return "gen" not in (token.cases() if token.is_capitalized else token.cases(tuple(_NOMINAL | {"ppas", "pact"})))


def _document_end(tokens: Sequence[Token], k: int) -> int | None:
    """Where a noun of a document ("raportu", "autorów raportu", "w dokumencie") that starts at ``k`` ends; None
    if none starts there.  (A document with a name of its own, "raportu MSMT", names its source.)"""
    lex = _lexicon()
    if k < len(tokens) and tokens[k].lemmas & lex.authors:
        k += 1
    return k + 1 if k < len(tokens) and tokens[k].lemmas & lex.documents else None


def _same_entity_after(
    tokens: Sequence[Token], base: int, actors: Sequence[Mention], chosen: Mention, end: int
) -> int:
    """Extend a source phrase over the same source named again ("południowokoreańskiego wywiadu NIS")."""
    while True:
        m = _mention_at(actors, base, end)
        if m is None or m.entity != chosen.entity:
            return end
        end = _after_closers(tokens, m.token_end - base)


def _verb_next(tokens: Sequence[Token], k: int) -> bool:
    """Is the next word from ``k`` on (past closing quotation marks) a finite verb?"""
    while k < len(tokens) and tokens[k].text in _QUOTE_CLOSERS:
        k += 1
    return k < len(tokens) and _is_verb(tokens[k])


def _prefer_person(
    tokens: Sequence[Token], base: int, actors: Sequence[Mention], first: Mention, *, governed: bool = False
) -> tuple[Mention, int]:
    """A person named right after an organization or title is the source ("szef HUR, gen. Budanow"); ``governed``:
    see ``_source_after`` ("według rzecznika Rady Najwyższej Ukrainy Dmytra Łubinca w niewoli przebywa")."""
    chosen = first
    end = first.token_end - base
    if first.entity.kind == "person":
        return chosen, end
    j = end
    gap = 0
    titled = False  # a title in its dictionary form stands before the name ("wiceminister", not "wiceministrem")
    titles = title_words()
    while j < len(tokens) and gap <= 3:
        m = _mention_at(actors, base, j)
        if m is not None:
            # a name that may be a nominative ("Park Min-soo", "Ołeh Marczuk": no case or every case) is one
            # after a title in its dictionary form
            nominative = m.case and not m.case - {"nom", "voc"} or titled and (not m.case or "nom" in m.case)
            # a name the gazetteer does not know ("rzecznika Rady Najwyższej Dmytra Łubińca") is a person's too
            named_person = m.entity.kind == "person" or m.via == "candidate" and m.entity.kind == "unknown"
            if governed and nominative and gap == 0 and not _verb_next(tokens, m.token_end - base):
                nominative = False  # right after the body: a genitive read as a nominative ("Dmytra Łubinca")
            if named_person and not nominative:
                return m, m.token_end - base
            # "– ocenił w rozmowie z PAP płk X": a person in the nominative is the verb's subject, not the
            # head of the cue's phrase (cue words take an oblique case)
            return chosen, end
        t = tokens[j]
        if t.kind == "punct" and t.text not in {",", "(", ")"}:
            break
        if _is_verb(t):
            break
        titled = titled or t.lower in titles
        gap += 1
        j += 1
    return chosen, end


def _after_closers(tokens: Sequence[Token], end: int) -> int:
    """Extend a source phrase over closing quotation marks and an acronym in parentheses
    ("„The Moscow Times”", "Narodową Służbę Wywiadowczą (NIS)")."""
    while end < len(tokens) and tokens[end].text in _QUOTE_CLOSERS:
        end += 1
    if end < len(tokens) and tokens[end].text == "(":
        close = next((j for j in range(end + 1, min(end + 4, len(tokens))) if tokens[j].text == ")"), None)
        if close is not None:
            return close + 1
    return end


def _headline_source(tokens: Sequence[Token], base: int, actors: Sequence[Mention]) -> list[_Phrase]:
    """"NIS: w obwodzie kurskim zginęło ..." - a headline that opens with its source and a colon."""
    colon = next((k for k, t in enumerate(tokens[: _HEADLINE_WINDOW + 1]) if t.text == ":"), None)
    if colon is None or colon == 0 or any(_is_verb(t, _VERB_POS) for t in tokens[:colon]):
        return []
    named = [m for m in actors if m.token_end - base <= colon]
    if not named:
        return []
    return [_Phrase("prefix", colon, colon + 1, colon + 1, _speaker(named), ":", start=0)]


def _find_phrase_cues(
    tokens: Sequence[Token], keys: Sequence[frozenset[str]], base: int, actors: Sequence[Mention], lex: _Lexicon,
    refs: _References,
) -> list[_Phrase]:
    out: list[_Phrase] = []
    first_words = lex.first_words
    k = 0
    while k < len(tokens):
        if keys[k].isdisjoint(first_words):
            k += 1
            continue
        firsts = keys[k] & first_words
        if len(firsts) == 1:  # the usual case: the lexicon's own order, longest first already
            candidates = lex.phrases[next(iter(firsts))]
        else:
            candidates = tuple(sorted((c for key in sorted(firsts) for c in lex.phrases[key]),
                                      key=lambda c: -len(c[1])))
        found: _Phrase | None = None
        for kind, seq in candidates:
            end = _match_sequence(keys, k, seq)
            if end is None:
                continue
            # "jak podaje X", "której szacunki przedstawił w czwartek deputowany X": X is the subject of the verb;
            # "według X", "powołując się na X": its object
            ends_in_verb = _is_verb(tokens[end - 1]) and kind in ("prefix", "outer")
            if ends_in_verb:
                source = _subject_after(tokens, base, actors, end)
            else:
                source = _source_after(tokens, base, actors, end, governed=kind == "prefix")
            if source is None and refs.referent is not None and kind == "prefix":
                source = _pronoun_source(tokens, k, end, refs)
            if source is None:
                continue
            mention, phrase_end = source
            found = _Phrase(kind, k, end, phrase_end, mention, " ".join(x.text for x in tokens[k:end]))
            break
        if found:
            out.append(found)
            k = found.end
        else:
            k += 1
    return out


def _find_verb_cues(
    tokens: Sequence[Token],
    keys: Sequence[frozenset[str]],
    base: int,
    actors: Sequence[Mention],
    phrases: Sequence[_Phrase],
    lex: _Lexicon,
    refs: _References,
) -> list[_Verb]:
    out: list[_Verb] = []
    taken = [(p.cue_start, p.end) for p in phrases if p.kind == "prefix"]
    for k, tok in enumerate(tokens):
        if keys[k].isdisjoint(lex.verbs) or tok.kind != "word" or not _is_verb(tok):
            continue
        if any(s <= k < e for s, e in taken):
            continue
        free = bool(keys[k] & lex.free_verbs)
        has_complement = _has_complement(tokens, k, lex)
        preceded = k > 0 and tokens[k - 1].text in _DASHES
        if preceded and not has_complement:
            verb = (_postposed_subject(tokens, base, actors, k, phrases) or _postposed_title(tokens, k, refs)
                    or _postposed_unnamed(tokens, k, refs))
            if verb is not None:
                out.append(verb)
            continue
        about = _about_which(tokens, k)
        if not (has_complement or free or about is not None):
            continue
        verb = _preposed_subject(tokens, base, actors, phrases, k, refs)
        if verb is None and about is not None:
            verb = _postposed_subject(tokens, base, actors, k, phrases)  # ", o czym poinformowała agencja Reuters"
        if verb is not None:
            out.append(verb if about is None else dataclasses.replace(verb, postposed=True, about=about))
    return out


def _postposed_unnamed(tokens: Sequence[Token], k: int, refs: _References) -> _Verb | None:
    """"„...” – mówiła.", "„...” – dodał po chwili.": a verb after a quotation with no subject of its own speaks for
    the source or person of the sentences before, as "Dodał, że ..." does."""
    if refs.referent is None or k < 2 or tokens[k - 2].text not in CLOSING_QUOTES:
        return None
    for t in tokens[k + 1 :]:
        if t.kind == "punct":
            break
        if t.kind != "word" or not t.has_pos("adv", "qub", "prep"):
            return None  # a word that may name the speaker ("– mówi rzecznik", "– dodał w środę")
    return _Verb(k, k, k + 1, refs.mention(refs.referent, k), postposed=True, unnamed=False, nested=())


def _postposed_title(tokens: Sequence[Token], k: int, refs: _References) -> _Verb | None:
    """"„...” – mówił rzecznik w rozmowie z TOK FM": a title with no name after the verb stands for the latest
    person named before, and the noun of a body ("– twierdzi gazeta") for the source cited before, when it is of
    the body's kind (a name of a body or state right after the title would be the speaker instead, and
    ``_postposed_subject`` takes it)."""
    for j in range(k + 1, min(k + 4, len(tokens))):
        t = tokens[j]
        if t.kind == "punct":
            return None
        if t.lemmas & refs.titles and any(
                a.pos == "subst" and "nom" in a.cases and "sg" in a.numbers for a in t.analyses):
            kinds = frozenset().union(*(refs.title_kinds.get(lemma, frozenset()) for lemma in t.lemmas))
            if kinds:  # "– twierdzi gazeta": a body's noun names the source before, if it is of that kind
                named = refs.fitting(t)
                source = named if named is not None and named.kind in kinds | {"unknown"} else None
            else:
                source = refs.person(None)
            if source is None:
                return None
            return _Verb(k, k, j + 1, refs.mention(source, j), postposed=True, unnamed=False, nested=())
    return None


def _about_which(tokens: Sequence[Token], k: int) -> int | None:
    """", o czym poinformowała agencja KCNA": the comma before a relative clause that reports the main one."""
    for j in range(k - 1, max(0, k - 8), -1):
        if tokens[j].lower in ("czym", "co") and j >= 2 and tokens[j - 1].lower == "o" and tokens[j - 2].text == ",":
            return j - 2
        if tokens[j].kind == "punct":
            return None
    return None


def _has_complement(tokens: Sequence[Token], k: int, lex: _Lexicon) -> bool:
    """Does a reporting verb at ``k`` introduce what is reported (że, a quotation, "o" + matter)?"""
    for j in range(k + 1, min(len(tokens), k + 1 + _COMPLEMENT_WINDOW)):
        t = tokens[j]
        if quoted_name_end(tokens, j) is not None:
            continue  # "– mówi w rozmowie z „Nową Europą Wschodnią” dr X": a title in quotes, not a quotation
        if t.lower in lex.complementizers or t.text in lex.complementizers:
            return True
        if t.lower == lex.about and j == k + 1 or (t.lower == lex.about and tokens[j - 1].kind != "punct"
                                                    and j <= k + 3):
            return True
        if t.text in {".", ";", "?", "!"} or _is_predicate(t):  # "w ubiegły czwartek" is no verb
            return False
    return False


def _postposed_subject(
    tokens: Sequence[Token], base: int, actors: Sequence[Mention], k: int, phrases: Sequence[_Phrase] = ()
) -> _Verb | None:
    """"... – poinformowała w środę południowokoreańska Narodowa Służba Wywiadowcza (NIS)".

    An outer or embedded cue between the verb and its subject ("– ocenił w rozmowie z PAP płk X", "– mówi,
    powołując się na źródła w HUR, X") names the outlet that carries the speaker, or whom the speaker cites:
    it goes into the chain, never in the speaker's place."""
    candidates: list[Mention] = []
    nested: list[_Phrase] = []
    j = k + 1
    limit = k + _POSTPOSED_WINDOW
    while j < len(tokens) and j <= limit:
        inside = next((p for p in phrases if p.kind != "prefix" and p.cue_start == j), None)
        if inside is not None:
            nested.append(inside)
            limit += inside.end - j  # the cue's own words do not count
            j = inside.end
            continue
        m = _mention_at(actors, base, j)
        if m is not None:
            candidates.append(m)
            limit += m.token_end - base - j - 1  # a name counts as one word ("rzecznik Sił Obronnych Południa
            j = m.token_end - base              # Ukrainy Władysław Wołoszyn")
            continue
        if quoted_name_end(tokens, j) is not None or tokens[j].text in CLOSING_QUOTES:
            j += 1  # "– mówi „Wyborczej” Olena Kowal": an outlet's title in quotation marks
            continue
        if tokens[j].kind == "punct" and tokens[j].text not in {"(", ")"}:
            break
        if tokens[j].kind == "abbr":
            limit += 1  # "płk pil. rez. Adam Kurowski", "prof. dr hab. X": a rank's abbreviations count as one word
        j += 1
    named = [m for m in candidates if m.via != "adjective"]
    if not candidates:
        return None
    # "– mówi Olena Kowal z kijowskiej organizacji X": after the speaker, "z" names where the speaker works
    speakers = [m for n, m in enumerate(named) if n == 0 or not _affiliation(tokens, m.token_start - base)]
    chosen = _speaker(speakers or candidates)
    end = _after_closers(tokens, max(m.token_end for m in candidates) - base)
    return _Verb(k, k, end, chosen, postposed=True, unnamed=not named, nested=tuple(nested))


def _affiliation(tokens: Sequence[Token], k: int) -> bool:
    """Does "z" (past adjectives and a noun of a body: "z kijowskiej organizacji") stand before the name at ``k``?"""
    for j in range(k - 1, max(k - 5, -1), -1):
        if tokens[j].lower in ("z", "ze"):
            return True
        if tokens[j].kind != "word" or tokens[j].is_capitalized:
            return False
    return False


def _preposed_subject(
    tokens: Sequence[Token], base: int, actors: Sequence[Mention], phrases: Sequence[_Phrase], k: int,
    refs: _References | None = None,
) -> _Verb | None:
    """The subject before a reporting verb, skipping participial cues inside it."""
    lo = k
    j = k - 1
    nested: list[_Phrase] = []
    crossed: tuple[int, int] | None = None  # the object part of a first, coordinated predicate
    skipped = 0  # words of nested cues passed over: they do not count against the window
    relative = _relative_before(tokens, k)
    if relative is not None and "który" not in tokens[relative + 1].lemmas and any(
            relative < p.cue_start < k for p in phrases):
        relative = None  # "X, powołując się na HUR, poinformował": a participle of a nested cue, read below
    if relative is not None:  # "Ławrow, który spotkał się z Kimem, oświadczył": the subject is before the clause
        crossed = (relative, k)
        skipped += k - relative
        j = relative - 1
    while j >= 0 and k - j - skipped <= _SUBJECT_WINDOW:
        t = tokens[j]
        inside = next((p for p in phrases if p.cue_start <= j < p.end), None)
        if inside is not None:
            if inside.kind == "prefix":
                break
            nested.append(inside)
            lo = inside.cue_start
            skipped += j - inside.cue_start + 1
            j = inside.cue_start - 1
            continue
        if t.lower in _CLAUSE_STOPS or (t.lower in _COORDINATORS and j > 0 and tokens[j - 1].text == ","):
            break
        if t.lower in ("czym", "co") and j > 0 and tokens[j - 1].lower == "o":
            break
        if t.kind == "punct" and t.text not in {",", "(", ")", "„", "”", '"'}:
            break
        if _is_predicate(t) and not _is_verb(t, frozenset({"pcon", "pant"})) and not any(
                m.token_start <= base + j < m.token_end for m in actors):  # "Zerkało" is a name, not "zerkać"
            if _and_before(tokens, j, k):
                # "Putin przyjął Kima ... i zapowiedział, że": the subject of the first verb
                skip_to = j
                j -= 1
                lo = skip_to
                crossed = (skip_to, k)
                continue
            break
        lo = j
        j -= 1
    nested_spans = [(p.cue_start, p.end) for p in nested] + ([crossed] if crossed else [])
    in_window = [
        m for m in actors
        if lo <= m.token_start - base < k and not any(s <= m.token_start - base < e for s, e in nested_spans)
    ]
    titled = _titled_person(tokens, base, in_window, lo, k, refs)
    if titled is not None:
        in_window = [m for m in in_window if m.via == "adjective" or m.entity.kind != "country"] + [titled]
    elif not in_window:
        unnamed = _unnamed_speaker(tokens, lo, k, refs) or _document_speaker(tokens, lo, k, refs)
        if unnamed is None:
            return None
        in_window = [unnamed]
    named = [m for m in in_window if m.via != "adjective"]
    chosen = titled or _speaker(named or in_window)
    start = _extend_over_titles(tokens, min(m.token_start for m in in_window) - base, lo)
    # phrases between the verb and its complement ("powiedział w rozmowie z CNN, że") belong to it too
    for p in phrases:
        if p.kind != "prefix" and k < p.cue_start <= k + 4:
            nested.append(p)
    return _Verb(k, start, k + 1, chosen, postposed=False, unnamed=not named, nested=tuple(nested),
                 relative=(relative, k) if relative is not None else None)


def _relative_before(tokens: Sequence[Token], k: int) -> int | None:
    """Where a relative clause, or an adverbial participle's, between commas that ends right before the verb at ``k``
    opens (its first comma): "Rosja, która wspiera KRLD, zapowiedziała", "Blinken, występując na konferencji z
    Lammym, poinformował"; None when no such clause stands there."""
    if k < 2 or tokens[k - 1].text != ",":
        return None
    for j in range(k - 2, max(k - 2 - _RELATIVE_REACH, 0), -1):
        if tokens[j].text == ",":
            return j if "który" in tokens[j + 1].lemmas or _is_verb(tokens[j + 1], _ADVERBIAL) else None
        if tokens[j].kind == "punct" and tokens[j].text not in {"„", "”", '"', "-", "–"}:
            return None
    return None


#: words a relative clause between the subject and its verb of saying may have
_RELATIVE_REACH = 14


def _titled_person(tokens: Sequence[Token], base: int, in_window: Sequence[Mention], lo: int, k: int,
                   refs: _References | None) -> Mention | None:
    """"przywódca KRLD zadeklarował", "oficer powiedział": a title without a name stands for the person
    of that country (or anyone) named before; ``None`` when a person is named here."""
    if refs is None or any(m.entity.kind == "person" for m in in_window):
        return None
    title = next((j for j in range(lo, k) if tokens[j].lemmas & refs.titles
                  and any(a.pos == "subst" and "nom" in a.cases and "sg" in a.numbers for a in tokens[j].analyses)),
                 None)
    if title is None:
        return None
    countries = [m for m in in_window if m.entity.kind == "country" and -1 <= m.token_start - base - title <= 3]
    if len(countries) != len([m for m in in_window if m.via != "adjective"]) and not countries:
        return None  # "szef HUR powiedział": the organization is the speaker
    person = refs.person(countries[0].entity.country or countries[0].entity.name if countries else None)
    return None if person is None else refs.mention(person, title)


def _unnamed_speaker(tokens: Sequence[Token], lo: int, k: int, refs: _References | None) -> Mention | None:
    """"Dodał, że ...": a reporting verb with no subject at the start of its clause speaks for the referent."""
    if refs is None or refs.referent is None:
        return None
    if any(t.kind == "word" and any(a.pos in ("subst", "ppron3", "ppron12", "depr") for a in t.analyses)
           for t in tokens[lo:k]):
        return None
    return refs.mention(refs.referent, k)


def _document_speaker(tokens: Sequence[Token], lo: int, k: int, refs: _References | None) -> Mention | None:
    """"Autorzy szacują, że ...", "Raport wskazuje, że ...", "Z dokumentu wynika, że": a document with no name of its
    own, or those who wrote it, as the subject (or the source) of a reporting verb is the body cited before (as after
    "według raportu")."""
    if refs is None or refs.referent is None or any(_is_predicate(t) for t in tokens[max(lo - 1, 0) : k]):
        return None  # "(X) nazwał raport „...” i stwierdził": the object of the verb before, no subject
    lex = _lexicon()
    noun = next((j for j in range(lo, k) if tokens[j].lemmas & (lex.documents | lex.authors) and (
        any(a.pos == "subst" and "nom" in a.cases for a in tokens[j].analyses)
        or j > 0 and tokens[j - 1].lower in ("z", "ze"))), None)  # "Z dokumentu wynika, że"
    body = refs.body()
    return None if noun is None or body is None else refs.mention(body, noun)


def _and_before(tokens: Sequence[Token], verb: int, k: int) -> bool:
    """Is the verb at ``k`` the second of two predicates joined by "i" (no comma or other verb between)?"""
    between = tokens[verb + 1 : k]
    return bool(between) and between[-1].lower in ("i", "oraz", "a") and not any(
        t.kind == "punct" or (t.analyses and all(a.pos in _VERB_POS for a in t.analyses)) for t in between
    )


def _speaker(candidates: Sequence[Mention]) -> Mention:
    """A person if one is named, else the first nominative, else the last candidate."""
    persons = [m for m in candidates if m.entity.kind == "person"]
    if persons:
        return persons[-1]
    nominative = [m for m in candidates if "nom" in m.case]
    if nominative:
        return nominative[0]
    return candidates[-1]


def _extend_over_titles(tokens: Sequence[Token], start: int, lo: int) -> int:
    """Include nominative nouns right before the subject ("szef", "sekretarz", "przywódca")."""
    j = start - 1
    while j >= lo and start - j <= 2:
        t = tokens[j]
        if t.kind == "word" and any(a.pos == "subst" and "nom" in a.cases for a in t.analyses):
            start = j
            j -= 1
            continue
        break
    return start


def _boundary_before(tokens: Sequence[Token], k: int, *, coordinated: bool = True) -> int:
    """Start of the clause holding token ``k`` (after ", a", ";", at "że", or the sentence start); with
    ``coordinated`` False, clauses joined by ", a" count as one."""
    for j in range(k - 1, 0, -1):
        t = tokens[j]
        if t.text == ";":
            return j + 1
        if t.lower in ("że", "iż"):
            return j
        if coordinated and t.lower in _COORDINATORS and tokens[j - 1].text == ",":
            return j
    return 0


def _only_punctuation_after(tokens: Sequence[Token], end: int) -> bool:
    return all(t.kind == "punct" for t in tokens[end:])


def _after_statement_dash(tokens: Sequence[Token], k: int) -> bool:
    """Does the cue at ``k`` follow the dash that closes a statement, with no dash after it ("..., ale żołnierz widzi
    niewiele – wynika z informacji, które NIS przekazała komisji")?  It reports the whole statement, as a verb there
    does; a cue between two dashes ("ale – jak ustalił serwis X – robotnicy dostają") is an aside."""
    return k > 0 and tokens[k - 1].text in _STATEMENT_DASHES and not any(
        t.text in _STATEMENT_DASHES for t in tokens[k:])


def _assemble(
    sentence: Sentence, tokens: Sequence[Token], phrases: Sequence[_Phrase], verbs: Sequence[_Verb],
    chain: tuple[Attribution, ...] = (),
) -> list[AttributionCue]:
    start_of = sentence.start
    end_of = sentence.end

    def chars(a: int, b: int) -> tuple[int, int]:
        return tokens[a].start, tokens[b - 1].end

    def attribution(m: Mention, cue: str, a: int, b: int, position: int = 1) -> Attribution:
        s, e = chars(a, b)
        return Attribution(cited=_cited(m), position=position, cue=cue, start=s, end=e,
                           text=sentence.text[s - start_of : e - start_of], sentence=sentence.index)

    out: list[AttributionCue] = []
    attached: set[int] = set()
    for v in verbs:
        verb_token = tokens[v.verb]
        if v.postposed:
            end = v.about if v.about is not None else v.start
            # "Zginęło 14 osób, a 57 zostało rannych – podał X": a verb after a dash reports the whole statement
            # before it, coordinated clauses and all
            after_dash = tokens[end - 1].text in _STATEMENT_DASHES if end > 0 else False
            scope = (tokens[_boundary_before(tokens, end, coordinated=not after_dash)].start, tokens[end].start)
        else:
            scope = (verb_token.end, _contrast_after(tokens, v.verb, end_of, _lexicon()))
        cue_words = verb_token.text
        # a relative clause between speaker and verb tells of events of its own: it is no part of the phrase that
        # is taken out of the events (the attribution's evidence still runs from the speaker to the verb)
        speaker_phrase = chars(v.relative[1], v.end) if v.relative is not None else chars(v.start, v.end)
        drop_speaker = v.unnamed and any(p.kind == "embedded" for p in v.nested)
        if not drop_speaker:
            out.append(AttributionCue(
                attribution=attribution(v.mention, cue_words, v.start, v.end),
                mention=v.mention, scope_start=scope[0], scope_end=scope[1],
                rank=(scope[0], 0, verb_token.start), phrase=speaker_phrase, speech_token=verb_token.i,
            ))
        for p in v.nested:
            attached.add(id(p))
            order = -1 if p.kind == "outer" else (0 if drop_speaker else 1)
            own = chars(p.cue_start, p.end)
            phrase = (min(own[0], speaker_phrase[0]), max(own[1], speaker_phrase[1])) if drop_speaker else own
            out.append(AttributionCue(
                attribution=attribution(p.mention, p.cue, p.cue_start, p.end),
                mention=p.mention, scope_start=scope[0], scope_end=scope[1],
                rank=(scope[0], order, tokens[p.cue_start].start), phrase=phrase,
                carries=verb_token.i if p.kind == "outer" else None,
            ))
    standalone = [p for p in phrases if id(p) not in attached]
    for n, p in enumerate(standalone):
        if _only_punctuation_after(tokens, p.end) or _after_statement_dash(tokens, p.first):
            scope_start = start_of
        else:
            scope_start = tokens[_boundary_before(tokens, p.cue_start)].start
        scope_end = end_of
        later = [q for q in standalone[n + 1 :] if _boundary_before(tokens, q.cue_start) > p.cue_start]
        if later:
            scope_end = tokens[_boundary_before(tokens, later[0].cue_start)].start
        out.append(AttributionCue(
            attribution=attribution(p.mention, p.cue, p.first, p.end),
            mention=p.mention, scope_start=scope_start, scope_end=scope_end,
            rank=(scope_start, -1 if p.kind == "outer" else 0, tokens[p.cue_start].start),
            phrase=chars(p.first, p.end),
        ))
    # a source named by a pronoun keeps the sources that carried it ("Cytowany przez Ukrinform oficer ...
    # Według niego ..."): they come first in its chain
    for cue in [c for c in out if c.mention.via == "pronoun"]:
        for n, link in enumerate(chain):
            out.append(dataclasses.replace(cue, attribution=link, rank=(cue.rank[0], -2 - len(chain) + n,
                                                                        cue.rank[2]), speech_token=None))
    out.sort(key=lambda c: c.attribution.start)
    return out


def _contrast_after(tokens: Sequence[Token], verb: int, end_of: int, lex: _Lexicon) -> int:
    """Where the words a preposed reporting verb introduces end: at a semicolon, or a comma before "a", "zaś",
    "natomiast" or "podczas gdy" (outside a quotation), when the clause after it has a speaking verb of its own;
    else at the sentence's end ("HUR podał, że KRLD wysłała pociski, a Rosja ropę" reports both)."""
    quoted = False
    for j in range(verb + 1, len(tokens) - 1):
        t = tokens[j]
        if t.text in ("„", "«", '"'):
            quoted = not quoted if t.text == '"' else True
        elif t.text in ("”", "»"):
            quoted = False
        if quoted:
            continue
        if (t.text == ";" or (t.text == "," and tokens[j + 1].lower in lex.contrasts)) and any(
                _is_verb(u) and not u.lemmas.isdisjoint(lex.speaking_verbs) for u in tokens[j + 1 :]):
            return t.start
    return end_of


def _cited(m: Mention) -> EntityRef:
    return m.entity
