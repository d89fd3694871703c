"""Events: triggers, roles, status, place, date, quantities, attributions and confidence.

The rules, in the order they run on each sentence (lexicons: ``eventdb/reference/pl/triggers.yaml``,
``modality.yaml``; attribution cues: ``eventdb.extract.attribution``):

1. **Clauses.**  The sentence is cut at coordinate (", a", ";"), reported ("że", "iż"; ", by" after a verb of
   saying), temporal (", kiedy"), adverbial ("po tym, jak"), reporting ("„...” – mówi X") and relative
   (", który", ", co") boundaries; a relative clause closed by a comma and a verb gives way to its main clause
   again ("Kozłow, który ..., zapowiadał").  A sentence that opens with "Jeśli", "Gdy", ... opens with an
   adverbial clause; ", X – Y" with no verb is a coordinate clause that leaves its verb out.  Purpose clauses
   (", aby") stay with their main clause, and an aside between dashes cuts none ("dostarczyła Rosji – według
   szacunków, którymi dysponuje resort – ponad 12 mln pocisków").  Roles, places and quantities are looked for in the
   trigger's clause.
2. **Triggers.**  Lemmas or lemma sequences of the lexicon, not inside a name of two words or more
   ("Wielostronny Zespół Monitorowania Sankcji" imposes nothing); troops and arms one verb sends together (nouns
   joined by "i"/"oraz", no verb between) are two events; the longest match wins; of the readings whose
   conditions hold (a weapons noun in the clause, ...) the one met in the trigger's own object wins.  A
   nominal trigger in a prepositional or genitive phrase after an earlier trigger of its clause is that
   trigger's purpose ("planuje zatrudnić pracowników do produkcji dronów"), not an event; a verb and a
   nominalization of the same type in one clause are one event, and an infinitive right after a trigger
   is what that trigger is about ("pomagały Rosji budować drony"); so is a noun after a verb of demanding or
   appealing ("zażądała wycofania", "apelują o sankcje"), and a noun after a word of topic or of breaking off
   ("dotyczyły współpracy", "ustawę o współpracy", "zerwanie umów", "omijać sankcje") is no event at all.
   Conditions may name pseudo-classes: "@person" (a person is named, or a title names one: "Ławrow przybył"
   is a visit), "@demonym", "@with" (someone to do it with), "@says" (what is said follows) and "@says_no"
   (and it is negated: a reply that something is not so is a denial).  A vehicle in the instrumental carries
   and is not carried ("przetransportowano okrętami").  A coordinate clause with no
   verb repeats the verb before it as an event of its own ("dostarcza amunicję, a od 2024 r. także pociski").
   A statement is an event of a person or a state even when what they say holds another event; of other
   bodies (military staffs, institutes), and for announcements ("zapowiedział, że wyśle"), only when it
   holds none; agencies and media report (their verbs are attribution cues), and so do people of a country
   left unnamed ("rosyjscy urzędnicy twierdzą"); after a quotation, the person named after the verb speaks, not
   the outlet the words were given to ("– ocenił w rozmowie z PAP płk X").  A word of an attribution
   cue is never a trigger of another type, and a verb of saying inside a cue ("Jak mówił X,") only cites.
3. **Roles** come from slots (case and preposition, see the frames of triggers.yaml): nominative subject,
   dative, "z X do Y", "dla X", "u boku X", "przez X" after a passive participle, nationality adjectives
   and demonyms on nouns of people ("północnokoreańscy saperzy", "żołnierzy KRLD"), a country after a noun
   of its organs ("przemysł KRLD wytwarza": North Korea), a body named before a person's name qualifies
   the name ("z szefową MSZ Czoe Son Hui").  Coordinated mentions
   ("Rosja i Korea Północna") share a slot; a coordinate clause without a subject keeps the one before it.
   Mentions inside an attribution cue are sources, not participants.  "W zamian" (in exchange) reverses
   the roles of the event before it.  Participants of meetings and agreements are all agents (both sides
   act); the other side of a transfer or deployment is the partner; a person who sends troops or arms
   acts for their country.  Number and gender decide between subject and object ("Pjongjang odwiedziła
   delegacja", "Wizytę skrytykowało MSZ"); an argument belongs to the verb nearest before it ("otrzymała od
   Iranu pociski i użyje ich"); a noun trigger leaves the subject and objects to the verbs of other events of
   its clause, and one among the objects of a verb of giving shares its giver.  Who is left unnamed is found:
   the antecedent of a nominative "który"; the speaker in what a person or state says of itself ("zapowiedział,
   że chce odwiedzić"); the speaker of a cue for a verb joined by "i" and for what a verb of announcing names;
   a main clause's subject from the sentences before (``Context``): "Dodał, że ..." (the subject before), "Szef
   rosyjskiej dyplomacji przyleciał" (the latest person of that country, also for "wizyta rosyjskiego
   przywódcy"), when the verb agrees in number and no noun could be the subject; soldiers named without their
   country, the latest deployed ones ("Nowe pododdziały atakują"); "oba kraje", "obie strony", the two states
   of the latest event between two.
4. **Status**: the nearest modality cue (planned, possible, agreed, ...); "miał + infinitive" -> reported;
   else tense and aspect (modality.yaml explains the mapping; any past tense reads as completed); "nie"
   before the trigger -> ``negated``, and a negated event told by a source is ``denied``; the document keeps no
   negated event the article itself tells (it did not happen), only denied or possible ones.  A date after the
   publication date makes the event planned (unless possible or agreed).  A verb of saying takes only
   the cues of its own phrase, and a statement the article quotes has been made ("– mówi X": completed);
   a reading may fix the status ("przyjąć zaproszenie": planned).
5. **Place**: a location or facility right after a place preposition in the clause (both are kept; a
   country named there is a location too; a region or city people or goods go to, and a city attacked,
   also count); the place's country can fill the partner (host country) or the agent of a production or
   of training; a clause opened by "gdzie" happens at the place named last before it.
6. **Date**: the date expression of the clause nearest to the trigger; else the one of the clause this
   clause continues (coordinate), reports (reported) or happens at (temporal): "W czerwcu X poinformował,
   że ..." dates what is reported by the report, the best the text gives.  Dates do not cross into
   relative or adverbial clauses ("po tym, jak ..." happened before), nor into a clause that moves in time
   ("a trzy dni później").  No date: ``None``.  A season or month without a year that lies before the
   publication, in the clause of an event still to come, is the next one ("jesienią może odwiedzić").
7. **Quantities** of the clause go to its nearest event (the one before them first).
8. **Attributions**: the chain of cues whose scope holds the trigger; a pronoun ("według niego") or a
   title ("oficer powiedział") names the source or person of the sentences before (``Context``).  A cue
   without a verb whose name, in the nominative, stands right before the sentence's verb cites nobody: the
   name is the subject ("Według autorów raportu Pjongjang dostarczył").
9. **Confidence** = trigger certainty (0.8 for verbs, 0.7 for nouns unless the lexicon says otherwise)
   + 0.10 with an agent + 0.05 with a partner or target + 0.05 when attributed - 0.15 when reported or
   possible - 0.05 when unknown - 0.20 when negated, kept within [0.05, 0.95].

The dead and the wounded one sentence counts with the same participants are one casualties event; what a speaker
goes on saying in the next sentence ("Dodał, że ...") with no date of its own is the statement told just before.
Events with no participant and no count of people or things are dropped: "rozminowywanie potrwa ponad
rok" names an activity, not who did what.  Across the document an arms transfer, deployment or aid with
agents but no partner takes the partner of the latest earlier event with one of the same agents; an event of a
type whose frame says so (sanctions, transfers, losses, workers abroad, production, tests, agreements) with no
agent takes the agents of the latest one of its type (with the same partner), and what is still without an agent
and a count is dropped, as is a recruitment, training, trade or accusation that names no party at all, whatever it
counts ("Zakład zatrudnia ok. 600 pracowników").  Training given by the trainees' own country is mobilization.
Some readings change with the clause: talks told in the present tense are negotiation (``goes_on``: "rozmawiają od
miesięcy"), and a penalty warned of is the threat of the one who speaks in its sentence (``by_speaker``).  A noun that names an event told before (same type, participants and status, no date, count or
place of its own: "Wizyta Ławrowa to sygnał") is no new event; counts with dates of their own after one verb
("11 tys. w październiku i 3 tys. w styczniu") are as many events.  A sentence that tells no event of its own but
counts the particulars of a kind of event (``told_on``: "Jeden skład liczy 40 wagonów" of a shipment, "Robotnik
dostaje do ręki 250 dolarów" of workers sent abroad) goes on telling the latest such event between states.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, TypeVar

from eventdb.extract.attribution import AttributionCue, chain_at, find_cues, word_keys
from eventdb.extract.model import Attribution, DateExpr, EntityRef, Event, Mention, Quantity, Role, Sentence, Token
from eventdb.extract.text import CLOSING_QUOTES, OPENING_QUOTES
from eventdb.reference import load_yaml

_Located = TypeVar("_Located", Mention, Quantity)
_VERBAL = frozenset({"fin", "praet", "inf", "imps", "ppas", "pact", "pcon", "pant", "bedzie", "impt", "winien"})
_FINITE = frozenset({"fin", "praet", "bedzie", "imps"})
_PARTICIPLES = frozenset({"ppas", "pact", "pant", "pcon"})
_NOMINAL = frozenset({"subst", "ger", "depr"})
_NOMINAL_OR_ADJ = frozenset({"subst", "ger", "depr", "adj"})
_SUBST = frozenset({"subst"})
_ADJ = frozenset({"adj"})
_SAYING = frozenset({"statement", "denial", "accusation"})  # event types of what is said
_BOTH = frozenset({"oba", "obydwa"})  # "oba kraje", "obie strony", "obydwa państwa"
_SPOKEN_FINITE = frozenset({"fin", "praet", "bedzie"})
_PHRASE_HEADS = _FINITE | {"prep", "inf"}  # a preposition or a verb opens a phrase one must cross
_CLAUSE_VERBAL = _VERBAL - {"ppas", "pact"}  # a verb that ends a prepositional phrase (a participle does not)
_VERBAL_OR_PREP = _VERBAL | {"prep"}
_FINITE_OR_PARTICIPLE = _FINITE | _PARTICIPLES
_GENDERS = ("m1", "m2", "m3", "f", "n")
_SAYING_MARKS = frozenset({"„", "”", '"', "«", "»", ":"})
_SAYS = frozenset({"@says"})
_SAYS_NO = frozenset({"@says", "@says_no"})
_SAYS_DENYING = frozenset({"@says", "@denies"})
_QUOTED_SENTENCES = 8  # sentences a quotation may run over
# slots a verb governs (a nominal phrase's own genitive or adjective is no argument of the verbs around it)
_VERB_ARGUMENTS = frozenset({"object", "dative", "oblique", "source", "destination", "beneficiary", "comitative",
                             "alongside", "against", "onto", "passive_agent", "by"})
_DASHES = frozenset({"–", "—", "-"})
_CUT_AFTER = frozenset({",", ";", "”", '"', "»"})  # boundary words that stay with the clause before
_ADJECTIVAL = frozenset({"adj", "adja", "ppas", "pact"})
_ORGANIZATION_KINDS = frozenset({
    "agency", "ministry", "military", "company", "media", "organization", "group", "government", "parliament",
})
_COORDINATORS = frozenset({"i", "oraz", ",", "a", "lub", "albo", "czy"})
_CONJUNCTIONS = frozenset({"i", "oraz", "lub", "a", "albo"})
_AUXILIARIES = frozenset({"się", "został", "została", "zostało", "zostali", "zostały", "był", "była", "było",
                          "byli", "były", "jest", "są", "będzie", "będą"})
_CONDITIONAL_ENDINGS = ("łby", "łaby", "łoby", "łyby", "liby", "łbym", "łabym", "libyśmy")
_COUNTED_UNITS = frozenset({"person", "item"})
_GOODS_UNITS = frozenset({"t", "kg"})
_ROLE_NAMES = frozenset({"agent", "partner", "target"})
_GAP_DEFAULT = 2
_YEARLESS_PRECISIONS = frozenset({"day", "early_month", "mid_month", "late_month", "month", "season"})
_YEAR_RE = re.compile(r"\d{4}|\brok|\br\.|\blat", re.IGNORECASE)  # "2024 r.", "ubiegłego roku"
_PREPOSITION_REACH = 4  # words between a preposition and a mention of its phrase


@functools.cache
def _pos(tag: str) -> str:
    """The part of speech of a morfeusz tag ("praet:sg:m1:perf" -> "praet"), split once per distinct tag: the
    rules ask for it on every word of every clause."""
    return tag.split(":", 1)[0]


_POSES: dict[int, tuple[tuple[Any, ...], frozenset[str]]] = {}


def _poses(token: Token) -> frozenset[str]:
    """The parts of speech of a token's readings, worked out once per reading tuple: the tokenizer shares one
    tuple among all tokens of a word form, and the rules ask of every word several times per clause.  The
    tuple is kept with its set, so its id cannot be reused while the entry lives."""
    analyses = token.analyses
    found = _POSES.get(id(analyses))
    if found is not None and found[0] is analyses:
        return found[1]
    if len(_POSES) > 200_000:
        _POSES.clear()
    poses = frozenset(_pos(a.tag) for a in analyses)
    _POSES[id(analyses)] = (analyses, poses)
    return poses


# --- lexicon -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reading:
    """One meaning of a trigger: its type and the conditions under which it holds."""

    event_type: str
    requires: frozenset[str] = frozenset()
    excludes: frozenset[str] = frozenset()
    roles: Mapping[str, str | None] = field(default_factory=lambda: MappingProxyType({}))
    number: str | None = None
    certainty: float | None = None
    speech: bool = False
    alone: bool = False
    predicate: bool = False
    fallback: bool = False
    status: str | None = None  # fixed status ("przyjąć zaproszenie": planned)
    absorbs: bool = False  # a nominal trigger right after it is what it asks for ("zażądała wycofania")
    excludes_before: bool = False  # ``excludes`` only before the required object: not what that object is about
    goes_on: str | None = None  # the type when told in the present tense ("rozmawiają od miesięcy": negotiation)
    by_speaker: bool = False  # with no agent of its own, the speaker of its sentence makes it ("grozi do 10 lat więzienia")
    stands: bool = False  # a statement whoever makes it and whatever it reports (a briefing of a parliament committee)


_OPINION = Reading("statement", speech=True)  # what an opinion cue ("zdaniem X") is read as


@dataclass(frozen=True)
class TriggerEntry:
    lemmas: tuple[str, ...]
    readings: tuple[Reading, ...]
    gap: int

    @functools.cached_property
    def pseudo(self) -> bool:
        """Does a reading ask for a pseudo-class ("@person", "@says")?"""
        return any(c.startswith("@") for r in self.readings for c in r.requires)


@dataclass(frozen=True)
class Frame:
    """Which slot fills which role for one event type."""

    roles: Mapping[str, str]
    inherit_partner: bool = False
    person_as_country: bool = False
    inherit_agent: bool = False
    inherit_date: bool = False  # with the agents, the date when the event has none
    owner_as_agent: bool = False  # no agent in the clause: the owner of a counted quantity acts ("zginęło 300 Rosjan")
    place_owns_civilians: bool = False  # ... else, for people other than soldiers, the country of the event's place
    inherit_place: bool = False  # no place: the place of an event of the sentence before in its paragraph
    day_of_occasion: bool = False  # no date: the day of the latest event before it that names one
    agent_kinds: frozenset[str] = frozenset()  # if given, the only kinds an agent may be ("casualties": a side)
    needs_party: bool = False  # a count alone makes no event: someone must take part ("zakład zatrudnia 600 osób")
    unit_as_country: bool = False  # a military unit in the agent role is its state's ("żołnierze Korpusu Burzy")
    sold_by: frozenset[str] = frozenset()  # kinds of agent whose delivery is a sale, trade ("Firma dostarczyła haubice")


@dataclass(frozen=True)
class PrepositionRule:
    words: tuple[str, ...]
    case: str | None
    slot: str


@dataclass(frozen=True)
class Lexicon:
    classes: Mapping[str, frozenset[str]]
    triggers: Mapping[str, tuple[TriggerEntry, ...]]  # by first lemma, longest first
    frames: Mapping[str, Frame]
    prepositions: Mapping[str, tuple[PrepositionRule, ...]]  # by first word, longest first
    boundaries: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]  # by first word: (words, kind), longest first
    relative_pronouns: frozenset[str]
    reported_after_saying: frozenset[str]
    opening_subordinators: frozenset[str]
    relative_window: int
    not_relative: frozenset[tuple[str, ...]]
    absorbing_prepositions: frozenset[str]
    topic_words: frozenset[str]
    exchange_cues: tuple[tuple[str, ...], ...]
    opinion_cues: tuple[tuple[str, ...], ...]  # "zdaniem X": a person's opinion when nothing else is told
    opinion_speakers: frozenset[str]  # kinds of actors whose opinion so cited is a statement
    status_cues: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]  # by first lemma, longest first
    complement_statuses: frozenset[str]
    reportive_auxiliary: str
    negations: frozenset[str]
    statement_speakers: frozenset[str]  # kinds that state even when they report another event
    assessing_speakers: frozenset[str]  # kinds whose statement is an event only when it reports nothing else
    self_reporting: frozenset[str]  # kinds whose announcement of a deed of its own makes it the doer
    telling_kinds: frozenset[str]  # kinds that tell of things rather than hold them (agencies, outlets)
    briefed_kinds: frozenset[str]  # kinds of bodies a briefing is given to: it is a meeting with them too
    time_shifts: frozenset[str]
    lasting_ending: frozenset[str]  # "zakończył trzydniową wizytę": the day named is the last of its days
    lasting_starting: frozenset[str]  # "rozpoczął dwudniową wizytę": the day named is the first
    anniversary_since: frozenset[str]  # "dwa lata od podpisania": years since the event
    anniversary_nouns: frozenset[str]  # "druga rocznica podpisania"
    anniversary_ordinals: Mapping[str, int]
    # kinds of events a sentence of their particulars goes on telling, each with the labels of the amounts that
    # tell them: (("arms_transfer", "trade"), ("wagon", "travel time")), ...
    told_on: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()

    @functools.cached_property
    def trigger_words(self) -> frozenset[str]:
        """First lemmas of triggers: a quick filter for ``find_triggers``."""
        return frozenset(self.triggers)

    @functools.cached_property
    def source_prepositions(self) -> frozenset[str]:
        """One-word prepositions of a source ("z", "od"): what follows is where something came from."""
        return self._one_word_prepositions("source")

    @functools.cached_property
    def comitative_prepositions(self) -> frozenset[str]:
        """One-word prepositions of company ("z", "ze" + instrumental): what follows goes along."""
        return self._one_word_prepositions("comitative")

    def _one_word_prepositions(self, slot: str) -> frozenset[str]:
        return frozenset(r.words[0] for rules in self.prepositions.values() for r in rules
                         if r.slot == slot and len(r.words) == 1)

    @functools.cached_property
    def speech_lemmas(self) -> frozenset[str]:
        """Lemmas of verbs of saying and denying ("zaprzeczyć", "powiedzieć"): ", by" after one reports."""
        return frozenset(lemma for lemma, entries in self.triggers.items()
                         if any(len(e.lemmas) == 1 and any(r.speech for r in e.readings) for e in entries))

    @functools.cached_property
    def status_words(self) -> frozenset[str]:
        """First words of status cues and the reportive auxiliary: a quick filter for ``_cue_status``."""
        return frozenset(self.status_cues) | {self.reportive_auxiliary}

    def frame(self, event_type: str, overrides: Mapping[str, str | None]) -> Frame:
        """The frame of a type with a trigger's own slot overrides (``None`` removes a slot)."""
        base = self.frames.get(event_type) or self.frames["default"]
        if not overrides:
            return base
        roles = dict(base.roles)
        for slot, role in overrides.items():
            if role is None:
                roles.pop(slot, None)
            else:
                roles[slot] = role
        return dataclasses.replace(base, roles=MappingProxyType(roles))

    @functools.cached_property
    def _class_words(self) -> dict[frozenset[str], tuple[frozenset[str], tuple[str, ...]]]:
        return {}  # filled by ``words_of``: the words of a reading's condition are asked for on every trigger

    def _words_and_prefixes(self, classes: Iterable[str]) -> tuple[frozenset[str], tuple[str, ...]]:
        key = frozenset(classes)
        found = self._class_words.get(key)
        if found is None:
            out: set[str] = set()
            for name in key:
                out |= self.classes.get(name, frozenset())
            found = (frozenset(w for w in out if not w.endswith("*")),
                     tuple(sorted(w[:-1] for w in out if w.endswith("*"))))
            self._class_words[key] = found
        return found

    def words_of(self, classes: Iterable[str]) -> frozenset[str]:
        return self._words_and_prefixes(classes)[0]

    def prefixes_of(self, classes: Iterable[str]) -> tuple[str, ...]:
        """Word starts of the classes' entries written with "*" ("shahed*")."""
        return self._words_and_prefixes(classes)[1]

    @functools.cached_property
    def multiword_prepositions(self) -> Mapping[tuple[str, str], tuple[PrepositionRule, ...]]:
        """Prepositions of more than one word, by their first two words ("przy pomocy", "u boku")."""
        out: dict[tuple[str, str], list[PrepositionRule]] = {}
        for rules in self.prepositions.values():
            for r in rules:
                if len(r.words) > 1:
                    out.setdefault((r.words[0], r.words[1]), []).append(r)
        return MappingProxyType({k: tuple(v) for k, v in out.items()})

    @functools.cached_property
    def multiword_preposition_starts(self) -> frozenset[str]:
        """First words of the prepositions of more than one word (most words start none: one set lookup each)."""
        return frozenset(first for first, _ in self.multiword_prepositions)

    @functools.cached_property
    def boundary_pairs(self) -> Mapping[tuple[str, str], tuple[tuple[tuple[str, ...], str], ...]]:
        """Clause boundaries by their first two words ("" for a one-word boundary), longest first."""
        out: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = {}
        for first, entries in self.boundaries.items():
            for words, kind in entries:
                out.setdefault((first, words[1] if len(words) > 1 else ""), []).append((words, kind))
        return MappingProxyType({k: tuple(v) for k, v in out.items()})


