"""Timex scorers: the seed gold (skips when ../shared is absent) and TempEval-3 on a few files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.eval.floors import load_floors
from dateline.eval.timex import (check_floors, evaluate_tempeval, evaluate_timex_seeds,
                                 flat_scores, format_timex_report, read_tml)

TBAQ = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "tempeval3" / "TBAQ-cleaned"


@pytest.fixture(scope="module")
def tbaq() -> Path:
    if not TBAQ.is_dir():
        pytest.skip(f"TempEval-3 data not found at {TBAQ} (../shared beside the checkout)")
    return TBAQ


def test_seed_gold_recall_and_values(gold_path, seeds_dir, nlp):
    result = evaluate_timex_seeds(gold_path, seeds_dir, nlp)
    floors = load_floors()["timex"]
    assert result["gold"] > 0
    assert result["recall"] >= floors["seed_recall"], result["misses"]
    assert result["value_accuracy"] >= floors["seed_value_accuracy"], result["misses"]
    assert "seed" in format_timex_report({"seed": result})


def test_seed_bases_use_inferred_when_published_is_null(gold_path, seeds_dir, nlp):
    documents = json.loads(gold_path.read_text("utf-8"))["documents"]
    result = evaluate_timex_seeds(gold_path, seeds_dir, nlp)
    for doc_id, base in result["bases"].items():
        meta = documents[doc_id]
        assert base == (meta.get("published") or meta.get("published_inferred"))


def test_read_tml_keeps_offsets(tmp_path):
    tml = tmp_path / "x.tml"
    tml.write_text('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" '
                   'functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>'
                   '<TEXT>Bombs &amp; shots <EVENT eid="e1">hit</EVENT> us '
                   '<TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>.</TEXT>'
                   '</TimeML>', "utf-8")
    text, dct, gold = read_tml(tml)
    assert text == "Bombs & shots hit us Friday."
    assert str(dct) == "1998-08-07"
    assert [(g["text"], g["value"], g["type"]) for g in gold] == [("Friday", "1998-08-07", "DATE")]


def test_tempeval_small_sample(tbaq, nlp):
    result = evaluate_tempeval(tbaq, nlp, limit=8)
    assert result["documents"] == 8 and result["gold"] > 0
    assert result["relaxed_f1"] >= 0.7
    assert result["value_f1"] >= 0.5
    assert "HeidelTime" in format_timex_report(result)


@pytest.mark.slow
def test_tempeval_full_meets_floors(tbaq, nlp):
    result = evaluate_tempeval(tbaq, nlp)
    assert check_floors({"tempeval": result}) == [], format_timex_report(result)
    assert "tempeval_value_f1" in flat_scores({"tempeval": result})
