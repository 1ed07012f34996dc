"""Shared reporting in the store: the incremental step, the sentence index, the seed gold."""

from __future__ import annotations

import dataclasses
import json

import pytest

from dateline.dedup.fingerprint import article_id
from dateline.fuse.reporting_step import find_shared_reporting
from dateline.model import Article, SharedSentence
from dateline.store import reporting
from dateline.store.sqlite import SQLiteStore

WIRE = ("Russia’s military said it had seized a strategic airport near Kyiv, which would allow "
        "it to rapidly build up forces to take the capital. It said it had already cut off the "
        "city from the west, the direction in which many of those escaping were heading.")
OUTLET = ("Kyiv braced for an assault on Friday. Russia's military said it had seized a "
          "strategic airport outside Kyiv, allowing it to quickly build up forces to take the "
          "capital. Lines of cars snaked toward the Polish border as night fell over the city.")
REWRITE = ("Officials met in Brussels to discuss sanctions. The military of Russia said it had "
           "seized a strategic airport near Kyiv, which would allow it to build up forces "
           "rapidly and take the capital. It claimed to have already cut the city off from the "
           "west, the direction in which many of those escaping were heading.")
UNRELATED = ("The central bank raised interest rates by half a point on Thursday to curb "
             "inflation, its governor announced. Markets in Frankfurt and Paris fell sharply "
             "after the decision was published in the morning.")
TEXTS = (WIRE, OUTLET, REWRITE, UNRELATED)


def _article(text: str, **kw) -> Article:
    return Article(id=article_id(text), text=text, source_path=f"{article_id(text)}.txt", **kw)


def _store(tmp_path, name: str, texts=TEXTS, **kw) -> SQLiteStore:
    store = SQLiteStore(tmp_path / name)
    with store.transaction():
        for text in texts:
            store.add_article(_article(text, **kw))
    return store


def _all_pairs(store: SQLiteStore) -> list[SharedSentence]:
    return sorted({p for text in TEXTS for p in reporting.pairs_for(store, article_id(text))},
                  key=dataclasses.astuple)


def test_one_by_one_equals_all_at_once(tmp_path):
    ids = [article_id(t) for t in TEXTS]
    with _store(tmp_path, "all.db") as store:
        assert find_shared_reporting(store, ids) > 0
        at_once = _all_pairs(store)
    for i, one_id in enumerate(ids):  # a fresh process per article: nothing held in memory
        with SQLiteStore(tmp_path / "one.db") as store:
            if i == 0:
                with store.transaction():
                    for text in TEXTS:
                        store.add_article(_article(text))
            find_shared_reporting(store, [one_id])
    with SQLiteStore(tmp_path / "one.db") as store:
        assert _all_pairs(store) == at_once
    assert len({(p.a_id, p.b_id) for p in at_once}) == 3  # wire, outlet and rewrite, pairwise


def test_pairs_point_at_the_sentences_and_the_earlier_article_comes_first(tmp_path):
    with _store(tmp_path, "s.db") as store:
        find_shared_reporting(store, [article_id(OUTLET), article_id(WIRE)])
        pairs = reporting.pairs_for(store, article_id(WIRE))
    assert len(pairs) == 1
    (pair,) = pairs
    assert pair.a_id == article_id(OUTLET)  # indexed first, no publication dates
    assert OUTLET[pair.a_start:pair.a_end].startswith("Russia's military said")
    assert WIRE[pair.b_start:pair.b_end].endswith("to take the capital.")


def test_publication_date_decides_which_article_is_earlier(tmp_path):
    with SQLiteStore(tmp_path / "s.db") as store:
        with store.transaction():
            store.add_article(_article(OUTLET, published="2022-02-26"))
            store.add_article(_article(WIRE, published="2022-02-25"))
        find_shared_reporting(store, [article_id(OUTLET), article_id(WIRE)])
        (pair,) = reporting.pairs_for(store, article_id(OUTLET))
    assert pair.a_id == article_id(WIRE)


def test_shared_counts_count_this_articles_sentences(tmp_path):
    with _store(tmp_path, "s.db") as store:
        find_shared_reporting(store, [article_id(t) for t in TEXTS])
        counts = reporting.shared_counts(store, article_id(WIRE))
        assert counts == [{"id": article_id(REWRITE), "sentences": 2},
                          {"id": article_id(OUTLET), "sentences": 1}]
        assert reporting.shared_counts(store, article_id(UNRELATED)) == []


def test_running_again_finds_nothing_new(tmp_path):
    ids = [article_id(t) for t in TEXTS]
    with _store(tmp_path, "s.db") as store:
        reporting.ensure(store)
        assert reporting.unindexed_ids(store) == ids
        first = find_shared_reporting(store, ids[:2])
        assert reporting.unindexed_ids(store) == ids[2:]
        first += find_shared_reporting(store, reporting.unindexed_ids(store))
        assert find_shared_reporting(store, ids) == 0
        assert len(_all_pairs(store)) == first


