"""Attribution chains: prefix cues, reporting verbs, titles before names, nested sources, what is no citation.

Mentions are built by hand (``build``) so that the tests exercise the cue rules alone.
"""

from __future__ import annotations

import re

import pytest

from eventdb.extract.attribution import chain_at, find_attributions, find_cues
from eventdb.extract.model import Attribution, EntityRef, Mention, Sentence
from eventdb.extract.text import split_sentences

# surface -> (canonical name, kind, via, cases)
SURFACES: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    "HUR": ("HUR", "agency", "name", ()),
    "NIS": ("NIS", "agency", "name", ()),
    "Narodową Służbę Wywiadowczą": ("NIS", "agency", "alias", ("acc",)),
    "południowokoreańskiego wywiadu": ("NIS", "agency", "alias", ("gen",)),
    "ukraińskiego wywiadu": ("HUR", "agency", "alias", ("gen",)),
    "Ukraiński wywiad": ("HUR", "agency", "alias", ("nom", "acc")),
    "Reuters": ("Reuters", "media", "name", ("nom", "acc")),
    "Reutersa": ("Reuters", "media", "name", ("gen", "acc")),
    "Kyiv Post": ("Kyiv Post", "media", "name", ("nom", "acc")),
    "The Moscow Times": ("The Moscow Times", "media", "name", ("nom",)),
    "rosyjskiego Ministerstwa Obrony": ("Russian Ministry of Defence", "ministry", "alias", ("gen",)),
    "Kyryło Budanow": ("Kyrylo Budanov", "person", "alias", ("nom",)),
    "Kyryła Budanowa": ("Kyrylo Budanov", "person", "alias", ("gen", "acc")),
    "Budanowa": ("Kyrylo Budanov", "person", "alias", ("gen", "acc")),
    "Budanow": ("Kyrylo Budanov", "person", "alias", ("nom",)),
    "Kim Dzong Un": ("Kim Jong Un", "person", "alias", ("nom",)),
    "Władimir Putin": ("Vladimir Putin", "person", "alias", ("nom",)),
    "Siergiej Szojgu": ("Sergei Shoigu", "person", "alias", ("nom",)),
    "Rady Bezpieczeństwa": ("Security Council of Russia", "agency", "alias", ("gen",)),
    "Shin Won-sik": ("Shin Won-sik", "unknown", "candidate", ("nom", "acc")),
    "Korei Południowej": ("South Korea", "country", "alias", ("gen", "dat", "loc")),
    "południowokoreańscy": ("South Korea", "country", "adjective", ("nom",)),
    "rosyjscy": ("Russia", "country", "adjective", ("nom",)),
    "Rosja": ("Russia", "country", "alias", ("nom",)),
    "Rosji": ("Russia", "country", "alias", ("gen", "dat", "loc")),
    "Rosję": ("Russia", "country", "alias", ("acc",)),
    "Ukrainę": ("Ukraine", "country", "alias", ("acc",)),
    "Ukrainie": ("Ukraine", "country", "alias", ("dat", "loc")),
    "Korea Północna": ("North Korea", "country", "alias", ("nom",)),
    "Korei Północnej": ("North Korea", "country", "alias", ("gen", "dat", "loc")),
    "Pjongjang": ("North Korea", "country", "metonym", ("nom", "acc")),
    "Pjongjangu": ("North Korea", "country", "metonym", ("gen", "loc")),
    "Moskwa": ("Russia", "country", "metonym", ("nom",)),
    "Dmitrija Pieskowa": ("Dmitry Peskov", "person", "alias", ("gen", "acc")),
    "Kremla": ("Russia", "country", "metonym", ("gen",)),
    "agencję Yonhap": ("Yonhap", "media", "alias", ("acc",)),
    "agencji Yonhap": ("Yonhap", "media", "alias", ("gen",)),
    "JCS": ("JCS", "military", "name", ()),
    "KRLD": ("North Korea", "country", "alias", ()),
    "MSZ Rosji": ("Russian Ministry of Foreign Affairs", "ministry", "alias", ()),
    "Joanna Kamińska": ("Joanna Kamińska", "person", "name", ("nom",)),
    "UJ": ("Jagiellonian University", "research", "name", ()),
    "Instytutu Studiów nad Wojną": ("Institute for the Study of War", "research", "alias", ("gen",)),
    "ISW": ("Institute for the Study of War", "research", "name", ()),
    "Lee Seong-kweun": ("Lee Seong-kweun", "person", "name", ("nom",)),
    "Rady Najwyższej": ("Verkhovna Rada", "parliament", "alias", ("gen",)),
    "Dmytra Łubińca": ("Dmytra Łubińca", "unknown", "candidate", ()),
    "Dmytra Łubinca": ("Dmytro Lubinets", "person", "alias", ("nom",)),  # a genitive the reading takes for a nominative
}


