"""Modes from the clause structure: conditions, negation scope, orders, reported speech
(invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.annotate.events import find_events
from dateline.annotate.events.modes import modality

PUBLISHED = dt.date(2031, 5, 14)


@pytest.fixture(scope="module")
def event_of(nlp):
    def run(text: str, trigger: str):
        events = find_events(nlp(text), published=PUBLISHED)
        found = [e for e in events if e.trigger == trigger]
        assert found, f"no event on {trigger!r} in {[(e.type, e.trigger) for e in events]}"
        return found[0]
    return run


@pytest.mark.parametrize("text,trigger,mode", [
    ("The alliance will respond in case Veltria invaded Norland.", "invaded", "hypothetical"),
    ("If talks fail, Veltria will attack the city.", "attack", "hypothetical"),
    ("NATO is not going to impose sanctions on Veltria.", "sanctions", "denied"),
    ("NATO is not going to impose a no-fly zone over Norland.", "impose", "denied"),
    ("The president ordered sanctions against Veltria.", "sanctions", "asserted"),
    ("A guard who tried to arrest the boy was suspended.", "arrest", "asserted"),
    ("Veltria claimed to have destroyed twenty tanks.", "destroyed", "claimed"),
    ("Officials confirmed another missile test by Veltria.", "test", "claimed"),
    ("Kim is to reopen the hotline with Seoul.", "reopen", "planned"),
    ("The war made it impossible for Veltria to start talks with Norland.", "talks", "denied"),
    # a bare infinitive under "let" or "make" takes its clause's negation and plan
    ("Lena Orn vowed not to let Veltria develop nuclear missiles.", "develop", "denied"),
    ("Norland will not let Veltria invade the island.", "invade", "denied"),
    # what someone informs, admits or reveals is their claim
    ("Acme informed the Dorn Herald that it is investigating the leak.", "investigating",
     "claimed"),
    ("The minister admitted that troops had shelled the village.", "shelled", "claimed"),
    ("The court revealed that police had arrested two men in Dorn.", "arrested", "claimed"),
])
def test_mode_from_clause(event_of, text, trigger, mode):
    assert event_of(text, trigger).mode == mode


@pytest.mark.parametrize("text,trigger", [
    ("Had the troops attacked Dorn, the city would have fallen.", "attacked"),
    ("Were Veltria to invade Norland, the alliance would respond.", "invade"),
])
def test_a_condition_told_by_inversion_is_hypothetical(event_of, text, trigger):
    assert event_of(text, trigger).mode == "hypothetical"


@pytest.mark.parametrize("text,trigger", [
    ("“My brother did this. It’s like he shot us,” Eric Dorn said.", "shot"),
    ("The street looked as though soldiers had stormed the town.", "stormed"),
])
def test_a_likeness_is_no_happening(event_of, text, trigger):
    assert event_of(text, trigger).mode == "hypothetical"


def test_what_someone_says_was_an_assault_is_their_claim(event_of):
    event = event_of("The confrontation took place after what Israel says was a "
                     "stone-throwing assault on its troops.", "assault")
    assert event.mode == "claimed"


def test_a_plan_put_in_place_during_attacks_does_not_plan_them(event_of):
    text = "The region activated a plan put in place during the Dorn terrorist attacks."
    assert event_of(text, "attacks").mode == "asserted"


def test_a_plan_to_attack_is_still_planned(event_of):
    assert event_of("Rebels have plans to launch attacks on Dorn.", "attacks").mode == "planned"


def test_a_past_perfect_without_inversion_stays_asserted(event_of):
    assert event_of("The troops had attacked Dorn before dawn.", "attacked").mode == "asserted"


def test_reported_speech_act_is_asserted(event_of):
    event = event_of("The ministry said it opposed the new sanctions.", "opposed")
    assert (event.mode, event.attribution) == ("asserted", None)
    event = event_of("The ministry said its troops had shelled the port.", "shelled")
    assert (event.mode, event.attribution) == ("claimed", "The ministry")


def test_reporter_is_attribution_not_actor(event_of):
    event = event_of("Veltria said Norland's artillery had shelled the port.", "shelled")
    assert event.attribution == "Veltria" and "Veltria" not in event.actors


def test_only_claims_carry_an_attribution(event_of):
    event = event_of("The minister said Veltria would never invade Norland.", "invade")
    assert event.mode == "denied" and event.attribution is None


def test_infinitive_on_an_indefinite_takes_its_clause(event_of):
    event = event_of("The court did not find anything to convict her.", "convict")
    assert event.mode == "denied" and event.actors == ("The court",)


def test_a_complement_before_its_governor_is_no_plan(event_of):
    event = event_of("The gunman is killed by police; his brother pledges revenge.", "killed")
    assert event.mode == "asserted"


@pytest.mark.parametrize("text, trigger, mode", [
    # a noun governs its own complement only: the publication is called for, not the war
    ("Blair rejects Dorn advice calls\n\nLee Blair has rejected calls for the publication of "
     "advice on the legality of the Dorn war amid growing calls for an inquiry.", "war",
     "asserted"),
    ("Norland rejected calls for a ceasefire in Dorn.", "ceasefire", "planned"),
])
def test_a_governing_noun_reaches_its_own_complement_only(nlp, text, trigger, mode):
    token = next(t for t in nlp(text) if t.text == trigger)
    assert modality(token).mode == mode


@pytest.mark.parametrize("text, trigger, mode, actors", [
    # a negated noun's infinitive is not done: "no need to", "no intention to"
    ("The army felt there was no need to shoot the drones down.", "shoot", "denied",
     ("The army",)),
    ("The army has no intention to invade Dorn.", "invade", "denied", ("The army",)),
    # the copula and its adjective are one clause: its negation reaches the infinitive
    ("Why were the soldiers not able to shoot down the missiles?", "shoot", "denied",
     ("the soldiers",)),
    ("The rebels are not ready to negotiate.", "ready", "denied", ("The rebels",)),
    # an ability to strike is no strike
    ("Dorn has the ability to strike cities in Norland.", "strike", "hypothetical", ("Dorn",)),
])
def test_what_a_negated_or_capability_noun_holds_is_not_asserted(event_of, text, trigger, mode,
                                                                 actors):
    event = event_of(text, trigger)
    assert (event.mode, event.actors) == (mode, actors)
