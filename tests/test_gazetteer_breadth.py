"""Breadth of the shipped gazetteer: sites, monitors, outlets, companies and state bodies that Polish
news on the Russia–North Korea cooperation in the war on Ukraine names, found in inflected forms;
and words that look like their aliases but must name nothing.

Sentences are constructed for these tests; no database is needed.
"""

from __future__ import annotations

import pytest

from eventdb.extract.gazetteer import Gazetteer
from eventdb.extract.mentions import find_mentions
from eventdb.extract.model import Mention
from eventdb.extract.text import split_sentences


def mentions(text: str) -> list[Mention]:
    found = find_mentions(split_sentences(text), Gazetteer.default())
    for m in found:
        assert text[m.start : m.end] == m.text
    return [m for m in found if not m.entity.is_candidate]


def triples(text: str) -> list[tuple[str, str, str]]:
    """(surface, table, canonical name) of each mention of a gazetteer entry."""
    return [(m.text, m.entity.table, m.entity.name) for m in mentions(text)]


def names(text: str) -> set[str]:
    return {m.entity.name for m in mentions(text)}


# --- facilities: ports, crossings, bridges, plants, bases, ranges, power and oil sites ------------------------


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Statki zawinęły do portu morskiego we Władywostoku.", "portu morskiego we Władywostoku",
         "Port of Vladivostok"),
        ("Kontenery wyładowano w porcie w Nampho.", "porcie w Nampho", "Port of Nampo"),
        ("Amunicję przeładowano w porcie w Czongdzinie.", "porcie w Czongdzinie", "Port of Chongjin"),
        ("Tankowce stały przy terminalu naftowym Szescharis.", "terminalu naftowym Szescharis",
         "Sheskharis oil terminal"),
        ("Ruch na przejściu granicznym w Zabajkalsku wzrósł.", "przejściu granicznym w Zabajkalsku",
         "Zabaikalsk–Manzhouli border crossing"),
        ("Ciężarówki jechały mostem Błagowieszczeńsk–Heihe.", "mostem Błagowieszczeńsk–Heihe",
         "Blagoveshchensk–Heihe Bridge"),
        ("Pociągi z Chin przejeżdżają przez most kolejowy Niżnieleninskoje–Tongjiang.",
         "most kolejowy Niżnieleninskoje–Tongjiang", "Nizhneleninskoye–Tongjiang Railway Bridge"),
        ("Kolejka tirów ustawiła się przed przejściem granicznym w Dorohusku.", "przejściem granicznym w Dorohusku",
         "Dorohusk–Yahodyn border crossing"),
        ("Drony zaatakowały bazę lotniczą w Engelsie.", "bazę lotniczą w Engelsie", "Engels-2"),
        ("Wybuchy słychać było przy lotnisku wojskowym w Jejsku.", "lotnisku wojskowym w Jejsku", "Yeysk Air Base"),
        ("Samoloty przebazowano do bazy lotniczej Kuszczowska.", "bazy lotniczej Kuszczowska",
         "Kushchevskaya Air Base"),
        ("Płonął magazyn amunicji w Toropcu.", "magazyn amunicji w Toropcu", "Toropets arsenal"),
        ("Pożar wybuchł w rafinerii w Krzemieńczuku.", "rafinerii w Krzemieńczuku", "Kremenchuk Refinery"),
        ("Dron spadł na teren rafinerii ropy naftowej w Wołgogradzie.", "rafinerii ropy naftowej w Wołgogradzie",
         "Volgograd Refinery"),
        ("Ćwiczenia odbyły się na poligonie Tockoje.", "poligonie Tockoje", "Totskoye Training Ground"),
        ("Ostrzelano Nowoworoneską Elektrownię Jądrową.", "Nowoworoneską Elektrownię Jądrową",
         "Novovoronezh Nuclear Power Plant"),
        ("Rakiety trafiły w Ładyżyńską Elektrownię Cieplną.", "Ładyżyńską Elektrownię Cieplną",
         "Ladyzhyn Thermal Power Plant"),
        ("Produkcja w Tulskich Zakładach Nabojowych wzrosła.", "Tulskich Zakładach Nabojowych",
         "Tula Cartridge Plant"),
        ("Obrońcy Azowstali trafili do niewoli.", "Azowstali", "Azovstal"),
        ("Rakieta uderzyła w zakłady Motor Sicz w Zaporożu.", "zakłady Motor Sicz w Zaporożu", "Motor Sich Plant"),
        ("Czołgi remontowano w Zakładach im. Małyszewa.", "Zakładach im. Małyszewa", "Malyshev Plant"),
        ("Firmy z Chin inwestują w Specjalnej Strefie Ekonomicznej Rason.", "Specjalnej Strefie Ekonomicznej Rason",
         "Rason Special Economic Zone"),
        ("Tłocznia gazu Russkaja została trafiona.", "Tłocznia gazu Russkaja", "Russkaya compressor station"),
        ("Ukraińcy uderzyli w Most Antonowski.", "Most Antonowski", "Antonivskyi Bridge"),
        ("Śmigłowce budowane są w zakładach Rostwiertoł.", "zakładach Rostwiertoł", "Rostvertol Plant"),
        ("Okręt przepłynął do portu w Murmańsku.", "portu w Murmańsku", "Port of Murmansk"),
        ("Statki zawinęły do portu w Ołji.", "portu w Ołji", "Port of Olya"),
        ("Pociągi z Chin stoją przed przejściem granicznym w Terespolu.", "przejściem granicznym w Terespolu",
         "Terespol–Brest border crossing"),
        ("Kontenery przeładowano w terminalu w Małaszewiczach.", "terminalu w Małaszewiczach",
         "Małaszewicze rail terminal"),
        ("Drony trafiły w zakłady przetwórstwa gazu w Astrachaniu.", "zakłady przetwórstwa gazu w Astrachaniu",
         "Astrakhan Gas Processing Plant"),
        ("Głowice projektuje ośrodek jądrowy w Sarowie.", "ośrodek jądrowy w Sarowie", "VNIIEF Sarov"),
        ("Płonęła baza paliwowa Kristałł pod Engelsem.", "baza paliwowa Kristałł", "Kristall oil depot"),
        ("Okręt zbudowała Stocznia Jantar.", "Stocznia Jantar", "Yantar Shipyard"),
        # the border station by its noun and town; the nuclear centre in the press's other spelling of its town
        ("Pociągi czekają na stacji w Chasanie.", "stacji w Chasanie", "Khasan Station"),
        ("Radary chronią kompleks jądrowy w Jongbionie.", "kompleks jądrowy w Jongbionie",
         "Yongbyon Nuclear Scientific Research Center"),
        # the press's other spellings of towns and rivers of sites
        ("Dron trafił arsenał w Tichorecku.", "arsenał w Tichorecku", "Tikhoretsk arsenal"),
        ("Pociski powstają w zakładach amunicyjnych w Kanggje.", "zakładach amunicyjnych w Kanggje",
         "Kanggye Munitions Complex"),
        ("Przez most na rzece Yalu przejeżdża 100 ciężarówek.", "most na rzece Yalu", "Sino-Korean Friendship Bridge"),
    ],
)
def test_facilities_in_inflected_forms(text: str, surface: str, name: str) -> None:
    assert (surface, "facility", name) in triples(text)