def build(text: str) -> tuple[Sentence, list[Mention]]:
    """The sentence and its actor mentions (surfaces of ``SURFACES``, longest first)."""
    sentences = split_sentences(text)
    assert len(sentences) == 1, [s.text for s in sentences]
    sentence = sentences[0]
    taken: list[tuple[int, int]] = []
    out = []
    for surface in sorted(SURFACES, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text, flags=re.IGNORECASE):
            s, e = m.start(), m.end()
            if m.group()[1:] != surface[1:] or any(s < b and a < e for a, b in taken):
                continue
            taken.append((s, e))
            name, kind, via, cases = SURFACES[surface]
            tokens = [t for t in sentence.tokens if s <= t.start and t.end <= e]
            out.append(Mention(
                entity=EntityRef(table="actor", name=name, kind=kind), start=s, end=e, text=text[s:e],
                sentence=sentence.index, token_start=tokens[0].i, token_end=tokens[-1].i + 1, via=via,
                case=frozenset(cases),
            ))
    return sentence, sorted(out, key=lambda m: m.start)


def chain_of(text: str, anchor: str, **context: object) -> list[str]:
    """Names of the chain behind the word ``anchor`` of the text (the reported event); ``context``: what the
    sentences before name (``referent``, ``chain``, ``persons`` of ``find_cues``)."""
    sentence, mentions = build(text)
    cues = find_cues(sentence, mentions, **context)  # type: ignore[arg-type]
    for cue in cues:  # the cue phrase slices back to its text (links of the sentences before, to theirs)
        a = cue.attribution
        assert a.sentence != sentence.index or sentence.text[a.start - sentence.start : a.end - sentence.start] == a.text
    chain = chain_at(cues, sentence.start + text.index(anchor))
    assert [a.position for a in chain] == list(range(1, len(chain) + 1))
    return [a.cited.name for a in chain]


# --- prefix cues ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "chain"),
    [
        ("Według HUR Rosja wysłała broń do Korei Północnej.", "wysłała", ["HUR"]),
        ("Według ukraińskiego wywiadu Rosja pomaga Korei Północnej.", "pomaga", ["HUR"]),
        ("Jak podaje Reuters, Korea Północna wysłała żołnierzy.", "wysłała", ["Reuters"]),
        ("Jak podał HUR, Pjongjang dostarczył pociski.", "dostarczył", ["HUR"]),
        ("Zdaniem Budanowa Korea Północna zwiększy dostawy.", "zwiększy", ["Kyrylo Budanov"]),
        ("W ocenie NIS Pjongjang wyśle kolejne oddziały.", "wyśle", ["NIS"]),
        ("Jak wynika z danych HUR, Rosja produkuje drony.", "produkuje", ["HUR"]),
        ("Rosja wysłała żołnierzy, jak podaje Reuters.", "wysłała", ["Reuters"]),  # after the statement
        ("Według szefa HUR Kyryła Budanowa Korea Północna dostarcza amunicję.", "dostarcza", ["Kyrylo Budanov"]),
        ("Według doniesień „The Moscow Times” saperzy rozpoczęli pracę.", "rozpoczęli", ["The Moscow Times"]),
        ("NIS: w obwodzie kurskim zginęło 600 żołnierzy", "zginęło", ["NIS"]),  # a headline
        ("Jak mówił w listopadzie doradca prezydenta Korei Południowej Shin Won-sik, Rosja dostarczyła sprzęt.",
         "dostarczyła", ["Shin Won-sik"]),
        ("Według południowokoreańskiego wywiadu NIS do Rosji trafiło 10 tys. robotników.", "trafiło", ["NIS"]),
        # the document's source in a relative clause, after a preposition too, by a verb of getting hold of it
        ("W Ałabudze pracuje 120 inżynierów z KRLD – wynika z dokumentów, do których dotarł Reuters.", "pracuje",
         ["Reuters"]),
        ("W Ałabudze pracuje 120 inżynierów z KRLD – wynika z danych, które zebrał HUR.", "pracuje", ["HUR"]),
        # after the dash that closes a statement the cue reports all of it, its clauses joined by "ale" too
        ("Rosja płaci za żołnierza 2 tys. dolarów, ale żołnierz widzi niewiele – wynika z informacji, które NIS "
         "przekazała we wtorek komisji.", "płaci", ["NIS"]),
    ],
)
def test_prefix_cues(text: str, anchor: str, chain: list[str]) -> None:
    assert chain_of(text, anchor) == chain


