"""Near-duplicate detection: MinHash over word 5-shingles, LSH bands looked up in the store.

The band buckets live in an indexed table rather than an in-memory LSH, so memory stays flat
however many articles the store holds.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

from .fingerprint import iter_shingles


_BATCH = 2048
# A near-duplicate group files its first article and this many minus one near copies under LSH
# buckets; later copies are stored with their signature only. Near copies of one story are near
# copies of each other, so the first members find every later one, and the number of articles a
# new one is compared with stays bounded however large a group grows.
INDEXED_PER_GROUP = 8


@dataclass(frozen=True)
class Sketch:
    signature: bytes
    buckets: list[str]


@functools.lru_cache(maxsize=8)
def _bands(threshold: float, num_perm: int) -> tuple[int, int]:
    # bands tuned well below the threshold: LSH only proposes candidates, and every candidate
    # is then checked against the threshold on its full signature, so misses cost more
    return _optimal_param(max(0.3, threshold - 0.3), num_perm, 0.5, 0.5)


@functools.lru_cache(maxsize=4)
def _template(num_perm: int) -> MinHash:
    # permutations are drawn once per process; MinHash(seed=1) is deterministic across runs
    return MinHash(num_perm=num_perm, seed=1, scheme="affine32")


def sketch(text: str, threshold: float, num_perm: int) -> Sketch:
    """The MinHash signature of `text` and its LSH bucket per band."""
    minhash = MinHash(num_perm=num_perm, seed=1, permutations=_template(num_perm).permutations,
                      scheme="affine32")
    # fed in slices: a long text never holds all its shingles at once (a repeated shingle
    # does not change a minimum, so the signature equals that of the shingle set)
    batch: list[bytes] = []
    for shingle in iter_shingles(text):
        batch.append(shingle.encode("utf-8"))
        if len(batch) >= _BATCH:
            minhash.update_batch(batch)
            batch.clear()
    if batch:
        minhash.update_batch(batch)
    values = minhash.hashvalues.astype(np.uint64)
    bands, rows = _bands(threshold, num_perm)
    buckets = [hashlib.blake2b(values[i * rows:(i + 1) * rows].tobytes(), digest_size=8).hexdigest()
               for i in range(bands)]
    return Sketch(values.tobytes(), buckets)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two stored signatures."""
    va, vb = np.frombuffer(a, dtype=np.uint64), np.frombuffer(b, dtype=np.uint64)
    return float(np.count_nonzero(va == vb)) / len(va) if len(va) == len(vb) else 0.0
