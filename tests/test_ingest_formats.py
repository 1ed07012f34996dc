"""Each reader on a small hand-written fixture, through the public iter_documents."""

from __future__ import annotations

import json
from pathlib import Path

from dateline.config import Options
from dateline.dedup.fingerprint import raw_hash
from dateline.ingest import iter_documents
from dateline.model import RawDocument, Rejection

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def units(*names: str, options: Options | None = None) -> list[RawDocument | Rejection]:
    return list(iter_documents([FIXTURES / name for name in names], options or Options()))


def docs(items: list[RawDocument | Rejection]) -> list[RawDocument]:
    return [item for item in items if isinstance(item, RawDocument)]


def rejections(items: list[RawDocument | Rejection]) -> list[Rejection]:
    return [item for item in items if isinstance(item, Rejection)]


def test_html_body_without_navigation_ads_or_footer() -> None:
    [doc] = units("flood.html")
    assert isinstance(doc, RawDocument) and doc.format == "html" and doc.locator is None
    assert "About 400 residents were evacuated" in doc.text
    # characters kept as written: curly quotes and apostrophes are not normalized
    assert "“By six o’clock the street was a river.”" in doc.text
    for boilerplate in ("Daily Digest", "Sport scores", "Zappo", "Most read", "cycle lanes",
                        "Copyright", "Cookie"):
        assert boilerplate not in doc.text
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) >= 5 and all(p.strip() and "\n" not in p for p in paragraphs)
    assert doc.meta["title"] == "River Orne bursts its banks, forcing 400 from their homes"
    assert doc.meta["published"] == "2023-11-14T07:45:00+00:00"
    assert doc.meta["outlet"] == "The Valley Courier"
    assert doc.meta["url"] == "https://valleycourier.example/news/2023/11/14/orne-flood"
    assert doc.meta["authors"] == ["Maren Holt"]
    assert doc.raw.startswith("<!DOCTYPE html>") and doc.raw_hash == raw_hash(doc.raw)


def test_jsonl_headline_body_publish_date() -> None:
    first, second = units("election.jsonl")
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert (first.format, first.locator, second.locator) == ("jsonl", "line 1", "line 2")
    assert first.meta == {
        "title": "Turnout tops 70 percent in Marrowby mayoral vote",
        "published": "2024-05-13",
        "url": "https://marrowby-post.example/vote",
        "outlet": "Marrowby Post",
        "authors": ["Ines Calder", "Rafe Okoro"],
    }
    assert first.text.endswith("Incumbent mayor Teodor Valk conceded shortly after midnight.")
    assert json.loads(first.raw)["headline"] == first.meta["title"]
    assert first.raw_hash == raw_hash(first.raw)
    # nested {"source": {"name": ...}} and an HTML-valued body turned into paragraphs
    assert second.meta["outlet"] == "Marrowby Post"
    assert second.text == ("A recount has been ordered in the east ward after the margin fell "
                           "below 40 votes.\n\nThe electoral office said the recount would "
                           "begin on Wednesday.")


def test_jsonl_other_columns_malformed_line_and_missing_text() -> None:
    items = units("river.ndjson")
    assert [(type(i).__name__, i.locator) for i in items] == [
        ("RawDocument", "line 1"), ("Rejection", "line 2"), ("Rejection", "line 3"),
        ("RawDocument", "line 5")]
    bridge, ferry = docs(items)
    assert bridge.meta["published"] == "Thu, 16 Nov 2023 14:02:00 GMT"
    assert bridge.meta["outlet"] == "Riverwatch"
    assert bridge.meta["url"] == "https://riverwatch.example/fenwick"
    assert bridge.meta["authors"] == ["Sol Ferreira", "Dana Wu"]
    assert bridge.text.startswith("Engineers closed the Fenwick bridge")
    # a description is the text only when there is nothing better
    assert ferry.text == "The Fenwick ferry resumed service on Saturday as the river fell."
    assert ferry.meta["published"] == "1700300000"
    malformed, no_text = rejections(items)
    assert malformed.code == "E005" and malformed.reason.startswith("Malformed JSON")
    assert no_text.code == "E006" and "Title" in no_text.reason


def test_csv_title_story_date_link_with_empty_story() -> None:
    items = units("council.csv")
    assert [(type(i).__name__, i.locator) for i in items] == [
        ("RawDocument", "row 1"), ("Rejection", "row 2"), ("RawDocument", "row 3")]
    wall, claims = docs(items)
    assert wall.format == "csv"
    assert wall.text.endswith("once the agency signs off the design.")
    assert "\n\nWork is due to start" in wall.text
    # the outlet comes from the URL's domain when the row names none (issue 9)
    assert wall.meta == {"title": "Council backs flood defence plan", "published": "2023-11-21",
                         "url": "https://valleycourier.example/wall",
                         "outlet": "valleycourier.example", "hostname": "valleycourier.example"}
    assert json.loads(wall.raw)["Story"] == wall.text
    assert '"We want payments out before Christmas."' in claims.text
    assert rejections(items)[0].code == "E006"


