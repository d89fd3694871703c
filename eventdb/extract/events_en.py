"""English events: triggers, roles, status, place, date, quantities, attributions and confidence.

The Polish engine (``eventdb.extract.events``) reads morfeusz2 analyses that English tokens do not have; this
one reads word order, as English does.  Lexicon: ``eventdb/reference/en/triggers.yaml``.  For each sentence:

1. **Clauses** are cut at ";", ":", a dash, a comma before a conjunction or a relative word (", and", ", which"),
   a comma before a reporting phrase (", Yonhap reported", ", according to X") and after a verb of saying or
   denying ("said (that) ...", "denied ...").  Roles, places, quantities and modality stay in the clause.
2. **Attribution cues**: "according to X", "citing X" and verbs of saying with their speaker ("X said ...",
   "..., X reported", "..., said X").  A cue covers the whole sentence ("according to", "citing"), what
   follows the verb, or what precedes a postposed speaker.  A chain runs from "according to" sources through
   speakers to "citing" sources (position 1 = outermost).  A speaker's mention is a source, not a participant.
3. **Triggers**: words reduced by a rule lemmatizer (irregular forms from the YAML) looked up as single words
   or sequences ("hold talks", "take ... prisoner"), never inside a name; a reading's conditions look at the
   clause ("send" + troops word: troop deployment).  One event per type and clause.
4. **Roles** from word order: actors before the trigger (no preposition) are its subject (the actor between
   "accused X of" and a gerund is the gerund's subject), actors after it its object, actors after a
   preposition its "to"/"with"/"by"/... slot, nationality adjectives a slot of their own; a passive verb
   ("were sent") makes the subject ``passive_subject``.  Frames map slots to roles.  A clause without a
   subject takes the speaker of the verb that opened it ("Moscow denied sending troops"), the antecedent of
   ", which" or the subject of the clause before ", and".
5. **Status**: the nearest modality words before the trigger ("will", "plans to", "agreed to", "may",
   "reportedly"), else the tense; "not", "never", "n't" -> ``negated``; what a verb of denying governs is
   negated; a negated event a source tells of is ``denied``; what someone is accused of is ``reported``; a
   date after publication makes an event planned.
6. **Place, date, quantities**: a location or facility after a place preposition in the clause; the date
   expression nearest the trigger in its clause, else in its sentence; the clause's quantities go to the
   event nearest before them (else after).
7. **Confidence** = reading certainty (0.8) + 0.10 with an agent + 0.05 with a partner or target + 0.05 when
   attributed - 0.15 when reported or possible - 0.05 when unknown - 0.20 when negated, within [0.05, 0.95]
   (the Polish engine's score).

Statements are events only of speakers of the kinds in ``statement_speakers`` (in English every kind of actor that
says something: agencies, media and companies too).  A speaker may stand before an aside ("X, who spoke on condition
of anonymity, said"); a verb of saying opens what it reports even when no speaker of it is cited.
Over the document: a speaker named only by a pronoun or "the" + a common noun ("..., the official said") is the
source cited last; an event that names no sender, place or time takes them from the event before it as the Polish
frames say (deployments, in English, their senders too: "Of these, about 11,000 remain deployed"); then events with
neither an agent nor a count of people or things are dropped.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from eventdb.extract.events import Lexicon as PolishLexicon
from eventdb.extract.events import (
    as_countries,
    by_sentence,
    confidence,
    has_actor,
    inherit_agents,
    inherit_partners,
    inherit_places,
    said_again,
    two_states,
    without_outlets,
)
from eventdb.extract.events import lexicon as polish_lexicon
from eventdb.extract.model import (
    POSSESSIVE_ENDINGS,
    Attribution,
    DateExpr,
    EntityRef,
    Event,
    Mention,
    Quantity,
    Role,
    Sentence,
    Token,
)
from eventdb.reference import load_yaml

_NATIONALITY_VIA = frozenset({"demonym", "adjective"})
_COORDINATION = frozenset({"and", ",", "or", "&"})
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "new", "such"})
_BRACKETS = frozenset({"(", ")", "[", "]"})
_GERUND_LINKS = frozenset({"of", "for", "from"})  # "accused X of sending", "blamed X for attacking"
_RELATIVES = frozenset({"that", "which", "who"})
_CLAUSE_MARKS = frozenset({";", ":", "–", "—"})
_ROLE_ORDER = {"agent": 0, "target": 1, "partner": 2}
_WINDOW = 4  # words before a trigger that may hold its modality, negation or auxiliary
_REACH = 3  # words between a preposition and the actor it governs
_SPEAKER_REACH = 8  # words between a speaker and the verb of saying
_ASIDE_REACH = 16  # words of an aside between a speaker and the verb of saying


@dataclass(frozen=True, slots=True)
class Reading:
    """One event type a trigger may state, with the conditions under which it does."""

    event_type: str
    requires: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()
    roles: Mapping[str, str | None] = field(default_factory=dict)
    inflected: bool = False
    speech: bool = False
    certainty: float = 0.8
    placed: bool = False  # the trigger must be followed by a place ("are now in Russia")
    mood: str | None = None  # "negated" or a modality status the words before the trigger must give


@dataclass(frozen=True, slots=True)
class Lexicon:
    irregular: Mapping[str, str]
    classes: Mapping[str, frozenset[str]]
    triggers: Mapping[str, tuple[tuple[tuple[str, ...], tuple[Reading, ...]], ...]]  # first word -> longest first
    frames: Mapping[str, Mapping[str, str | None]]
    prepositions: frozenset[str]
    place_prepositions: frozenset[str]
    modality: tuple[tuple[tuple[str, ...], str], ...]
    negation: frozenset[str]
    be_forms: frozenset[str]
    past_auxiliaries: frozenset[str]
    perfect_auxiliaries: frozenset[str]  # "has never confirmed": not up to now, so still not
    present_auxiliaries: frozenset[str]
    speakers: frozenset[str]
    prefixes: Mapping[tuple[str, ...], int]
    cue_verbs: frozenset[str]
    clause_verbs: frozenset[str]
    denying: frozenset[str]
    openers: frozenset[str]
    pronouns: frozenset[str]
    back_pronouns: frozenset[str]  # "he said": a speaker named before
    back_references: frozenset[str]  # "the official said", "the agency said"
    aside_openers: frozenset[str]  # "X, who led the research, said": an aside between a speaker and the verb
    data_nouns: frozenset[str]  # "Bank of Russia data show": a body's data cite it
    both_sides: tuple[tuple[str, ...], ...]  # "bilateral", "the two countries": the two states named before
    told_by_agencies: frozenset[str]  # event types an agency beside a state only tells of
    per_place: frozenset[str]  # event types that are one event per place named


def _reading(value: Any) -> Reading:
    if isinstance(value, str):
        return Reading(value)
    return Reading(
        event_type=value["type"], requires=tuple(value.get("requires", ())), excludes=tuple(value.get("excludes", ())),
        roles=MappingProxyType(dict(value.get("roles", {}))), inflected=bool(value.get("inflected", False)),
        speech=bool(value.get("speech", False)), certainty=float(value.get("certainty", 0.8)),
        placed=bool(value.get("placed", False)), mood=value.get("mood"),
    )


@functools.cache
def lexicon() -> Lexicon:
    """The English lexicon (``reference/en/triggers.yaml``), parsed once."""
    data = load_yaml("en/triggers.yaml")
    triggers: dict[str, list[tuple[tuple[str, ...], tuple[Reading, ...]]]] = {}
    for key, value in data["triggers"].items():
        words = tuple(str(key).split())
        readings = tuple(_reading(v) for v in (value if isinstance(value, list) else [value]))
        triggers.setdefault(words[0], []).append((words, readings))
    modality = [(tuple(str(cue).split()), status) for status, cues in data["modality"].items() for cue in cues]
    names = lambda key: frozenset(str(w) for w in data[key])  # noqa: E731
    cues = data["attribution"]
    return Lexicon(
        irregular=MappingProxyType({str(k): str(v) for k, v in data["irregular"].items()}),
        classes=MappingProxyType({k: frozenset(str(w) for w in v) for k, v in data["word_classes"].items()}),
        triggers=MappingProxyType({k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in triggers.items()}),
        frames=MappingProxyType({k: MappingProxyType(dict(v)) for k, v in data["frames"].items()}),
        prepositions=names("prepositions"), place_prepositions=names("place_prepositions"),
        modality=tuple(sorted(modality, key=lambda m: -len(m[0]))), negation=names("negation"),
        be_forms=names("be_forms"), past_auxiliaries=names("past_auxiliaries"),
        perfect_auxiliaries=names("perfect_auxiliaries"),
        present_auxiliaries=names("present_auxiliaries"), speakers=names("statement_speakers"),
        prefixes=MappingProxyType({tuple(str(k).split()): int(v) for k, v in cues["prefixes"].items()}),
        cue_verbs=frozenset(cues["verbs"]), clause_verbs=frozenset(cues["clause_verbs"]),
        denying=frozenset(cues["denying"]), openers=names("clause_openers"), pronouns=names("pronouns"),
        back_pronouns=frozenset(cues["back_pronouns"]), back_references=frozenset(cues["back_references"]),
        aside_openers=frozenset(str(w) for w in cues["aside_openers"]),
        data_nouns=frozenset(str(w) for w in cues["data_nouns"]),
        both_sides=tuple(tuple(str(p).split()) for p in data["both_sides"]),
        told_by_agencies=names("told_by_agencies"), per_place=names("per_place"),
    )


@functools.lru_cache(maxsize=8192)
def lemmas(word: str) -> tuple[str, ...]:
    """Candidate base forms of a word, the lowercased word first: "shipped" -> ship, "supplies" -> supply,
    "sent" -> send (irregular table).  Over-generating is harmless: only candidates in the lexicon count."""
    w = word.lower()
    out = [w]
    irregular = lexicon().irregular.get(w)
    if irregular:
        out.append(irregular)
    if len(w) > 4 and w.endswith(("ied", "ies")):
        out.append(w[:-3] + "y")
    if w.endswith("es"):
        out.append(w[:-2])
    if w.endswith("s") and not w.endswith("ss"):
        out.append(w[:-1])
    for suffix in ("ed", "ing"):
        stem = w[: -len(suffix)]
        if w.endswith(suffix) and len(stem) > 1:
            out.append(stem)
            if stem[-1] == stem[-2]:
                out.append(stem[:-1])  # "shipped" -> ship (after "kill", so "killed" stays kill)
            out.append(stem + "e")
    return tuple(dict.fromkeys(out))


def _inflected(word: str, lex: Lexicon) -> bool:
    """A past form, participle or "-ing" form ("shelled", "struck"), not a bare noun ("shells")."""
    w = word.lower()
    return w.endswith(("ed", "ing")) or w in lex.irregular


@dataclass(slots=True)
class _Clause:
    lo: int  # token positions in the sentence
    hi: int
    kind: str = "main"  # main | coordinate | relative | reported
    opener: int | None = None  # the verb of saying a reported clause follows


@dataclass(frozen=True, slots=True)
class _Cue:
    source: Mention
    rank: int  # 0 "according to", 1 a speaker, 2 "citing"
    cue: str
    start: int
    end: int
    scope: tuple[int, int]  # characters of the sentence the cue covers
    verb: int | None = None  # the position of its verb of saying


@dataclass(slots=True)
class _Hit:
    lo: int  # first and last + 1 token of the trigger
    hi: int
    reading: Reading
    clause: _Clause
    event: Event | None = None
    subject: list[Mention] = field(default_factory=list)


def find_events(
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    quantities: Sequence[Quantity],
    dates: Sequence[DateExpr],
    *,
    published_on: dt.date | None,
    paragraphs: Sequence[int] | None = None,
) -> list[Event]:
    """Events of an English document, in text order.  ``paragraphs``: the paragraph of each sentence, which bounds
    the place and time an event takes from the one before it."""
    lex = lexicon()
    mentions_by, quantities_by = by_sentence(mentions), by_sentence(quantities)
    ordered = sorted(dates, key=lambda d: d.start)
    starts = [d.start for d in ordered]
    events: list[Event] = []
    for s in sentences:  # each sentence's own facts, found by index, not by a scan of the document's
        within = ordered[bisect.bisect_left(starts, s.start) : bisect.bisect_left(starts, s.end)]
        events.extend(sentence_events(s, mentions_by.get(s.index, []), quantities_by.get(s.index, []), within,
                                      published_on=published_on, lex=lex, keep_all=True))
    # what the Polish frames say an event takes from the one before it (the same for both languages): a trade
    # figure with no trader named is of the traders named before, a toll with no place took place where the
    # attack before it did
    _cite_back(events, sentences, lex)
    _both_sides(events, sentences, lex)
    polish = _english_frames()
    inherit_partners(events, polish)
    inherit_agents(events, polish)
    inherit_places(events, polish, paragraphs)
    for ev in events:
        ev.roles = _without_tellers(ev, lex)
    return said_again([ev for ev in events if has_actor(ev)])


def _without_tellers(ev: Event, lex: Lexicon) -> list[Role]:
    """"HUR puts total North Korean losses since the first troops reached Kursk at nearly 7,500": an agency named
    beside a state as the doer of a deed of ``told_by_agencies`` (deployments, losses, transfers) tells of the deed
    and does not do it; the state does."""
    agents = [r for r in ev.roles if r.role == "agent"]
    if ev.event_type not in lex.told_by_agencies or not any(r.entity.kind == "country" for r in agents):
        return ev.roles
    return [r for r in ev.roles if not (r.role == "agent" and r.entity.kind == "agency")]


@functools.cache
def _english_frames() -> PolishLexicon:
    """The Polish frames, with deployments taking the agents of the deployment before: English names the sender
    once and goes on with "Of these, about 11,000 remain deployed", where Polish keeps a subject in the verb."""
    polish = polish_lexicon()
    frames = dict(polish.frames)
    for kind in ("troop_deployment", "labor_deployment"):
        if kind in frames:
            frames[kind] = dataclasses.replace(frames[kind], inherit_agent=True)
    return dataclasses.replace(polish, frames=MappingProxyType(frames))


def _cite_back(events: Sequence[Event], sentences: Sequence[Sentence], lex: Lexicon) -> None:
    """ "..., the official said", "he added", "the agency said": a source named only by a pronoun or a common noun is
    the one cited last; the events of its sentence that cite nobody cite that source."""
    last: list[Attribution] = []
    refers: dict[int, bool] = {}  # by sentence: several events of one sentence ask once
    for ev in events:
        if ev.attributions:
            last = ev.attributions
        elif last:
            if ev.sentence not in refers:
                refers[ev.sentence] = _refers_back(sentences[ev.sentence].tokens, lex)
            if refers[ev.sentence]:
                ev.attributions = [dataclasses.replace(a, sentence=ev.sentence) for a in last]


def _both_sides(events: Sequence[Event], sentences: Sequence[Sentence], lex: Lexicon) -> None:
    """"Bilateral trade reached $61.5 million", "the two sides have signed 17 agreements": an event that names no agent
    but both sides is between the two states of the latest event between two states before it."""
    pair: tuple[EntityRef, ...] = ()
    for ev in events:
        if pair and not any(r.role == "agent" for r in ev.roles):
            words = [t.lower for t in sentences[ev.sentence].tokens if ev.start <= t.start and t.end <= ev.end]
            if any(tuple(words[k : k + len(p)]) == p for p in lex.both_sides for k in range(len(words))):
                named = {state.name for state in pair}
                ev.roles = [*(Role(state, "agent", None) for state in pair),
                            *(r for r in ev.roles if r.entity.name not in named)]
        pair = two_states(ev) or pair


def _refers_back(tokens: Sequence[Token], lex: Lexicon) -> bool:
    """Does a verb of saying have a pronoun or "the" + a common noun of ``back_references`` as its speaker?"""
    words = [t.lower for t in tokens]
    for k, w in enumerate(words):
        if not lex.cue_verbs.intersection(lemmas(w)):
            continue
        before = words[max(0, k - 2) : k]
        after = words[k + 1 : k + 3]
        if (before[-1:] and before[-1] in lex.back_pronouns) or (after[:1] and after[0] in lex.back_pronouns):
            return True
        if (len(before) == 2 and before[0] == "the" and before[1] in lex.back_references) or (
                len(after) == 2 and after[0] == "the" and after[1] in lex.back_references):
            return True
    return False


def sentence_events(
    sentence: Sentence, mentions: Sequence[Mention], quantities: Sequence[Quantity], dates: Sequence[DateExpr],
    *, published_on: dt.date | None, lex: Lexicon, keep_all: bool = False,
) -> list[Event]:
    """The events one sentence states (with ``keep_all``, also those that name no actor, which an event before
    may complete)."""
    tokens = sentence.tokens
    if not tokens:
        return []
    base = tokens[0].i
    at = {m.token_start - base: m for m in mentions}
    covered = {k - base for m in mentions for k in range(m.token_start, m.token_end)}
    cues = find_cues(sentence, [m for m in mentions if m.entity.table == "actor"], lex)
    sources = {id(c.source) for c in cues}
    actors = [m for m in mentions if m.entity.table == "actor" and id(m) not in sources]
    clauses = split_clauses(tokens, cues, lex)
    cues = [_clipped(c, clauses, tokens) for c in cues]
    hits = [h for c in clauses for h in _triggers(tokens, c, covered, actors, at, lex)]
    # words of a date end a preposition's phrase; "at least", "around" inside an amount are no prepositions
    marks = {k: "amount" for k, t in enumerate(tokens) for q in quantities if q.start <= t.start and t.end < q.end}
    marks.update({k: "date" for k, t in enumerate(tokens) for d in dates if d.start <= t.start < d.end})
    previous: _Clause | None = None
    out: list[Event] = []
    for hit in hits:
        ev = _event(sentence, hit, hits, previous, actors, mentions, cues, marks, dates, published_on, lex)
        previous = hit.clause
        if ev is not None:
            out.append(ev)
    _link_quantities(tokens, [h for h in hits if h.event in out], quantities)
    for ev in out:
        _ruled(ev, tokens, lex)
    frames = _english_frames()
    for ev in out:  # "Yusov told the Korea JoongAng Daily that 3,000 troops arrived": an outlet tells of a deed
        ev.roles = without_outlets(ev.roles, ev.event_type)
    for ev in out:  # "some 12,000 soldiers of the 11th Corps reached Kursk": the unit's state deploys them
        ev.roles = as_countries(ev.roles, frames.frame(ev.event_type, {}), lambda m: any(
            lex.classes.get("units", frozenset()).intersection(lemmas(w)) for w in m.text.lower().split()))
    for ev in out:  # "about 4,000 of them were killed": the side the people counted belong to lost them
        if frames.frame(ev.event_type, {}).owner_as_agent and not any(r.role == "agent" for r in ev.roles):
            owner = next((q.actor for q in ev.quantities if q.actor is not None and q.actor.kind == "country"
                          and q.unit.startswith("person")), None)
            if owner is not None:
                ev.roles.insert(0, Role(owner, "agent", None))
    for ev in out:
        ev.confidence = confidence(next(h.reading.certainty for h in hits if h.event is ev), ev)
    out = [e for h in hits if h.event in out for e in _per_place(h, tokens, mentions, lex)]
    return out if keep_all else [ev for ev in out if has_actor(ev)]


def _ruled(ev: Event, tokens: Sequence[Token], lex: Lexicon) -> None:
    """"UN Security Council Resolution 2397 required all member states to send North Korean workers home": a deed a
    body's ruling (``rulings``) requires, caps or allows is the body's sanction; the ruling, right after the body's
    name and before the trigger, is the deed's subject."""
    rulings = lex.classes.get("rulings", frozenset())
    base = tokens[0].i
    for r in ev.roles:
        m = r.mention
        after = None if m is None else m.token_end - base
        if r.role != "agent" or after is None or r.entity.kind not in ("organization", "government") or (
                after >= len(tokens) or not rulings.intersection(lemmas(tokens[after].text))):
            continue
        if tokens[after].end <= ev.trigger_start and ev.event_type not in ("sanction", "statement"):
            ev.event_type = "sanction"
            ev.roles = [r]
        return