# --- reporting verbs --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "chain"),
    [
        ("HUR poinformował, że Rosja wysłała broń.", "wysłała", ["HUR"]),
        ("Szef HUR, generał Kyryło Budanow, oświadczył, że Korea Północna dostarcza amunicję.", "dostarcza",
         ["Kyrylo Budanov"]),  # a title and an organization before the name: the person
        ("W czerwcu szef ukraińskiego wywiadu powiedział mediom, że Rosja pomaga Pjongjangowi.", "pomaga", ["HUR"]),
        ("W czerwcu sekretarz Rady Bezpieczeństwa Siergiej Szojgu poinformował, że Kim Dzong Un się zgodził.",
         "zgodził", ["Sergei Shoigu"]),
        ("Kyiv Post podkreśla, że „współpraca się pogłębia”.", "współpraca", ["Kyiv Post"]),
        ("Korea Północna wysłała 15 tys. żołnierzy – poinformowała w środę NIS.", "wysłała", ["NIS"]),
        # after a dash the verb reports the whole statement, its clauses joined by ", a" too
        ("Zginęło 14 osób, w tym troje dzieci, a 57 zostało rannych – poinformowała w środę NIS.", "Zginęło", ["NIS"]),
        ("Korea Północna wysłała żołnierzy, a Rosja przekazała ropę – podał HUR.", "wysłała", ["HUR"]),
        ("„Korea Północna wysłała rakiety” – powiedział Kyryło Budanow.", "wysłała", ["Kyrylo Budanov"]),
        ("Ukraiński wywiad ocenia, iż Korea Północna produkuje rakiety.", "produkuje", ["HUR"]),
        ("Reuters informował o możliwości wysłania oddziałów z Korei Północnej.", "wysłania", ["Reuters"]),
        ("HUR opisuje rekrutację jako część szerszej strategii Rosji.", "rekrutację", ["HUR"]),
        ("Władimir Putin przyjął Kima i zapowiedział, że Rosja pomoże Korei Północnej.", "pomoże",
         ["Vladimir Putin"]),  # the subject of two coordinated predicates
        ("Kim Dzong Un ratyfikował traktat, o czym poinformowała agencja Reuters.", "ratyfikował", ["Reuters"]),
        # what a source expects or suspects, with a complement
        ("HUR spodziewa się, że wiosną Pjongjang przyśle kolejne dywizjony.", "przyśle", ["HUR"]),
        ("HUR podejrzewa, że Rosja przekazała KRLD systemy S-400.", "przekazała", ["HUR"]),
        # an adverbial participle's clause between the speaker and the verb names no speaker; a nested cue's does
        ("Siergiej Szojgu, występując na konferencji z Kyryłą Budanowa, zapowiedział, że Rosja pomoże KRLD.",
         "pomoże", ["Sergei Shoigu"]),
        ("Reuters, powołując się na HUR, poinformował, że Korea Północna wysłała pociski.", "wysłała",
         ["Reuters", "HUR"]),
    ],
)
def test_reporting_verbs(text: str, anchor: str, chain: list[str]) -> None:
    assert chain_of(text, anchor) == chain


