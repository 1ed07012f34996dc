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


def _event_parity(root, documents) -> set[int]:
    """The parities of the news_cluster EventIds of the documents."""
    found = set()
    for doc in documents.values():
        cluster = json.loads((root / doc["path"]).read_text("utf-8"))["newsCluster"]
        cluster = ast.literal_eval(cluster) if isinstance(cluster, str) else cluster
        found.add(int(cluster["EventId"]) % 2)
    return found


@pytest.mark.slow
@pytest.mark.parametrize("name, count, domains, earlier, parities", [
    ("unseen-dev2.json", 12, 8, ("unseen-dev.json",), {0, 1}),
    ("unseen-dev3.json", 14, 6, ("unseen-dev.json", "unseen-dev2.json"), {0}),
])
def test_a_later_dev_gold_is_valid_and_shares_no_article_with_the_earlier_halves(
        name, count, domains, earlier, parities):
    root = shared_eval_root()
    if root is None:
        pytest.skip("../shared/eval not found beside the checkout")
    path = DEFAULT_GOLD.with_name(name)
    assert validate_gold(path, root) == []
    documents = json.loads(path.read_text("utf-8"))["documents"]
    before = {key for other in earlier
              for key in json.loads(DEFAULT_GOLD.with_name(other).read_text("utf-8"))["documents"]}
    assert len(documents) == count and not set(documents) & before
    assert len({d["domain"] for d in documents.values()}) >= domains
    # dev3 keeps to the dev half's even EventIds; dev2 was drawn from both
    assert _event_parity(root, documents) <= parities