@functools.cache
def lexicon() -> Lexicon:
    """The Polish lexicons, parsed once per process."""
    data = load_yaml("pl/triggers.yaml")
    modality = load_yaml("pl/modality.yaml")
    classes = {str(k): frozenset(str(w).lower() for w in v) for k, v in data["word_classes"].items()}
    triggers: dict[str, list[TriggerEntry]] = {}
    for key, value in data["triggers"].items():
        entry = _parse_trigger(str(key), value)
        triggers.setdefault(entry.lemmas[0], []).append(entry)
    default = {str(k): str(v) for k, v in (data["frames"]["default"] or {}).items()}
    frames: dict[str, Frame] = {"default": Frame(MappingProxyType(default))}
    for name, spec in data["frames"].items():
        if name == "default":
            continue
        spec = dict(spec or {})
        inherit = bool(spec.pop("inherit_partner", False))
        person = bool(spec.pop("person_as_country", False))
        agent = bool(spec.pop("inherit_agent", False))
        date = bool(spec.pop("inherit_date", False))
        owner = bool(spec.pop("owner_as_agent", False))
        civilians = bool(spec.pop("place_owns_civilians", False))
        place = bool(spec.pop("inherit_place", False))
        occasion = bool(spec.pop("day_of_occasion", False))
        kinds = frozenset(str(k) for k in spec.pop("agent_kinds", ()))
        party = bool(spec.pop("needs_party", False))
        unit = bool(spec.pop("unit_as_country", False))
        sellers = frozenset(str(k) for k in spec.pop("sold_by", ()))
        roles = {**default, **{str(k): str(v) for k, v in spec.items()}}
        frames[str(name)] = Frame(MappingProxyType(roles), inherit, person, agent, date, owner, civilians, place,
                                  occasion, kinds, party, unit, sellers)
    preps: dict[str, list[PrepositionRule]] = {}
    for rule in data["prepositions"]:
        words = tuple(str(rule["words"]).split())
        preps.setdefault(words[0], []).append(PrepositionRule(words, rule.get("case"), str(rule["slot"])))
    clauses = data["clauses"]
    boundaries = [(tuple(str(b).split()), kind)
                  for kind in ("coordinate", "reported", "temporal", "adverbial", "reporting") for b in clauses[kind]]
    status_cues: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for status, cues in modality["cues"].items():
        for cue in cues:
            words = tuple(str(cue).split())
            status_cues.setdefault(words[0], []).append((words, str(status)))
    return Lexicon(
        classes=MappingProxyType(classes),
        triggers=MappingProxyType({k: tuple(sorted(v, key=lambda e: -len(e.lemmas))) for k, v in triggers.items()}),
        frames=MappingProxyType(frames),
        prepositions=MappingProxyType({k: tuple(sorted(v, key=lambda r: -len(r.words))) for k, v in preps.items()}),
        boundaries=_index_by_first(boundaries),
        relative_pronouns=frozenset(str(w) for w in clauses["relative_pronouns"]),
        reported_after_saying=frozenset(str(w) for w in clauses["reported_after_saying"]),
        opening_subordinators=frozenset(str(w) for w in clauses["opening_subordinators"]),
        relative_window=int(clauses["relative_window"]),
        not_relative=frozenset(tuple(str(s).split()) for s in clauses["not_relative"]),
        absorbing_prepositions=frozenset(str(w) for w in data["absorbing_prepositions"]),
        topic_words=frozenset(str(w) for w in data["topic_words"]),
        exchange_cues=tuple(tuple(str(c).split()) for c in data["exchange_cues"]),
        opinion_cues=tuple(tuple(str(c).split()) for c in data["opinion_cues"]),
        opinion_speakers=frozenset(str(k) for k in data["opinion_speakers"]),
        status_cues=MappingProxyType({k: tuple(sorted(v, key=lambda c: -len(c[0]))) for k, v in status_cues.items()}),
        complement_statuses=frozenset(str(s) for s in modality["complement_statuses"]),
        reportive_auxiliary=str(modality["reportive_auxiliary"]),
        negations=frozenset(str(w) for w in modality["negations"]),
        statement_speakers=frozenset(str(k) for k in data["statement_speakers"]["always"]),
        assessing_speakers=frozenset(str(k) for k in data["statement_speakers"]["alone"]),
        self_reporting=frozenset(str(k) for k in data["statement_speakers"]["of_itself"]),
        telling_kinds=frozenset(str(k) for k in data["statement_speakers"]["telling"]),
        briefed_kinds=frozenset(str(k) for k in data["statement_speakers"]["briefed"]),
        time_shifts=frozenset(str(w) for w in clauses["time_shifts"]),
        lasting_ending=frozenset(str(w) for w in data["lasting_days"]["ending"]),
        lasting_starting=frozenset(str(w) for w in data["lasting_days"]["starting"]),
        anniversary_since=frozenset(str(w) for w in data["anniversaries"]["since"]),
        anniversary_nouns=frozenset(str(w) for w in data["anniversaries"]["nouns"]),
        anniversary_ordinals=MappingProxyType({str(k): int(v) for k, v in data["anniversaries"]["ordinals"].items()}),
        told_on=tuple((frozenset(str(t) for t in g["types"]), frozenset(str(c) for c in g["counts"]))
                      for g in data["told_on"]),
    )


def _index_by_first(
    items: Iterable[tuple[tuple[str, ...], str]],
) -> Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]:
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, kind in items:
        out.setdefault(words[0], []).append((words, kind))
    return MappingProxyType({k: tuple(sorted(v, key=lambda b: -len(b[0]))) for k, v in out.items()})


def _parse_trigger(key: str, value: Any) -> TriggerEntry:
    specs = value if isinstance(value, list) else [value]
    readings = []
    gap = _GAP_DEFAULT
    for spec in specs:
        if isinstance(spec, str):
            spec = {"type": spec}
        gap = int(spec.get("gap", gap))
        readings.append(
            Reading(
                event_type=str(spec["type"]),
                requires=frozenset(str(c) for c in spec.get("requires") or ()),
                excludes=frozenset(str(c) for c in spec.get("excludes") or ()),
                roles=MappingProxyType(
                    {str(k): (None if v is None else str(v)) for k, v in (spec.get("roles") or {}).items()}
                ),
                number=spec.get("number"),
                certainty=None if spec.get("certainty") is None else float(spec["certainty"]),
                speech=bool(spec.get("speech", False)),
                alone=bool(spec.get("alone", False)),
                predicate=bool(spec.get("predicate", False)),
                fallback=bool(spec.get("fallback", False)),
                status=None if spec.get("status") is None else str(spec["status"]),
                absorbs=bool(spec.get("absorbs", False)),
                excludes_before=bool(spec.get("excludes_before", False)),
                goes_on=None if spec.get("goes_on") is None else str(spec["goes_on"]),
                by_speaker=bool(spec.get("by_speaker", False)),
                stands=bool(spec.get("stands", False)),
            )
        )
    return TriggerEntry(lemmas=tuple(key.lower().split()), readings=tuple(readings), gap=gap)


# --- clauses -------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Clause:
    """Tokens ``start:end`` of a sentence (indexes within it) and how the clause hangs on the one before."""

    start: int
    end: int
    kind: str  # main | coordinate | reported | temporal | adverbial | reporting | relative | resumed
    parent: int | None = None  # the clause this one continues, reports on or hangs on


def _word_matches(token: Token, word: str) -> bool:
    return word == token.lower or word in token.lemmas


def _matches_at(tokens: Sequence[Token], k: int, words: Sequence[str]) -> bool:
    return k + len(words) <= len(tokens) and all(_word_matches(tokens[k + j], w) for j, w in enumerate(words))


def split_clauses(tokens: Sequence[Token], lex: Lexicon | None = None) -> list[Clause]:
    """Clauses of a sentence (see the module docstring)."""
    lex = lex or lexicon()
    n = len(tokens)
    lowers = [t.lower for t in tokens]
    cuts: list[tuple[int, str]] = []
    k = 1
    while k < n:
        hit: tuple[int, str, int] | None = None
        if lowers[k] in lex.boundaries:
            pairs = lex.boundary_pairs
            for words, kind in (*pairs.get((lowers[k], lowers[k + 1] if k + 1 < n else ""), ()),
                                *pairs.get((lowers[k], ""), ())):
                if k + len(words) <= n and all(lowers[k + j] == w for j, w in enumerate(words)):
                    hit = (k + 1 if words[0] in _CUT_AFTER else k, kind, k + len(words))
                    break
        if hit is None and lowers[k] == "," and k + 1 < n and lowers[k + 1] in lex.reported_after_saying and any(
            tokens[j].lemmas & lex.speech_lemmas for j in range(cuts[-1][0] if cuts else 0, k)
        ):
            hit = (k + 1, "reported", k + 2)  # "zaprzeczył, by rozmowy dotyczyły ...": what is denied
        if hit is None and lowers[k] == "," and not _inside_dashes(tokens, k):
            pronoun = _relative_pronoun(tokens, k, lex)
            if pronoun is not None:
                hit = (k + 1, "relative", pronoun + 1)
            elif _gap_follows(tokens, k):
                # "Iran daje jej drony, Korea Północna – rakiety": a subject and a dash stand for the verb
                hit = (k + 1, "coordinate", k + 1)
            elif cuts and cuts[-1][1] == "relative" and _verb_follows(tokens, k + 1):
                # "Kozłow, który współprzewodniczy komisji, zapowiadał ...": the main clause goes on
                hit = (k + 1, "resumed", k + 1)
        if hit is None:
            k += 1
            continue
        if hit[0] < n:
            cuts.append((hit[0], hit[1]))
        k = max(hit[2], k + 1)
    spans: list[tuple[int, int, str]] = []
    prev, kind = 0, "main"
    opening = _opening_clause_end(tokens, lowers, lex)
    if opening is not None and (not cuts or cuts[0][0] >= opening):
        # "Gdyby Korea Południowa dostarczyła broń Ukrainie, Rosja odpowie": the sentence opens with a condition
        kind = "adverbial"
        cuts = [c for c in cuts if c[0] != opening]
        cuts.insert(0, (opening, "main"))
    for start, next_kind in cuts:
        if start > prev:
            spans.append((prev, start, kind))
            prev, kind = start, next_kind
    spans.append((prev, n, kind))
    clauses: list[Clause] = []
    for i, (start, end, kind) in enumerate(spans):
        parent = None if i == 0 or kind == "main" else i - 1
        if kind == "resumed" and i > 0:
            parent = clauses[i - 1].parent
        clauses.append(Clause(start, end, kind, parent))
    return clauses


def _inside_dashes(tokens: Sequence[Token], k: int, reach: int = 8) -> bool:
    """Is ``k`` inside an aside between two dashes ("dostarczyła Rosji – według szacunków, którymi dysponuje resort –
    ponad 12 mln pocisków")?  Such an aside cuts no clause: what it interrupts goes on after it."""
    before = next((j for j in range(k - 1, max(-1, k - reach - 1), -1) if tokens[j].text in _DASHES), None)
    after = next((j for j in range(k + 1, min(len(tokens), k + reach + 1)) if tokens[j].text in _DASHES), None)
    return before is not None and after is not None and not any(
        tokens[j].text in (",", ";") for j in range(before + 1, k)) and after + 1 < len(tokens)


def _opening_clause_end(tokens: Sequence[Token], lowers: Sequence[str], lex: Lexicon) -> int | None:
    """Where a sentence that opens with a subordinate clause ("Jeśli ..., ", "Gdy ..., ") reaches its main clause:
    after the first comma that follows a verb."""
    if not lowers or lowers[0] not in lex.opening_subordinators:
        return None
    verb = False
    for k in range(1, len(tokens) - 1):
        if tokens[k].kind == "word" and not _poses(tokens[k]).isdisjoint(_VERBAL):
            verb = True
        elif lowers[k] == "," and verb:
            return k + 1
        elif tokens[k].text in ("„", "”", '"'):
            return None
    return None


def _gap_follows(tokens: Sequence[Token], comma: int) -> bool:
    """After ``comma``: one to four words with no verb, a dash, and no verb up to the end of the sentence (or
    of the quotation)?  Or a capitalized subject and an amount with no verb to the end ("Rosjanie wystrzeliwują
    20 tys. pocisków dziennie, Ukraińcy ok. 7 tys.")."""
    dash = next((j for j in range(comma + 1, min(len(tokens), comma + 6)) if tokens[j].text in _DASHES), None)
    if dash is None:
        return _gapped_amount(tokens, comma)
    if dash == comma + 1:
        return False
    end = next((j for j in range(dash, len(tokens)) if tokens[j].text in ("”", '"', "»")), len(tokens))
    return all(t.kind == "word" for t in tokens[comma + 1 : dash]) and not any(
        t.kind == "word" and not _poses(t).isdisjoint(_VERBAL) for t in tokens[comma + 1 : end]
    )


def _gapped_amount(tokens: Sequence[Token], comma: int) -> bool:
    """", Ukraińcy ok. 7 tys.": one or two capitalized words that may be a subject, at most one word more (a
    qualifier), a number, and no verb up to the end of the sentence."""
    k = comma + 1
    subject = 0
    while k < len(tokens) and subject < 2 and tokens[k].is_capitalized and "nom" in tokens[k].cases(("subst", "adj")):
        k, subject = k + 1, subject + 1
    if not subject:
        return False
    number = next((j for j in range(k, min(len(tokens), k + 2)) if tokens[j].kind == "number"), None)
    return number is not None and not any(
        t.kind == "word" and not _poses(t).isdisjoint(_VERBAL) for t in tokens[comma + 1 :])


def _verb_follows(tokens: Sequence[Token], k: int) -> bool:
    """Does a finite verb come within two words of ``k``?"""
    for j in range(k, min(len(tokens), k + 3)):
        if tokens[j].kind == "word" and not _poses(tokens[j]).isdisjoint(_SPOKEN_FINITE):
            return _poses(tokens[j]).isdisjoint(_NOMINAL)
        if tokens[j].kind == "punct":
            return False
    return False


def _relative_pronoun(tokens: Sequence[Token], comma: int, lex: Lexicon) -> int | None:
    """A form of "który" or "co" after ``comma`` and at most ``relative_window`` words ("za pomocą których")."""
    for j in range(comma + 1, min(len(tokens), comma + 2 + lex.relative_window)):
        t = tokens[j]
        if t.kind == "punct":
            return None
        if t.lemmas & lex.relative_pronouns:
            following = tokens[j + 1].lower if j + 1 < len(tokens) else ""
            if ("co", following) in lex.not_relative and "co" in t.lemmas and "który" not in t.lemmas:
                return None
            return j
    return None


# --- triggers ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Hit:
    """A trigger found in a sentence (token indexes within the sentence)."""

    start: int
    end: int
    head: int
    reading: Reading
    clause: int
    nominal: bool
    lemma: str = ""  # the lemma of the head word that matched


def _reading_distance(reading: Reading, tokens: Sequence[Token], keys: Sequence[frozenset[str]], k: int,
                      lemma: str, scope: range, present: frozenset[str], lex: Lexicon) -> tuple[int, int] | None:
    """How far from the trigger the reading's condition is met (``None``: not met): phrases crossed, then words.

    Distance counts the prepositions and verbs between the trigger and the word, so that the trigger's
    own object comes first: "przekazała technologie w zamian za amunicję" is a technology transfer, though
    ammunition is named too; within one phrase the nearer word wins ("kontenerów z amunicją i sprzętem
    wojskowym": ammunition before the military adjective), so in a list after the trigger ("zapewnia wsparcie
    gospodarcze, uzbrojenie") the first item decides; only words as near leave it to the order of the lexicon.
    Words before the trigger come after all words after it.
    """
    distance = (0, 0)
    nearest: int | None = None  # the required word nearest after the trigger: its own object
    if reading.requires:
        wanted = lex.words_of(reading.requires)
        starts = lex.prefixes_of(reading.requires)
        hits = [j for j in scope
                if j != k and (not keys[j].isdisjoint(wanted) or (starts and any(w.startswith(starts) for w in keys[j])))
                and not _carrier(tokens[j], keys[j], lex)]
        crossed = _phrase_counts(tokens, k, max(hits)) if hits and max(hits) > k else []
        found = [(crossed[j - k - 1], j - k) if j > k else (1000 + k - j, 0) for j in hits]
        nearest = min((j for j in hits if j > k), default=None)
        if found:
            distance = min(found)
        elif reading.requires & present:
            distance = (500, 0)  # a pseudo-class ("@person", "@demonym") of the clause
        else:
            return None
    if reading.excludes:
        # with ``excludes_before``, what the object it requires is said to be about does not exclude it
        # ("zatrzymała trzech mężczyzn podejrzanych o nielegalny eksport obrabiarek"); before it, it does
        unwanted = lex.words_of(reading.excludes)
        if any(keys[j] & unwanted for j in scope if nearest is None or j < nearest or not reading.excludes_before):
            return None
    if reading.number:
        numbers = {n for a in tokens[k].readings(lemma) for n in a.numbers}
        if reading.number not in numbers:
            return None
    return distance


def _carrier(token: Token, lemmas: frozenset[str], lex: Lexicon) -> bool:
    """"przetransportowano rosyjskimi okrętami": a vehicle in the instrumental carries, it is not carried."""
    if not lemmas & lex.classes.get("carriers", frozenset()):
        return False
    cases = token.cases(("subst",))
    return cases == {"inst"}


def _multiword_preposition_tokens(tokens: Sequence[Token], lex: Lexicon) -> frozenset[int]:
    """Nouns that are part of a preposition ("przy pomocy Rosji", "u boku sił rosyjskich") are no triggers."""
    out: set[int] = set()
    lowers = [t.lower for t in tokens]
    pairs = lex.multiword_prepositions
    starts = lex.multiword_preposition_starts
    for k in range(len(tokens) - 1):
        if lowers[k] not in starts:
            continue
        for rule in pairs.get((lowers[k], lowers[k + 1]), ()):
            n = len(rule.words)
            if k + n <= len(tokens) and all(lowers[k + m] == w for m, w in enumerate(rule.words)):
                out.update(range(k + 1, k + n))
                break
    return frozenset(out)


def _phrase_counts(tokens: Sequence[Token], k: int, last: int) -> list[int]:
    """Prepositions and verbs between token ``k`` and each j in k+1..last (the phrases one must cross), in one pass."""
    counts, n = [], 0
    for j in range(k + 1, last + 1):
        counts.append(n)
        t = tokens[j]
        if t.kind == "word" and not _poses(t).isdisjoint(_PHRASE_HEADS):
            n += 1
    return counts


#: kinds of what is sent that one verb may send together: "wysłała 14 tys. żołnierzy oraz 10 mln pocisków" is a
#: deployment and an arms transfer
_SENT_TOGETHER = frozenset({"troop_deployment", "arms_transfer"})


def _companion_reading(entry: TriggerEntry, chosen: Reading, tokens: Sequence[Token],
                       keys: Sequence[frozenset[str]], k: int, lemma: str, scope: range, present: frozenset[str],
                       lex: Lexicon) -> Reading | None:
    """A second reading of the same trigger whose condition is met in the same phrase as the chosen one's: troops and
    arms sent together ("wysłała do Rosji żołnierzy oraz pociski"), not arms sent with their crews ("z obsługą")."""
    if chosen.event_type not in _SENT_TOGETHER or chosen.fallback:
        return None
    mine = _first_after(chosen, tokens, k, scope, lex)
    for reading in entry.readings:
        if reading.event_type not in _SENT_TOGETHER or reading.event_type == chosen.event_type or reading.fallback:
            continue
        theirs = _first_after(reading, tokens, k, scope, lex)
        if mine is None or theirs is None or _reading_distance(reading, tokens, keys, k, lemma, scope, present,
                                                               lex) is None:
            continue
        last = max(mine, theirs)
        if any(not _poses(tokens[j]).isdisjoint(_VERBAL) for j in range(k + 1, last)):
            continue  # "dostarczyła 100 czołgów i wysłała 5000 żołnierzy": the second verb sends its own
        if any(_is_preposition(tokens[j]) and tokens[j].lower in lex.comitative_prepositions for j in range(k, last)):
            continue  # "żołnierzy z bronią", "haubice wraz z obsługą": what goes along is not sent on its own
        if any(tokens[j].lower in _COORDINATORS for j in range(min(mine, theirs) + 1, last)):
            return reading
    return None


def _first_after(reading: Reading, tokens: Sequence[Token], k: int, scope: range, lex: Lexicon) -> int | None:
    """The first noun after the trigger that meets the reading's condition ("sprzęt wojskowy" has none for troops)."""
    wanted = lex.words_of(reading.requires)
    return next((j for j in scope if j > k and not tokens[j].has_pos("adj") and any(
        a.pos in ("subst", "depr") and a.lemma in wanted for a in tokens[j].analyses)), None)


def _best_reading(entry: TriggerEntry, tokens: Sequence[Token], keys: Sequence[frozenset[str]], k: int,
                  lemma: str, scope: range, present: frozenset[str], lex: Lexicon) -> Reading | None:
    """The reading whose condition is met nearest to the trigger (the lexicon's order breaks ties)."""
    best: tuple[bool, tuple[int, int], int] | None = None
    for n, reading in enumerate(entry.readings):
        distance = _reading_distance(reading, tokens, keys, k, lemma, scope, present, lex)
        if distance is not None and (best is None or (reading.fallback, distance, n) < best):
            best = (reading.fallback, distance, n)
    return None if best is None else entry.readings[best[2]]


def _match_entry(tokens: Sequence[Token], k: int, entry: TriggerEntry) -> int | None:
    """End of ``entry`` matched from ``tokens[k]``; later lemmas may stand ``gap`` words apart."""
    j = k + 1
    for lemma in entry.lemmas[1:]:
        found = None
        for m in range(j, min(len(tokens), j + entry.gap + 1)):
            if tokens[m].kind == "punct":
                break
            if _word_matches(tokens[m], lemma):
                found = m
                break
        if found is None:
            return None
        j = found + 1
    return j


def find_triggers(
    tokens: Sequence[Token],
    clauses: Sequence[Clause],
    mentions: Sequence[Mention],
    lex: Lexicon | None = None,
    keys: Sequence[frozenset[str]] | None = None,
) -> list[Hit]:
    """Trigger hits of a sentence, with the reading that the words of their clause support."""
    lex = lex or lexicon()
    base = tokens[0].i if tokens else 0
    clause_of = [0] * len(tokens)
    scopes: list[range] = []
    for c_index, c in enumerate(clauses):
        for k in range(c.start, c.end):
            clause_of[k] = c_index
        # a relative clause also sees its antecedent ("amunicja, która jest produkowana")
        lo = clauses[c_index - 1].start if c.kind == "relative" and c_index > 0 else c.start
        scopes.append(range(lo, c.end))
    pseudo: dict[int, frozenset[str]] = {}
    quoting = any(t.text in _SAYING_MARKS for t in tokens)

    def present(c_index: int) -> frozenset[str]:
        """The pseudo-classes of a clause, worked out only for readings that ask for one."""
        if c_index not in pseudo:
            scope = scopes[c_index]
            pseudo[c_index] = (_pseudo_classes([m for m in mentions if scope.start <= m.token_start - base < scope.stop],
                                               tokens)
                               | _title_class(tokens[scope.start : scope.stop], lex)
                               | _says_class(clauses, c_index, quoting, tokens, lex))
        return pseudo[c_index]

    in_prepositions = _multiword_preposition_tokens(tokens, lex)
    # a word of a name is no trigger: "Wielostronny Zespół Monitorowania Sankcji" imposes no sanction
    in_names = {k - base for m in mentions if m.token_end - m.token_start > 1 for k in range(m.token_start, m.token_end)}
    keys = keys if keys is not None else word_keys(tokens)
    hits: list[Hit] = []
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        best: Hit | None = None
        companion: Reading | None = None
        if tok.kind == "word" and k not in in_prepositions and k not in in_names and not keys[k].isdisjoint(
                lex.trigger_words):
            c_index = clause_of[k]
            for lemma in sorted(keys[k] & lex.trigger_words):
                for entry in lex.triggers.get(lemma, ()):
                    end = _match_entry(tokens, k, entry)
                    if end is None or (best is not None and end <= best.end):
                        continue
                    classes = present(c_index) if entry.pseudo else frozenset()
                    if entry.pseudo and _after_opening_dash(tokens, k):
                        classes |= _SAYS  # "..., co zajmuje 6 godzin – komentuje X": what is said comes before
                    reading = _best_reading(entry, tokens, keys, k, lemma, scopes[c_index], classes, lex)
                    if reading is None:
                        continue
                    if reading.predicate and _not_predicate(tokens, k, lemma):
                        continue
                    nominal = not any(_pos(a.tag) in _VERBAL for a in tok.readings(lemma))
                    best = Hit(k, end, k, reading, c_index, nominal, lemma)
                    companion = _companion_reading(entry, reading, tokens, keys, k, lemma, scopes[c_index], classes,
                                                   lex)
        if best is not None:
            hits.append(best)
            if companion is not None and companion.event_type != best.reading.event_type:
                hits.append(dataclasses.replace(best, reading=companion))
            k = best.end
        else:
            k += 1
    return hits


