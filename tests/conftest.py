"""Shared fixtures: paths to ../shared data (tests skip cleanly when it is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "eval" / "seeds-gold.json"
DEMO = ROOT / "demo" / "corpus"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS} (../shared beside the checkout)")
    return SEEDS


@pytest.fixture(scope="session")
def gold_path() -> Path:
    if not GOLD.is_file():
        pytest.skip(f"gold file not found at {GOLD} (../shared beside the checkout)")
    return GOLD


@pytest.fixture(scope="session")
def nlp():
    from dateline.annotate.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def places(nlp):
    """`places(text, dateline=None)`: the text's places by their text (entities found first)."""
    from dateline.annotate.entities import find_entities
    from dateline.annotate.places import find_places

    def run(text: str, dateline: str | None = None):
        doc = nlp(text)
        return {p.text: p for p in find_places(doc, find_entities(doc), dateline=dateline)}
    return run


@pytest.fixture(scope="session")
def annotated_speakers(nlp):
    """Speakers as the whole annotation finds them (entity ids known), by quote text."""
    import datetime as dt

    from dateline.annotate import annotate_text

    def run(text: str) -> dict[str, str | None]:
        return {q.text: q.speaker for q in annotate_text(text, dt.date(2031, 3, 14)).quotes}
    return run


@pytest.fixture(scope="session")
def figures_on(nlp):
    """`figures_on(day)`: a function that finds the figures of a text published on `day`
    (its time expressions anchored there, no entities)."""
    from dateline.annotate.figures import find_figures
    from dateline.annotate.timex import find_timexes

    def at(day):
        def run(text: str):
            doc = nlp(text)
            return find_figures(doc, timexes=find_timexes(doc, day), entities=[], published=day)
        return run
    return at


@pytest.fixture
def figures_failing_on(monkeypatch):
    """`figures_failing_on(word, effect)`: the figures stage calls `effect()` (default: raise
    ValueError("boom")) on every article whose text holds `word`, in whichever process runs it
    (the pool's forked workers inherit the patch)."""
    from dateline.annotate.figures import extract

    real = extract.find_figures

    def boom() -> None:
        raise ValueError("boom")

    def patch(word: str, effect=boom) -> None:
        def find_figures(doc, *args, **kwargs):
            if word in doc.text:
                effect()
            return real(doc, *args, **kwargs)

        monkeypatch.setattr(extract, "find_figures", find_figures)

    return patch


@pytest.fixture(scope="session")
def events_of(nlp):
    """`events_of(text, places=(), quotes=(), published=2031-05-14)`: the events of an invented
    text (modules with their own needs define their own `events_of`)."""
    import datetime as dt

    from dateline.annotate.events import find_events

    def run(text: str, places=(), quotes=(), published=dt.date(2031, 5, 14)):
        return find_events(nlp(text), published=published, places=list(places),
                           quotes=list(quotes))
    return run


@pytest.fixture(scope="session")
def types_of(nlp):
    """`types_of(text)`: {trigger: PLOVER type} of the events of an invented text published
    2031-05-14."""
    import datetime as dt

    from dateline.annotate.events import find_events

    def run(text: str) -> dict[str, str]:
        return {e.trigger: e.type for e in find_events(nlp(text), published=dt.date(2031, 5, 14))}
    return run


@pytest.fixture(scope="session")
def timed_events_of(nlp):
    """`timed_events_of(text, {phrase: TIMEX value}, published=2031-05-16)`: the events of an
    invented text whose time expressions are given (a Friday's news by default)."""
    import datetime as dt

    from dateline.annotate.events import find_events
    from dateline.model import Timex

    def run(text: str, times: dict[str, str] | None = None, published=dt.date(2031, 5, 16)):
        timexes = []
        for phrase, value in (times or {}).items():
            start = text.index(phrase)
            kind = "DURATION" if value.startswith("P") else ("TIME" if "T" in value else "DATE")
            timexes.append(Timex(start, start + len(phrase), phrase, kind, value))
        return find_events(nlp(text), timexes=timexes, published=published)
    return run
