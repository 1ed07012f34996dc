"""Metadata read by cleaning: title, dates, bylines, wire, outlet, dateline."""

from __future__ import annotations

from dateline.clean import clean_document
from dateline.clean.dates import parse_date
from dateline.config import Options
from dateline.dedup.fingerprint import article_id
from dateline.model import RawDocument

BODY_1 = "The river flooded the lower town of Brindle on Tuesday, officials said."
BODY_2 = "Rescue crews moved 300 residents to the school gym before nightfall."


def clean(text: str, fmt: str = "text", **meta: object):
    raw = RawDocument("fake.txt", fmt, raw=text, text=text, locator="row 3", meta=meta)
    return clean_document(raw, Options())


def test_published_line_gives_minute_precision() -> None:
    article = clean(f"Floods hit Brindle\n\nPublished: Tue 8 Mar 2022, 7:15 AM\n\n{BODY_1}")
    assert article.published == "2022-03-08T07:15"
    assert article.published_precision == "minute"
    assert article.published_evidence == "Published: Tue 8 Mar 2022, 7:15 AM"
    assert "Published" not in article.text


def test_date_marker_with_title_on_same_line() -> None:
    article = clean(f" date 2022-03-08 Floods hit Brindle\n\n{BODY_1}\n\n{BODY_2}")
    assert article.title == "Floods hit Brindle"
    assert (article.published, article.published_precision) == ("2022-03-08", "day")
    assert article.published_evidence == "date 2022-03-08"
    assert article.text.startswith(BODY_1)


def test_date_marker_followed_by_body_sentence_means_no_title() -> None:
    article = clean(f" date 2022-03-08 {BODY_1}\n\n{BODY_2}")
    assert article.title is None
    assert article.text.startswith(BODY_1)


def test_unparseable_meta_date_keeps_article_without_date() -> None:
    article = clean(BODY_1, fmt="jsonl", published="sometime last spring")
    assert article.published is None and article.published_precision is None
    assert "sometime last spring" in (article.published_evidence or "")


def test_meta_fields_win() -> None:
    article = clean(f"By Ana Lee\n\n{BODY_1}", fmt="jsonl", title="Meta title",
                    published="2022-03-08T09:30:00Z", url="https://example.org/a",
                    outlet="Valley Courier", authors=["Kim Otto"])
    assert article.title == "Meta title"
    assert article.published == "2022-03-08T09:30"
    assert article.outlet == "Valley Courier" and article.url == "https://example.org/a"
    assert article.authors == ("Kim Otto",)
    assert (article.locator, article.format, article.source_path) == ("row 3", "jsonl", "fake.txt")


def test_byline_authors_and_wire() -> None:
    article = clean(f"Floods hit Brindle\n\nBy Ana Lee and Tom Reed, Reuters\n\n{BODY_1}")
    assert article.authors == ("Ana Lee", "Tom Reed")
    assert article.wire == "Reuters"
    assert article.text == BODY_1


def test_agency_byline_is_a_wire_not_an_author() -> None:
    article = clean(f"Floods hit Brindle\n\nBy Associated Press\n\n{BODY_1}")
    assert article.authors == ()
    assert article.wire == "Associated Press"


def test_bare_author_line_before_reading_time() -> None:
    article = clean(f"Floods hit Brindle\n\nMarta Kovacs\n·3 min read\n\n{BODY_1}")
    assert article.authors == ("Marta Kovacs",)
    assert "Marta" not in article.text


def test_dateline_extracted_and_body_starts_after_dash() -> None:
    article = clean(f"Floods hit Brindle\n\nBRINDLE, Norland — {BODY_1}\n\n{BODY_2}")
    assert article.dateline == "BRINDLE, Norland"
    assert article.text.startswith(BODY_1)
    assert article.id == article_id(article.text)


def test_dateline_with_agency_gives_wire() -> None:
    article = clean(f"Floods hit Brindle\n\nOSLO, March 8 (AFP) - {BODY_1}")
    assert article.dateline == "OSLO"
    assert article.wire == "AFP"


def test_agency_staff_at_scene_marks_wire() -> None:
    article = clean(f"{BODY_1}\n\nAP reporters saw water up to the rooftops in the old quarter.")
    assert article.wire == "Associated Press"


def test_origin_line_gives_outlet() -> None:
    article = clean(f"{BODY_1}\n\n{BODY_2}\n\nThis story originally appeared in Valley Courier.")
    assert article.outlet == "Valley Courier"
    assert "Valley Courier" not in article.text


def test_nothing_invented_when_absent() -> None:
    article = clean(f"{BODY_1}\n\n{BODY_2}\n\nThe Times staff said little, according to Reuters.")
    assert (article.title, article.published, article.outlet, article.wire, article.dateline) \
        == (None, None, None, None, None)
    assert article.authors == ()


def test_parse_date_rejects_junk_and_relative_words() -> None:
    for value in ("today", "2 hours ago", "Posted", "Friday", "banana 12", ""):
        assert parse_date(value) is None
    assert parse_date("Feb 25, 2022").iso == "2022-02-25"
    assert parse_date("Updated: 25 February 2022 14:05").iso == "2022-02-25T14:05"


def test_month_and_year_gives_month_precision() -> None:
    parsed = parse_date("March 2022")
    assert parsed is not None and (parsed.iso, parsed.precision) == ("2022-03", "month")
    assert parse_date("Mayday 2022") is None


def test_outlet_line_is_not_an_author() -> None:
    article = clean(f"Floods hit Brindle\n\nValley Daily Times\n·3 min read\n\n{BODY_1}")
    assert article.authors == ()
    assert "Valley Daily Times" not in article.text


def test_outlet_from_domain_through_the_table_else_the_domain() -> None:
    from dateline.clean.metadata import outlet_for

    assert outlet_for("www.dailymail.co.uk", None) == "Daily Mail"
    assert outlet_for(None, "https://uk.reuters.com/article/x") == "Reuters"
    assert outlet_for(None, "https://news.brindle-echo.co.uk/a/1") == "brindle-echo.co.uk"
    assert outlet_for("Valley Courier", "https://x.example.org/a") == "Valley Courier"
    assert outlet_for(None, None) is None


def test_dump_row_outlet_and_byline_fields() -> None:
    from dateline.ingest.fields import map_record

    body = f"{BODY_1} {BODY_2}" * 3
    _, meta = map_record({"maintext": body, "url": "https://www.brindle-echo.co.uk/n/1",
                          "byline": "By JANE DOE and Tom Reed | Reuters"}, {})
    assert meta["outlet"] == "brindle-echo.co.uk" and meta["hostname"].endswith("co.uk")
    assert meta["authors"] == ["Jane Doe", "Tom Reed"]
    _, meta = map_record({"text": body, "source_domain": "www.nytimes.com",
                          "authors": ["Kim Otto", "Staff Reporter", "https://x.example/kim"]}, {})
    assert meta["outlet"] == "The New York Times" and meta["authors"] == ["Kim Otto"]
    _, meta = map_record({"text": body, "authors": '["Ana Lee"]'}, {})
    assert meta["authors"] == ["Ana Lee"]


def test_dump_authors_reach_the_article() -> None:
    article = clean(BODY_1, fmt="jsonl", authors=["Kim Otto"], outlet="Daily Mail")
    assert article.authors == ("Kim Otto",) and article.outlet == "Daily Mail"
