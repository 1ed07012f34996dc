"""Store-level entity resolution over a handful of articles: one id per real person, whatever
the spelling, title or surname-only form; different ids for look-alike names."""

from __future__ import annotations

import pytest

from dateline.annotating import annotate_pending
from dateline.config import Options
from dateline.pipeline import ingest
from dateline.store.sqlite import SQLiteStore

ARTICLES = {
    "a.txt": """Kremlin rejects new talks

Russian President Vladimir Putin met his security council in Moscow on Monday. Putin said the \
talks were over. Kremlin spokesman Dmitry Peskov told reporters that no meeting was planned.
""",
    "b.txt": """Putin signs decree

President Putin signed a decree on Tuesday. Mr. Putin said the measure would take effect at \
once, and Peskov said more decrees would follow.
""",
    "c.txt": """Spokesman's daughter posts photo

Elizaveta Peskova, the daughter of Dmitry Peskov, posted a photo from Paris on Wednesday. \
Peskova said she had done nothing wrong. Peskov declined to comment.
""",
    "d.txt": """Kyiv asks for air defence

Ukrainian President Volodymyr Zelenskyy asked allies for more air defence on Monday. \
Zelenskyy said Russian strikes had hit power plants.
""",
    "e.txt": """Zelensky visits the front

Zelensky visited troops near Kharkiv on Thursday. Volodymyr Zelenskiy told soldiers that help \
was coming. Mr. Zelensky later met Vladimir Putin's critics in exile.
""",
    "f.txt": """Teenager detained at checkpoint

Israeli troops detained Lina Haddad, 17, at a checkpoint near Hebron on Friday. Her father, \
Omar Haddad, said she had done nothing wrong. Omar Haddad said he would appeal.
""",
    "g.txt": """Detained teenager released

Lina Haddad was released on Sunday. Haddad thanked her lawyers, and her father Omar Haddad \
thanked the crowd.
""",
}


@pytest.mark.slow
def test_one_id_per_person_across_the_store(tmp_path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    options = Options(workers=1)
    with SQLiteStore(tmp_path / "s.db") as store:
        for name in ARTICLES:  # one at a time: the store learns as it goes
            ingest([tmp_path / name], store, options)
            annotate_pending(store, options)
        mentions = [m for a in store.iter_documents()
                    for m in store.get_annotations(a.id).entities]

    def ids(*texts: str) -> set[str]:
        return {m.entity_id for m in mentions if m.text in texts}

    putin = ids("Vladimir Putin", "Putin")
    zelenskyy = ids("Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "Volodymyr Zelenskiy")
    peskov, peskova = ids("Dmitry Peskov", "Peskov"), ids("Elizaveta Peskova", "Peskova")
    lina, omar = ids("Lina Haddad"), ids("Omar Haddad")
    assert len(putin) == 1, putin
    assert len(zelenskyy) == 1, zelenskyy
    assert len(peskov) == 1 and len(peskova) == 1 and peskov != peskova
    assert len(lina) == 1 and len(omar) == 1 and lina != omar