def test_a_site_and_its_town_are_both_found() -> None:
    found = triples("Pociągi przechodzą przez przejście graniczne w Zabajkalsku.")
    assert ("przejście graniczne w Zabajkalsku", "facility", "Zabaikalsk–Manzhouli border crossing") in found
    assert ("Zabajkalsku", "location", "Zabaikalsk") in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the town is not the border crossing, nor the river port the bridge
        ("Mieszkańcy Zabajkalska narzekają na mróz.", "Zabaikalsk–Manzhouli border crossing"),
        ("Turyści odwiedzili Heihe.", "Blagoveshchensk–Heihe Bridge"),
        # a generic noun alone names no site
        ("Port był pusty, a lotnisko zamknięte.", "Port of Murmansk"),
        ("Rafineria wstrzymała pracę.", "Kremenchuk Refinery"),
        ("Na poligonie trwały ćwiczenia.", "Totskoye Training Ground"),
        ("Most zamknięto dla ruchu.", "Antonivskyi Bridge"),
        # a steel plant in Mariupol is not the one named
        ("W Mariupolu pracują huty.", "Azovstal"),
        # a person's surname alone is not the plant that bears it
        ("Generał Małyszew przyjechał do Kijowa.", "Malyshev Plant"),
        ("Ambasador Anatolij Antonow spotkał się z dziennikarzami.", "Antonov"),
        # the island is not the terminal on it
        ("Iran wzmacnia obronę wyspy.", "Kharg Island oil terminal"),
    ],
)
def test_facilities_not_named(text: str, absent: str) -> None:
    assert absent not in names(text)


