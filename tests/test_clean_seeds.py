"""Cleaning the real seed articles, checked against their gold metadata and boilerplate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.clean import clean_document
from dateline.config import Options
from dateline.model import RawDocument

SHARED = Path(__file__).parents[1].parent / "shared"


def _documents() -> list[tuple[str, dict]]:
    gold = SHARED / "eval" / "seeds-gold.json"
    if not gold.is_file():
        return []
    return list(json.loads(gold.read_text("utf-8"))["documents"].items())


@pytest.fixture(params=_documents() or [None], ids=lambda item: item[0] if item else "absent")
def seed(request):
    if request.param is None or not (SHARED / "seeds").is_dir():
        pytest.skip(f"seed articles or gold not found under {SHARED}")
    doc_id, gold = request.param
    text = (SHARED / "seeds" / f"{doc_id}.txt").read_text("utf-8")
    article = clean_document(RawDocument(doc_id, "text", raw=text, text=text), Options())
    return article, gold


def test_seed_body_kept(seed) -> None:
    article, gold = seed
    assert gold["body_starts"] in article.text
    assert gold["body_ends"] in article.text
    assert article.text.startswith(gold["body_starts"])


def test_seed_boilerplate_gone(seed) -> None:
    article, gold = seed
    for item in gold["boilerplate"] + [gold[k] for k in ("caption",) if gold.get(k)]:
        assert item not in article.text


def test_seed_metadata(seed) -> None:
    article, gold = seed
    assert article.title == gold["title"]
    assert article.dateline == gold["dateline"]
    assert set(article.authors) == set(gold["authors"])
    assert (article.published or "") [:16] == (gold["published"] or "")
