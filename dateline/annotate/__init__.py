"""Annotation: pure per-article components run in a declared, checked order.

Each component of COMPONENTS names what it needs (the parse, the article's publication date and
dateline, or what an earlier component provides) and what it provides. `check_order` proves,
when the table is used, that every need is met by an earlier component; `annotate_text` runs
them in that order. One subpackage per component: timex/, entities/, places/, quotes/,
events/, figures/ (a figure quoted from someone is claimed by its speaker; a toll with no date
of its own takes the day of the attack the events component dated). Shared helpers:
nlp (the spaCy pipeline), syntax (parse helpers), names (name folding) and lexicon/ (reporting
verbs, modals, pronouns, number words; each once).

A component that raises stops the article, not the batch: `annotate_text` raises
AnnotationError naming the stage, and the runner quarantines the article and goes on.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Callable, Mapping

from ..errors import AnnotationError, DatelineError
from ..model import Annotations

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# what every run starts with
INPUTS = frozenset({"doc", "published", "published_at", "dateline"})


@dataclass(frozen=True)
class Component:
    name: str
    needs: tuple[str, ...]
    provides: str
    run: Callable[[Mapping[str, Any]], list[Any]]


def _timex(s: Mapping[str, Any]) -> list[Any]:
    from .timex import find_timexes

    # the time of day, when known, places "at 11 p.m." on the day before a morning edition
    return find_timexes(s["doc"], s["published_at"] or s["published"])


def _entities(s: Mapping[str, Any]) -> list[Any]:
    from .entities import find_entities

    return find_entities(s["doc"])


def _places(s: Mapping[str, Any]) -> list[Any]:
    from .places import find_places

    return find_places(s["doc"], s["entities"], dateline=s["dateline"])


def _figures(s: Mapping[str, Any]) -> list[Any]:
    from .figures import find_figures

    return find_figures(s["doc"], timexes=s["timexes"], entities=s["entities"],
                        published=s["published"], quotes=s["quotes"], events=s["events"])


def _quotes(s: Mapping[str, Any]) -> list[Any]:
    from .quotes import find_quotes

    return find_quotes(s["doc"], s["entities"])


def _events(s: Mapping[str, Any]) -> list[Any]:
    from .events import find_events, reportable

    # the record reports the events with a party or a time of their own (events/confidence)
    return reportable(find_events(s["doc"], entities=s["entities"], places=s["places"],
                                  timexes=s["timexes"], published=s["published"],
                                  quotes=s["quotes"]))


COMPONENTS: tuple[Component, ...] = (
    Component("timex", ("doc", "published", "published_at"), "timexes", _timex),
    Component("entities", ("doc",), "entities", _entities),
    Component("places", ("doc", "entities", "dateline"), "places", _places),
    Component("quotes", ("doc", "entities"), "quotes", _quotes),
    Component("events", ("doc", "entities", "places", "timexes", "published", "quotes"),
              "events", _events),
    Component("figures", ("doc", "timexes", "entities", "published", "quotes", "events"),
              "figures", _figures),
)


def check_order(components: tuple[Component, ...] = COMPONENTS) -> None:
    """Raise E051 when a component needs what no earlier component (or input) provides."""
    have = set(INPUTS)
    for component in components:
        missing = [need for need in component.needs if need not in have]
        if missing:
            raise DatelineError.make("E051", stage=component.name, component=component.name,
                                     missing=", ".join(missing), order=", ".join(
                                         c.name for c in components))
        have.add(component.provides)


# spaCy refuses texts over 1,000,000 characters and its memory grows with the text: longer
# articles are annotated in pieces cut at paragraph or sentence ends, offsets shifted back
CHUNK_CHARS = 100_000
_CUTS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"'”’)]*\s+"),
         re.compile(r"\s+"))


def chunk_bounds(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """[start, end) pieces of at most `size` characters, cut at the best boundary available."""
    bounds = []
    start = 0
    while len(text) - start > size:
        window = text[start + size // 2:start + size]
        cut = None
        for pattern in _CUTS:
            ends = [m.end() for m in pattern.finditer(window)]
            if ends:
                cut = start + size // 2 + ends[-1]
                break
        cut = cut or start + size
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


_OFFSET_FIELDS = ("start", "end", "trigger_start", "trigger_end")


def _shift(item: Any, offset: int) -> Any:
    return dataclasses.replace(item, **{name: getattr(item, name) + offset
                                        for name in _OFFSET_FIELDS if hasattr(item, name)})


def annotate_text(text: str, published: dt.date | None = None, *, dateline: str | None = None,
                  nlp: "Language | None" = None) -> Annotations:
    """All annotations of `text`; offsets point into `text` exactly as given. `published` is a
    date, or a datetime when the time of publication is known.

    Raises AnnotationError (E050) naming the component that failed."""
    if len(text) <= CHUNK_CHARS:
        return _annotate_piece(text, published, dateline, nlp)
    parts = [_annotate_piece(text[s:e], published, dateline, nlp) for s, e in chunk_bounds(text)]
    merged: dict[str, list[Any]] = {name: [] for name in Annotations.__dataclass_fields__}
    for (start, _), part in zip(chunk_bounds(text), parts):
        for name in merged:
            merged[name].extend(_shift(item, start) for item in getattr(part, name))
    return Annotations(**{name: tuple(items) for name, items in merged.items()})


def annotate_texts(items: Iterable[tuple[str, "dt.date | None", "str | None"]], *,
                   nlp: "Language | None" = None, batch_size: int = 16,
                   ) -> Iterator["Annotations | AnnotationError"]:
    """`annotate_text` over many (text, published, dateline) items, in order, each result the
    annotations or the AnnotationError that stopped that item (one item's failure never stops
    the others). spaCy parses the items in batches (`nlp.pipe`): about a quarter faster than one
    call per text, with the same analyses."""
    from .nlp import load_nlp

    model = nlp or load_nlp()
    batch: list[tuple[str, Any, Any]] = []

    def flush() -> Iterator["Annotations | AnnotationError"]:
        short = [text for text, _, _ in batch if len(text) <= CHUNK_CHARS]
        try:
            docs = iter(list(model.pipe(short, batch_size=batch_size)))
        except Exception:
            docs = None  # one text broke the batch: parse each alone to find which
        for text, published, dateline in batch:
            try:
                if docs is None or len(text) > CHUNK_CHARS:
                    yield annotate_text(text, published, dateline=dateline, nlp=model)
                else:
                    yield _annotate_piece(text, published, dateline, model, doc=next(docs))
            except AnnotationError as error:
                yield error
        batch.clear()

    for item in items:
        batch.append(item)
        if len(batch) >= batch_size:
            yield from flush()
    if batch:
        yield from flush()


def _annotate_piece(text: str, published: dt.date | None, dateline: str | None,
                    nlp: "Language | None", doc: "Doc | None" = None) -> Annotations:
    from .nlp import load_nlp

    check_order()
    try:
        moment = published if isinstance(published, dt.datetime) else None
        state: dict[str, Any] = {"doc": doc if doc is not None else (nlp or load_nlp())(text),
                                 "published": moment.date() if moment else published,
                                 "published_at": moment, "dateline": dateline}
    except DatelineError:
        raise
    except Exception as error:
        raise AnnotationError.make("E050", stage="parse", component="parse",
                                   reason=_reason(error)) from error
    for component in COMPONENTS:
        try:
            state[component.provides] = component.run(state)
        except Exception as error:
            raise AnnotationError.make("E050", stage=component.name, component=component.name,
                                       reason=_reason(error)) from error
    return Annotations(**{c.provides: tuple(state[c.provides]) for c in COMPONENTS})


# one short invented report that runs every component (figure, quote, event, place, time)
_WARM_TEXT = ("Officials in Paris said on Monday that at least 12 people were hurt when police "
              "clashed with protesters. \"We will go on,\" said the minister, Ann Roe.")


def warm_up() -> None:
    """Load what annotation loads on first use (the model, the gazetteer, each component's
    modules and compiled patterns) by annotating one short text: a pool that forks after
    this shares it all instead of each worker loading its own."""
    from .places.gazetteer import load_gazetteer

    load_gazetteer()
    annotate_text(_WARM_TEXT, dt.date(2022, 3, 7))


def _reason(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"[:300]


__all__ = ["COMPONENTS", "Component", "annotate_text", "annotate_texts", "check_order",
           "chunk_bounds", "warm_up"]