def _pseudo_classes(mentions: Sequence[Mention], tokens: Sequence[Token]) -> frozenset[str]:
    """Pseudo-classes a clause's mentions give: "@demonym" ("Koreańczyków z Północy"), "@person", and "@with":
    someone to do it with ("rozmawiał z Kim Dzong Unem", "Putin i Kim rozmawiali"), not "rozmawiał o pogodzie"."""
    out = set()
    base = tokens[0].i if tokens else 0
    actors = [m for m in mentions if m.entity.table == "actor" and m.via != "adjective"]
    for m in mentions:
        if m.via == "demonym":
            out.add("@demonym")
        if m.entity.kind == "person" and m.entity.table == "actor":
            out.add("@person")
    if len(actors) > 1 or any(
        tokens[k].lower in ("z", "ze") for m in actors for k in range(max(0, m.token_start - base - 4),
                                                                      m.token_start - base)
    ):
        out.add("@with")
    return frozenset(out)


def _says_class(clauses: Sequence[Clause], n: int, quoting: bool, tokens: Sequence[Token],
                lex: Lexicon) -> frozenset[str]:
    """"@says" for a clause that says something: a reported clause follows it ("odpowiedział, że"), or a
    quotation or a colon stands in the sentence (``quoting``: "„...” – odpowiedział"); "@says_no" too when what
    is reported is negated ("odpowiedziało, że Rosja „nie przyjmuje pouczeń”")."""
    reported = [c for c in clauses[n + 1 : n + 2] if c.kind == "reported" and c.parent == n]
    if reported and any(tokens[k].lower in lex.negations
                                            for k in range(reported[0].start, reported[0].end)):
        return _SAYS_NO | _denying(tokens[reported[0].start :], lex)
    if reported:
        return _SAYS | _denying(tokens[reported[0].start :], lex) | _arming(tokens[reported[0].start :], lex)
    if quoting:
        return _SAYS | _denying(_quoted(tokens), lex)
    return frozenset()


def _arming(said: Sequence[Token], lex: Lexicon) -> frozenset[str]:
    """"@arms" for words said of arms or a war industry ("pieniądze mogą zasilać program rakietowy"): a warning of them
    accuses the one who feeds it."""
    arms = lex.words_of(frozenset({"weapons", "rocketry"}))
    return frozenset({"@arms"}) if any(not t.lemmas.isdisjoint(arms) for t in said) else frozenset()


def _quoted(tokens: Sequence[Token]) -> list[Token]:
    """The words between quotation marks in a sentence."""
    out: list[Token] = []
    inside = False
    for t in tokens:
        if t.text in OPENING_QUOTES and not inside:
            inside = True
        elif t.text in CLOSING_QUOTES and inside:
            inside = False
        elif inside:
            out.append(t)
    return out


def _denying(said: Sequence[Token], lex: Lexicon) -> frozenset[str]:
    """What words said do to a charge.  "@denies" when they rebut one: a breach negated right before it ("nie
    narusza żadnych zobowiązań", "nie jest wymierzona w państwa trzecie": ``breaches``), a lie named
    (``falsehoods``), a deed said to be lawful ("jest w pełni zgodna z prawem międzynarodowym": ``lawful`` with
    ``norms``) or harmless ("most służy wyłącznie celom cywilnym": ``innocuous``).  "@accuses" when they make one:
    a breach of a norm said to be done ("dostawy łamią rezolucje"), a name quoted that condemns (``condemnations``:
    "to „kolejny dowód udziału Pjongjangu w agresji”"), a case referred to a sanctions body (``referrals`` with
    ``restrictions``: "przekaże sprawę komitetowi sankcyjnemu"), or a norm said to forbid what is done
    (``prohibits``: "rezolucja nr 2270 zakazuje szkolenia obywateli KRLD").  "@threatens" when they menace (``menaces``: "jest
    prawowitym celem", "adekwatna odpowiedź", "lista sankcyjna")."""
    classes = lex.classes
    breaches, norms = classes.get("breaches", frozenset()), classes.get("norms", frozenset())
    lemmas = frozenset().union(*(t.lemmas for t in said)) if said else frozenset()
    at = [k for k, t in enumerate(said) if not t.lemmas.isdisjoint(breaches)]
    if any(said[j].lower in lex.negations for k in at for j in range(max(0, k - 3), k)):
        return frozenset({"@denies"})
    if lemmas & classes.get("falsehoods", frozenset()):
        return frozenset({"@denies"})
    if lemmas & classes.get("lawful", frozenset()) and lemmas & norms:
        return frozenset({"@denies"})
    if lemmas & classes.get("innocuous", frozenset()):
        return frozenset({"@denies"})  # "most służy wyłącznie celom cywilnym": the charge is rebutted
    if lemmas & norms and any(not _poses(said[k]).isdisjoint(_FINITE) for k in at):
        return frozenset({"@accuses"})  # a verb: someone breaks it ("za naruszenie sankcji grozi kara" warns)
    condemning = classes.get("condemnations", frozenset())
    if any(not t.lemmas.isdisjoint(condemning) for t in _quoted(said)):
        return frozenset({"@accuses"})  # "to „kolejny dowód bezpośredniego udziału Pjongjangu w agresji”"
    if lemmas & classes.get("referrals", frozenset()) and lemmas & classes.get("restrictions", frozenset()):
        return frozenset({"@accuses"})  # "przekaże sprawę komitetowi sankcyjnemu ONZ"
    if lemmas & classes.get("menaces", frozenset()):
        return frozenset({"@threatens"})  # "każdy skład z koreańską amunicją jest prawowitym celem"
    forbids = classes.get("prohibits", frozenset())
    if lemmas & norms and any(not t.lemmas.isdisjoint(forbids) and not _poses(t).isdisjoint(_FINITE) for t in said):
        return frozenset({"@accuses"})  # "rezolucja nr 2270 zakazuje szkolenia obywateli KRLD": what is done breaks it
    return frozenset()


def _title_class(tokens: Sequence[Token], lex: Lexicon) -> frozenset[str]:
    """"@person" for a title that names one person ("Szef rosyjskiej dyplomacji przyleciał")."""
    titles = lex.classes.get("titles", frozenset())
    return frozenset({"@person"}) if any(
        not t.lemmas.isdisjoint(titles) and _singular_nominative(t) for t in tokens) else frozenset()


def _not_predicate(tokens: Sequence[Token], k: int, lemma: str) -> bool:
    """A noun ("w użyciu dronów") or a participle that describes a noun ("dronów używanych przeciwko
    Ukrainie"): it names or describes, it does not report that something was done."""
    readings = tokens[k].readings(lemma)
    # a form that is also a noun, after a preposition or a numeral, is the noun ("przez lata", "trzy lata": years)
    before = tokens[k - 1] if k > 0 else None
    if before is not None and (_is_preposition(before) or before.kind == "number" or "num" in _poses(before)) and any(
            _pos(a.tag) == "subst" for a in tokens[k].analyses):
        return True
    if any(_pos(a.tag) in _FINITE or _pos(a.tag) == "inf" for a in readings):
        return False
    if any(_pos(a.tag) in ("ppas", "pact") for a in readings):
        return not (k > 0 and tokens[k - 1].lower in _AUXILIARIES)
    return True


def _preceding_word(tokens: Sequence[Token], k: int, lo: int) -> int | None:
    """The word before ``k`` within the clause, skipping adjectives that agree with it."""
    j = k - 1
    while j >= lo and tokens[j].kind == "word" and any(_pos(a.tag) in _ADJECTIVAL for a in tokens[j].analyses):
        j -= 1
    return j if j >= lo else None


def _is_preposition(token: Token) -> bool:
    return any(_pos(a.tag) == "prep" for a in token.analyses)


def _is_noun(token: Token) -> bool:
    return token.kind == "word" and any(_pos(a.tag) in _NOMINAL for a in token.analyses) and not any(
        _pos(a.tag) in _VERBAL or _pos(a.tag) in ("adv", "qub") for a in token.analyses
    )


def _dependent_nominal(tokens: Sequence[Token], hit: Hit, clause: Clause) -> bool:
    """Is a nominal trigger inside a prepositional or genitive phrase ("do produkcji", "wzrost produkcji")?"""
    if not hit.nominal:
        return False
    j = _preceding_word(tokens, hit.start, clause.start)
    return j is not None and not _including(tokens, j) and (_is_preposition(tokens[j]) or _is_noun(tokens[j]))


def _taking_part(tokens: Sequence[Token], hit: Hit, clause: Clause, lex: Lexicon) -> bool:
    """"uczestniczył w spotkaniach", "wziął udział w rozmowach": the subject takes part in the noun's event."""
    if not hit.nominal:
        return False
    j = _preceding_word(tokens, hit.start, clause.start)
    if j is not None and hit.reading.event_type in lex.classes.get("meeting_types", frozenset()) and (
        tokens[j].lemmas & lex.classes.get("during", frozenset())
    ):
        return True  # "podczas spotkania z Putinem", "w trakcie rozmów", "na marginesie szczytu"
    return j is not None and j > clause.start and _is_preposition(tokens[j]) and bool(
        tokens[j - 1].lemmas & lex.classes.get("participation", frozenset())
    )


def _including(tokens: Sequence[Token], j: int) -> bool:
    """"w tym dostawy uzbrojenia" (including): "w" opens no phrase the trigger depends on."""
    return tokens[j].lower == "w" and j + 1 < len(tokens) and tokens[j + 1].lower == "tym"


def _absorbed(tokens: Sequence[Token], hit: Hit, clause: Clause, lex: Lexicon) -> bool:
    """A nominal trigger after an absorbing preposition or a noun states another trigger's purpose."""
    if not hit.nominal:
        return False
    j = _preceding_word(tokens, hit.start, clause.start)
    return j is not None and not _including(tokens, j) and (
        tokens[j].lower in lex.absorbing_prepositions or _is_noun(tokens[j])
    )


def _joined_to(tokens: Sequence[Token], hit: Hit, absorbed: Sequence[Hit]) -> bool:
    """"wysłać 6000 osób do rozminowywania i odbudowy": a nominal trigger joined by "i" to one that states another
    trigger's purpose states it too."""
    k = hit.start - 1
    return hit.nominal and k > 0 and tokens[k].lower in _CONJUNCTIONS and any(
        h.nominal and h.clause == hit.clause and h.end == k for h in absorbed)


def _topic(tokens: Sequence[Token], hit: Hit, clause: Clause, lex: Lexicon) -> bool:
    """"rozmowy dotyczyły współpracy wojskowej", "w sprawie dostaw", "ustawę o współpracy wojskowej": a nominal
    trigger that names a topic, or what a document is about."""
    if not hit.nominal:
        return False
    j = _preceding_word(tokens, hit.start, clause.start)
    if j is None:
        return False
    if any(t.lemmas & lex.topic_words for t in tokens[j : hit.start]):
        return True  # "postępowań dotyczących ataków": the participle of topic is passed over as an adjective
    documents = lex.classes.get("documents", frozenset())
    return tokens[j].lower == "o" and j > clause.start and bool(tokens[j - 1].lemmas & documents)


def _demanded(tokens: Sequence[Token], hit: Hit, earlier: Sequence[Hit], clause: Clause, lex: Lexicon) -> bool:
    """"zażądała wycofania żołnierzy", "apelują o nowe sankcje", "wezwała do wycofania wojsk": a nominal trigger
    right after a verb of demanding, or after a preposition that follows a verb of appeal, is what is asked for."""
    if not hit.nominal:
        return False
    j = _preceding_word(tokens, hit.start, clause.start)
    if j is None:
        return False
    if any(h.reading.absorbs and h.end - 1 == j for h in earlier):
        return True
    return tokens[j].lower in lex.absorbing_prepositions and any(
        h.reading.speech and h.reading.alone and 0 <= j - h.end <= 3 for h in earlier)


def keep_hits(tokens: Sequence[Token], hits: Sequence[Hit], clauses: Sequence[Clause],
              lex: Lexicon | None = None) -> list[Hit]:
    """Drop nominal triggers absorbed by an earlier trigger of their clause; merge same-type ones."""
    lex = lex or lexicon()
    kept: list[Hit] = []
    absorbed: list[Hit] = []
    for hit in hits:
        if _topic(tokens, hit, clauses[hit.clause], lex):
            continue
        if _demanded(tokens, hit, [h for h in kept if h.clause == hit.clause], clauses[hit.clause], lex):
            continue
        earlier = [h for h in kept if h.clause == hit.clause and not h.reading.speech]
        if earlier and not hit.reading.speech:
            if (_absorbed(tokens, hit, clauses[hit.clause], lex) or _complement_infinitive(tokens, hit, earlier)
                    or _joined_to(tokens, hit, absorbed)):
                absorbed.append(hit)
                continue
            twin = next((h for h in earlier if h.reading.event_type == hit.reading.event_type), None)
            if twin is not None:
                if _weight(tokens, hit) > _weight(tokens, twin):
                    kept[kept.index(twin)] = hit
                continue
        kept.append(hit)
    return kept


def _gapped(tokens: Sequence[Token], clauses: Sequence[Clause], hits: Sequence[Hit], lex: Lexicon,
            keys: Sequence[frozenset[str]]) -> list[Hit]:
    """"dostarcza Rosji amunicję, a od początku 2024 r. także pociski balistyczne": a coordinate clause with no
    verb repeats the verb of the clause before, as an event of its own (its own date, objects, counts), when
    what it names meets the verb's reading."""
    out = []
    for n, clause in enumerate(clauses):
        if clause.kind != "coordinate" or clause.parent is None or any(h.clause == n for h in hits) or any(
            t.kind == "word" and not _poses(t).isdisjoint(_VERBAL) for t in tokens[clause.start : clause.end]
        ):
            continue
        for h in hits:
            if h.clause != clause.parent or h.nominal or h.reading.speech or not h.reading.requires:
                continue
            wanted = lex.words_of(h.reading.requires)
            if any(keys[k] & wanted for k in range(clause.start, clause.end)) or _gapped_amount(
                tokens, clause.start - 1
            ):  # ", Ukraińcy ok. 7 tys.": the amount stands for the object the verb's reading asked for
                out.append(dataclasses.replace(h, clause=n))
    return out


def _complement_infinitive(tokens: Sequence[Token], hit: Hit, earlier: Sequence[Hit]) -> bool:
    """"pomagały Rosji budować drony": an infinitive right after another trigger is what that one is about."""
    readings = tokens[hit.head].readings(hit.lemma)
    if hit.nominal or not readings or not all(_pos(a.tag) == "inf" for a in readings):
        return False
    return any(0 <= hit.start - h.end <= 2 for h in earlier)


def _weight(tokens: Sequence[Token], hit: Hit) -> int:
    """Which of two triggers of one event names it: a verb, else a noun, else an adverbial participle."""
    if hit.nominal:
        return 1
    return 0 if all(_pos(a.tag) in ("pcon", "pant", "pact") for a in tokens[hit.head].analyses if _pos(a.tag) in _VERBAL) else 2


def _statements_alone(drafts: Sequence[_Draft], clauses: Sequence[Clause], lex: Lexicon,
                      sentence: Sentence) -> list[_Draft]:
    """A statement is an event of its own when a person or a state makes it; an announcement ("alone"), or
    the assessment of another body, only when its clause and what it reports hold no other event."""
    out = []
    for d in drafts:
        reading = d.hit.reading
        stated = reading.event_type == "statement" and (reading.stands or any(
            r.role == "agent" and r.entity.kind in lex.statement_speakers for r in d.event.roles
        ))
        if reading.alone or (reading.event_type == "statement" and not stated):
            reported = {d.hit.clause}
            if clauses[d.hit.clause].kind == "reporting":
                reported.update(range(d.hit.clause))  # "„...” – zapowiedział X": the quotation before it
            for c in range(d.hit.clause + 1, len(clauses)):
                if clauses[c].kind not in ("reported", "coordinate", "relative", "resumed"):
                    break
                reported.add(c)
            told = [o for o in drafts if not o.hit.reading.speech and o.hit.clause in reported
                    and _worth_keeping(o.event)]
            if told:
                _cite_speaker(d.event, [o.event for o in told], sentence)
                continue
        out.append(d)
    return out


def _briefings_held(drafts: Sequence[_Draft], mentions: Sequence[Mention], keys: Sequence[frozenset[str]],
                    lex: Lexicon) -> list[_Draft]:
    """"NIS przekazała parlamentarnej komisji ds. wywiadu, że ...": the body briefed (``briefed_kinds``) named in the
    clause hears the statement; given at a session ("podczas zamkniętego posiedzenia komisji", ``sessions``), the
    briefing is also a meeting of the one who gives it with that body."""
    out = []
    sessions = lex.classes.get("sessions", frozenset())
    at_session = any(not k.isdisjoint(sessions) for k in keys)
    for d in drafts:
        if not d.hit.reading.stands or d.event.event_type != "statement":
            continue
        ev = d.event
        bodies = [m for m in mentions if m.entity.kind in lex.briefed_kinds and m.entity.table == "actor"
                  and ev.start <= m.start < ev.end]
        speakers = [r for r in ev.roles if r.role == "agent"]
        if not bodies or not speakers:
            continue
        ev.roles = _unique_roles([*ev.roles, *(Role(m.entity, "partner", m) for m in bodies)])
        if not at_session:
            continue
        meeting = dataclasses.replace(ev, event_type="meeting", roles=_unique_roles(
            [*speakers, *(Role(m.entity, "agent", m) for m in bodies)]))
        out.append(_Draft(d.hit, meeting, d.certainty))
    return out


def _by_speaker(drafts: Sequence[_Draft]) -> None:
    """"Rzeczniczka przypomina, że za wywóz towarów objętych sankcjami grozi do 10 lat więzienia": a penalty warned
    of, with no agent of its own, is the warning of the one who speaks in its sentence."""
    speakers = [r for d in drafts if d.hit.reading.speech for r in d.event.roles if r.role == "agent"]
    if not speakers:
        return
    for d in drafts:
        if d.hit.reading.by_speaker and not any(r.role == "agent" for r in d.event.roles):
            d.event.roles = _unique_roles([*(Role(r.entity, "agent", r.mention) for r in speakers), *d.event.roles])


def _after_dash(tokens: Sequence[Token], k: int, lo: int) -> bool:
    """Does a dash stand right before the verb at ``k`` ("... – ogłosił X")?"""
    return any(tokens[j].text in _DASHES for j in range(max(lo, k - 2), k))


def _after_opening_dash(tokens: Sequence[Token], k: int) -> bool:
    """Does the verb at ``k`` follow a dash that opens the speaker's words after what was said ("..., co zajmuje
    6 godzin – komentuje X"), not one that closes an aside ("którzy – jak napisano – odpowiadają za ...")?"""
    dash = next((j for j in range(k - 1, max(0, k - 3), -1) if tokens[j].text in _DASHES), None)
    return dash is not None and dash > 0 and sum(1 for t in tokens[:dash] if t.text in _DASHES) % 2 == 0


def _cite_speaker(statement: Event, told: Sequence[Event], sentence: Sentence) -> None:
    """"Rosja otrzymała pociski – ogłosił sekretarz stanu Antony Blinken": an announcement that is no event of
    its own still names who told what it holds; events that cite nobody cite the speaker named after the verb
    (not one who tells of their own deeds)."""
    speaker = next((r for r in statement.roles if r.role == "agent" and r.mention is not None
                    and r.mention.sentence == sentence.index and r.mention.start > statement.trigger_start), None)
    if speaker is None or speaker.mention is None:
        return
    start = min(statement.trigger_start, speaker.mention.start)
    end = max(statement.trigger_end, speaker.mention.end)
    cited = Attribution(cited=speaker.entity, position=1, cue=statement.trigger, start=start, end=end,
                        text=sentence.text[start - sentence.start : end - sentence.start], sentence=sentence.index)
    for ev in told:
        if not ev.attributions and all(r.entity != speaker.entity for r in ev.roles):
            ev.attributions = [cited]


# --- mentions and slots ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Group:
    """Mentions of one span: the actor reading and the place reading of the same words ("do Rosji")."""

    start: int  # token indexes within the sentence
    end: int
    actor: Mention | None
    place: Mention | None  # a location or facility

    @property
    def mention(self) -> Mention:
        found = self.actor or self.place
        assert found is not None
        return found


@dataclass(frozen=True, slots=True)
class Slotted:
    group: Group
    slot: str
    anchor: int | None = None  # passive_agent: the passive participle the "przez" phrase depends on


def _group_mentions(mentions: Sequence[Mention], base: int) -> list[Group]:
    """Mentions by span; a mention inside a longer one is dropped."""
    by_span: dict[tuple[int, int], list[Mention]] = {}
    for m in mentions:
        by_span.setdefault((m.token_start - base, m.token_end - base), []).append(m)
    out: list[Group] = []
    for span in sorted(by_span, key=lambda s: (s[0], s[0] - s[1])):
        if any(g.start <= span[0] and span[1] <= g.end for g in out):
            continue
        ms = by_span[span]
        actor = next((m for m in ms if m.entity.table == "actor"), None)
        place = next((m for m in ms if m.entity.table == "facility"), None) or next(
            (m for m in ms if m.entity.table == "location"), None
        )
        out.append(Group(span[0], span[1], actor, place))
    return out


