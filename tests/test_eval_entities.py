"""The entity scorer against the seed gold (skips when ../shared is absent)."""

from __future__ import annotations

import pytest

from dateline.eval.entities import (check_floors, evaluate_entities_seeds,
                                    format_entities_report)


@pytest.mark.slow
def test_seed_scores_meet_floors(gold_path, seeds_dir, nlp):
    result = evaluate_entities_seeds(gold_path, seeds_dir, nlp)
    report = format_entities_report(result)
    assert "mention_recall" in report
    assert check_floors(result) == [], report


def test_missing_gold_is_a_coded_error(tmp_path, nlp):
    from dateline.errors import DatelineError

    with pytest.raises(DatelineError) as err:
        evaluate_entities_seeds(tmp_path / "nope.json", tmp_path, nlp)
    assert err.value.code == "E030"
