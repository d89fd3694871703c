"""English events (``eventdb.extract.events_en``) on constructed sentences, read through the real pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdb.extract import extract
from eventdb.extract.events_en import find_events, lemmas
from eventdb.extract.model import STATUSES, Event
from eventdb.reference import load_yaml

PUBLISHED = dt.date(2025, 11, 20)


def events_of(text: str) -> list[Event]:
    """The English events of ``text``; every stored span is checked against the text."""
    x = extract(text, language="en", published_on=PUBLISHED)
    events = find_events(x.sentences, x.mentions, x.quantities, x.dates, published_on=PUBLISHED)
    for ev in events:
        assert text[ev.start : ev.end] == ev.text
        assert text[ev.trigger_start : ev.trigger_end] == ev.trigger
        assert ev.start <= ev.trigger_start < ev.trigger_end <= ev.end
        assert ev.status in STATUSES
        assert 0.0 <= ev.confidence <= 1.0
        for a in ev.attributions:
            assert text[a.start : a.end] == a.text
    return events


def one(text: str, event_type: str) -> Event:
    found = [ev for ev in events_of(text) if ev.event_type == event_type]
    assert len(found) == 1, (event_type, [(ev.event_type, ev.trigger) for ev in events_of(text)])
    return found[0]


def roles(ev: Event) -> set[tuple[str, str]]:
    return {(r.role, r.entity.name) for r in ev.roles}


@pytest.mark.parametrize(("word", "lemma"), [
    ("sent", "send"), ("met", "meet"), ("held", "hold"), ("gave", "give"), ("sold", "sell"), ("brought", "bring"),
    ("fought", "fight"), ("took", "take"), ("shipped", "ship"), ("supplied", "supply"), ("supplies", "supply"),
    ("produced", "produce"), ("producing", "produce"), ("killed", "kill"), ("shelling", "shell"),
    ("test-fired", "test-fire"), ("deploys", "deploy"), ("arrives", "arrive"), ("dies", "die"),
])
def test_lemmas(word: str, lemma: str) -> None:
    assert lemma in lemmas(word)


def test_every_trigger_type_is_in_the_taxonomy() -> None:
    codes = {t["code"] for t in load_yaml("event_types.yaml")}
    data = load_yaml("en/triggers.yaml")
    for value in data["triggers"].values():
        for reading in value if isinstance(value, list) else [value]:
            assert (reading if isinstance(reading, str) else reading["type"]) in codes
    assert set(data["frames"]) - {"default"} <= codes


@pytest.mark.parametrize(("text", "event_type", "trigger"), [
    ("North Korea sent 10,000 troops to Russia.", "troop_deployment", "sent"),
    ("Pyongyang has sent thousands of construction workers to Russia.", "labor_deployment", "sent"),
    ("North Korea sent artillery shells to Russia.", "arms_transfer", "sent"),
    ("Russia supplied North Korea with oil.", "economic_support", "supplied"),
    # a participle after a determiner is an adjective, no verb of saying ("an estimated")
    ("Russia shipped an estimated 1.3m barrels of oil to North Korea.", "economic_support", "shipped"),
    ("Moscow transferred missile technology to Pyongyang.", "technology_transfer", "transferred"),
    ("Pyongyang has deployed special forces units in Russia.", "troop_deployment", "deployed"),
    ("Kim Jong Un met Vladimir Putin at the Kremlin.", "meeting", "met"),
    ("Sergei Lavrov held talks with Choe Son Hui.", "meeting", "held talks"),
    ("Sergei Shoigu arrived in Pyongyang.", "visit", "arrived"),
    ("Russian and North Korean warships held their first joint naval drill off Wonsan.", "military_exercise", "drill"),
    ("Russian and North Korean navies held live-fire exercises in the Sea of Japan.", "military_exercise", "exercises"),
    ("Russia and Ukraine each released 185 prisoners of war on Wednesday.", "prisoner_exchange", "released"),
    ("Kyiv offered to swap the prisoners for Ukrainian soldiers.", "prisoner_exchange", "swap"),
    ("The Treasury designated Tigr Bank and two of its executives.", "sanction", "designated"),
    ("Japan has frozen the assets of three Russian banks.", "sanction", "frozen"),
    ("Russia and North Korea signed a defence pact.", "agreement", "signed"),
    ("Dmitry Peskov said the talks were useful.", "statement", "said"),
    ("North Korea rejected the accusations.", "denial", "rejected"),
    ("South Korea condemned North Korea for the deployment.", "accusation", "condemned"),
    ("North Korea threatened Seoul with a nuclear response.", "threat", "threatened"),
    ("The European Union imposed sanctions on North Korea.", "sanction", "imposed"),
    ("Ukraine attacked Russian positions in the Kursk region.", "attack", "attacked"),
    ("About 300 North Korean soldiers died in the fighting.", "casualties", "died"),
    ("Ukrainian forces captured two North Korean soldiers.", "casualties", "captured"),
    ("Russian officers trained North Korean troops.", "training", "trained"),
    ("North Korea produces artillery shells for Russia.", "weapons_production", "produces"),
    ("North Korea test-fired a ballistic missile.", "weapons_test", "test-fired"),
    ("Russian companies recruited North Korean workers.", "labor_recruitment", "recruited"),
    ("North Korea launched a missile on Monday.", "weapons_test", "launched"),
    ("Russian forces launched drones at Kyiv.", "attack", "launched"),
    ("Trade between Russia and North Korea grew.", "trade", "Trade"),
    ("The United States blacklisted two Russian firms.", "sanction", "blacklisted"),
    ("North Korean troops fought alongside Russian forces.", "troop_deployment", "fought"),
    ("Ukrainian soldiers took two North Korean soldiers prisoner.", "casualties", "took two North Korean soldiers prisoner"),
    ("Russia has handed North Korea at least 12 MiG-29 fighter jets.", "arms_transfer", "handed"),
    ("A Dutch court handed down the first conviction for the shipments.", "accusation", "handed down"),
])
def test_triggers_and_types(text: str, event_type: str, trigger: str) -> None:
    assert one(text, event_type).trigger == trigger


@pytest.mark.parametrize("text", [
    "The missile museum opened.",
    "Troops of the parade marched through the square.",
    "Shells and drones remain in short supply.",
    "He sent a letter.",
    "They met at noon.",
    "The weather was cold in Pyongyang.",
    "The United States is a large country.",
    "Officials discussed the situation.",
    "A report on sanctions was published.",
    "The sanctions were mentioned in a footnote.",
    "Russia sent a signal.",
    "North Korea signed the guest book.",
    "The exercise of power is limited.",  # no armed forces in the clause
    "The ministry released its annual report.",  # no prisoners released
    "Officials froze in place.",
    "The officials handed in their reports.",  # nothing armed handed over
])
def test_no_event(text: str) -> None:
    assert events_of(text) == []


def test_saying_nothing_about_sanctions_is_a_statement_only() -> None:
    assert [ev.event_type for ev in events_of("Sergei Lavrov said nothing about new sanctions.")] == ["statement"]


@pytest.mark.parametrize(("text", "speaker"), [
    # in English "X said" states, whoever X is: agencies, media and companies too
    ("Yonhap reported the news.", "Yonhap"),
    ("Chainalysis said roughly $95 million passed through Russian services.", "Chainalysis"),
    ("Estonia's Foreign Intelligence Service said that Pyongyang had started sending shells to Russia.",
     "Estonian Foreign Intelligence Service"),
    # a quotation before "said" and a name whose first name the dictionary lacks
    ('"The railway is now the main artery," said Eleanor Whitby, an analyst at the centre.', "Eleanor Whitby"),
    ('"The route does not end in Moscow," said Katja Hertel, a sanctions lawyer in Frankfurt.', "Katja Hertel"),
])
def test_a_speaker_of_any_kind_states(text: str, speaker: str) -> None:
    assert roles(one(text, "statement")) == {("agent", speaker)}


def test_a_source_after_according_to_states_nothing() -> None:
    assert [ev.event_type for ev in events_of("Russia sent troops to Kursk, according to Yonhap.")] == [
        "troop_deployment"]


@pytest.mark.parametrize(("text", "event_type", "expected"), [
    ("Some 11,000 North Korean troops remain in Kursk Oblast.", "troop_deployment",
     {("agent", "North Korea"), ("partner", "Russia")}),
    ("About 20,000 North Korean workers are now in Russia.", "labor_deployment",
     {("agent", "North Korea"), ("partner", "Russia")}),
    ("Thousands of North Korean laborers work in Russia.", "labor_deployment",
     {("agent", "North Korea"), ("partner", "Russia")}),
])
def test_troops_and_workers_present_in_a_country(text: str, event_type: str, expected: set[tuple[str, str]]) -> None:
    assert roles(one(text, event_type)) == expected


@pytest.mark.parametrize("text", [
    "North Korean workers are paid $800 a month.",  # no place after the verb
    "North Korean troops were killed in Kursk.",  # "were ... in" is no presence: the casualties are the event
    "The shells are in short supply.",  # no troops or workers
])
def test_no_presence(text: str) -> None:
    assert not [ev for ev in events_of(text) if ev.event_type in ("troop_deployment", "labor_deployment")]


@pytest.mark.parametrize(("text", "event_type", "expected"), [
    ("North Korea sent troops to Russia.", "troop_deployment",
     {("agent", "North Korea"), ("partner", "Russia")}),
    # "North Korean troops" are soldiers of North Korea (as "północnokoreańscy żołnierze"), not the army's name
    ("North Korean troops were sent to Russia.", "troop_deployment",
     {("agent", "North Korea"), ("partner", "Russia")}),
    ("The North Korean army sent troops to Russia.", "troop_deployment",
     {("agent", "Korean People's Army"), ("partner", "Russia")}),
    ("Shells were supplied to Russia by North Korea.", "arms_transfer",
     {("agent", "North Korea"), ("partner", "Russia")}),
    ("North Korean shells were supplied to Russia.", "arms_transfer",
     {("agent", "North Korea"), ("partner", "Russia")}),
    ("Kim Jong Un met Vladimir Putin.", "meeting", {("agent", "Kim Jong Un"), ("agent", "Vladimir Putin")}),
    ("Sergei Lavrov held talks with Choe Son Hui.", "meeting",
     {("agent", "Sergei Lavrov"), ("agent", "Choe Son Hui")}),
    ("Russia signed an agreement with North Korea.", "agreement", {("agent", "Russia"), ("agent", "North Korea")}),
    ("Ukraine accused North Korea of sending missiles to Russia.", "accusation",
     {("agent", "Ukraine"), ("target", "North Korea")}),
    ("Ukraine accused North Korea of sending missiles to Russia.", "arms_transfer",
     {("agent", "North Korea"), ("partner", "Russia")}),
    ("The European Union imposed sanctions on three North Korean companies.", "sanction",
     {("agent", "European Union"), ("target", "North Korea")}),
    ("North Korea was sanctioned by the United States.", "sanction",
     {("agent", "United States"), ("target", "North Korea")}),
    ("Russia attacked Ukraine.", "attack", {("agent", "Russia"), ("target", "Ukraine")}),
    ("Ukrainian forces killed 30 North Korean soldiers.", "casualties", {("agent", "North Korea")}),
    ("North Korean workers were hired by Russian firms.", "labor_recruitment",
     {("agent", "Russia"), ("partner", "North Korea")}),
    ("Sergei Shoigu arrived in Pyongyang.", "visit", {("agent", "Sergei Shoigu"), ("partner", "North Korea")}),
    ("Putin's visit to Pyongyang was a success.", "visit", {("agent", "Vladimir Putin"), ("partner", "North Korea")}),
    ("Russia and North Korea signed a treaty.", "agreement", {("agent", "Russia"), ("agent", "North Korea")}),
    ("Russian instructors trained North Korean drone operators.", "training",
     {("agent", "Russia"), ("partner", "North Korea")}),
])
def test_roles(text: str, event_type: str, expected: set[tuple[str, str]]) -> None:
    assert roles(one(text, event_type)) == expected


def test_subject_of_a_reported_clause_is_the_speaker() -> None:
    ev = one("Moscow denied sending troops to Ukraine.", "troop_deployment")
    assert ("agent", "Russia") in roles(ev)
    assert roles(one("Moscow denied sending troops to Ukraine.", "denial")) == {("agent", "Russia")}


def test_relative_clause_takes_its_antecedent() -> None:
    ev = one("Moscow thanked North Korea, which sent troops to Kursk.", "troop_deployment")
    assert ("agent", "North Korea") in roles(ev)


def test_place() -> None:
    assert one("Kim Jong Un met Vladimir Putin in Vladivostok.", "meeting").location.name == "Vladivostok"  # type: ignore[union-attr]
    assert one("North Korea sent troops to the Kursk region.", "troop_deployment").location.name == "Kursk Oblast"  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "event_type", "status"), [
    ("North Korea will send more troops to Russia.", "troop_deployment", "planned"),
    ("North Korea plans to send workers to Russia.", "labor_deployment", "planned"),
    ("Pyongyang intends to supply shells to Moscow.", "arms_transfer", "planned"),
    ("Russia agreed to supply oil to North Korea.", "economic_support", "agreed"),
    ("North Korea may send troops to Russia.", "troop_deployment", "possible"),
    ("Russia could transfer satellite technology to North Korea.", "technology_transfer", "possible"),
    ("North Korea has reportedly sent missiles to Russia.", "arms_transfer", "reported"),
    ("North Korea allegedly supplied drones to Russia.", "arms_transfer", "reported"),
    ("North Korea is sending troops to Russia.", "troop_deployment", "ongoing"),
    ("North Korea supplies shells to Russia.", "arms_transfer", "ongoing"),
    ("North Korea sent troops to Russia.", "troop_deployment", "completed"),
    ("North Korean troops were deployed to Kursk.", "troop_deployment", "completed"),
    ("Putin's visit to Pyongyang is expected soon.", "visit", "planned"),
    ("Kim Jong Un will meet Vladimir Putin in December.", "meeting", "planned"),
    ("Ukraine accused North Korea of sending missiles to Russia.", "arms_transfer", "reported"),
])
def test_status(text: str, event_type: str, status: str) -> None:
    assert one(text, event_type).status == status


@pytest.mark.parametrize(("text", "event_type", "status"), [
    ("North Korea did not send troops to Russia.", "troop_deployment", "completed"),
    ("North Korea didn't send troops to Russia.", "troop_deployment", "completed"),
    ("North Korea never supplied weapons to Russia.", "arms_transfer", "completed"),
    ("North Korea will not send troops to Russia.", "troop_deployment", "planned"),
    ("North Korea won't send workers to Russia.", "labor_deployment", "planned"),
    ("Moscow denied sending troops to Ukraine.", "troop_deployment", "denied"),
    ("Pyongyang denied that it had supplied shells to Russia.", "arms_transfer", "denied"),
    ("North Korea never supplied weapons to Russia, Kim Yo Jong said.", "arms_transfer", "denied"),
    ("The Kremlin dismissed reports that it had received North Korean troops.", "troop_deployment", "denied"),
    ("Russia has not recruited North Korean workers, Lavrov said.", "labor_recruitment", "denied"),
])
def test_negation(text: str, event_type: str, status: str) -> None:
    ev = one(text, event_type)
    assert ev.negated
    assert ev.status == status


def test_plain_events_are_not_negated() -> None:
    assert not one("North Korea sent troops to Russia.", "troop_deployment").negated
    assert not one("Nothing stopped North Korea, which sent troops to Russia.", "troop_deployment").negated


def test_negation_lowers_confidence() -> None:
    plain = one("North Korea sent troops to Russia.", "troop_deployment")
    negated = one("North Korea did not send troops to Russia.", "troop_deployment")
    assert negated.confidence < plain.confidence


def _chain(ev: Event) -> list[tuple[int, str, str]]:
    return [(a.position, a.cited.name, a.cue) for a in ev.attributions]


@pytest.mark.parametrize(("text", "event_type", "chain"), [
    ("According to Yonhap, North Korea sent troops to Russia.", "troop_deployment",
     [(1, "Yonhap", "According to")]),
    ("North Korea sent troops to Russia, according to Yonhap.", "troop_deployment",
     [(1, "Yonhap", "according to")]),
    ("North Korea sent troops to Russia, Yonhap reported.", "troop_deployment", [(1, "Yonhap", "reported")]),
    ("Yonhap reported that North Korea had sent troops to Russia.", "troop_deployment",
     [(1, "Yonhap", "reported")]),
    ("North Korea sent troops to Russia, Yonhap reported, citing the National Intelligence Service.",
     "troop_deployment", [(1, "Yonhap", "reported"), (2, "National Intelligence Service", "citing")]),
    ("According to Reuters, Lavrov said Russia would send oil to North Korea.", "economic_support",
     [(1, "Reuters", "According to"), (2, "Sergei Lavrov", "said")]),
    ("Sergei Shoigu said North Korea would send engineers to Kursk.", "labor_deployment",
     [(1, "Sergei Shoigu", "said")]),
    ("North Korea will send engineers to Kursk, said Sergei Shoigu.", "labor_deployment",
     [(1, "Sergei Shoigu", "said")]),
    ("The NIS told lawmakers that North Korea had sent missiles to Russia.", "arms_transfer",
     [(1, "National Intelligence Service", "told")]),
    ("Citing the NIS, Yonhap said North Korean troops were killed in Kursk.", "casualties",
     [(1, "Yonhap", "said"), (2, "National Intelligence Service", "Citing")]),
    ("North Korean troops were killed in Kursk, the NIS estimated.", "casualties",
     [(1, "National Intelligence Service", "estimated")]),
])
def test_attribution(text: str, event_type: str, chain: list[tuple[int, str, str]]) -> None:
    assert _chain(one(text, event_type)) == chain


def test_statement_agent_is_its_speaker_and_not_its_own_source() -> None:
    ev = one("North Korea will send engineers to Kursk, said Kremlin spokesman Dmitry Peskov.", "statement")
    assert roles(ev) == {("agent", "Dmitry Peskov")}
    assert ev.attributions == []
    assert ev.text == "North Korea will send engineers to Kursk, said Kremlin spokesman Dmitry Peskov."


def test_unattributed_event_has_no_chain() -> None:
    assert one("North Korea sent troops to Russia.", "troop_deployment").attributions == []


@pytest.mark.parametrize(("text", "event_type", "quantities"), [
    ("North Korea sent 10,000 troops to Russia.", "troop_deployment", ["10,000 troops"]),
    ("North Korea sent about 12,000 soldiers to Russia.", "troop_deployment", ["about 12,000 soldiers"]),
    ("Pyongyang supplied 5 million shells to Moscow.", "arms_transfer", ["5 million shells"]),
    ("North Korea has sent more than 20 howitzers to Russia.", "arms_transfer", ["more than 20 howitzers"]),
    ("Russia recruited 15,000 North Korean workers.", "labor_recruitment", ["15,000 North Korean workers"]),
    ("About 300 North Korean soldiers died in Kursk.", "casualties", ["About 300 North Korean soldiers"]),
    ("Russian forces launched 50 drones at Kyiv.", "attack", ["50 drones"]),
    ("The United States sanctioned three Russian companies.", "sanction", ["three Russian companies"]),
    ("Ukrainian forces captured two North Korean soldiers.", "casualties", ["two North Korean soldiers"]),
    ("Russia trained 500 North Korean soldiers.", "training", ["500 North Korean soldiers"]),
])
def test_quantities(text: str, event_type: str, quantities: list[str]) -> None:
    assert [q.text for q in one(text, event_type).quantities] == quantities


def test_count_alone_keeps_an_event_without_agent() -> None:
    ev = one("About 300 soldiers died in the fighting.", "casualties")
    assert ev.roles == [] and [q.value for q in ev.quantities] == [300]


def test_quantities_stay_in_their_clause() -> None:
    text = "Russia met North Korea's demands, and Pyongyang sent 6,000 troops to Kursk."
    assert [q.text for q in one(text, "troop_deployment").quantities] == ["6,000 troops"]
    assert one("Lavrov said North Korea sent 6,000 troops.", "statement").quantities == []


@pytest.mark.parametrize(("text", "event_type", "date_text", "day"), [
    ("Kim Jong Un met Vladimir Putin on Tuesday.", "meeting", "on Tuesday", dt.date(2025, 11, 18)),
    ("North Korea sent troops to Russia in October.", "troop_deployment", "in October", dt.date(2025, 10, 1)),
    ("Russia and North Korea signed a treaty in June 2024.", "agreement", "in June 2024", dt.date(2024, 6, 1)),
    ("In 2023, North Korea supplied shells to Russia.", "arms_transfer", "In 2023", dt.date(2023, 1, 1)),
    ("Sergei Shoigu arrived in Pyongyang on Wednesday.", "visit", "on Wednesday", dt.date(2025, 11, 19)),
    ("North Korea test-fired a missile on 5 November 2025.", "weapons_test", "5 November 2025",
     dt.date(2025, 11, 5)),
    ("Last year Pyongyang sent workers to Russia.", "labor_deployment", "Last year", dt.date(2024, 1, 1)),
    ("On Monday the United States imposed sanctions on North Korea.", "sanction", "On Monday",
     dt.date(2025, 11, 17)),
    ("North Korea will send engineers to Kursk next year.", "labor_deployment", "next year", dt.date(2026, 1, 1)),
    ("Kim Jong Un visited Russia in September 2023.", "visit", "September 2023", dt.date(2023, 9, 1)),
])
def test_dates(text: str, event_type: str, date_text: str, day: dt.date) -> None:
    ev = one(text, event_type)
    assert ev.date is not None
    assert date_text in ev.date.text
    assert ev.date.date_from == day


def test_date_in_the_clause_wins() -> None:
    text = "Kim Jong Un met Vladimir Putin on Tuesday, and Russia signed an agreement with North Korea in June 2024."
    assert one(text, "meeting").date.text == "on Tuesday"  # type: ignore[union-attr]
    assert "June 2024" in one(text, "agreement").date.text  # type: ignore[union-attr]


def test_future_date_makes_the_event_planned() -> None:
    assert one("Kim Jong Un visits Moscow in December 2026.", "visit").status == "planned"


def test_no_date_no_event_date() -> None:
    assert one("North Korea sent troops to Russia.", "troop_deployment").date is None


@pytest.mark.parametrize(("text", "said"), [
    # a date right after a verb of saying is the day the statement was made, not the day of what it tells
    ("Ukraine's military intelligence said on Monday that North Korea had sent 3,000 troops to Russia.", "on Monday"),
    ("North Korea has sent 3,000 more troops to Russia, South Korea's spy agency said on Tuesday.", "on Tuesday"),
])
def test_the_day_a_statement_was_made(text: str, said: str) -> None:
    statement = one(text, "statement")
    assert statement.date is not None and said in statement.date.text
    assert one(text, "troop_deployment").date is None


def test_a_date_of_its_own_still_dates_what_is_told() -> None:
    """Must not match: a date in the told clause, not after the verb of saying, is the deed's."""
    text = "Ukraine's military intelligence said on Monday that North Korea sent 3,000 troops to Russia in October."
    assert "October" in one(text, "troop_deployment").date.text  # type: ignore[union-attr]
    assert "Monday" in one(text, "statement").date.text  # type: ignore[union-attr]