def _governing_preposition(
    tokens: Sequence[Token],
    start: int,
    lo: int,
    lex: Lexicon,
    mention_cases: frozenset[str],
    blocked: frozenset[int] = frozenset(),
    person: bool = False,
) -> tuple[PrepositionRule, int] | None:
    """The preposition whose phrase holds the mention at ``start`` ("na infrastrukturę cywilną Ukrainy").

    The case that chooses between readings ("z" + genitive: from, + instrumental: with) is the one of the
    word after the preposition, or the mention's own when it follows directly (names morfeusz misreads).  A
    ``person`` whose name shows no case ("z Czoe Son Hui") is met with, not come from: "z" is instrumental.
    The phrase ends at a number, another named mention or a trigger word (``blocked``) other than a participle
    or adjective qualifying the mention ("w ostrzelanym Dnieprze").
    """
    j = start - 1
    words = 0
    while j >= lo and words <= _PREPOSITION_REACH:
        t = tokens[j]
        if (t.kind == "punct" and t.text not in {"„", "”", '"'}) or t.kind == "number":
            return None
        if j in blocked and (t.kind != "word" or _poses(t).isdisjoint(_ADJECTIVAL) or _is_noun(t)):
            return None  # a trigger word ends the phrase, unless it is an attribute ("w ostrzelanym Orichowie")
        for rule in lex.prepositions.get(t.lower, ()):
            n = len(rule.words)
            if j + n > start or not all(tokens[j + m].lower == w for m, w in enumerate(rule.words)):
                continue
            after = tokens[j + n] if j + n < len(tokens) else None
            cases = mention_cases if j + n == start and mention_cases else (after.cases() if after else frozenset())
            if not cases and person and j + n == start and rule.case == "gen" and rule.words in (("z",), ("ze",)):
                continue  # the instrumental rule of "z" follows
            if rule.slot == "none":
                return None  # "Z kolei Departament Skarbu": an adverbial idiom governs no name
            if rule.case is None or not cases or rule.case in cases:
                if rule.case is not None and any(  # "w wojnie kontyngent KRLD": a noun in another case ends it
                        _is_noun(tokens[k]) and tokens[k].cases(("subst",)) and not tokens[k].cases(("subst",)) & {
                            rule.case, "gen"} for k in range(j + n + 1, start)):
                    return None
                return rule, j
        if t.kind == "word" and (
            t.lower in _CONJUNCTIONS or not _poses(t).isdisjoint(_CLAUSE_VERBAL)
        ):
            return None
        if _is_preposition(t) and t.lower not in lex.prepositions:
            return None
        if t.lemmas & lex.classes.get("time_words", frozenset()):
            return None  # "W sierpniu Pjongjang odwiedziła": a phrase of time holds no named mention
        words += t.kind == "word"
        j -= 1
    return None


def _adjacent(tokens: Sequence[Token], k: int, start: int) -> bool:
    """Only adjectives between a preposition's end ``k`` and a mention ("w rosyjskim obwodzie kurskim")?"""
    return all(
        tokens[j].kind == "word" and not _poses(tokens[j]).isdisjoint(_ADJECTIVAL) for j in range(k, start)
    )


def _main_verb(tokens: Sequence[Token], clause: Clause, skip: frozenset[int]) -> int | None:
    """The first finite verb of a clause, outside attribution cues ("Jak podaje NIS, Pjongjang rozważa").  A word
    right after a preposition that is also a noun is the noun ("Na szczycie": a summit, not "szczać")."""
    for k in range(clause.start, clause.end):
        if k in skip or _poses(tokens[k]).isdisjoint(_FINITE):
            continue
        if k > 0 and _is_preposition(tokens[k - 1]) and any(_pos(a.tag) == "subst" for a in tokens[k].analyses):
            continue
        return k
    return None


def _coordinated(tokens: Sequence[Token], prev: Slotted, g: Group) -> bool:
    """Is ``g`` joined to the previous mention by "i", "oraz", "a" or a comma, maybe with a title between?

    "z Władimirem Putinem i przywódcą Chin Xi Jinpingiem": the title and its genitive do not break it.
    """
    between = tokens[prev.group.end : g.start]
    if not between or between[0].lower not in _COORDINATORS:
        return False
    if between[0].text == ",":
        # a comma joins list items only ("Rosja, Iran i Korea Północna"), not a clause and its subject
        following = tokens[g.end].lower if g.end < len(tokens) else ""
        if len(between) > 1 or following not in (",", "i", "oraz", "a", "lub"):
            return False
    # items of one list share a case; "w Tiencinie, Chiny i Rosja podpisały" closes the place phrase at the comma
    if len(between) > 1 or between[0].text == ",":
        cases, prev_cases = g.mention.case, prev.group.mention.case
        if cases and prev_cases and not cases & prev_cases:
            return False
    return all(
        t.kind == "word" and not _is_preposition(t) and _poses(t).isdisjoint(_VERBAL)
        for t in between[1:]
    )


def clause_slots(
    tokens: Sequence[Token],
    clause: Clause,
    groups: Sequence[Group],
    lex: Lexicon | None = None,
    skip: frozenset[int] = frozenset(),
    heads: frozenset[int] = frozenset(),
) -> list[Slotted]:
    """Slots of a clause's mentions; "genitive" becomes "of" right after a nominal trigger.

    ``skip``: tokens of attribution cues, whose verbs are not the clause's predicate; ``heads``: trigger
    words, which end the phrase of a preposition before them ("z przerzutem wojsk KRLD").
    """
    lex = lex or lexicon()
    people = lex.classes.get("people", frozenset())
    authorities = lex.classes.get("authorities", frozenset())
    verb = _main_verb(tokens, clause, skip)
    passive = verb is not None and _is_passive(tokens, verb)
    inside = [g for g in groups if clause.start <= g.start < clause.end]
    organs = lex.classes.get("organs", frozenset())
    delegates = lex.classes.get("delegates", frozenset())
    out: list[Slotted] = []
    prev: Slotted | None = None

    def before_noun(k: int) -> bool:
        return k > clause.start and _is_noun(tokens[k - 1])

    # "z szefową MSZ Czoe Son Hui", "z przywódcą Korei Północnej Kim Dzong Unem": a body or state named
    # between a title and a person's name qualifies the name and ends no phrase
    qualifiers = frozenset(
        k for g in inside if g.actor is not None and g.mention.entity.kind != "person"
        and before_noun(g.start) and any(h.start == g.end and (h.mention.entity.kind == "person" or (
            h.mention.entity.kind == "unknown" and g.mention.entity.kind != "country")) for h in inside)
        for k in range(g.start, g.end)
    )
    named = frozenset(k for g in inside if g.mention.via != "adjective" for k in range(g.start, g.end)) - qualifiers

    for g in inside:
        m = g.mention
        following = tokens[g.end] if g.end < len(tokens) else None
        # an adjective does not qualify the next adjective, nor a name past a preposition ("wizyta rosyjskiego
        # przywódcy w Pjongjangu") or a verb ("Rosyjscy turyści odwiedzili Koreę")
        nxt = next((h for h in inside if h is not g and g.end <= h.start <= g.end + 2 and h.mention.via != "adjective"
                    and not any(_is_preposition(t) or not _poses(t).isdisjoint(_FINITE)
                                for t in tokens[g.end : h.start])), None)
        if nxt is not None and (
            (m.via == "adjective" and g.actor is not None)
            or (nxt.start == g.end and nxt.mention.entity.kind in ("person", "unknown") and (
                m.entity.kind == "country"
                or (g.actor is not None and m.entity.kind != "person" and before_noun(g.start))))
        ):
            # "północnokoreańskiej firmy Jihyang", "prezydent Rosji Władimir Putin", "szefowa MSZ Czoe Son Hui":
            # an attribute of the name that follows
            continue
        blocked = heads | (named - frozenset(range(g.start, g.end)))
        # no preposition takes the nominative; the case of a name morfeusz does not know is a guess ("z Kuala Lumpur")
        nominative = bool(m.case) and not m.case - {"nom", "voc"}
        guessed = nominative and any(all(_pos(a.tag) == "ign" for a in t.analyses) for t in tokens[g.start : g.end])
        gov = None if nominative and not guessed else _governing_preposition(
            tokens, g.start, clause.start, lex, frozenset() if guessed else m.case, blocked,
            person=m.entity.kind == "person")
        after_verb = verb is not None and g.start > verb
        before = tokens[g.start - 1] if g.start > clause.start else None
        slot: str | None = None
        anchor: int | None = None
        joined = False
        if gov is not None:
            slot, anchor = _preposition_slot(tokens, clause, g, gov, verb, authorities, people)
        elif prev is not None and _coordinated(tokens, prev, g):
            slot, anchor = prev.slot, prev.anchor
            joined = True
        elif m.via in ("adjective", "demonym"):
            if "nom" in m.case and not (m.case & {"gen", "acc"} and after_verb and not _verb_soon(tokens, g.end)):
                slot = "nationality" if passive else "subject"
            elif m.via == "demonym" or (following is not None and following.lemmas & people):
                slot = "nationality"
            else:
                slot = "attribute"  # "irańskich dronów": a role only right after a nominal trigger
        elif before is not None and (
            (before.lemmas & people and m.entity.kind == "country") or _after_delegates(tokens, g, clause, delegates)
        ) and (not m.case or "gen" in m.case):
            slot = "nationality"  # "żołnierzy KRLD", "obywateli Korei Północnej", "delegacja ministerstwa X"
        elif before is not None and before.lemmas & organs and m.entity.kind == "country" and (
            not m.case or "gen" in m.case
        ):
            slot = _organ_slot(tokens, clause, g.start - 1, verb)  # "wytwarza ją przemysł KRLD": the state acts
        elif after_verb and m.entity.kind in ("person", "unknown") and (not m.case or "nom" in m.case) and (
            all(_undergoes(o) for o in out if o.slot == "subject")
        ) and (m.entity.kind == "person" or not any(o.slot == "subject" for o in out)):
            slot = "subject"  # "podpisał Putin": a person after the verb is its subject
            # "Pjongjang odwiedził minister Ławrow": a state before the verb, read either way, is the object
            out = [Slotted(o.group, "object", o.anchor) if o.slot == "subject" else o for o in out]
        elif not m.case:
            # a name without case ("KRLD"): subject before the verb, object or recipient after it; before a verb
            # whose subject is an amount after it ("KRLD odwiedziło ok. 1,5 tys. Rosjan") the object
            numeral = verb is not None and not after_verb and _numeral_subject(tokens, verb, clause.end)
            slot = "oblique" if after_verb else "object" if numeral else "subject"
        elif before is not None and _is_noun(before) and "nom" not in m.case and "gen" in m.case:
            slot = "genitive"  # "partnerstwie Rosji": a genitive after a noun, not a recipient ("pomoc Ukrainie")
            if after_verb and "acc" in m.case and m.entity.kind == "person" and _titled(tokens, g.start, qualifiers,
                                                                                        lex):
                slot = "object"  # "wezwała ambasadora Rosji Gieorgija Zinowjewa": the envoy summoned
        elif after_verb and before is not None and _is_noun(before) and m.case <= {"nom", "acc", "voc"} and any(
            o.slot == "subject" and o.group.start < (verb or 0) for o in out
        ):
            slot = "genitive"  # "MSZ nazywa raport Open Source Centre": a foreign name does not inflect
        else:
            slot = _case_slot(m.case, after_verb and not _verb_soon(tokens, g.end))
            if slot == "object" and "nom" in m.case and verb is not None and not _could_be_subject(
                tokens, clause.start, verb
            ) and not any(not _poses(t).isdisjoint(_VERBAL_OR_PREP) for t in tokens[verb + 1 : g.start]
            ) and _verb_agrees(tokens[verb], tokens[g.start : g.end]) and not any(o.slot == "subject" for o in out) and (
                not _relative_nominative(tokens, clause, verb)  # "który odwiedził Pjongjang": "który" is the subject
            ):
                slot = "subject"  # "Wizytę skrytykowało ukraińskie MSZ": nothing before the verb is its subject
        if passive and slot == "subject" and m.via not in ("adjective", "demonym"):
            slot = "object"  # "zatrudniani są rosyjscy uczniowie": the subject of a passive undergoes it
        elif slot == "subject" and verb is not None and g.start < verb and "acc" in m.case and m.via not in (
            "adjective", "demonym"
        ) and not joined and not _followed_by_conjunction(tokens, g.end) and not _verb_agrees(
            tokens[verb], tokens[g.start : g.end]
        ):
            # "Pjongjang odwiedziła delegacja": the verb agrees with the delegation (not with one of two subjects
            # joined by "i": "Moskwa i Pjongjang podpisały")
            slot = "object"
        current = Slotted(g, slot, anchor) if slot is not None else None
        if current is not None:
            out.append(current)
        if current is not None and (current.slot != "genitive" or prev is None):
            prev = current  # a genitive ("przywódcą Chin") does not break a coordination
        elif current is None:
            prev = None
    return out


def _relative_nominative(tokens: Sequence[Token], clause: Clause, verb: int) -> bool:
    """Does a nominative relative pronoun stand before the verb of its clause ("który odwiedził Pjongjang")?"""
    return clause.kind == "relative" and any("który" in tokens[k].lemmas and _forms(tokens[k], _ADJ, "nom")
                                             for k in range(clause.start, verb))


def _after_delegates(tokens: Sequence[Token], g: Group, clause: Clause, delegates: frozenset[str]) -> bool:
    """Does a body follow a noun of its envoys ("delegacja białoruskiego Ministerstwa Przemysłu")?"""
    j = _preceding_word(tokens, g.start, clause.start)
    return g.actor is not None and j is not None and bool(tokens[j].lemmas & delegates)


def _undergoes(s: Slotted) -> bool:
    """Could a subject before the verb be its object instead: a state or place read as nominative or accusative
    ("Pjongjang odwiedził ...")?  A person, or a sure nominative, cannot."""
    m = s.group.mention
    return m.entity.kind not in ("person", "unknown") and m.via not in ("adjective", "demonym", "pronoun") and (
        {"nom", "acc"} <= m.case
    )


def _followed_by_conjunction(tokens: Sequence[Token], k: int) -> bool:
    return k < len(tokens) and tokens[k].lower in _COORDINATORS


def _verb_agrees(verb: Token, name: Sequence[Token]) -> bool:
    """Can a mention be the subject of ``verb`` by number and gender (one of its nouns agrees; unknown forms
    agree with anything)?"""
    # only nominative readings: "Limbach" read as a locative tells nothing
    nouns = frozenset().union(*(_forms(t, _SUBST, "nom") for t in name))
    verbs = _forms(verb, frozenset({"praet"}))
    if not nouns:
        return True
    if verbs:
        return bool(nouns & verbs)
    numbers = {n for a in verb.analyses if _pos(a.tag) in ("fin", "bedzie") for n in a.numbers}
    return not numbers or bool(numbers & {n for n, _g in nouns})


def _organ_slot(tokens: Sequence[Token], clause: Clause, k: int, verb: int | None) -> str | None:
    """The slot of an organ noun ("przemysł", "władze", "rząd") that a country in the genitive owns.

    A nominative-accusative noun after the verb is its subject when nothing before the verb is nominative
    ("Amunicję wytwarza przemysł KRLD"), its object otherwise ("Rosja atakuje przemysł Ukrainy").
    """
    cases = tokens[k].cases(("subst",))
    after_verb = verb is not None and k > verb
    if "nom" in cases and (not after_verb or not _nominative_before(tokens, clause.start, verb or 0)):
        return "subject"
    return _case_slot(cases, after_verb)


