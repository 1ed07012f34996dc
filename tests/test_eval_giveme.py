"""Giveme5W1H main-event scorer: helpers on hand-made inputs, the real gold when present."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from dateline.eval.giveme import (
    day_of,
    evaluate_giveme5w1h,
    format_giveme_report,
    lead_event,
    main_event_date,
    phrases_match,
    read_article,
    score_article,
    weekday_consistent,
)
from dateline.model import Annotations, EntityMention, Event, Place, Timex

from conftest import SHARED

GIVEME = SHARED / "eval" / "giveme5w1h" / "gold_standard" / "data"
# A bit under the first 20 articles' scores (and under the full 96); see the report for both.
FLOORS = {"when_day_accuracy": 0.55, "when_any_recall": 0.6, "where_recall": 0.65,
          "where_lead_accuracy": 0.45, "who_recall": 0.55, "who_lead_accuracy": 0.4,
          "articles_with_events": 0.8}
RATES = ("when_day_accuracy", "when_day_accuracy_consistent", "when_any_recall",
         "when_published_baseline", "where_recall", "where_lead_accuracy", "who_recall",
         "who_lead_accuracy", "articles_with_events")
ARTICLE = {
    "title": "Rebels shell Dorn",
    "text": "Rebels shelled the town of Dorn in Ukraine on Wednesday, officials said.",
    "description": "ignored when text is there",
    "date_publish": "2016-11-10 08:00:00",
    "publisher": "example",
    "fiveWoneH": {
        "when": {"annotated": [{"coderPhraseCount": 3, "text": "Wednesday",
                                "parsed": "2016-11-09"}]},
        "where": {"annotated": [{"coderPhraseCount": 2, "text": "Dorn"},
                                {"coderPhraseCount": 1}]},
        "who": {"annotated": [{"coderPhraseCount": 3, "text": "the rebels"}]},
    },
}


def _event(start: int, date: str | None, mode: str = "asserted", place: str | None = None,
           actors: tuple[str, ...] = ()) -> Event:
    return Event(start=start, end=start + 10, type="FIGHT", trigger="shelled",
                 trigger_start=start, trigger_end=start + 7, actors=actors, place=place,
                 date=date, mode=mode)


def test_day_of_needs_day_precision():
    assert day_of("2016-11-09T06:10") == dt.date(2016, 11, 9)
    assert day_of("2016-11-09TNI") == dt.date(2016, 11, 9)
    assert day_of("2016-11") is None and day_of("PRESENT_REF") is None and day_of(None) is None
    assert day_of("None") is None


@pytest.mark.parametrize("ours, gold, expected", [
    ("Croydon", "Croydon", True),
    ("Sandilands", "in a tunnel near Sandlilands tram station", True),  # spelling variant
    ("Trump", "Donald J. Trump", True),
    ("FBI", "F.B.I.", True),
    ("United Kingdom", "UK", True),
    ("United States", "US", True),
    ("Afghanistan", "Mazar-i-Sharif", False),
    ("London", "Croydon", False),
    ("US", "Russia", False),
    ("British Transport Police", "At least seven people", False),
])
def test_phrases_match(ours, gold, expected):
    assert phrases_match(ours, gold) is expected


def test_weekday_consistency_of_gold():
    assert weekday_consistent(dt.date(2016, 11, 9), ["Wednesday night"])
    assert not weekday_consistent(dt.date(2016, 11, 7), ["Sunday"])  # 2016-11-07 is a Monday
    assert weekday_consistent(dt.date(2016, 11, 7), ["two days before the election"])


def test_main_event_date_falls_back_from_event_to_timex_to_published():
    published = dt.date(2016, 11, 10)
    timex = Timex(start=40, end=49, text="Wednesday", type="DATE", value="2016-11-09")
    planned = _event(0, "2016-11-20", mode="planned")
    lead = _event(20, "2016-11-08")
    assert lead_event([lead, planned]) is lead
    assert main_event_date(Annotations(events=(planned, lead)), published) == (
        dt.date(2016, 11, 8), "event")
    assert main_event_date(Annotations(timexes=(timex,), events=(planned,)), published) == (
        dt.date(2016, 11, 9), "timex")
    assert main_event_date(Annotations(), published) == (published, "published")


def test_read_and_score_a_hand_made_article(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps(ARTICLE), "utf-8")
    article = read_article(path)
    assert article.text.startswith("Rebels shell Dorn\n\nRebels shelled")
    assert article.published == dt.date(2016, 11, 10) and article.when == dt.date(2016, 11, 9)
    assert article.where == ("Dorn",) and article.who == ("the rebels",)
    ann = Annotations(
        places=(Place(start=0, end=4, text="Dorn", name="Dorn", lat=None, lon=None,
                      country="UA", precision="city"),),
        entities=(EntityMention(start=0, end=6, text="Rebels", type="GROUP",
                                canonical="rebels", entity_id="x"),),
        events=(_event(0, "2016-11-09", place="Dorn", actors=("Rebels",)),))
    row = score_article(article, ann)
    assert row["when_day"] and row["when_any"] and not row["when_published"]
    assert row["where_found"] == 1 and row["where_lead"]
    assert row["who_found"] == 1 and row["who_lead"]


def test_evaluate_on_one_hand_made_article(tmp_path, nlp):
    (tmp_path / "a.json").write_text(json.dumps(ARTICLE), "utf-8")
    result = evaluate_giveme5w1h(tmp_path, nlp)
    assert result["articles"] == 1 and result["gold_counts"]["where"] == 1
    assert "when_day_accuracy" in format_giveme_report(result)


@pytest.mark.slow
def test_giveme_first_20_articles(nlp):
    if not GIVEME.is_dir():
        pytest.skip(f"Giveme5W1H gold standard not found at {GIVEME}")
    result = evaluate_giveme5w1h(GIVEME, nlp, limit=20)
    report = format_giveme_report(result)
    assert result["articles"] == 20
    for name in RATES:
        assert 0.0 <= result[name] <= 1.0, (name, report)
    for name, floor in FLOORS.items():
        assert result[name] >= floor, f"{name} {result[name]} < {floor}\n{report}"
