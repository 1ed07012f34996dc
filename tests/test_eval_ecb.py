"""ECB+ event-mention scorer: the reader on a tiny hand-made file, the full run when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.eval.ecb import EcbDocument, evaluate_ecb, format_ecb_report
from dateline.model import Event

ECB = Path(__file__).resolve().parents[2] / "shared" / "eval" / "ecbplus" / "ECB+"
TINY = """<Document doc_name="9_1ecbplus.xml">
<token t_id="1" sentence="0" number="0">http://example.org</token>
<token t_id="2" sentence="1" number="0">Rebels</token>
<token t_id="3" sentence="1" number="1">did</token>
<token t_id="4" sentence="1" number="2">not</token>
<token t_id="5" sentence="1" number="3">attack</token>
<token t_id="6" sentence="1" number="4">Dorn</token>
<token t_id="7" sentence="1" number="5">.</token>
<Markables>
<NEG_ACTION_OCCURRENCE m_id="1"><token_anchor t_id="5"/></NEG_ACTION_OCCURRENCE>
<HUMAN_PART_ORG m_id="2"><token_anchor t_id="2"/></HUMAN_PART_ORG>
</Markables>
</Document>
"""


def test_reader_skips_the_url_sentence_and_maps_tokens(tmp_path):
    path = tmp_path / "9_1ecbplus.xml"
    path.write_text(TINY, "utf-8")
    doc = EcbDocument(path)
    assert doc.text == "Rebels did not attack Dorn ."
    start = doc.text.index("attack")
    event = Event(start=0, end=len(doc.text), type="FIGHT", trigger="attack",
                  trigger_start=start, trigger_end=start + 6)
    assert doc.matches(event) == ["NEG_ACTION_OCCURRENCE"]
    assert doc.sentences == {"1"}


def test_evaluate_on_a_tiny_topic(tmp_path, nlp):
    (tmp_path / "9").mkdir()
    (tmp_path / "9" / "9_1ecbplus.xml").write_text(TINY, "utf-8")
    result = evaluate_ecb(tmp_path, nlp, topics=[9])
    assert result["events"] == 1 and result["precision"] == 1.0
    assert result["denied_accuracy"] == 1.0
    assert "precision" in format_ecb_report(result)


@pytest.mark.slow
def test_ecb_precision(nlp):
    if not ECB.is_dir():
        pytest.skip(f"ECB+ not found at {ECB}")
    result = evaluate_ecb(ECB, nlp, topics=range(1, 4))
    assert result["precision_any"] >= 0.9, format_ecb_report(result)
