"""The helpers behind the readers: decoding, sniffing, column mapping."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.errors import InputError
from dateline.ingest.decode import binary_reason, decode_bytes, normalize_newlines
from dateline.ingest.fields import map_record, resolve_columns, split_authors
from dateline.ingest.html import fragment_to_text
from dateline.ingest.sniff import choose_format


@pytest.mark.parametrize("text, encoding", [
    ("Le café est fermé. Les élèves sont à l'école.", "latin-1"),
    ("He said “no” – twice, in Zürich.", "cp1252"),
    ("Москва заявила, что войска отходят от Киева.", "cp1251"),
    ("Flood in Kraków: “we lost everything”", "utf-8"),
])
def test_decode_bytes_recovers_the_text(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)) == text


def test_decode_rejects_binary_with_e002() -> None:
    with pytest.raises(InputError) as caught:
        decode_bytes(b"\x01\x02\x03\x04 header \x05\x06\x07\x08" * 20)
    assert caught.value.code == "E002"
    assert binary_reason(b"plain text\n\twith a tab\r\n") is None


def test_normalize_newlines_changes_nothing_else() -> None:
    assert normalize_newlines("a\r\nb\rc\n“d”\u2028") == "a\nb\nc\n“d”\u2028"


@pytest.mark.parametrize("name, head, expected", [
    ("a.txt", b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    ("a.txt", b"{Editor's note: this story was updated.}\nMore text", "text"),
    ("a.txt", b"[Updated 10:00] The river rose again.", "text"),
    ("export", b'{"title": "x", "body": "y"}\n{"title": "z"}\n', "jsonl"),
    ("a.json", b'[\n  {"title": "x"}\n]', "json"),
    ("a.json", b'{\n  "title": "x"\n}', "json"),
    ("a.json", b'{"title": "x"}\n{"title": "y"}\n', "jsonl"),
    ("a.xml", b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', "feed"),
    ("a.html", b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
    ("a.xml", b'<?xml version="1.0"?>\n<html><body>', "html"),
    ("a.csv", b'{"looks": "like json"}', "csv"),
    ("dump", b"id\theadline\tbody\n1\tx\ty\n", "tsv"),
    ("notes", b"Just some notes, nothing more.\n", "text"),
])
def test_choose_format(name: str, head: bytes, expected: str) -> None:
    assert choose_format(Path(name), head) == expected


@pytest.mark.parametrize("value, expected", [
    ("By Ines Calder and Rafe Okoro", ["Ines Calder", "Rafe Okoro"]),
    ("Sol Ferreira, Dana Wu; Li Na", ["Sol Ferreira", "Dana Wu", "Li Na"]),
    ([{"name": "Ines Calder"}, "Rafe Okoro"], ["Ines Calder", "Rafe Okoro"]),
    ("Alexander Anderson", ["Alexander Anderson"]),
    (None, []),
])
def test_split_authors(value: object, expected: list[str]) -> None:
    assert split_authors(value) == expected


def test_resolve_columns_is_case_and_separator_insensitive() -> None:
    chosen = resolve_columns(["HEADLINE", "Publish Date", "Story", "Description", "Site"], {})
    assert chosen == {"title": "HEADLINE", "text": "Story", "summary": "Description",
                      "published": "Publish Date", "outlet": "Site"}


def test_map_record_prefers_body_over_description_and_keeps_characters() -> None:
    record = {"description": "Teaser.", "content": "Body “quoted”.\r\nMore."}
    text, meta = map_record(record, {})
    assert text == "Body “quoted”.\nMore." and meta == {}
    text, _ = map_record({"description": "Teaser only.", "content": ""}, {})
    assert text == "Teaser only."


def test_fragment_to_text_paragraphs() -> None:
    html = "<div><h2>Head</h2><p>One &amp; two.</p><p>Line<br>break</p><script>x()</script></div>"
    assert fragment_to_text(html) == "Head\n\nOne & two.\n\nLine\nbreak"