# --- think tanks, monitors and international bodies ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Według Królewskiego Instytutu Służb Zjednoczonych Rosja traci sprzęt.",
         "Królewskiego Instytutu Służb Zjednoczonych", "Royal United Services Institute"),
        ("Analitycy brytyjskiego think tanku RUSI ostrzegają.", "brytyjskiego think tanku RUSI",
         "Royal United Services Institute"),
        ("Dane zebrało Centrum Otwartych Źródeł.", "Centrum Otwartych Źródeł", "Open Source Centre"),
        ("Eksperci Amerykańskiego Instytutu Przedsiębiorczości piszą o sankcjach.",
         "Amerykańskiego Instytutu Przedsiębiorczości", "American Enterprise Institute"),
        ("Raport projektu Critical Threats opisuje ofensywę.", "projektu Critical Threats", "Critical Threats Project"),
        ("Analiza Międzynarodowego Centrum Obrony i Bezpieczeństwa z Tallina.",
         "Międzynarodowego Centrum Obrony i Bezpieczeństwa", "International Centre for Defence and Security"),
        ("Sondaż Centrum Lewady pokazuje poparcie dla wojny.", "Centrum Lewady", "Levada Center"),
        ("Badanie Centrum Razumkowa przeprowadzono w maju.", "Centrum Razumkowa", "Razumkov Centre"),
        ("Ekspert Centrum Strategii Obronnych ocenia sytuację.", "Centrum Strategii Obronnych",
         "Centre for Defence Strategies"),
        ("Analitycy Instytutu Europy Środkowej komentują.", "Instytutu Europy Środkowej", "Institute of Central Europe"),
        ("Prognozę Międzynarodowego Funduszu Walutowego obniżono.", "Międzynarodowego Funduszu Walutowego",
         "International Monetary Fund"),
        ("Według Banku Światowego gospodarka zwalnia.", "Banku Światowego", "World Bank"),
        ("Europejski Trybunał Praw Człowieka orzekł przeciwko Rosji.", "Europejski Trybunał Praw Człowieka",
         "European Court of Human Rights"),
        ("Sprawą zajął się Międzynarodowy Trybunał Sprawiedliwości.", "Międzynarodowy Trybunał Sprawiedliwości",
         "International Court of Justice"),
        ("Europol koordynował akcję przeciw przemytnikom.", "Europol", "Europol"),
        ("Dane Międzynarodowej Agencji Energetycznej o eksporcie ropy.", "Międzynarodowej Agencji Energetycznej",
         "International Energy Agency"),
        ("Ekspert Uniwersytetu Łódzkiego komentuje sankcje.", "Uniwersytetu Łódzkiego", "University of Łódź"),
        ("Według Międzynarodowej Organizacji Morskiej flota cieni rośnie.", "Międzynarodowej Organizacji Morskiej",
         "International Maritime Organization"),
        ("Jak wynika z danych Generalnej Administracji Celnej ChRL, obroty wzrosły.",
         "Generalnej Administracji Celnej ChRL", "General Administration of Customs of China"),
        ("Chińskie służby celne podały, że eksport spadł.", "Chińskie służby celne",
         "General Administration of Customs of China"),
    ],
)
def test_think_tanks_and_monitors(text: str, surface: str, name: str) -> None:
    assert (surface, "actor", name) in triples(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Centrum miasta było puste.", "Open Source Centre"),
        ("Trybunał orzekł w sprawie podatków.", "International Court of Justice"),
        ("Bank udzielił kredytu.", "World Bank"),
        ("Instytut opublikował raport.", "Institute of Central Europe"),
        ("Zjednoczone siły ruszyły.", "Royal United Services Institute"),
        ("Zagrożenia krytyczne rosną.", "Critical Threats Project"),
        ("Lewada to nazwisko socjologa.", "Levada Center"),
        ("Fundusz walutowy kraju rośnie.", "International Monetary Fund"),
        ("Agencja energetyczna miasta ogłosiła przetarg.", "International Energy Agency"),
        ("Centrum strategii firmy zmieniło plan.", "Centre for Defence Strategies"),
    ],
)
def test_monitors_not_named(text: str, absent: str) -> None:
    assert absent not in names(text)