def test_a_long_text() -> None:
    text = " ".join([
        "North Korea sent about 11,000 troops to Russia's Kursk region in October, according to Yonhap.",
        "Sergei Shoigu said Pyongyang would send 6,000 military engineers next year.",
        "Ukraine accused North Korea of supplying ballistic missiles to Moscow.",
        "The European Union imposed sanctions on three North Korean companies on Monday.",
        "Kim Jong Un met Vladimir Putin in Vladivostok, and the two leaders signed a treaty.",
    ] * 6)
    x = extract(text, language="en", published_on=PUBLISHED)
    events = find_events(x.sentences, x.mentions, x.quantities, x.dates, published_on=PUBLISHED)
    assert len(events) >= 30
    assert events == find_events(x.sentences, x.mentions, x.quantities, x.dates, published_on=PUBLISHED)  # pure


def test_body_before_a_persons_name_is_a_title() -> None:
    ev = one("Russian Security Council secretary Sergei Shoigu arrived in Pyongyang.", "visit")
    assert ("agent", "Sergei Shoigu") in roles(ev) and ("agent", "Security Council of Russia") not in roles(ev)


def test_relative_that_takes_the_noun_before() -> None:
    ev = one("The United States sanctioned two Russian firms that shipped oil to Pyongyang.", "economic_support")
    assert roles(ev) == {("agent", "Russia"), ("partner", "North Korea")}


