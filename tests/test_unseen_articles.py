"""Unseen articles: ingest + clean must get title, date, body and boilerplate right.

tests/fixtures/unseen holds fictional articles in the shapes scrapers produce (several HTML CMS
layouts, plain-text scrapes, a nested JSONL dump, CSV exports with unfamiliar columns) and
expected.json says what must come out of each. The real-corpus checks below run only where
../shared holds the giveme5w1h and T17 data.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from dateline.clean import clean_document
from dateline.config import Options
from dateline.ingest import iter_documents
from dateline.model import Article, RawDocument, Rejection

UNSEEN = Path(__file__).parent / "fixtures" / "unseen"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GIVEME = SHARED / "eval" / "giveme5w1h" / "gold_standard" / "data"
T17 = SHARED / "eval" / "t17"
CASES: list[dict[str, Any]] = json.loads((UNSEEN / "expected.json").read_text("utf-8"))["cases"]
# a fixed "today": future_date_parade.html is dated 2041 and must stay "in the future" whenever
# the tests run
OPTIONS = Options(today="2026-01-15")


def _articles(path: Path) -> dict[str | None, Article | Rejection]:
    out: dict[str | None, Article | Rejection] = {}
    for unit in iter_documents([path], OPTIONS):
        out[unit.locator] = clean_document(unit, OPTIONS) \
            if isinstance(unit, RawDocument) else unit
    return out


_CACHE: dict[str, dict[str | None, Article | Rejection]] = {}


def _article(case: dict[str, Any]) -> Article:
    if case["file"] not in _CACHE:
        _CACHE[case["file"]] = _articles(UNSEEN / case["file"])
    unit = _CACHE[case["file"]].get(case.get("locator"))
    assert isinstance(unit, Article), f"{case['file']} {case.get('locator')}: {unit}"
    return unit


def _case_id(case: dict[str, Any]) -> str:
    return case["file"] + (f"[{case['locator']}]" if case.get("locator") else "")


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_metadata(case: dict[str, Any]) -> None:
    article = _article(case)
    assert article.title == case["title"]
    if case["published"] is None:
        assert article.published is None, article.published_evidence
    else:
        assert article.published is not None and article.published.startswith(case["published"])
        assert article.published_precision == case.get("precision", article.published_precision)
    if "authors" in case:
        assert sorted(article.authors) == sorted(case["authors"])
    for name in ("outlet", "wire", "dateline"):
        if name in case:
            assert getattr(article, name) == case[name], name


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_body_and_boilerplate(case: dict[str, Any]) -> None:
    article = _article(case)
    text = article.text
    openings = [case["first"]] + ([case["standfirst"]] if case.get("standfirst") else [])
    assert text.startswith(tuple(openings)), text[:200]
    assert case["first"] in text
    assert text.rstrip().endswith(case["last"]), text[-200:]
    for kept in case.get("kept", ()):
        assert kept in text
    missed = [item for item in case.get("gone", ()) if item in text]
    assert not missed, missed
    assert case["title"] not in text


# --- real corpora, as runtime checks -------------------------------------------------------------


def _giveme_files() -> list[Path]:
    return sorted(GIVEME.glob("*.json")) if GIVEME.is_dir() else []


@pytest.mark.skipif(not _giveme_files(), reason=f"giveme5w1h gold not found under {GIVEME}")
def test_giveme5w1h_news_please_json() -> None:
    """news-please JSON: every article keeps its title, its date and (nearly) all its body."""
    files = _giveme_files()
    failures: list[str] = []
    for path in files:
        record = json.loads(path.read_text("utf-8"))
        [unit] = list(iter_documents([path], Options()))
        if not isinstance(unit, RawDocument):
            failures.append(f"{path.name}: {unit}")
            continue
        article = clean_document(unit, Options())
        if article.title != re.sub(r"\s+", " ", record["title"]).strip():
            failures.append(f"{path.name}: title {article.title!r}")
        date = str(record.get("date_publish") or "None")  # news-please writes "None"
        if date != "None" and not (article.published or "").startswith(date[:10]):
            failures.append(f"{path.name}: published {article.published!r}")
        body = record.get("maintext") or record.get("text") or ""
        words = len(body.split())
        if len(article.text.split()) < 0.9 * words:
            failures.append(f"{path.name}: body {len(article.text.split())}/{words} words")
    assert len(failures) <= len(files) // 20, failures


# Site furniture that several T17 outlets print around every story.
T17_BOILERPLATE = re.compile(
    r"Your browser 's settings may be preventing|Share this on|Follow @|Sign up for|"
    r"All rights reserved|Click here to|Read more :|Advertisement\s*$", re.MULTILINE)


def _t17_files() -> list[Path]:
    if not T17.is_dir():
        return []
    files = sorted(T17.glob("*/InputDocs/*/*.htm.txt"))
    return files[:: max(1, len(files) // 200)]  # a spread sample keeps the test fast


@pytest.mark.skipif(not _t17_files(), reason=f"T17 raw documents not found under {T17}")
def test_t17_site_boilerplate_removed() -> None:
    """Tokenised pages from many sites: cleaning keeps a body and drops their furniture lines."""
    files = _t17_files()
    dirty: list[str] = []
    empty = 0
    for path in files:
        text = path.read_text("utf-8", errors="replace")
        if len(text.split()) < 80:
            continue
        try:
            article = clean_document(RawDocument(str(path), "text", raw=text, text=text),
                                     Options())
        except Exception:  # noqa: BLE001 - counted, not raised: the share is what is tested
            empty += 1
            continue
        if T17_BOILERPLATE.search(article.text):
            dirty.append(path.name)
    assert empty <= len(files) // 20
    assert len(dirty) <= len(files) // 10, dirty[:20]