# --- nested chains ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "chain"),
    [
        ("The Moscow Times, odwołując się do publikacji rosyjskiego Ministerstwa Obrony, poinformował, że saperzy "
         "rozpoczęli prace.", "rozpoczęli", ["The Moscow Times", "Russian Ministry of Defence"]),
        ("Reuters, powołując się na HUR, podał, że Korea Północna wysłała rakiety.", "wysłała", ["Reuters", "HUR"]),
        ("Kyiv Post poinformował, że Kim Dzong Un stwierdził, że armia rośnie.", "armia",
         ["Kyiv Post", "Kim Jong Un"]),
        ("Według doniesień „The Moscow Times” rosyjscy urzędnicy twierdzą, że rozminowywanie potrwa rok.",
         "rozminowywanie", ["The Moscow Times", "Russia"]),
        ("Budanow, cytowany przez Reutersa, powiedział, że Rosja dostarcza drony.", "dostarcza",
         ["Reuters", "Kyrylo Budanov"]),  # the outlet that carries the speaker comes first
        ("W rozmowie z Reutersem Kyryło Budanow powiedział, że Rosja dostarcza drony.", "dostarcza",
         ["Kyrylo Budanov"]),  # no "Reutersem" surface: only the speaker
        ("Kyryło Budanow powiedział w rozmowie z Reuters, że Rosja dostarcza drony.", "dostarcza",
         ["Reuters", "Kyrylo Budanov"]),
        ("Jak podaje Reuters, powołując się na HUR, Korea Północna wysłała rakiety.", "wysłała", ["Reuters", "HUR"]),
        ("HUR poinformował, że według NIS Korea Północna wysłała saperów.", "wysłała", ["HUR", "NIS"]),
        # a group named only by its nationality relays a named source: the chain starts with the source
        ("Południowokoreańscy parlamentarzyści, powołując się na Narodową Służbę Wywiadowczą (NIS), informowali o "
         "możliwości wysłania oddziałów.", "wysłania", ["NIS"]),
        # a group named only by its nationality, citing nobody, is the source
        ("Rosyjscy urzędnicy twierdzą, że rozminowywanie potrwa rok.", "rozminowywanie", ["Russia"]),
        # "na które powołuje się X" in a relative clause: X carries the source named before it
        ("Według danych HUR, na które powołuje się „The Moscow Times”, Korea Północna wysłała rakiety.", "wysłała",
         ["The Moscow Times", "HUR"]),
        ("Według raportu NIS, na który powołał się Kyiv Post, Korea Północna wysłała rakiety.", "wysłała",
         ["Kyiv Post", "NIS"]),
        # a relative clause whose verb passes on the source's figures: its subject carries the source, also past
        # a time and a place phrase
        ("Według NIS, której szacunki przedstawił w ubiegły czwartek na zamkniętym posiedzeniu komisji deputowany "
         "Lee Seong-kweun, Pjongjang wysłał do Rosji 15 tys. żołnierzy.", "wysłał", ["Lee Seong-kweun", "NIS"]),
        ("Według NIS, której szacunki są ostrożne, Pjongjang wysłał do Rosji 15 tys. żołnierzy.", "wysłał", ["NIS"]),
        # a long nested cue does not push the speaker before it out of reach; "z UJ" is where she works
        ("Dr hab. Joanna Kamińska z UJ, powołując się na raport waszyngtońskiego Instytutu Studiów nad Wojną "
         "(ISW), przypomniała, że do Rosji trafiło 15 tys. żołnierzy.", "trafiło",
         ["Joanna Kamińska", "Institute for the Study of War"]),
    ],
)
def test_nested_chains(text: str, anchor: str, chain: list[str]) -> None:
    assert chain_of(text, anchor) == chain


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        # a name that morfeusz also reads as a verb ("Zerkało", "zerkać") is the subject, not a predicate before it
        ("Niezależny portal Zerkało, powołując się na źródła w białoruskim ministerstwie pracy, ustalił, że Mińsk "
         "chce zatrudnić robotników z KRLD.", ["Zerkalo", "Belarus"]),
        ("Portal Zerkało poinformował, że Białoruś chce zatrudnić robotników z KRLD.", ["Zerkalo"]),
        # a nationality adjective opening an outlet's description is no mention of a body named later
        ("Japoński dziennik „Yomiuri Shimbun”, powołując się na japońskie ministerstwo obrony, napisał, że Rosja "
         "dostarczyła KRLD systemy przeciwlotnicze.", ["The Yomiuri Shimbun", "Japanese Ministry of Defense"]),
    ],
)
def test_chains_of_extracted_events(text: str, chain: list[str]) -> None:
    from eventdb.extract import extract

    (event,) = extract(text).events
    assert [a.cited.name for a in sorted(event.attributions, key=lambda a: a.position)] == chain