def test_a_speakers_words_end_at_but() -> None:
    text = "Moscow denied that it had recruited North Korean workers, but Seoul said 5,000 workers had arrived in Russia."
    assert one(text, "labor_recruitment").status == "denied"
    arrived = one(text, "labor_deployment")
    assert not arrived.negated and [a.cited.name for a in arrived.attributions] == ["South Korea"]
    assert ("agent", "South Korea") not in roles(arrived)


def test_qualifier_of_an_amount_is_no_preposition() -> None:
    ev = one("At least 300 North Korean soldiers were killed.", "casualties")
    assert roles(ev) == {("agent", "North Korea")}


def test_statement_keeps_no_future_date_of_what_it_announces() -> None:
    ev = one("Sergei Shoigu said North Korea would send engineers to Kursk next year.", "statement")
    assert ev.date is None and ev.status == "completed"


def test_a_possessive_source_cites_what_it_owns() -> None:
    text = "North Korea sent 12,000 soldiers to Russia in October, according to South Korea's NIS."
    x = extract(text, language="en", published_on=dt.date(2025, 11, 20))
    assert [[a.cited.name for a in e.attributions] for e in x.events] == [["National Intelligence Service"]]


@pytest.mark.parametrize(("text", "event_type", "expected"), [
    # troops moving into a country, told by a speaker or not
    ("Yusov said Pyongyang had rotated roughly 15,000 troops through Russia in total.", "troop_deployment",
     {("agent", "North Korea"), ("partner", "Russia")}),
    ("Some 12,000 North Korean soldiers reached Kursk Oblast in October.", "troop_deployment",
     {("agent", "North Korea"), ("partner", "Russia")}),
    ("Yusov said 500 North Korean soldiers crossed into Russia in early September.", "troop_deployment",
     {("agent", "North Korea"), ("partner", "Russia")}),
    # firing at a place is an attack on it
    ("Russia has fired more than 180 missiles at Ukrainian cities.", "attack",
     {("agent", "Russia"), ("target", "Ukraine")}),
    # tourists visiting are trade in travel; goods sent are economic support
    ("Some 1,500 Russian tourists have visited the Wonsan-Kalma resort.", "trade", {("agent", "Russia")}),
    ("Officials said 148,000 tonnes of Russian wheat had been sent to North Korea by rail.", "economic_support",
     {("agent", "Russia"), ("partner", "North Korea")}),
])
def test_movements_firing_and_visits(text: str, event_type: str, expected: set[tuple[str, str]]) -> None:
    events = extract(text, language="en", published_on=dt.date(2025, 11, 20)).events
    assert expected in [{(r.role, r.entity.name) for r in e.roles} for e in events if e.event_type == event_type], [
        (e.event_type, [(r.role, r.entity.name) for r in e.roles]) for e in events]


