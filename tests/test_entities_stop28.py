"""Entity ids (stop 28): a body's short form and its full name with a legal form, a trailing
"Group" or other spacing are one body; a short form written first is its own (invented text)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def ids(nlp):
    from dateline.annotate.entities import find_entities

    def run(text: str) -> dict[str, str]:
        return {m.text: m.entity_id for m in find_entities(nlp(text))}
    return run


@pytest.mark.parametrize("text, short, full", [
    pytest.param("Zentrix Inc said on Monday it would bid again. Zentrix said the offer was fair.",
                 "Zentrix", "Zentrix Inc", id="a legal form"),
    pytest.param("Goldberg Hollis Group Inc. said profits fell. Goldberg Hollis will cut 300 jobs.",
                 "Goldberg Hollis", "Goldberg Hollis Group Inc.", id="a trailing Group and form"),
    pytest.param("Korvel Semiconductors said it agreed the deal. Korvel has 30,000 staff.",
                 "Korvel", "Korvel Semiconductors", id="the first word of the full name"),
    pytest.param("The trams are run by TransLine Group. Trans Line Group said it was sorry.",
                 "Trans Line Group", "TransLine Group", id="spacing"),
])
def test_short_form_is_the_same_body(ids, text, short, full):
    found = ids(text)
    assert found[short] == found[full]


def test_a_short_form_written_first_is_its_own_body(ids):
    found = ids("Zentrix Corp said it would sell phones. Zentrix said the offer was fair. Its "
                "unit Zentrix Capital Partners said it had 9 million users.")
    assert found["Zentrix"] == found["Zentrix Corp"] != found["Zentrix Capital Partners"]