# --- media ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Jak podał estoński nadawca ERR, Rosja gromadzi wojska.", "estoński nadawca ERR", "ERR"),
        ("Estoński dziennik Postimees pisze o dronach.", "Estoński dziennik Postimees", "Postimees"),
        ("Według dziennika Helsingin Sanomat Finlandia wzmacnia granicę.", "dziennika Helsingin Sanomat",
         "Helsingin Sanomat"),
        ("Jak podała agencja News1, Pjongjang wysłał amunicję.", "agencja News1", "News1"),
        ("Informację przekazała agencja Newsis.", "agencja Newsis", "Newsis"),
        ("Białoruski kanał NEXTA opublikował nagranie.", "kanał NEXTA", "NEXTA"),
        ("Nagranie pokazała telewizja Current Time.", "telewizja Current Time", "Current Time"),
        ("Według agencji Anadolu statki płyną przez Bosfor.", "agencji Anadolu", "Anadolu Agency"),
        ("Według portalu „Meduza” Kreml planuje mobilizację.", "„Meduza”", "Meduza"),
        ("Portal Forsal.pl pisał o satelicie.", "Portal Forsal.pl", "Forsal"),
        ("Jak podał portal Energetyka24, rafineria stanęła.", "portal Energetyka24", "Energetyka24"),
        ("Dziennik De Telegraaf ujawnił szczegóły.", "Dziennik De Telegraaf", "De Telegraaf"),
        ("Izraelski dziennik Haaretz cytuje źródła wojskowe.", "dziennik Haaretz", "Haaretz"),
        ("Prokremlowski kanał WarGonzo pokazał wideo.", "kanał WarGonzo", "WarGonzo"),
    ],
)
def test_media(text: str, surface: str, name: str) -> None:
    assert (surface, "actor", name) in triples(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Meduza pływała w morzu.", "Meduza"),
        ("Złamał nos na treningu.", "NOS"),
        ("Dwa majory awansowały.", "Two Majors"),
        ("Obecny czas jest trudny.", "Current Time"),
        ("Karta pacjenta zaginęła.", "Charter 97"),
        ("Dziennik pokładowy zaginął.", "Postimees"),
        ("Notatki z Polski spisał reporter.", "Notes from Poland"),
        ("Kanał Sueski jest zablokowany.", "NEXTA"),
        ("Nowa Europa powstaje na wschodzie.", "Nowa Europa Wschodnia"),
        ("Błąd ERR pojawił się w logu.", "Radio Free Europe/Radio Liberty"),
    ],
)
def test_media_not_named(text: str, absent: str) -> None:
    assert absent not in names(text)


# --- companies and banks ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Sankcje objęły Sowkombank i Rossielchozbank.", "Sowkombank", "Sovcombank"),
        ("Sankcje objęły Sowkombank i Rossielchozbank.", "Rossielchozbank", "Rosselkhozbank"),
        ("Zachód zamroził aktywa Wnieszekonombanku.", "Wnieszekonombanku", "VEB.RF"),
        ("Obroty na Giełdzie Moskiewskiej spadły.", "Giełdzie Moskiewskiej", "Moscow Exchange"),
        ("Broń przewoziły statki Sowfrachtu.", "Sowfrachtu", "Sovfracht"),
        ("Koncern KRET produkuje systemy walki radioelektronicznej.", "Koncern KRET", "KRET"),
        ("Ciężarówki koncernu Kamaz trafiają na front.", "koncernu Kamaz", "Kamaz"),
        ("Ładunki przewożą Rosyjskie Koleje.", "Rosyjskie Koleje", "Russian Railways"),
        ("Ukrzaliznycia uruchomiła nowe połączenie.", "Ukrzaliznycia", "Ukrzaliznytsia"),
        ("Bank of China ogranicza płatności z Rosji.", "Bank of China", "Bank of China"),
        ("Chiński Bank Budowlany wstrzymał przelewy.", "Chiński Bank Budowlany", "China Construction Bank"),
        ("Ludowy Bank Chin obniżył stopy.", "Ludowy Bank Chin", "People's Bank of China"),
        ("Bank Handlu Zagranicznego KRLD pierze pieniądze.", "Bank Handlu Zagranicznego KRLD",
         "Foreign Trade Bank of North Korea"),
        ("Silniki dostarcza koncern Motor Sicz.", "koncern Motor Sicz", "Motor Sich"),
        ("Samolot zbudował koncern Antonow.", "koncern Antonow", "Antonov"),
        ("Rakiety Flamingo produkuje firma Fire Point.", "firma Fire Point", "Fire Point"),
        ("Armator COSCO omija Morze Czerwone.", "Armator COSCO", "COSCO Shipping"),
    ],
)
def test_companies_and_banks(text: str, surface: str, name: str) -> None:
    assert (surface, "actor", name) in triples(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Kret wykopał kopiec w ogrodzie.", "KRET"),
        ("Kamaz stał na parkingu.", "Kamaz"),  # the lorry, not the maker
        ("W Rosji koleje rosyjskie są szerokotorowe.", "Russian Railways"),
        ("Bank ogłosił wyniki.", "Bank of China"),
        ("Giełda spadła.", "Moscow Exchange"),
        ("Motor zgasł na skrzyżowaniu.", "Motor Sich"),
        ("Punkt ogniowy zniszczono.", "Fire Point"),
        ("Chińskie koleje dużych prędkości są szybkie.", "China Railway"),
        ("Handel zagraniczny rośnie.", "Foreign Trade Bank of North Korea"),
        ("Rolniczy kredyt tanieje.", "Rosselkhozbank"),
    ],
)
def test_companies_not_named(text: str, absent: str) -> None:
    assert absent not in names(text)