def test_a_figure_with_no_trader_named_is_of_the_traders_before() -> None:
    text = ("Russia and North Korea signed a trade deal in May. Bilateral trade reached $61.5 million last year, up "
            "8.6 percent.")
    events = extract(text, language="en", published_on=dt.date(2025, 11, 20)).events
    trades = [e for e in events if e.event_type == "trade"]
    assert trades and all({r.entity.name for r in e.roles if r.role == "agent"} for e in trades), [
        (e.event_type, e.text) for e in events]


def test_a_speaker_between_commas_before_the_verb() -> None:
    text = ("A senior official at Ukraine's military intelligence agency, HUR, told Reuters that North Korea sent "
            "shells to Russia.")
    events = extract(text, language="en", published_on=dt.date(2025, 11, 20)).events
    transfers = [e for e in events if e.event_type == "arms_transfer"]
    assert [[a.cited.name for a in e.attributions] for e in transfers] == [["HUR"]]
    # in English the agency that tells is a speaker too ("X said" states, whoever X is)
    assert [sorted(r.entity.name for r in e.roles) for e in events if e.event_type == "statement"] == [["HUR"]]


@pytest.mark.parametrize("back", ["the official said", "he added", "the agency said", "she said"])
def test_a_speaker_named_by_a_pronoun_or_a_common_noun_is_the_one_cited_last(back: str) -> None:
    text = ("According to HUR, North Korea sent 250 missiles to Russia. Russian troops fired 180 missiles at Ukrainian "
            f"cities, {back}.")
    events = extract(text, language="en", published_on=dt.date(2025, 11, 20)).events
    attacks = [e for e in events if e.event_type == "attack"]
    assert attacks and [a.cited.name for a in attacks[0].attributions] == ["HUR"]


