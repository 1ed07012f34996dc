"""Event scorers: the seed gold and the PLOVER gold records (skip when ../shared is absent)."""

from __future__ import annotations

import pytest

from dateline.eval.events import (SEED_TYPE_MAP, _macro_f1, evaluate_events_seeds,
                                  evaluate_plover, format_events_report)
from dateline.eval.floors import below_floors, flatten

from pathlib import Path

PLOVER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "plover" / "plover-gsr-dev.json"


def test_macro_f1():
    assert _macro_f1([("AGREE", "AGREE"), ("FIGHT", None)]) == 0.5


def test_seed_types_map_to_plover():
    from dateline.annotate.events.ontology import PLOVER_TYPES

    assert all(types <= set(PLOVER_TYPES) for types in SEED_TYPE_MAP.values())


@pytest.mark.slow
def test_seed_events_meet_floors(gold_path, seeds_dir, nlp):
    result = evaluate_events_seeds(gold_path, seeds_dir, nlp)
    assert result["mode_sanity"] == 1.0  # a hypothetical event is never asserted
    metrics = {f"seeds_{k}": v for k, v in flatten(result).items()}
    failures = [f for f in below_floors("events", metrics) if ".seeds_" in f]
    assert not failures, format_events_report({"seeds": result})


@pytest.mark.slow
def test_plover_meets_floors(nlp):
    if not PLOVER.is_file():
        pytest.skip(f"PLOVER gold not found at {PLOVER}")
    result = evaluate_plover(PLOVER, nlp)
    metrics = {f"plover_{k}": v for k, v in flatten(result).items()}
    failures = [f for f in below_floors("events", metrics) if ".plover_" in f]
    assert not failures, format_events_report({"plover": result})


def test_plover_limit(nlp):
    if not PLOVER.is_file():
        pytest.skip(f"PLOVER gold not found at {PLOVER}")
    assert evaluate_plover(PLOVER, nlp, limit=5)["sentences"] == 5
