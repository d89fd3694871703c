"""Trigger families through the whole pipeline with the shipped gazetteer: a state's spending on its own forces
(mobilization: it reinforces them short of using them), military courses, placements and schooling (training),
and bringing in foreign workers (labour recruitment)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdb.extract import extract

PUBLISHED = dt.date(2025, 11, 20)


def found(text: str) -> list[tuple[str, set[str], set[str]]]:
    """(type, agents, partners and targets) of the events of ``text``."""
    return [(e.event_type, {r.entity.name for r in e.roles if r.role == "agent"},
             {r.entity.name for r in e.roles if r.role in ("partner", "target")})
            for e in extract(text, published_on=PUBLISHED).events]


@pytest.mark.parametrize("text, agent", [
    ("Korea Południowa przeznaczy w przyszłym roku 1,3 bln wonów na rozbudowę obrony przeciwrakietowej.",
     "South Korea"),
    ("Polska ma przeznaczyć w tym roku na obronę powietrzną ponad 20 mld zł.", "Poland"),
    ("Japonia przeznacza na zbrojenia coraz więcej pieniędzy.", "Japan"),
    ("Rosja przeznaczyła na amunicję 30 mld rubli.", "Russia"),
    ("Japonia zwiększy wydatki na obronność do 2 proc. PKB.", "Japan"),
    ("Litwa podniosła budżet obronny o 10 proc.", "Lithuania"),
    ("Niemcy uchwaliły rekordowy budżet wojskowy.", "Germany"),
    ("Polska wyda na własną tarczę, czyli programy Wisła i Narew, ponad 100 mld zł.", "Poland"),
    ("Rosja wydała na zbrojenia 100 mld rubli.", "Russia"),
])
def test_spending_on_ones_own_forces(text: str, agent: str) -> None:
    assert ("mobilization", {agent}, set()) in found(text), found(text)


@pytest.mark.parametrize("text", [
    "Rząd przeznaczy 5 mld zł na budowę dróg.",  # no defence
    "Korea Południowa przeznaczy 2 mln dolarów na pomoc humanitarną dla Ukrainy.",  # aid to another
    "Bank przeznaczył zysk na dywidendę.",
    "Minister obrony wydał na ich cześć uroczyste przyjęcie.",  # a reception, whoever gives it
])
def test_spending_on_anything_else(text: str) -> None:
    assert not [t for t, _a, _o in found(text) if t == "mobilization"], found(text)


def test_money_for_anothers_forces_is_support() -> None:
    assert [t for t, _a, _o in found("USA przeznaczą 1 mld dolarów na pomoc wojskową dla Ukrainy.")] == [
        "military_support"]


@pytest.mark.parametrize("text, agents, partners", [
    ("Kilkunastu oficerów KRLD przechodzi w Rosji kursy operatorów dronów.", {"Russia"}, {"North Korea"}),
    ("Rosja organizuje kursy dla północnokoreańskich pilotów.", {"Russia"}, {"North Korea"}),
    ("W zamian kilkudziesięciu rosyjskich oficerów ma odbywać staże w północnokoreańskich jednostkach.",
     {"North Korea"}, {"Russia"}),
    ("Rosyjskie akademie wojskowe wykształcą do 2030 r. 1,5 tys. oficerów z Korei Północnej.", {"Russia"},
     {"North Korea"}),
    # sent to a course in a place: the host trains; the numeral is the subject, not the one named before
    ("Portal Nowa Europa Wschodnia ustalił nazwiska. Kilkunastu trafiło na kursy operatorów dronów przy zakładach "
     "w Jełabudze.", {"Russia"}, set()),
])
def test_courses_placements_and_schooling(text: str, agents: set[str], partners: set[str]) -> None:
    assert ("training", agents, partners) in found(text), found(text)


@pytest.mark.parametrize("text", [
    "Kurs dolara wzrósł w Pjongjangu do 8 tys. wonów.",  # an exchange rate
    "Samolot z Moskwy zmienił kurs nad Bałtykiem.",  # a heading
    "Córka ministra odbywa staż w banku w Moskwie.",  # no military schooling
    "Rosyjskie szkoły wykształciły wielu inżynierów z Chin.",
])
def test_no_course(text: str) -> None:
    assert not [t for t, _a, _o in found(text) if t == "training"], found(text)


@pytest.mark.parametrize("text, agents, partners", [
    ("Mińsk chce sprowadzić w tym i przyszłym roku od 3 do 5 tys. robotników z Korei Północnej.", {"Belarus"},
     {"North Korea"}),
    ("Rosja sprowadza z Korei Północnej tysiące pracowników budowlanych.", {"Russia"}, {"North Korea"}),
    ("Białoruś sprowadziła 300 robotników z KRLD.", {"Belarus"}, {"North Korea"}),
])
def test_bringing_in_workers(text: str, agents: set[str], partners: set[str]) -> None:
    assert ("labor_recruitment", agents, partners) in found(text), found(text)


@pytest.mark.parametrize("text", [
    "Rosja sprowadza z Chin ropę i maszyny.",  # goods: no workers
    "Białoruś sprowadziła z Rosji 20 czołgów.",
    "Policja sprowadziła na miejsce psy tropiące.",
])
def test_bringing_in_no_workers(text: str) -> None:
    assert not [t for t, _a, _o in found(text) if t == "labor_recruitment"], found(text)


@pytest.mark.parametrize("text, agents, partners", [
    # a noun's own recipient in the dative, right after it, also when a verb governs the noun
    ("Niemcy zapowiedziały w poniedziałek przekazanie Ukrainie dwóch systemów Patriot.", {"Germany"}, {"Ukraine"}),
    ("Niemcy przekazały Ukrainie dwa systemy Patriot.", {"Germany"}, {"Ukraine"}),
    ("Francja ogłosiła w środę przekazanie Ukrainie sześciu myśliwców.", {"France"}, {"Ukraine"}),
])
def test_a_dative_after_a_transfer_noun_receives(text: str, agents: set[str], partners: set[str]) -> None:
    assert ("arms_transfer", agents, partners) in found(text), found(text)


def test_a_dative_after_a_noun_is_no_genitive() -> None:
    """"przekazanie Ukrainie": Ukraine (dative only) is not the noun's owner, so never its agent."""
    assert all("Ukraine" not in a for _t, a, _o in found("Niemcy zapowiedziały przekazanie Ukrainie czołgów."))


@pytest.mark.parametrize("text, event_type, agents", [
    # each verb's aspect partner is a trigger too: the perfective and the imperfective say the same deed
    ("W ubiegłym roku Rosja wyeksportowała do Korei Północnej 42 tys. ton pszenicy.", "trade", {"Russia"}),
    ("Chiny zaimportowały z Rosji rekordowe ilości ropy.", "trade", {"China"}),
    ("Ukraińskie drony uderzają w rosyjskie rafinerie.", "attack", {"Ukraine"}),
    ("Rosyjskie wojska niszczą ukraińskie elektrownie rakietami.", "attack", {"Russian Armed Forces"}),
    ("Ukraińska obrona powietrzna zestrzeliwuje rosyjskie drony nad Kijowem.", "attack", {"Ukraine"}),
    ("Ukraińskie siły specjalne likwidują północnokoreańskich żołnierzy.", "attack", {"Ukrainian Armed Forces"}),
    ("Rosja i Korea Północna zawierają kolejne porozumienia gospodarcze.", "agreement", {"Russia", "North Korea"}),
])
def test_aspect_partners(text: str, event_type: str, agents: set[str]) -> None:
    assert event_type in {t for t, a, _o in found(text) if a == agents}, found(text)