def test_no_source_is_carried_to_a_sentence_that_names_no_speaker() -> None:
    text = "According to HUR, North Korea sent 250 missiles to Russia. Russian troops fired 180 missiles at Kyiv."
    events = extract(text, language="en", published_on=dt.date(2025, 11, 20)).events
    assert [e.attributions for e in events if e.event_type == "attack"] == [[]]


@pytest.mark.parametrize(("text", "status"), [
    ("Russian troops fire 10,000 shells a day at Ukrainian cities.", "ongoing"),  # a plural subject, a bare verb
    ("North Korea sends troops to Russia.", "ongoing"),
    ("Russian troops fired 10,000 shells at Ukrainian cities.", "completed"),
])
def test_the_present_of_a_plural_subject(text: str, status: str) -> None:
    events = extract(text, language="en", published_on=dt.date(2025, 11, 20)).events
    assert [e.status for e in events if e.event_type in ("attack", "troop_deployment")] == [status]


@pytest.mark.parametrize(("text", "speaker"), [
    # an aside between the speaker and the verb: a participle, "who", or any aside after a person's name
    ("A Pentagon official, who spoke on the condition of anonymity, said North Korea had shipped shells to Russia.",
     "United States Department of Defense"),
    ("Dmytro Lubinets, Ukraine's parliamentary commissioner for human rights, says 8,000 Ukrainians are held in Russia.",
     "Dmytro Lubinets"),
    ("A senior HUR officer, speaking on the condition of anonymity, said the crews arrived in three echelons.", "HUR"),
])
def test_a_speaker_before_an_aside(text: str, speaker: str) -> None:
    assert roles(one(text, "statement")) == {("agent", speaker)}


def test_what_a_verb_of_saying_reports_has_a_subject_of_its_own() -> None:
    # the speaker is too far to cite, yet "said" still opens what it reports: the crews arrive, not the agency
    text = "A senior HUR officer, speaking on the condition of anonymity and at length, said the crews arrived in Kursk."
    assert all(("agent", "HUR") not in roles(ev) for ev in events_of(text) if ev.event_type != "statement")


def test_so_after_a_comma_opens_a_clause_of_its_own() -> None:
    # "..., so Russia supplies": the subject of the clause before does not supply
    assert roles(one("North Korea buys oil abroad, so Russia supplies it with fuel.", "economic_support")) == {
        ("agent", "Russia")}


def test_a_name_after_said_is_its_speaker_only_when_the_clause_ends_there() -> None:
    # "..., said North Korea had shipped": North Korea is the subject of what is said, not a postposed speaker
    events = events_of("Officials in Seoul, who asked not to be named, said North Korea had shipped shells to Russia.")
    assert not [ev for ev in events if ev.event_type == "statement" and ("agent", "North Korea") in roles(ev)]