def find_cues(sentence: Sentence, actors: Sequence[Mention], lex: Lexicon) -> list[_Cue]:
    """Attribution cues of a sentence: "according to X", "citing X", "X said", "..., said X"."""
    tokens, base = sentence.tokens, sentence.tokens[0].i
    first = {m.token_start - base: m for m in actors}
    whole = (sentence.start, sentence.end)
    named = _inside(actors, base)
    persons = frozenset(m.token_end - base for m in actors if m.entity.kind == "person")
    out: list[_Cue] = []
    for k, t in enumerate(tokens):
        for words, rank in lex.prefixes.items():
            if tuple(x.lower for x in tokens[k : k + len(words)]) != words:
                continue
            after = k + len(words)
            source = next((first[j] for j in range(after, min(after + 5, len(tokens))) if j in first), None)
            while source is not None and tokens[source.token_end - base - 1].text.endswith(POSSESSIVE_ENDINGS) and (
                    source.token_end - base in first):
                source = first[source.token_end - base]  # "according to South Korea's NIS": the NIS
            if source is not None and not any(x.kind == "punct" for x in tokens[after : source.token_start - base]):
                cue = sentence.text[t.start - sentence.start : tokens[after - 1].end - sentence.start]
                out.append(_Cue(source, rank, cue, t.start, source.end, whole))
        data = first.get(k)  # "Russian customs figures put trade at $186 million": the service's data are a source
        if data is not None and data.entity.kind != "country" and data.token_end - base < len(tokens) and (
                lex.data_nouns.intersection(lemmas(tokens[data.token_end - base].text))):
            word = tokens[data.token_end - base]
            out.append(_Cue(data, 0, word.text, data.start, word.end, whole))
        if t.kind != "word" or not lex.cue_verbs.intersection(lemmas(t.text)) or k in named:
            continue
        if k and (tokens[k - 1].lower in _DETERMINERS | {"to"} or _inflected(tokens[k - 1].text, lex)):
            continue  # "a report", "refused to say", "called reports of arms deals 'fabrications'": a noun
        at = _aside_before(tokens, k, lex, persons)  # "X, speaking on condition of anonymity, said": the verb's place
        before = [m for m in actors if at - _SPEAKER_REACH <= m.token_end - base <= at
                  and (_apposed(tokens, m, base, at) or not any(
                      (x.kind == "punct" and x.text not in _BRACKETS) or lex.clause_verbs.intersection(lemmas(x.text))
                      for x in tokens[m.token_end - base : at]))]  # not "X dismissed reports"
        if before:
            source, lo = _speaker(before), min(m.token_start for m in before) - base
        else:
            later = [m for m in actors if k < m.token_start - base <= k + _WINDOW and (  # '..., said X, an analyst'
                m.token_end - base >= len(tokens) or tokens[m.token_end - base].kind == "punct")]  # not "said X had"
            if not later or not k or tokens[k - 1].kind != "punct":
                continue
            source, lo = _speaker(later), k
        postposed = _postposed(tokens, lo, k)
        scope = (sentence.start, tokens[lo].start) if postposed else (t.end, sentence.end)
        out.append(_Cue(source, 1, t.text, min(source.start, t.start), max(source.end, t.end), scope, k))
    return out


