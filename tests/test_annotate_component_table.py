"""The annotate package: a declared component table whose order is checked, and long texts."""

from __future__ import annotations

import dataclasses

import pytest

from dateline.annotate import COMPONENTS, Component, annotate_text, check_order, chunk_bounds
from dateline.annotate.names import fold, name_key
from dateline.errors import AnnotationError, DatelineError


def test_the_shipped_order_meets_every_need():
    check_order()
    names = [c.name for c in COMPONENTS]
    assert names == ["timex", "entities", "places", "quotes", "events", "figures"]


def test_a_component_placed_before_what_it_needs_is_refused():
    events, rest = COMPONENTS[-1], COMPONENTS[:-1]
    with pytest.raises(DatelineError) as caught:
        check_order((events, *rest))
    assert caught.value.code == "E051"
    assert "events" in caught.value.message and "entities" in caught.value.message


def test_every_component_provides_one_annotations_field():
    provided = [c.provides for c in COMPONENTS]
    assert sorted(provided) == sorted(f.name for f in dataclasses.fields(
        __import__("dateline.model", fromlist=["Annotations"]).Annotations))


def test_chunks_cover_the_text_exactly_and_cut_at_paragraphs():
    paragraph = "Troops entered the town of Dorn on Monday. Residents fled.\n\n"
    text = paragraph * 500
    bounds = chunk_bounds(text, size=2_000)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))
    assert all(e - s <= 2_000 for s, e in bounds)
    assert all(text[e - 2:e] == "\n\n" for _, e in bounds[:-1])


def test_a_text_without_any_boundary_is_still_cut():
    bounds = chunk_bounds("x" * 5_000, size=1_000)
    assert [e - s for s, e in bounds] == [1_000] * 5


def test_long_texts_are_annotated_in_pieces_with_offsets_into_the_whole(monkeypatch, nlp):
    import dateline.annotate as annotate

    paragraph = ("Rebels seized the airport outside Goma on Monday, officials said. "
                 "At least 12 people were killed.\n\n")
    text = paragraph * 40
    monkeypatch.setattr(annotate, "CHUNK_CHARS", 1_000)
    found = annotate.annotate_text(text, None, nlp=nlp)
    assert len({f.start for f in found.figures}) == 40  # one toll per paragraph, none lost
    for item in (*found.figures, *found.entities, *found.timexes):
        assert text[item.start:item.end] == item.text
    assert all(text[e.trigger_start:e.trigger_end] == e.trigger for e in found.events)
    starts = [f.start for f in found.figures]
    assert starts == sorted(starts) and starts[-1] > 1_000 * 3


def test_a_failing_component_names_its_stage(monkeypatch, nlp):
    import dateline.annotate as annotate

    def broken(state):
        raise ValueError("boom")

    table = tuple(dataclasses.replace(c, run=broken) if c.name == "figures" else c
                  for c in COMPONENTS)
    monkeypatch.setattr(annotate, "COMPONENTS", table)
    with pytest.raises(AnnotationError) as caught:
        annotate_text("Ten people were hurt.", None, nlp=nlp)
    assert caught.value.code == "E050" and caught.value.stage == "figures"
    assert "ValueError: boom" in caught.value.message


@pytest.mark.parametrize("name, folded", [
    ("Łódź", "lodz"), ("Зеленский", "zelenskiy"), ("Müller", "muller"), ("O’Brien", "obrien"),
    ("Kyiv", "kyiv"),
])
def test_name_folding_keeps_non_latin_names(name, folded):
    assert fold(name) == folded


def test_cyrillic_and_latin_spellings_share_a_key():
    assert name_key("Володимир Зеленський") == name_key("Volodymyr Zelenskyy")


def test_component_is_a_frozen_record():
    component = COMPONENTS[0]
    assert isinstance(component, Component)
    with pytest.raises(dataclasses.FrozenInstanceError):
        component.name = "other"  # type: ignore[misc]
