"""Cross-article entity resolution through the store: one entity per real thing."""

from __future__ import annotations

import pytest

from dateline.annotating import annotate_pending
from dateline.config import Options
from dateline.pipeline import ingest
from dateline.store.sqlite import SQLiteStore

FIRST = """Minister visits flooded north

Interior Minister Katarzyna Wiśniewska toured flooded villages near Opole on Tuesday and \
promised new aid. Wiśniewska said 300 soldiers would help build dykes along the Oder river.
"""
SECOND = """Aid reaches Opole

Wisniewska announced on Thursday that the first aid convoys had reached Opole. The United \
Nations said it was ready to help. A UN spokesman said teams were on standby.
"""
THIRD = """Dykes hold along the Oder

Officials in Opole said the dykes held overnight. The U.N. sent two experts to the region.
"""


@pytest.mark.slow
def test_later_articles_link_to_entities_the_store_knows(tmp_path):
    for name, text in (("a.txt", FIRST), ("b.txt", SECOND), ("c.txt", THIRD)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    options = Options(workers=1)
    with SQLiteStore(tmp_path / "s.db") as store:
        for name in ("a.txt", "b.txt", "c.txt"):  # one at a time: the store learns as it goes
            ingest([tmp_path / name], store, options)
            annotate_pending(store, options)
        notes = {a.source_path.rsplit("/", 1)[-1]: store.get_annotations(a.id)
                 for a in store.iter_documents()}
        minister = {m.entity_id for n in notes.values() for m in n.entities
                    if m.text in ("Katarzyna Wiśniewska", "Wiśniewska", "Wisniewska")}
        assert len(minister) == 1
        second = [m for m in notes["b.txt"].entities if m.text == "Wisniewska"]
        assert second and second[0].canonical == "Katarzyna Wiśniewska"
        un = {m.entity_id for n in notes.values() for m in n.entities
              if m.text in ("United Nations", "UN", "U.N.")}
        assert len(un) == 1