def test_positions_and_cue_words() -> None:
    sentence, mentions = build(
        "The Moscow Times, odwołując się do publikacji rosyjskiego Ministerstwa Obrony, poinformował, że saperzy "
        "rozpoczęli prace."
    )
    found = sorted(find_attributions(sentence, mentions), key=lambda a: a.position)
    assert [(a.position, a.cited.name, a.cue) for a in found] == [
        (1, "The Moscow Times", "poinformował"),
        (2, "Russian Ministry of Defence", "odwołując się do"),
    ]
    assert found[0].text == "The Moscow Times, odwołując się do publikacji rosyjskiego Ministerstwa Obrony, poinformował"
    assert found[1].text == "odwołując się do publikacji rosyjskiego Ministerstwa Obrony"


def test_statement_verb_is_left_out_of_its_own_chain() -> None:
    sentence, mentions = build("Kyiv Post poinformował, że Kim Dzong Un stwierdził, że armia rośnie.")
    cues = find_cues(sentence, mentions)
    kim = next(c for c in cues if c.attribution.cited.name == "Kim Jong Un")
    assert kim.speech_token is not None
    chain = chain_at(cues, sentence.start + sentence.text.index("stwierdził"), exclude_speech_token=kim.speech_token)
    assert [a.cited.name for a in chain] == ["Kyiv Post"]


# --- what is no citation ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jak podano, Rosja wysłała żołnierzy do Korei Północnej.",  # anonymous
        "Według niego Rosja wysłała żołnierzy.",  # a pronoun: no named source
        "Według danych Korea Północna wysłała żołnierzy.",  # the nominative after it is the subject, not the source
        "Rosja przekazała Korei Północnej amunicję.",  # "przekazać" without "że": a transfer, not a report
        "Korea Północna zapewnia Rosji amunicję.",
        "Rosja wysłała żołnierzy.",
        "Eksperci oceniają sytuację jako poważną.",
        "Rosja twierdzi.",
        "Jak podają media, Korea Północna wysłała żołnierzy.",
        "Moskwa otrzymała pociski z Pjongjangu.",
        "HUR przekazał Ukrainie drony.",
        "Zdaniem ekspertów Rosja wyśle kolejne oddziały.",
        # a relative clause whose verb is no getting hold of the document names no source
        "Wynika to z dokumentów, o których mówił Reuters.",
        # a verb of expecting without a complement reports nothing, and opens no "jak" cue
        "Rosja oczekuje dostaw amunicji z Korei Północnej.",
        "Rosja dostarcza pociski i – jak podejrzewa HUR – drony.",
    ],
)
def test_no_citation(text: str) -> None:
    sentence, mentions = build(text)
    assert find_attributions(sentence, mentions) == []


# --- titles, possessives, and sources named in the sentences before ----------------------------------------------

