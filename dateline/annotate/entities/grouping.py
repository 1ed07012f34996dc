"""Within one article, group mentions of the same real thing and give each group a canonical
name and an entity id that is the same in every article for the same canonical key.

PERSON: full names group by transliteration key of (first, last) and merge on close surnames;
a lone surname joins a full name only when exactly one full name in the article matches it
(so "Johnson" stays apart when both "Boris Johnson" and "Dwayne Johnson" occur); a lone word
that is no one's surname joins the one full name with that first name ("Melania Trump" ...
"Melania said"), unless two full names share that first name.
ORG: the alias table, then acronym = initials of a long form in the same article.
PLACE: the gazetteer entry (GeoNames id), so Kiev and Kyiv are one place.
GROUP: the folded plural ("Ukrainians").
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Iterable

from rapidfuzz import fuzz

from ..agreement import STRONG, verdict
from ..names import (
    HONORIFICS,
    acronym_of,
    fold,
    initials,
    is_acronym,
    name_key,
    person_key,
    person_parts,
    translit_key,
)
from ..places import PlaceContext, display_name, place_key, resolve_place
from ..places.facilities import facility_key
from ..places.features import facility_after
from .aliases import lookup_alias
from .fullness import join_surname_runs, person_words
from .orgforms import core_name, join_short_forms

PREFIX = {"PERSON": "per", "ORG": "org", "PLACE": "plc", "GROUP": "grp"}
SURNAME_MIN_SIMILARITY = 88.0


@dataclass
class Draft:
    """A mention being built: offsets, text, type and, once grouped, its canonical and key."""

    start: int
    end: int
    tok_start: int
    tok_end: int
    text: str
    type: str
    role: str | None = None
    canonical: str = ""
    key: str = ""
    kind: str | None = None  # "water" / "region" when written as a river, lake, mountain...


def entity_id(type_: str, key: str) -> str:
    """Stable id of a canonical entity: the same (type, key) gives the same id in any article."""
    digest = hashlib.sha1(f"{type_}|{key}".encode()).hexdigest()[:12]
    return f"{PREFIX.get(type_, 'ent')}:{digest}"


def _pick_canonical(texts: list[str], weight: Callable[[str], int]) -> str:
    """Fullest form first, then the most frequent, then the first written."""
    counts = Counter(texts)
    order = {t: i for i, t in reversed(list(enumerate(texts)))}
    return max(counts, key=lambda t: (weight(t), counts[t], -order[t]))


def _without_honorific(name: str) -> str:
    """A canonical name without a leading honorific ("Mr R. Sridharan" -> "R. Sridharan");
    honorifics are variants, never part of the canonical (GUIDELINES 3)."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in HONORIFICS:
        words = words[1:]
    return " ".join(words)


# masculine -> feminine surname endings (transliteration keys): Peskov / Peskova, Navalny /
# Navalnaya, Kowalski / Kowalska, Novak / Novakova: a man and a woman, never one person
_GENDERED_ENDINGS = (("", "a"), ("", "ova"), ("ski", "ska"), ("ski", "skaia"), ("ki", "kaia"),
                     ("ni", "naia"), ("i", "aia"))


def gendered_pair(a: str, b: str) -> bool:
    """Keys `a` and `b` are the masculine and feminine forms of one surname."""
    for m, f in _GENDERED_ENDINGS:
        for x, y in ((a, b), (b, a)):
            if x.endswith(m) and y.endswith(f) and x[:len(x) - len(m)] == y[:len(y) - len(f)] \
                    and x != y and (m or x[-1:] not in "aeiou"):
                return True
    return False


def surnames_close(a: str, b: str) -> bool:
    """Same surname up to transliteration: equal keys, or near-equal keys of 5+ letters that
    are not a masculine and a feminine form."""
    if a == b:
        return True
    return min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= SURNAME_MIN_SIMILARITY and \
        not gendered_pair(a, b)


def _firsts_compatible(a: str, b: str) -> bool:
    return not a or not b or a == b or (len(a) == 1 or len(b) == 1) and a[0] == b[0] \
        or fuzz.ratio(a, b) >= 85


