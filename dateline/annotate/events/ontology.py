"""PLOVER event types, the trigger lexicon and the PLOVER -> ACLED mapping (docs/ontology.md)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# The PLOVER gold-standard-record (GSR) inventory, as used by the PLOVER gold data: 18 types.
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE",
    "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
    "ASSAULT", "FIGHT",
)

# PLOVER 2021 (CAMEO2PLOVER-2021) renamed or merged some GSR types; map them onto ours.
PLOVER_2021_ALIASES: dict[str, str] = {
    "REQUEST": "DEMAND",
    "ACCUSE": "DISAPPROVE",
}

BATTLES = "Battles"
REMOTE = "Explosions/Remote violence"
CIVILIANS = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"
ACLED_TYPES: tuple[str, ...] = (BATTLES, REMOTE, CIVILIANS, PROTESTS, RIOTS, STRATEGIC)

# Default ACLED event type per PLOVER type; None = ACLED records no event for purely verbal or
# diplomatic acts. A lexicon row may override it (shelling -> Explosions/Remote violence).
PLOVER_TO_ACLED: dict[str, str | None] = {
    "FIGHT": BATTLES,
    "ASSAULT": CIVILIANS,
    "PROTEST": PROTESTS,
    "COERCE": STRATEGIC,
    "MOBILIZE": STRATEGIC,
    "RETREAT": STRATEGIC,
    "AGREE": STRATEGIC,
    "CONSULT": STRATEGIC,
    "SANCTION": STRATEGIC,
    "CONCEDE": STRATEGIC,
    "AID": None,
    "COOPERATE": None,
    "SUPPORT": None,
    "INVESTIGATE": None,
    "DEMAND": None,
    "DISAPPROVE": None,
    "REJECT": None,
    "THREATEN": None,
}

LEXICON_FILE = "plover_triggers.tsv"


@dataclass(frozen=True)
class Trigger:
    """One lexicon row: a head lemma (plus an optional second word) typed to PLOVER."""

    lemma: str
    pos: str  # V | N | A
    type: str
    acled: str | None
    second: str | None = None  # "open fire" -> "fire": a child lemma the head must have
    condition: tuple[str, frozenset[str]] | None = None  # ("obj", {"troops", ...})


def normalize_type(name: str) -> str:
    """A PLOVER type name in our inventory (2021 names folded onto the GSR ones)."""
    upper = name.strip().upper()
    return PLOVER_2021_ALIASES.get(upper, upper)


def acled_type(plover_type: str, override: str | None = None) -> str | None:
    """The ACLED event type for a PLOVER type, a lexicon override taking precedence."""
    if override:
        return override
    return PLOVER_TO_ACLED.get(normalize_type(plover_type))


def parse_lexicon(text: str) -> dict[tuple[str, str], tuple[Trigger, ...]]:
    """Rows of the TSV lexicon grouped by (head lemma, pos), in file order."""
    table: dict[tuple[str, str], list[Trigger]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\n").split("\t")
        if len(cells) < 4 or cells[2] not in PLOVER_TYPES or cells[1] not in ("V", "N", "A"):
            raise ValueError(f"{LEXICON_FILE} line {number}: malformed row {line!r}")
        words = cells[0].split()
        condition = None
        if len(cells) > 4 and cells[4].strip():
            key, _, values = cells[4].partition("=")
            condition = (key.strip(), frozenset(v.strip() for v in values.split("|")))
        acled = None if cells[3] in ("-", "") else cells[3]
        if acled is not None and acled not in ACLED_TYPES:
            raise ValueError(f"{LEXICON_FILE} line {number}: unknown ACLED type {acled!r}")
        trigger = Trigger(words[0], cells[1], cells[2], acled,
                          words[1] if len(words) > 1 else None, condition)
        table.setdefault((trigger.lemma, trigger.pos), []).append(trigger)
    return {key: tuple(rows) for key, rows in table.items()}


@functools.lru_cache(maxsize=1)
def load_lexicon() -> dict[tuple[str, str], tuple[Trigger, ...]]:
    """The shipped trigger lexicon, read once on first use."""
    text = resources.files("dateline").joinpath("data", LEXICON_FILE).read_text("utf-8")
    return parse_lexicon(text)


def names_an_event(token: "Token") -> bool:
    """Whether a word's lemma is a nominal trigger of the lexicon ("attack", "offer")."""
    return (token.lemma_.lower(), "N") in load_lexicon()