KIM = EntityRef(table="actor", name="Kim Jong Un", kind="person", country="North Korea")
PUTIN = EntityRef(table="actor", name="Vladimir Putin", kind="person", country="Russia")
SAVCHENKO = EntityRef(table="actor", name="Oleh Savchenko", kind="person", country="Ukraine")
MINISTRY = EntityRef(table="actor", name="Russian Ministry of Defence", kind="ministry", country="Russia")
HUR = EntityRef(table="actor", name="HUR", kind="agency", country="Ukraine")
REUTERS = Attribution(cited=EntityRef(table="actor", name="Reuters", kind="media"), position=1, cue="powołując się na",
                      start=0, end=16, text="powołując się na", sentence=-1)
UKRINFORM = Attribution(cited=EntityRef(table="actor", name="Ukrinform", kind="media"), position=1,
                        cue="Cytowany przez", start=0, end=14, text="Cytowany przez", sentence=-1)


@pytest.mark.parametrize(
    ("text", "anchor", "context", "chain"),
    [
        # a title or an organization before the name: the person
        ("Według rzecznika Kremla Dmitrija Pieskowa Rosja nie wysłała broni.", "wysłała", {}, ["Dmitry Peskov"]),
        ("Według rzecznika Rady Najwyższej Dmytra Łubińca w niewoli jest siedmiu żołnierzy KRLD.", "jest", {},
         ["Dmytra Łubińca"]),  # a name the gazetteer does not know
        ("Według rzecznika Rady Najwyższej Dmytra Łubinca w niewoli jest siedmiu żołnierzy KRLD.", "jest", {},
         ["Dmytro Lubinets"]),  # "według" governs the name's case, whatever its reading says
        ("Według agencji Yonhap Kim Dzong Un odwiedził Rosję.", "odwiedził", {}, ["Yonhap"]),  # a subject: a verb follows
        ("Cytowany przez agencję Yonhap przedstawiciel JCS powiedział, że Korea Północna wysłała pociski.",
         "wysłała", {}, ["Yonhap", "JCS"]),
        # a pronoun, a missing subject or a common noun: the source or person of the sentences before
        ("Według niej Rosja wysłała broń.", "wysłała", {"referent": MINISTRY}, ["Russian Ministry of Defence"]),
        ("Jego zdaniem Rosja wysłała broń.", "wysłała", {"referent": KIM}, ["Kim Jong Un"]),
        ("Dodał, że Rosja wysłała broń.", "wysłała", {"referent": PUTIN}, ["Vladimir Putin"]),
        ("„Rosja wysłała broń” – mówiła.", "wysłała", {"referent": SAVCHENKO}, ["Oleh Savchenko"]),
        ("„Rosja wysłała broń” – dodał później.", "wysłała", {"referent": KIM}, ["Kim Jong Un"]),
        ("Jak przekazał resort, Rosja wysłała broń.", "wysłała", {"referent": MINISTRY},
         ["Russian Ministry of Defence"]),
        ("Według niego Rosja wysłała broń.", "wysłała", {"referent": SAVCHENKO, "chain": (UKRINFORM,)},
         ["Ukrinform", "Oleh Savchenko"]),  # the outlet that carried him comes first
        # a title names the person of its country named before
        ("Przywódca KRLD zadeklarował, że Rosja wysłała broń.", "wysłała", {"persons": (PUTIN, KIM)},
         ["Kim Jong Un"]),
        ("Oficer powiedział, że Rosja wysłała broń.", "wysłała", {"persons": (SAVCHENKO,)}, ["Oleh Savchenko"]),
        # ... nobody when there is nobody to refer to, or when the text names the source
        ("Przywódca KRLD zadeklarował, że Rosja wysłała broń.", "wysłała", {"persons": (PUTIN,)}, ["North Korea"]),
        ("Analitycy ocenili, że Rosja wysłała broń.", "wysłała", {"persons": (PUTIN,)}, []),  # not one person
        ("Według niego Rosja wysłała broń.", "wysłała", {}, []),
        ("Według HUR Rosja wysłała broń.", "wysłała", {"referent": KIM}, ["HUR"]),
        ("Dodał, że Rosja wysłała broń.", "wysłała", {}, []),
        ("„Rosja wysłała broń” – mówiła.", "wysłała", {}, []),
        # a common noun before the next clause's subject names a source again; of the source and the outlets that
        # carry it, the one of the noun's kind ("agencja": the outlet, "wywiad": the service)
        ("Według agencji Rosja wysłała broń.", "wysłała", {"referent": HUR, "chain": (REUTERS,)}, ["Reuters"]),
        ("Według wywiadu Rosja wysłała broń.", "wysłała", {"referent": HUR, "chain": (REUTERS,)},
         ["Reuters", "HUR"]),
        ("Według agencji Rosja wysłała broń.", "wysłała", {"referent": HUR}, ["HUR"]),  # no outlet to name
        ("Według agencji Reuters Rosja wysłała broń.", "wysłała", {"referent": HUR}, ["Reuters"]),  # named
        # a document with no name, or its authors, as the subject of a reporting verb: the body cited before
        ("Autorzy szacują, że Rosja wysłała broń.", "wysłała", {"referent": HUR}, ["HUR"]),
        ("Autorzy raportu szacują, że Rosja wysłała broń.", "wysłała", {"referent": SAVCHENKO, "chain": (REUTERS,)},
         ["Reuters"]),  # a person writes no report: the outlet that carried him
        ("Raport opisuje, jak Rosja wysłała broń.", "wysłała", {"referent": HUR}, ["HUR"]),
        ("Z dokumentu wynika też, że Rosja wysłała broń.", "wysłała", {"referent": HUR}, ["HUR"]),
        ("Po lekturze raportu ocenił, że Rosja wysłała broń.", "wysłała", {"referent": HUR}, []),  # not its source
        # ... not the object of a verb before ("nazwał raport „...” i stwierdził"), nor with nobody to refer to
        ("Nazwał raport kłamstwem i stwierdził, że Rosja nie wysłała broni.", "wysłała", {"referent": HUR}, []),
        ("Autorzy szacują, że Rosja wysłała broń.", "wysłała", {}, []),
        # ... before any word that cannot hang on the noun: an adverb, a preposition, a verb, a number
        ("Według wywiadu tylko w styczniu Rosja wysłała broń.", "wysłała", {"referent": HUR}, ["HUR"]),
        ("Według agencji w ciągu roku Rosja wysłała broń.", "wysłała", {"referent": HUR, "chain": (REUTERS,)},
         ["Reuters"]),
        ("Według wywiadu wysłano 300 pocisków.", "wysłano", {"referent": HUR}, ["HUR"]),
        # ... but not a noun with an attribute of its own: whose intelligence is not told
        ("Według wywiadu wojskowego Rosja wysłała broń.", "wysłała", {"referent": HUR}, []),
    ],
)
def test_references_to_sources(text: str, anchor: str, context: dict[str, object], chain: list[str]) -> None:
    assert chain_of(text, anchor, **context) == chain