# --- authorities, courts, prosecutors, intelligence and armed services -------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Według niemieckiego wywiadu Rosja szykuje sabotaż.", "niemieckiego wywiadu", "Federal Intelligence Service"),
        ("Holenderski wywiad wojskowy MIVD ostrzega.", "Holenderski wywiad wojskowy", "Military Intelligence and Security Service"),
        ("Raport Estońskiej Służby Wywiadu Zagranicznego opisuje rosyjskie plany.",
         "Estońskiej Służby Wywiadu Zagranicznego", "Estonian Foreign Intelligence Service"),
        ("Estoński wywiad wojskowy ocenia straty.", "Estoński wywiad wojskowy",
         "Estonian Defence Forces Intelligence Centre"),
        ("Litewski Departament Bezpieczeństwa Państwa ostrzega.", "Litewski Departament Bezpieczeństwa Państwa",
         "State Security Department of Lithuania"),
        ("Fiński wywiad wojskowy widzi wzrost aktywności.", "Fiński wywiad wojskowy",
         "Finnish Defence Intelligence Agency"),
        ("Służba Kontrwywiadu Wojskowego zatrzymała szpiega.", "Służba Kontrwywiadu Wojskowego",
         "Military Counterintelligence Service"),
        ("Funkcjonariusze Straży Granicznej skontrolowali pociąg.", "Straży Granicznej", "Polish Border Guard"),
        ("Rzecznik Państwowej Służby Granicznej Ukrainy przekazał dane.", "Państwowej Służby Granicznej Ukrainy",
         "State Border Guard Service of Ukraine"),
        ("Prokuratura Krajowa wszczęła śledztwo.", "Prokuratura Krajowa", "National Prosecutor's Office of Poland"),
        ("Sprawę prowadzi Centralna Prokuratura Okręgowa w Seulu.", "Centralna Prokuratura Okręgowa w Seulu",
         "Seoul Central District Prosecutors' Office"),
        ("Jeńców skazał Południowy Okręgowy Sąd Wojskowy.", "Południowy Okręgowy Sąd Wojskowy",
         "Southern District Military Court"),
        ("Wyrok wydał Moskiewski Sąd Miejski.", "Moskiewski Sąd Miejski", "Moscow City Court"),
        ("Charkowska Obwodowa Administracja Wojskowa podała liczbę rannych.",
         "Charkowska Obwodowa Administracja Wojskowa", "Kharkiv Regional Military Administration"),
        ("Dane przekazała administracja obwodu kurskiego.", "administracja obwodu kurskiego",
         "Government of Kursk Oblast"),
        ("Ministerstwo Bezpieczeństwa Państwowego KRLD nadzoruje robotników.",
         "Ministerstwo Bezpieczeństwa Państwowego KRLD", "North Korean Ministry of State Security"),
        ("Żołnierzy szkoliło Rozpoznawcze Biuro Generalne.", "Rozpoznawcze Biuro Generalne",
         "Reconnaissance General Bureau"),
        ("Amunicję produkuje Drugi Komitet Ekonomiczny.", "Drugi Komitet Ekonomiczny", "Second Economic Committee"),
        ("Dane zebrał Rosstat.", "Rosstat", "Rosstat"),
        ("Ukraińskie Centrum Narodowego Sprzeciwu (CNS) podało dane.", "CNS", "National Resistance Center of Ukraine"),
        ("Myśliwce Powietrznych Sił Samoobrony Japonii poderwano.", "Powietrznych Sił Samoobrony Japonii",
         "Japan Air Self-Defense Force"),
        ("Chińskie Ministerstwo Bezpieczeństwa Państwowego ostrzega.", "Chińskie Ministerstwo Bezpieczeństwa Państwowego",
         "Chinese Ministry of State Security"),
        ("Kontrakt podpisała agencja DAPA.", "DAPA", "Defense Acquisition Program Administration"),
        ("Białoruscy pogranicznicy zatrzymali migrantów.", "Białoruscy pogranicznicy", "State Border Committee of Belarus"),
        ("Narodowe Biuro Antykorupcyjne Ukrainy zatrzymało urzędnika.", "Narodowe Biuro Antykorupcyjne Ukrainy",
         "National Anti-Corruption Bureau of Ukraine"),
    ],
)
def test_authorities_and_services(text: str, surface: str, name: str) -> None:
    assert (surface, "actor", name) in triples(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Wywiad z ministrem ukazał się w prasie.", "Federal Intelligence Service"),
        ("Straż pożarna gasiła pożar.", "Polish Border Guard"),
        ("Prokuratura rejonowa umorzyła sprawę.", "National Prosecutor's Office of Poland"),
        ("Sąd miejski w Gdańsku rozpatrzy sprawę.", "Moscow City Court"),
        ("Administracja prezydenta milczy.", "Kharkiv Regional Military Administration"),
        ("Pokój w Europie jest zagrożony.", "Office 39"),
        ("Biuro prasowe wydało komunikat.", "Office 39"),
        ("Departament stanu milczy.", "State Security Department of Lithuania"),
        ("Drugi komitet sejmowy obradował.", "Second Economic Committee"),
        # "Estonian intelligence" may be the foreign or the military service: it names neither
        ("Według estońskiego wywiadu Rosja się zbroi.", "Estonian Foreign Intelligence Service"),
        ("Według estońskiego wywiadu Rosja się zbroi.", "Estonian Defence Forces Intelligence Centre"),
        # the Ukrainian border guard is not the Polish one
        ("Straż Graniczna Ukrainy zatrzymała ciężarówkę.", "Polish Border Guard"),
        # the Polish intelligence agency is not part of an unknown longer name
        ("Agencja Wywiadu Obronnego ocenia straty.", "Foreign Intelligence Agency of Poland"),
    ],
)
def test_authorities_not_named(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a branch or the command of a state's forces with its adjective is that state's armed forces
        ("Ukraińskie dowództwo szacuje straty wroga.", "Ukrainian Armed Forces"),
        ("Ukraińska artyleria zniszczyła trzy wyrzutnie.", "Ukrainian Armed Forces"),
        ("Według dowództwa ukraińskiego wróg atakuje.", "Ukrainian Armed Forces"),
        ("Rosyjskie dowództwo przerzuca rezerwy.", "Russian Armed Forces"),
        ("Rosyjska artyleria ostrzelała Charków.", "Russian Armed Forces"),
        ("Północnokoreańskie dowództwo wysłało oficerów.", "Korean People's Army"),
        ("Północnokoreańska artyleria strzela celniej.", "Korean People's Army"),
    ],
)
def test_branches_of_a_states_forces(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # not: the noun alone, or with another state's adjective
        ("Dowództwo milczy.", "Ukrainian Armed Forces"),
        ("Artyleria strzela od rana.", "Russian Armed Forces"),
        ("Ukraińska artyleria zniszczyła rosyjskie wyrzutnie.", "Russian Armed Forces"),
    ],
)
def test_branches_need_their_state(text: str, name: str) -> None:
    assert name not in names(text)


