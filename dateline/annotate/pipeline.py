"""Run every annotation component over one text: a pure function of (text, published, options).

Order matters and is checked here: each component takes what the earlier ones produced.
    timex -> entities -> places -> figures -> quotes -> events
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..model import Annotations
from .nlp import load_nlp

if TYPE_CHECKING:
    from spacy.language import Language


def annotate_text(text: str, published: dt.date | None = None, *, dateline: str | None = None,
                  nlp: "Language | None" = None) -> Annotations:
    """All annotations of `text`; offsets point into `text` exactly as given."""
    from .entities import find_entities
    from .events import find_events
    from .figures import find_figures
    from .places import find_places
    from .quotes import find_quotes
    from .timex import find_timexes

    doc = (nlp or load_nlp())(text)
    timexes = find_timexes(doc, published)
    entities = find_entities(doc)
    places = find_places(doc, entities, dateline=dateline)
    figures = find_figures(doc, timexes=timexes, entities=entities, published=published)
    quotes = find_quotes(doc, entities)
    events = find_events(doc, entities=entities, places=places, timexes=timexes,
                         published=published, quotes=quotes)
    return Annotations(timexes=tuple(timexes), entities=tuple(entities), places=tuple(places),
                       figures=tuple(figures), quotes=tuple(quotes), events=tuple(events))
