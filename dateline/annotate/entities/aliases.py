"""The shipped alias table (data/aliases.tsv): common organisations and countries written many
ways ("U.N.", "UN", "United Nations"). Loaded once per process on first use."""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import NamedTuple

from ..names import fold


class Alias(NamedTuple):
    canonical: str
    type: str  # ORG | PLACE


def _short_key(text: str) -> str | None:
    """Exact key for short all-capital forms, dots ignored: 'U.N.' and 'UN' -> 'UN'."""
    letters = re.sub(r"[.\s]", "", text)
    if len(letters) <= 5 and letters.isupper():
        return letters
    return None


@functools.lru_cache(maxsize=1)
def alias_table() -> dict[str, Alias]:
    """Alias key -> (canonical, type). Short capitals keep case (US is not 'us')."""
    text = resources.files("dateline").joinpath("data", "aliases.tsv").read_text(encoding="utf-8")
    table: dict[str, Alias] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        alias, canonical, kind = line.split("\t")[:3]
        entry = Alias(canonical, kind)
        table[_short_key(alias) or fold(alias)] = entry
        table.setdefault(_short_key(canonical) or fold(canonical), entry)
    return table


def lookup_alias(text: str) -> Alias | None:
    """The alias entry `text` is written as, if any ('the' and possessives already stripped)."""
    table = alias_table()
    short = _short_key(text)
    if short is not None:
        return table.get(short)
    key = fold(text)
    if key.startswith("the "):
        key = key[4:]
    return table.get(key)


@functools.lru_cache(maxsize=1)
def alias_names() -> re.Pattern[str]:
    """Every alias or canonical name of two words or more, as written in the table (case
    kept): found in the text, such a name is one mention whatever NER cut ("Islamic State"
    read as a nationality and a person, "Boko Haram's" as a person)."""
    text = resources.files("dateline").joinpath("data", "aliases.tsv").read_text(encoding="utf-8")
    names: set[str] = set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names.update(n for n in line.split("\t")[:2] if len(n.split()) >= 2)
    ordered = sorted(names, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in ordered) + r")(?![\w-])")
