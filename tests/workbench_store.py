"""A tiny hand-annotated store for the workbench tests (no spaCy: built in well under a second).

Three articles: a protest in Kharkiv, the council's denial of it (hostile title, outlet, URL and
text, with a character outside the BMP before a cited sentence), and a second outlet's report of
the protest. Annotations are written by hand with offsets found in the text, then fused.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from dateline.fuse.run import fuse_pending
from dateline.model import Annotations, Article, EntityMention, Event, Figure, Place, Quote
from dateline.store.sqlite import SQLiteStore

PWN = "<script>window.__pwned = 1; document.title = 'PWNED'</script>"
HOSTILE_TITLE = 'Council denies crackdown </script><img src=x onerror="window.__pwned=2">'
HOSTILE_OUTLET = '"><svg onload="window.__pwned=3">{{7*7}}'
HOSTILE_URL = "javascript:window.__pwned=4"
KHARKIV = {"name": "Kharkiv", "lat": 49.98081, "lon": 36.25272, "country": "UA",
           "precision": "city", "geonameid": 706483}

PROTEST = ("Police fired tear gas at protesters in Kharkiv on Saturday, the city council said. "
           "Officials said 12 people were arrested. "
           "\"We will not tolerate violence,\" Mayor Ihor Terekhov said.")
DENIAL = ("The Kharkiv city council denied that it ordered police to disperse the protest. "
          "\U0001F6A8 Protesters said 40 people were injured in Kharkiv on Saturday. "
          f"A banner read {PWN} and \"><img src=x onerror=\"window.__pwned=5\"> and ${{7*7}}.")
SECOND = ("Police used tear gas against protesters in Kharkiv on Saturday, witnesses said. "
          "Officials said 15 people were arrested.")


def span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def _event(text: str, sentence: str, trigger: str, **fields: Any) -> Event:
    start, end = span(text, sentence)
    t_start = text.index(trigger, start)
    return Event(start=start, end=end, trigger=trigger, trigger_start=t_start,
                 trigger_end=t_start + len(trigger), **fields)


def _figure(text: str, number: str, value: float, category: str, **fields: Any) -> Figure:
    start, end = span(text, number)
    return Figure(start=start, end=end, text=number, value=value, category=category,
                  what="people", as_of="2025-03-15", **fields)


def _place(text: str, occurrence: int = 0) -> Place:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index("Kharkiv", start + 1)
    return Place(start=start, end=start + 7, text="Kharkiv", **KHARKIV)


def _entities(text: str, with_mayor: bool) -> tuple[EntityMention, ...]:
    found = [EntityMention(*span(text, "Kharkiv"), text="Kharkiv", type="PLACE",
                           canonical="Kharkiv", entity_id="plc:kharkiv")]
    if with_mayor:
        found.append(EntityMention(*span(text, "Ihor Terekhov"), text="Ihor Terekhov",
                                   type="PERSON", canonical="Ihor Terekhov",
                                   entity_id="per:terekhov", role="Mayor"))
    return tuple(sorted(found, key=lambda e: e.start))


def _protest() -> tuple[Article, Annotations]:
    quote = "We will not tolerate violence,"
    annotations = Annotations(
        entities=_entities(PROTEST, with_mayor=True), places=(_place(PROTEST),),
        figures=(_figure(PROTEST, "12", 12, "arrested", claimant="Officials"),),
        quotes=(Quote(*span(PROTEST, quote), text=quote, speaker="Ihor Terekhov",
                      speaker_id="per:terekhov"),),
        events=(_event(PROTEST, PROTEST.split(" Officials")[0], "fired", type="COERCE",
                       actors=("Police",), targets=("protesters",), place="Kharkiv",
                       date="2025-03-15", date_precision="timex", mode="asserted"),))
    return Article(id=_id(PROTEST), text=PROTEST, title="Police fire tear gas in Kharkiv",
                   published="2025-03-15T18:00", published_precision="minute",
                   outlet="Kharkiv Daily", url="https://kharkiv-daily.example.org/protest",
                   authors=("Olena Shevchenko",), source_path="protest.txt"), annotations


def _denial() -> tuple[Article, Annotations]:
    injured = "Protesters said 40 people were injured in Kharkiv on Saturday."
    annotations = Annotations(
        entities=_entities(DENIAL, with_mayor=False), places=(_place(DENIAL), _place(DENIAL, 1)),
        figures=(_figure(DENIAL, "40", 40, "wounded", claimant="Protesters"),),
        events=(_event(DENIAL, DENIAL.split(" \U0001F6A8")[0], "disperse", type="COERCE",
                       actors=("Kharkiv city council",), place="Kharkiv", date="2025-03-15",
                       date_precision="context", mode="denied",
                       attribution="Kharkiv city council"),
                _event(DENIAL, injured, "injured", type="ASSAULT", actors=("Police",),
                       targets=("Protesters",), place="Kharkiv", date="2025-03-15",
                       date_precision="timex", mode="claimed", attribution="Protesters")))
    return Article(id=_id(DENIAL), text=DENIAL, title=HOSTILE_TITLE, published="2025-03-16",
                   published_precision="day", outlet=HOSTILE_OUTLET, url=HOSTILE_URL,
                   authors=('<img src=x onerror="window.__pwned=6">',),
                   source_path="denial.txt"), annotations


def _second() -> tuple[Article, Annotations]:
    annotations = Annotations(
        entities=_entities(SECOND, with_mayor=False), places=(_place(SECOND),),
        figures=(_figure(SECOND, "15", 15, "arrested", claimant="Officials"),),
        events=(_event(SECOND, SECOND.split(" Officials")[0], "used", type="COERCE",
                       actors=("Police",), targets=("protesters",), place="Kharkiv",
                       date="2025-03-15", date_precision="timex", mode="asserted"),))
    return Article(id=_id(SECOND), text=SECOND, title="Tear gas in Kharkiv",
                   published="2025-03-15T21:00", published_precision="minute",
                   outlet="Slobozhanshchyna Post", url="https://post.example.com/a/1",
                   source_path="second.txt"), annotations


def _id(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


ARTICLES = (_protest, _denial, _second)


def build(path: Path) -> Path:
    """Write the store at `path` (fused) and return the path."""
    with SQLiteStore(path) as store:
        for make in ARTICLES:
            article, annotations = make()
            with store.transaction():
                store.add_article(article)
                store.add_source(article, _id(article.source_path))
                store.set_first_source(article.id)
                store.save_annotations(article.id, annotations)
        fuse_pending(store)
    return path


def ids() -> dict[str, str]:
    return {"protest": _id(PROTEST), "denial": _id(DENIAL), "second": _id(SECOND)}