def _aside_before(tokens: Sequence[Token], verb: int, lex: Lexicon, persons: frozenset[int] = frozenset()) -> int:
    """Where the speaker of the verb at ``verb`` ends: before an aside between commas that a participle or "who"
    opens ("A senior HUR officer, speaking on the condition of anonymity, said"), or any aside after a person's
    name ("Dmytro Lubinets, Ukraine's human rights commissioner, says"; ``persons``: where their names end), else at
    the verb."""
    if verb < 2 or tokens[verb - 1].text != ",":
        return verb
    opening = next((j for j in range(verb - 2, max(verb - _ASIDE_REACH, 0) - 1, -1) if tokens[j].kind == "punct"), None)
    if opening is None or tokens[opening].text != "," or opening + 1 >= verb - 1:
        return verb
    first = tokens[opening + 1].lower
    return opening if first.endswith("ing") or first in lex.aside_openers or opening in persons else verb


def _apposed(tokens: Sequence[Token], m: Mention, base: int, verb: int) -> bool:
    """ "A senior official at Ukraine's military intelligence agency, HUR, told Reuters": the speaker between commas
    right before the verb."""
    start, end = m.token_start - base, m.token_end - base
    return end + 1 == verb and tokens[end].text == "," and start > 0 and tokens[start - 1].text == ","


