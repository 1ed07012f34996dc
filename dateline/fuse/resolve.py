"""Cross-article entity resolution: pure functions over what the store already knows.

Within an article, `annotate.entities` gives every canonical entity an id from (type, key), so the
same full name (up to transliteration) already has the same id everywhere. What one article
cannot know is that its lone "Zelensky" is the "Volodymyr Zelenskyy" of earlier articles, or that
its "Zelenskiy" full-name spelling is close to a stored one. `resolve_mentions` re-points such
mentions to the known entity when exactly one known entity fits; `absorbed_ids` says which stored
surname-only entities a newly seen full name now claims. The store's canonical spelling of an
entity is `choose_canonical` over the spellings its articles used: one vote per article, majority,
ties to the first seen. The lead wires these to SQLite; nothing here does I/O.
"""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

from ..annotate.entities.grouping import surnames_close
from ..annotate.names import acronym_of, fold, initials, is_acronym, person_parts, translit_key
from ..model import EntityMention


@dataclass(frozen=True)
class KnownEntity:
    """A canonical entity already in the store."""

    entity_id: str
    canonical: str
    type: str  # PERSON | ORG | PLACE | GROUP
    key: str = ""  # the key its id was made from; informative, matching uses `canonical`


@functools.lru_cache(maxsize=65536)  # a known name is compared with every new mention
def _names(canonical: str) -> tuple[str, str]:
    first, last = person_parts(canonical)
    return translit_key(first), translit_key(last)


def _firsts_match(a: str, b: str) -> bool:
    return a == b or (bool(a) and bool(b) and a[0] == b[0] and (len(a) == 1 or len(b) == 1))


def _person_match(canonical: str, known: Sequence[KnownEntity]) -> KnownEntity | None:
    first, last = _names(canonical)
    fits = []
    for k in known:
        if k.type != "PERSON":
            continue
        kf, kl = _names(k.canonical)
        if not kf or not surnames_close(last, kl):
            continue  # only full names are link targets
        if not first or _firsts_match(first, kf) or surnames_close(first, kf):
            fits.append(k)
    return fits[0] if len(fits) == 1 else None


def _org_match(canonical: str, known: Sequence[KnownEntity]) -> KnownEntity | None:
    fits = []
    for k in known:
        if k.type != "ORG":
            continue
        same_name = fold(k.canonical) == fold(canonical)
        if same_name or (is_acronym(canonical) and initials(k.canonical) == acronym_of(canonical)):
            fits.append(k)
    return fits[0] if len(fits) == 1 else None


def _lone_name(type_: str, canonical: str) -> bool:
    """A one-word name the small model typed as something else: it may be a known surname
    (a PLACE only when the gazetteer knows no place of that name)."""
    if type_ not in ("ORG", "GROUP", "PLACE") or " " in canonical.strip() or \
            is_acronym(canonical) or not canonical[:1].isupper():
        return False
    return type_ != "PLACE" or not _a_gazetteer_place(canonical)


@functools.lru_cache(maxsize=4096)
def _a_gazetteer_place(name: str) -> bool:
    # asked for each of an article's place mentions, in every article: the same few names
    from ..annotate.places.gazetteer import load_gazetteer

    return bool(load_gazetteer().lookup(name))


def match_known(type_: str, canonical: str, known: Sequence[KnownEntity]) -> KnownEntity | None:
    """The one known entity an article's canonical (surname or variant) refers to, if any.

    A lone word typed ORG that is the surname of exactly one known person, and of no known
    organisation, is that person: the store's other articles are evidence against the tag."""
    if type_ == "PERSON":
        return _person_match(canonical, known)
    if type_ == "ORG":
        found = _org_match(canonical, known)
        if found is None and _lone_name(type_, canonical):
            found = _person_match(canonical, known)
        return found
    return _person_match(canonical, known) if _lone_name(type_, canonical) else None


def resolve_mentions(known: Sequence[KnownEntity],
                     mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """`mentions` with canonical and entity_id re-pointed to known entities where unambiguous."""
    by_id = {k.entity_id: k for k in known}
    target: dict[str, KnownEntity | None] = {}
    for m in mentions:
        if m.entity_id not in target:
            target[m.entity_id] = by_id.get(m.entity_id) or match_known(m.type, m.canonical, known)
    out = []
    for m in mentions:
        k = target[m.entity_id]
        out.append(m if k is None else dataclasses.replace(m, canonical=k.canonical,
                                                           entity_id=k.entity_id, type=k.type))
    return out


def absorbed_ids(known: Sequence[KnownEntity],
                 mentions: Sequence[EntityMention]) -> dict[str, str]:
    """Stored surname-only ids that a full name in this article claims: old id -> new id.

    A stored "Putin" (from an article that never gave the first name, typed PERSON or mistyped
    ORG) is claimed by the first article that says "Vladimir Putin", when that is the only full
    name it fits."""
    full = {m.entity_id: m.canonical for m in mentions
            if m.type == "PERSON" and person_parts(m.canonical)[0]}
    out = {}
    for k in known:
        lone = k.type == "PERSON" and not person_parts(k.canonical)[0] or \
            k.type != "PERSON" and _lone_name(k.type, k.canonical)
        if not lone:
            continue
        last = _names(k.canonical)[1]
        fits = [eid for eid, c in full.items() if surnames_close(last, _names(c)[1])]
        if len(fits) == 1 and fits[0] != k.entity_id:
            out[k.entity_id] = fits[0]
    return out


def choose_canonical(spellings_by_article: Iterable[str]) -> str:
    """The store's spelling: most articles, ties to the first seen. One item per article."""
    seen = list(spellings_by_article)
    counts = Counter(seen)
    return max(counts, key=lambda s: (counts[s], -seen.index(s)))


def known_from(mentions: Sequence[EntityMention]) -> list[KnownEntity]:
    """The distinct entities of (resolved) mentions, as the store would hold them."""
    seen: dict[str, KnownEntity] = {}
    for m in mentions:
        seen.setdefault(m.entity_id, KnownEntity(m.entity_id, m.canonical, m.type))
    return list(seen.values())


def lookup_keys(type_: str, canonical: str) -> list[str]:
    """The keys to look a new mention up under: its own, and a surname's for a lone name."""
    keys = match_keys(type_, canonical)
    if _lone_name(type_, canonical):
        keys += match_keys("PERSON", canonical)
    return keys


def match_keys(type_: str, canonical: str) -> list[str]:
    """Index keys under which the store files an entity, so that only the few known entities
    that could match a new mention are fetched (`match_known` then decides)."""
    if type_ == "PERSON":
        last = translit_key(person_parts(canonical)[1])
        return [f"p:{last[:3]}"] if last else []
    if type_ == "ORG":
        keys = [f"of:{fold(canonical)}"]
        acronym = acronym_of(canonical) if is_acronym(canonical) else initials(canonical)
        if len(acronym) >= 2:
            keys.append(f"oi:{acronym}")
        return keys
    return []