# --- Ukrainian operational commands -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Jak poinformowało Dowództwo Operacyjne „Północ”, oddziały KRLD szturmują.", "Dowództwo Operacyjne „Północ”",
         "Operational Command North"),
        ("Według Dowództwa Operacyjnego „Południe” Rosjanie atakują.", "Dowództwa Operacyjnego „Południe”",
         "Operational Command South"),
        ("Rzecznik Dowództwa Operacyjnego Wschód zabrał głos.", "Dowództwa Operacyjnego Wschód",
         "Operational Command East"),
        # without a direction: the Polish Armed Forces' command
        ("Dowództwo Operacyjne poinformowało o poderwaniu myśliwców.", "Dowództwo Operacyjne",
         "Operational Command of the Polish Armed Forces"),
    ],
)
def test_operational_commands(text: str, surface: str, name: str) -> None:
    assert (surface, "actor", name) in triples(text)


def test_a_direction_alone_is_no_command() -> None:
    assert not {"Operational Command North", "Operational Command South"} & names(
        "Wojska ruszyły na północ, a potem na południe.")


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        # Russian groups of forces under their Russian names, in quotation marks
        ("Wsie wyzwoliły jednostki zgrupowania „Siewier”.", "zgrupowania „Siewier”", "Group of Forces North"),
        ("Zgrupowanie wojsk „Wostok” atakuje.", "Zgrupowanie wojsk „Wostok”", "Group of Forces East"),
        # Polish state bodies
        ("Ministerstwo Spraw Wewnętrznych i Administracji podało dane.",
         "Ministerstwo Spraw Wewnętrznych i Administracji", "Polish Ministry of Interior and Administration"),
        ("Obradowała sejmowa Komisja Obrony Narodowej.", "sejmowa Komisja Obrony Narodowej",
         "Sejm National Defence Committee"),
        ("Polska Marynarka Wojenna zamówiła fregaty.", "Polska Marynarka Wojenna", "Polish Navy"),
        ("Panel ekspertów Rady Bezpieczeństwa ONZ przestał działać.", "Panel ekspertów Rady Bezpieczeństwa ONZ",
         "UN Panel of Experts on North Korea"),
        ("Nagranie krążyło w komunikatorze Telegram.", "komunikatorze Telegram", "Telegram"),
    ],
)
def test_forces_state_bodies_and_platforms(text: str, surface: str, name: str) -> None:
    assert (surface, "actor", name) in triples(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Wysłał telegram do ambasady.", "Telegram"),
        ("Marynarka wojenna Rosji ćwiczyła na Bałtyku.", "Polish Navy"),
        ("Zgrupowanie ruszyło na północ.", "Group of Forces North"),
    ],
)
def test_forces_and_platforms_not_named(text: str, absent: str) -> None:
    assert absent not in names(text)


