"""Publication-date parsing decisions: epoch stamps, RFC 2822, numeric D/M order, no inventions."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.clean.dates import parse_date
from dateline.clean.metadata import prefers_day_first
from dateline.ingest.fields import map_record


@pytest.mark.parametrize(("value", "day_first", "iso", "precision"), [
    ("1678205100", False, "2023-03-07T16:05", "minute"),  # Unix seconds, UTC
    ("1646131500000", False, "2022-03-01T10:45", "minute"),  # Unix milliseconds
    ("Tue, 07 Mar 2023 16:20:00 +0000", False, "2023-03-07T16:20", "minute"),
    ("03/04/2023 14:05", False, "2023-03-04T14:05", "minute"),  # ambiguous: US reading
    ("03/04/2023 14:05", True, "2023-04-03T14:05", "minute"),  # a day-first outlet
    ("25/04/2023 09:10", False, "2023-04-25T09:10", "minute"),  # only one reading is valid
    ("03.04.2023", False, "2023-04-03", "day"),  # dots: day first
    ("10/11/2022 at 6:45 PM", False, "2022-10-11T18:45", "minute"),
    ("Tuesday, February 7, 2017; Page B03", False, "2017-02-07", "day"),
])
def test_parse_date(value: str, day_first: bool, iso: str, precision: str) -> None:
    parsed = parse_date(value, day_first=day_first)
    assert parsed is not None and (parsed.iso, parsed.precision) == (iso, precision)


@pytest.mark.parametrize("value", ["2 hours ago", "yesterday", "31/31/2023", "Posted just now",
                                   "99999999999999"])
def test_unknown_rather_than_invented(value: str) -> None:
    assert parse_date(value) is None


def test_future_dates_are_refused_against_the_given_today() -> None:
    # "today" is passed in, so the outcome does not depend on the day the test runs
    today = date(2026, 1, 15)
    assert parse_date("2041-05-01T10:00:00Z", today=today) is None
    assert parse_date("2026-01-16", today=today) is not None  # one day of slack: time zones
    assert parse_date("2026-01-17", today=today) is None
    later = parse_date("2041-05-01T10:00:00Z", today=date(2041, 5, 2))
    assert later is not None and later.iso == "2041-05-01T10:00"


def test_day_first_hint_from_the_outlet_address() -> None:
    assert prefers_day_first({"outlet": "eastmoor-gazette.co.uk"})
    assert prefers_day_first({"url": "https://www.example.de/politik/artikel"})
    assert not prefers_day_first({"outlet": "Hollin Valley News", "url": "https://x.example.com/a"})


def test_nested_record_fields() -> None:
    record = {"article": {"headline": "H", "body_text": "Body."},
              "meta": {"firstPublished": 1678205100, "lastModified": "2023-03-08",
                       "source": {"name": "Gazette", "id": "g1"}}}
    text, meta = map_record(record, {})
    assert text == "Body."
    assert meta == {"title": "H", "published": "1678205100", "outlet": "Gazette"}


def test_unfamiliar_column_names() -> None:
    record = {"Story Title": "T", "Full Story": "Body.", "Date Published (UTC)": "2023-01-15",
              "Last Updated": "2023-01-16", "Writer": "Ann Lee", "Publication": "Review"}
    text, meta = map_record(record, {})
    assert text == "Body."
    assert meta == {"title": "T", "published": "2023-01-15", "outlet": "Review",
                    "authors": ["Ann Lee"]}


def test_a_free_form_date_is_read_as_english_without_trying_every_locale(monkeypatch) -> None:
    # dateparser left to detect the language compiles its 200 locales first (2 CPU-seconds a
    # run); the text is English to every other stage, and so it is here
    import dateparser

    asked: list[object] = []
    real = dateparser.parse

    def spy(text, *args, **kwargs):
        asked.append(kwargs.get("languages"))
        return real(text, *args, **kwargs)

    monkeypatch.setattr(dateparser, "parse", spy)
    parsed = parse_date("Saturday 5th of March, in the year 2005")
    assert asked == [["en"]]
    assert parsed is None or parsed.iso.startswith("2005-03")
    assert parse_date("le 5 mars 2005, Paris") is None  # not English: no date, not a guess
