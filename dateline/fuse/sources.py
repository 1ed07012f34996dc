"""Independent sources: count origins, not copies.

Two pieces of evidence are one origin when they come from the same article or from copies of it
(exact or near duplicates share a duplicate root), or when their sentences carry the same
report (a shared-reporting pair: the same wire story reworded by two outlets).
"""

from __future__ import annotations

from typing import Iterable, Mapping, Sequence

Evidence = Mapping[str, object]  # article_id, root_id, start, end
SharedPair = tuple[str, int, int, str, int, int]  # a_id, a_start, a_end, b_id, b_start, b_end


def _overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    return start < other_end and other_start < end


def origins(evidence: Sequence[Evidence], shared: Iterable[SharedPair] = ()) -> list[int]:
    """The origin (a component number) of each piece of evidence."""
    parent = list(range(len(evidence)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        parent[max(find(i), find(j))] = min(find(i), find(j))

    by_root: dict[object, int] = {}
    for i, item in enumerate(evidence):
        root = item["root_id"]
        if root in by_root:
            union(i, by_root[root])
        else:
            by_root[root] = i
    by_article: dict[object, list[int]] = {}
    for i, item in enumerate(evidence):
        by_article.setdefault(item["article_id"], []).append(i)
    for a_id, a_start, a_end, b_id, b_start, b_end in shared:
        for i in by_article.get(a_id, ()):
            if not _overlaps(a_start, a_end, int(evidence[i]["start"]),  # type: ignore[call-overload]
                             int(evidence[i]["end"])):  # type: ignore[call-overload]
                continue
            for j in by_article.get(b_id, ()):
                if _overlaps(b_start, b_end, int(evidence[j]["start"]),  # type: ignore[call-overload]
                             int(evidence[j]["end"])):  # type: ignore[call-overload]
                    union(i, j)
    return [find(i) for i in range(len(evidence))]


def independent_sources(evidence: Sequence[Evidence], shared: Iterable[SharedPair] = ()) -> int:
    return len(set(origins(evidence, shared)))
