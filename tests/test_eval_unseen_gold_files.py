"""The real unseen gold files: valid, well chosen, and the dev halves apart from each other."""

from __future__ import annotations

import ast
import json
from collections import Counter

import pytest

from dateline.eval.unseen import DEFAULT_GOLD, shared_eval_root
from dateline.eval.unseen_validate import validate_gold


@pytest.mark.slow
def test_the_dev_gold_is_valid_and_well_chosen():
    root = shared_eval_root()
    if root is None:
        pytest.skip("../shared/eval not found beside the checkout")
    assert validate_gold(DEFAULT_GOLD, root) == []
    gold = json.loads(DEFAULT_GOLD.read_text("utf-8"))
    assert "FROZEN" in gold["about"]
    documents = gold["documents"]
    assert len(documents) == 20
    assert len({d["domain"] for d in documents.values()}) >= 6
    assert len({d["story_type"] for d in documents.values()}) >= 4
    events = Counter()
    for doc in documents.values():
        data = json.loads((root / doc["path"]).read_text("utf-8"))
        cluster = data["newsCluster"]
        cluster = ast.literal_eval(cluster) if isinstance(cluster, str) else cluster
        events[int(cluster["EventId"])] += 1
        assert 250 <= len(data["text"].split()) <= 1000
    assert all(event_id % 2 == 0 for event_id in events) and max(events.values()) <= 2


@pytest.mark.slow
def test_the_second_dev_gold_is_valid_and_shares_no_article_with_the_first():
    root = shared_eval_root()
    if root is None:
        pytest.skip("../shared/eval not found beside the checkout")
    second = DEFAULT_GOLD.with_name("unseen-dev2.json")
    assert validate_gold(second, root) == []
    documents = json.loads(second.read_text("utf-8"))["documents"]
    first = json.loads(DEFAULT_GOLD.read_text("utf-8"))["documents"]
    assert len(documents) == 12 and not set(documents) & set(first)
    assert len({d["domain"] for d in documents.values()}) >= 8


@pytest.mark.slow
def test_the_third_dev_gold_is_valid_and_shares_no_article_with_the_other_dev_halves():
    root = shared_eval_root()
    if root is None:
        pytest.skip("../shared/eval not found beside the checkout")
    third = DEFAULT_GOLD.with_name("unseen-dev3.json")
    assert validate_gold(third, root) == []
    documents = json.loads(third.read_text("utf-8"))["documents"]
    first = json.loads(DEFAULT_GOLD.read_text("utf-8"))["documents"]
    second = json.loads(DEFAULT_GOLD.with_name("unseen-dev2.json").read_text("utf-8"))["documents"]
    assert len(documents) == 14
    assert not set(documents) & (set(first) | set(second))
    assert len({d["domain"] for d in documents.values()}) >= 6
    for doc in documents.values():
        data = json.loads((root / doc["path"]).read_text("utf-8"))
        cluster = data["newsCluster"]
        cluster = ast.literal_eval(cluster) if isinstance(cluster, str) else cluster
        assert int(cluster["EventId"]) % 2 == 0
