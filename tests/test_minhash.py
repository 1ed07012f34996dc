"""Our MinHash signatures are datasketch's, bit for bit; the ingest path does not import scipy."""

from __future__ import annotations

import random
import subprocess
import sys

import numpy as np
import pytest
from datasketch import MinHash
from datasketch.lsh import _optimal_param

from dateline.dedup.minhash import signature, signatures
from dateline.dedup.near import BANDS, sketch
from dateline.fuse.syndication import NUM_PERM, sentence_features, sketches


def _reference(tokens: list[bytes], num_perm: int, seed: int) -> np.ndarray:
    minhash = MinHash(num_perm=num_perm, seed=seed, scheme="affine32")
    if tokens:
        minhash.update_batch(tokens)
    return minhash.hashvalues


def _words(rng: random.Random, n: int) -> list[bytes]:
    return [("".join(rng.choice("abcdefghij") for _ in range(rng.randint(1, 8)))).encode()
            for _ in range(n)]


@pytest.mark.parametrize("size", [0, 1, 7, 2048, 5000])
def test_signature_is_datasketchs(size: int) -> None:
    tokens = _words(random.Random(size), size)  # 5000 spans three slices of 2048
    assert np.array_equal(signature(iter(tokens), 128, 1), _reference(tokens, 128, 1))


def test_signatures_of_many_sets_are_each_datasketchs() -> None:
    rng = random.Random(3)
    sets = [_words(rng, n) for n in (3, 0, 1, 40, 0, 12)]  # empty sets among the others
    found = signatures(sets, 48, 7)
    assert found.shape == (6, 48)
    for tokens, row in zip(sets, found):
        assert np.array_equal(row, _reference(tokens, 48, 7))


def test_sentence_keys_do_not_depend_on_the_batch() -> None:
    texts = ["Rescue teams pulled 14 survivors from the collapsed hotel in the coastal town.",
             "The ministry said food and water would reach the flooded valley by Sunday night."]
    features = [sentence_features(t) for t in texts]
    assert all(features)
    together = sketches(features)
    assert together == [sketches([f])[0] for f in features]
    assert len(together[0]) == NUM_PERM // 2 and together[0] != together[1]


def test_default_bands_are_datasketchs() -> None:
    for (threshold, num_perm), bands in BANDS.items():
        assert _optimal_param(max(0.3, threshold - 0.3), num_perm, 0.5, 0.5) == bands


def test_other_settings_still_get_bands() -> None:
    found = sketch("one two three four five six seven eight nine ten", 0.9, 64)
    bands, _ = _optimal_param(0.6, 64, 0.5, 0.5)
    assert len(found.buckets) == bands


def test_ingest_path_does_not_import_scipy() -> None:
    code = ("import sys, dateline.cli, dateline.pipeline, dateline.annotating, dateline.fuse.run;"
            "print('scipy' in sys.modules, 'datasketch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "False"]
