"""Short and long forms of one organisation's name in an article.

News text names a body in full once ("Acme Widgets Group Inc.") and then shortly ("Acme
Widgets", "Acme"): a legal form or a trailing "Group" is no part of what the body is called,
spacing varies ("NovaGroup" / "Nova Group"), and a short form that begins exactly one longer
name written before it is that body. A short form written first names a body of its own
("Acme" before "Acme Music", a unit of it).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..names import fold
from .cues import LEGAL_FORMS

if TYPE_CHECKING:
    from .grouping import Draft

# "Acme Widgets Group" is "Acme Widgets"; a two-word "Nova Group" keeps its "Group" (the rest
# alone, "Nova", would be a different, vaguer name)
_GROUP_TAIL = "group"


def legal_form(text: str) -> bool:
    """ "Qualcomm Inc", "Acme Holdings": a company name, whatever spaCy tagged it."""
    words = text.split()
    return len(words) > 1 and words[-1].lower() in LEGAL_FORMS and words[-1][:1].isupper()


def core_name(name: str) -> str:
    """A body's name without legal forms and a trailing "Group", as written."""
    words = [w.strip(",") for w in name.split()]
    while len(words) > 1 and words[-1].lower() in LEGAL_FORMS | {w + "." for w in LEGAL_FORMS}:
        words.pop()
    if len(words) > 2 and words[-1].lower() == _GROUP_TAIL:
        words.pop()
    return " ".join(words)


def core_words(name: str) -> list[str]:
    """The folded words of core_name."""
    return [fold(w) for w in core_name(name).split() if fold(w)]


def _compact(words: list[str]) -> str:
    """The words run together, without a "Group" at the end: "NovaGroup" is "Nova Group"."""
    joined = re.sub(r"[\W_]", "", "".join(words))
    return joined[:-len(_GROUP_TAIL)] if joined.endswith(_GROUP_TAIL) and \
        len(joined) > len(_GROUP_TAIL) else joined


def join_short_forms(drafts: list["Draft"]) -> None:
    """Give each ORG draft the canonical of the longest form of its name in the article."""
    first: dict[str, int] = {}  # compact core -> where it is first written
    words_of: dict[str, list[str]] = {}
    full: dict[str, str] = {}  # compact core -> its fullest written canonical
    keys: dict[str, tuple[str, list[str]]] = {}  # canonical -> (key, core words): once each
    for d in drafts:
        if d.canonical not in keys:
            words = core_words(d.canonical)
            keys[d.canonical] = (_compact(words) if words else "", words)
    for d in sorted(drafts, key=lambda d: d.start):
        key, words = keys[d.canonical]
        if not words:
            continue
        first.setdefault(key, d.start)
        words_of.setdefault(key, words)
        if len(d.canonical) > len(full.get(key, "")):
            full[key] = d.canonical
    target: dict[str, str] = {}
    for key, words in words_of.items():
        # longer names this one begins, written before it ("Acme Widgets ... Acme")
        longer = [k for k, w in words_of.items() if len(w) > len(words)
                  and w[:len(words)] == words and first[k] < first[key]]
        shortest = min(longer, key=lambda k: len(words_of[k]), default=None)
        # all of them one body: each begins with the shortest ("Acme Widgets" and "Acme
        # Widgets Europe" agree; "Acme Widgets" and "Acme Music" do not)
        if shortest is not None and all(
                words_of[k][:len(words_of[shortest])] == words_of[shortest] for k in longer):
            target[key] = shortest
    for d in drafts:
        key, words = keys[d.canonical]
        if not words:
            continue
        while key in target:  # "Acme" -> "Acme Widgets" -> ...: each step was checked
            key = target[key]
        d.canonical = full[key]