def _nominative_before(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Is a noun or pronoun between ``lo`` and ``hi`` a nominative for sure (no other case)?"""
    nominal = ("subst", "ppron3", "ppron12", "depr")
    return any(t.kind == "word" and bool(t.cases(nominal)) and t.cases(nominal) <= {"nom", "voc"}
               for t in tokens[lo:hi])


def _numeral_subject(tokens: Sequence[Token], verb: int, hi: int, intransitive: frozenset[str] = frozenset()) -> bool:
    """Is the subject an amount after the verb ("zginęło 200 żołnierzy", "przybyło kilka tysięcy")?  Polish
    puts the verb in the neuter singular before such a subject, a form no person or state takes; a verb that
    takes no object (``intransitive``: "pracuje od 3 do 4 tys. informatyków") has it as subject in any tense."""
    if tokens[verb].lemmas.isdisjoint(intransitive) and not any(
        _pos(a.tag) in _FINITE and "sg" in a.tag.split(":")[1:2]
        and any("n" in part.split(".") for part in a.tag.split(":")[2:]) for a in tokens[verb].analyses
    ):
        return False  # a present-tense verb tells no gender: "wysyła 200 żołnierzy" may have its subject before
    return any(t.kind == "number" or t.has_pos("num") for t in tokens[verb + 1 : hi])


def _nominal_before(tokens: Sequence[Token], lo: int, hi: int, skip: frozenset[int] = frozenset()) -> bool:
    """Could a noun, pronoun or numeral between ``lo`` and ``hi`` be a nominative (a subject: "Kilkunastu trafiło
    na kursy")?  Words of attribution cues (``skip``: "Jak informuje agencja KCNA, spotkała się ...") are no
    subject of the clause."""
    return any(
        k not in skip and tokens[k].kind == "word"
        and "nom" in tokens[k].cases(("subst", "ppron3", "ppron12", "depr", "num"))
        for k in range(lo, hi)
    )


def _verb_soon(tokens: Sequence[Token], k: int) -> bool:
    """Does a finite verb follow within two words ("rosyjskie tankowce przewiozły")? Then what stands
    before it is its subject, though its form could be an object too."""
    for j in range(k, min(len(tokens), k + 2)):
        t = tokens[j]
        if t.kind != "word":
            return False
        poses = _poses(t)
        if not poses.isdisjoint(_FINITE) and poses.isdisjoint(_NOMINAL):
            return True
    return False


def _is_passive(tokens: Sequence[Token], verb: int) -> bool:
    """Is the clause's verb "być"/"zostać" with a passive participle ("zatrudniani są", "zostali skierowani")?"""
    if tokens[verb].lemma not in ("być", "zostać"):
        return False
    window = tokens[max(0, verb - 2) : verb + 3]
    return any("ppas" in _poses(t) and _poses(t).isdisjoint(_NOMINAL) for t in window)


def _preposition_slot(
    tokens: Sequence[Token],
    clause: Clause,
    g: Group,
    gov: tuple[PrepositionRule, int],
    verb: int | None,
    authorities: frozenset[str],
    people: frozenset[str] = frozenset(),
) -> tuple[str | None, int | None]:
    """Slot of a mention in a prepositional phrase, and the participle a "przez" phrase depends on.  "z X" right
    after a noun of people before the verb is where they come from ("Hakerzy z KRLD ukradli"): ``origin``, read
    as their nationality, not as what the verb takes from."""
    rule, p = gov
    slot: str | None = rule.slot
    if slot == "source" and p > clause.start and (verb is None or p < verb) and _people_noun(tokens[p - 1], people):
        return "origin", None
    if slot == "place":
        if g.actor is not None and g.place is None and g.actor.entity.kind in _ORGANIZATION_KINDS:
            return "venue", None  # "w ministerstwie spraw zagranicznych Rosji", "w zakładach koncernu X"
        facility = g.place is not None and g.place.entity.table == "facility"
        if not facility and not _adjacent(tokens, p + len(rule.words), g.start):
            return None, None
        if p > clause.start and tokens[p - 1].lemmas & authorities:
            # "władze w Pekinie zaprzeczyły": the state, in the slot of "władze"
            return _case_slot(tokens[p - 1].cases(("subst",)), verb is not None and p - 1 > verb), None
        return "place", None
    if slot == "passive_agent":
        anchor = next((k for k in range(p - 1, max(clause.start, p - 4) - 1, -1)
                       if any(_pos(a.tag) == "ppas" for a in tokens[k].analyses)), None)
        return (None, None) if anchor is None else (slot, anchor)
    return slot, None


def _people_noun(token: Token, people: frozenset[str]) -> bool:
    """"hakerzy", "robotnicy": a noun of people, not an adjective that is also one ("współpraca wojskowa")."""
    return any(_pos(a.tag) == "subst" and a.lemma.split(":")[0].lower() in people for a in token.analyses) and not any(
        _pos(a.tag) in _ADJECTIVAL for a in token.analyses)


def _titled(tokens: Sequence[Token], start: int, qualifiers: frozenset[int], lex: Lexicon) -> bool:
    """Does a title or an envoy's noun stand right before the name at ``start``, past the body or state that
    qualifies it ("ambasadora Rosji Gieorgija Zinowjewa")?"""
    titles = lex.classes.get("titles", frozenset()) | lex.classes.get("envoys", frozenset())
    k = start - 1
    while k >= 0 and k in qualifiers:
        k -= 1
    return k >= 0 and not tokens[k].lemmas.isdisjoint(titles)


def _case_slot(cases: frozenset[str], after_verb: bool) -> str | None:
    """Slot of a mention without a preposition, from its case (nominative = accusative: by position)."""
    if "nom" in cases and not ("acc" in cases and after_verb):
        return "subject"
    if "acc" in cases and after_verb and ("gen" not in cases or "nom" in cases):
        return "object"
    if "dat" in cases:
        return "dative"
    if "gen" in cases:
        return "genitive"
    return None


# --- status ------------------------------------------------------------------------------------------------


def verb_status(token: Token) -> str | None:
    """Status from the tense and aspect of one verb form (``None``: not a verb form).

    A form read both ways ("wynoszą": perfective and imperfective) takes its imperfective reading.
    """
    analyses = sorted(token.analyses, key=lambda a: "imperf" not in a.tag.split(":"))
    for a in analyses:
        parts = a.tag.split(":")
        pos = parts[0]
        perfective = "perf" in parts and "imperf" not in parts
        if pos == "praet":
            return "possible" if token.lower.endswith(_CONDITIONAL_ENDINGS) else "completed"
        if pos == "fin":
            return "planned" if perfective else "ongoing"
        if pos == "bedzie":
            return "planned"
        if pos in ("imps", "ppas", "pant"):
            return "completed" if perfective else "ongoing"
        if pos in ("pact", "pcon"):
            return "ongoing"
    return None


def _governing_verb(tokens: Sequence[Token], hit: Hit, clause: Clause) -> int | None:
    """The verb whose tense dates the trigger: the trigger itself, else the nearest finite verb of the clause."""
    head = tokens[hit.head]
    if not hit.nominal and not _poses(head).isdisjoint(_FINITE_OR_PARTICIPLE):
        return hit.head
    for kinds in (_FINITE, _PARTICIPLES):
        candidates = [
            k for k in range(clause.start, clause.end)
            if k != hit.head and tokens[k].kind == "word" and not _poses(tokens[k]).isdisjoint(kinds)
            and _poses(tokens[k]).isdisjoint(_NOMINAL)
        ]
        if candidates:
            before = [k for k in candidates if k < hit.head]
            if not hit.nominal and before:
                return before[-1]
            return min(candidates, key=lambda k: abs(k - hit.head))
    return None


def _cue_status(tokens: Sequence[Token], keys: Sequence[frozenset[str]], lo: int, hi: int, anchor: int,
                lex: Lexicon, statuses: frozenset[str] | None = None) -> str | None:
    """The status of the modality cue in ``tokens[lo:hi]`` nearest to ``anchor``."""
    best: tuple[int, str] | None = None
    k = lo
    while k < hi:
        t = tokens[k]
        found: tuple[str, int] | None = None
        lemmas = keys[k]
        if not lemmas & lex.status_words:
            k += 1
            continue
        for lemma in sorted(lemmas):
            for words, status in lex.status_cues.get(lemma, ()):
                if (statuses is None or status in statuses) and all(
                    k + j < len(keys) and w in keys[k + j] for j, w in enumerate(words)
                ):
                    found = (status, len(words))
                    break
            if found:
                break
        if found is None and lex.reportive_auxiliary in lemmas and (statuses is None or "reported" in statuses):
            nxt = next((j for j in range(k + 1, min(hi, k + 3)) if tokens[j].kind == "word"), None)
            if nxt is not None and any(_pos(a.tag) == "inf" for a in tokens[nxt].analyses):
                past = any(_pos(a.tag) == "praet" for a in t.readings(lex.reportive_auxiliary))
                found = ("reported" if past else "planned", 1)
        if found is None:
            k += 1
            continue
        distance = abs(anchor - k)
        if best is None or distance < best[0]:
            best = (distance, found[0])
        k += found[1]
    return best[1] if best else None


def _reportive(tokens: Sequence[Token], clause: Clause, lex: Lexicon) -> bool:
    """Does the clause hold the reportive auxiliary with its infinitive ("mają produkować")?"""
    for k in range(clause.start, clause.end):
        if tokens[k].readings(lex.reportive_auxiliary) and any(
            _pos(a.tag) == "inf" for j in range(k + 1, min(clause.end, k + 3)) for a in tokens[j].analyses
        ):
            return True
    return False


def _negated(tokens: Sequence[Token], k: int, clause: Clause, lex: Lexicon) -> bool:
    """"nie" right before ``k`` (auxiliaries and "się" between are allowed)."""
    j = k - 1
    while j >= clause.start and tokens[j].lower in _AUXILIARIES:
        j -= 1
    return j >= clause.start and tokens[j].lower in lex.negations


def trigger_status(tokens: Sequence[Token], hit: Hit, clauses: Sequence[Clause],
                   lex: Lexicon | None = None, keys: Sequence[frozenset[str]] | None = None) -> tuple[str, bool]:
    """(status, negated) of a trigger."""
    lex = lex or lexicon()
    keys = keys if keys is not None else word_keys(tokens)
    clause = clauses[hit.clause]
    hi = clause.end if hit.nominal else hit.end
    lo = clause.start
    if hit.reading.speech:
        # a verb of saying: only the words of its own phrase ("Kreml zaprzecza" is a denial made, not denied;
        # "– mówi X" after a quotation does not take the modality of the quotation)
        hi = hit.head
        lo = max([lo] + [k + 1 for k in range(lo, hit.head) if tokens[k].kind == "punct"])
    status = hit.reading.status or _cue_status(tokens, keys, lo, hi, hit.head, lex)
    if status is None and hit.reading.event_type == "statement" and hit.reading.speech:
        # a statement an article quotes has been made, whatever the tense ("– mówi analityk")
        status = "completed" if verb_status(tokens[hit.head]) in ("ongoing", "completed") else None
    verb = _governing_verb(tokens, hit, clause)
    negated = _negated(tokens, hit.head, clause, lex) or (verb is not None and _negated(tokens, verb, clause, lex))
    if status is None and clause.kind == "reported" and clause.parent is not None and not hit.reading.speech:
        parent = clauses[clause.parent]
        status = _cue_status(tokens, keys, parent.start, parent.end, parent.end, lex, lex.complement_statuses)
    if status is None:
        status = (verb_status(tokens[verb]) if verb is not None else None) or "unknown"
    return status, negated


# --- events ------------------------------------------------------------------------------------------------


@dataclass
class _Draft:
    hit: Hit
    event: Event
    certainty: float


def find_events(
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    quantities: Sequence[Quantity],
    dates: Sequence[DateExpr],
    *,
    published_on: dt.date | None,
    paragraphs: Sequence[int] | None = None,
) -> list[Event]:
    """Events of a document, in text order.  ``paragraphs``: the paragraph of each sentence (by index), which
    bounds what an event takes from the sentence before it."""
    lex = lexicon()
    mentions_by, quantities_by = by_sentence(mentions), by_sentence(quantities)
    drafts: list[_Draft] = []
    cues_by: list[list[AttributionCue]] = []
    context = Context()
    for sentence in sentences:
        found, context, cues = _sentence_events(
            sentence,
            mentions_by.get(sentence.index, []),
            quantities_by.get(sentence.index, []),
            [d for d in dates if sentence.start <= d.start < sentence.end],
            published_on=published_on,
            lex=lex,
            context=context,
        )
        drafts.extend(found)
        cues_by.append(cues)
    events = [d.event for d in drafts]
    _cite_quotations(sentences, cues_by, events)
    inherit_partners(events, lex)
    inherit_agents(events, lex)
    inherit_places(events, lex, paragraphs)
    _civilians_of_places_named_before(events, sentences, mentions, lex, paragraphs)
    for ev in events:
        _training_at_home(ev)
        _sold(ev, lex)
    kept = _one_toll_a_sentence([d.event for d in _without_mentions_again(drafts) if has_actor(d.event, lex)])
    kept = _told_on(kept, sentences, quantities_by, cues_by, dates, lex)
    kept = said_again(kept)
    # "Białoruś nie wysłała na Ukrainę ani jednego żołnierza": what the article says did not happen is no event of the
    # document; what a source or a speaker says did not happen is theirs to deny ("denied", kept)
    kept = [ev for ev in kept if not ev.negated or ev.status in ("denied", "possible")]
    _day_of_occasion(kept, lex)
    return kept


def _told_on(events: list[Event], sentences: Sequence[Sentence], quantities_by: Mapping[int, list[Quantity]],
             cues_by: Sequence[Sequence[AttributionCue]], dates: Sequence[DateExpr], lex: Lexicon) -> list[Event]:
    """"Korea Północna wysyła Rosji amunicję koleją. Jeden skład liczy 40 wagonów, a podróż trwa 12 dni.": a
    sentence that tells no event of its own but counts the particulars of a kind of event (``told_on``: the wagons,
    ships, voyages, cargo, travel time or prices of a shipment; the wages and hours of workers sent abroad) goes on
    telling the latest event of that kind between states before it: an event of its type and participants, with the
    sentence's amounts.  Without such an event before it, or when the latest one has an agent other than a state
    ("Angara przewozi ładunki"), none.  The sentence's own sources cite it ("Według HUR Koreańczyk dostaje ok. 300
    dolarów"; ``cues_by``: the cues of each sentence, in order), and its date nearest the amount dates it ("W styczniu
    przez most przejechało 1,9 tys. wagonów")."""
    out: list[Event] = []
    latest: list[Event | None] = [None] * len(lex.told_on)
    told = {ev.sentence for ev in events}
    pending = iter(events)
    ev = next(pending, None)
    for sentence, cues in zip(sentences, cues_by, strict=True):
        while ev is not None and ev.sentence < sentence.index:
            out.append(ev)
            agents = [r for r in ev.roles if r.role == "agent"]
            if agents and all(r.entity.kind == "country" for r in agents):
                latest = [ev if ev.event_type in types else before
                          for (types, _counts), before in zip(lex.told_on, latest, strict=True)]
            ev = next(pending, None)
        if sentence.index in told:
            continue
        amounts = quantities_by.get(sentence.index, [])
        for (_types, counts), before in zip(lex.told_on, latest, strict=True):
            q = next((q for q in amounts if q.counted in counts), None)
            if before is None or q is None:
                continue
            verb = next((t for t in sentence.tokens if not _poses(t).isdisjoint(_FINITE)), None)
            told_again = Event(
                event_type=before.event_type, status=(verb_status(verb) if verb else None) or before.status,
                start=sentence.start, end=sentence.end, text=sentence.text, sentence=sentence.index, trigger=q.text,
                trigger_start=q.start, trigger_end=q.end,
                roles=[Role(r.entity, r.role, None) for r in before.roles if r.role in _ROLE_NAMES],
                quantities=list(amounts))
            told_again.attributions = chain_at(cues, q.start)
            own = [d for d in dates if sentence.start <= d.start < sentence.end]
            told_again.date = min(own, key=lambda d: abs(d.start - q.start)) if own else None
            told_again.confidence = confidence(0.5, told_again)
            out.append(told_again)
            break
    if ev is not None:
        out.append(ev)
    out.extend(pending)
    return out


def said_again(events: list[Event]) -> list[Event]:
    """What a speaker goes on saying ("Dodał, że ...", or further on "– dodaje Zielińska") with no date of its own is
    the statement the speaker made before in the document: an article quoting one expert again and again reports one
    statement of theirs."""
    out: list[Event] = []
    for ev in events:
        agents = {r.entity.name for r in ev.roles if r.role == "agent"}
        cited = {a.cited.name for a in ev.attributions}
        # told by a source the earlier one was not ("Jak podała agencja KCNA, Kim zadeklarował ..."): another report
        if ev.event_type in _SAYING and agents and ev.date is None and any(
                o.event_type == ev.event_type and cited <= {a.cited.name for a in o.attributions}
                and {r.entity.name for r in o.roles if r.role == "agent"} == agents for o in out):
            continue
        out.append(ev)
    return out


def _one_toll_a_sentence(events: list[Event]) -> list[Event]:
    """The dead and the wounded one sentence counts with the same participants are one toll ("Zginęło 14 osób, w
    tym troje dzieci, a 57 zostało rannych"): one casualties event with all the counts."""
    out: list[Event] = []
    for ev in events:
        first = None if ev.event_type != "casualties" else next(
            (o for o in out if o.event_type == ev.event_type and o.sentence == ev.sentence
             and o.negated == ev.negated and o.status == ev.status
             and {(r.role, r.entity.name) for r in o.roles} == {(r.role, r.entity.name) for r in ev.roles}), None)
        if first is None:
            out.append(ev)
            continue
        first.quantities = [*first.quantities, *(q for q in ev.quantities if q not in first.quantities)]
    return out


def _without_mentions_again(drafts: Sequence[_Draft]) -> list[_Draft]:
    """A noun that names an event the document has told already ("Wizyta Ławrowa to sygnał ...": the visit
    reported before) is no new event: same type, agents and status (or none), no other partner or target, and
    no date, count or place of its own."""
    out: list[_Draft] = []
    for d in drafts:
        ev = d.event
        if d.hit.nominal and ev.date is None and not ev.quantities and any(
            o.event.event_type == ev.event_type and _names(o.event, "agent") == _names(ev, "agent")
            and _names(ev, "partner", "target") <= _names(o.event, "partner", "target")
            and ev.status in (o.event.status, "unknown") and _place_of(ev) in (None, _place_of(o.event))
            for o in out
        ):
            continue
        out.append(d)
    return out


def _names(ev: Event, *roles: str) -> frozenset[str]:
    return frozenset(r.entity.name for r in ev.roles if r.role in roles)


def _place_of(ev: Event) -> str | None:
    place = ev.facility or ev.location
    return None if place is None else place.name


def _training_at_home(ev: Event) -> None:
    """Troops trained by their own country ("W bazach w okolicach Pjongjangu szkolenie przechodzi kilka tysięcy
    żołnierzy", after North Korean troops were named) are forces readied, not training given to another party."""
    if ev.event_type != "training":
        return
    agents = {r.entity.name for r in ev.roles if r.role == "agent"}
    partners = {r.entity.name for r in ev.roles if r.role == "partner"}
    if agents and agents == partners:
        ev.event_type = "mobilization"
        ev.roles = [r for r in ev.roles if r.role != "partner"]


def _sold(ev: Event, lex: Lexicon) -> None:
    """"Firma dostarczyła już Polsce ok. 150 haubic K9": what a company delivers it sells, trade rather than the
    transfer or support a state gives (``sold_by``)."""
    frame = lex.frames.get(ev.event_type)
    agents = [r.entity.kind for r in ev.roles if r.role == "agent"]
    if frame is not None and agents and all(k in frame.sold_by for k in agents):
        ev.event_type = "trade"


def by_sentence(items: Iterable[_Located]) -> dict[int, list[_Located]]:
    """Mentions or quantities by the index of their sentence (each sentence's own, found with no scan)."""
    out: dict[int, list[_Located]] = {}
    for item in items:
        out.setdefault(item.sentence, []).append(item)
    return out


def has_actor(ev: Event, lex: Lexicon | None = None) -> bool:
    """Who did it, or how many people or things it was: an event with neither ("do Rosji trafiły pociski",
    "wysyłają Kijowowi broń" with the sender unnamed) says only that something reached someone.  For a type whose
    frame needs a party (``needs_party``), a count alone is not enough ("Zakład zatrudnia ok. 600 pracowników" is
    the size of a workforce, nobody's recruitment)."""
    if any(r.role == "agent" for r in ev.roles):
        return True
    if lex is not None and lex.frame(ev.event_type, {}).needs_party and not ev.roles:
        return False
    return any(q.unit in _COUNTED_UNITS for q in ev.quantities)


@dataclass(frozen=True, slots=True)
class Context:
    """What a sentence may refer back to in the sentences before it.

    Polish leaves out a subject the sentence before has named ("Ławrow ostrzegł ... . Dodał, że ..."), names a
    person again by a title ("Szef rosyjskiej dyplomacji przyleciał ...", "oficer powiedział") and a source by a
    pronoun ("Jak podaje agencja Yonhap, ... . Według niej ...").
    """

    subjects: tuple[EntityRef, ...] = ()  # the named subject of the last sentence that had one
    persons: tuple[EntityRef, ...] = ()  # persons named so far, the latest first
    source: EntityRef | None = None  # whom a pronoun after "według" stands for
    chain: tuple[Attribution, ...] = ()  # the sources that carry ``source``, outermost first
    forces: tuple[EntityRef, ...] = ()  # whose troops the latest deployment sent ("Nowe pododdziały atakują")
    pair: tuple[EntityRef, ...] = ()  # the two states of the latest event between two ("oba kraje", "obie strony")
    cited_before: bool = False  # the sentence right before cited ``chain`` itself


def sentence_events(
    sentence: Sentence,
    mentions: Sequence[Mention],
    quantities: Sequence[Quantity] = (),
    dates: Sequence[DateExpr] = (),
    *,
    published_on: dt.date | None = None,
    lex: Lexicon | None = None,
    context: Context | None = None,
) -> list[Event]:
    """Events of one sentence, given the mentions, quantities and dates found in it (and what the sentences
    before it name: ``context``)."""
    found, _context, _cues = _sentence_events(sentence, mentions, quantities, dates, published_on=published_on,
                                              lex=lex or lexicon(), context=context or Context())
    return [d.event for d in found]


def _with_borrowed_nouns(keys: list[frozenset[str]], tokens: Sequence[Token], quantities: Sequence[Quantity],
                         lex: Lexicon) -> list[frozenset[str]]:
    """A bare amount that counts a noun named elsewhere ("może wysłać kolejne 3–5 tys." after soldiers) stands for
    that noun: its lemma joins the keys of the amount's last word, so a trigger that asks for troops finds them.
    A lemma that is itself a trigger is left out (the amount is no trigger)."""
    if not quantities:
        return keys
    by_end = {t.end: k for k, t in enumerate(tokens)}
    base = tokens[0].i
    out = keys
    for q in quantities:
        k = by_end.get(q.end)
        own = q.counted_token is not None and 0 <= q.counted_token - base < len(tokens) and (
            q.start <= tokens[q.counted_token - base].start < q.end)
        if k is None or q.counted_lemma is None or own:
            continue  # the amount's own noun is in its keys already
        lemma = q.counted_lemma.split()[0]
        if lemma in lex.trigger_words or lemma in keys[k]:
            continue
        out = list(out) if out is keys else out
        out[k] = out[k] | {lemma}
    return out


def _sentence_events(
    sentence: Sentence,
    mentions: Sequence[Mention],
    quantities: Sequence[Quantity],
    dates: Sequence[DateExpr],
    *,
    published_on: dt.date | None,
    lex: Lexicon,
    context: Context,
) -> tuple[list[_Draft], Context, list[AttributionCue]]:
    """Events of one sentence (as drafts: the trigger that found each), the context it leaves to the next one
    and its attribution cues."""
    tokens = sentence.tokens
    if not tokens:
        return [], context, []
    base = tokens[0].i
    clauses = split_clauses(tokens, lex)
    keys = _with_borrowed_nouns(word_keys(tokens), tokens, quantities, lex)
    referent = _referent(context)
    cues = find_cues(sentence, mentions, keys, referent=referent, chain=_chain_of(referent, context),
                     persons=context.persons)
    cues = [c for c in cues if not _acting_subject(tokens, c) and not _across_clauses(tokens, clauses, c)]
    speech = {c.speech_token - base: c for c in cues if c.speech_token is not None}
    sources = [c.phrase for c in cues]
    participants = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in sources)] if sources \
        else list(mentions)
    groups = _group_mentions(participants, base)
    if context.pair and any(not k.isdisjoint(_BOTH) or "strona" in k for k in keys):
        groups = _both_sides(sentence, groups, context.pair, lex)
    hits = [h for h in find_triggers(tokens, clauses, mentions, lex, keys) if h.reading.speech or h.head not in speech]
    in_cues = frozenset(k for k, t in enumerate(tokens) if any(s <= t.start < e for s, e in sources)) if sources \
        else frozenset()
    # a verb of saying inside a cue ("Jak mówiła X, ...") only cites; as the cue's own verb it states; a word of a
    # cue read as another trigger ("Jak przekazała NIS, Rosja płaci ...") is none, and takes no event's place
    hits = [h for h in hits if h.head not in in_cues or (h.reading.speech and h.head in speech)]
    hits = keep_hits(tokens, hits, clauses, lex)
    hits = hits + _gapped(tokens, clauses, hits, lex, keys)
    hits = [h for h in hits if h.head not in in_cues or (h.reading.speech and h.head in speech)]
    heads = frozenset(h.head for h in hits)
    # with no trigger, only the first clause matters: its subject is what the next sentence may leave out
    slots = [clause_slots(tokens, c, groups, lex, in_cues, heads) if hits or n == 0 else []
             for n, c in enumerate(clauses)]
    fronted = _fronted_cues(tokens, sources)
    slots = [_implicit_subject(sentence, n, clauses, own, in_cues, context, lex, fronted)
             for n, own in enumerate(slots)]
    slots = _relative_subjects(tokens, clauses, slots, groups, lex)
    slots = [_titled_persons(sentence, own, mentions, context, lex) for own in slots]
    slots = _speaker_goes_on(tokens, clauses, slots, speech, mentions, lex)
    if context.forces:
        slots = [_known_forces(sentence, clause, own, in_cues, context.forces, lex) if n == 0 or clause.kind != "relative"
                 else _known_forces(sentence, clause, own, in_cues, context.forces, lex, clauses[n - 1])
                 for n, (clause, own) in enumerate(zip(clauses, slots, strict=True))]
    states = tuple(e for e in context.subjects if e.kind == "country")
    if len(states) == 1:
        slots = [_possessed_troops(sentence, clause, own, in_cues, states[0], lex)
                 for clause, own in zip(clauses, slots, strict=True)]
    slots = _reported_subjects(sentence, clauses, slots, hits, speech, in_cues, lex)
    busy = {h.clause for h in hits}
    drafts = []
    for hit in hits:
        draft = _draft(sentence, hit, clauses, slots, busy, cues, speech, lex, keys, mentions, hits)
        if draft is not None:
            drafts.append(draft)
    _apply_exchange(tokens, drafts, clauses, lex)
    _share_objects(tokens, drafts, lex)
    _link_dates(tokens, drafts, clauses, dates, lex)
    _link_quantities(drafts, quantities)
    _owners_act(drafts, lex, context.forces, tokens)
    troops = _troops_of(tokens, mentions, lex)  # the state whose forces the sentence names, if one
    _sent_by_own_forces(drafts, troops)
    drafts = _split_by_time(drafts, dates)
    _by_speaker(drafts)
    drafts = _statements_alone(drafts, clauses, lex, sentence)
    drafts += _briefings_held(drafts, mentions, keys, lex)
    out = []
    for d in drafts:
        ev = d.event
        _lasting_days(ev, tokens, quantities, lex)
        _years_before(ev, d.hit.start, tokens, quantities, lex)
        if published_on and ev.date and ev.status in ("planned", "possible") and _ahead(tokens, clauses[d.hit.clause],
                                                                                        ev.date):
            ev.date = _next_occurrence(ev.date, published_on)
        if published_on and ev.date and ev.status in ("planned", "possible"):
            ev.date = _from_publication(ev.date, published_on)
        if published_on and ev.date and ev.date.date_from and ev.date.date_from > published_on and (
            ev.status not in ("possible", "agreed", "denied")
        ):
            ev.status = "planned"  # "possible" and "agreed" say more about what is to come
        if not ev.attributions and context.cited_before and context.chain and (
            ev.status == "reported" or ev.status == "planned" and _reportive(tokens, clauses[d.hit.clause], lex)
        ):
            # "Jak podaje NIS, ... . Do portów miało trafić 13 tys. kontenerów", "Według wywiadu ... . Zakłady mają
            # produkować 15 rakiet miesięcznie": the reportative "mieć" goes on reporting what the sentence before cited
            ev.attributions = list(context.chain)
        _said_not_done(ev)
        if _worth_keeping(ev) or lex.frame(ev.event_type, {}).inherit_agent:
            ev.confidence = confidence(d.certainty, ev)
            out.append(d)
    if not any(_worth_keeping(d.event) for d in out):
        out += _opinion(sentence, cues, lex)
    following = _next_context(sentence, mentions, cues, slots, context)
    deployed = [d.event for d in drafts if d.event.event_type == "troop_deployment"]
    forces = next((tuple(r.entity for r in ev.roles if r.role == "agent" and r.entity.kind == "country")
                   for ev in reversed(deployed) if any(r.role == "agent" for r in ev.roles)), ())
    forces = forces or (() if context.forces else troops)
    if forces:
        following = dataclasses.replace(following, forces=forces)
    pair = next((p for p in (two_states(d.event) for d in reversed(drafts)) if p), ())
    following = dataclasses.replace(following, pair=pair or context.pair)
    return out, following, cues


