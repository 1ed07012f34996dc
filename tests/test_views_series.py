"""Figure series computed a day at a time equal `series.series_entry` over the whole series."""

from __future__ import annotations

import random

import pytest

from dateline.fuse.series import series_entry
from dateline.fuse.views import series_by_day


def _rows(rng: random.Random, count: int) -> list[dict]:
    rows = []
    for i in range(count):
        value = rng.choice([10, 12, 40, 100, 1000, 1200])
        low = value - rng.choice([0, 0, 5]) if rng.random() < 0.3 else None
        rows.append({
            "value": float(value), "min": low, "max": value + 5 if low is not None else None,
            "approx": rng.random() < 0.3, "text": str(value), "what": "people",
            "category": "killed", "claimant": rng.choice([None, "police", "medics"]),
            "as_of": rng.choice(["2025-03-14", "2025-03-15", "2025-03-15", "2025-03-16",
                                 "2025-03", None]),
            "as_of_source": "text", "projected": rng.random() < 0.1, "verified": None,
            "article_id": f"a{i % 7}", "root_id": f"r{i % 5}", "start": 0, "end": 2,
            "sentence": "s"})
    return sorted(rows, key=lambda r: (r["as_of"] is not None, r["as_of"] or ""))


@pytest.mark.parametrize("seed", range(40))
def test_day_by_day_equals_the_whole_series(seed):
    rng = random.Random(seed)
    rows = _rows(rng, rng.randint(0, 40))
    meta = {f"a{i}": {"outlet": f"o{i}", "published": "2025-03-16"} for i in range(7)}
    assert series_by_day("killed|people", rows, meta) == series_entry("killed|people", rows,
                                                                      meta)
