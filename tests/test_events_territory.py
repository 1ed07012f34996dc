"""A state's measure takes effect on its own territory (invented sentences; real country names,
since the rule reads the country table)."""

from __future__ import annotations

import pytest

from dateline.annotate.events.territory import own_territory
from dateline.model import Place

from event_helpers import by_trigger

# Every text ends with this, so both countries are places of the document.
COUNTRIES = " Chile and Peru are neighbours."


def _places(text):
    out = []
    for name in ("Chile", "Peru"):
        start = text.rindex(name)
        out.append(Place(start, start + len(name), name, name, 0.0, 0.0, None, "country"))
    return out


@pytest.mark.parametrize("text, trigger, expected", [
    pytest.param("Chile banned the messaging app last year.", "banned", "Chile",
                 id="a state's ban takes effect on its territory"),
    pytest.param("Chilean authorities launched a crackdown on dissidents.", "crackdown", "Chile",
                 id="a crackdown by a state's authorities on a class of people"),
    pytest.param("Chile has been in a state of emergency since May.", "emergency", "Chile",
                 id="a state of emergency the state is in"),
    pytest.param("Chilean police detained dozens of students on Monday. The government has also "
                 "banned all unauthorized demonstrations.", "banned", "Chile",
                 id="a bare government is the state its act's doers name"),
    pytest.param("Chile detained 20 protesters in March.", "detained", None,
                 id="counted people are singled out, not a class"),
    pytest.param("Chile arrested her on Monday.", "arrested", None,
                 id="an act on a person happens where the text does not say"),
    pytest.param("A Chilean court sentenced the journalist.", "sentenced", None,
                 id="a court's act is not the state's measure"),
    pytest.param("Chile imposed sanctions on Peru.", "sanctions", None,
                 id="a measure aimed at another state is no domestic measure"),
])
def test_a_states_measure_is_placed_on_its_territory(events_of, text, trigger, expected):
    text += COUNTRIES
    assert by_trigger(events_of(text, places=_places(text)), trigger).place == expected


def test_a_states_measure_lends_its_territory_to_no_other_act(events_of):
    text = "Chile blocked the messaging app on Monday. An app store removed the app too." + \
        COUNTRIES
    events = events_of(text, places=_places(text))
    assert by_trigger(events, "blocked").place == "Chile"
    assert by_trigger(events, "removed").place is None


@pytest.mark.parametrize("text, expected", [
    pytest.param("Peru announced a ban on fishing.", "Peru", id="a light verb carries the measure"),
    pytest.param("Peru condemned the ban on fishing.", None,
                 id="another act's verb: its subject did not impose the measure"),
])
def test_a_nominal_measure_is_the_light_verbs_subjects(nlp, text, expected):
    text += COUNTRIES
    doc = nlp(text)
    ban = next(t for t in doc if t.lower_ == "ban")
    found = own_territory(ban, "COERCE", _places(text))
    assert (found.name if found else None) == expected