def _opinion(sentence: Sentence, cues: Sequence[AttributionCue], lex: Lexicon) -> list[_Draft]:
    """"Zdaniem Kowalskiego wymiana skurczyłaby się ...", "Według gubernatora X miny mogą zalegać na ...", "Według
    Instytutu X niedożywionych jest 40 proc. mieszkańców": a sentence that tells no event but the opinion of a person or
    a body that assesses (``opinion_speakers``) is its statement (``opinion_cues``); its accusation when the opinion
    is that a norm is broken, its denial when that none is ("W ocenie MSMT współpraca narusza rezolucje")."""
    tokens = sentence.tokens
    for cue in cues:
        if (cue.attribution.position != 1 or cue.attribution.cited.kind not in lex.opinion_speakers
                or cue.speech_token is not None):
            continue
        first = next((k for k, t in enumerate(tokens) if t.start >= cue.attribution.start), None)
        if first is None:
            continue
        words = next((c for c in lex.opinion_cues if _matches_at(tokens, first, c)), None)
        if words is None:
            continue
        last = tokens[first + len(words) - 1]
        # "W ocenie MSMT współpraca obu państw narusza rezolucje": an opinion that a norm is broken accuses
        said = _denying(tokens[first + len(words):], lex)
        kind = "accusation" if "@accuses" in said else "denial" if "@denies" in said else "statement"
        ev = Event(event_type=kind, status="completed", start=sentence.start, end=sentence.end,
                   text=sentence.text, sentence=sentence.index, trigger=sentence.text[
                       tokens[first].start - sentence.start : last.end - sentence.start],
                   trigger_start=tokens[first].start, trigger_end=last.end,
                   roles=[Role(cue.attribution.cited, "agent", cue.mention)])
        ev.confidence = confidence(0.5, ev)
        hit = Hit(first, first + len(words), first, _OPINION, 0, True, words[0])
        return [_Draft(hit, ev, 0.5)]
    return []


def _said_not_done(ev: Event) -> None:
    """A negated event a source tells of is a denial."""
    if ev.negated and ev.attributions and ev.status != "possible":
        ev.status = "denied"  # "Chiny nigdy nie dostarczały broni" - said by a source: it denies


def quotations(sentences: Sequence[Sentence]) -> list[tuple[int, int, int, int]]:
    """Quotations that run over more than one sentence: (first sentence, last sentence, offset of the opening
    mark, offset of the closing mark).  A quotation left open for more than ``_QUOTED_SENTENCES`` sentences is
    taken for a stray mark."""
    out = []
    opened: tuple[int, int] | None = None  # (sentence, offset)
    for n, sentence in enumerate(sentences):
        if opened is not None and n - opened[0] > _QUOTED_SENTENCES:
            opened = None
        for t in sentence.tokens:
            if t.text in CLOSING_QUOTES and opened is not None:  # a straight mark closes what it opened
                if opened[0] < n:
                    out.append((opened[0], n, opened[1], t.start))
                opened = None
            elif t.text in OPENING_QUOTES and opened is None:
                # a straight mark may end the sentence before the one it opens ('... – mówi X. "')
                opened = (n + (t is sentence.tokens[-1]), t.start)
    return out


def _cite_quotations(sentences: Sequence[Sentence], cues_by: Sequence[Sequence[AttributionCue]],
                     events: Sequence[Event]) -> None:
    """Events inside a quotation of several sentences that cite nobody cite whom it quotes: the speaker named
    after the closing mark ("„... . To oni ostrzeliwują Sumszczyznę” – powiedział rzecznik HUR Andrij Jusow"),
    or before the opening one ("Budanow mówi: „... . ...”") - not the speaker's own statements."""
    for first, last, opening, closing in quotations(sentences):
        after = [c for c in cues_by[last] if c.attribution.start > closing and c.covers(closing - 1)]
        before = [c for c in cues_by[first] if c.attribution.end <= opening and c.covers(opening + 1)]
        chain = chain_at(after, closing - 1) if after else chain_at(before, opening + 1)
        if not chain:
            continue
        speaker = chain[-1].cited
        for ev in events:
            if opening < ev.trigger_start < closing and not ev.attributions and all(
                r.entity != speaker for r in ev.roles
            ):
                ev.attributions = list(chain)
                _said_not_done(ev)


def _across_clauses(tokens: Sequence[Token], clauses: Sequence[Clause], cue: AttributionCue) -> bool:
    """"Obroty Rosji z KRLD wyniosły 52 mln dolarów, jednak eksperci szacują realną wymianę na więcej": a verb of
    saying has its speaker in its own clause; a name in the coordinate clause before it ("KRLD") is none."""
    if cue.speech_token is None:
        return False
    base = tokens[0].i
    verb, name = cue.speech_token - base, cue.mention.token_start - base
    return name < verb and any(c.kind == "coordinate" and name < c.start <= verb for c in clauses)


def _acting_subject(tokens: Sequence[Token], cue: AttributionCue) -> bool:
    """"Według autorów raportu Pjongjang dostarczył ...": a name in the nominative right before the verb of the
    sentence is the subject of that verb, not the source a cue without a verb of its own cites."""
    m = cue.mention
    k = m.token_end - tokens[0].i
    if cue.speech_token is not None or m.via == "pronoun" or not 0 <= k < len(tokens) or "nom" not in m.case:
        return False
    if m.case & {"gen", "dat", "inst", "loc"}:
        return False
    verb = tokens[k]
    return verb.kind == "word" and any(_pos(a.tag) in ("fin", "praet") for a in verb.analyses) and not any(
        _pos(a.tag) in _NOMINAL for a in verb.analyses
    )


def _referent(context: Context) -> EntityRef | None:
    """Whom "według niego" or a bare title ("oficer powiedział") stands for: the source or person before."""
    if context.source is not None:
        return context.source
    return context.persons[0] if context.persons else None


def _chain_of(referent: EntityRef | None, context: Context) -> tuple[Attribution, ...]:
    """The outer sources of the referent ("cytowany przez Ukrinform oficer": Ukrinform carries him)."""
    if referent is None or not context.chain or context.chain[-1].cited != referent:
        return ()
    return context.chain[:-1]


def _fronted_cues(tokens: Sequence[Token], sources: Sequence[tuple[int, int]]) -> frozenset[int]:
    """Tokens of cues set off by a comma ("Jak informuje agencja KCNA, spotkała się ..."): none of them is the
    subject of what follows."""
    out: set[int] = set()
    for s, e in sources:
        inside = [k for k, t in enumerate(tokens) if s <= t.start < e]
        after = next((t for t in tokens if t.start >= e), None)
        if inside and after is not None and after.text == ",":
            out.update(inside)
    return frozenset(out)


def _implicit_subject(sentence: Sentence, n: int, clauses: Sequence[Clause], own: list[Slotted],
                      skip: frozenset[int], context: Context, lex: Lexicon,
                      fronted: frozenset[int] = frozenset()) -> list[Slotted]:
    """The slots of a clause with the subject it leaves unnamed: a title that names a person again ("Szef
    rosyjskiej dyplomacji przyleciał", "przywódca KRLD zadeklarował": the Russian, the North Korean named
    before), or nothing at all ("Dodał, że ...": the subject of the sentence before).  A clause that names its
    subject, or has no finite verb, keeps its slots."""
    clause = clauses[n]
    tokens = sentence.tokens
    if clause.kind not in ("main", "reported") or not (context.persons or context.subjects):
        return own
    verb = _main_verb(tokens, clause, skip)
    if verb is None or tokens[verb].lemma in ("być", "mieć") or any(
        _pos(a.tag) == "imps" for a in tokens[verb].analyses
    ) or any(t.lower == "się" for t in tokens[verb : verb + 2]):
        return own
    titles = lex.classes.get("titles", frozenset())
    title = next((k for k in range(clause.start, min(clause.end, verb + 2)) if k not in skip
                  and tokens[k].lemmas & titles and _singular_nominative(tokens[k])), None)
    named = [s for s in own if s.slot == "subject" and s.group.actor is not None
             and s.group.actor.entity.kind != "country"]
    if named or (title is not None and any(s.group.start == title + 1 and s.group.actor is not None
                                           and s.group.actor.entity.kind == "person" for s in own)):
        return own
    if title is not None:
        attributes = [s for s in own if s.group.actor is not None and s.group.actor.entity.kind == "country"
                      and -1 <= s.group.start - title <= 3]
        country = next((s.group.actor.entity.country or s.group.actor.entity.name for s in attributes
                        if s.group.actor is not None), None)
        person = next((p for p in context.persons if country is None or p.country == country), None)
        if person is None:
            return own
        rest = [s for s in own if s not in attributes]
        return [_pronoun_slot(sentence, title, title + 1, person)] + rest
    if n > 0 or any(s.slot in ("subject", "nationality") for s in own) or not context.subjects or (
        _nominal_before(tokens, clause.start, verb, fronted) or _nominative_before(tokens, verb, clause.end)
        or _numeral_subject(tokens, verb, clause.end, lex.classes.get("intransitive", frozenset()))
    ):
        return own  # a noun may be the subject ("dron trafił"): nothing is left unnamed
    singular = any(_pos(a.tag) in _FINITE and "sg" in a.numbers for a in tokens[verb].analyses)
    if singular != (len(context.subjects) == 1):
        return own
    return [_pronoun_slot(sentence, clause.start, clause.start, e) for e in context.subjects] + own


def _forms(token: Token, pos: frozenset[str], case: str | None = None) -> frozenset[tuple[str, str]]:
    """(number, gender) pairs of a token's readings of the given parts of speech, in ``case`` if given
    ("która": sg f)."""
    out: set[tuple[str, str]] = set()
    for a in token.analyses:
        if _pos(a.tag) in pos and (case is None or case in a.cases):
            out |= _tag_forms(a.tag)
    return frozenset(out)


@functools.cache
def _tag_forms(tag: str) -> frozenset[tuple[str, str]]:
    """(number, gender) pairs of one morfeusz tag ("adj:pl:nom.voc:m2.m3.f.n:pos": pl with four genders)."""
    parts = tag.split(":")[1:]
    numbers = [n for p in parts for n in p.split(".") if n in ("sg", "pl")]
    genders = [g for p in parts for g in p.split(".") if g in _GENDERS]
    return frozenset((n, g) for n in numbers for g in genders or _GENDERS)


def _relative_subjects(tokens: Sequence[Token], clauses: Sequence[Clause], slots: list[list[Slotted]],
                       groups: Sequence[Group], lex: Lexicon) -> list[list[Slotted]]:
    """A relative clause opened by a nominative "który" has its antecedent as subject ("analogię z Koreą
    Północną, która dostarcza Rosji amunicję": North Korea delivers).

    The antecedent is the mention that ends right before the comma and agrees with the pronoun in number and
    gender; a mention in a place phrase ("zakładów w Rosji, które") is not the antecedent.
    """
    out = list(slots)
    for n, clause in enumerate(clauses):
        if clause.kind != "relative" or n == 0 or any(s.slot in ("subject", "nationality") for s in slots[n]):
            continue
        if _partitive_opening(tokens, clause):
            out[n] = _owner_goes_on(tokens, clause, slots[n],
                                    slots[clause.parent if clause.parent is not None else n - 1], lex)
            continue
        pronoun = next((k for k in range(clause.start, min(clause.end, clause.start + 1 + lex.relative_window))
                        if "który" in tokens[k].lemmas), None)
        if pronoun is None or pronoun != clause.start:
            continue  # "za pomocą których", "z których część": not the subject
        forms = _forms(tokens[pronoun], _ADJ, "nom")
        if not forms:
            continue
        comma = clause.start - 1
        antecedent = next((g for g in groups if g.end == comma and g.actor is not None
                           and g.actor.via not in ("adjective", "pronoun")), None)
        if antecedent is None:
            continue
        head = tokens[antecedent.end - 1]
        head_forms = _forms(head, _NOMINAL_OR_ADJ)
        if head_forms and not head_forms & forms:
            continue
        before = _preceding_word(tokens, antecedent.start, clauses[n - 1].start)
        if before is not None and any(r.slot == "place" and (r.case is None or r.case in antecedent.mention.case)
                                      for r in lex.prepositions.get(tokens[before].lower, ()) if len(r.words) == 1):
            continue  # "zakładów w Rosji, które": the place is not what the clause is about
        verb = _main_verb(tokens, clause, frozenset())
        slot = "object" if verb is not None and _is_passive(tokens, verb) else "subject"
        out[n] = [Slotted(antecedent, slot), *slots[n]]
    return out


def _partitive_opening(tokens: Sequence[Token], clause: Clause) -> bool:
    """Does a relative clause open with a part of what was named before ("z czego", "z których")?"""
    return clause.end - clause.start > 2 and tokens[clause.start].lower in ("z", "ze") and (
        tokens[clause.start + 1].lower == "czego" or "który" in tokens[clause.start + 1].lemmas)


def _owner_goes_on(tokens: Sequence[Token], clause: Clause, own: list[Slotted],
                   parent: Sequence[Slotted], lex: Lexicon) -> list[Slotted]:
    """"Rosja otrzymała ok. 250 pocisków, z czego wystrzeliła już ponad 180": a clause about a part of the things
    named before, with a verb and no subject of its own, goes on with the subject of the clause it hangs on when
    the verb agrees with it (not "z których 2 tys. zginęło": the amount is the subject)."""
    verb = _main_verb(tokens, clause, frozenset())
    subjects = [s for s in parent if s.slot == "subject" and s.group.mention.entity.kind not in lex.telling_kinds]
    if verb is None or not subjects or any(s.slot in ("subject", "nationality") for s in own) or _numeral_subject(
            tokens, verb, clause.end) or _could_be_subject(tokens, clause.start + 2, verb) or not _verb_agrees(
            tokens[verb], tokens[subjects[0].group.start : subjects[0].group.end]):
        return own  # "z których część walczy": the part is the subject
    return [Slotted(s.group, "subject") for s in subjects] + own


def _titled_persons(sentence: Sentence, own: list[Slotted], mentions: Sequence[Mention], context: Context,
                    lex: Lexicon) -> list[Slotted]:
    """"podczas wizyty rosyjskiego przywódcy": a nationality adjective on a title that names one person is the
    latest person of that country named before (in the sentence or the ones before it)."""
    tokens = sentence.tokens
    titles = lex.classes.get("titles", frozenset())
    out = []
    for s in own:
        g = s.group
        m = g.actor
        if m is None or m.via != "adjective" or m.entity.kind != "country" or g.end >= len(tokens) or not (
            tokens[g.end].lemmas & titles and any(_pos(a.tag) == "subst" and "sg" in a.numbers
                                                   for a in tokens[g.end].analyses)
        ):
            out.append(s)
            continue
        here = [x.entity for x in sorted(mentions, key=lambda x: -x.start)
                if x.entity.kind == "person" and x.entity.table == "actor" and x.end <= m.start]
        person = next((p for p in (*here, *context.persons) if p.country == m.entity.name), None)
        if person is None:
            out.append(s)
            continue
        out.append(Slotted(_pronoun_slot(sentence, g.start, g.end + 1, person, s.slot).group, s.slot, s.anchor))
    return out


def two_states(ev: Event) -> tuple[EntityRef, ...]:
    """The two states an event is between (a person acts for their state), if exactly two."""
    states = list(dict.fromkeys(
        r.entity.name if r.entity.kind == "country" else r.entity.country for r in ev.roles
        if r.entity.kind == "country" or (r.entity.kind == "person" and r.entity.country)
    ))
    return tuple(_country_actor(name) for name in states if name) if len(states) == 2 else ()


def _both_sides(sentence: Sentence, groups: list[Group], pair: tuple[EntityRef, ...], lex: Lexicon) -> list[Group]:
    """"oba państwa zawarły umowę", "między oboma krajami", "współpracy wojskowej obu państw": both sides are the
    two states of the latest event between two states; each gets a mention of its own on the words."""
    tokens = sentence.tokens
    sides = lex.classes.get("sides", frozenset())
    out = list(groups)
    for k in range(len(tokens)):
        if _the_parties(tokens, k):
            span = (k, k)  # "strony podpisały pięć dokumentów": the parties, with no "obie"
        elif k + 1 < len(tokens) and not tokens[k].lemmas.isdisjoint(_BOTH) and not tokens[k + 1].lemmas.isdisjoint(
            sides
        ):
            span = (k, k + 1)
        else:
            continue
        if any(g.start <= span[1] and span[0] < g.end for g in groups):
            continue
        first, last = tokens[span[0]], tokens[span[1]]
        cases = (first.cases(("num",)) & last.cases(("subst",))) if span[0] != span[1] else last.cases(("subst",))
        for state in pair:
            m = Mention(entity=state, start=first.start, end=last.end,
                        text=sentence.text[first.start - sentence.start : last.end - sentence.start],
                        sentence=sentence.index, token_start=first.i, token_end=last.i + 1, via="pronoun",
                        case=cases)
            out.append(Group(span[0], span[1] + 1, m, None))
    return sorted(out, key=lambda g: (g.start, g.start - g.end))


def _the_parties(tokens: Sequence[Token], k: int) -> bool:
    """"strony" in the nominative plural, the subject (not "ze strony", "po obu stronach", "z jednej strony": after a
    preposition, a word of both, an adjective or a numeral)."""
    t = tokens[k]
    if t.lower != "strony" or (k > 0 and (_is_preposition(tokens[k - 1]) or not tokens[k - 1].lemmas.isdisjoint(
            _BOTH) or any(_pos(a.tag) in ("adj", "num") for a in tokens[k - 1].analyses))):
        return False
    return any(a.lemma == "strona" and a.tag.startswith("subst:pl:nom") for a in t.analyses)


def _known_forces(sentence: Sentence, clause: Clause, own: list[Slotted], skip: frozenset[int],
                  forces: tuple[EntityRef, ...], lex: Lexicon, antecedent: Clause | None = None) -> list[Slotted]:
    """"Nowe pododdziały atakują", "część weteranów została wycofana": soldiers named without their country,
    after a deployment, are the deployed country's (``forces``).  Only a clause with no subject or nationality
    of its own, and a noun of troops outside a prepositional phrase; a relative clause also looks at the noun
    it hangs on ("do jednostek, które poniosły straty")."""
    if any(s.slot in ("subject", "nationality") for s in own):
        return own
    tokens = sentence.tokens
    troops = lex.classes.get("troops", frozenset())
    candidates = list(range(clause.start, clause.end))
    if antecedent is not None and clause.start >= 2:
        candidates.insert(0, clause.start - 2)  # the noun before the comma
    for k in candidates:
        t = tokens[k]
        if k in skip or not t.lemmas & troops or not t.cases(("subst",)) & {"nom", "gen"}:
            continue
        j = _preceding_word(tokens, k, antecedent.start if antecedent is not None and k < clause.start
                            else clause.start)
        if j is not None and _is_preposition(tokens[j]) and k >= clause.start:
            continue
        if j is not None and tokens[j].kind == "word" and any(
            m.via == "adjective" for s in own for m in (s.group.mention,) if s.group.start == j
        ):
            continue
        return [_pronoun_slot(sentence, k, k + 1, e, "nationality") for e in forces] + own
    return own


def _possessed_troops(sentence: Sentence, clause: Clause, own: list[Slotted], skip: frozenset[int], state: EntityRef,
                      lex: Lexicon) -> list[Slotted]:
    """"Korea Północna wspiera Rosję. Jej żołnierze walczą pod Kurskiem": troops named with a possessive pronoun
    ("jej", "jego") are those of the state the sentence before had as its subject, in a clause with no subject or
    nationality of its own."""
    if any(s.slot in ("subject", "nationality") for s in own):
        return own
    tokens = sentence.tokens
    troops = lex.classes.get("troops", frozenset())
    possessives = lex.classes.get("possessives", frozenset())
    for k in range(clause.start + 1, clause.end):
        if k not in skip and tokens[k].lemmas & troops and tokens[k - 1].lower in possessives:
            return [_pronoun_slot(sentence, k - 1, k + 1, state, "nationality"), *own]
    return own


def _speaker_goes_on(tokens: Sequence[Token], clauses: Sequence[Clause], slots: list[list[Slotted]],
                     speech: Mapping[int, AttributionCue], mentions: Sequence[Mention],
                     lex: Lexicon) -> list[list[Slotted]]:
    """The speaker of a cue (whose words are a source, not a participant) is the subject of a verb joined to the
    cue's verb by "i" ("Gubernator X poinformował o pożarze i zarządził ewakuację"), and of what a verb of
    announcing names ("Wielka Brytania, Francja i Niemcy w oświadczeniu zapowiedziały sankcje")."""
    out = list(slots)
    base = tokens[0].i if tokens else 0
    announcing = lex.classes.get("announcements", frozenset())
    for k, cue in speech.items():
        n = next((c for c, clause in enumerate(clauses) if clause.start <= k < clause.end), None)
        if n is None or any(s.slot == "subject" for s in slots[n]) or cue.mention.via == "pronoun":
            continue
        clause = clauses[n]
        joined = any(tokens[j].lower in ("i", "oraz") and any(_pos(a.tag) in _FINITE for a in tokens[j + 1].analyses)
                     for j in range(k + 1, clause.end - 1))
        if not joined and not tokens[k].lemmas & announcing:
            continue
        speakers = _coordinated_speakers(tokens, cue.mention, mentions)
        out[n] = [Slotted(Group(m.token_start - base, m.token_end - base, m, None), "subject")
                  for m in speakers] + slots[n]
    return out


def _reported_subjects(sentence: Sentence, clauses: Sequence[Clause], slots: list[list[Slotted]],
                       hits: Sequence[Hit], speech: Mapping[int, AttributionCue], skip: frozenset[int],
                       lex: Lexicon) -> list[list[Slotted]]:
    """What a person or a state says of itself leaves the subject out: "Łukaszenka zapowiedział, że chce
    odwiedzić Pjongjang" (Łukaszenka visits), "Rosja zapowiedziała, że wyśle wojska" (Russia sends).

    A reported clause whose finite verb is in the third person and agrees with the speaker in number (and
    gender, in the past tense), with no noun that could be its subject, takes the speaker of the clause it
    depends on as subject ("zaprzeczają, że doszło do transferu" does not agree: the transfer is no speaker's).
    """
    tokens = sentence.tokens
    out = list(slots)
    for n, clause in enumerate(clauses):
        if clause.kind != "reported" or clause.parent is None or any(
            s.slot in ("subject", "nationality") for s in slots[n]
        ):
            continue
        said_in, said_by = clauses[clause.parent], slots[clause.parent]
        if said_in.kind == "resumed" and said_in.parent is not None and not any(s.slot == "subject" for s in said_by):
            # "Spółka X, która zarządza terminalem, zapowiedziała, że ...": the subject before the relative clause
            said_by = [s for s in slots[said_in.parent] if s.slot == "subject"] + list(said_by)
        speakers = _speakers(tokens, said_in, said_by, hits, speech, lex, lex.statement_speakers | lex.self_reporting)
        if not speakers:
            continue
        verb = _main_verb(tokens, clause, skip)
        if verb is None or tokens[verb].lemma in ("być", "mieć") or any(
            _pos(a.tag) == "imps" for a in tokens[verb].analyses
        ) or any(t.lower == "się" for t in tokens[verb : verb + 2]):
            continue
        if _could_be_subject(tokens, clause.start, verb) or _nominative_before(tokens, verb, clause.end) \
                or _numeral_subject(tokens, verb, clause.end, lex.classes.get("intransitive", frozenset())):
            continue
        if not _agrees(tokens, tokens[verb], speakers):
            continue
        out[n] = [_pronoun_slot(sentence, clause.start, clause.start, m.entity) for m in speakers] + slots[n]
    return out


