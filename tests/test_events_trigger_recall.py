"""Trigger recall by class (invented sentences): condition words by lemma, light heads, particle
verbs, support-verb nouns, gerund complements and nominal events said to go on."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,trigger,type_", [
    # a row's words hold in their singular: "imports" for "import"
    ("Norland decided on Monday to suspend import of timber from Veltria.", "suspend",
     "SANCTION"),
    # a light head is read with its of/to object
    ("Veltria blocked the use of Chatterly, a messaging service, on Monday.", "blocked",
     "COERCE"),
    ("The junta blocked access to the internet on Tuesday.", "blocked", "COERCE"),
    # a particle verb of trade: cutting off exports sanctions
    ("Norland cut off Veltria's timber exports on Monday.", "cut", "SANCTION"),
    # a sum fined names the penalty when the parse lost who was fined
    ("Five of the activists were fined 30,000 pounds each on Monday.", "fined", "COERCE"),
    # a noun written apart from its particle is the one-word noun
    ("The police launched a severe crack down on smugglers on Monday.", "crack", "COERCE"),
    # a modifier's conjunct modifies too
    ("Veltria carried out missile and nuclear tests in May.", "tests", "MOBILIZE"),
])
def test_condition_words(types_of, text, trigger, type_):
    assert types_of(text).get(trigger) == type_


@pytest.mark.parametrize("text,trigger", [
    ("The senate blocked the use of the funds for the stadium.", "blocked"),
    ("Norland cut off the tip of the cable on Monday.", "cut"),
])
def test_condition_words_keep_their_sense(types_of, text, trigger):
    assert trigger not in types_of(text)


@pytest.mark.parametrize("text,trigger,type_", [
    # a support verb's noun carries the act
    ("The party decided on Monday to take tougher action against migrants.", "take",
     "COERCE"),
    ("The ministry will take tough measures against gangs who smuggle fuel.", "take",
     "COERCE"),
    ("The resolution places tighter restrictions on Belarus's potash exports.",
     "restrictions", "SANCTION"),
    # the support verb takes its object's act: restrictions on a state are a sanction
    ("The council imposed restrictions on Belarus on Monday.", "imposed", "SANCTION"),
    ("The governor imposed restrictions on gatherings on Monday.", "imposed", "COERCE"),
])
def test_support_verb_nouns(types_of, text, trigger, type_):
    assert types_of(text).get(trigger) == type_


@pytest.mark.parametrize("text", [
    "The government took measures against the virus on Monday.",
    "The army took military action against the rebels on Monday.",
    "The bank took measures against inflation in May.",
])
def test_measures_against_no_party_are_no_coercion(types_of, text):
    assert "took" not in types_of(text)


@pytest.mark.parametrize("text,trigger,type_", [
    # a denial of an act told by a gerund or a "that" clause rejects the charge
    ("Norland has denied making illegal shipments.", "denied", "REJECT"),
    ("The firm denied on Monday that it had paid the officials.", "denied", "REJECT"),
    # a phase noun tells that the act it is of goes on, and a time adjunct is no argument
    ("Iran blocked the app after the escalation of anti-government protests over jobs.",
     "protests", "PROTEST"),
    # a run of acts took place, behind a possessive too
    ("The talks resumed following its latest round of missile tests.", "tests", "MOBILIZE"),
])
def test_denials_and_acts_said_to_go_on(types_of, text, trigger, type_):
    assert types_of(text).get(trigger) == type_


def test_a_denied_permit_is_no_rejection(types_of):
    assert "denied" not in types_of("The court denied bail to the suspect.")


@pytest.mark.parametrize("text,trigger,type_", [
    # a ban by an international body on a state's conduct is a sanction
    ("Such fuel transfers were banned by the UN in March.", "banned", "SANCTION"),
    ("The government banned the rally on Monday.", "banned", "COERCE"),
    # the particle verb and the noun of removing posts or apps read the same objects
    ("Both apps were taken off the store on Monday.", "taken", "COERCE"),
    ("The company confirmed the removal of the apps on Monday.", "removal", "COERCE"),
])
def test_bans_and_removals(types_of, text, trigger, type_):
    assert types_of(text).get(trigger) == type_


def test_taking_off_is_no_removal(types_of):
    assert "took" not in types_of("The plane took off from Dorn on Monday.")


def test_a_counted_object_is_no_sum_of_money(types_of):
    # "money" in a row's words is money; a count of people sent is no sum given
    assert "sent" not in types_of("The agency sent 21 officials to Dorn on Monday.")
