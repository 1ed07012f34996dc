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


def test_ecbplus_reader_and_b_cubed(tmp_path):
    from dateline.eval.entities_ecbplus import _b_cubed, read_ecbplus

    xml = """<Document doc_name="1_1ecb.xml">
<token t_id="1" sentence="0" number="0">Police</token>
<token t_id="2" sentence="0" number="1">found</token>
<token t_id="3" sentence="0" number="2">Anna</token>
<token t_id="4" sentence="0" number="3">Brook</token>
<token t_id="5" sentence="1" number="0">She</token>
<token t_id="6" sentence="1" number="1">left</token>
<Markables>
<HUMAN_PART_PER m_id="1"><token_anchor t_id="3"/><token_anchor t_id="4"/></HUMAN_PART_PER>
<HUMAN_PART_PER m_id="2"><token_anchor t_id="5"/></HUMAN_PART_PER>
<HUMAN_PART_ORG m_id="3"><token_anchor t_id="1"/></HUMAN_PART_ORG>
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="9" note="HUM1"><source m_id="1"/><source m_id="2"/><target m_id="7"/>
</CROSS_DOC_COREF>
</Relations>
</Document>"""
    path = tmp_path / "1_1ecb.xml"
    path.write_text(xml, encoding="utf-8")
    text, gold = read_ecbplus(path)
    assert text == "Police found Anna Brook\nShe left"
    assert [(text[g.start:g.end], g.type, g.chain) for g in gold] == [
        ("Anna Brook", "PERSON", "HUM1")]  # "She" and sentence-initial "Police" are no names
    assert _b_cubed([("a", "x"), ("a", "x"), ("b", "x")]) == pytest.approx((5 / 3, 3.0))