def test_a_dropped_article_leaves_no_pairs_and_no_index_rows(tmp_path):
    ids = [article_id(t) for t in TEXTS]
    with _store(tmp_path, "s.db") as store:
        find_shared_reporting(store, ids)
        with store.transaction():
            reporting.drop_reporting(store, article_id(REWRITE))
        assert reporting.pairs_for(store, article_id(REWRITE)) == []
        assert [c["id"] for c in reporting.shared_counts(store, article_id(WIRE))] == \
            [article_id(OUTLET)]
        left = store.conn.execute("SELECT COUNT(*) FROM reporting_bands b JOIN "
                                  "reporting_sentences s ON s.id = b.sentence_id WHERE "
                                  "s.article_id = ?", (article_id(REWRITE),)).fetchone()[0]
        orphans = store.conn.execute("SELECT COUNT(*) FROM reporting_bands WHERE sentence_id "
                                     "NOT IN (SELECT id FROM reporting_sentences)").fetchone()[0]
        assert left == 0 and orphans == 0
        assert find_shared_reporting(store, [article_id(REWRITE)]) > 0  # and it can come back


def test_duplicates_are_left_to_dedup(tmp_path):
    copy = WIRE.replace("Kyiv", "Kyiv,", 1)
    with SQLiteStore(tmp_path / "s.db") as store:
        with store.transaction():
            store.add_article(_article(WIRE))
            store.add_article(_article(copy, duplicate_of=article_id(WIRE)))
        assert find_shared_reporting(store, [article_id(WIRE), article_id(copy)]) == 0


def test_a_full_bucket_is_skipped_and_no_longer_grows(tmp_path, monkeypatch):
    monkeypatch.setattr(reporting, "BUCKET_CAP", 2)
    stock = "This story will be updated as more information from the region becomes available."
    texts = [f"Item {n} was reported from village number {n} today. {stock}" for n in range(5)]
    with SQLiteStore(tmp_path / "s.db") as store:
        with store.transaction():
            for text in texts:
                store.add_article(_article(text))
        found = find_shared_reporting(store, [article_id(t) for t in texts])
        biggest = store.conn.execute("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM "
                                     "reporting_bands GROUP BY bucket)").fetchone()[0]
        dead = store.conn.execute("SELECT bucket FROM reporting_dead").fetchall()
        left = store.conn.execute(
            "SELECT COUNT(*) FROM reporting_bands WHERE bucket IN "
            "(SELECT bucket FROM reporting_dead)").fetchone()[0]
    assert (biggest or 0) <= 2  # never more than the cap: a bucket that would overflow dies
    assert dead and left == 0  # a dead bucket is recorded, and its members no longer read
    assert found == 1 + 2  # the 2nd article pairs with the 1st, the 3rd with both; then dead


def test_tables_are_rebuilt_when_the_version_changes(tmp_path, monkeypatch):
    with _store(tmp_path, "s.db") as store:
        find_shared_reporting(store, [article_id(t) for t in TEXTS])
        monkeypatch.setattr(reporting, "REPORTING_VERSION", reporting.REPORTING_VERSION + 1)
        reporting.ensure(store)
        assert _all_pairs(store) == []
        assert not reporting.is_indexed(store, article_id(WIRE))


def _holds(pair: SharedSentence, id_a: str, at_a: int, id_b: str, at_b: int) -> bool:
    sides = {pair.a_id: (pair.a_start, pair.a_end), pair.b_id: (pair.b_start, pair.b_end)}
    return set(sides) == {id_a, id_b} and sides[id_a][0] <= at_a < sides[id_a][1] and \
        sides[id_b][0] <= at_b < sides[id_b][1]


def test_seed_articles_share_the_gold_same_report_pairs(tmp_path, seeds_dir, gold_path):
    gold = json.loads(gold_path.read_text("utf-8"))["same_report"]
    texts = {p.stem: p.read_text("utf-8") for p in sorted(seeds_dir.glob("*.txt"))}
    with _store(tmp_path, "seeds.db", texts=list(texts.values())) as store:
        find_shared_reporting(store, [article_id(t) for t in texts.values()])
        for g in gold:
            (doc_a, ev_a), (doc_b, ev_b) = g["a"], g["b"]
            id_a, id_b = article_id(texts[doc_a]), article_id(texts[doc_b])
            at_a, at_b = texts[doc_a].index(ev_a), texts[doc_b].index(ev_b)
            assert any(_holds(p, id_a, at_a, id_b, at_b)
                       for p in reporting.pairs_for(store, id_a)), g


