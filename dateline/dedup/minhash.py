"""MinHash signatures of many sets at once, bit for bit those of datasketch's `MinHash`
(scheme "affine32", SHA-1 token hash, permutations drawn from `seed`).

datasketch stays the reference: tests compare every signature with its `MinHash`. Two costs
made us compute them here. Importing the `datasketch` package imports scipy (for LSH
parameter tuning we do not use), 0.8 s at the start of every ingest, before any work can be
handed to the annotation workers. And a sentence of fifteen words costs one `MinHash` and
three numpy calls of its own; an article's sentences in one matrix cost three in all.
"""

from __future__ import annotations

import functools
import hashlib
from typing import Iterable, Sequence

import numpy as np

_MAX = np.uint32(0xFFFFFFFF)  # an empty set's signature, as datasketch initialises it
_CHUNK = 2048  # tokens per matrix: a long text never holds all its permuted hashes at once
# MurmurHash3's 32-bit finalizer, which datasketch applies once before the permutations
_S1, _M1, _S2, _M2, _S3 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13),
                           np.uint32(0xC2B2AE35), np.uint32(16))


@functools.lru_cache(maxsize=8)
def permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The affine permutations (odd a, b) datasketch draws for `MinHash(num_perm, seed)`."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def token_hashes(tokens: Iterable[bytes]) -> np.ndarray:
    """datasketch's `sha1_hash32` of each token: the first 4 bytes of its SHA-1, little-endian."""
    return np.frombuffer(b"".join(hashlib.sha1(t).digest()[:4] for t in tokens), dtype="<u4")


def _permuted(hashes: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """(tokens, num_perm): each token's hash under each permutation (uint32 wraps around)."""
    hv = hashes.astype(np.uint32)
    hv = hv ^ (hv >> _S1)
    hv = hv * _M1
    hv = hv ^ (hv >> _S2)
    hv = hv * _M2
    hv = hv ^ (hv >> _S3)
    return hv[:, None] * a + b


def signature(tokens: Iterable[bytes], num_perm: int, seed: int) -> np.ndarray:
    """The signature (uint32, num_perm) of one set, fed in slices of _CHUNK tokens (a repeated
    token does not change a minimum, so duplicates may stay in)."""
    a, b = permutations(num_perm, seed)
    values = np.full(num_perm, _MAX, dtype=np.uint32)
    batch: list[bytes] = []
    for token in tokens:
        batch.append(token)
        if len(batch) >= _CHUNK:
            values = np.minimum(values, _permuted(token_hashes(batch), a, b).min(axis=0))
            batch.clear()
    if batch:
        values = np.minimum(values, _permuted(token_hashes(batch), a, b).min(axis=0))
    return values


def signatures(sets: Sequence[Sequence[bytes]], num_perm: int, seed: int) -> np.ndarray:
    """The signatures (uint32, len(sets) x num_perm) of several small sets, in one matrix."""
    out = np.full((len(sets), num_perm), _MAX, dtype=np.uint32)
    filled = [i for i, tokens in enumerate(sets) if tokens]
    if not filled:
        return out
    a, b = permutations(num_perm, seed)
    permuted = _permuted(token_hashes(t for i in filled for t in sets[i]), a, b)
    starts = np.cumsum([0] + [len(sets[i]) for i in filled[:-1]])
    out[filled] = np.minimum.reduceat(permuted, starts, axis=0)
    return out