@pytest.mark.parametrize(("text", "event_type", "agent"), [
    # calling a report a lie denies it; calling a deed names condemns it
    ("North Korea's foreign ministry has called reports of arms deals \"absurd fabrications\".", "denial",
     "North Korean Ministry of Foreign Affairs"),
    ("Russia's Foreign Ministry called the OFAC designations \"illegitimate\".", "accusation",
     "Russian Ministry of Foreign Affairs"),
    # a country's possessive before a body is its owner, not a second agent
    ("North Korea's official Korean Central News Agency described the U.S. move as \"a hostile act\".", "accusation",
     "KCNA"),
])
def test_calling_names(text: str, event_type: str, agent: str) -> None:
    assert {name for role, name in roles(one(text, event_type)) if role == "agent"} == {agent}


@pytest.mark.parametrize("text", ["The ship called at Wonsan.", "They called him a friend.",
                                  "The ministry described the talks as useful."])
def test_calling_without_a_charge_or_a_lie(text: str) -> None:
    assert not [ev for ev in events_of(text) if ev.event_type in ("denial", "accusation")]


@pytest.mark.parametrize("text, agent", [
    # legal action: the court, prosecutor or service that acts accuses
    ("The Rotterdam District Court sentenced the director of a shipbroking firm to 30 months in prison.",
     "Rotterdam District Court"),
    ("In Japan, the Kobe District Court fined a used-car exporter ¥8 million for shipping vehicles to Vladivostok.",
     "Kobe District Court"),
    ("The Justice Department unsealed an indictment charging a Russian citizen with exporting chips.",
     "United States Department of Justice"),
])
def test_legal_action_is_an_accusation(text: str, agent: str) -> None:
    assert ("agent", agent) in roles(one(text, "accusation"))


@pytest.mark.parametrize("text", [
    "He received a suspended sentence.",  # the noun: no one acts
    "Each charges about 200 volts.",
    "The exporter paid a fine of $5,000.",
])
def test_no_legal_action(text: str) -> None:
    assert not [ev for ev in events_of(text) if ev.event_type == "accusation"]


@pytest.mark.parametrize("text, agent", [
    # names added to a sanctions list: "added" lists them, it says nothing
    ("The UK added five more vessels to its sanctions list last month.", "United Kingdom"),
    ("Britain added six companies to its sanctions list earlier this month.", "United Kingdom"),
    # a package of sanctions, assets frozen
    ("The European Union adopted its 21st package of sanctions against Russia late last month.", "European Union"),
    ("Japan's cabinet approved asset freezes on 11 organisations and 14 individuals in Russia.", "Japan"),
])
def test_sanctions_lists_packages_and_freezes(text: str, agent: str) -> None:
    assert ("agent", agent) in roles(one(text, "sanction"))


@pytest.mark.parametrize("text", [
    "He added that the list of vessels was long.",  # a verb of saying: no sanction
    "The ministry added a new package of reforms.",
])
def test_no_sanction_added(text: str) -> None:
    assert not [ev for ev in events_of(text) if ev.event_type == "sanction"]


def test_a_verb_of_saying_still_reports() -> None:
    assert ("agent", "Russia") in roles(one("He added that Russia had sent more troops.", "troop_deployment"))


@pytest.mark.parametrize("text, partner", [
    # a sum paid to a state for each soldier it sends supports its economy
    ("Moscow pays Pyongyang an estimated $2,000 a month for each soldier.", "North Korea"),
    # oil products by their trade names
    ("Russia shipped about 1.4mn bl of refined products to North Korea in 2025.", "North Korea"),
])
def test_payments_for_soldiers_and_refined_products_support_an_economy(text: str, partner: str) -> None:
    assert {("agent", "Russia"), ("partner", partner)} <= roles(one(text, "economic_support"))


@pytest.mark.parametrize("text", [
    "Soldiers are paid a wage of $200 a month.",  # a wage
    "The company pays its workers $500 a month.",
    "Russia pays North Korea in fighter jets and air defences for shells.",  # jets, no soldiers
])
def test_no_payment_for_soldiers(text: str) -> None:
    assert not [ev for ev in events_of(text) if ev.event_type == "economic_support"]


@pytest.mark.parametrize("text", [
    # people named by nationality or trade who work abroad are workers
    "About 150 North Koreans work at the Sverdlov plant in Dzerzhinsk, Russia.",
    "Andrei Lankov estimates that 15,000 to 20,000 North Koreans now work in Russia.",
    "At the Zvezda shipyard in Russia, up to 1,500 North Korean welders and fitters work on hulls.",
    # ... and so are nationals who enter a country, or are in it, in numbers
    "A total of 13,221 North Koreans entered Russia in 2025.",
    "About 20,000 North Koreans are now in Russia.",
])
def test_nationals_and_tradesmen_working_abroad_are_labour(text: str) -> None:
    assert ("agent", "North Korea") in roles(one(text, "labor_deployment"))


@pytest.mark.parametrize("text", [
    "The Russian government will work with Beijing on the plan.",  # an adjective: no people
    "The two ministries work closely together.",
])
def test_working_together_is_no_labour(text: str) -> None:
    assert not [ev for ev in events_of(text) if ev.event_type == "labor_deployment"]


@pytest.mark.parametrize(("text", "event_type"), [
    ("Kim Jong Un met Sergei Lavrov in Pyongyang. Bilateral trade reached $61.5 million last year.", "trade"),
    ("Kim Jong Un met Sergei Lavrov in Pyongyang. Since then, the two sides have signed 17 agreements.", "agreement"),
])
def test_both_sides_are_the_two_states_named_before(text: str, event_type: str) -> None:
    assert roles(one(text, event_type)) == {("agent", "North Korea"), ("agent", "Russia")}


def test_both_sides_with_no_event_between_two_states_before() -> None:
    assert not [ev for ev in events_of("Bilateral trade reached $61.5 million last year.") if ev.event_type == "trade"]


@pytest.mark.parametrize("text", [
    "UN Security Council Resolution 2397, adopted in December 2017, required all member states to send North Korean "
    "workers home within 24 months.",
    "A 2017 United Nations Security Council resolution caps North Korea's imports of refined petroleum at 500,000 "
    "barrels a year.",
])
def test_what_a_ruling_requires_or_caps_is_the_bodys_sanction(text: str) -> None:
    assert [(ev.event_type, roles(ev)) for ev in events_of(text)] == [
        ("sanction", {("agent", "UN Security Council")})]


@pytest.mark.parametrize("text", [
    "The first contingent, some 12,000 soldiers of the 11th Corps, reached Kursk Oblast in October 2024.",
    "Kim Jong Un sent 6,000 troops to Russia.",
])
def test_a_unit_or_a_leader_deploys_for_their_state(text: str) -> None:
    assert ("agent", "North Korea") in roles(one(text, "troop_deployment"))