# --- an outlet between a postposed verb and its speaker (full extraction, default gazetteer) ------------

_OUTLET_CASES = [
    # (text, chain of the reported event: outermost first)
    ("Korea Północna wysłała do Rosji żołnierzy – ocenił w rozmowie z PAP płk Piotr Lewandowski.",
     ["PAP", "Piotr Lewandowski"]),
    ("Korea Północna wysłała do Rosji żołnierzy – powiedział w wywiadzie dla CNN sekretarz stanu Antony Blinken.",
     ["CNN", "Antony Blinken"]),
    ("Korea Północna przekazała Rosji pociski – stwierdził w rozmowie z Reutersem Antony Blinken.",
     ["Reuters", "Antony Blinken"]),
    ("Rosja dostarczyła Korei Północnej systemy obrony powietrznej – mówi w rozmowie z PAP Kyryło Budanow.",
     ["PAP", "Kyrylo Budanov"]),
    ("Korea Północna wysłała do Rosji żołnierzy – przekazał w wywiadzie dla CNN szef HUR Kyryło Budanow.",
     ["CNN", "Kyrylo Budanov"]),
    ("Korea Północna dostarczyła Rosji amunicję – dodał w rozmowie z PAP Antony Blinken.",
     ["PAP", "Antony Blinken"]),
    # an outlet's title in quotation marks is no quotation after the verb
    ("Korea Północna dostarczyła Rosji amunicję – mówi w rozmowie z „Nową Europą Wschodnią” Antony Blinken.",
     ["Nowa Europa Wschodnia", "Antony Blinken"]),
    # must not: no outlet, the speaker alone
    ("Korea Północna wysłała do Rosji żołnierzy – powiedział sekretarz stanu Antony Blinken.", ["Antony Blinken"]),
    ("Korea Północna przekazała Rosji pociski – poinformowała agencja Reuters.", ["Reuters"]),
    # must not: a person in the genitive after the source is the source itself ("według szefa HUR X")
    ("Według szefa HUR Kyryła Budanowa Korea Północna wysłała do Rosji żołnierzy.", ["Kyrylo Budanov"]),
    ("Jak podał Reuters, Korea Północna wysłała do Rosji żołnierzy.", ["Reuters"]),
    ("Korea Północna wysłała do Rosji żołnierzy.", []),
]