def _clipped(cue: _Cue, clauses: Sequence[_Clause], tokens: Sequence[Token]) -> _Cue:
    """A speaker's words end where a coordinate clause begins ("X denied it, but Y said ...")."""
    if cue.verb is None or cue.scope[0] != tokens[cue.verb].end:
        return cue
    end = next((tokens[c.lo].start for c in clauses if c.lo > cue.verb and c.kind in ("main", "coordinate")),
               cue.scope[1])
    return dataclasses.replace(cue, scope=(cue.scope[0], end))


def _postposed(tokens: Sequence[Token], lo: int, verb: int) -> bool:
    """"..., the NIS estimated.", "..., said X": a speaker after what is said, set off by a comma, and the verb
    followed by little ("said on Monday"); "In a statement, Lavrov said that ..." speaks of what follows."""
    j = lo - 1
    while j > max(0, lo - 5) and tokens[j].kind == "word" and tokens[j].lower not in ("that", "and"):
        j -= 1
    rest = next((n for n, t in enumerate(tokens[verb + 1 :]) if t.kind == "punct"), len(tokens) - verb - 1)
    return j > 0 and tokens[j].kind == "punct" and rest <= 3 and all(
        t.lower != "that" for t in tokens[verb + 1 : verb + 1 + rest])


def _opens_phrase(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """Does a trigger of several words begin at ``k``?  Then the verb of saying says nothing: "The UK added five
    vessels to its sanctions list" lists them."""
    return any(len(words) > 1 and _match_rest(tokens, k, words, len(tokens)) is not None
               for cand in lemmas(tokens[k].text) for words, _readings in lex.triggers.get(cand, ()))


def _inside(mentions: Sequence[Mention], base: int) -> set[int]:
    return {k - base for m in mentions for k in range(m.token_start, m.token_end)}


def _speaker(candidates: Sequence[Mention]) -> Mention:
    """A person over the body they speak for ("Kremlin spokesman Dmitry Peskov"), else the nearest."""
    return next((m for m in candidates if m.entity.kind == "person"), candidates[-1])


def split_clauses(tokens: Sequence[Token], cues: Sequence[_Cue], lex: Lexicon) -> list[_Clause]:
    """Clauses of a sentence (see the module docstring)."""
    verbs = {c.verb for c in cues if c.verb is not None}
    cuts: dict[int, tuple[str, int | None]] = {}
    for k, t in enumerate(tokens[:-1]):
        nxt = tokens[k + 1].lower
        if t.text in _CLAUSE_MARKS:
            cuts[k + 1] = ("main", None)
        elif nxt == "but" and t.kind != "punct":
            cuts[k + 1] = ("coordinate", None)
        elif t.text == ",":
            segment = next((j for j in range(k + 1, len(tokens)) if tokens[j].kind == "punct"), len(tokens))
            if nxt in lex.openers or nxt == "but":
                cuts[k + 1] = ("relative" if nxt in ("which", "who") else "coordinate", None)
            elif nxt in ("according", "citing", "quoting") or verbs.intersection(range(k + 1, segment)) or (
                    segment < len(tokens) and lex.clause_verbs.intersection(lemmas(tokens[segment - 1].text))):
                cuts[k + 1] = ("main", None)
        elif t.kind == "word" and lex.clause_verbs.intersection(lemmas(t.text)) and (
                k in verbs or lex.denying.intersection(lemmas(t.text)) or _inflected(t.text, lex)) and not (
                _opens_phrase(tokens, k, lex) or (k and tokens[k - 1].lower in _DETERMINERS)):
            # a verb of saying opens what it reports even when its speaker is too far to cite ("A senior HUR
            # officer, speaking on the condition of anonymity, said the crews arrived"): the crews arrive; after a
            # determiner it is an adjective and opens nothing ("shipped an estimated 1.3m barrels")
            that = next((j for j in range(k + 1, min(k + 5, len(tokens)))
                         if tokens[j].lower == "that" or tokens[j].kind == "punct"), None)
            if that is not None and tokens[that].lower == "that":
                cuts[that + 1] = ("reported", k)
            elif tokens[k + 1].kind != "punct":
                cuts[k + 1] = ("reported", k)
    bounds = [0, *sorted(c for c in cuts if c < len(tokens)), len(tokens)]
    return [_Clause(lo, hi, *cuts.get(lo, ("main", None))) for lo, hi in zip(bounds, bounds[1:], strict=False)
            if lo < hi]


def _triggers(tokens: Sequence[Token], clause: _Clause, covered: set[int], actors: Sequence[Mention],
              at: Mapping[int, Mention], lex: Lexicon) -> list[_Hit]:
    """Triggers of a clause, one a type (the first), the longest match at a word."""
    out: list[_Hit] = []
    k = clause.lo
    while k < clause.hi:
        t = tokens[k]
        found = None if t.kind != "word" or k in covered else next(
            ((end, readings) for cand in lemmas(t.text) for words, readings in lex.triggers.get(cand, ())
             if (end := _match_rest(tokens, k, words, clause.hi)) is not None
             and (end - k == len(words) or not all(r.placed for r in readings))), None)
        reading = None if found is None else _choose(found[1], tokens, clause, k, found[0], actors, at, lex)
        if found is not None and reading is not None:
            if all(h.reading.event_type != reading.event_type for h in out):
                out.append(_Hit(k, found[0], reading, clause))
            k = found[0]
            continue
        k += 1
    return out


def _match_rest(tokens: Sequence[Token], k: int, words: Sequence[str], hi: int, gap: int = 4) -> int | None:
    """The end of a trigger sequence whose first word is at ``k``: later words up to ``gap`` words apart."""
    end = k + 1
    for word in words[1:]:
        end = next((j + 1 for j in range(end, min(end + gap + 1, hi)) if word in lemmas(tokens[j].text)), -1)
        if end < 0 or any(x.kind == "punct" for x in tokens[k:end]):
            return None
    return end


def _choose(readings: Sequence[Reading], tokens: Sequence[Token], clause: _Clause, k: int, end: int,
            actors: Sequence[Mention], at: Mapping[int, Mention], lex: Lexicon) -> Reading | None:
    """The reading whose conditions hold and whose required word comes first after the trigger."""
    held: list[tuple[int, int, Reading]] = []
    found_by = [[p for c in r.requires for p in _class_positions(c, tokens, clause, k, end, actors, at, lex)]
                for r in readings]
    head = min((p for ps in found_by for p in ps if p >= end), default=None)
    while head is not None and any(head + 1 in ps for ps in found_by):
        head += 1  # "missile technology": the last noun of the object is its head
    for order, r in enumerate(readings):
        if r.inflected and not _inflected(tokens[k].text, lex):
            continue
        if r.placed and not any(p in at for p in range(end, min(end + _REACH, clause.hi))):
            continue  # "workers are now in Russia": a presence needs its place
        if any(_class_positions(c, tokens, clause, k, end, actors, at, lex) for c in r.excludes):
            continue
        if r.mood is not None and r.mood not in _moods(tokens, clause, k, lex):
            continue  # "North Korea has never confirmed the deployment": a denial, "can impose penalties": a threat
        found = found_by[order]
        if r.requires and not found:
            continue
        distance = -1 if head in found else min((p - end if p >= end else 1000 + k - p for p in found), default=10_000)
        held.append((distance, order, r))
    return min(held, key=lambda h: h[:2])[2] if held else None


def _negated(tokens: Sequence[Token], clause: _Clause, k: int, lex: Lexicon) -> bool:
    """A negation among the words before the trigger at ``k`` ("never", "not", "didn't")."""
    return any(t.lower in lex.negation or t.lower.endswith("n't") for t in tokens[max(clause.lo, k - _WINDOW - 1) : k])


def _moods(tokens: Sequence[Token], clause: _Clause, k: int, lex: Lexicon) -> set[str]:
    """"negated" and the statuses the modality words before the trigger at ``k`` give ("could face": possible)."""
    lowers = [t.lower for t in tokens[max(clause.lo, k - _WINDOW - 1) : k]]
    found = {status for words, status in lex.modality for j in range(len(lowers) - len(words) + 1)
             if tuple(lowers[j : j + len(words)]) == words}
    return found | {"negated"} if _negated(tokens, clause, k, lex) else found


def _class_positions(name: str, tokens: Sequence[Token], clause: _Clause, k: int, end: int,
                     actors: Sequence[Mention], at: Mapping[int, Mention], lex: Lexicon) -> list[int]:
    """Where a word of a class (or a pseudo-class) stands in the clause, the trigger itself left out."""
    span = [j for j in range(clause.lo, clause.hi) if not k <= j < end]
    base = tokens[0].i
    if name == "@person":
        return [m.token_start - base for m in actors if m.entity.kind == "person"
                and clause.lo <= m.token_start - base < clause.hi]
    if name == "@target":
        return [j for j in span if j > k and tokens[j].lower in ("at", "on", "against")
                and any(p in at for p in range(j + 1, min(j + 1 + _REACH, clause.hi)))]
    words = lex.classes[name]
    return [j for j in span if words.intersection(lemmas(tokens[j].text))]


def _slot(m: Mention, tokens: Sequence[Token], clause: _Clause, hits: Sequence[_Hit], lex: Lexicon,
          marks: Mapping[int, str], before: tuple[int, str | None] | None) -> str | None:
    """The preposition governing a mention ("to", "with", ...), "nationality", or None (a bare name).
    ``before``: where the actor before it ends, and its slot, which a name joined by "and" shares."""
    first = m.token_start - tokens[0].i
    if before is not None and before[0] < first and all(t.lower in _COORDINATION for t in tokens[before[0] : first]):
        return before[1]
    trigger_positions = {j for h in hits for j in range(h.lo, h.hi)}
    for j in range(first - 1, max(clause.lo, first - 1 - _REACH) - 1, -1):
        t = tokens[j]
        if marks.get(j) == "amount":
            continue
        if (t.kind == "punct" and t.text not in _BRACKETS) or j in trigger_positions or marks.get(j) == "date":
            break
        if (t.lower in lex.prepositions or t.lower in lex.place_prepositions) and tokens[j + 1].kind != "number":
            if t.lower == "by" and j > clause.lo and j - 1 not in trigger_positions and _inflected(tokens[j - 1].text,
                                                                                                     lex):
                return "by_other"  # "three times the limit set by the UN": the agent of another participle
            return t.lower  # (not "around 2,000": an amount's qualifier)
    return "nationality" if m.via in _NATIONALITY_VIA else None


def _event(sentence: Sentence, hit: _Hit, hits: Sequence[_Hit], previous: _Clause | None,
           actors: Sequence[Mention], mentions: Sequence[Mention], cues: Sequence[_Cue], marks: Mapping[int, str],
           dates: Sequence[DateExpr], published_on: dt.date | None, lex: Lexicon) -> Event | None:
    tokens, clause, reading = sentence.tokens, hit.clause, hit.reading
    base = tokens[0].i
    own = [h for h in hits if h.clause is clause]
    before = [h for h in own if h.lo < hit.lo]
    after = next((h.lo for h in own if h.lo > hit.lo), clause.hi)
    slots: dict[int, str | None] = {}
    last: tuple[int, str | None] | None = None
    for m in sorted((m for m in actors if clause.lo <= m.token_start - base < clause.hi), key=lambda m: m.start):
        slots[m.token_start - base] = _slot(m, tokens, clause, hits, lex, marks, last)
        last = (m.token_end - base, slots[m.token_start - base])
    by_position = {m.token_start - base: m for m in actors}
    passive = _passive(tokens, hit, lex)
    # a nationality before an active verb names who acts ("Russian instructors trained"); before a passive one,
    # whose people or things they are ("North Korean workers were hired"): the frame's nationality slot
    subject_slots = (None, "of") if passive else (None, "of", "nationality")
    bare = [by_position[j] for j, s in slots.items() if s in subject_slots and j < hit.lo]
    # "accused X of sending", "firms that shipped": the subject stands after the trigger before
    linked = bool(before) and (tokens[hit.lo - 1].lower in _RELATIVES or (
        tokens[hit.lo].lower.endswith("ing") and tokens[hit.lo - 1].lower in _GERUND_LINKS))
    subject = [m for m in bare if m.token_start - base > before[-1].lo] if linked else \
        [m for m in bare if not before or m.token_start - base < before[0].lo]
    subject = [m for n, m in enumerate(subject) if m.entity.kind == "person" or not any(  # "Kremlin spokesman X"
        (o.entity.kind == "person" or m.text.endswith(POSSESSIVE_ENDINGS)) and 0 <= o.token_start - m.token_end <= 2
        for o in subject[n + 1 :])]  # "North Korea's official Korean Central News Agency": the agency
    speaker = next((c.source for c in cues if c.verb == hit.lo), None)
    if speaker is not None:
        subject = [speaker]  # "Moscow denied ...": the speaker of a verb of saying is its subject
    if not subject and not passive and not any(clause.lo <= j < hit.lo for j in slots):
        subject = _antecedent(tokens, clause, hit, previous, hits, cues, actors, lex)
    hit.subject = subject
    filled: list[tuple[str, Mention]] = [("passive_subject" if passive else "subject", m) for m in subject]
    for j, s in slots.items():
        m = by_position[j]
        if s == "nationality" and m not in subject:
            filled.append((s, m))
        elif hit.hi <= j < after and m not in subject:
            filled.append(("object" if s is None else s, m))
    frame = {**lex.frames["default"], **lex.frames.get(reading.event_type, {}), **reading.roles}
    if reading.speech:  # a statement needs the speaker of a cue ("a report" states nothing)
        filled = [("subject", speaker)] if speaker is not None else []
        if not filled or speaker is None or speaker.entity.kind not in lex.speakers or (
                speaker.text.lower() in lex.pronouns):  # "It was the sixth sighting the ministry has reported"
            return None
    event_type = (_disclaims(tokens, hit.hi, lex) or reading.event_type) if reading.speech else reading.event_type
    roles: dict[str, Role] = {}
    for s, m in filled:
        role = frame.get(s)
        if role is not None and m.entity.name not in roles:
            roles[m.entity.name] = Role(m.entity, role, m)
    place = _place(tokens, clause, hit, mentions, lex)
    host = frame.get("host")
    if host and place is not None and place.country and not any(r.role == host for r in roles.values()) and \
            place.country not in {n for r in roles.values() for n in (r.entity.name, r.entity.country)}:
        roles[place.country] = Role(EntityRef("actor", place.country, "country", place.country), host)
    status, negated = _status(tokens, hit, hits, lex)
    said = _said_dates(dates, tokens, hits, cues)
    if reading.speech:  # "said on Monday": the day the statement was made
        date = said.get(hit.hi - 1) or (_nearest(dates, tokens[hit.lo].start, clause, tokens, own_only=True)
                                       if dates else None)
    else:  # not the day a speaker told of it ("North Korea sent troops, the agency said on Tuesday")
        told = set(said.values())
        kept = [d for d in dates if d not in told]
        date = _nearest(kept, tokens[hit.lo].start, clause, tokens) if kept else None
    if date is not None and published_on is not None and date.date_from is not None and not reading.speech and \
            date.date_from > published_on and status not in ("possible", "agreed"):
        status = "planned"
    chain = sorted((c for c in cues if c.scope[0] <= tokens[hit.lo].start < c.scope[1] and c.verb != hit.lo),
                   key=lambda c: (c.rank, c.start))
    unique = [c for n, c in enumerate(chain) if all(o.source.entity.name != c.source.entity.name for o in chain[:n])]
    attributions = [Attribution(c.source.entity, n, c.cue, c.start, c.end,
                                sentence.text[c.start - sentence.start : c.end - sentence.start], sentence.index)
                    for n, c in enumerate(unique, 1)]
    if negated and status != "possible" and (attributions or clause.kind == "reported"):
        status = "denied"
    start, end = (sentence.start, sentence.end) if reading.speech else _span(tokens, clause)
    hit.event = Event(
        event_type=event_type, status=status, start=start, end=end,
        text=sentence.text[start - sentence.start : end - sentence.start], sentence=sentence.index,
        trigger=sentence.text[tokens[hit.lo].start - sentence.start : tokens[hit.hi - 1].end - sentence.start],
        trigger_start=tokens[hit.lo].start, trigger_end=tokens[hit.hi - 1].end,
        roles=sorted(roles.values(), key=lambda r: _ROLE_ORDER.get(r.role, 3)), attributions=attributions,
        date=date, location=place if place is not None and place.table == "location" else None,
        facility=place if place is not None and place.table == "facility" else None, negated=negated,
    )
    return hit.event


def _disclaims(tokens: Sequence[Token], after: int, lex: Lexicon) -> str | None:
    """"denial" when the words a speaker says (after ``after``) call a deed lawful ("said its trade with North Korea is
    lawful", "were students and trainees", ``lawful``) or deny it breaks a rule ("does not violate any sanctions",
    "violates no international norms", ``violations``); "accusation" when they say it breaks one ("have warned that
    the transfers break UN Security Council resolutions") or call it names ("illegal", ``pejoratives``)."""
    lawful, violations = lex.classes.get("lawful", frozenset()), lex.classes.get("violations", frozenset())
    pejoratives = lex.classes.get("pejoratives", frozenset())
    accused = False
    for j in range(after, len(tokens)):
        candidates = lemmas(tokens[j].text)
        if lawful.intersection(candidates):
            return "denial"
        if violations.intersection(candidates):
            if _negated(tokens, _Clause(max(after, j - 2), j), j, lex) or (
                    j + 1 < len(tokens) and tokens[j + 1].lower == "no"):
                return "denial"
            accused = True
        accused = accused or bool(pejoratives.intersection(candidates))
    return "accusation" if accused else None


def _antecedent(tokens: Sequence[Token], clause: _Clause, hit: _Hit, previous: _Clause | None,
                hits: Sequence[_Hit], cues: Sequence[_Cue], actors: Sequence[Mention], lex: Lexicon) -> list[Mention]:
    """Who a clause without a subject is about: the speaker of the verb it reports ("denied sending", "said it
    would send"), the name before ", which", the subject of the clause before ", and"."""
    if clause.kind == "reported":
        if hit.lo == clause.lo or any(t.lower in lex.pronouns for t in tokens[clause.lo : hit.lo]):
            return [c.source for c in cues if c.verb == clause.opener][:1]
        return []
    base = tokens[0].i
    if clause.kind == "relative":
        return [m for m in actors if m.token_end - base == clause.lo - 1][:1]
    if clause.kind == "coordinate" and previous is not None:
        return next((h.subject for h in hits if h.clause is previous and h.subject), [])
    return []


def _passive(tokens: Sequence[Token], hit: _Hit, lex: Lexicon) -> bool:
    """A form of "be" before a participle ("were sent", "has been supplied")."""
    word = tokens[hit.lo].lower
    if not (word.endswith("ed") or word in lex.irregular):
        return False
    window = tokens[max(hit.clause.lo, hit.lo - _WINDOW) : hit.lo]
    return any(t.lower in lex.be_forms for t in window[-3:])


def _status(tokens: Sequence[Token], hit: _Hit, hits: Sequence[_Hit], lex: Lexicon) -> tuple[str, bool]:
    """(status, negated) of a trigger: modality words before it, else its tense."""
    clause, k = hit.clause, hit.lo
    lo = max(clause.lo, k - _WINDOW - 1)
    lowers = [t.lower for t in tokens]
    negated = _negated(tokens, clause, k, lex)
    denying = [h for h in hits if h.clause is clause and h.lo < k and h.reading.event_type == "denial"]
    negated = negated or bool(denying) or (clause.kind == "reported" and clause.opener is not None
                                           and bool(lex.denying.intersection(lemmas(lowers[clause.opener]))))
    accused = any(h.clause is clause and h.lo < k and h.reading.event_type == "accusation" for h in hits)
    for j in range(k - 1, lo - 1, -1):
        for words, status in lex.modality:
            if j - len(words) + 1 >= clause.lo and tuple(lowers[j - len(words) + 1 : j + 1]) == words:
                return status, negated
    if accused and k and lowers[k - 1] in _GERUND_LINKS:
        return "reported", negated
    if not _inflected(lowers[k], lex):  # a noun or a bare verb: the modality of its whole clause
        rest = lowers[clause.lo : clause.hi]
        for j in range(len(rest)):
            for words, status in lex.modality:
                if tuple(rest[j : j + len(words)]) == words:
                    return status, negated
    window = {w[:-3] if w.endswith("n't") else w for w in lowers[lo:k]}  # "didn't" -> did
    word = lowers[k]
    if word.endswith("ing") and window & lex.be_forms:
        return ("completed" if window & {"was", "were"} else "ongoing"), negated
    if word.endswith("ed") or (word in lex.irregular and lex.irregular[word] != word):
        # "has never confirmed", "have not sent": what has not happened up to now still does not
        return ("ongoing" if window & lex.present_auxiliaries or (negated and window & lex.perfect_auxiliaries)
                else "completed"), negated
    if window & lex.past_auxiliaries:
        return "completed", negated
    if k > clause.lo and tokens[k - 1].kind == "word" and not lowers[k - 1].endswith("'s") and (
            lowers[k - 1] in lex.pronouns or tokens[k - 1].is_capitalized):
        return "ongoing", negated  # "North Korea supplies", "it supplies"
    if k > clause.lo and tokens[k - 1].kind == "word" and lowers[k - 1].endswith("s") and lemmas(word)[0] == word and (
            not lowers[k - 1].endswith(("'s", "ss"))):
        return "ongoing", negated  # "Russian troops fire": a plural subject and a bare verb, the present
    rest = lowers[clause.lo : clause.hi]
    if any(w in lex.past_auxiliaries or w.endswith("ed") or w in lex.irregular for w in rest):
        return "completed", negated
    return ("ongoing" if set(rest) & lex.present_auxiliaries else "unknown"), negated


def _place(tokens: Sequence[Token], clause: _Clause, hit: _Hit, mentions: Sequence[Mention],
           lex: Lexicon) -> EntityRef | None:
    """A location or facility after a place preposition in the clause (the first after the trigger first), or
    right after the trigger ("visited Pyongyang")."""
    base = tokens[0].i
    found: list[tuple[int, EntityRef]] = []
    for m in mentions:
        j = m.token_start - base
        if m.entity.table == "actor" or not clause.lo <= j < clause.hi:
            continue
        words = [t.lower for t in tokens[max(clause.lo, j - _REACH) : j]]
        if j == hit.hi or any(w in lex.place_prepositions for w in words):
            found.append((j if j >= hit.hi else 1000 + hit.lo - j, m.entity))
    return min(found, key=lambda f: f[0])[1] if found else None


def _per_place(hit: _Hit, tokens: Sequence[Token], mentions: Sequence[Mention], lex: Lexicon) -> list[Event]:
    """"The largest group works in Moscow, St. Petersburg and Vladivostok": a deployment (``per_place``) is one event
    per town or region its clause names after a place preposition, each place joined to the one before by a comma or
    "and"; the first keeps the quantities."""
    ev = hit.event
    assert ev is not None
    if ev.event_type not in lex.per_place or ev.location is None:
        return [ev]
    base, clause = tokens[0].i, hit.clause
    places = sorted((m for m in mentions if m.entity.table == "location" and m.entity.kind != "country"
                     and clause.lo <= m.token_start - base < clause.hi), key=lambda m: m.start)
    named: list[EntityRef] = []
    last = -1
    for m in places:
        j = m.token_start - base
        words = [t.lower for t in tokens[max(clause.lo, j - _REACH) : j]]
        joined = last >= 0 and all(t.lower in _COORDINATION for t in tokens[last:j])
        if (joined or any(w in lex.place_prepositions for w in words)) and m.entity not in named:
            named.append(m.entity)
        last = m.token_end - base if joined or m.entity in named else -1
    extra = [e for e in named if e != ev.location]
    return [ev, *(dataclasses.replace(ev, location=e, roles=list(ev.roles), quantities=[],
                                      attributions=list(ev.attributions)) for e in extra)]


def _said_dates(dates: Sequence[DateExpr], tokens: Sequence[Token], hits: Sequence[_Hit],
                cues: Sequence[_Cue]) -> dict[int, DateExpr]:
    """The dates right after a verb of saying ("said on Monday", "told reporters Tuesday" is not one), by the verb's
    position: the day a statement was made, not the day of what it tells."""
    verbs = {h.hi - 1 for h in hits if h.reading.speech} | {c.verb for c in cues if c.verb is not None}
    starts = {d.start: d for d in dates}
    return {v: starts[tokens[v + 1].start] for v in verbs if v + 1 < len(tokens) and tokens[v + 1].start in starts}


def _nearest(dates: Sequence[DateExpr], at: int, clause: _Clause, tokens: Sequence[Token],
             own_only: bool = False) -> DateExpr | None:
    """The date nearest the trigger in its clause, else in its sentence (a statement: only its own clause's, as
    "said X would send next year" was said before)."""
    lo, hi = tokens[clause.lo].start, tokens[clause.hi - 1].end
    inside = [d for d in dates if lo <= d.start < hi] or ([] if own_only else list(dates))
    return min(inside, key=lambda d: abs(d.start - at)) if inside else None


def _span(tokens: Sequence[Token], clause: _Clause) -> tuple[int, int]:
    """The clause's characters, without a comma, "and" or "that" at its edges."""
    lo, hi = clause.lo, clause.hi
    while hi - 1 > lo and tokens[hi - 1].kind == "punct" and tokens[hi - 1].text not in (".", "!", "?", ")"):
        hi -= 1
    return tokens[lo].start, tokens[hi - 1].end


def _link_quantities(tokens: Sequence[Token], hits: Sequence[_Hit], quantities: Sequence[Quantity]) -> None:
    """Each quantity of a clause goes to the event of that clause nearest before it, else nearest after."""
    for q in quantities:
        own = [h for h in hits if tokens[h.clause.lo].start <= q.start < tokens[h.clause.hi - 1].end
               and not h.reading.speech and h.event is not None]
        if not own:
            continue
        earlier = [h for h in own if tokens[h.lo].start <= q.start]
        chosen = earlier[-1] if earlier else own[0]
        assert chosen.event is not None
        chosen.event.quantities.append(q)