def test_an_outlet_told_of_a_deed_does_not_do_it() -> None:
    text = ("Andriy Yusov, a spokesman for HUR, told the Korea JoongAng Daily that between 3,000 and 4,000 North Korean "
            "troops had arrived in Kursk.")
    assert ("agent", "North Korea") in roles(one(text, "troop_deployment"))
    assert not [r for ev in events_of(text) for r in ev.roles if r.entity.kind == "media" and r.role == "agent"]


@pytest.mark.parametrize(("text", "agent"), [
    # never confirming, acknowledging or commenting on a deed denies it, and the denial holds up to now
    ("North Korea has never confirmed the new deployment.", "North Korea"),
    ("North Korea has never acknowledged supplying missiles to Russia.", "North Korea"),
    ("The Kremlin has never commented on North Korean casualties.", "Russia"),
])
def test_never_confirming_denies(text: str, agent: str) -> None:
    ev = one(text, "denial")
    assert ("agent", agent) in roles(ev)
    assert ev.status == "ongoing"
    assert not [e for e in events_of(text) if e.event_type == "statement"]


@pytest.mark.parametrize("text", [
    "Russia confirmed the deployment, Peskov said.",  # a confirmation states
    "North Korea acknowledged the treaty.",
    "Russia commented on the report.",
])
def test_confirming_denies_nothing(text: str) -> None:
    assert not [ev for ev in events_of(text) if ev.event_type == "denial"]


@pytest.mark.parametrize(("text", "event_type"), [
    # a penalty a body can impose warns; one it imposed punishes
    ("The Treasury Department can impose penalties of up to $1 million on Russian firms.", "threat"),
    ("The Treasury Department imposed a $465,000 penalty on a Russian shipping firm.", "accusation"),
])
def test_penalties(text: str, event_type: str) -> None:
    assert ("agent", "United States Department of the Treasury") in roles(one(text, event_type))
    assert not [ev for ev in events_of(text) if ev.event_type in {"threat", "accusation"} - {event_type}]


def test_a_second_name_of_the_speaker_in_an_aside() -> None:
    # "known as HUR" names the speaker: what it estimates is cited, and the agency does not ship
    text = "Ukraine's military intelligence agency, known as HUR, estimates that Pyongyang has shipped 170mm guns to Russia."
    ev = one(text, "arms_transfer")
    assert roles(ev) == {("agent", "North Korea"), ("partner", "Russia")}
    assert [a.cited.name for a in ev.attributions] == ["HUR"]


def test_by_after_another_participle_names_no_agent() -> None:
    # "the limit set by the UN": the UN set the limit, it did not ship
    text = "Russia shipped 1.5 million barrels of refined oil to North Korea, three times the limit set by the UN."
    assert ("agent", "United Nations") not in roles(one(text, "economic_support"))
    assert ("agent", "North Korea") in roles(one("Shells were sent by North Korea to Russia.", "arms_transfer"))


@pytest.mark.parametrize(("text", "expected"), [
    ("About 2,000 North Korean artillerymen now serve with Russian units near Kupiansk.", True),
    ("North Korean gunners serve in Kursk.", True),
    ("The port will serve Russian ships.", False),
])
def test_troops_serving(text: str, expected: bool) -> None:
    assert bool([ev for ev in events_of(text) if ev.event_type == "troop_deployment"]) == expected


@pytest.mark.parametrize(("text", "agent"), [
    # a speaker who calls a deed lawful, or says it breaks no rule, denies it
    ("Russia's Foreign Ministry has said its trade with North Korea is lawful.", "Russian Ministry of Foreign Affairs"),
    ("Maria Zakharova said last week that North Koreans in Russia were \"students and tourists\".", "Maria Zakharova"),
    ("Alexander Matsegora told TASS that Russia \"does not violate any sanctions\".", "Alexander Matsegora"),
    ("Russia's Foreign Ministry said the cooperation with North Korea violates no international norms.",
     "Russian Ministry of Foreign Affairs"),
])
def test_calling_a_deed_lawful_denies_it(text: str, agent: str) -> None:
    ev = one(text, "denial")
    assert {name for role, name in roles(ev) if role == "agent"} == {agent}
    assert not [e for e in events_of(text) if e.event_type == "statement" and e.trigger == ev.trigger]


@pytest.mark.parametrize("text", [
    # a speaker who says a deed breaks a rule, or calls it names, accuses
    "Seoul's Unification Ministry said the transfers violate UN Security Council resolutions.",
    "South Korea's Foreign Ministry said the visit shows that illegal military cooperation is continuing.",
])
def test_saying_a_deed_breaks_a_rule_accuses(text: str) -> None:
    assert ("agent", "Ministry of Unification" if "Unification" in text else "South Korean Ministry of Foreign Affairs") in \
        roles(one(text, "accusation"))
    assert not [ev for ev in events_of(text) if ev.event_type in ("denial", "statement")]


def test_saying_neither_lawfulness_nor_a_breach_states() -> None:
    text = "Kremlin spokesman Dmitry Peskov said cooperation with Pyongyang would continue."
    assert [ev.event_type for ev in events_of(text)] == ["statement"]


@pytest.mark.parametrize("text", [
    # an agency beside a state as the doer of a deployment or a loss only tells of it
    "HUR puts total North Korean losses since the first troops reached Kursk in October 2024 at nearly 7,500.",
    "The NIS said North Korean troops were sent to Russia.",
])
def test_an_agency_beside_a_state_does_not_deploy(text: str) -> None:
    ev = one(text, "troop_deployment")
    assert ("agent", "North Korea") in roles(ev)
    assert not [name for role, name in roles(ev) if role == "agent" and name in ("HUR", "National Intelligence Service")]


def test_an_agency_alone_keeps_its_deed() -> None:
    # no state beside it: the agency stays the agent ("which the EU says organised the delivery")
    text = "OFAC imposed sanctions on three Russian banks."
    assert ("agent", "Office of Foreign Assets Control") in roles(one(text, "sanction"))


@pytest.mark.parametrize(("text", "expected"), [
    # "ship" states a transfer as a verb, not as the noun
    ("North Korea shipped 22,000 containers of munitions to Russia.", True),
    ("Russia is shipping refined oil to North Korea.", True),
    ("Two Russian cargo ships carrying shells docked in Rajin.", False),
    ("The ships made 19 round trips with shells.", False),
])
def test_ships_are_no_shipment(text: str, expected: bool) -> None:
    found = [ev for ev in events_of(text) if ev.event_type in ("arms_transfer", "economic_support")]
    assert bool(found) == expected


