"""Events: typing, arguments, modes, places and dates, on hand-written fictional sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.annotate.events import find_events
from dateline.annotate.events.ontology import PLOVER_TO_ACLED
from dateline.model import EntityMention, Place, Timex

PUBLISHED = dt.date(2031, 5, 14)


@pytest.fixture(scope="module")
def events_of(nlp):
    def run(text: str, **kwargs):
        kwargs.setdefault("published", PUBLISHED)
        return find_events(nlp(text), **kwargs)
    return run


def one(events, type_):
    matches = [e for e in events if e.type == type_]
    assert matches, f"no {type_} in {[(e.type, e.trigger) for e in events]}"
    return matches[0]


ACLED_OVERRIDES = {"shelled": "Explosions/Remote violence", "seized": "Battles"}


@pytest.mark.parametrize("text,type_,trigger", [
    ("Artillery shelled the village of Marrow overnight.", "FIGHT", "shelled"),
    ("Heavy fighting broke out near the port of Selka.", "FIGHT", "fighting"),
    ("Border guards clashed with smugglers on Tuesday.", "FIGHT", "clashed"),
    ("The bloc imposed sanctions on the Veltrian central bank.", "SANCTION", "sanctions"),
    ("Foreign Minister Ada Korr met her Veltrian counterpart in Oslo.", "CONSULT", "met"),
    ("The two leaders spoke by phone for an hour.", "CONSULT", "spoke"),
    ("The rival parties agreed on a new budget.", "AGREE", "agreed"),
    ("Veltria deployed 5,000 troops to the border.", "MOBILIZE", "deployed"),
    ("Rebel fighters seized the airport outside Dorn.", "COERCE", "seized"),
    ("Police arrested twelve protesters in the capital.", "COERCE", "arrested"),
    ("Thousands of students protested against the new law.", "PROTEST", "protested"),
    ("A car bomb killed four people at a market.", "ASSAULT", "killed"),
    ("The army withdrew from the eastern hills.", "RETREAT", "withdrew"),
    ("Prosecutors opened an investigation into the port fire.", "INVESTIGATE", "investigation"),
])
def test_event_types(events_of, text, type_, trigger):
    event = one(events_of(text), type_)
    assert event.trigger == trigger
    # the type's default ACLED mapping, unless the lexicon overrides it (docs/ontology.md)
    assert event.acled_type == ACLED_OVERRIDES.get(trigger, PLOVER_TO_ACLED.get(type_))


def test_acled_mapping(events_of):
    assert one(events_of("Artillery shelled the village overnight."), "FIGHT").acled_type == \
        "Explosions/Remote violence"
    assert one(events_of("Thousands of students protested in the square."), "PROTEST") \
        .acled_type == "Protests"


def test_actors_and_targets(events_of):
    event = one(events_of("Veltrian troops attacked the town of Dorn on Monday."), "FIGHT")
    assert event.actors == ("Veltrian troops",)
    assert any("Dorn" in t or "town" in t for t in event.targets)


def test_actor_from_entities(events_of):
    text = "The Veltrian army shelled Dorn."
    mention = EntityMention(4, 17, "Veltrian army", "ORG", "Armed Forces of Veltria", "E1")
    assert one(events_of(text, entities=[mention]), "FIGHT").actors == ("Armed Forces of Veltria",)


def test_passive_agent(events_of):
    event = one(events_of("The convoy was attacked by militiamen near Selka."), "FIGHT")
    assert event.actors == ("militiamen",)
    assert event.targets == ("The convoy",)


def test_claimed_with_attribution_and_pronoun(events_of):
    event = one(events_of("Veltria's military said it had seized the airport."), "COERCE")
    assert event.mode == "claimed"
    assert event.attribution == "Veltria's military"
    assert event.actors == ("Veltria's military",)


def test_planned(events_of):
    assert one(events_of("The alliance will send troops to the region."), "MOBILIZE").mode \
        == "planned"
    event = one(events_of("Its leaders agreed to send rapid-response troops."), "MOBILIZE")
    assert event.mode == "planned"
    assert one(events_of("Veltria was ready to send a delegation to Oslo."), "CONSULT").mode \
        == "planned"


def test_hypothetical_never_asserted(events_of):
    event = one(events_of("An invasion could come at any time, officials warned."), "FIGHT")
    assert event.mode == "hypothetical"
    event = one(events_of("If Veltrian troops invade Dorn, the bloc will respond."), "FIGHT")
    assert event.mode == "hypothetical"


def test_denied_and_negated(events_of):
    assert one(events_of("Veltria denies planning to invade Dorn."), "FIGHT").mode == "denied"
    assert one(events_of("The rebels have not captured the city."), "COERCE").mode == "denied"


def test_according_to(events_of):
    event = one(events_of("The bridge was shelled overnight, according to the governor."), "FIGHT")
    assert event.mode == "claimed" and event.attribution == "the governor"


def test_date_from_timex_else_published(events_of):
    text = "Troops entered Dorn on Monday."
    timex = Timex(text.index("Monday"), text.index("Monday") + 6, "Monday", "DATE",
                  "2031-05-12", "day")
    event = one(events_of(text, timexes=[timex]), "FIGHT")
    assert (event.date, event.date_precision) == ("2031-05-12", "timex")
    event = one(events_of(text), "FIGHT")
    assert (event.date, event.date_precision) == ("2031-05-14", "published")
    event = one(events_of(text, published=None), "FIGHT")
    assert event.date is None and event.date_precision is None


def test_place_from_places(events_of):
    text = "Troops entered Dorn on Monday."
    place = Place(15, 19, "Dorn", "Dornstadt", 50.0, 10.0, "DE", "city")
    assert one(events_of(text, places=[place]), "FIGHT").place == "Dornstadt"


def test_reporting_verbs_are_not_events(events_of):
    assert events_of("The minister said on Friday that the weather was cold.") == []


def test_event_offsets(events_of, nlp):
    text = "Nothing happened. Then troops shelled the depot."
    (event,) = find_events(nlp(text), published=None)
    assert text[event.trigger_start:event.trigger_end] == event.trigger
    assert text[event.start:event.end].startswith("Then troops")