@pytest.mark.parametrize("text", [
    "Pociski zawierają zachodnie komponenty.",  # "zawierać" names a deal only with a treaty or contract
    "Rosyjska prasa eliminuje z przekazu wszelkie krytyczne głosy.",  # no troops or people killed
])
def test_aspect_partners_keep_their_conditions(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize("text, speaker", [
    # verbs of explaining, reminding, pointing out, judging and estimating state when what is said follows
    # ("..., że"), or comes before the dash that opens the speaker's words
    ("Wroński przypomina, że tania rosyjska pszenica wypiera ziarno z rynków Afryki.", "Wroński"),
    ("Ekspert Jan Kowalski uważa, że Rosja nie zrezygnuje z dostaw.", "Jan Kowalski"),
    ("Marek Dąbrowski szacuje, że dzięki temu Rosja odzyskała kilka tysięcy żołnierzy.", "Marek Dąbrowski"),
    ("Rzecznik Jan Nowak wskazał, że przejście graniczne pozostanie zamknięte.", "Jan Nowak"),
    ("Brakuje im przeszło dwóch milionów pracowników – tłumaczy dr Paweł Nowicki, ekonomista.", "Paweł Nowicki"),
    ("Każdy z nich przynosi reżimowi rocznie 10 tys. dolarów – wyjaśnia Jan Kowalski.", "Jan Kowalski"),
    ("Zmiana rozstawu wymaga przeładunku, co zajmuje 6 godzin – komentuje dla Kuriera Kolejowego Jan Sobczak.",
     "Jan Sobczak"),
])
def test_explaining_and_reminding_are_statements(text: str, speaker: str) -> None:
    assert ("statement", {speaker}, set()) in found(text), found(text)


@pytest.mark.parametrize("text", [
    "Tłumacz z Seulu tłumaczy listy północnokoreańskich żołnierzy na ukraiński.",  # translating
    "Budynek przypomina twierdzę.",  # resembling
    "Rzecznik wskazał drogę ewakuacji.",  # nothing said follows
    "Dąbrowski uważa to za błąd.",
    # a dash that closes an aside opens no speaker's words
    "Sankcjami objęto dwóch generałów, którzy – jak napisano w uzasadnieniu – odpowiadają za rozmieszczenie wojsk.",
])
def test_explaining_verbs_without_anything_said(text: str) -> None:
    assert "statement" not in {t for t, _a, _o in found(text)}, found(text)


@pytest.mark.parametrize("text, speaker", [
    # a person's opinion cited in a sentence that tells no event of its own is that person's statement
    ("Według gubernatora obwodu kurskiego Aleksandra Chinsztejna miny mogą zalegać na obszarze 400 km².",
     "Alexander Khinshtein"),
    ("Według Władimira Putina sankcje nie działają.", "Vladimir Putin"),
    ("Zdaniem Jana Kowalskiego most ma przede wszystkim znaczenie wojskowe.", "Jan Kowalski"),
    ("Ekspert Jan Kowalski był w Kijowie. Jego zdaniem wymiana handlowa skurczyłaby się o połowę.", "Jan Kowalski"),
    ("W opinii Jana Kowalskiego z PISM Pjongjang nie zrezygnuje z programu rakietowego.", "Jan Kowalski"),
])
def test_a_persons_opinion_is_a_statement(text: str, speaker: str) -> None:
    assert ("statement", {speaker}, set()) in found(text), found(text)


@pytest.mark.parametrize("text", [
    "Według NIS sankcje nie działają.",  # an agency reports: its verbs and cues cite, they state nothing
    "Według danych celnych obroty handlowe spadły.",  # no person
    "Zdaniem dyplomatów w Evian komunikat niewiele zmieni.",  # nobody named: a place after "w" is no person
])
def test_opinions_of_no_named_person(text: str) -> None:
    assert "statement" not in {t for t, _a, _o in found(text)}, found(text)


def test_an_opinion_on_an_event_cites_the_person() -> None:
    # the event told is the event; the person is its cited source, not the maker of a statement
    events = extract("Według Władimira Putina Rosja wyśle do KRLD 200 żołnierzy.", published_on=PUBLISHED).events
    assert [e.event_type for e in events] == ["troop_deployment"]
    assert [a.cited.name for a in events[0].attributions] == ["Vladimir Putin"]


def test_goods_that_reach_a_state_are_economic_support_of_the_supplier_named_before() -> None:
    text = ("Rosja wysłała do Korei Północnej 100 tys. ton pszenicy. "
            "W ciągu ośmiu miesięcy do Korei Północnej trafiło ok. 52 tys. ton ziarna.")
    assert found(text) == [("economic_support", {"Russia"}, {"North Korea"})] * 2


@pytest.mark.parametrize("text", [
    "Ukraina otrzymała od Niemiec systemy Patriot. Do Korei Północnej trafiło ok. 52 tys. ton ziarna.",  # no supplier
    "Rosyjskie pociski trafiły w elektrownię.",  # a hit
])
def test_goods_reaching_with_no_supplier_of_goods_before(text: str) -> None:
    assert "economic_support" not in {t for t, _a, _o in found(text)}, found(text)


@pytest.mark.parametrize("text, agents", [
    # arms carried in, across or out
    ("Korea Północna dostarcza Rosji amunicję. Przez Chasan przejechało ok. 1,6 tys. wagonów z amunicją.",
     {"North Korea"}),
    ("Jak ustalił HUR, do Melitopola wjechało z Rosji osiem pociągów z amunicją.", {"Russia"}),
    ("Amunicja z Korei Północnej dotarła do Rosji w październiku.", {"North Korea"}),
    ("Pierwsze systemy Pancyr miały dotrzeć do KRLD z Rosji już na początku roku.", {"Russia"}),
])
def test_arms_that_arrive(text: str, agents: set[str]) -> None:
    assert "arms_transfer" in {t for t, a, _o in found(text) if a == agents}, found(text)


@pytest.mark.parametrize("text", [
    "Putin przejechał przez Pjongjang w kolumnie samochodów.",  # a person passing
    "Do Rosji wjechało 200 żołnierzy z KRLD.",  # troops
    "Pociski dotarły do celu.",  # a hit
])
def test_arrivals_that_carry_no_arms(text: str) -> None:
    assert "arms_transfer" not in {t for t, _a, _o in found(text)}, found(text)


@pytest.mark.parametrize("text, agents", [
    # civilians killed or wounded where no event named a place are of the country of the place named last
    ("Ałabuga była celem ukraińskich dronów. Ostatni atak uszkodził halę. Według władz Tatarstanu nikt nie zginął, "
     "a trzech pracowników zostało rannych.", {"Russia"}),
    ("W nocy Rosjanie ostrzelali Odessę rakietami. Jedna z nich trafiła w blok. Zginęło dziewięć osób.", {"Ukraine"}),
    # soldiers are not of the place they fall at
    ("W Kijowie odbyła się konferencja. Na froncie zginęło 300 żołnierzy.", set()),
    # a country named is too little of where ("wysłała do Rosji")
    ("Korea Północna wysłała do Rosji 12 tys. żołnierzy. Zginęło 14 osób.", set()),
    # where the missile came from is not where it struck
    ("Rakietę wystrzelono z obwodu woroneskiego. Ładunek ważył 500 kg. Zginęło sześć osób.", set()),
    # a place further back, or in a paragraph before, when none is nearer: the last the document named
    ("Odessa leży nad morzem. Port jest duży. Miasto ma milion mieszkańców. Zginęło dziewięć osób.", {"Ukraine"}),
])
def test_civilians_of_the_place_named_before(text: str, agents: set[str]) -> None:
    assert [a for t, a, _o in found(text) if t == "casualties"] == [agents], found(text)


@pytest.mark.parametrize("text, agents", [
    # forces that served at the front or joined those there
    ("Łącznie przez front przewinęło się – według NIS – blisko 20 tys. północnokoreańskich wojskowych.",
     {"North Korea"}),
    # a rotation, company or corps is a body of troops
    ("Korea Północna wysłała do Rosji 11 tys. żołnierzy. Trzecia rotacja, licząca ok. 8 tys. ludzi, przybyła na "
     "przełomie lutego i marca.", {"North Korea"}),
    ("Pjongjang wysłał do obwodu kurskiego kolejną rotację.", {"North Korea"}),
])
def test_forces_that_served_or_joined(text: str, agents: set[str]) -> None:
    assert [a for t, a, _o in found(text) if t == "troop_deployment"][-1] == agents, found(text)


@pytest.mark.parametrize("text", [
    "Korea Południowa dołączyła do sankcji.",  # no forces
    "Przez miasto przewinęło się wielu turystów.",
    "Rośnie liczba młodych ludzi pragnących dołączyć do wojska.",  # enlisting is no deployment
])
def test_joining_with_no_forces(text: str) -> None:
    assert "troop_deployment" not in {t for t, _a, _o in found(text)}, found(text)


def test_a_statement_with_no_time_is_of_the_day_of_the_occasion_before() -> None:
    text = ("We wtorek w Krakowie Rosja i Korea Północna podpisały umowę o współpracy. "
            "Ekspert Jan Kowalski przypomniał, że Rosja potrzebuje amunicji.")
    events = extract(text, published_on=PUBLISHED).events
    statement = next(e for e in events if e.event_type == "statement")
    assert statement.date is not None and statement.date.date_from == dt.date(2025, 11, 18)


def test_a_statement_with_no_day_before_it_has_no_date() -> None:
    text = "W 2024 r. Rosja i Korea Północna podpisały umowę. Ekspert Jan Kowalski przypomniał, że Rosja potrzebuje amunicji."
    statement = next(e for e in extract(text, published_on=PUBLISHED).events if e.event_type == "statement")
    assert statement.date is None  # a year is no day of an occasion


@pytest.mark.parametrize("text, agents", [
    # listings with what is listed between the verb and the list, and accounts or funds frozen
    ("Japonia wpisze oba statki oraz ich armatorów na krajową listę sankcyjną.", {"Japan"}),
    ("Co najmniej cztery chińskie banki zamroziły w styczniu rachunki spółek powiązanych z Koreą Północną.",
     {"China"}),
    ("Korea Południowa zamroziła środki północnokoreańskich hakerów.", {"South Korea"}),
])
def test_listings_and_frozen_accounts(text: str, agents: set[str]) -> None:
    assert "sanction" in {t for t, a, _o in found(text) if a == agents}, found(text)


@pytest.mark.parametrize("text", [
    "Zima zamroziła rzekę.",
    "Rosja zamroziła ceny paliw.",
])
def test_freezing_no_accounts(text: str) -> None:
    assert "sanction" not in {t for t, _a, _o in found(text)}, found(text)


@pytest.mark.parametrize("text, agents", [
    # bare turnover or trade with a sum of money: the trade of the states named with it
    ("Według Federalnej Służby Celnej w 2025 r. obroty Rosji z KRLD sięgnęły 58 mln dolarów.",
     {"Russia", "North Korea"}),
    ("Dla porównania handel Korei Północnej z Chinami przekroczył w tym samym czasie 2,5 mld dolarów.",
     {"North Korea", "China"}),
    ("Obroty Białorusi z Rosją wzrosły w ubiegłym roku do 50 mld dolarów.", {"Belarus", "Russia"}),
    ("Handel Chin z Rosją wyniósł 240 mld dolarów.", {"China", "Russia"}),
])
def test_turnover_with_a_sum_is_trade(text: str, agents: set[str]) -> None:
    assert "trade" in {t for t, a, _o in found(text) if a == agents}, found(text)


@pytest.mark.parametrize("text", [
    "Silnik Rosji osiąga 3000 obrotów na minutę.",  # revolutions: no money
    "Sprawy przybrały w Rosji nieoczekiwany obrót.",
    "Handel ludźmi w Rosji kwitnie.",  # no sum of money
    "Polska potępiła handel bronią z Rosją.",
])
def test_turnover_without_money_is_no_trade(text: str) -> None:
    assert "trade" not in {t for t, _a, _o in found(text)}, found(text)


@pytest.mark.parametrize("text, agents", [
    # a talk told by how long it lasted
    ("Według agencji TASS rozmowa Szojgu z Kim Dzong Unem trwała blisko dwie godziny.",
     {"Sergei Shoigu", "Kim Jong Un"}),
    ("Rozmowa Putina z Kim Dzong Unem potrwa dwie godziny.", {"Vladimir Putin", "Kim Jong Un"}),
    ("Rozmowa Ławrowa z Wangiem Yi trwała ponad trzy godziny.", {"Sergei Lavrov", "Wang Yi"}),
])
def test_a_talk_that_lasted_is_a_meeting(text: str, agents: set[str]) -> None:
    assert "meeting" in {t for t, a, _o in found(text) if a == agents}, found(text)


@pytest.mark.parametrize("text", [
    "Rozmowa telefoniczna z klientem trwała godzinę.",  # no one named
    "Trwała wojna, a o rozmowie nikt nie myślał.",  # the verb before the talk
])
def test_a_talk_with_no_one_is_no_meeting(text: str) -> None:
    assert "meeting" not in {t for t, _a, _o in found(text)}, found(text)


@pytest.mark.parametrize("text", [
    # a treaty or agreement named alone is no event of its own
    "Art. 4 traktatu przewiduje natychmiastową pomoc wojskową w razie napaści na Rosję lub Koreę Północną.",
    "Rocznica traktatu z Rosją.",
    "Nebenzia stwierdził, że współpraca z KRLD opiera się na traktacie z czerwca 2024 r.",
    "Kim Dzong Un nazwał traktat z Rosją najcenniejszym skarbem.",
    "W ramach umowy zdrowotnej Rosja ma wyposażyć trzy szpitale w Pjongjangu.",
])
def test_a_treaty_named_alone_is_no_agreement(text: str) -> None:
    assert "agreement" not in {t for t, _a, _o in found(text)}, found(text)


@pytest.mark.parametrize("text, agents", [
    ("Rosja i Korea Północna podpisały traktat o strategicznym partnerstwie.", {"Russia", "North Korea"}),
    ("Białoruś zawarła z KRLD porozumienie o współpracy wojskowej.", {"Belarus"}),
    ("Rosja ratyfikowała umowę z Koreą Północną.", {"Russia"}),
])
def test_signing_a_treaty_is_an_agreement(text: str, agents: set[str]) -> None:
    assert any(t == "agreement" and agents <= a for t, a, _o in found(text)), found(text)


@pytest.mark.parametrize("text, agents", [
    # a reply that something is not so answers a charge: a denial
    ("Rosyjskie MSZ odpowiedziało, że Rosja „nie przyjmuje pouczeń” w sprawie relacji z sąsiadami.",
     {"Russian Ministry of Foreign Affairs"}),
    ("Rzeczniczka rosyjskiego MSZ Maria Zacharowa odpowiedziała, że kontakty z KRLD „nie są wymierzone w państwa "
     "trzecie”.", {"Maria Zakharova"}),
    ("Pieskow odpowiedział, że współpraca nie narusza żadnych zobowiązań.", {"Dmitry Peskov"}),
])
def test_a_reply_that_something_is_not_so_is_a_denial(text: str, agents: set[str]) -> None:
    assert any(t == "denial" and a == agents for t, a, _o in found(text)), found(text)


@pytest.mark.parametrize("text", [
    "Zapytany przez dziennikarzy Putin odpowiedział, że Rosja pomoże KRLD budować satelity.",  # no negation
    "Rosyjskie Ministerstwo Zdrowia nie odpowiedziało na pytania.",  # no reply at all
    "Kim Dzong Un odpowiedział, że Korea Północna wyśle kolejnych żołnierzy.",
])
def test_other_replies_are_no_denials(text: str) -> None:
    assert "denial" not in {t for t, _a, _o in found(text)}, found(text)


@pytest.mark.parametrize("text", [
    # a cargo ship's or tanker's voyage is shipping, not trade in travel
    "Rosyjskie statki wykonały od sierpnia kilkadziesiąt rejsów między Rajin a portem Wostocznyj.",
    "Tankowce odbyły 27 rejsów z rosyjskiego portu do Korei Północnej.",
    "Stary tankowiec Rosji zwraca się po kilku rejsach.",
])
def test_a_ships_voyage_is_no_trade(text: str) -> None:
    assert "trade" not in {t for t, _a, _o in found(text)}, found(text)


def test_a_passenger_flight_is_trade() -> None:
    text = "Rosja i Korea Północna uruchomiły rejsy pasażerskie między Moskwą a Pjongjangiem."
    assert "trade" in {t for t, _a, _o in found(text)}, found(text)


@pytest.mark.parametrize("text, absent", [
    # a word of a name is no trigger
    ("Seul zapowiedział, że przekaże ustalenia Wielostronnemu Zespołowi Monitorowania Sankcji (MSMT).", "sanction"),
    ("Wielostronny Zespół Monitorowania Sankcji (MSMT) opublikował w piątek swój trzeci raport.", "sanction"),
])
def test_a_word_of_a_name_is_no_trigger(text: str, absent: str) -> None:
    assert absent not in {t for t, _a, _o in found(text)}, found(text)


def test_the_same_word_outside_a_name_still_triggers() -> None:
    text = "Unia Europejska nałożyła sankcje na Koreę Północną."
    assert "sanction" in {t for t, _a, _o in found(text)}, found(text)


@pytest.mark.parametrize("text, agents", [
    # the envoy named after the title a summons or reception takes is the other side of the meeting
    ("Ministerstwo Spraw Zagranicznych Korei Południowej wezwało w poniedziałek ambasadora Rosji Gieorgija "
     "Zinowjewa.", {"South Korean Ministry of Foreign Affairs", "Georgy Zinoviev"}),
    ("Korea Południowa wezwała ambasadora Gieorgija Zinowjewa.", {"South Korea", "Georgy Zinoviev"}),
    ("Władimir Putin przyjął ministra Siergieja Ławrowa.", {"Vladimir Putin", "Sergei Lavrov"}),
])
def test_the_envoy_after_a_title_is_met(text: str, agents: set[str]) -> None:
    assert any(t == "meeting" and a == agents for t, a, _o in found(text)), found(text)


def test_a_title_and_name_in_the_genitive_stays_of_the_noun() -> None:
    found_here = found("Wizyta szefa MSZ Rosji Siergieja Ławrowa w Pjongjangu trwała dwa dni.")
    assert [(t, a) for t, a, _o in found_here] == [("visit", {"Sergei Lavrov"})]


@pytest.mark.parametrize("text, counts", [
    ("Zginęło 14 osób, w tym troje dzieci, a 57 zostało rannych – podał szef Odeskiej Obwodowej Administracji "
     "Wojskowej Ołeh Kiper.",
     {"14 osób", "57"}),
    ("Czterech z nich zginęło, a dwaj pozostali trafili do niewoli.", {"Czterech", "dwaj pozostali"}),
    ("Od sierpnia brygada straciła dwie haubice, a trzech żołnierzy zostało rannych.", {"trzech żołnierzy"}),
])
def test_the_dead_and_wounded_of_one_sentence_are_one_toll(text: str, counts: set[str]) -> None:
    tolls = [e for e in extract(text, published_on=PUBLISHED).events if e.event_type == "casualties"]
    assert len(tolls) == 1, [(e.event_type, [q.text for q in e.quantities]) for e in tolls]
    assert {q.text for q in tolls[0].quantities} >= counts


def test_tolls_of_different_sides_stay_apart() -> None:
    text = "Zginęło 300 żołnierzy Rosji, a 200 żołnierzy Ukrainy zostało rannych."
    tolls = [e for e in extract(text, published_on=PUBLISHED).events if e.event_type == "casualties"]
    assert len(tolls) == 2, [(e.event_type, [r.entity.name for r in e.roles]) for e in tolls]


@pytest.mark.parametrize("text, agents", [
    # a sum paid to a state for the soldiers or workers it sends supports its economy
    ("Według wywiadu za każdego żołnierza wysłanego na front Moskwa płaci Pjongjangowi ok. 2 tys. dolarów "
     "miesięcznie.", {"Russia"}),
    ("Jak podała w lipcu NIS, Rosja płaci za każdego żołnierza z KRLD ok. 2 tys. dolarów miesięcznie.", {"Russia"}),
    ("Rosja zapłaciła Korei Północnej 300 mln dolarów za wysłanych robotników.", {"Russia"}),
])
def test_paying_a_state_for_its_soldiers_is_economic_support(text: str, agents: set[str]) -> None:
    assert any(t == "economic_support" and a == agents for t, a, _o in found(text)), found(text)


@pytest.mark.parametrize("text", [
    "Rosja płaci za pociski i żołnierzy tym, czego Korea nie mogła zdobyć: wiedzą.",  # in kind, no sum
    "Rosja płaci za krew północnokoreańskich żołnierzy technologiami wojskowymi.",
    "Firma płaci pracownikom z Rosji 500 dolarów pensji.",  # a wage
])
def test_no_payment_for_soldiers(text: str) -> None:
    assert "economic_support" not in {t for t, _a, _o in found(text)}, found(text)


@pytest.mark.parametrize("text, expected", [
    # what a ministry or a person passes on is their statement when it is no event of its own
    ("Japońskie Ministerstwo Obrony poinformowało, że samoloty patrolowe obserwowały zespół przez dwie doby.",
     {("statement", frozenset({"Japanese Ministry of Defense"}))}),
    ("Siergiej Ławrow poinformował, że rozmowy były owocne.", {("statement", frozenset({"Sergei Lavrov"}))}),
    # else it only cites: the event it passes on is the one told
    ("NIS poinformowała, że Korea Północna wysłała do Rosji 3 tys. żołnierzy.",
     {("troop_deployment", frozenset({"North Korea"}))}),
    ("Ministerstwo Obrony Japonii poinformowało o ćwiczeniach.", set()),  # nothing said after it
])
def test_informing_states_only_what_is_no_event(text: str, expected: set[tuple[str, frozenset[str]]]) -> None:
    assert {(t, frozenset(a)) for t, a, _o in found(text)} == expected, found(text)


def test_a_speaker_going_on_makes_one_statement() -> None:
    text = ("Siergiej Ławrow stwierdził, że współpraca z KRLD jest korzystna dla obu stron. Dodał, że Rosja nie boi się "
            "sankcji.")
    statements = [e for e in extract(text, published_on=PUBLISHED).events if e.event_type == "statement"]
    assert len(statements) == 1, [(e.sentence, e.text) for e in statements]


def test_another_speaker_or_a_later_day_makes_another_statement() -> None:
    text = ("Siergiej Ławrow stwierdził, że współpraca z KRLD jest korzystna dla obu stron. Maria Zacharowa dodała, że Rosja "
            "nie boi się sankcji. W piątek Ławrow powiedział, że rozmowy były owocne.")
    statements = [e for e in extract(text, published_on=PUBLISHED).events if e.event_type == "statement"]
    assert len(statements) == 3, [(e.sentence, e.text) for e in statements]


@pytest.mark.parametrize("text, expected", [
    # troops and arms one verb sends together are a deployment and an arms transfer, each with its own count
    ("W zamian Korea Północna wysłała do Rosji ok. 14 tys. żołnierzy oraz ponad 10 mln pocisków artyleryjskich.",
     {("troop_deployment", "ok. 14 tys. żołnierzy"), ("arms_transfer", "ponad 10 mln pocisków artyleryjskich")}),
    ("Pjongjang wysłał do Rosji 3 tys. żołnierzy i 200 haubic.",
     {("troop_deployment", "3 tys. żołnierzy"), ("arms_transfer", "200 haubic")}),
])
def test_troops_and_arms_sent_together(text: str, expected: set[tuple[str, str]]) -> None:
    events = extract(text, published_on=PUBLISHED).events
    assert {(e.event_type, q.text) for e in events for q in e.quantities} == expected, [
        (e.event_type, [q.text for q in e.quantities]) for e in events]


@pytest.mark.parametrize("text, kinds", [
    ("Korea Północna dostarcza Rosji amunicję i sprzęt wojskowy.", {"arms_transfer"}),  # "wojskowy" qualifies
    ("Korea Północna wysłała do Rosji żołnierzy z bronią.", {"troop_deployment"}),  # arms they carry
    ("Korea Północna wysłała do Rosji haubice wraz z obsługą.", {"arms_transfer"}),  # crews that go with them
])
def test_one_kind_sent(text: str, kinds: set[str]) -> None:
    assert {t for t, _a, _o in found(text)} == kinds, found(text)


@pytest.mark.parametrize("text, agents, partners", [
    # tourists arriving or visiting are trade in travel, their country the agent
    ("W sierpniu do Wonsanu przyleciało ok. 3 tys. rosyjskich turystów.", {"Russia"}, {"North Korea"}),
    ("Do Pjongjangu przyjechała grupa turystów z Rosji.", {"Russia"}, {"North Korea"}),
    ("Rosyjscy turyści odwiedzili Wonsan.", {"Russia"}, {"North Korea"}),
    # a caseless name before a verb whose subject is an amount after it is the place visited, not the visitor
    ("W 2024 r. KRLD odwiedziło ok. 1,5 tys. turystów z Rosji.", {"Russia"}, {"North Korea"}),
])
def test_tourists_travelling_are_trade(text: str, agents: set[str], partners: set[str]) -> None:
    assert ("trade", agents, partners) in found(text), found(text)


@pytest.mark.parametrize("text, kind", [
    ("Do Pjongjangu przyleciał minister Ławrow.", "visit"),  # a person arriving visits
    ("Do Kurska przybyło 3 tys. żołnierzy KRLD.", "troop_deployment"),
    ("Robotnicy z KRLD przyjeżdżają do Rosji na wizy turystyczne.", "labor_deployment"),
])
def test_others_arriving_are_no_trade(text: str, kind: str) -> None:
    kinds = [k for k, _, _ in found(text)]
    assert kind in kinds and "trade" not in kinds, found(text)


@pytest.mark.parametrize("text, kind, agent", [
    # a company announcing a deed of its own is its doer, as a state or a person is
    ("Spółka RasonKonTrans zapowiedziała, że w przyszłym roku przeładuje tam 2 mln ton węgla.", "trade",
     "RasonKonTrans"),
    ("Rosja zapowiedziała, że wyśle do Korei 5 tys. ton ropy.", "economic_support", "Russia"),
])
def test_an_announced_deed_is_the_speakers(text: str, kind: str, agent: str) -> None:
    assert any(k == kind and agents == {agent} for k, agents, _ in found(text)), found(text)


def test_a_company_reporting_what_others_did_is_no_doer() -> None:
    # the reported verb does not agree with the speaker: someone else did it
    text = "Spółka RasonKonTrans poinformowała, że Rosjanie przeładowali tam 2 mln ton węgla."
    assert not any("RasonKonTrans" in agents for _, agents, _ in found(text)), found(text)


@pytest.mark.parametrize("text, agents", [
    # a word right after a preposition that is also a noun is the noun, not the clause's verb ("szczycie" is also
    # a form of "szczać"): the states after the place are the subject
    ("Na szczycie w Tiencinie Chiny i Rosja podpisały porozumienie o współpracy wojskowej.", {"China", "Russia"}),
    ("Na szczycie Chiny i Rosja podpisały porozumienie o współpracy wojskowej.", {"China", "Russia"}),
    ("W Pjongjangu Rosja i KRLD podpisały traktat o partnerstwie.", {"Russia", "North Korea"}),
])
def test_the_verb_is_no_noun_after_a_preposition(text: str, agents: set[str]) -> None:
    assert ("agreement", agents, set()) in found(text), found(text)


@pytest.mark.parametrize("text, kind, agents, others", [
    # "z X" right after a noun of people before the verb is where they come from: their country acts
    ("Hakerzy z KRLD ukradli 1,5 mld dolarów w kryptowalutach.", "attack", {"North Korea"}, set()),
    ("Robotnicy z KRLD pracują na budowach w Moskwie.", "labor_deployment", {"North Korea"}, {"Russia"}),
    # after the verb "z X" is still what is taken from; an adjective is no noun of people
    ("Północnokoreańscy hakerzy ukradli z Korei Południowej 1,5 mld dolarów.", "attack", {"North Korea"},
     {"South Korea"}),
])
def test_people_from_a_country(text: str, kind: str, agents: set[str], others: set[str]) -> None:
    assert (kind, agents, others) in found(text), found(text)


def test_an_adjective_of_people_is_no_origin() -> None:
    text = "Rzecznik Kremla odparł, że współpraca wojskowa z KRLD jest zgodna z prawem."
    assert not any(k == "military_cooperation" for k, _, _ in found(text)), found(text)


@pytest.mark.parametrize("text, agents", [
    # a noun in neither the preposition's case nor the genitive ends its phrase: what follows is no place
    ("Od początku udziału w wojnie kontyngent KRLD stracił ok. 6 tys. zabitych i rannych.", {"North Korea"}),
    ("Kontyngent KRLD stracił ok. 6 tys. zabitych i rannych.", {"North Korea"}),
])
def test_a_prepositional_phrase_ends_at_a_noun_in_another_case(text: str, agents: set[str]) -> None:
    assert any(k == "casualties" and a == agents for k, a, _ in found(text)), found(text)


@pytest.mark.parametrize("text, agents", [
    # the side that lost people is a state or its forces, never whoever speaks of the losses
    ("Ukraiński wywiad wojskowy HUR mówił o 4–5 tys. zabitych i rannych.", set()),
    # after a deployment, the dead and wounded counted with no noun of persons are its forces'
    ("Korea Północna wysłała do Rosji 11 tys. żołnierzy. HUR mówił o 4–5 tys. zabitych i rannych.", {"North Korea"}),
    # people killed where they live stay the place's
    ("Korea Północna wysłała do Rosji 11 tys. żołnierzy. W Odessie zginęło 14 osób.", {"Ukraine"}),
])
def test_losses_belong_to_a_side(text: str, agents: set[str]) -> None:
    assert any(k == "casualties" and a == agents for k, a, _ in found(text)), found(text)


@pytest.mark.parametrize("text, agents, partners", [
    # a passenger train, bus or plane running between states is trade in travel, carried by the state it runs from
    ("Od ubiegłego roku do Pjongjangu kursuje bezpośredni wagon sypialny z Moskwy.", {"Russia"}, {"North Korea"}),
    ("Od lipca ze stolicy Rosji do Pjongjangu kursują dwa pociągi pasażerskie tygodniowo.", {"Russia"},
     {"North Korea"}),
    ("Po przerwie wznowiono kursowanie bezpośredniego wagonu z Moskwy do Pjongjangu.", {"Russia"}, {"North Korea"}),
])
def test_passenger_services_are_trade(text: str, agents: set[str], partners: set[str]) -> None:
    assert ("trade", agents, partners) in found(text), found(text)


@pytest.mark.parametrize("text", [
    "Autobusy miejskie kursują co 10 minut.",  # no state
    "Plotki kursują po mieście.",  # no vehicle
])
def test_no_passenger_service(text: str) -> None:
    assert not any(k == "trade" for k, _, _ in found(text)), found(text)


@pytest.mark.parametrize("text, kind, agents", [
    # a bare amount that counts a noun named elsewhere stands for it: "kolejne 3–5 tys." are soldiers sent
    ("Korea Północna ma w Rosji ok. 11 tys. żołnierzy, a do końca roku może wysłać kolejne 3–5 tys.",
     "troop_deployment", {"North Korea"}),
    ("Pjongjang wysłał do Rosji 11 tys. żołnierzy. Do końca roku może wysłać kolejne 3 tys.", "troop_deployment",
     {"North Korea"}),
])
def test_a_bare_amount_stands_for_the_noun_it_counts(text: str, kind: str, agents: set[str]) -> None:
    assert sum(1 for k, a, _ in found(text) if k == kind and a == agents) >= 1, found(text)


def test_a_bare_amount_of_nothing_sent_is_no_deployment() -> None:
    # no noun counted: the amount stands for nothing a trigger asks for
    assert not any(k == "troop_deployment" for k, _, _ in found("Rosja może wysłać kolejne 3 tys.")), found(
        "Rosja może wysłać kolejne 3 tys.")


@pytest.mark.parametrize("text, agents", [
    # troops named with a possessive pronoun are those of the state the sentence before had as its subject
    ("Korea Północna wspiera Rosję. Jej żołnierze walczą pod Kurskiem.", {"North Korea"}),
    ("Pjongjang wspiera Rosję. Jego żołnierze walczą pod Kurskiem.", {"North Korea"}),
])
def test_troops_of_a_possessive_pronoun(text: str, agents: set[str]) -> None:
    assert any(k == "troop_deployment" and a == agents for k, a, _ in found(text)), found(text)


@pytest.mark.parametrize("text", [
    "Korea Północna wspiera Rosję. Żołnierze walczą pod Kurskiem.",  # no pronoun: no owner told
    "Rosja i Korea Północna są sojusznikami. Jej żołnierze walczą pod Kurskiem.",  # two states before: whose?
])
def test_troops_of_no_told_state(text: str) -> None:
    assert not any(k == "troop_deployment" and a for k, a, _ in found(text)), found(text)


@pytest.mark.parametrize("text, kind, agents", [
    # a clause about a part of the things named before goes on with the subject of the clause it hangs on
    ("Rosja otrzymała od KRLD ok. 250 pocisków, z czego wystrzeliła już ponad 180.", "attack", {"Russia"}),
    ("Rosja kupiła od Iranu 500 dronów, z których wystrzeliła już 300.", "attack", {"Russia"}),
])
def test_a_part_of_what_the_subject_holds(text: str, kind: str, agents: set[str]) -> None:
    assert (kind, agents, set()) in [(k, a, set()) for k, a, _ in found(text)], found(text)


def test_a_part_that_is_its_own_subject() -> None:
    # "część" is the subject of the clause: the troops fight, not the state that sent them
    text = "Pjongjang wysłał do Rosji ok. 11 tys. żołnierzy, z których część walczy już w obwodzie kurskim."
    assert [k for k, _, _ in found(text)] == ["troop_deployment"], found(text)


@pytest.mark.parametrize("text, agents", [
    # people killed where no place is named are of the country of the last place named, in the paragraph or before
    ("Rosyjska rakieta uderzyła w Dniepr.\n\nŁadunek ważył 500 kg. Zginęło sześć osób, a 29 zostało rannych.",
     {"Ukraine"}),
    ("Rosyjska rakieta uderzyła w Dniepr. Zginęło sześć osób.", {"Ukraine"}),
    # where the missile came from is not where it struck, in this paragraph or one before
    ("Rakietę wystrzelono z obwodu woroneskiego.\n\nZginęło sześć osób.", set()),
])
def test_civilians_killed_are_of_the_last_place_named(text: str, agents: set[str]) -> None:
    assert any(k == "casualties" and a == agents for k, a, _ in found(text)), found(text)


def cited_by(text: str) -> list[tuple[str, list[str]]]:
    """(type, names cited) of the events of ``text``."""
    return [(e.event_type, [a.cited.name for a in e.attributions])
            for e in extract(text, published_on=PUBLISHED).events]


@pytest.mark.parametrize("text, cited, kept", [
    # the speaker of a verb of saying after a relative clause of its own is the subject before that clause, and the
    # clause's own events stay events
    ("Ławrow, który spotkał się z Kim Dzong Unem, oświadczył, że Rosja wyśle wojska.", "Sergei Lavrov", "meeting"),
    ("Rosja, która wspiera KRLD, zapowiedziała, że wyśle tam 5 tys. ton ropy.", "Russia", None),
    ("Minister Ławrow, który odwiedził Pjongjang, powiedział, że Rosja wyśle wojska.", "Sergei Lavrov", "visit"),
])
def test_a_speaker_before_a_relative_clause(text: str, cited: str, kept: str | None) -> None:
    got = cited_by(text)
    assert all(names in ([], [cited]) for _, names in got), got
    assert any(names == [cited] for _, names in got), got
    if kept is not None:
        assert kept in [k for k, _ in got], got


@pytest.mark.parametrize("text, agents", [
    # "który" is the subject of its clause: the state after the verb is the place visited
    ("Minister Ławrow, który odwiedził Pjongjang, powiedział, że współpraca się rozwija.", {"Sergei Lavrov"}),
    # with nothing before the verb, a state after it is the subject ("Wizytę skrytykowało ukraińskie MSZ")
    ("Wizytę skrytykowało ukraińskie MSZ.", {"Ukrainian Ministry of Foreign Affairs"}),
])
def test_a_relative_pronoun_is_the_subject_of_its_clause(text: str, agents: set[str]) -> None:
    assert any(a == agents for _, a, _ in found(text)), found(text)


def test_a_company_speaking_after_a_relative_clause_does_what_it_announces() -> None:
    text = ("Spółka RasonKonTrans, która zarządza terminalem w porcie Rajin, zapowiedziała, że przeładuje tam 2 mln ton "
            "węgla.")
    assert ("trade", {"RasonKonTrans"}, set()) in found(text), found(text)


@pytest.mark.parametrize("text, agents, partners", [
    # bringing in goods is the importer's trade, the source its partner
    ("Według GUS Polska sprowadziła z Rosji ok. 18 tys. ton mrożonych ryb.", {"Poland"}, {"Russia"}),
    ("Rosja sprowadza z Chin ropę i maszyny.", {"Russia"}, {"China"}),
    ("Białoruś sprowadziła z Chin 20 tys. ton nawozów.", {"Belarus"}, {"China"}),
    # exports of goods are the exporter's trade, the destination its partner
    ("W sezonie 2024/2025 eksport pszenicy z Polski do Algierii spadł o jedną trzecią.", {"Poland"}, {"Algeria"}),
    ("Eksport węgla z Rosji do Chin wzrósł o 10 proc.", {"Russia"}, {"China"}),
])
def test_imports_and_exports_of_goods_are_trade(text: str, agents: set[str], partners: set[str]) -> None:
    assert ("trade", agents, partners) in found(text), found(text)


@pytest.mark.parametrize("text", [
    "Sankcje ONZ zakazują eksportu do Korei Północnej m.in. pojazdów i maszyn przemysłowych.",  # a ban: no exports
    "Białoruś sprowadziła z Rosji 20 czołgów.",  # arms: no trade
    "Policja sprowadziła na miejsce psy tropiące.",  # no goods
    "Eksport pocisków z KRLD do Rosji trwa.",  # arms: a delivery
])
def test_no_trade_in_bans_arms_or_no_goods(text: str) -> None:
    assert not [t for t, _a, _o in found(text) if t == "trade"], found(text)


@pytest.mark.parametrize("text, speaker", [
    # what is said rebuts a charge: a breach that is not so, a lie, or a deed in line with the law
    ("Rzecznik Dmitrij Pieskow stwierdził w środę, że Rosja „nie narusza żadnych zobowiązań międzynarodowych”.",
     "Dmitry Peskov"),
    ("Rosyjskie MSZ zapewnia, że turystyka „nie narusza żadnych sankcji”.", "Russian Ministry of Foreign Affairs"),
    ("Rosyjskie MSZ dodało, że współpraca gospodarcza z KRLD jest „w pełni zgodna z prawem międzynarodowym”.",
     "Russian Ministry of Foreign Affairs"),
    ("„Nasza współpraca z Koreą opiera się na umowie z 1987 r. i nie narusza żadnych norm” – zapewnił Siergiej Ławrow.",
     "Sergei Lavrov"),
    ("Rzecznik Kremla Dmitrij Pieskow powtórzył, że współpraca z KRLD „nie jest wymierzona w państwa trzecie”.",
     "Dmitry Peskov"),
    ("Pieskow stwierdził, że „ukraińskie służby regularnie rozpowszechniają dezinformację”.", "Dmitry Peskov"),
    ("Ławrow oświadczył, że Rosja nie łamie rezolucji Rady Bezpieczeństwa.", "Sergei Lavrov"),
])
def test_a_statement_that_rebuts_a_charge_is_a_denial(text: str, speaker: str) -> None:
    assert ("denial", {speaker}, set()) in found(text), found(text)
    assert not [t for t, _a, _o in found(text) if t == "statement"], found(text)


@pytest.mark.parametrize("text", [
    "Budanow stwierdził, że Rosja nie ma już rezerw.",  # a negation, but no charge rebutted
    "Budanow stwierdził, że Korea Północna łamie sankcje ONZ.",  # a breach said to be so: a charge
    "Budanow stwierdził, że prace idą zgodnie z planem.",  # in line with a plan, not with the law
    "Budanow powiedział, że Rosja nie wyśle więcej żołnierzy.",
])
def test_statements_that_rebut_nothing(text: str) -> None:
    assert not [t for t, _a, _o in found(text) if t == "denial"], found(text)


@pytest.mark.parametrize("text, speaker", [
    # what is said makes a charge: a norm said to be broken
    ("Japoński minister obrony Gen Nakatani ocenił, że dostawy łamią rezolucje Rady Bezpieczeństwa ONZ.",
     "Gen Nakatani"),
    ("Budanow stwierdził, że Korea Północna łamie sankcje ONZ.", "Kyrylo Budanov"),
    ("Rzecznik Pentagonu oświadczył, że Rosja narusza traktat.", "United States Department of Defense"),
])
def test_a_statement_that_makes_a_charge_is_an_accusation(text: str, speaker: str) -> None:
    assert ("accusation", {speaker}, set()) in found(text), found(text)


@pytest.mark.parametrize("text", [
    "Departament Skarbu przypomina, że za naruszenie sankcji grozi kara do 1,4 mln dolarów.",  # a warning
    "Ministerstwo Zjednoczenia oświadczyło, że nie wyklucza, że przeprawa posłuży do omijania sankcji ONZ.",
    "Budanow stwierdził, że Rosja nie łamie sankcji.",  # a breach denied
])
def test_breaches_that_charge_no_one(text: str) -> None:
    assert not [t for t, _a, _o in found(text) if t == "accusation"], found(text)


@pytest.mark.parametrize("text", [
    "W 2025 r. do Rosji wjechało ponad 15 tys. obywateli KRLD.",
    "Do Władywostoku przyjechało 300 obywateli Korei Północnej.",
])
def test_citizens_coming_in_are_deployed_workers(text: str) -> None:
    assert ("labor_deployment", {"North Korea"}, {"Russia"}) in found(text), found(text)


@pytest.mark.parametrize(("text", "agents"), [
    # wounding names the toll of the side that lost the people, not the attacker
    ("Rosja zaatakowała Charków. Dwa drony uderzyły w Charków, raniąc pięć osób.", {"Ukraine"}),
    ("Rosjanie ranili trzech żołnierzy ukraińskich.", {"Ukraine"}),
])
def test_wounding_is_a_toll(text: str, agents: set[str]) -> None:
    assert ("casualties", agents, set()) in found(text), found(text)


def test_a_raid_costing_lives_is_a_toll() -> None:
    text = "Nalot na Charków kosztował życie co najmniej 14 osób."
    assert "casualties" in [t for t, _a, _o in found(text)], found(text)


@pytest.mark.parametrize("text, agent", [
    # the fallen named as a noun: soldiers of the latest deployment, not civilians of the place they fell at
    ("Korea Północna wysłała do Rosji 12 tys. żołnierzy. Rodzinom poległych obiecano mieszkania w Pjongjangu.",
     "North Korea"),
    ("Korea Północna wysłała do Rosji 12 tys. żołnierzy. Rodziny żołnierzy poległych w Rosji dowiadują się o "
     "śmierci po czterech miesiącach.", "North Korea"),
    # posthumous honours tell of deaths
    ("Kim Dzong Un odznaczył pośmiertnie 120 północnokoreańskich żołnierzy.", "North Korea"),
    ("Korea Północna wysłała do Rosji 12 tys. żołnierzy. Medale przyznano pośmiertnie 47 z nich.", "North Korea"),
])
def test_the_fallen_and_posthumous_honours(text: str, agent: str) -> None:
    assert ("casualties", {agent}, set()) in found(text), found(text)


@pytest.mark.parametrize("text", [
    "Kim Dzong Un odznaczył 120 żołnierzy tytułem Bohatera KRLD.",  # honours given to the living
    "Minister złożył wieniec pod pomnikiem w Moskwie.",
    "Pisarz zmarł w 1990 r., a jego powieść wydano w Rosji.",  # a death, no war dead
])
def test_no_fallen(text: str) -> None:
    assert not [t for t, _a, _o in found(text) if t == "casualties"], found(text)


@pytest.mark.parametrize("text, agent", [
    # engineers and scientists of a state working at another's programme pass know-how on
    ("Według wywiadu w Korei Północnej pracuje co najmniej kilkudziesięciu rosyjskich inżynierów.", "Russia"),
    ("Rosyjscy naukowcy pracują dla koreańskiego programu rakietowego.", "Russia"),
    ("W zakładach w Kanggje pracowało ok. 60 rosyjskich techników.", "Russia"),
])
def test_experts_working_abroad_pass_know_how_on(text: str, agent: str) -> None:
    assert ("technology_transfer", {agent}, set()) in [(t, a, set()) for t, a, _o in found(text)], found(text)


@pytest.mark.parametrize("text", [
    # specialists working for firms or remotely are employed; workers are labour
    "Tysiące specjalistów z KRLD pracowały zdalnie dla zachodnich firm.",
    "W Rosji pracuje 15 tys. północnokoreańskich robotników budowlanych.",
])
def test_employed_specialists_and_workers_are_labour(text: str) -> None:
    types = [t for t, _a, _o in found(text)]
    assert "technology_transfer" not in types and "labor_deployment" in types, found(text)


@pytest.mark.parametrize("text, agent", [
    # the opinion of a body that assesses, in a sentence that tells no event of its own, is its statement
    ("Według Koreańskiego Instytutu Analiz Obronnych (KIDA) nowy MiG-29 to wydatek rzędu 40 mln dolarów.",
     "Korea Institute for Defense Analyses"),
    ("Według Sztabu Generalnego Sił Zbrojnych Ukrainy uszkodzone zostały dwa budynki.",
     "General Staff of the Armed Forces of Ukraine"),
])
def test_the_opinion_of_a_body_is_its_statement(text: str, agent: str) -> None:
    assert ("statement", {agent}, set()) in found(text), found(text)


@pytest.mark.parametrize("text", [
    # intelligence agencies and media report rather than judge
    "Według południowokoreańskiego wywiadu NIS nowy MiG-29 to wydatek rzędu 40 mln dolarów.",
    "Według dziennika „Izwiestija” remont trwa od sześciu do dziewięciu miesięcy.",
])
def test_what_agencies_and_media_report_is_no_statement(text: str) -> None:
    assert not [t for t, _a, _o in found(text) if t == "statement"], found(text)


@pytest.mark.parametrize("text", [
    # citizens of a state visiting another in numbers travel as tourists: trade in travel
    "Według Rosyjskiej Federalnej Agencji Turystyki w pierwszym półroczu KRLD odwiedziło ok. 1,5 tys. obywateli Rosji.",
    "W ubiegłym roku Koreę Północną odwiedziło niespełna 9 tys. Rosjan.",
])
def test_citizens_visiting_in_numbers_are_tourism(text: str) -> None:
    assert [(t, a) for t, a, _o in found(text)] == [("trade", {"Russia"})], found(text)


@pytest.mark.parametrize("text", [
    "Putin odwiedził Pjongjang.",  # a person visits
    "Delegacja rosyjskich urzędników odwiedziła Pjongjang.",  # officials visit
])
def test_persons_and_officials_visit(text: str) -> None:
    assert "trade" not in [t for t, _a, _o in found(text)], found(text)


@pytest.mark.parametrize("text, agent", [
    # work permits issued to foreigners: the issuing state recruits
    ("Rosja wydała w pierwszym kwartale obywatelom KRLD ponad 9 tys. zezwoleń na pracę.", "Russia"),
    ("Polska wydała w ubiegłym roku ok. 180 tys. zezwoleń na pracę sezonową.", "Poland"),
    # paying for workers hires them
    ("Rosyjski pracodawca płaci za jednego robotnika od 60 do 80 tys. rubli miesięcznie.", "Russia"),
])
def test_work_permits_and_paying_for_workers_recruit(text: str, agent: str) -> None:
    assert "labor_recruitment" in [t for t, a, _o in found(text) if agent in a], found(text)


@pytest.mark.parametrize("text, event_type", [
    # paying a state for the soldiers it sends still supports its economy
    ("Za każdego żołnierza Moskwa płaci Pjongjangowi ok. 2 tys. dolarów miesięcznie.", "economic_support"),
])
def test_paying_for_soldiers_is_no_recruitment(text: str, event_type: str) -> None:
    types = [t for t, _a, _o in found(text)]
    assert event_type in types and "labor_recruitment" not in types, found(text)


def test_paying_for_a_ticket_hires_no_one() -> None:
    assert "labor_recruitment" not in [t for t, _a, _o in found("Rosjanin płaci 50 dolarów za bilet.")]


def test_drilling_on_a_training_ground_is_training_by_the_places_country() -> None:
    text = "Przed wyjazdem na front północnokoreański żołnierz przez trzy tygodnie ćwiczył na poligonie pod Władywostokiem."
    assert "Russia" in next(a for t, a, _o in found(text) if t == "training"), found(text)


@pytest.mark.parametrize("text", [
    "Pianistka ćwiczyła codziennie po sześć godzin.",  # no training ground
    "Sportowcy ćwiczą w nowej hali w Warszawie.",
])
def test_exercising_elsewhere_is_no_training(text: str) -> None:
    assert "training" not in [t for t, _a, _o in found(text)], found(text)


def test_sums_siphoned_off_are_an_attack_on_whom_they_are_taken_from() -> None:
    text = ("W nocy z 24 na 25 stycznia grupa Lazarus wyprowadziła z gorącego portfela tajwańskiej giełdy FormosaX ok. "
            "187 mln dolarów.")
    assert ("attack", {"Lazarus Group"}, {"FormosaX"}) in found(text), found(text)


@pytest.mark.parametrize("text", [
    "Rosja wyprowadziła wojska z Syrii.",  # troops withdrawn
    "Korea Północna wyprowadziła sprzęt z magazynów.",  # no sum of money
])
def test_withdrawing_is_no_theft(text: str) -> None:
    assert "attack" not in [t for t, _a, _o in found(text)], found(text)


def test_hospitals_taking_in_anothers_wounded_support_its_forces() -> None:
    text = "Rosyjskie szpitale wojskowe przyjęły od początku roku ok. 3,4 tys. rannych żołnierzy z Korei Północnej."
    events = found(text)
    assert ("military_support", {"Russia"}, {"North Korea"}) in events, events
    assert ("casualties", {"North Korea"}, set()) in events, events


@pytest.mark.parametrize("text", [
    "Kim Dzong Un przyjął Ławrowa w Pjongjangu.",  # a guest received
    "Rada Bezpieczeństwa przyjęła rezolucję zakazującą eksportu ropy.",  # a document adopted
])
def test_receiving_guests_and_documents_is_no_support(text: str) -> None:
    assert "military_support" not in [t for t, _a, _o in found(text)], found(text)


@pytest.mark.parametrize("text", [
    # a sentence that only counts the turnover or the cost of the trade told before goes on telling it
    "Obroty handlowe Rosji z KRLD wzrosły w 2025 r. o 70 proc. W pierwszych czterech miesiącach tego roku było to już "
    "165 mln dolarów.",
    "Rosja i Korea Północna budują most drogowy na Tumenie. Sam terminal ma kosztować ok. 2,3 mld rubli.",
])
def test_the_turnover_and_cost_of_trade_told_before(text: str) -> None:
    assert [t for t, _a, _o in found(text)] == ["trade", "trade"], found(text)


def test_an_age_tells_no_trade() -> None:
    text = "Rosja i Korea Północna budują most drogowy na Tumenie. Pisarz ma 40 lat."
    assert [t for t, _a, _o in found(text)] == ["trade"], found(text)


@pytest.mark.parametrize("text", [
    # forces joining those deployed, forces serving abroad
    "Korea Północna wysłała do Rosji tysiąc saperów. W maju dołączyło kolejnych 1,5 tys. żołnierzy.",
    "Obecnie w obwodzie kurskim ma służyć 14–16 tys. Koreańczyków z Północy.",
])
def test_forces_joining_and_serving_abroad_are_deployed(text: str) -> None:
    assert ("troop_deployment", {"North Korea"}, {"Russia"}) in found(text)[-1:], found(text)


@pytest.mark.parametrize("text", [
    "Pieniądze służą finansowaniu szpitali.",  # a purpose served
    "Do rozmów dołączył minister spraw zagranicznych.",  # no forces
    "Kim stwierdził, że wielu młodych ludzi pragnie dołączyć do wojska.",  # enlisting
])
def test_serving_a_purpose_and_joining_talks_deploy_no_one(text: str) -> None:
    assert "troop_deployment" not in [t for t, _a, _o in found(text)], found(text)
