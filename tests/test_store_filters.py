"""The store's filtered reads: a day range keeps a time of day on its last day, and filters
not given add nothing."""

from __future__ import annotations

import sqlite3

from dateline.store.filters import Where


def _rows(where: Where) -> list[str]:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (day TEXT, kind TEXT)")
    conn.executemany("INSERT INTO t VALUES (?, ?)", [
        ("2022-02-23", "a"), ("2022-02-24T22:10", "b"), ("2022-02-25", "a"), (None, "b")])
    return [r[0] for r in conn.execute("SELECT day FROM t" + where.sql() + " ORDER BY day",
                                       where.args)]


def test_a_day_range_keeps_a_time_of_day_on_its_last_day():
    where = Where()
    where.days("day", "2022-02-24", "2022-02-24")
    assert _rows(where) == ["2022-02-24T22:10"]


def test_filters_not_given_add_nothing():
    where = Where()
    where.days("day", None, "")
    where.add("kind = ?", None)
    where.one_of("kind", [])
    assert where.sql() == "" and where.args == []
    assert len(_rows(where)) == 4


def test_filters_join_with_and_in_the_order_given():
    where = Where()
    where.one_of("kind", ["a"])
    where.days("day", "2022-02-24", None)
    assert where.sql() == " WHERE kind IN (?) AND day >= ?"
    assert _rows(where) == ["2022-02-25"]
