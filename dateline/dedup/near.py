"""Near-duplicate detection: MinHash over word 5-shingles, LSH bands looked up in the store.

The band buckets live in an indexed table rather than an in-memory LSH, so memory stays flat
however many articles the store holds.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass

import numpy as np

from .fingerprint import iter_shingles
from .minhash import signature

# A near-duplicate group files its first article and this many minus one near copies under LSH
# buckets; later copies are stored with their signature only. Near copies of one story are near
# copies of each other, so the first members find every later one, and the number of articles a
# new one is compared with stays bounded however large a group grows.
INDEXED_PER_GROUP = 8


@dataclass(frozen=True)
class Sketch:
    signature: bytes
    buckets: list[str]


# datasketch's `_optimal_param(max(0.3, threshold - 0.3), num_perm, 0.5, 0.5)` for the
# default settings (a test recomputes them): importing datasketch's LSH imports scipy, 0.8 s
BANDS = {(0.8, 128): (25, 5)}


@functools.lru_cache(maxsize=8)
def _bands(threshold: float, num_perm: int) -> tuple[int, int]:
    # bands tuned well below the threshold: LSH only proposes candidates, and every candidate
    # is then checked against the threshold on its full signature, so misses cost more
    if (threshold, num_perm) in BANDS:
        return BANDS[(threshold, num_perm)]
    from datasketch.lsh import _optimal_param
    return _optimal_param(max(0.3, threshold - 0.3), num_perm, 0.5, 0.5)


def sketch(text: str, threshold: float, num_perm: int) -> Sketch:
    """The MinHash signature of `text` (seed 1) and its LSH bucket per band."""
    # a repeated shingle does not change a minimum: the signature is that of the shingle set
    values = signature((s.encode("utf-8") for s in iter_shingles(text)), num_perm, 1
                       ).astype(np.uint64)
    bands, rows = _bands(threshold, num_perm)
    buckets = [hashlib.blake2b(values[i * rows:(i + 1) * rows].tobytes(), digest_size=8).hexdigest()
               for i in range(bands)]
    return Sketch(values.tobytes(), buckets)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two stored signatures."""
    va, vb = np.frombuffer(a, dtype=np.uint64), np.frombuffer(b, dtype=np.uint64)
    return float(np.count_nonzero(va == vb)) / len(va) if len(va) == len(vb) else 0.0