def _could_be_subject(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Could a noun, gerund or pronoun between ``lo`` and ``hi`` be a nominative ("że rozminowywanie potrwa")?  Not
    a preposition that morfeusz also reads as a noun ("do końca miesiąca": "do" the musical note)."""
    return any(t.kind == "word" and "nom" in t.cases(("subst", "ger", "ppron3", "ppron12", "depr"))
               and not _is_preposition(t) for t in tokens[lo:hi])


def _agrees(tokens: Sequence[Token], verb: Token, speakers: Sequence[Mention]) -> bool:
    """Can ``speakers`` be the subject of ``verb``: third person, the same number and, when both tell it,
    the same gender ("Rosja zapowiedziała, że wyśle": yes; "władze zaprzeczają, że doszło": no)?"""
    wanted: set[tuple[str, str]] = set()
    if len(speakers) > 1:
        wanted = {("pl", g) for g in _GENDERS}
    else:
        m = speakers[0]
        base = tokens[0].i
        k = m.token_start - base
        if 0 <= k < len(tokens):
            wanted = set(_forms(tokens[k], _NOMINAL_OR_ADJ))
        if not wanted:
            wanted = {("sg", g) for g in _GENDERS}
    return any(_pos(a.tag) in _FINITE and not {"pri", "sec"} & set(a.tag.split(":")) and _tag_forms(a.tag) & wanted
               for a in verb.analyses)


def _speakers(tokens: Sequence[Token], clause: Clause, own: Sequence[Slotted], hits: Sequence[Hit],
              speech: Mapping[int, AttributionCue], lex: Lexicon, kinds: frozenset[str] | None = None) -> list[Mention]:
    """The persons or states (or entities of ``kinds``) whose verb of saying is the predicate of ``clause``."""
    kinds = lex.statement_speakers if kinds is None else kinds
    for k in range(clause.start, clause.end):
        cue = speech.get(k)
        if cue is not None:
            return [cue.mention] if cue.mention.entity.kind in kinds else []
    if any(h.reading.speech and clause.start <= h.head < clause.end for h in hits):
        found = [s.group.actor for s in own if s.slot == "subject" and s.group.actor is not None
                 and s.group.actor.via != "adjective"]
        if found and all(m.entity.kind in kinds for m in found):
            return found
    return []


def _singular_nominative(token: Token) -> bool:
    """"oficer", "przywódca" name one person; "analitycy" do not."""
    return any(_pos(a.tag) == "subst" and "nom" in a.cases and "sg" in a.numbers for a in token.analyses)


def _pronoun_slot(sentence: Sentence, k: int, end: int, entity: EntityRef, slot: str = "subject") -> Slotted:
    """A subject (or nationality) slot for an entity the clause names only by a title or not at all."""
    t = sentence.tokens[k]
    mention = Mention(entity=entity, start=t.start, end=t.end, text=t.text, sentence=sentence.index,
                      token_start=t.i, token_end=t.i + 1, via="pronoun", case=frozenset({"nom"}))
    return Slotted(Group(k, end, mention, None), slot)


def _next_context(sentence: Sentence, mentions: Sequence[Mention], cues: Sequence[AttributionCue],
                  slots: Sequence[Sequence[Slotted]], context: Context) -> Context:
    """The context after a sentence: its subject, the persons it names, its last cited source."""
    named = [m.entity for m in mentions if m.entity.table == "actor" and m.entity.kind == "person"]
    persons = tuple(dict.fromkeys([*reversed(named), *context.persons]))[:8]
    subjects = tuple(dict.fromkeys(
        s.group.actor.entity for s in (slots[0] if slots else ()) if s.slot == "subject" and s.group.actor is not None
        and s.group.actor.via != "adjective"
    ))
    speakers = [c for c in cues if c.speech_token is not None]
    if speakers and not subjects:
        subjects = (speakers[-1].attribution.cited,)
    source, chain = context.source, context.chain
    if cues:
        last = max(cues, key=lambda c: c.attribution.start)
        chain = tuple(chain_at(cues, last.scope_start)) or (last.attribution,)
        source = chain[-1].cited
    elif subjects and subjects[0].kind == "person":
        source, chain = subjects[0], ()
    return Context(subjects=subjects or context.subjects, persons=persons, source=source, chain=chain,
                   forces=context.forces, pair=context.pair, cited_before=bool(cues))


def _draft(
    sentence: Sentence,
    hit: Hit,
    clauses: Sequence[Clause],
    slots: Sequence[Sequence[Slotted]],
    busy: set[int],
    cues: Sequence[AttributionCue],
    speech: Mapping[int, AttributionCue],
    lex: Lexicon,
    keys: Sequence[frozenset[str]],
    mentions: Sequence[Mention] = (),
    others: Sequence[Hit] = (),
) -> _Draft | None:
    tokens = sentence.tokens
    clause = clauses[hit.clause]
    reading = hit.reading
    event_type = reading.event_type
    if reading.goes_on is not None and _told_in_present(tokens, hit, clause):
        event_type = reading.goes_on
    frame = lex.frame(event_type, reading.roles)
    head = tokens[hit.head]
    first, last = tokens[clause.start], tokens[clause.end - 1]
    trigger_end = tokens[hit.end - 1].end
    status, negated = trigger_status(tokens, hit, clauses, lex, keys)

    def text(a: int, b: int) -> str:
        return sentence.text[a - sentence.start : b - sentence.start]

    event = Event(
        event_type=event_type, status=status, start=first.start, end=last.end,
        text=text(first.start, last.end), sentence=sentence.index, trigger=text(head.start, trigger_end),
        trigger_start=head.start, trigger_end=trigger_end, negated=negated,
    )
    if reading.speech:
        cue = _speaking_cue(speech.get(hit.head), cues, head, last, lex)
        subjects = [r for r in _roles(tokens, hit, clauses, slots, frame, others, lex) if r.role == "agent"]
        quoted = clause.kind == "reporting"
        named_after = [r for r in subjects if r.mention is not None and r.mention.via != "pronoun"
                       and r.mention.start > head.start]
        if cue is not None and not (quoted and cue.mention.via == "pronoun" and named_after):
            # "Moskwa i Pjongjang przyznały": every coordinated speaker
            roles = [Role(m.entity, "agent", m) for m in _coordinated_speakers(tokens, cue.mention, mentions)]
        elif cue is None and _after_dash(tokens, hit.head, clause.start):
            # "Rosja otrzymała pociski – ogłosił sekretarz stanu Antony Blinken": the person after the verb
            roles = [Role(m.entity, "agent", m) for m in mentions if m.entity.kind == "person"
                     and m.entity.table == "actor" and m.start > head.start and m.via != "adjective"][:1] or subjects
        else:
            roles = named_after if cue is not None else subjects
        roles = [r for r in roles if not _unnamed_speaker(tokens, r.mention, lex)]
        speakers = lex.statement_speakers | lex.assessing_speakers
        if quoted:
            speakers |= {"unknown"}  # "„...” – mówi Olena Kowal": a name after the verb of a quotation is a person's
        if reading.event_type == "statement" and not reading.stands and not any(r.entity.kind in speakers
                                                                                for r in roles):
            return None  # agencies and media report: their verbs are attribution cues
    else:
        roles = _roles(tokens, hit, clauses, slots, frame, others, lex)
    _place(event, hit, slots, busy)
    if event.location is None and event.facility is None and tokens[clause.start].lower == "gdzie":
        _where(event, clause, slots[clause.parent] if clause.parent is not None else ())
    if event.location is None and event.facility is None and "destination" in frame.roles:
        destination = _destination_place(hit, slots[hit.clause])  # "do portu Dunaj": a facility, stored as one
        if destination is not None and destination.table == "facility":
            event.facility = destination
        else:
            event.location = destination
    if event.location is None and event.facility is None:
        # "atakując Charków": a city attacked is where the attack happened
        event.location = next((r.mention.entity for r in roles if r.role == "target" and r.mention is not None
                               and r.mention.entity.table == "location" and r.mention.entity.kind != "country"),
                              None)
    roles += _place_roles(event, roles, frame)
    roles = without_outlets(roles, event_type)
    units, base = lex.classes.get("units", frozenset()), tokens[0].i
    event.roles = _unique_roles(as_countries(roles, frame, lambda m: any(
        not tokens[k - base].lemmas.isdisjoint(units) for k in range(m.token_start, m.token_end)
        if 0 <= k - base < len(tokens))))
    event.attributions = chain_at(cues, head.start, exclude_speech_token=head.i if reading.speech else None)
    certainty = reading.certainty if reading.certainty is not None else (0.7 if hit.nominal else 0.8)
    return _Draft(hit, event, certainty)


def _told_in_present(tokens: Sequence[Token], hit: Hit, clause: Clause) -> bool:
    """Is the trigger (or, for a noun, the verb of its clause) in the present tense: talks that go on ("Moskwa i
    Pjongjang rozmawiają od miesięcy", "rozmowy trwają od wiosny"), not a talk held ("rozmowa trwała dwie
    godziny")?"""
    verb = _governing_verb(tokens, hit, clause)
    return verb is not None and any(
        _pos(a.tag) == "fin" and "perf" not in a.tag.split(":") for a in tokens[verb].analyses)


def _unnamed_speaker(tokens: Sequence[Token], mention: Mention | None, lex: Lexicon) -> bool:
    """"rosyjscy urzędnicy twierdzą", "ukraińskie źródła": people of a country, unnamed, pass information on;
    "ukraińskie władze apelują" is the state speaking."""
    if mention is None or mention.via != "adjective":
        return False
    k = mention.token_end - tokens[0].i
    return not (0 <= k < len(tokens) and tokens[k].lemmas & lex.classes.get("authorities", frozenset()))


def _speaking_cue(cue: AttributionCue | None, cues: Sequence[AttributionCue], head: Token, last: Token,
                  lex: Lexicon) -> AttributionCue | None:
    """The cue that names who speaks with a verb of saying: "– ocenił w rozmowie z PAP płk Tomasz Wrona" cites
    PAP, but the colonel speaks (the outlet's cue is the verb's, the person's follows it in the clause)."""
    speakers = lex.statement_speakers | lex.assessing_speakers
    if cue is None or cue.mention.entity.kind in speakers:
        return cue
    return next((c for c in cues if c is not cue and c.mention.entity.kind in speakers
                 and head.end <= c.mention.start <= last.end), cue)


def _as_actor(m: Mention) -> Mention | None:
    """The mention as an actor: a city or country named as a place stands for its state."""
    if m.entity.table == "actor":
        return m
    if m.entity.table == "location" and m.entity.kind in ("city", "country"):
        country = m.entity.country or (m.entity.name if m.entity.kind == "country" else None)
        if country:
            return dataclasses.replace(m, entity=_country_actor(country))
    return None


def _coordinated_speakers(tokens: Sequence[Token], speaker: Mention, mentions: Sequence[Mention]) -> list[Mention]:
    """The speaker and the actors joined to it by "i", "oraz" or the comma of a list ("Moskwa i Pjongjang
    przyznały", "Wielka Brytania, Francja i Niemcy zapowiedziały"); states in a list need not show their case,
    and a capital stands for its state ("Władze w Moskwie i Pjongjangu zaprzeczają")."""
    base = tokens[0].i
    actors = sorted((m for m in (_as_actor(m) for m in mentions) if m is not None and m.via != "adjective"),
                    key=lambda m: m.token_start)
    out = [speaker]
    for step in (-1, 1):
        current = speaker
        while True:
            if step < 0:
                joined = [m for m in actors if m.token_end == current.token_start - 1]
                between = current.token_start - 1 - base
            else:
                joined = [m for m in actors if m.token_start == current.token_end + 1]
                between = current.token_end - base
            if not joined or not 0 <= between < len(tokens) or tokens[between].lower not in ("i", "oraz", ","):
                break
            if tokens[between].lower == "," and joined[0].entity.kind != speaker.entity.kind:
                break  # "Jak podała agencja KCNA, przywódca KRLD zadeklarował": a cue, no list
            states = joined[0].entity.kind == speaker.entity.kind == "country"
            if joined[0].case and speaker.case and not joined[0].case & speaker.case and not states:
                break
            current = joined[0]
            out.append(current)
    return out


def _roles(tokens: Sequence[Token], hit: Hit, clauses: Sequence[Clause], slots: Sequence[Sequence[Slotted]],
           frame: Frame, others: Sequence[Hit] = (), lex: Lexicon | None = None) -> list[Role]:
    """Roles from the slots of the trigger's clause (and the subject of the clause it continues).

    With other verbs of events in the clause (``others``), a noun trigger leaves the subject and objects to
    them ("Wizytę skrytykowało MSZ": the ministry did not visit), and a verb's arguments are those on its side
    of the other verbs ("otrzymała od Iranu pociski i użyje ich": Iran gives, it does not use them).
    """
    lex = lex or lexicon()
    clause = clauses[hit.clause]
    verbs = [o for o in others if o.head != hit.head and o.clause == hit.clause and not o.nominal]
    governed = hit.nominal and any(not o.reading.speech for o in verbs)
    own = list(slots[hit.clause])
    taking_part = _taking_part(tokens, hit, clause, lex)
    dependent = _dependent_nominal(tokens, hit, clause) and not taking_part
    # "Korea Północna dostarcza ..., a w zamian otrzymuje ...": the subject carries over
    if clause.kind in ("coordinate", "resumed") and clause.parent is not None and (
        not hit.nominal or taking_part
    ) and not any(
        s.slot == "subject" for s in own
    ):
        own = [s for s in slots[clause.parent] if s.slot == "subject"] + own
    attributive = not hit.nominal and _not_predicate(tokens, hit.head, hit.lemma)
    own = _coordinated_of([_of_trigger(tokens, s, hit) for s in own], tokens)
    if dependent and any(frame.roles.get(s.slot) == "agent" and s.slot in ("of", "nationality") for s in own):
        dependent_all = True  # "od dostaw irańskich Shahedów": the noun names its own agent
    else:
        dependent_all = attributive  # "firmy oskarżone o udział": the clause's subject is not the accuser
    roles: list[Role] = []
    for s in own:
        slot = s.slot
        if (dependent or dependent_all) and slot in ("subject", "dative", "object") and (
            dependent_all or s.group.start > hit.start
        ) and not (slot == "dative" and hit.nominal and 0 <= s.group.start - hit.end <= 1):
            # but a dative right after the noun is its own recipient ("zapowiedziały przekazanie Ukrainie")
            continue  # "w zamian za wysłanie wojsk Moskwa przekazała": Moskwa is not the sender
        if governed and slot in ("subject", "dative", "object", "oblique"):
            continue
        if slot in _VERB_ARGUMENTS and not hit.nominal and _governor(s.group.start, hit, verbs) != hit.head:
            continue
        if slot == "passive_agent" and not (
            s.anchor == hit.head or (hit.nominal and s.anchor is not None and 0 <= s.anchor - hit.end <= 1)
        ):
            continue
        role = frame.roles.get(slot)
        if slot == "origin":  # "Hakerzy z KRLD": the people's nationality, else what a source would be
            role = frame.roles.get("nationality", frame.roles.get("source"))
        if slot == "oblique":
            role = frame.roles.get("object") or frame.roles.get("dative")
        entity = _actor_of(s.group)
        if role in _ROLE_NAMES and entity is not None:
            roles.append(Role(entity, role, s.group.mention))
    return roles


def _governor(k: int, hit: Hit, verbs: Sequence[Hit]) -> int:
    """The verb an argument at ``k`` depends on: the nearest before it, else the nearest after it ("otrzymała od
    Iranu pociski i użyje ich": "od Iranu" is the receiving verb's)."""
    heads = sorted({hit.head, *(o.head for o in verbs)})
    before = [h for h in heads if h < k]
    return before[-1] if before else heads[0]


def _of_trigger(tokens: Sequence[Token], s: Slotted, hit: Hit) -> Slotted:
    """A genitive or an adjective right after a nominal trigger belongs to it ("wizyta Putina",
    "dostawy irańskich dronów"), also at the end of a chain of genitives ("w spotkaniach ministrów spraw
    zagranicznych Stowarzyszenia Narodów Azji Południowo-Wschodniej"), and so does an adjective of a state right
    before it ("celem ukraińskich ataków")."""
    gap = s.group.start - hit.end
    if hit.nominal and s.slot in ("genitive", "attribute") and s.group.end == hit.start and (
        s.group.mention is not None and s.group.mention.via == "adjective"
    ):
        return Slotted(s.group, "of", s.anchor)  # "celem ukraińskich ataków": the adjective right before the noun
    if hit.nominal and s.slot in ("genitive", "attribute") and gap >= 0 and (
        gap <= 2 or (s.slot == "genitive" and _genitive_chain(tokens, hit.end, s.group.start))
    ):
        return Slotted(s.group, "of", s.anchor)
    if hit.nominal and s.slot == "dative" and gap == 0 and s.group.mention is not None and (
        "gen" in s.group.mention.case
    ) and not any(_poses(tokens[k]) & _VERBAL for k in range(hit.start, hit.end)):
        return Slotted(s.group, "of", s.anchor)  # "obroty handlowe Rosji": "Rosji" may be dative, but it is the noun's
    return s


def _coordinated_of(own: list[Slotted], tokens: Sequence[Token]) -> list[Slotted]:
    """A genitive or dative joined by "i"/"oraz" to the noun's own genitive is the noun's too ("obroty handlowe
    Rosji i Korei Północnej": both states trade)."""
    ends = {s.group.end for s in own if s.slot == "of"}
    if not ends:
        return own
    out = []
    for s in own:
        start = s.group.start
        if s.slot in ("genitive", "dative") and start - 1 in ends and tokens[start - 1].lower in ("i", "oraz") and (
            s.group.mention is not None and "gen" in s.group.mention.case
        ):
            s = Slotted(s.group, "of", s.anchor)
            ends.add(s.group.end)
        out.append(s)
    return out


def _genitive_chain(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Are ``tokens[lo:hi]`` at most five nouns and adjectives that can all be genitive?"""
    return hi - lo <= 5 and all(
        t.kind == "word" and "gen" in t.cases(("subst", "adj")) for t in tokens[lo:hi]
    )


def _actor_of(g: Group) -> EntityRef | None:
    """The actor a mention stands for; a city standing for its state ("do Moskwy") is the country."""
    if g.actor is not None:
        return g.actor.entity
    place = g.place.entity if g.place is not None else None
    if place is not None and place.table == "facility" and place.country:
        return _country_actor(place.country)  # "Kupoł prowadził testy": the plant's country acts
    if place is not None and place.table == "location" and place.kind in ("city", "country"):
        country = place.country or (place.name if place.kind == "country" else None)
        if country:
            return _country_actor(country)
    return None


def _country_actor(name: str) -> EntityRef:
    return EntityRef(table="actor", name=name, kind="country", country=name)


def _country_location(name: str) -> EntityRef:
    return EntityRef(table="location", name=name, kind="country", country=name)


def _as_country(role: Role) -> Role:
    return Role(_country_actor(role.entity.country or role.entity.name), role.role, role.mention)


def without_outlets(roles: Sequence[Role], event_type: str) -> list[Role]:
    """"Agencja KCNA nazwała sankcje „bandyckim aktem”", "told the Korea JoongAng Daily that 3,000 troops arrived": a
    media outlet tells of a deed and never does it; it is an agent only of what is said (a statement, denial or
    accusation)."""
    if event_type in _SAYING:
        return list(roles)
    return [r for r in roles if not (r.role == "agent" and r.entity.kind == "media")]


def as_countries(roles: Sequence[Role], frame: Frame, is_unit: Callable[[Mention], bool]) -> list[Role]:
    """Agents the frame has act for their state: a person (``person_as_country``: "Kim agreed to send 6000 people"),
    a unit of an army named as one (``unit_as_country``, ``is_unit``: "Korpus Burzy wysłał 3 tys. żołnierzy"; not the
    army itself, "Koreańska Armia Ludowa")."""
    def acts_for_state(r: Role) -> bool:
        if r.role != "agent" or not r.entity.country:
            return False
        return (frame.person_as_country and r.entity.kind == "person") or (
            frame.unit_as_country and r.entity.kind == "military" and r.mention is not None and is_unit(r.mention))
    return [_as_country(r) if acts_for_state(r) else r for r in roles]


def _place(event: Event, hit: Hit, slots: Sequence[Sequence[Slotted]], busy: set[int]) -> None:
    """The nearest place of the trigger's clause, else of a clause of the sentence without a trigger."""
    order = [hit.clause] + [c for c in range(len(slots)) if c != hit.clause and c not in busy]
    for c in order:
        places = sorted((s.group for s in slots[c] if s.slot == "place"), key=lambda g: abs(g.start - hit.head))
        for g in places:
            ref = _place_ref(g)
            if ref is None:
                continue
            if ref.table == "facility" and event.facility is None:
                event.facility = ref
            elif ref.table == "location" and event.location is None:
                event.location = ref
        if event.location or event.facility:
            return


def _where(event: Event, clause: Clause, before: Sequence[Slotted]) -> None:
    """"przyleciał z Kuala Lumpur, gdzie uczestniczył w spotkaniach": "gdzie" is the place named last before it."""
    places = [s.group for s in before if s.group.end <= clause.start and s.group.place is not None
              and s.slot in ("place", "destination", "source", "oblique", "subject", "object")]
    if places:
        ref = max(places, key=lambda g: g.end).place
        assert ref is not None
        if ref.entity.table == "facility":
            event.facility = ref.entity
        else:
            event.location = ref.entity


def _destination_place(hit: Hit, slots: Sequence[Slotted]) -> EntityRef | None:
    """Where people or goods went ("wysłał do obwodu kurskiego"): a region or city, not a country."""
    for s in slots:
        place = s.group.place
        if s.slot == "destination" and s.group.start > hit.start and place is not None and place.entity.kind != "country":
            return place.entity
    return None


def _place_ref(g: Group) -> EntityRef | None:
    if g.place is not None:
        return g.place.entity
    if g.actor is not None and g.actor.entity.kind == "country":
        return _country_location(g.actor.entity.name)
    return None


def _place_roles(event: Event, roles: Sequence[Role], frame: Frame) -> list[Role]:
    """The host country as partner, or the place's country as the agent of an activity nobody is named for."""
    place = event.facility or event.location
    country = None if place is None else place.country or (place.name if place.kind == "country" else None)
    if country is None:
        return []
    agents = {r.entity.name for r in roles if r.role == "agent"}
    has_partner = any(r.role == "partner" for r in roles)
    if frame.roles.get("host") == "partner" and agents and not has_partner and country not in agents:
        return [Role(_country_actor(country), "partner", None)]
    if frame.roles.get("place_country") == "agent" and not agents:
        return [Role(_country_actor(country), "agent", None)]
    return []


def _unique_roles(roles: Iterable[Role]) -> list[Role]:
    seen: set[tuple[str, str]] = set()
    out = []
    for r in roles:
        if (r.entity.name, r.role) not in seen:
            seen.add((r.entity.name, r.role))
            out.append(r)
    return out


def _share_objects(tokens: Sequence[Token], drafts: Sequence[_Draft], lex: Lexicon) -> None:
    """"Pjongjang otrzymuje od Moskwy systemy obrony oraz wsparcie gospodarcze": a noun trigger among the
    objects of a verb of giving or sending is given by the same giver, to the same receiver."""
    for d in drafts:
        if not d.hit.nominal or any(r.role == "agent" for r in d.event.roles):
            continue
        giver = next((g for g in reversed(drafts) if g.hit.clause == d.hit.clause and not g.hit.nominal
                      and g.hit.head < d.hit.head and not g.hit.reading.speech
                      and lex.frame(g.hit.reading.event_type, g.hit.reading.roles).inherit_partner), None)
        if giver is None or any(
            any(_pos(a.tag) in _FINITE or _pos(a.tag) == "inf" for a in t.analyses) for t in tokens[giver.hit.end : d.hit.start]
        ):
            continue
        d.event.roles = _unique_roles([*giver.event.roles, *d.event.roles])


def _apply_exchange(tokens: Sequence[Token], drafts: Sequence[_Draft], clauses: Sequence[Clause],
                    lex: Lexicon) -> None:
    """"..., a w zamian otrzymuje wsparcie": the giver of this event is the receiver of the one before."""
    for prev, d in zip(drafts, drafts[1:], strict=False):
        clause = clauses[d.hit.clause]
        ev = d.event
        if any(r.role == "agent" for r in ev.roles) or not any(
            _matches_at(tokens, k, cue) for cue in lex.exchange_cues for k in range(clause.start, d.hit.start)
        ):
            continue
        ev.roles += [Role(r.entity, "agent", None) for r in prev.event.roles if r.role == "partner"]
        if not any(r.role == "partner" for r in ev.roles):
            ev.roles += [Role(r.entity, "partner", None) for r in prev.event.roles if r.role == "agent"]
        ev.roles = _unique_roles(ev.roles)


def _link_dates(tokens: Sequence[Token], drafts: Sequence[_Draft], clauses: Sequence[Clause],
                dates: Sequence[DateExpr], lex: Lexicon) -> None:
    """The clause's date nearest to the trigger, else the date of the clause it continues or reports
    (not when the clause moves in time: "a trzy dni później ...")."""
    if not dates:
        return
    for d in drafts:
        c: int | None = d.hit.clause
        anchor = tokens[d.hit.head].start
        while c is not None:
            lo, hi = tokens[clauses[c].start].start, tokens[clauses[c].end - 1].end
            own = [x for x in dates if lo <= x.start < hi]
            if own:
                d.event.date = min(own, key=lambda x: abs(x.start - anchor))
                break
            inherits = clauses[c].kind in ("coordinate", "reported", "temporal", "resumed")
            moved = any(tokens[k].lower in lex.time_shifts for k in range(clauses[c].start, clauses[c].end))
            c = clauses[c].parent if inherits and not moved else None


def _ahead(tokens: Sequence[Token], clause: Clause, date: DateExpr) -> bool:
    """Does the clause look ahead from its own date: the date stands in it and no verb is in the past tense
    ("jesienią może odwiedzić", not "w czerwcu powiedział, że planują")?"""
    lo, hi = tokens[clause.start].start, tokens[clause.end - 1].end
    return lo <= date.start < hi and not any(
        t.kind == "word" and any(_pos(a.tag) == "praet" for a in t.analyses) for t in tokens[clause.start : clause.end]
    )


def _next_occurrence(date: DateExpr, published_on: dt.date) -> DateExpr:
    """"Jesienią Kim może odwiedzić Rosję", "do końca kwietnia przekażą": a season or month without a year, past at
    publication, is the next one when the event is still to come."""
    if date.date_to is None or date.date_to >= published_on or (date.date_from is None and date.precision != "until"):
        return date
    if date.precision not in (*_YEARLESS_PRECISIONS, "until") or _YEAR_RE.search(date.text):
        return date
    try:
        return dataclasses.replace(
            date, date_from=date.date_from.replace(year=date.date_from.year + 1) if date.date_from else None,
            date_to=date.date_to.replace(year=date.date_to.year + 1))
    except ValueError:  # 29 February
        return date


def _from_publication(date: DateExpr, published_on: dt.date) -> DateExpr:
    """"Do końca roku przekażą", "do 2028 r. zbudują": what is still to come by a deadline ahead spans from the
    publication to it (a range)."""
    if date.precision != "until" or date.date_to is None or date.date_to < published_on:
        return date
    return dataclasses.replace(date, date_from=published_on, precision="range")


def _link_quantities(drafts: Sequence[_Draft], quantities: Sequence[Quantity]) -> None:
    """Each quantity of a clause goes to the nearest event before it, else to the first one after it."""
    for q in quantities:
        here = [d.event for d in drafts if d.event.start <= q.start < d.event.end]
        if not here:
            continue
        before = [e for e in here if e.trigger_start <= q.start]
        chosen = max(before, key=lambda e: e.trigger_start) if before else min(here, key=lambda e: e.trigger_start)
        together = [e for e in here if e.trigger_start == chosen.trigger_start]
        if len(together) > 1:  # troops and arms sent together: persons to the deployment, things to the transfer
            wanted = "troop_deployment" if q.unit.split("/")[0] == "person" else "arms_transfer"
            chosen = next((e for e in together if e.event_type == wanted), chosen)
        chosen.quantities.append(q)


def _troops_of(tokens: Sequence[Token], mentions: Sequence[Mention], lex: Lexicon) -> tuple[EntityRef, ...]:
    """"Północnokoreańscy saperzy rozminowali obwód": a state's adjective on a noun of troops names whose forces
    the soldiers the next sentences leave without a country are, until a deployment names them, and so does an army
    after such a noun ("przyjechało 1,2 tys. żołnierzy korpusu inżynieryjnego Koreańskiej Armii Ludowej"); only one
    such state."""
    troops = lex.classes.get("troops", frozenset())
    base = tokens[0].i if tokens else 0
    states = {m.entity for m in mentions if m.via == "adjective" and m.entity.kind == "country"
              and 0 <= m.token_end - base < len(tokens) and tokens[m.token_end - base].lemmas & troops}
    states |= {_country_actor(m.entity.country) for m in mentions if m.entity.kind == "military" and m.entity.country
               and any(tokens[k].lemmas & troops for k in range(max(0, m.token_start - base - 3), m.token_start - base))}
    return tuple(states) if len(states) == 1 else ()


def _sent_by_own_forces(drafts: Sequence[_Draft], forces: tuple[EntityRef, ...]) -> None:
    """"W maju przyjechało 1,2 tys. żołnierzy korpusu inżynieryjnego Koreańskiej Armii Ludowej": a deployment with no
    agent, of troops its own sentence names as one state's (``_troops_of``), is that state's; its army is no partner."""
    if len(forces) != 1:
        return
    state = forces[0]
    for d in drafts:
        ev = d.event
        if ev.event_type == "troop_deployment" and not any(r.role == "agent" for r in ev.roles):
            ev.roles = [Role(state, "agent", None), *(r for r in ev.roles if not (
                r.entity.kind == "military" and r.entity.country == state.name))]


def _owners_act(drafts: Sequence[_Draft], lex: Lexicon, forces: tuple[EntityRef, ...] = (),
                tokens: Sequence[Token] = ()) -> None:
    """"Według NIS zginęło ok. 1,5 tys. Koreańczyków z Północy": an event whose frame says so (``owner_as_agent``)
    and whose clause names no agent takes the state that owns the persons or things it counts.  Persons counted
    again after a deployment of the same sentence are the deployed state's ("Pjongjang wysłał 20 tys. ludzi, z
    których 2,3 tys. zginęło"); soldiers with no owner, those of the latest deployment before (``forces``), and so
    are prisoners of war: soldiers, not civilians of the place they were taken at ("Dziewięciu z nich wzięto do
    niewoli w obwodzie kurskim")."""
    troops = lex.classes.get("troops", frozenset())
    captivity = lex.classes.get("captivity", frozenset())
    war_dead = lex.classes.get("war_dead", frozenset())
    fallen = lex.classes.get("fallen", frozenset()) | _CONJUNCTIONS  # "zabity i ranny"
    sent = [r.entity for d in drafts if d.event.event_type == "troop_deployment"
            for r in d.event.roles if r.role == "agent" and r.entity.kind == "country"]
    for d in drafts:
        ev = d.event
        frame = lex.frame(ev.event_type, {})
        if not frame.owner_as_agent:
            continue
        if frame.agent_kinds:  # "HUR mówił o 4–5 tys. zabitych i rannych": the speaker lost no one
            ev.roles = [r for r in ev.roles if r.role != "agent" or r.entity.kind in frame.agent_kinds]
        agents = [r for r in ev.roles if r.role == "agent"]
        if agents and all(r.mention is not None and r.mention.via == "pronoun" for r in agents) and ev.quantities and all(
            q.unit.split("/")[0] == "person" and q.counted_lemma not in troops for q in ev.quantities
        ):
            # "Korea Północna wysłała wojska. W Odessie zginęło 14 osób": the subject left out is not whose the
            # persons killed are
            ev.roles = [r for r in ev.roles if r not in agents]
        elif agents:
            continue
        owners = [q.actor for q in ev.quantities if q.actor is not None and q.actor.kind == "country"]
        captives = any(tokens[k].lemmas & captivity for k in range(d.hit.start, min(d.hit.end, len(tokens))))
        if not owners and captives and forces:
            owners = list(forces[:1])  # prisoners of war with no owner named: soldiers of the latest deployment
        soldiers = captives or any(tokens[k].lemmas & war_dead for k in range(d.hit.start, min(d.hit.end, len(tokens))))
        if not owners and soldiers and forces:
            owners = list(forces[:1])  # "rodziny poległych": the fallen are soldiers, of the latest deployment
        if not owners and ev.quantities and all(q.unit.split("/")[0] == "person" for q in ev.quantities):
            if sent and any(q.counted_token is not None and q.counted_token < ev.trigger_start for q in ev.quantities):
                owners = sent[:1]  # persons counted again in the sentence of their deployment
            elif forces and all(q.counted_lemma is not None and (q.counted_lemma in troops or set(
                    q.counted_lemma.split()) <= fallen) for q in ev.quantities):
                owners = list(forces[:1])  # "HUR mówił o 4–5 tys. zabitych i rannych": the deployed forces' losses
        if owners:
            ev.roles = _unique_roles([*ev.roles, Role(owners[0], "agent", None)])
        elif not soldiers:
            _civilians_of_place(ev, lex, troops)


def _civilians_of_place(ev: Event, lex: Lexicon, troops: frozenset[str] | None = None,
                        named_before: str | None = None) -> None:
    """"w ostrzelanym Orichowie zginęły dwie osoby": people other than soldiers killed where they live are of
    that country (``place_owns_civilians``), when nothing else names whose they are; ``named_before``: the
    country of the place named last, for an event with no place."""
    frame = lex.frame(ev.event_type, {})
    if not frame.place_owns_civilians or not ev.quantities or any(r.role == "agent" for r in ev.roles):
        return
    troops = lex.classes.get("troops", frozenset()) if troops is None else troops
    if any(q.counted_lemma in troops or q.actor is not None for q in ev.quantities):
        return
    place = ev.location or ev.facility
    country = place.country if place is not None else named_before
    if country:
        ev.roles = _unique_roles([*ev.roles, Role(_country_actor(country), "agent", None)])


def _lasting_days(ev: Event, tokens: Sequence[Token], quantities: Sequence[Quantity], lex: Lexicon) -> None:
    """"Kim zakończył w niedzielę trzydniową wizytę": an event dated to a day that its sentence says lasted a number
    of days (an adjective compound of days: "trzydniowa", "3-dniowy", not "trzy dni") and ended (or began) then spans
    them, up to (or from) that day."""
    date = ev.date
    if date is None or date.precision != "day" or date.date_from is None or date.date_to is None:
        return
    days = next((q.value for q in quantities if q.unit == "day" and q.value is not None
                 and 2 <= q.value <= _LONGEST_STAY and _compound_at(tokens, q.start)), None)
    if days is None:
        return
    lemmas = frozenset().union(*(t.lemmas for t in tokens))
    more = dt.timedelta(days=int(days) - 1)
    if not lemmas.isdisjoint(lex.lasting_ending):
        ev.date = dataclasses.replace(date, date_from=date.date_to - more, precision="range")
    elif not lemmas.isdisjoint(lex.lasting_starting):
        ev.date = dataclasses.replace(date, date_to=date.date_from + more, precision="range")


_LONGEST_STAY = 31  # days: a visit or a summit of more is no span a day's date ends or opens


def _compound_at(tokens: Sequence[Token], start: int) -> bool:
    """Is the word starting at character ``start`` a numeral compound, an adjective ("trzydniowa") or a number joined
    by a hyphen to its word ("3-dniowy"), rather than a number before its noun ("trzy dni")?"""
    tok = next((t for t in tokens if t.start == start), None)
    return tok is not None and (tok.kind == "word" and tok.has_pos("adj") or (
        "-" in tok.text and any(c.isdigit() for c in tok.text) and any(c.isalpha() for c in tok.text)))


def _years_before(ev: Event, k: int, tokens: Sequence[Token], quantities: Sequence[Quantity], lex: Lexicon) -> None:
    """"W piątek minęły dwa lata od podpisania traktatu", "Druga rocznica podpisania traktatu minęła w czwartek": an
    event named right after years counted since it, or after the ordinal of its anniversary, happened that many years
    before the date of its sentence (``k``: where its trigger starts)."""
    date = ev.date
    if date is None or date.date_from is None or date.date_to is None or k < 2:
        return
    years: float | None = None
    if tokens[k - 1].lower in lex.anniversary_since:  # "dwa lata od podpisania"
        years = next((q.value for q in quantities if q.unit == "year" and q.end == tokens[k - 2].end), None)
    elif not tokens[k - 1].lemmas.isdisjoint(lex.anniversary_nouns):  # "druga rocznica podpisania"
        years = next((lex.anniversary_ordinals[w] for w in sorted(tokens[k - 2].lemmas & lex.anniversary_ordinals.keys())),
                     None)
    if years is None or years != int(years) or years < 1:
        return
    try:
        ev.date = dataclasses.replace(date, date_from=date.date_from.replace(year=date.date_from.year - int(years)),
                                      date_to=date.date_to.replace(year=date.date_to.year - int(years)))
    except ValueError:  # 29 February
        return


def _split_by_time(drafts: Sequence[_Draft], dates: Sequence[DateExpr]) -> list[_Draft]:
    """"Wysłał do Rosji żołnierzy: ok. 11 tys. w październiku 2024 r. i kolejne ok. 3 tys. w pierwszym kwartale
    2025 r.": counts with dates of their own after one verb are that many events, each with its count and date."""
    out: list[_Draft] = []
    for d in drafts:
        ev = d.event
        after = sorted((x for x in dates if ev.trigger_end <= x.start < ev.end), key=lambda x: x.start)
        if d.hit.nominal or len(after) < 2 or len(ev.quantities) < 2:
            out.append(d)
            continue
        bounds = [ev.trigger_end, *(x.end for x in after[:-1]), ev.end]
        parts = [[q for q in ev.quantities if lo <= q.start < hi] for lo, hi in zip(bounds, bounds[1:], strict=False)]
        if not all(parts):
            out.append(d)
            continue
        for when, counts in zip(after, parts, strict=True):
            copy = dataclasses.replace(ev, roles=list(ev.roles), quantities=counts, date=when,
                                       attributions=list(ev.attributions))
            out.append(_Draft(d.hit, copy, d.certainty))
    return out


def _worth_keeping(ev: Event) -> bool:
    return any(r.role in _ROLE_NAMES for r in ev.roles) or any(q.unit in _COUNTED_UNITS for q in ev.quantities)


def confidence(certainty: float, ev: Event) -> float:
    """How sure the event is: its trigger's certainty, more with an agent, a partner or target and a cited source,
    less when reported, possible, of unknown status or negated; within [0.05, 0.95].  English events score alike."""
    score = certainty
    if any(r.role == "agent" for r in ev.roles):
        score += 0.10
    if any(r.role in ("partner", "target") for r in ev.roles):
        score += 0.05
    if ev.attributions:
        score += 0.05
    if ev.status in ("reported", "possible"):
        score -= 0.15
    elif ev.status == "unknown":
        score -= 0.05
    if ev.negated:
        score -= 0.20
    return round(min(0.95, max(0.05, score)), 2)


def inherit_partners(events: Sequence[Event], lex: Lexicon) -> None:
    """A transfer or deployment with agents but no partner: the counterpart of the latest such event before."""
    for n, ev in enumerate(events):
        frame = lex.frames.get(ev.event_type)
        agents = {r.entity.name for r in ev.roles if r.role == "agent"}
        if frame is None or not frame.inherit_partner or not agents or any(r.role == "partner" for r in ev.roles):
            continue
        for prev in reversed(events[:n]):
            partners = [r for r in prev.roles if r.role == "partner" and r.entity.name not in agents]
            if partners and agents & {r.entity.name for r in prev.roles if r.role == "agent"}:
                ev.roles += [Role(r.entity, "partner", None) for r in partners]
                break


def inherit_places(events: Sequence[Event], lex: Lexicon, paragraphs: Sequence[int] | None) -> None:
    """"Drony zniszczyły haubice w rejonie wsi Mała Tokmaczka. Zginęło co najmniej 40 żołnierzy.": an event of a
    type that inherits its place and names none took place where the event just before it in its paragraph did
    (of its own sentence or the one before); with no time of its own, then too ("W nocy z 6 na 7 kwietnia rakiety
    uderzyły w Odessę. Zginęło 14 osób")."""
    located: Event | None = None
    dated: Event | None = None

    def near(before: Event | None, ev: Event) -> bool:
        return before is not None and ev.sentence - before.sentence <= 1 and (
            paragraphs is None or paragraphs[ev.sentence] == paragraphs[before.sentence])

    for ev in events:
        frame = lex.frames.get(ev.event_type)
        if frame is not None and frame.inherit_place:
            if ev.location is None and ev.facility is None and located is not None and near(located, ev):
                ev.location, ev.facility = located.location, located.facility
                _civilians_of_place(ev, lex)  # people killed there are of the inherited place's country
            if ev.date is None and dated is not None and near(dated, ev):
                ev.date = dated.date
        if ev.location is not None or ev.facility is not None:
            located = ev
        if ev.date is not None:
            dated = ev


def _civilians_of_places_named_before(events: Sequence[Event], sentences: Sequence[Sentence],
                                      mentions: Sequence[Mention], lex: Lexicon,
                                      paragraphs: Sequence[int] | None) -> None:
    """"Rosjanie ostrzelali Dniepr rakietami. Jedna z nich trafiła w blok. Zginęło dziewięć osób": people other
    than soldiers killed where no event named a place are of the country of the last place smaller than a country
    the paragraph named (in the sentence or the two before it), else the document named before them, when nothing
    else names whose they are."""
    # a city, region or facility: a country named ("wysłała do Rosji") says too little of where
    places = [m for m in mentions if m.entity.table in ("location", "facility") and m.entity.country
              and m.entity.kind != "country"]
    # where something came from is not where it struck ("Rakietę wystrzelono z obwodu woroneskiego")
    origins = {t.i + 1 for s in sentences for t in s.tokens if t.lower in lex.source_prepositions}
    for ev in events:
        frame = lex.frames.get(ev.event_type)
        if frame is None or not frame.place_owns_civilians or ev.location is not None or ev.facility is not None:
            continue
        named = [m for m in places if ev.sentence - 2 <= m.sentence <= ev.sentence and m.start < ev.trigger_start
                 and (paragraphs is None or paragraphs[m.sentence] == paragraphs[ev.sentence])
                 and m.token_start not in origins]
        if not named:  # none in the paragraph: the last place the document named before
            named = [m for m in places if m.sentence <= ev.sentence and m.start < ev.trigger_start
                     and m.token_start not in origins]
        if named:
            _civilians_of_place(ev, lex, named_before=named[-1].entity.country)


def _day_of_occasion(events: Sequence[Event], lex: Lexicon) -> None:
    """"W poniedziałek w Krakowie odbyła się konferencja ... . Dr X przypomniała, że ...": a statement that names
    no time of its own was made on the day of the latest event before it that names one (``day_of_occasion``)."""
    day: DateExpr | None = None
    for ev in events:
        frame = lex.frames.get(ev.event_type)
        if ev.date is None and frame is not None and frame.day_of_occasion:
            ev.date = day
        elif ev.date is not None and ev.date.precision == "day":
            day = ev.date


def _is_goods(q: Quantity) -> bool:
    """Is the amount one of money or of goods by weight ("USD", "RUB/month", "t"): what a transfer or trade moves,
    as counted persons and items are?"""
    unit = q.unit.split("/")[0]
    return (len(unit) == 3 and unit.isupper()) or unit in _GOODS_UNITS


def inherit_agents(events: Sequence[Event], lex: Lexicon) -> None:
    """An event of a type that inherits agents and names none takes those of the latest earlier event of its
    type, with the same partner when both name one: "restrykcjami objęto ..." (the body that adopted the
    package), "do Rosji trafiło 220 takich systemów" (the supplier named before)."""
    for n, ev in enumerate(events):
        frame = lex.frames.get(ev.event_type)
        if frame is None or not frame.inherit_agent or any(r.role == "agent" for r in ev.roles) or not (
            _worth_keeping(ev) or any(_is_goods(q) for q in ev.quantities)
        ):
            continue  # "zaprzeczają, że doszło do transferu broni": nothing ties it to a supplier
        others = {r.entity.name for r in ev.roles if r.role != "agent"}
        partners = {r.entity.name for r in ev.roles if r.role == "partner"}
        for prev in reversed(events[:n]):
            agents = [r for r in prev.roles if r.role == "agent" and r.entity.name not in others]
            before = {r.entity.name for r in prev.roles if r.role == "partner"}
            if prev.event_type != ev.event_type or not agents or (partners and before and not partners & before):
                continue
            ev.roles = [*(Role(r.entity, "agent", None) for r in agents), *ev.roles]
            if frame.inherit_partner and not partners:  # "Obroty handlowe wzrosły ...": between the same two
                ev.roles += [Role(r.entity, "partner", None) for r in prev.roles if r.role == "partner"]
            if frame.inherit_date and ev.date is None:
                ev.date = prev.date  # "restrykcjami objęto ...": listed by the decision told before, that day
            break
