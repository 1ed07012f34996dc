"""Timeline entries: one per event cluster, with its sources, and date selection for summaries.

"Happened on" (`date`, from the evidence) is kept apart from "reported on" (`first_reported`,
the earliest publication among the sources). A cluster's `mode` says whether it happened
(`asserted`), is only someone's claim (`claimed`), is denied (`denied`), is claimed by some and
denied by others (`disputed`), or is still to come (`planned`, `hypothetical`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from ..store import events as event_store
from ..store import timeline_entries as entry_store
from .cluster import content_words
from .sources import SharedPair, independent_sources

if TYPE_CHECKING:
    from ..store.sqlite import SQLiteStore

DATED_BY_WEIGHT = {"timex": 3.0, "context": 2.0, "published": 1.0, "inferred": 0.5}
MODE_CONFIDENCE = {"asserted": 1.0, "claimed": 0.6, "disputed": 0.5, "denied": 0.4,
                   "planned": 0.5, "hypothetical": 0.3}
DATE_CONFIDENCE = {"timex": 1.0, "context": 0.85, "published": 0.7, "inferred": 0.5}
SUMMARY_CHARS = (40, 320)  # a summary sentence shorter or longer than this is a worse pick


def cluster_mode(modes: Iterable[str]) -> str:
    seen = set(modes)
    if "asserted" in seen:
        return "asserted"
    if "claimed" in seen and "denied" in seen:
        return "disputed"
    for mode in ("claimed", "denied", "planned", "hypothetical"):
        if mode in seen:
            return mode
    return "asserted"


def _date(members: Sequence[Mapping[str, Any]]) -> tuple[str | None, str | None, str | None]:
    """(date, granularity, dated_by) by weighted vote of the members; ties to the earliest."""
    votes: dict[str, float] = {}
    how: dict[str, str] = {}
    for m in members:
        if not m["date"]:
            continue
        weight = DATED_BY_WEIGHT.get(m["dated_by"] or "", 1.0)
        votes[m["date"]] = votes.get(m["date"], 0.0) + weight
        if DATED_BY_WEIGHT.get(how.get(m["date"], ""), 0) < weight:
            how[m["date"]] = m["dated_by"]
    if not votes:
        return None, None, None
    best = max(votes.values())
    date = min(d for d, v in votes.items() if v == best)
    granularity = next(m["granularity"] for m in members if m["date"] == date)
    return date, granularity, how[date]


def _summary(members: Sequence[Mapping[str, Any]]) -> Mapping[str, Any]:
    """The member whose sentence best stands for the cluster: the one sharing most words with
    the others (scored against the cluster's word counts, so linear in its size)."""
    words = [content_words(m["sentence"]) for m in members]
    counts: Counter[str] = Counter(w for ws in words for w in ws)

    def score(i: int) -> float:
        m = members[i]
        own = words[i]
        central = sum(counts[w] - 1 for w in own) / max(len(own), 1) / max(len(members), 1)
        length = len(m["sentence"])
        fit = 0.0 if SUMMARY_CHARS[0] <= length <= SUMMARY_CHARS[1] else -0.5
        return (central + fit + 0.3 * (m["dated_by"] == "timex")
                + 0.2 * (m["mode"] == "asserted") - 0.001 * i)

    return members[max(range(len(members)), key=score)]


def _top(values: Iterable[str], limit: int = 4) -> list[str]:
    counts = Counter(v for v in values if v)
    return [v for v, _ in counts.most_common(limit)]


def build_entry(members: Sequence[Mapping[str, Any]], meta: Mapping[str, Mapping[str, Any]],
                shared: Iterable[SharedPair] = ()) -> tuple[dict[str, Any], float]:
    """The timeline entry of one cluster (members in publication order) and its importance."""
    date, granularity, dated_by = _date(members)
    best = _summary(members)
    sources = [{"article_id": m["article_id"],
                "outlet": meta.get(m["article_id"], {}).get("outlet"),
                "published": meta.get(m["article_id"], {}).get("published") or m["published"],
                "start": m["start"], "end": m["end"]} for m in members]
    independent = independent_sources(members, shared)
    mode = cluster_mode(m["mode"] for m in members)
    reported = sorted(s["published"] for s in sources if s["published"])
    confidence = (MODE_CONFIDENCE[mode] * DATE_CONFIDENCE.get(dated_by or "", 0.5)
                  * (1 - 0.5 ** independent))
    entry = {
        "date": date, "date_precision": granularity, "dated_by": dated_by,
        "summary": best["sentence"], "type": best["type"],
        "place": next(iter(_top(m["place"] for m in members)), None),
        "actors": _top(a for m in members for a in m["actors"]),
        "targets": _top(t for m in members for t in m["targets"]),
        "mode": mode, "modes": dict(Counter(m["mode"] for m in members)),
        "event_id": members[0]["cluster_id"], "sources": sources,
        "independent_sources": independent,
        "first_reported": reported[0] if reported else None,
        "confidence": round(confidence, 3),
        "summary_source": {"article_id": best["article_id"], "start": best["start"],
                           "end": best["end"]},
    }
    importance = independent * MODE_CONFIDENCE[mode] * (1 + 0.1 * (len(members) - independent))
    return entry, importance


def refresh(store: "SQLiteStore", cluster_ids: Iterable[str]) -> None:
    """Recompute the timeline entries of `cluster_ids` (drop those that no longer exist)."""
    ids = sorted(set(cluster_ids))
    members = event_store.cluster_members(store, ids)
    meta = _article_meta(store, {r["article_id"] for rows in members.values() for r in rows})
    for cluster_id in ids:
        rows = members.get(cluster_id) or []
        if not rows:
            entry_store.delete_entry(store, cluster_id)
            continue
        entry, importance = build_entry(rows, meta,
                                        event_store.shared_pairs_within(store, cluster_id))
        entry_store.save_entry(store, entry, importance)


def _article_meta(store: "SQLiteStore", article_ids: set[str]) -> dict[str, dict[str, Any]]:
    """Outlet and publication date of each article, in one query per 500 (not one article
    load each: a cluster's entry cites every member)."""
    ordered = sorted(article_ids)
    meta: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ordered), 500):
        part = ordered[start:start + 500]
        for article_id, outlet, published in store.conn.execute(
                f"SELECT id, outlet, published FROM articles WHERE id IN "
                f"({', '.join('?' * len(part))})", part):
            meta[article_id] = {"outlet": outlet, "published": published}
    return meta


def t17_text(selection: Sequence[tuple[dt.date, Sequence[str]]]) -> str:
    """Timeline17's text format: a date line, its sentences, a line of 32 dashes."""
    lines = []
    for day, sentences in selection:
        lines.append(day.isoformat())
        lines.extend(" ".join(s.split()) for s in sentences)
        lines.append("-" * 32)
    return "\n".join(lines) + ("\n" if lines else "")