# --- bodies named in lower case after a nationality adjective; the Soviet Union and Leningrad ------------------


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Według japońskiego ministerstwa obrony satelita waży 300 kg.", "japońskiego ministerstwa obrony",
         "Japanese Ministry of Defense"),
        ("Tak twierdzi chińskie ministerstwo spraw zagranicznych.", "chińskie ministerstwo spraw zagranicznych",
         "Chinese Ministry of Foreign Affairs"),
        ("Zatrzymała ich polska straż graniczna.", "polska straż graniczna", "Polish Border Guard"),
        ("Komunikat wydał amerykański departament stanu.", "amerykański departament stanu",
         "United States Department of State"),
        ("W czasach Związku Radzieckiego piloci szkolili się w ZSRR.", "Związku Radzieckiego", "Soviet Union"),
        ("Radzieckie akademie wojskowe wykształciły 2 tys. oficerów.", "Radzieckie", "Soviet Union"),
        ("Studiował w Leningradzie w latach 50.", "Leningradzie", "Saint Petersburg"),
    ],
)
def test_lower_case_bodies_and_former_names(text: str, surface: str, name: str) -> None:
    assert (surface, name) in [(s, n) for s, _t, n in triples(text)], triples(text)


@pytest.mark.parametrize("text", [
    "Każde ministerstwo obrony ma swój budżet.",  # no nationality: no body
    "Każde ministerstwo spraw zagranicznych ma swoich ambasadorów.",
])
def test_lower_case_common_nouns_name_no_body(text: str) -> None:
    assert names(text) == set()


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        # "rząd w <capital>": the government of that capital's state
        ("Rząd w Tokio zapowiedział nowe sankcje.", "Rząd w Tokio", "Government of Japan"),
        ("Sankcje ogłosił rząd w Pekinie.", "rząd w Pekinie", "Government of China"),
        ("Rozmowy z rządem w Mińsku utknęły.", "rządem w Mińsku", "Government of Belarus"),
        ("Ambasador spotkał się z przedstawicielami rządu w Pjongjangu.", "rządu w Pjongjangu",
         "Government of North Korea"),
    ],
)
def test_the_government_in_a_capital(text: str, surface: str, name: str) -> None:
    assert (surface, "actor", name) in triples(text)