@pytest.mark.slow
def test_evaluation_meets_its_floors(gold_path, seeds_dir):
    from dateline.eval.reporting import NEWS_DIR, evaluate_shared_reporting

    if not NEWS_DIR.is_dir():
        pytest.skip(f"news_cluster articles not found at {NEWS_DIR}")
    scores = evaluate_shared_reporting(gold_path, seeds_dir)
    assert scores["seeds_recall"] == 1.0
    assert scores["labelled_pairs"] >= 100
    assert scores["pairs_precision"] >= 0.85 and scores["pairs_recall"] >= 0.8
    assert scores["store_precision"] >= 0.85 and scores["store_recall"] >= 0.8
    assert scores["found_precision"] >= 0.8


def test_an_articles_sentences_are_looked_up_together(tmp_path):
    # the bucket lookups of one article cost a fixed number of queries, however many sentences
    # it has: per-sentence round trips grew with every article on a large store
    long_text = " ".join([WIRE, OUTLET, REWRITE, UNRELATED] * 3)
    with _store(tmp_path, "a.db", texts=(WIRE, OUTLET, REWRITE, long_text)) as store:
        find_shared_reporting(store, [article_id(t) for t in (WIRE, OUTLET, REWRITE)])
        statements: list[str] = []
        store.conn.set_trace_callback(statements.append)
        find_shared_reporting(store, [article_id(long_text)])
        store.conn.set_trace_callback(None)
        lookups = [s for s in statements if "FROM reporting_bands WHERE bucket IN" in s]
        assert len(lookups) == 1
        # and it finds what a lookup sentence by sentence finds
        assert {(p.a_id, p.b_id) for p in reporting.pairs_for(store, article_id(long_text))} \
            >= {(article_id(WIRE), article_id(long_text))}


def test_looked_up_together_or_one_by_one_the_candidates_are_the_same(tmp_path):
    from dateline.fuse.syndication import sentence_features, sketches

    with _store(tmp_path, "a.db") as store:
        find_shared_reporting(store, [article_id(t) for t in TEXTS])
        buckets = [sketches([sentence_features(s)])[0] for s in
                   ("Russia's military said it had seized a strategic airport near Kyiv.",
                    "The central bank raised interest rates by half a point on Thursday.",
                    "Lines of cars snaked toward the Polish border as night fell.")]
        one_sizes: dict[int, int] = {}
        one_by_one = [reporting.candidates_of_each(store, [b], one_sizes)[0] for b in buckets]
        all_sizes: dict[int, int] = {}
        assert reporting.candidates_of_each(store, buckets, all_sizes) == one_by_one
        assert all_sizes == one_sizes and any(one_by_one)


def test_copies_of_one_sentence_are_verified_once(tmp_path, monkeypatch):
    # a wire sentence reprinted by five outlets is five candidates with one text: one verdict,
    # and a pair with each of the five
    from dateline.fuse import reporting_step

    copies = [f"Report {i} from the desk. " + WIRE for i in range(5)]
    new = "A later account. " + OUTLET
    with _store(tmp_path, "a.db", texts=(*copies, new)) as store:
        find_shared_reporting(store, [article_id(t) for t in copies])
        calls: list[int] = []
        real = reporting_step.same_report

        def counted(a, b):
            calls.append(1)
            return real(a, b)

        monkeypatch.setattr(reporting_step, "same_report", counted)
        find_shared_reporting(store, [article_id(new)])
        partners = {p.a_id for p in reporting.pairs_for(store, article_id(new))}
    assert partners == {article_id(t) for t in copies}
    assert len(calls) == 1


def test_a_sentence_pairs_with_its_earliest_copies_only(tmp_path, monkeypatch):
    from dateline.fuse import reporting_step

    monkeypatch.setattr(reporting_step, "COPY_CAP", 2)
    wire = "Rescue teams pulled eleven survivors from the collapsed factory in Dorn overnight."
    texts = [f"Item {n} was filed from desk number {n} today. {wire}" for n in range(6)]
    with SQLiteStore(tmp_path / "s.db") as store:
        with store.transaction():
            for text in texts:
                store.add_article(_article(text))
        found = find_shared_reporting(store, [article_id(t) for t in texts])
        pairs = _all_pairs(store)
        indexed = store.conn.execute("SELECT COUNT(*) FROM reporting_sentences WHERE words "
                                     "LIKE '%surviv%'").fetchone()[0]
    first_two = {article_id(texts[0]), article_id(texts[1])}
    assert found == 1 + 2 * 4  # the 2nd pairs with the 1st; each later one with those two
    assert all(p.a_id in first_two for p in pairs)
    assert indexed == 2  # the copies after the 2nd are not indexed again
