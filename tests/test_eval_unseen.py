"""The unseen-gold scorer on tiny invented inputs (gold files: test_eval_unseen_gold_files)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.eval.unseen_validate import validate_gold
from dateline.eval.unseen import (
    Located,
    Tally,
    assign,
    bcubed_f1,
    body_of,
    claimant_match,
    date_right,
    evaluate_unseen,
    fold,
    format_unseen_report,
    locate,
    names_match,
    place_right,
    score_document,
    scores_of,
)
from dateline.model import Annotations, EntityMention, Event, Figure, Place, Quote

TEXT = ("Harbour Headline\n"
        "Police in Harbourton arrested 12 protesters on Monday, officials said. "
        "“We will not tolerate violence in our streets,” Mayor Ana Lopez said.\n"
        "Photo: Jo Bloggs / Wire\n"
        "Lopez condemned the riots. About 300 people marched through the town.\n"
        "Related: 5 other stories")
DOC = {"path": "x/a.json", "outlet": "The Harbour Times", "domain": "harbour.example",
       "published": "2020-01-07", "story_type": "politics",
       "body_starts": "Police in Harbourton", "body_ends": "marched through the town.",
       "skip": ["Photo: Jo Bloggs / Wire"]}


def _gold() -> dict[str, list]:
    return {
        "entities": [
            {"doc": "d", "id": "E:harbourton", "canonical": "Harbourton", "type": "PLACE",
             "variants": ["Harbourton"], "roles": []},
            {"doc": "d", "id": "E:ana-lopez", "canonical": "Ana Lopez", "type": "PERSON",
             "variants": ["Ana Lopez", "Lopez"], "roles": ["Mayor"]}],
        "places": [{"doc": "d", "text": "Harbourton", "name": "Harbourton", "lat": 50.0,
                    "lon": 0.0, "country": "GB", "precision": "city"}],
        "figures": [
            {"doc": "d", "evidence": "arrested 12 protesters", "number_text": "12", "value": 12,
             "min": None, "max": None, "approx": False, "category": "arrested",
             "what": "protesters arrested", "claimant": "officials", "as_of": "2020-01-06",
             "projected": False, "verified": None},
            {"doc": "d", "evidence": "About 300 people marched", "number_text": "About 300",
             "value": 300, "min": None, "max": None, "approx": True, "category": "other",
             "what": "marchers", "claimant": None, "as_of": "2020-01-07", "projected": False,
             "verified": None}],
        "events": [
            {"doc": "d", "evidence": "Police in Harbourton arrested 12 protesters on Monday",
             "trigger": "arrested", "type": "COERCE", "actors": ["police"],
             "targets": ["protesters"], "place": "Harbourton", "date": "2020-01-06",
             "mode": "claimed", "attribution": "officials"},
            {"doc": "d", "evidence": "Lopez condemned the riots", "trigger": "condemned",
             "type": "DISAPPROVE", "actors": ["Ana Lopez"], "targets": [], "place": None,
             "date": "2020-01-07", "mode": "asserted", "attribution": None},
            {"doc": "d", "evidence": "About 300 people marched through the town",
             "trigger": "marched", "type": "PROTEST", "actors": [], "targets": [],
             "place": "Harbourton", "date": "2020-01", "mode": "asserted", "attribution": None}],
        "quotes": [{"doc": "d", "evidence": "We will not tolerate violence in our streets",
                    "speaker": "Ana Lopez", "speaker_id": "E:ana-lopez"}],
    }


def _at(word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


def _event(trigger: str, type_: str, **kw) -> Event:
    s, e = _at(trigger)
    return Event(start=s, end=e, type=type_, trigger=trigger, trigger_start=s, trigger_end=e,
                 **kw)


def _mention(text: str, type_: str, entity_id: str, nth: int = 0) -> EntityMention:
    s, e = _at(text, nth)
    return EntityMention(s, e, text, type_, text, entity_id)


def _annotations() -> Annotations:
    q0, q1 = _at("We will not tolerate violence in our streets")
    return Annotations(
        events=(
            _event("Headline", "ASSAULT"),  # outside the body: ignored
            _event("arrested", "COERCE", actors=("Police",), place="Harbourton",
                   date="2020-01-06", mode="claimed"),
            _event("condemned", "DISAPPROVE", actors=("Lopez",), date="2020-01-08"),
            _event("marched", "ASSAULT")),
        figures=(
            Figure(*_at("12"), text="12", value=12, category="arrested", claimant="officials",
                   as_of="2020-01-06"),
            Figure(*_at("300"), text="About 300", value=300, min=300, approx=True,
                   category="other", as_of="2020-01-07")),
        quotes=(Quote(q0, q1, "We will not tolerate violence in our streets", "Lopez"),),
        entities=(
            _mention("Jo Bloggs", "PERSON", "per-jo"),  # inside a skip string: ignored
            _mention("Police", "ORG", "org-police"),
            _mention("Harbourton", "PLACE", "plc-h"),
            _mention("Ana Lopez", "PERSON", "per-lopez"),
            _mention("Lopez", "PERSON", "per-lopez", nth=1)),
        places=(Place(*_at("Harbourton"), text="Harbourton", name="Harbourton", lat=50.1,
                      lon=0.1, country="GB", precision="city"),),
    )


def test_locate_exact_then_folded_quotes_and_whitespace():
    text = "He said “no  deal” and then\n“no deal” again."
    assert locate(text, "“no deal”") == [(text.index("“no deal” again"),
                                          text.index("“no deal” again") + 9)]
    found = locate(text, '"no deal" and')
    assert [text[s:e] for s, e in found] == ["“no  deal” and"]
    assert locate(text, "missing") == [] and locate(text, "  ") == []


def test_fold_and_names_match():
    assert fold("the U.S.") == fold("US") == "us"
    assert fold("North Korea’s") == "north korea" and fold("Prêtre") == "pretre"
    assert names_match("Kim", "Kim Jong Un") and names_match("kim jong-un", "Kim Jong Un")
    assert not names_match("South Korea", "North Korea")
    assert not names_match(None, "Kim") and not names_match("", "")


def test_claimant_match():
    assert claimant_match(None, None)
    assert not claimant_match("police", None) and not claimant_match(None, "police")
    assert claimant_match("Lopez", "Ana Lopez") and claimant_match("Mayor Ana Lopez", "Lopez")
    assert claimant_match("Jean-Michel Priest", "Jean-Michel Prêtre", ["Jean-Michel Priest"])
    assert not claimant_match("Reuters", "Ana Lopez")


def test_date_right_on_the_gold_precision():
    assert date_right("2017-09-15", "2017-09") and date_right("2017-09-15", "2017-09-15")
    assert not date_right("2017-08-30", "2017-09") and not date_right(None, "2017")
    assert date_right(None, None) and date_right("2017-09-15", None)
    assert date_right("1975", "197")


def test_place_right_near_and_wide():
    gold_city = {"lat": 50.0, "lon": 0.0, "country": "GB", "precision": "city"}
    near = Place(0, 1, "x", "x", 50.1, 0.1, "GB", "city")
    far = Place(0, 1, "x", "x", 51.0, 0.0, "GB", "city")
    assert place_right(near, gold_city) and not place_right(far, gold_city)
    gold_country = {"lat": 54.0, "lon": -2.0, "country": "GB", "precision": "country"}
    assert place_right(far, gold_country)
    assert place_right(Place(0, 1, "x", "x", 60.5, -1.0, "GB", "city"), gold_country)
    assert not place_right(Place(0, 1, "x", "x", None, None, None, "unknown"), gold_country)


def test_bcubed_f1():
    assert bcubed_f1([("a", "X"), ("a", "X"), ("b", "Y")]) == 1.0
    # one predicted cluster holding two gold entities of one mention each
    assert bcubed_f1([("a", "X"), ("a", "Y")]) == round(2 * 0.5 * 1.0 / 1.5, 4)
    assert bcubed_f1([]) == 0.0


def test_assign_one_to_one_with_duplicates():
    golds = [Located({"type": "A"}, [(0, 20)], [(5, 10)]),
             Located({"type": "A"}, [(30, 50)], [(35, 40)])]
    # the second span hits gold 0's trigger; the first only its evidence; the third is a repeat
    spans = [(1, 3), (6, 8), (7, 9), (36, 38), (60, 61)]
    result = assign(golds, spans)
    assert result[1] == (0, False) and result[3] == (1, False)
    assert result[0] == (0, True) and result[2] == (0, True) and 4 not in result
    typed = assign(golds, spans, lambda _p, _g: False)
    assert typed == {}


def test_body_bounds_and_skips():
    body = body_of(TEXT, DOC)
    assert TEXT[body.start:body.end].startswith("Police in Harbourton")
    assert TEXT[body.start:body.end].endswith("marched through the town.")
    assert not body.holds(_at("Headline")) and not body.holds(_at("Jo Bloggs"))
    assert body.holds(_at("condemned"))
    whole = body_of(TEXT, {"body_starts": "not there", "body_ends": "nor this"})
    assert (whole.start, whole.end) == (0, len(TEXT))


def test_score_document_on_an_invented_article():
    tally = Tally()
    score_document(TEXT, DOC, _gold(), _annotations(), tally)
    scores = scores_of(tally)
    assert scores["gold_events"] == 3 and scores["predicted_events"] == 3
    assert scores["event_recall"] == scores["event_precision"] == round(2 / 3, 4)
    assert scores["event_recall_full"] == scores["event_precision_full"] == round(1 / 3, 4)
    assert scores["event_trigger_recall"] == 1.0
    assert scores["event_date_accuracy"] == 0.5 and scores["event_mode_accuracy"] == 1.0
    assert scores["event_actor_accuracy"] == 1.0 and scores["event_place_accuracy"] == 1.0
    assert scores["figure_recall"] == scores["figure_precision"] == 1.0
    assert scores["figure_value_accuracy"] == 1.0 and scores["figure_bounds_accuracy"] == 0.5
    assert scores["figure_claimant_accuracy"] == 1.0 and scores["figure_as_of_accuracy"] == 1.0
    assert scores["quote_recall"] == scores["quote_speaker_accuracy"] == 1.0
    assert scores["entity_precision"] == 0.75 and scores["entity_recall"] == 1.0
    assert scores["entity_id_purity"] == 1.0
    assert scores["place_precision"] == scores["place_recall"] == 1.0
    assert scores["gold_unlocated"] == 0


def test_gold_missing_from_the_text_counts_as_missed():
    tally = Tally()
    score_document("An unrelated text.", DOC, _gold(), Annotations(), tally)
    scores = scores_of(tally)
    assert scores["event_recall"] == 0.0 and scores["gold_unlocated"] == 6
    assert scores["entity_precision"] == 0.0 and scores["entity_recall"] == 0.0


def _write_set(tmp_path: Path, gold: dict) -> tuple[Path, Path]:
    root = tmp_path / "shared" / "eval"
    (root / "x").mkdir(parents=True)
    (root / "x" / "a.json").write_text(json.dumps({"text": TEXT}), "utf-8")
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), "utf-8")
    return path, root


def _gold_file() -> dict:
    return {"about": "test", "guidelines": "GUIDELINES.md", "documents": {"d": DOC}, **_gold()}


def test_validate_gold_accepts_a_valid_file_and_names_problems(tmp_path):
    path, root = _write_set(tmp_path, _gold_file())
    assert validate_gold(path, root) == []
    broken = _gold_file()
    broken["events"][0]["evidence"] = "Police in Harbourton arrested twelve"
    broken["figures"][0]["number_text"] = "13"
    broken["entities"].append({"doc": "d", "id": "E:ana-lopez", "canonical": "Anna Lopez",
                               "type": "PERSON", "variants": ["Lopez"], "roles": []})
    broken["quotes"][0]["speaker_id"] = "E:nobody"
    broken["events"][1]["mode"] = "rumoured"
    path, root = _write_set(tmp_path / "b", broken)
    problems = "\n".join(validate_gold(path, root))
    for needle in ("evidence not verbatim", "number_text not in evidence", "E:ana-lopez is",
                   "speaker_id E:nobody", "mode 'rumoured'", "listed twice"):
        assert needle in problems


def test_evaluate_unseen_skips_without_shared_data(tmp_path):
    path, _ = _write_set(tmp_path, _gold_file())
    scores = evaluate_unseen(path, eval_root=tmp_path / "nowhere")
    assert "skipped" in scores and format_unseen_report(scores) == scores["skipped"]


def test_format_unseen_report():
    report = format_unseen_report({"articles": 2, "articles_failed": 0, "seconds": 1.5,
                                   "event_recall": 0.5, "gold_events": 4,
                                   "failures": ["d: boom"]})
    assert "event_recall" in report and "0.500" in report and "gold_events 4" in report
    assert "failed d: boom" in report


def test_vague_amounts_the_gold_leaves_out_have_their_own_precision():
    annotations = _annotations()
    s, e = _at("people marched")
    hundreds = Figure(s, e, text="Hundreds", value=200, min=200, max=999, approx=True)
    tally = Tally()
    score_document(TEXT, DOC, _gold(),
                   Annotations(figures=(*annotations.figures, hundreds)), tally)
    scores = scores_of(tally)
    assert scores["figure_precision"] == round(2 / 3, 4)  # the floors are pinned on this one
    assert scores["figure_precision_no_vague"] == 1.0


@pytest.mark.parametrize("text, vague", [
    ("dozens", True), ("several hundred", True), ("Tens of thousands", True),
    ("Hundreds of thousands", True), ("12", False), ("at least 84", False),
    ("a dozen", False), ("More than 50", False),
])
def test_vague_amount(text, vague):
    from dateline.eval.unseen import vague_amount

    assert vague_amount(text) is vague