def test_the_intelligence_committee_news_names_with_no_country() -> None:
    text = "Na zamkniętym posiedzeniu parlamentarnej komisji wywiadu deputowany Lee Seong-kweun przedstawił dane."
    assert ("parlamentarnej komisji wywiadu", "actor", "National Assembly Intelligence Committee") in triples(text)


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        # a body named by its noun and its state's capital, as the press writes it
        ("Według resortu obrony w Moskwie saperzy usunęli 400 tys. min.", "resortu obrony w Moskwie",
         "Russian Ministry of Defence"),
        ("Ministerstwo Obrony w Tokio poinformowało o przeładunkach.", "Ministerstwo Obrony w Tokio",
         "Japanese Ministry of Defense"),
        ("Wywiad w Seulu uważa, że szykuje się rotacja.", "Wywiad w Seulu", "National Intelligence Service"),
        # the intelligence committee and the intergovernmental commission by their short names
        ("Po posiedzeniu komisji ds. wywiadu poseł Han Ji-ho mówił o stratach.", "komisji ds. wywiadu",
         "National Assembly Intelligence Committee"),
        ("Kolejne posiedzenie rosyjsko-koreańskiej komisji międzyrządowej zaplanowano na wrzesień.",
         "rosyjsko-koreańskiej komisji międzyrządowej", "Russia–North Korea Intergovernmental Commission"),
        ("Współprzewodniczący międzyrządowej komisji zapowiedział nowe projekty.", "międzyrządowej komisji",
         "Russia–North Korea Intergovernmental Commission"),
        ("Tokio przekazało zdjęcia komitetowi sankcyjnemu.", "komitetowi sankcyjnemu", "UN 1718 Sanctions Committee"),
        # universities of North Korea and a Polish charity
        ("Część to absolwenci Uniwersytetu Technologicznego im. Kim Czaeka w Pjongjangu.",
         "Uniwersytetu Technologicznego im. Kim Czaeka", "Kim Chaek University of Technology"),
        ("Studiował na Uniwersytecie im. Kim Ir Sena.", "Uniwersytecie im. Kim Ir Sena", "Kim Il Sung University"),
        ("Rodzinom jeńców pomaga Caritas Polska.", "Caritas Polska", "Caritas Polska"),
        # the United States' intelligence and space command, the Polish air force, the Holy See
        ("Według amerykańskiego wywiadu Rosja pomaga.", "amerykańskiego wywiadu", "US intelligence"),
        ("Jak podejrzewa wywiad USA, to prawda.", "wywiad USA", "US intelligence"),
        ("Amerykański wywiad wojskowy milczy.", "Amerykański wywiad wojskowy", "Defense Intelligence Agency"),
        ("Dowództwo Kosmiczne USA potwierdziło start.", "Dowództwo Kosmiczne USA", "United States Space Command"),
        ("Piloci Sił Powietrznych RP latają na F-16.", "Sił Powietrznych RP", "Polish Air Force"),
        ("Stolica Apostolska pośredniczy w rozmowach.", "Stolica Apostolska", "Vatican City"),
    ],
)
def test_bodies_by_their_press_names(text: str, surface: str, name: str) -> None:
    assert (surface, "actor", name) in triples(text), triples(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Każda komisja ma swój regulamin.", "Russia–North Korea Intergovernmental Commission"),
        ("Caritas pomaga uchodźcom.", "Caritas Polska"),
        ("Ministerstwo obrony ma nowy budżet.", "Russian Ministry of Defence"),
        ("Wywiad wojskowy Ukrainy podał dane.", "US intelligence"),
        ("Siły powietrzne Rosji atakują.", "Polish Air Force"),
    ],
)
def test_generic_words_name_no_such_body(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Brussels acting is the European Union, Brussels where something happens the city
        ("Bruksela przypomina, że Rosja łamie prawo.", ("Bruksela", "actor", "European Union")),
        ("Według Brukseli banki obsługiwały płatności.", ("Brukseli", "actor", "European Union")),
        ("Szczyt odbył się w Brukseli.", ("Brukseli", "location", "Brussels")),
    ],
)
def test_brussels_acting_is_the_union(text: str, found: tuple[str, str, str]) -> None:
    assert found in triples(text), triples(text)


def test_the_narew_is_no_narva() -> None:
    assert "Narva" not in names("Polska wyda miliardy na programy Wisła i Narew, odpowiednik naszej Narwi.")
    assert "Narva" in names("Przejście graniczne w Narwa zamknięto. Narwy nie odwiedzają turyści.")
