"""The figures scorer: fuzzy claimants, number location, a tiny synthetic gold, seed floors."""

from __future__ import annotations

import json

import pytest

from dateline.eval.figures import (
    _locate,
    claimant_agrees,
    evaluate_figures_seeds,
    format_figures_report,
)
from dateline.eval.floors import below_floors, flatten


@pytest.mark.parametrize("gold, ours", [
    ("UN OCHA", "U.N. Office for the Coordination of Humanitarian Affairs"),
    ("United Nations", "U.N."),
    ("United Nations", "United Nations officials"),
    ("senior Pentagon official", "The official"),
    ("UNHCR", "the U.N.'s refugee agency"),
    ("Kyiv authorities", "Authorities"),
    ("Volodymyr Zelenskyy", "Zelenskyy"),
])
def test_claimants_that_agree(gold, ours):
    assert claimant_agrees(gold, ours)


@pytest.mark.parametrize("gold, ours", [
    ("Ukrainian officials", "Russian officials"),
    ("Anna Malyar", None),
    ("UNHCR", "Kremlin"),
])
def test_claimants_that_disagree(gold, ours):
    assert not claimant_agrees(gold, ours)


def test_locate_finds_the_number_inside_the_evidence():
    text = "Intro. One person was hurt and 80 were rescued, about 1.4 million in all."
    gold = {"doc": "x", "evidence": "One person was hurt and 80 were rescued", "value": 80}
    start, end, (ns, ne) = _locate(text, gold)
    assert text[start:end] == gold["evidence"] and text[ns:ne] == "80"
    gold = {"doc": "x", "evidence": "One person was hurt", "value": 1}
    assert text[slice(*_locate(text, gold)[2])] == "One"
    gold = {"doc": "x", "evidence": "about 1.4 million in all", "value": 1400000}
    assert text[slice(*_locate(text, gold)[2])] == "1.4 million"


def test_synthetic_gold(tmp_path, nlp):
    text = ("Floods hit the valley on Monday.\n\nOfficials said at least 40 people were killed "
            "and some 3,000 families fled their homes. The figures could not be verified.")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    gold = {"documents": {"a": {"published": "2031-03-04", "body_starts": "Floods",
                                "body_ends": "verified."}},
            "figures": [
                {"doc": "a", "evidence": "at least 40 people were killed", "what": "people killed",
                 "value": 40, "min": 40, "claimant": "officials", "verified": False,
                 "as_of": "2031-03-04"},
                {"doc": "a", "evidence": "some 3,000 families", "what": "families displaced",
                 "value": 3000, "approx": True, "claimant": "officials", "verified": False,
                 "as_of": "2031-03-04"}]}
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    result = evaluate_figures_seeds(tmp_path / "gold.json", tmp_path, nlp)
    assert result["recall"] == 1.0 and result["precision_lower_bound"] == 1.0
    for attr in ("value", "bounds", "projected", "verified", "claimant", "what", "as_of"):
        assert result[f"{attr}_accuracy"] == 1.0, format_figures_report(result)
    assert "recall 1.000" in format_figures_report(result)


@pytest.mark.slow
def test_seed_figures_meet_floors(gold_path, seeds_dir, nlp):
    result = evaluate_figures_seeds(gold_path, seeds_dir, nlp)
    assert not below_floors("figures", flatten(result)), format_figures_report(result)
