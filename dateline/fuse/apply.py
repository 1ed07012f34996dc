"""Apply cross-article resolution to one article's annotations, names included.

Quotes, figures and events carry canonical names (speaker, claimant, actors, ...); when a mention
is re-pointed to a stored entity, every name that came from it follows.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from ..model import Annotations
from .resolve import KnownEntity, absorbed_ids, resolve_mentions

if TYPE_CHECKING:
    from ..store.sqlite import SQLiteStore


def resolve_annotations(annotations: Annotations,
                        known_rows: Iterable[Mapping[str, Any]]) -> tuple[Annotations,
                                                                          dict[str, str]]:
    """(annotations re-pointed to the store's entities, stored ids the article's names absorb)."""
    known = [KnownEntity(r["entity_id"], r["canonical"], r["type"]) for r in known_rows]
    if not known or not annotations.entities:
        return annotations, {}
    mentions = resolve_mentions(known, annotations.entities)
    renamed = {old.canonical: new.canonical for old, new in zip(annotations.entities, mentions)
               if old.canonical != new.canonical}
    ids = {old.entity_id: new.entity_id for old, new in zip(annotations.entities, mentions)}

    def name(value: str | None) -> str | None:
        return renamed.get(value, value) if value else value

    quotes = tuple(dataclasses.replace(q, speaker=name(q.speaker),
                                       speaker_id=ids.get(q.speaker_id or "", q.speaker_id))
                   for q in annotations.quotes)
    figures = tuple(dataclasses.replace(f, claimant=name(f.claimant))
                    for f in annotations.figures)
    events = tuple(dataclasses.replace(e, actors=tuple(name(a) or a for a in e.actors),
                                       targets=tuple(name(t) or t for t in e.targets),
                                       attribution=name(e.attribution))
                   for e in annotations.events)
    resolved = dataclasses.replace(annotations, entities=tuple(mentions), quotes=quotes,
                                   figures=figures, events=events)
    return resolved, absorbed_ids(known, mentions)


def save_resolved(store: "SQLiteStore", article_id: str, annotations: Annotations) -> None:
    """Re-point mentions to entities the store already knows, save, fold absorbed entities."""
    from .resolve import lookup_keys

    candidates = store.entities_with_keys(key for m in annotations.entities
                                          for key in lookup_keys(m.type, m.canonical))
    resolved, absorbed = resolve_annotations(annotations, candidates)
    # a lone word mistyped ORG is filed under its surname key too, so that a later "Vladimir
    # Putin" finds (and absorbs) the stored ORG "Putin"
    keys = {m.entity_id: lookup_keys(m.type, m.canonical) for m in resolved.entities}
    store.save_annotations(article_id, resolved, keys)
    for old_id, new_id in absorbed.items():
        store.merge_entity(old_id, new_id)
