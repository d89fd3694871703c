"""English quantities through the whole pipeline: money written with a symbol and a letter multiplier ("$30m"),
ranges that repeat the symbol ("between $5 billion and $7 billion"), dozens, "a" as the number one, "two and a half",
numbers joined to a unit by a hyphen ("a three-week course"), the head noun last in an English phrase ("5,000
military builders"), the English labels of the Polish lexicon ("two CT scanners"), verbs after a bare number
("about 11,000 remain") and parts of a count before ("about 4,000 of them"), a number joined to the noun it counts
("a 40-member delegation"), repetitions ("14 times in July") told from ratios ("three times the limit"), and
English words read as English where they are also Polish ("27 such transfers")."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdb.extract import extract
from eventdb.extract.model import Quantity


def found(text: str) -> list[Quantity]:
    quantities = extract(text, language="en", published_on=dt.date(2025, 11, 20)).quantities
    for q in quantities:  # every field is plain data the store can write
        assert isinstance(q.counted_lemma, str | None) and isinstance(q.counted, str | None), q
        assert text[q.start : q.end] == q.text
    return quantities


def rows(text: str) -> list[tuple[str, float | None, float | None, float | None, str, str, str | None]]:
    return [(q.text, q.value, q.low, q.high, q.unit, q.qualifier, q.counted) for q in found(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # a letter joined to a number after a currency symbol multiplies it
    ("The fund holds at least $30m.", [("at least $30m", 30e6, None, None, "USD", "at_least", "fund")]),
    ("Britain gave £22m.", [("£22m", 22e6, None, None, "GBP", "exact", "value")]),
    ("The deal is worth $1.2bn.", [("$1.2bn", 1.2e9, None, None, "USD", "exact", "value")]),
    # a range that repeats the symbol, with "between" before the first
    ("The deal is worth between $5 billion and $7 billion.",
     [("between $5 billion and $7 billion", None, 5e9, 7e9, "USD", "range", "value")]),
    ("Workers get $200 to $300 a month.", [("$200 to $300 a month", None, 200, 300, "USD/month", "range", "wage")]),
    ("Oil sold for between $70 and $80 a barrel.",
     [("between $70 and $80 a barrel", None, 70, 80, "USD/barrel", "range", "oil price")]),
    # dozens: "several dozen" are tens; "dozens" two dozen or more; "three dozen" 36; "a dozen" 12; "several
    # hundred" from 200
    ("Russia fired dozens of ballistic missiles.",
     [("dozens of ballistic missiles", None, 24, 99, "item", "vague", "ballistic missile")]),
    ("Pyongyang sent several dozen launchers.", [("several dozen launchers", None, 20, 99, "item", "vague", "launcher")]),
    ("Three dozen North Koreans arrived.", [("Three dozen North Koreans", 36, None, None, "person", "exact", "North Korean")]),
    ("About a dozen Russian engineers arrived.",
     [("About a dozen Russian engineers", 12, None, None, "person", "approx", "engineer")]),
    ("Several hundred drone operators left.",
     [("Several hundred drone operators", None, 200, 999, "person", "vague", "drone operator")]),
    # "a" as one: before a multiplier, or after a qualifier before a unit
    ("A thousand troops left.", [("A thousand troops", 1000, None, None, "person", "exact", "soldier")]),
    ("The war lasted more than a year.", [("more than a year", 1, None, None, "year", "more_than", "duration")]),
    ("He got two and a half years in prison.",
     [("two and a half years", 2.5, None, None, "year", "exact", "prison term")]),
    ("The war has lasted two and a half years.",
     [("two and a half years", 2.5, None, None, "year", "exact", "duration")]),
    # a number joined to a unit by a hyphen: the noun after names what is measured
    ("They completed a three-week course.", [("three-week course", 3, None, None, "week", "exact", "course")]),
    ("They work 12-hour shifts.", [("12-hour shifts", 12, None, None, "hour", "exact", "shift")]),
    # a kind of duration named by the noun after the compound: a contract's term, a prison term
    ("Workers sign three-year contracts.", [("three-year contracts", 3, None, None, "year", "exact", "contract term")]),
    ("He got a five-year prison sentence.",
     [("five-year prison sentence", 5, None, None, "year", "exact", "prison term")]),
    ("Workers get contracts for two years.", [("two years", 2, None, None, "year", "exact", "contract term")]),
    ("Kim held a 90-minute meeting with Lavrov.", [("90-minute meeting", 90, None, None, "minute", "exact", "meeting")]),
    ("Russia helped build a 5,000-tonne destroyer.",
     [("5,000-tonne destroyer", 5000, None, None, "t", "exact", "destroyer")]),
    # the head noun of an English phrase comes last; labels of the lexicon count in English too
    ("Russia will send 5,000 military builders.",
     [("5,000 military builders", 5000, None, None, "item", "exact", "builder")]),
    ("Russia delivered two CT scanners.", [("two CT scanners", 2, None, None, "item", "exact", "CT scanner")]),
    ("Police arrested three accountants.", [("three accountants", 3, None, None, "person", "exact", "accountant")]),
    # an English noun before the head only qualifies it; an -ed word before a noun is an adjective
    ("The ships made at least 64 round trips.",
     [("at least 64 round trips", 64, None, None, "item", "at_least", "round trip")]),
    ("An image from Jan. 9 shows 86 covered wagons.",
     [("86 covered wagons", 86, None, None, "item", "exact", "covered wagon")]),
    ("Pyongyang rotated roughly 15,000 troops through Russia.",
     [("roughly 15,000 troops", 15000, None, None, "person", "approx", "soldier")]),
    # English shares, read as a percent
    ("Of them, 8,750, or nearly two-thirds, came on student visas.",
     [("nearly two-thirds", 67, None, None, "percent", "approx", "share")]),
    ("Three-quarters of the troops stayed.",
     [("Three-quarters of the troops", 75, None, None, "percent", "exact", "share")]),
    ("Half of the shells failed.", [("Half of the shells", 50, None, None, "percent", "exact", "share")]),
    ("A third of the workers left.", [("A third of the workers", 33, None, None, "percent", "exact", "share")]),
    ("Two in three workers left.", [("Two in three workers", 67, None, None, "percent", "exact", "share")]),
    # the head noun after a numbered adjective's phrase; "more" before the noun
    ("They held a two-hour one-on-one session without aides.",
     [("two-hour one-on-one session", 2, None, None, "hour", "exact", "session")]),
    ('Pyongyang was training "several thousand" more soldiers.',
     [('several thousand" more soldiers', None, 2000, 9999, "person", "vague", "soldier")]),
    ("Russia sent 300 more tanks.", [("300 more tanks", 300, None, None, "item", "exact", "tank")]),
    # a year with a thousands separator is a count
    ("About 1,900 freight wagons crossed.", [("About 1,900 freight wagons", 1900, None, None, "item", "approx",
                                              "wagon")]),
    # a part of the count before
    ("About 11,000 North Korean troops reached Kursk. According to HUR, about 4,000 of them were killed.",
     [("About 11,000 North Korean troops", 11000, None, None, "person", "approx", "soldier"),
      ("about 4,000", 4000, None, None, "person", "approx", "soldier")]),
    ("It has 200 missiles and Russia has fired more than 180 of them.",
     [("200 missiles", 200, None, None, "item", "exact", "missile"),
      ("more than 180", 180, None, None, "item", "more_than", "missile")]),
    # scare quotes around the amount: its noun follows them
    ('Pyongyang sent "several dozen" M1991 launchers.',
     [('several dozen" M1991 launchers', None, 20, 99, "item", "vague", "launcher")]),
    # English words that are also Polish words are read as English ("such" is no Polish surname here)
    ("Analysts counted at least 27 such transfers this year.",
     [("at least 27 such transfers", 27, None, None, "item", "at_least", "transfer")]),
    ("Two of its cargo ships were seized.", [("Two of its cargo ships", 2, None, None, "item", "exact", "cargo ship")]),
    ("About 5,000 of their troops remain.",
     [("About 5,000 of their troops", 5000, None, None, "person", "approx", "soldier")]),
    # a singular word after the plural head is its verb
    ("Two or three drones watch each gun.", [("Two or three drones", None, 2, 3, "item", "range", "drone")]),
    ("Three tanks guard the bridge.", [("Three tanks", 3, None, None, "item", "exact", "tank")]),
    # a demonym before a model name qualifies the noun after them
    ("Drones destroyed three North Korean Koksan guns.",
     [("three North Korean Koksan guns", 3, None, None, "item", "exact", "gun")]),
    ("Two North Korean soldiers were captured.",
     [("Two North Korean soldiers", 2, None, None, "person", "exact", "soldier")]),
    # a number joined to a noun it counts
    ("The 40-member delegation arrived.", [("40-member delegation", 40, None, None, "person", "exact",
                                            "delegation member")]),
    ("They signed a 23-article treaty.", [("23-article", 23, None, None, "item", "exact", "article")]),
    ("A 3,000-strong contingent arrived.", [("3,000-strong contingent", 3000, None, None, "person", "exact",
                                              "contingent")]),
    # repetitions: a count of events, labelled by the verb of the clause
    ("The air force scrambled jets 14 times in July.", [("14 times", 14, None, None, "item", "exact", "scramble")]),
    ("Air Koryo will fly four times a week.", [("four times a week", 4, None, None, "item/week", "exact", "flight")]),
    ("The tanker switched off its transponder five times.",
     [("five times", 5, None, None, "item", "exact", "occurrence")]),
    # a duration in two units is one; a sum converted from an approximate one is approximate
    ("He was sentenced to four years and nine months in prison.",
     [("four years and nine months", 4.75, None, None, "year", "exact", "prison term")]),
    ("Fesco will invest about 12 billion rubles ($150 million) in the port.",
     [("about 12 billion rubles", 12e9, None, None, "RUB", "approx", "investment"),
      ("$150 million", 150e6, None, None, "USD", "approx", "investment")]),
    ("They receive a grant of up to 50 million won ($36,000).",
     [("up to 50 million won", 50e6, None, None, "KRW", "up_to", "grant"),
      ("$36,000", 36000, None, None, "USD", "up_to", "grant")]),
    # a rate period after the brackets is both sums'
    ("Workers earn about 60,000 rubles ($730) a month from the state.",
     [("about 60,000 rubles", 60000, None, None, "RUB/month", "approx", "wage"),
      ("$730", 730, None, None, "USD/month", "approx", "wage")]),
    # a rate period is no counted noun: the bare amount counts what the sentence counted before
    ("North Korea had shipped 12 million shells and was producing around 250,000 a month.",
     [("12 million shells", 12e6, None, None, "item", "exact", "artillery shell"),
      ("around 250,000 a month", 250000, None, None, "item/month", "approx", "artillery shell")]),
    # the percent sign repeated in a range
    ("They pay commissions of 3% to 5% per transfer.",
     [("3% to 5% per transfer", None, 3, 5, "percent", "range", "share")]),
    ("Between 10% and 20% of the shells fail.",
     [("Between 10% and 20% of the shells", None, 10, 20, "percent", "range", "share")]),
    # "over" before a span of time says when; after a word of lasting it is "more than"
    ("The ships made 19 round trips over 11 months.",
     [("19 round trips", 19, None, None, "item", "exact", "round trip"),
      ("11 months", 11, None, None, "month", "exact", "duration")]),
    ("The war has lasted for over 11 months.", [("over 11 months", 11, None, None, "month", "more_than", "duration")]),
    # plurals without -s and nouns of persons by their ending
    ("Up to eight people share a room.", [("Up to eight people", 8, None, None, "person", "up_to", "person")]),
    ("Between 1,500 and 2,000 North Korean artillerymen arrived.",
     [("Between 1,500 and 2,000 North Korean artillerymen", None, 1500, 2000, "person", "range", "artilleryman")]),
    # a prison term; a compound's phrase named by the lexicon; a name after a compound is not what it measures
    ("A court jailed him for 30 months.", [("30 months", 30, None, None, "month", "exact", "prison term")]),
    ("Russian warships made a four-day port call at Wonsan.",
     [("four-day port call", 4, None, None, "day", "exact", "port call")]),
    ("The 5,000-ton Choe Hyon fired missiles.", [("5,000-ton", 5000, None, None, "t", "exact", "weight")]),
    ("They held a two-day drill on Tuesday.", [("two-day drill", 2, None, None, "day", "exact", "drill")]),
    # a small number word before an English plural the lexicon does not know still counts it
    ("OFAC designated Tigr Bank and two of its executives.",
     [("two of its executives", 2, None, None, "item", "exact", "executive")]),
    # "up" and "down" before a percent say its change; "up to" is a bound
    ("Trade reached $61.5 million, up 8.6 percent from 2024.",
     [("$61.5 million", 61.5e6, None, None, "USD", "exact", "trade turnover"),
      ("8.6 percent", 8.6, None, None, "percent", "exact", "growth")]),
    ("Exports were down 12% on the year.", [("12%", 12, None, None, "percent", "exact", "decrease")]),
    ("Prices went up 5% in May.", [("5%", 5, None, None, "percent", "exact", "growth")]),
    ("The fee is up to 40%.", [("up to 40%", 40, None, None, "percent", "up_to", "share")]),
    # an acronym is no stop word ("IT" is not "it"); an article ends a bare amount; "of the" links a part
    ("About 1,000 North Korean IT workers are in Russia.",
     [("About 1,000 North Korean IT workers", 1000, None, None, "person", "approx", "IT worker")]),
    ("Some 1,180 North Koreans registered in 2025, compared with 43 the year before.",
     [("Some 1,180 North Koreans", 1180, None, None, "person", "approx", "North Korean"),
      ("43", 43, None, None, "person", "exact", "North Korean")]),
    ("The UAE mediated 19 of the exchanges.", [("19 of the exchanges", 19, None, None, "item", "exact", "exchange")]),
    ("The swap brought to 6,412 the number of Ukrainians freed.",
     [("6,412 the number of Ukrainians", 6412, None, None, "person", "exact", "Ukrainian")]),
    # a sum after "fined" is a fine, its conversion in brackets too
    ("The company was fined 50 million won ($36,000).",
     [("50 million won", 50e6, None, None, "KRW", "exact", "fine"), ("$36,000", 36000, None, None, "USD", "exact", "fine")]),
    ("The court fined the firm 1.2 million euros.", [("1.2 million euros", 1.2e6, None, None, "EUR", "exact", "fine")]),
    # what a sum is held in names it, with a word of its state; a year or a place after "in" names nothing
    ("Japan gave $30 million in aid.", [("$30 million", 30e6, None, None, "USD", "exact", "aid")]),
    ("Hackers moved at least $340 million in stolen cryptocurrency.",
     [("at least $340 million", 340e6, None, None, "USD", "at_least", "stolen cryptocurrency")]),
    ("The port handled 2.3 million tonnes last year.",
     [("2.3 million tonnes", 2.3e6, None, None, "t", "exact", "cargo")]),
    ("The EU froze $2 billion in assets.", [("$2 billion", 2e9, None, None, "USD", "exact", "frozen assets")]),
    ("Russia spent $5 million in 2024.", [("$5 million", 5e6, None, None, "USD", "exact", "spending")]),
    # being paid a sum per period is a wage, its conversion in brackets too
    ("They are paid about 60,000 rubles ($730) a month.",
     [("about 60,000 rubles", 60000, None, None, "RUB/month", "approx", "wage"),
      ("$730", 730, None, None, "USD/month", "approx", "wage")]),
    # a letter joined to a number before a plural counts millions, not metres; hectares and deadweight tonnes measure
    ("Russia shipped an estimated 1.3m barrels of diesel.",
     [("an estimated 1.3m barrels", 1.3e6, None, None, "item", "approx", "barrel")]),
    ("Some 3m people fled.", [("Some 3m people", 3e6, None, None, "person", "approx", "person")]),
    ("The site covers about 12 hectares.", [("about 12 hectares", 12, None, None, "ha", "approx", "area")]),
    ("Ships under 5,000 dwt sailed.", [("under 5,000 dwt", 5000, None, None, "t", "less_than", "deadweight")]),
    # citizens take their country's demonym; days a week of work are working days, a day off says so itself
    ("Some 13,221 North Korean citizens entered Russia.",
     [("Some 13,221 North Korean citizens", 13221, None, None, "person", "approx", "North Korean citizen")]),
    ("They work seven days a week and get one day off a month.",
     [("seven days a week", 7, None, None, "item/week", "exact", "working day"),
      ("one day off a month", 1, None, None, "item/month", "exact", "day off")]),
    # "others" after a bare amount counts what was counted before it
    ("Two soldiers died and 30 others were wounded.",
     [("Two soldiers", 2, None, None, "person", "exact", "soldier"), ("30", 30, None, None, "person", "exact", "soldier")]),
    # the article between a fraction and its unit
    ("The warhead weighs roughly half a tonne.", [("roughly half a tonne", 0.5, None, None, "t", "approx", "weight")]),
    ("He stayed half a year.", [("half a year", 0.5, None, None, "year", "exact", "duration")]),
    # a qualifier written after the amount
    ("Some 2,000 workers arrived in June, and another 300 or so came in July.",
     [("Some 2,000 workers", 2000, None, None, "person", "approx", "worker"),
      ("300 or so", 300, None, None, "person", "approx", "worker")]),
    ("They sent 1,100 troops or more.", [("1,100 troops or more", 1100, None, None, "person", "at_least", "soldier")]),
    # the plural of a demonym names its people, and their clause their role (as "Koreańczyków" in Polish)
    ("About 300 Russians arrived in Wonsan.", [("About 300 Russians", 300, None, None, "person", "approx", "Russian")]),
    ("About 150 North Koreans work on the sites.",
     [("About 150 North Koreans", 150, None, None, "person", "approx", "worker")]),
    ("Some 2,000 North Koreans fought in Kursk.",
     [("Some 2,000 North Koreans", 2000, None, None, "person", "approx", "soldier")]),
    ("About 40 Chinese arrived.", [("About 40 Chinese", 40, None, None, "person", "approx", "Chinese")]),
    # a span of time before "ago", "later", "earlier" says when, not how long
    ("He stayed for more than a year.", [("more than a year", 1, None, None, "year", "more_than", "duration")]),
    # people counted as the sources of what is said are no quantity; what they tell of is
    ("Two soldiers were killed, two officials in Kyiv said.",
     [("Two soldiers", 2, None, None, "person", "exact", "soldier")]),
    # "from X to Y" after a verb of change: two levels, the one before measured as the one after
    ("The EU will lower its price cap on Russian crude from $47.60 to $44.10 a barrel.",
     [("$47.60", 47.6, None, None, "USD/barrel", "exact", "oil price"),
      ("$44.10 a barrel", 44.1, None, None, "USD/barrel", "exact", "oil price")]),
    ("Wages rose from $300 to $500 a month.",
     [("$300", 300, None, None, "USD/month", "exact", "wage"),
      ("$500 a month", 500, None, None, "USD/month", "exact", "wage")]),
    # must not match: no verb of change, a range
    ("They deployed from 3,000 to 4,000 troops.",
     [("from 3,000 to 4,000 troops", None, 3000, 4000, "person", "range", "soldier")]),
    ("Between $300 and $500 a month.", [("Between $300 and $500 a month", None, 300, 500, "USD/month", "range", "value")]),
    # a rate after "of them"
    ("Pyongyang delivered 250 missiles. Its factories can turn out 10 to 15 of them a month.",
     [("250 missiles", 250, None, None, "item", "exact", "missile"),
      ("10 to 15 of them a month", None, 10, 15, "item/month", "range", "missile")]),
    # a model name before an English noun qualifies it; alone, it is counted by itself
    ("Ukraine destroyed two Koksan guns and three Iskander launchers.",
     [("two Koksan guns", 2, None, None, "item", "exact", "gun"),
      ("three Iskander launchers", 3, None, None, "item", "exact", "launcher")]),
    ("Russia fired 12 Iskanders.", [("12 Iskanders", 12, None, None, "item", "exact", "ballistic missile")]),
    # persons and bodies counted together are one count of items; a second noun with a verb of its own is not
    ("The EU listed more than 130 individuals and entities.",
     [("more than 130 individuals and entities", 130, None, None, "item", "more_than", "individual and entity")]),
    ("OFAC designated 18 people and companies.", [("18 people and companies", 18, None, None, "item", "exact",
                                                   "person and company")]),
    ("Police arrested 5 people and seized the cars.", [("5 people", 5, None, None, "person", "exact", "person")]),
    # two plural nouns joined with no number of their own: one count of both
    ("Russia hired up to 1,500 welders and fitters.",
     [("up to 1,500 welders and fitters", 1500, None, None, "person", "up_to", "welder and fitter")]),
    ("The EU listed 135 tankers and cargo ships.",
     [("135 tankers and cargo ships", 135, None, None, "item", "exact", "tanker and cargo ship")]),
    ("They found at least one radar and components.",
     [("at least one radar", 1, None, None, "item", "at_least", "radar")]),
    # a sum given again between commas after "or": the same sum, with the period written after it
    ("His firm pays about 90,000 rubles, or roughly $1,000, a month per worker.",
     [("about 90,000 rubles", 90000, None, None, "RUB/month", "approx", "wage"),
      ("roughly $1,000", 1000, None, None, "USD/month", "approx", "wage")]),
    # a rate adjective on the noun phrase the amount measures
    ("Shipments doubled the UN annual cap of 500,000 barrels.",
     [("500,000 barrels", 500000, None, None, "item/year", "exact", "barrel")]),
    ("North Korea's annual demand for refined products is around 2m barrels.",
     [("around 2m barrels", 2e6, None, None, "item/year", "approx", "barrel")]),
    ("The annual report said 300 workers left.", [("300 workers", 300, None, None, "person", "exact", "worker")]),
    # a bare count opening its clause before a verb goes on counting what the sentence before counted
    ("Ukraine holds nine prisoners of war. Seven were captured in Kursk, and two more in Sumy.",
     [("nine prisoners of war", 9, None, None, "person", "exact", "prisoner of war"),
      ("Seven", 7, None, None, "person", "exact", "prisoner of war"),
      ("two", 2, None, None, "person", "exact", "prisoner of war")]),
    ("It was 2024. Three died.", []),
    # in digits as in words (a number's own token tells no language: the words around it do)
    ("Ukraine holds 90 prisoners of war. 70 were captured in Kursk, and 20 more in Sumy.",
     [("90 prisoners of war", 90, None, None, "person", "exact", "prisoner of war"),
      ("70", 70, None, None, "person", "exact", "prisoner of war"),
      ("20", 20, None, None, "person", "exact", "prisoner of war")]),
    # the persons in each group or place, of the kind counted before
    ("About 3,000 soldiers attacked. They moved in groups of two or three.",
     [("About 3,000 soldiers", 3000, None, None, "person", "approx", "soldier"),
      ("two or three", None, 2, 3, "person", "range", "soldier")]),
    ("About 2,000 workers arrived. They sleep eight to a room.",
     [("About 2,000 workers", 2000, None, None, "person", "approx", "worker"),
      ("eight to a room", 8, None, None, "person", "exact", "worker")]),
    ("About 2,000 workers arrived. Prices rose from 5 to a record.",
     [("About 2,000 workers", 2000, None, None, "person", "approx", "worker")]),
    # "Of those," opening a bare amount: a part of what the sentence before counted (2,100 is no year)
    ("About 11,000 soldiers were killed or wounded. Of those, about 2,100 were killed.",
     [("About 11,000 soldiers", 11000, None, None, "person", "approx", "soldier"),
      ("about 2,100", 2100, None, None, "person", "approx", "soldier")]),
    # "up from" a bare amount: the level before the change, of the thing counted before it
    ("Air Koryo will fly four times a week from July, up from two, officials said.",
     [("four times a week", 4, None, None, "item/week", "exact", "flight"),
      ("two", 2, None, None, "item/week", "exact", "flight")]),
    ("Japan scrambled jets 14 times in July, up from five a year earlier.",
     [("14 times", 14, None, None, "item", "exact", "scramble"), ("five", 5, None, None, "item", "exact", "scramble")]),
    # a number word after a compound is another amount
    ("They work 12-hour shifts six days a week.",
     [("12-hour shifts", 12, None, None, "hour", "exact", "shift"),
      ("six days a week", 6, None, None, "item/week", "exact", "working day")]),
    # the trade press: ranges with thousands separators, units after a slash, "pc", barrels a day
    ("Vessels of 1,000-4,000 dwt carry the fuel.",
     [("1,000-4,000 dwt", None, 1000, 4000, "t", "range", "deadweight")]),
    ("Workers earn 110,000-130,000 rubles a month.",
     [("110,000-130,000 rubles a month", None, 110000, 130000, "RUB/month", "range", "wage")]),
    ("Prices were $640-680/t in May, about $45/t above Asia.",
     [("$640-680/t", None, 640, 680, "USD/t", "range", "price"), ("about $45/t", 45, None, None, "USD/t", "approx",
                                                                       "price")]),
    ("The discount was about 12pc.", [("about 12pc", 12, None, None, "percent", "approx", "share")]),
    ("Loadings reached about 3,800 b/d in May.",
     [("about 3,800 b/d", 3800, None, None, "item/day", "approx", "barrel")]),
    ("Russia shipped 60,000 bpd.", [("60,000 bpd", 60000, None, None, "item/day", "exact", "barrel")]),
    # "once", "twice" before a period: times a period; kilograms
    ("Ships call twice a month.", [("twice a month", 2, None, None, "item/month", "exact", "port call")]),
    ("Trains run once a week.", [("once a week", 1, None, None, "item/week", "exact", "occurrence")]),
    ("They shipped 300 kilograms of gold.", [("300 kilograms of gold", 300, None, None, "kg", "exact", "gold")]),
    # what workers keep a month is their wage
    ("The workers themselves keep $200 to $300 a month.",
     [("$200 to $300 a month", None, 200, 300, "USD/month", "range", "wage")]),
    # men with no role of their own are soldiers where soldiers are counted; elsewhere men
    ("North Korea sent 10,000 troops. The crews number eight to ten men.",
     [("10,000 troops", 10000, None, None, "person", "exact", "soldier"),
      ("eight to ten men", None, 8, 10, "person", "range", "soldier")]),
    ("The company hired 40 men.", [("40 men", 40, None, None, "person", "exact", "man")]),
    # a demonym between a number-noun compound and its head noun
    ("A 40-member Russian delegation arrived.",
     [("40-member Russian delegation", 40, None, None, "person", "exact", "delegation member")]),
    # a dimension after the unit (not a journey's length: a distance); an adverb or "year on year" ends the phrase
    ("The bridge is 1 km long.", [("1 km long", 1, None, None, "km", "exact", "length")]),
    ("The wall is 5m high.", [("5m high", 5, None, None, "m", "exact", "height")]),
    ("The sea route is about 320 kilometers long.",
     [("about 320 kilometers", 320, None, None, "km", "approx", "distance")]),
    ("Some 11,000 troops came, with another 3,000 reportedly on the way.",
     [("Some 11,000 troops", 11000, None, None, "person", "approx", "soldier"),
      ("3,000", 3000, None, None, "person", "exact", "soldier")]),
    ("Trade rose 12% year on year.", [("12%", 12, None, None, "percent", "exact", "growth")]),
    # a bare amount after "to" counts what a verb of change brings to that level; not after a verb of motion
    ("They agreed to increase Moscow-Pyongyang flights to four a week by October.",
     [("four a week", 4, None, None, "item/week", "exact", "flight")]),
    ("Officials aim to raise the number of tourists to 20,000 a year.",
     [("20,000 a year", 20000, None, None, "person/year", "exact", "tourist")]),
    ("Trains went to 20 cities.", [("20 cities", 20, None, None, "item", "exact", "city")]),
    # a part of a number counted before; a guess is approximate; a verb ends the phrase
    ("Ukraine captured six soldiers. Two of the six were wounded.",
     [("six soldiers", 6, None, None, "person", "exact", "soldier"), ("Two", 2, None, None, "person", "exact", "soldier")]),
    ("The workers keep maybe a tenth of their pay.",
     [("maybe a tenth of their pay", 10, None, None, "percent", "approx", "share")]),
    ("A further 5% goes to the party.", [("5%", 5, None, None, "percent", "exact", "share")]),
    # a participle right after a number names the persons counted; other words in -ed stay verbs
    ("They suffered nearly 7,000 killed and wounded.",
     [("nearly 7,000 killed and wounded", 7000, None, None, "person", "approx", "casualty")]),
    ("The attack left 12 dead and 40 injured.",
     [("12 dead", 12, None, None, "person", "exact", "dead"), ("40 injured", 40, None, None, "person", "exact", "injured")]),
    # a unit glued to a range; a number joined to the country or storey it counts; deadweight tonnes
    ("The ships are 75-90m long.", [("75-90m long", None, 75, 90, "m", "range", "length")]),
    ("The 11-country group monitors sanctions.", [("11-country", 11, None, None, "item", "exact", "country")]),
    ("They live in a five-storey block.", [("five-storey", 5, None, None, "item", "exact", "floor")]),
    ("The tankers are under 5,000 deadweight tonnes.",
     [("under 5,000 deadweight tonnes", 5000, None, None, "t", "less_than", "deadweight")]),
    ("A 5,000 dwt tanker arrived.", [("5,000 dwt", 5000, None, None, "t", "exact", "deadweight")]),
    # the money noun of a sentence's subject, its first word too; the trade of two states as English names it
    ("Trade was $100 million.", [("$100 million", 100_000_000, None, None, "USD", "exact", "trade turnover")]),
    ("Bilateral trade reached $61.5 million.",
     [("$61.5 million", 61_500_000, None, None, "USD", "exact", "bilateral trade")]),
    # how long a flight or a journey lasts, as the Polish rules name it; other spans stay a duration
    ("The direct flight takes about eight hours.",
     [("about eight hours", 8, None, None, "hour", "approx", "flight time")]),
    ("The voyage took three days.", [("three days", 3, None, None, "day", "exact", "travel time")]),
    ("The talks took three days.", [("three days", 3, None, None, "day", "exact", "duration")]),
    # what a price is of, named as the subject of "cost"; "costs" right before a sum is the verb, not the noun
    ("A return ticket on the Moscow route is to cost about 48,000 rubles.",
     [("about 48,000 rubles", 48_000, None, None, "RUB", "approx", "ticket price")]),
    ("The drone costs $20,000.", [("$20,000", 20_000, None, None, "USD", "exact", "price")]),
    ("Russian diesel was sold at $60 to $65 a barrel.",
     [("$60 to $65 a barrel", None, 60, 65, "USD/barrel", "range", "diesel price")]),
    # the level a verb of change brings its subject to; a clause joined by "and" has a subject of its own
    ("Bilateral trade rose in 2025 to $72.3 million.",
     [("$72.3 million", 72_300_000, None, None, "USD", "exact", "bilateral trade")]),
    ("Prices rose and Russia sent $5 million to Pyongyang.",
     [("$5 million", 5_000_000, None, None, "USD", "exact", "value")]),
    # a noun of a measure before "of" or a verb of being names the distance or weight
    ("The missile has a range of up to 700 km.", [("up to 700 km", 700, None, None, "km", "up_to", "range")]),
    ("The range is 700 km.", [("700 km", 700, None, None, "km", "exact", "range")]),
    ("The satellite orbits at an altitude of 500 km.", [("500 km", 500, None, None, "km", "exact", "altitude")]),
    ("The ship has a displacement of 5,000 tonnes.", [("5,000 tonnes", 5000, None, None, "t", "exact", "displacement")]),
    ("The border is 20 km away.", [("20 km", 20, None, None, "km", "exact", "distance")]),
    # a qualifier written after the amount, before the noun it counts
    ("Another 300 or so engineers arrived.", [("300 or so engineers", 300, None, None, "person", "approx", "engineer")]),
    ("A dozen or so engineers arrived.", [("A dozen or so engineers", 12, None, None, "person", "approx", "engineer")]),
    # half of a multiplier past its article; vague words of a couple, scores
    ("It paid half a million dollars.", [("half a million dollars", 500000, None, None, "USD", "exact", "value")]),
    ("It sent half a dozen drones.", [("half a dozen drones", 6, None, None, "item", "exact", "drone")]),
    ("It sent a couple of drones.", [("couple of drones", None, 2, 3, "item", "vague", "drone")]),
    ("Scores of soldiers died.", [("Scores of soldiers", None, 20, 99, "person", "vague", "soldier")]),
    # a multiplier glued to both numbers of a range of money
    ("The cargoes were worth an estimated $130mn-150mn.",
     [("an estimated $130mn-150mn", None, 130e6, 150e6, "USD", "range", "value")]),
    ("The cargoes were worth $130m-150m.", [("$130m-150m", None, 130e6, 150e6, "USD", "range", "value")]),
    ("The cargoes were worth $1.2bn-1.5bn.", [("$1.2bn-1.5bn", None, 1.2e9, 1.5e9, "USD", "range", "value")]),
    # shares: a fraction before a comparison, "half" before a determiner, a fraction closing its clause after a
    # qualifier; a word of a period after "the" is an adjective, no rate
    ("Diesel sold roughly a third below the market price.",
     [("roughly a third below", 33, None, None, "percent", "approx", "share")]),
    ("It spends as much as half the cost of its missile program.",
     [("as much as half", 50, None, None, "percent", "up_to", "share")]),
    ("Prices rose by a fifth in March.", [("a fifth", 20, None, None, "percent", "exact", "growth")]),
    ("Exports fell by a third.", [("a third", 33, None, None, "percent", "exact", "decrease")]),
    ('The workers keep "maybe a tenth," he said.', [("maybe a tenth", 10, None, None, "percent", "approx", "share")]),
    ("It takes a further 5% of the monthly payments.",
     [("5% of the monthly payments", 5, None, None, "percent", "exact", "share")]),
    # "the" before a number word that a relative clause names here: a count
    ("The two missiles that slammed into Kharkiv were KN-23s.",
     [("two missiles", 2, None, None, "item", "exact", "missile")]),
    ("Some 2000-2005 troops came.", [("Some 2000-2005 troops", None, 2000, 2005, "person", "range", "soldier")]),
    ("North Korean soldiers, some 5,000 in all, fought in Kursk.",
     [("some 5,000", 5000, None, None, "person", "approx", "soldier")]),
    ("Russia makes Shahed drones at a rate of about 170 a day.",
     [("about 170 a day", 170, None, None, "item/day", "approx", "drone")]),
    # a bare amount after a verb of casualties counts the persons it names, before a noun counted earlier
    ("The missiles killed nine and wounded 47.",
     [("nine", 9, None, None, "person", "exact", "killed"), ("47", 47, None, None, "person", "exact", "wounded")]),
    ("Russia fired 60 missiles, which killed at least nine.",
     [("60 missiles", 60, None, None, "item", "exact", "missile"),
      ("at least nine", 9, None, None, "person", "at_least", "killed")]),
    # a count set at an amount after "at": what "the number of" or "their number" counts
    ("The number of drones rose at 300 sites.", [("300 sites", 300, None, None, "item", "exact", "site")]),
    ("Officials estimate the number of workers at about 2,000.",
     [("about 2,000", 2000, None, None, "person", "approx", "worker")]),
    ("North Korean soldiers fight in Kursk, and Kyiv put their number at 11,000.",
     [("11,000", 11000, None, None, "person", "exact", "soldier")]),
    ("North Korean workers are in Mariupol. An official put their number at between 300 and 400.",
     [("between 300 and 400", None, 300, 400, "person", "range", "worker")]),
    # a word of a name is no rate ("the Korea JoongAng Daily")
    ("He told the Korea JoongAng Daily that at least 380 soldiers were killed.",
     [("at least 380 soldiers", 380, None, None, "person", "at_least", "soldier")]),
    # a sum for each person, or per person, is a payment per that person ("pays" is the verb, not the noun "pay");
    # for each one killed, compensation
    ("Russia pays up to $2,000 a month for each soldier, money that goes to the state.",
     [("up to $2,000 a month", 2000, None, None, "USD/month", "up_to", "payment per soldier")]),
    ("That is less than the $2,000 a month Moscow pays per soldier.",
     [("$2,000 a month", 2000, None, None, "USD/month", "exact", "payment per soldier")]),
    ("The firm pays $800 a month for every worker it hires.",
     [("$800 a month", 800, None, None, "USD/month", "exact", "payment per worker")]),
    ("Moscow pays the family $62,000 for each soldier killed.",
     [("$62,000", 62000, None, None, "USD", "exact", "compensation")]),
    # must not match: a fee named before the sum stays a fee; "per" a unit is a price; a wage with no person after
    ("The agency charges a fee of 45,000 rubles for each worker.",
     [("45,000 rubles", 45000, None, None, "RUB", "exact", "fee")]),
    ("Fuel costs $5 per litre.", [("$5 per litre", 5, None, None, "USD/l", "exact", "fuel price")]),
    ("The job pays up to 40,000 rubles a month.",
     [("up to 40,000 rubles a month", 40000, None, None, "RUB/month", "up_to", "wage")]),
    # a year after a month is a date's, not a count of the plural after it
    ("Resolution 2371 of August 2017 bans coal exports.", []),
    ("In March 2016 sanctions hit 30 firms.", [("30 firms", 30, None, None, "item", "exact", "company")]),
    # an amount in quotation marks before "of them" is a part of what was counted before, not a count of "of"
    ('Some 15,000 workers came and "several hundred" of them went to factories.',
     [("Some 15,000 workers", 15000, None, None, "person", "approx", "worker"),
      ("several hundred", None, 200, 999, "person", "vague", "worker")]),
    # must not match: quotation marks around an amount whose noun follows them
    ('North Korea sent "several dozen" M1991 launchers.',
     [('several dozen" M1991 launchers', None, 20, 99, "item", "vague", "launcher")]),
])
def test_english_amounts(text: str, expected: list[tuple[str, float | None, float | None, float | None, str, str,
                                                          str | None]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    "It runs 24/7 and 2/1 was the score.",  # a slash between numbers not a fraction below one: a label
    "He visited twice.",  # times with no period
    "Twice as many soldiers arrived.",  # a ratio
    "About 11,000 remain in Kursk.",  # a verb after a bare number counts nothing
    "Trade rose in the first 11 months of 2025.",  # a span of dates
    "Only 612 declared their jobs.",
    "Some 300 died.",
    "Kim met a delegation.",  # "a" before a noun is an article
    "It is a year since the treaty.",  # "a" before a unit with no qualifier
    "A 2017 United Nations Security Council resolution caps imports.",  # a year
    "Trade should grow more than five times last year's level.",  # a ratio
    "Rachel Minton, a researcher at the Stimson Center's 38 North program, said so.",  # a name
    "Russia shipped about three times the annual limit.",  # ratios in "times"
    "The real value is several times higher.",
    "Russia has shipped more than four times that amount since March.",
    "Trade rose to more than five times last year's level.",
    "Russia sent its Su-25 jets to the front.",  # a model name, no count of a compound
    "Chinese banks have stopped handling payments, two traders in Dandong said.",  # sources of what is said
    "The package would add new entities, three EU diplomats said.",
    "Two traders in Nakhodka also told Bloomberg that diesel was sold.",
    "The claims rest on accounts from two former employees.",
    "Diesel is cheaper, according to two traders.",
    "It happened more than a year ago.",
    "Three days later, the ship left.",
    "Exports doubled from two years earlier.",
    "Peskov cited the treaty the two countries signed in June 2024.",  # those named before
    "These three ships left Nakhodka.",
    "They adopted the 2026-2027 plan.",  # two years a hyphen joins
    "The 2024-2025 season ended.",
    "It was a third round of talks.",  # "a third" as an ordinal
    "He came a third time.",
    "It was hit by a third missile.",
    "In the first half the team lost.",  # a half of a period
    "They put the number of drills at 9 a.m.",  # a clock time after "at", not the count
    "The strike came at 9 am on Monday and ended by 5 pm.",
])
def test_english_words_that_count_nothing(text: str) -> None:
    assert [q.counted for q in found(text) if q.unit not in ("count",)] == [], rows(text)


@pytest.mark.parametrize(("text", "expected"), [
    # Polish is untouched: "a" is a conjunction, "zł" a currency with no letter multiplier
    ("Rosja wysłała czołgi, a dwa tysiące żołnierzy trafiło do Kurska.",
     [("dwa tysiące żołnierzy", 2000, None, None, "person", "exact", "soldier")]),
    ("Trzydniowa wizyta i 12-godzinna zmiana.",
     [("Trzydniowa wizyta", 3, None, None, "day", "exact", "duration"),
      ("12-godzinna zmiana", 12, None, None, "hour", "exact", "shift")]),
])
def test_polish_stays_as_it_was(text: str, expected: list[tuple[str, float | None, float | None, float | None, str,
                                                                 str, str | None]]) -> None:
    assert [(q.text, q.value, q.low, q.high, q.unit, q.qualifier, q.counted)
            for q in extract(text, published_on=dt.date(2025, 11, 20)).quantities] == expected
