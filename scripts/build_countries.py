"""Regenerate ``eventdb/reference/gazetteer/countries.yaml`` from CLDR territory names (via Babel).

Every ISO 3166-1 country or territory gets one entry: English common name as canonical ``name``,
``iso2``, and its CLDR names in Polish and English as aliases.  The output is sorted and stable, so
running the script twice gives the same file.  Hand-made additions (more aliases, adjectives,
demonyms, metonyms) live in ``countries_curated.yaml``, which the gazetteer loader merges on top.

Usage::

    .venv/bin/python scripts/build_countries.py            # write the file
    .venv/bin/python scripts/build_countries.py --check    # exit 1 if the file is out of date
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import babel

OUTPUT = Path(__file__).resolve().parent.parent / "eventdb" / "reference" / "gazetteer" / "countries.yaml"

# CLDR two-letter codes that are not ISO 3166-1 countries or territories: macro-regions, unions,
# pseudo-locales, exceptionally reserved codes for parts of other entries, and the unknown region.
NOT_COUNTRIES = frozenset({
    "AC",  # Ascension Island: part of Saint Helena (SH)
    "AQ",  # Antarctica: a continent
    "CP",  # Clipperton Island: French possession without an ISO code
    "CQ",  # Sark: part of Guernsey (GG)
    "DG",  # Diego Garcia: part of the British Indian Ocean Territory (IO)
    "EA",  # Ceuta and Melilla: parts of Spain
    "EU",  # European Union: an actor, see actors_international.yaml
    "EZ",  # Eurozone
    "IC",  # Canary Islands: part of Spain
    "QO",  # Outlying Oceania
    "TA",  # Tristan da Cunha: part of Saint Helena (SH)
    "UN",  # United Nations: an actor, see actors_international.yaml
    "XA", "XB",  # pseudo-locales
    "ZZ",  # unknown region
})

# Canonical English common names where CLDR's display name is not the short name analysts use.
ENGLISH_NAMES = {
    "BA": "Bosnia and Herzegovina",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CI": "Ivory Coast",
    "GS": "South Georgia and the South Sandwich Islands",
    "HK": "Hong Kong",
    "HM": "Heard Island and McDonald Islands",
    "MM": "Myanmar",
    "MO": "Macao",
    "PS": "Palestine",
    "TR": "Turkey",
    "UM": "United States Minor Outlying Islands",
    "VC": "Saint Vincent and the Grenadines",
    "VI": "United States Virgin Islands",
    "CC": "Cocos Islands",
}

# Extra English names (CLDR's short/variant alternatives and common usage; Babel keeps only the main one).
ENGLISH_EXTRA = {
    "BA": ["Bosnia"],
    "CC": ["Keeling Islands"],
    "CD": ["DR Congo", "DRC", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville", "Congo Republic"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "CZ": ["Czech Republic"],
    "FK": ["Malvinas"],
    "FM": ["Federated States of Micronesia"],
    "GB": ["UK", "Britain", "Great Britain"],
    "HK": ["Hong Kong SAR"],
    "MK": ["Macedonia"],
    "MM": ["Burma"],
    "MO": ["Macau", "Macao SAR"],
    "PS": ["Palestinian Territories"],
    "SZ": ["Swaziland"],
    "TL": ["East Timor"],
    "TR": ["Türkiye", "Turkiye"],
    "US": ["US", "USA", "United States of America"],
    "VA": ["Vatican", "Holy See"],
}

# Polish names where CLDR's display name carries a qualifier that no article writes.
POLISH_NAMES = {
    "CI": ["Wybrzeże Kości Słoniowej", "Côte d'Ivoire"],
    "HK": ["Hongkong", "Hong Kong"],
    "MM": ["Mjanma", "Birma"],
    "MO": ["Makau"],
    "PS": ["Palestyna", "Terytoria Palestyńskie"],
}

HEADER = """\
# GENERATED FILE: do not edit by hand.
# Every country and territory (ISO 3166-1, plus Kosovo) with its CLDR names in Polish and English,
# from Babel {babel_version}. Canonical names are English common names. Curated aliases, nationality
# adjectives, demonyms and metonyms live in countries_curated.yaml, which is merged on top.
# Regenerate with:  .venv/bin/python scripts/build_countries.py
"""


def english_alias(name: str) -> str:
    """CLDR's typographic forms as articles write them: '&' -> 'and', 'St.' -> 'Saint', straight quotes."""
    name = name.replace(" & ", " and ").replace("’", "'")
    return re.sub(r"^St\. ", "Saint ", name)


def polish_aliases(code: str, cldr_name: str) -> list[str]:
    """Polish names of one territory; 'A (B)' gives both A and B."""
    if code in POLISH_NAMES:
        return POLISH_NAMES[code]
    match = re.fullmatch(r"(.+?) \((.+)\)", cldr_name)
    if match:
        return [match.group(1), match.group(2)]
    return [cldr_name.replace("’", "'")]


def unique(items: list[str]) -> list[str]:
    """Items in first-seen order without repeats."""
    seen: set[str] = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def country_entries() -> list[dict[str, object]]:
    """One entry per real country or territory, sorted by canonical name."""
    english = babel.Locale("en").territories
    polish = babel.Locale("pl").territories
    entries = []
    for code, cldr_en in english.items():
        if len(code) != 2 or not code.isalpha() or code in NOT_COUNTRIES:
            continue
        name = ENGLISH_NAMES.get(code, english_alias(cldr_en))
        cldr_alias = [] if re.search(r"\(| - ", cldr_en) else [english_alias(cldr_en)]  # no "Congo - Kinshasa"
        en = unique([name, *cldr_alias, *ENGLISH_EXTRA.get(code, [])])
        pl = unique(polish_aliases(code, polish.get(code, cldr_en)))
        entries.append({"name": name, "iso2": code, "aliases": {"pl": pl, "en": en}})
    return sorted(entries, key=lambda e: str(e["name"]))


def quote(text: str) -> str:
    """A YAML flow scalar: plain when safe, double-quoted otherwise."""
    reserved = {"yes", "no", "on", "off", "true", "false", "null"}
    if re.fullmatch(r"[\w][\w .'’-]*", text) and text.lower() not in reserved:
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(entries: list[dict[str, object]]) -> str:
    """The YAML text: a header comment and one block per country, flow-style alias lists."""
    lines = [HEADER.format(babel_version=babel.__version__), "countries:"]
    for entry in entries:
        aliases = entry["aliases"]
        assert isinstance(aliases, dict)
        lines.append(f"  - name: {quote(str(entry['name']))}")
        lines.append(f"    iso2: {quote(str(entry['iso2']))}")
        lines.append("    aliases:")
        for lang in ("pl", "en"):
            lines.append(f"      {lang}: [{', '.join(quote(a) for a in aliases[lang])}]")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether the file is up to date")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    text = render(country_entries())
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        return 0 if current == text else 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