def _full_name_index(fk: str, lk: str, names: list[tuple[str, str]]) -> int | None:
    """The group of full names (first key, last key) this full name belongs to, if any."""
    for i, (gf, gl) in enumerate(names):
        if _firsts_compatible(fk, gf) and surnames_close(lk, gl):
            return i
    return None


def full_name_keys(texts: list[str]) -> list[tuple[str, str]]:
    """(first key, last key) of each distinct full person name among `texts`."""
    names: list[tuple[str, str]] = []
    for text in texts:
        first, last = person_parts(text)
        if first:
            fk, lk = translit_key(first), translit_key(last)
            if _full_name_index(fk, lk, names) is None:
                names.append((fk, lk))
    return names


def first_word_keys(texts: Iterable[str]) -> Counter[str]:
    """How many distinct multi-word names start with each first-word key ("Marta Quirin" typed
    ORG still makes a lone "Marta" ambiguous)."""
    return Counter(fk for fk, _ in full_name_keys(list(texts)))


def lone_word_owner(k: str, names: list[tuple[str, str]],
                    shared: Counter[str] | None = None) -> int | None:
    """The one full name a lone name word (transliteration key `k`) refers to: by surname
    ("Johnson"), else by first name ("Melania") when it is no one's surname and exactly one
    full name has it as first name (and, per `shared`, no other multi-word mention of any
    type starts with it). None when none or several fit."""
    exact = [i for i, (_, gl) in enumerate(names) if gl == k]
    near = exact or [i for i, (_, gl) in enumerate(names) if surnames_close(k, gl)]
    if near:
        return near[0] if len(near) == 1 else None
    firsts = [i for i, (gf, _) in enumerate(names) if gf == k]
    if shared is not None and shared[k] > 1:
        return None
    return firsts[0] if len(firsts) == 1 and len(k) > 1 else None


def group_people(drafts: list[Draft], shared: Counter[str] | None = None,
                 votes: Callable[[Draft], list[tuple[str, int]]] | None = None) -> None:
    """Fill canonical and key of PERSON drafts (`shared`: see `lone_word_owner`). With `votes`
    (the gender each mention carries, see `agreement`), a lone name does not join a full name
    the article gives the other gender: "her father, Robert Thurman" and "Ms. Thurman" are
    two people."""
    groups: list[list[Draft]] = []
    names: list[tuple[str, str]] = []  # (first key, last key) of each group of full names
    singles: list[Draft] = []
    for d in drafts:
        first, last = person_parts(d.text)
        if not first:
            singles.append(d)
            continue
        fk, lk = translit_key(first), translit_key(last)
        i = _full_name_index(fk, lk, names)
        if i is not None:
            groups[i].append(d)
        else:
            groups.append([d])
            names.append((fk, lk))
    join_surname_runs(groups, names)
    lone: dict[str, list[Draft]] = {}
    by_word: dict[str, list[Draft]] = {}
    for d in singles:
        by_word.setdefault(translit_key(person_parts(d.text)[1]), []).append(d)
    apart: dict[tuple[str, str], list[Draft]] = {}  # "Mr Howard", "Mrs Howard": (key, gender)
    for k, words in by_word.items():
        owner = lone_word_owner(k, names, shared)
        if votes is not None and _two_genders(words, votes):
            full = verdict(v for d in groups[owner] for v in votes(d)) \
                if owner is not None else None
            for d in words:
                own = verdict(v for v in votes(d) if v[1] >= STRONG)
                if owner is not None and (own is None or own == full) and full is not None:
                    groups[owner].append(d)
                elif own is None:
                    lone.setdefault(k, []).append(d)
                else:
                    apart.setdefault((k, own), []).append(d)
            continue
        if owner is not None and votes is not None and \
                _genders_differ(groups[owner], words, votes):
            owner = None
        if owner is not None:
            groups[owner].extend(words)
        else:
            lone.setdefault(k, []).extend(words)
    for group in [*groups, *lone.values()]:
        canonical = _without_honorific(_pick_canonical([d.text for d in group], person_words))
        for d in group:
            d.canonical, d.key = canonical, person_key(canonical)
    for (_, gender), group in apart.items():  # one name, two people: the gender tells them
        canonical = _without_honorific(_pick_canonical([d.text for d in group], person_words))
        for d in group:
            d.canonical, d.key = canonical, f"{person_key(canonical)}#{gender}"