def test_tsv() -> None:
    items = units("ballots.tsv")
    assert [d.locator for d in docs(items)] == ["row 1", "row 2"] and not rejections(items)
    assert items[1].meta == {"title": "Count delayed by power cut", "published": "2024-05-12",
                             "outlet": "Marrowby Post"}


def test_rss_entries_prefer_full_content_and_strip_html() -> None:
    first, second = units("feed.rss")
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert (first.format, first.locator, second.locator) == ("feed", "entry 1", "entry 2")
    assert first.text == ("The environment agency extended its severe flood warning to Lower "
                          "Ashby early on Wednesday.\n\nResidents of Mill Row were told to move "
                          "valuables upstairs & prepare to leave.")
    assert first.meta == {"title": "Severe flood warning extended to Lower Ashby",
                          "published": "Wed, 15 Nov 2023 06:30:00 +0000",
                          "url": "https://valleycourier.example/ashby-warning",
                          "outlet": "Valley Courier: Flood updates", "authors": ["Maren Holt"]}
    assert second.text.startswith("Trains between Ashby and Castleford Mill ran again")
    assert json.loads(first.raw)["title"] == first.meta["title"]


def test_atom_entry() -> None:
    [doc] = units("results.atom")
    assert isinstance(doc, RawDocument)
    assert doc.text == ("Lucia Ortega won the Marrowby mayoralty with 54 percent of the vote."
                        "\n\nShe takes office on June 1.")
    assert doc.meta["published"] == "2024-05-13T00:40:00+02:00"
    assert doc.meta["authors"] == ["Ines Calder", "Rafe Okoro"]
    assert doc.meta["outlet"] == "Marrowby Post Elections"


def test_broken_feed_is_e009() -> None:
    [rejection] = units("broken.rss")
    assert isinstance(rejection, Rejection) and rejection.code == "E009"


def test_latin1_text_is_decoded_and_newlines_normalized() -> None:
    [doc] = units("cafe_latin1.txt")
    assert isinstance(doc, RawDocument) and doc.format == "text" and doc.meta == {}
    assert doc.text.startswith("Flood closes café on the quay\n\n")
    assert "Café du Port" in doc.text and "élite" in doc.text
    assert "\r" not in doc.text and "also flooded.\nRepairs" in doc.text


def test_binary_and_empty_files() -> None:
    binary, empty = units("photo.bin", "empty.txt")
    assert isinstance(binary, Rejection) and binary.code == "E002" and "NUL" in binary.reason
    assert isinstance(empty, Rejection) and empty.code == "E001"


def test_file_over_max_bytes_is_rejected_but_batch_goes_on() -> None:
    items = units("flood.html", "ballots.tsv", options=Options(max_bytes=1000))
    assert isinstance(items[0], Rejection) and items[0].code == "E004"
    assert "2644 bytes" in items[0].reason or "over the limit of 1000" in items[0].reason
    assert [d.locator for d in docs(items)] == ["row 1", "row 2"]


def test_column_map_overrides_guessing(tmp_path: Path) -> None:
    record = {"Body": "Short teaser.", "FullStory": "The full story of the flood, at length.",
              "When": "2024-01-02", "headline": "Flood"}
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    [guessed] = iter_documents([path], Options())
    [mapped] = iter_documents([path], Options(column_map={"text": "fullstory", "date": "When"}))
    assert isinstance(guessed, RawDocument) and isinstance(mapped, RawDocument)
    assert guessed.text == "Short teaser." and "published" not in guessed.meta
    assert mapped.text == record["FullStory"] and mapped.meta["published"] == "2024-01-02"
    assert mapped.meta["title"] == "Flood"


def test_column_map_on_csv(tmp_path: Path) -> None:
    path = tmp_path / "dump.csv"
    path.write_text("Kop,Tekst,Datum\nStorm,De storm raakte de kust.,2024-02-01\n",
                    encoding="utf-8")
    [unmapped] = iter_documents([path], Options())
    assert isinstance(unmapped, Rejection) and unmapped.code == "E006"
    [doc] = iter_documents([path], Options(column_map={"text": "Tekst", "published": "Datum",
                                                       "title": "Kop"}))
    assert isinstance(doc, RawDocument)
    assert (doc.text, doc.meta["published"], doc.meta["title"]) == (
        "De storm raakte de kust.", "2024-02-01", "Storm")


def test_csv_with_doubled_quotes_and_multiline_cells(tmp_path):
    from dateline.config import Options
    from dateline.ingest import iter_documents

    path = tmp_path / "papers.csv"
    path.write_text('Title,Story,Date\n"Town floods","First line.\n\n""We lost it all,"" said '
                    'a shopkeeper, again.",16/03/2025\n"Second","Body two.",2025-03-16\n')
    units = list(iter_documents([path], Options()))
    assert [u.locator for u in units] == ["row 1", "row 2"]
    assert '"We lost it all," said a shopkeeper' in units[0].text
    assert units[0].meta["published"] == "16/03/2025"
