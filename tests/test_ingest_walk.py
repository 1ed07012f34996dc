"""Directory walks, format sniffing, limits, streaming and the shared seed articles."""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.config import Options
from dateline.dedup.fingerprint import raw_hash
from dateline.ingest import iter_documents
from dateline.ingest.jsonl import read_jsonl
from dateline.model import RawDocument, Rejection

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"

STORY = ("Rescue teams reached the last cut-off farms in the upper valley on Thursday, "
         "the county fire service said, ending a three-day operation.")


@pytest.fixture()
def mixed(tmp_path: Path) -> Path:
    """A folder mixing every format, misleading extensions, hidden files and junk."""
    for name in ("flood.html", "election.jsonl", "council.csv", "ballots.tsv", "feed.rss",
                 "results.atom", "cafe_latin1.txt", "photo.bin", "empty.txt"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    shutil.copy(FIXTURES / "flood.html", tmp_path / "sub" / "saved_page.txt")
    shutil.copy(FIXTURES / "election.jsonl", tmp_path / "sub" / "export")
    shutil.copy(FIXTURES / "feed.rss", tmp_path / "sub" / "deeper" / "feed.xml")
    (tmp_path / "sub" / "list.json").write_text(json.dumps(
        [{"title": "One", "text": STORY}, {"title": "Two", "text": STORY + " Again."}]))
    (tmp_path / "sub" / "api.json").write_text(json.dumps(
        {"status": "ok", "articles": [{"source": {"id": None, "name": "Dale Gazette"},
                                       "publishedAt": "2024-03-01T10:00:00Z",
                                       "content": STORY}]}, indent=2))
    (tmp_path / "sub" / "single.json").write_text(json.dumps({"body": STORY}, indent=2))
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << >> endobj\n")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1" * 10)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "secret.txt").write_text(STORY)
    (tmp_path / "notes.txt~").write_text(STORY)
    return tmp_path


def test_directory_walk_mixes_every_format(mixed: Path) -> None:
    items = list(iter_documents([mixed], Options()))
    names = [str(Path(i.source_path).relative_to(mixed)) for i in items]
    assert not any(".hidden" in n or "DS_Store" in n or n.endswith("~") for n in names)
    assert names == sorted(names, key=lambda n: Path(n).parts)  # sorted walk, stable order
    by_file: dict[str, list[str]] = {}
    for name, item in zip(names, items):
        by_file.setdefault(name, []).append(
            item.format if isinstance(item, RawDocument) else item.code)
    assert by_file == {
        "ballots.tsv": ["csv", "csv"],
        "cafe_latin1.txt": ["text"],
        "council.csv": ["csv", "E006", "csv"],
        "election.jsonl": ["jsonl", "jsonl"],
        "empty.txt": ["E001"],
        "feed.rss": ["feed", "feed"],
        "flood.html": ["html"],
        "photo.bin": ["E002"],
        "report.pdf": ["E008"],
        "results.atom": ["feed"],
        "sub/api.json": ["jsonl"],
        "sub/deeper/feed.xml": ["feed", "feed"],
        "sub/export": ["jsonl", "jsonl"],
        "sub/list.json": ["jsonl", "jsonl"],
        "sub/saved_page.txt": ["html"],
        "sub/single.json": ["jsonl"],
    }
    api = next(i for i in items if i.source_path.endswith("api.json"))
    assert isinstance(api, RawDocument)
    assert api.meta["outlet"] == "Dale Gazette" and api.meta["published"].startswith("2024-03-01")
    listed = [i for i in items if i.source_path.endswith("list.json")]
    assert [i.locator for i in listed] == ["entry 1", "entry 2"]


def test_missing_path_is_rejected_and_walk_goes_on(tmp_path: Path) -> None:
    items = list(iter_documents([tmp_path / "nope", FIXTURES / "results.atom"], Options()))
    assert isinstance(items[0], Rejection) and items[0].code == "E013"
    assert isinstance(items[1], RawDocument)


def test_undecodable_bytes_are_e003(tmp_path: Path) -> None:
    rng = random.Random(7)
    path = tmp_path / "garbled.txt"
    path.write_bytes(bytes(rng.choice(list(range(0x80, 0x100)) + [0x20] * 5)
                           for _ in range(2000)))
    [rejection] = iter_documents([path], Options())
    assert isinstance(rejection, Rejection) and rejection.code == "E003"


def test_utf8_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfKharkiv \xe2\x80\x94 shelling\r\nsecond line\rthird\r\n")
    [doc] = iter_documents([path], Options())
    assert isinstance(doc, RawDocument)
    assert doc.text == "Kharkiv \u2014 shelling\nsecond line\nthird\n" and doc.raw == doc.text


def test_navigation_only_page_is_e007(tmp_path: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_text("<html><head><title>Home</title></head><body><nav><ul>"
                    "<li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
                    "<footer>Copyright 2024</footer></body></html>")
    [rejection] = iter_documents([path], Options())
    assert isinstance(rejection, Rejection) and rejection.code == "E007"


def test_html_dates_are_never_invented_or_in_the_future(tmp_path: Path) -> None:
    body = f"<article><h1>Clean-up</h1><p>{STORY}</p><p>{STORY}</p></article>"
    undated = tmp_path / "undated.html"
    undated.write_text(f"<html><head><title>Clean-up</title></head><body>{body}"
                       "<footer>Updated today. Copyright 2019-2099 Example Media.</footer>"
                       "</body></html>")
    future = tmp_path / "future.html"
    future.write_text("<html><head><title>Clean-up</title><meta property="
                      "'article:published_time' content='2999-01-01T00:00:00Z'></head>"
                      f"<body>{body}</body></html>")
    for doc in iter_documents([undated, future], Options()):
        assert isinstance(doc, RawDocument) and STORY in doc.text
        assert "published" not in doc.meta


def test_jsonl_is_read_lazily() -> None:
    pulled = []

    def lines() -> Iterator[str]:
        for number in range(1, 10_000):
            pulled.append(number)
            yield json.dumps({"text": f"{STORY} {number}"}) + "\n"

    reader = read_jsonl("big.jsonl", lines(), {})
    first = next(reader)
    assert isinstance(first, RawDocument) and first.locator == "line 1"
    assert len(pulled) == 1


def test_csv_fields_larger_than_the_stdlib_limit(tmp_path: Path) -> None:
    story = (STORY + " ") * 2000  # about 290 KB, over csv's default 128 KB field limit
    path = tmp_path / "long.csv"
    path.write_text('title,text\nLong,"' + story + '"\n', encoding="utf-8")
    [doc] = iter_documents([path], Options())
    assert isinstance(doc, RawDocument) and doc.text == story


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"shared seed articles not found at {SEEDS}")
def test_seed_articles_come_through_whole() -> None:
    paths = sorted(SEEDS.glob("*.txt"))
    assert len(paths) >= 4
    items = list(iter_documents(paths, Options()))
    assert len(items) == len(paths)
    for path, doc in zip(paths, items):
        assert isinstance(doc, RawDocument) and doc.format == "text"
        expected = path.read_text(encoding="utf-8").replace("\r\n", "\n")
        assert doc.text == expected and doc.raw == expected
        assert doc.source_path == str(path) and doc.raw_hash == raw_hash(expected)