def _two_genders(words: list[Draft], votes: Callable[[Draft], list[tuple[str, int]]]) -> bool:
    """Mentions of one name that their own honorifics or nouns give both genders: two
    people ("Mr Howard will host ...", "Mrs Howard will visit ...")."""
    return len({verdict(v for v in votes(d) if v[1] >= STRONG) for d in words} - {None}) == 2


def _genders_differ(full: list[Draft], lone: list[Draft],
                    votes: Callable[[Draft], list[tuple[str, int]]]) -> bool:
    """The article gives the full name one gender and the lone name the other."""
    one = verdict(v for d in full for v in votes(d))
    other = verdict(v for d in lone for v in votes(d))
    return one is not None and other is not None and one != other


def group_orgs(drafts: list[Draft]) -> None:
    """Fill canonical and key of ORG drafts: alias table, then acronym of a long form, then
    the one longer name a lone word ends."""
    long_forms: dict[str, str] = {}
    for d in drafts:
        alias = lookup_alias(d.text)
        if alias is not None and alias.type == "ORG":
            d.canonical = alias.canonical
        elif not is_acronym(d.text) and len(d.text.split()) >= 2:
            long_forms.setdefault(initials(d.text), d.text)
    # "the Memphis Hustle ... Hustle coach": a lone word ending exactly one longer name
    ends: dict[str, set[str]] = {}
    for d in drafts:
        if len(d.text.split()) >= 2 and lookup_alias(d.text) is None:
            ends.setdefault(d.text.split()[-1], set()).add(d.text)
    for d in drafts:
        if not d.canonical:
            d.canonical = long_forms.get(acronym_of(d.text), d.text) if is_acronym(d.text) \
                else d.text
            longer = ends.get(d.text, set())
            shortest = min(longer, key=len, default="")
            # "Cubs" ends "Chicago Cubs" and a caption's "Getty Images Chicago Cubs": one team
            if longer and all(n.endswith(" " + shortest) or n == shortest for n in longer):
                d.canonical = shortest
    join_short_forms(drafts)
    by_key: dict[str, list[Draft]] = {}
    for d in drafts:  # transliteration key: a mistyped "Volodymyr Zelenskiy" still merges
        # keyed without a legal form: "Acme Inc" here and "Acme" in another article are one id
        by_key.setdefault(name_key(core_name(d.canonical)), []).append(d)
    for key, group in by_key.items():
        canonical = _pick_canonical([d.canonical for d in group], lambda t: 0)
        for d in group:
            d.canonical, d.key = canonical, key


def group_places(drafts: list[Draft], ctx: PlaceContext, text: str = "") -> None:
    """Fill canonical and key of PLACE drafts from the gazetteer (Kiev -> Kyiv); a town's name
    followed by a facility ("the Kursk nuclear plant") keys the facility, not the town."""
    by_key: dict[str, list[tuple[Draft, str]]] = {}
    for d in drafts:
        alias = lookup_alias(d.text)
        name = alias.canonical if alias is not None and alias.type == "PLACE" else d.text
        facility = facility_after(text, d.end) if text else None
        if facility is not None:
            by_key.setdefault(facility_key(name, facility), []).append((d, name))
            continue
        entry = resolve_place(name, ctx, kind=d.kind)
        key = place_key(entry, name)
        shown = display_name(entry, name) if entry is not None else name
        by_key.setdefault(key, []).append((d, shown))
    for key, group in by_key.items():
        canonical = _pick_canonical([shown for _, shown in group], lambda t: 0)
        for d, _ in group:
            d.canonical, d.key = canonical, key


def group_groups(drafts: list[Draft]) -> None:
    """Fill canonical and key of GROUP drafts ("Ukrainians")."""
    for d in drafts:
        d.canonical, d.key = d.text, fold(d.text)