def test_a_speaker_not_in_the_gazetteer_states() -> None:
    # a candidate name (kind unknown) after "said" is a speaker like any other
    text = "\"Designations are a paper wall,\" said Victor Han, a former U.S. Treasury official."
    assert [(ev.event_type, {n for r, n in roles(ev) if r == "agent"}) for ev in events_of(text)] == [
        ("statement", {"Victor Han"})]


def test_an_organisation_before_a_which_aside_states() -> None:
    text = ("The International Committee of the Red Cross (ICRC), which has visited the North Koreans three times since "
            "February, said any transfer must be voluntary.")
    assert ("agent", "International Committee of the Red Cross") in roles(one(text, "statement"))
    assert not [ev for ev in events_of("The ships, which carried coal, said nothing.") if ev.event_type == "statement"]


@pytest.mark.parametrize(("text", "places"), [
    # a deployment is one event per town or region named after a place preposition, joined by commas or "and"
    ("About 3,000 North Korean workers work on construction sites in Moscow, St. Petersburg and Vladivostok.",
     ["Moscow", "Saint Petersburg", "Vladivostok"]),
    ("North Korean troops were sent to Kursk Oblast.", ["Kursk Oblast"]),
    # a country is no town or region: one event
    ("About 3,000 North Korean workers are now in Russia and China.", ["Russia"]),
])
def test_one_deployment_per_place(text: str, places: list[str]) -> None:
    found = [ev for ev in events_of(text) if ev.event_type in ("labor_deployment", "troop_deployment")]
    assert sorted(ev.location.name for ev in found if ev.location) == sorted(places)
    assert sum(len(ev.quantities) for ev in found) == 1 or "3,000" not in text


@pytest.mark.parametrize("text", [
    # a body whose data or figures are reported is the source of the sentence, not a trader
    "North Korea and Russia signed a treaty. Russian customs figures put trade between the two countries at $186 "
    "million in 2025.",
    "North Korea and Russia signed a treaty. Russian customs data show that trade between the two countries reached "
    "$186 million in 2025.",
])
def test_a_bodys_data_are_a_source(text: str) -> None:
    ev = one(text, "trade")
    assert {name for role, name in roles(ev) if role == "agent"} == {"North Korea", "Russia"}
    assert [a.cited.name for a in ev.attributions] == ["Federal Customs Service of Russia"]


def test_a_country_before_figures_is_no_source() -> None:
    ev = one("Russia shipped 1.4mn bl of refined products to North Korea, figures show.", "economic_support")
    assert ("agent", "Russia") in roles(ev)
    assert not ev.attributions


@pytest.mark.parametrize(("text", "expected"), [
    # a package that lists or adds names is the sanctions package of the body named before
    ("The European Union adopted its 21st package of sanctions against Russia. The package lists 71 individuals.", 2),
    ("The European Union adopted its 21st package of sanctions against Russia. The package adds 135 tankers to the "
     "list of banned vessels.", 2),
    # a package of agreements lists no one
    ("The European Union adopted its 21st package of sanctions against Russia. The talks produced a substantial "
     "package.", 1),
])
def test_a_package_that_lists_names_sanctions(text: str, expected: int) -> None:
    found = [ev for ev in events_of(text) if ev.event_type == "sanction"]
    assert len(found) == expected
    assert all(("agent", "European Union") in roles(ev) for ev in found)


def test_such_reports_are_a_noun_and_who_a_denial_blames_denies_nothing() -> None:
    text = "North Korea's foreign ministry called such reports \"a sinister smear campaign\" by Washington."
    assert {name for role, name in roles(one(text, "denial")) if role == "agent"} == {
        "North Korean Ministry of Foreign Affairs"}
    assert not [ev for ev in events_of(text) if ev.event_type == "statement"]
    # a verb of saying after a name still states
    assert one("Such officials reported that Russia sent troops, North Korea said.", "statement")


@pytest.mark.parametrize(("text", "states"), [
    # a pronoun read as a name states nothing; a name does
    ("Japan's Defense Ministry said a patrol aircraft had spotted a tanker west of Hokkaido on Dec. 17. It was the "
     "sixth such sighting the ministry has reported since the start of 2025.", False),
    ("\"The ships have not stopped,\" said Eleanor Whitby, an analyst at the centre.", True),
])
def test_a_pronoun_is_no_speaker(text: str, states: bool) -> None:
    speakers = [r.entity.name for ev in events_of(text) if ev.event_type == "statement" for r in ev.roles]
    assert ("It" not in speakers) and bool([s for s in speakers if s != "Defense Ministry"]) == states


@pytest.mark.parametrize(("text", "event_type"), [
    # foreign engineers at a site pass on know-how; workers work
    ("About 50 Russian engineers and technicians have worked at Sohae since January.", "technology_transfer"),
    ("About 20 Russian specialists are now in North Korea.", "technology_transfer"),
    ("About 1,500 North Korean workers work at the Zvezda shipyard.", "labor_deployment"),
])
def test_engineers_abroad_transfer_technology(text: str, event_type: str) -> None:
    found = [ev.event_type for ev in events_of(text) if ev.event_type in ("technology_transfer", "labor_deployment")]
    assert found == [event_type]
    if event_type == "technology_transfer":
        assert ("agent", "Russia") in roles(one(text, event_type))


@pytest.mark.parametrize(("text", "expected"), [
    # weapons destroyed or damaged were attacked
    ("Since the start of the year, Ukrainian units have destroyed at least 48 North Korean artillery systems.", True),
    ("Ukrainian drones damaged three North Korean guns near Tokmak.", True),
    # what is destroyed is no weapon
    ("Ukraine destroyed the documents.", False),
])
def test_destroying_weapons_is_an_attack(text: str, expected: bool) -> None:
    found = [ev for ev in events_of(text) if ev.event_type == "attack"]
    assert bool(found) == expected
    if expected:
        assert ("agent", "Ukraine") in roles(found[0])


@pytest.mark.parametrize(("text", "expected"), [
    # officials' trips and representatives' visits are visits
    ("Security Council Secretary Sergei Shoigu made two trips to North Korea in June.", True),
    ("Representatives of the International Committee of the Red Cross (ICRC) made a two-hour visit to the men.", True),
    # a trip of no official is none
    ("The trip to the border takes about eight hours.", False),
])
def test_trips_and_representatives_visit(text: str, expected: bool) -> None:
    assert bool([ev for ev in events_of(text) if ev.event_type == "visit"]) == expected