@pytest.mark.parametrize(("text", "chain"), _OUTLET_CASES)
def test_outlet_between_postposed_verb_and_speaker(text: str, chain: list[str]) -> None:
    import datetime as dt

    from eventdb.extract import extract
    from eventdb.extract.gazetteer import Gazetteer

    ex = extract(text, published_on=dt.date(2024, 11, 30), gazetteer=Gazetteer.default())
    reported = [ev for ev in ex.events if ev.event_type != "statement"]
    assert reported, text
    assert [a.cited.name for a in reported[0].attributions] == chain
    # the speaker never cites himself for his own words
    for ev in ex.events:
        if ev.event_type == "statement":
            speakers = {r.entity.name for r in ev.roles if r.role == "agent"}
            assert not speakers & {a.cited.name for a in ev.attributions}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # after the speaker, "z" names the body the speaker works for
        ("„Rosja wysłała broń” – mówi Jan Kowalski z Ośrodka Studiów Wschodnich.", "Jan Kowalski"),
        ("„Dzieci wywozi się do Rosji” – mówi „Wyborczej” Olena Kowal z kijowskiej organizacji Monitoring Praw "
         "Dziecka.", "Olena Kowal"),
        # an outlet's title in quotation marks between the verb and the speaker
        ("„Rosja inwestuje w ludzi” – mówi w rozmowie z „Nową Europą Wschodnią” dr Maria Przybyłowicz.",
         "Maria Przybyłowicz"),
        # with no body after the speaker, the speaker
        ("„Dzieci wywozi się do Rosji” – mówi Jan Kowalski.", "Jan Kowalski"),
    ],
)
def test_the_speaker_after_a_quotation(text: str, speaker: str) -> None:
    import datetime as dt

    from eventdb.extract import extract
    from eventdb.extract.gazetteer import Gazetteer

    ex = extract(text, published_on=dt.date(2025, 11, 18), gazetteer=Gazetteer.default())
    said = [ev for ev in ex.events if ev.event_type == "statement"]
    assert [[r.entity.name for r in ev.roles if r.role == "agent"] for ev in said] == [[speaker]]


@pytest.mark.parametrize(
    ("text", "anchor", "chain"),
    [
        # a cue between two dashes is an aside: what comes before the first dash is not its statement
        ("Pracodawcy płacą 60 tys. rubli, ale – jak ustalił Reuters – robotnicy dostają piątą część.", "Pracodawcy",
         []),
        ("Pracodawcy płacą 60 tys. rubli, ale – jak ustalił Reuters – robotnicy dostają piątą część.", "dostają",
         ["Reuters"]),
    ],
)
def test_a_cue_between_dashes_is_an_aside(text: str, anchor: str, chain: list[str]) -> None:
    assert chain_of(text, anchor) == chain
