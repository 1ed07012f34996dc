"""Who did an act, read from the parse on invented sentences: one class of missed or wrong
actor per test (a conjunct after a passive, ...)."""

from __future__ import annotations


def _event(events, trigger):
    return next(e for e in events if e.trigger == trigger)


def test_an_active_conjunct_of_a_passive_is_done_by_the_shared_subject(events_of):
    text = "Last May Mara Velt was handed a medal in Dorn and met its mayor, Ivo Brandt."
    assert _event(events_of(text), "met").actors == ("Mara Velt",)


def test_an_active_conjunct_with_its_own_auxiliary_after_a_passive(events_of):
    text = "The Velt Front was blamed for the raids but has since released the hostages."
    assert _event(events_of(text), "released").actors == ("The Velt Front",)


def test_a_bare_participle_conjunct_shares_the_passive(events_of):
    text = "Ivo Brandt was detained by the Dorn police and charged with assault."
    assert "Ivo Brandt" not in _event(events_of(text), "charged").actors


def test_a_by_phrase_on_a_count_of_acts_names_their_doers(events_of):
    text = "A wave of attacks in Dorn on Sunday by armed gangs shocked the town."
    assert _event(events_of(text), "attacks").actors == ("armed gangs",)


def test_a_harmful_act_as_subject_stands_for_its_doers(events_of):
    killed = _event(events_of("The raid by Dorn rebels killed four guards."), "killed")
    assert killed.actors == ("Dorn rebels",)


def test_he_after_a_clause_with_no_person_subject_is_the_person_it_acted_on(events_of):
    text = "Dorn police detained the driver after he attacked two guards."
    assert _event(events_of(text), "attacked").actors == ("the driver",)


def test_he_after_a_person_subject_is_left_to_the_subject(events_of):
    text = "Ana Lim questioned the driver after he attacked two guards."
    assert "the driver" not in _event(events_of(text), "attacked").actors


def test_a_party_owned_through_a_pronoun_is_named_by_its_owner(events_of):
    text = "Dorn leader Ana Lim said on Monday that her party will attack the rebels."
    assert _event(events_of(text), "attack").actors == ("Ana Lim's party",)


def test_a_gerund_listed_by_a_participle_preposition_is_the_charged_ones_act(events_of):
    text = "A Dorn court charged Sarah Miller on four counts including attacking police officers."
    assert _event(events_of(text), "attacking").actors == ("Sarah Miller",)


def test_a_bare_conjunct_after_a_passive_tagged_past_is_still_passive(events_of):
    annexed = _event(events_of("Dorn was invaded by Veltria in May and annexed a year later."),
                     "annexed")
    assert "Dorn" not in annexed.actors


def test_who_condemns_an_attack_it_reports_did_not_do_it(events_of):
    text = "Dorn's foreign ministry condemned the shelling, which it said killed 12."
    assert not any("ministry" in a for e in events_of(text) if e.trigger == "killed"
                   for a in e.actors)


def test_a_gerund_naming_an_act_takes_its_by_phrase_as_doer(events_of):
    text = "Dorn said 12 people were killed in shelling by Veltrian forces."
    assert _event(events_of(text), "shelling").actors == ("Veltrian forces",)


def test_whose_names_the_noun_its_relative_clause_hangs_on(events_of):
    text = "Veltria, whose troops invaded Dorn last year, denied the charge."
    assert _event(events_of(text), "invaded").actors == ("Veltria's troops",)


def test_a_meeting_with_a_partner_around_a_clause_was_held_by_its_subject(events_of):
    text = "Ana Lim resigned on Monday after a secret meeting with Ivo Brandt."
    assert _event(events_of(text), "meeting").actors == ("Ana Lim",)


def test_whose_owning_an_act_is_its_relative_clauses_noun(events_of):
    text = "Dorn, whose invasion of Veltria began in May, denied the charge."
    assert _event(events_of(text), "invasion").actors == ("Dorn",)


def test_whose_owning_an_act_done_to_a_person_is_its_target(events_of):
    text = "The rally was led by John Smith, whose arrest in May sparked protests."
    arrest = _event(events_of(text), "arrest")
    assert arrest.actors == () and arrest.targets == ("John Smith",)


def test_a_time_owning_an_act_is_not_its_doer(events_of):
    text = "After Thursday's meeting with Ivo Brandt in Dorn, Ana Lim said she was pleased."
    assert _event(events_of(text), "meeting").actors == ("Ana Lim",)


def _annotated(text):
    """Events of the whole pipeline: the organisations named come from the entity component."""
    import datetime as dt

    from dateline.annotate import annotate_text

    return annotate_text(text, dt.date(2031, 5, 14)).events


def test_a_bare_definite_noun_repeating_an_organisations_head_names_it():
    text = "The European Commission opened a case in May. The commission fined Veltria Bank."
    assert "European Commission" in _event(_annotated(text), "fined").actors


def test_the_state_is_never_an_organisation_named_state():
    text = "Islamic State attacked Dorn in May. The state arrested 20 people."
    assert "Islamic State" not in _event(_annotated(text), "arrested").actors


def test_the_two_countries_are_the_last_two_named():
    text = ("Chile and Peru signed a trade pact in Lima. The two countries also agreed to hold "
            "talks on fishing.")
    talks = _event(_annotated(text), "talks")
    assert "Chile" in talks.actors and "Peru" in talks.actors


def test_a_release_is_done_by_whoever_held_the_released(events_of):
    text = "Dorn said it had secured the release of 12 of the sailors seized by Veltrian rebels."
    assert _event(events_of(text), "release").actors == ("Veltrian rebels",)


def test_a_passive_release_is_done_by_whoever_held_them(events_of):
    text = "Dorn said 12 of the sailors abducted by Veltrian rebels in May have been released."
    assert _event(events_of(text), "released").actors == ("Veltrian rebels",)


def test_a_possessive_bound_by_its_own_clauses_subject_stays_as_told(events_of):
    text = "Dorn, which has accused the rebels of the bombing, shelled their positions."
    assert "Dorn's positions" not in _event(events_of(text), "shelled").targets


def test_a_proper_name_split_by_the_tagger_before_an_act_is_its_doer(events_of):
    text = "Islamic State attacks on Dorn have killed 30 people."
    assert _event(events_of(text), "killed").actors == ("Islamic State",)


def test_a_thing_used_to_do_something_does_not_do_it(events_of):
    text = "Dorn students have used them to organize protests against the government."
    assert _event(events_of(text), "protests").actors == ("Dorn students",)


def test_a_shelled_city_a_relative_clause_hangs_on_is_no_killer(events_of):
    text = "Dorn accused Veltria of shelling Odessa, which killed three people."
    assert "Odesa" not in _event(events_of(text), "killed").actors
    assert "Odessa" not in _event(events_of(text), "killed").actors


def test_a_person_shot_who_had_killed_still_killed(events_of):
    text = "Police shot the gunman, who had killed two people."
    assert _event(events_of(text), "killed").actors == ("the gunman",)


def test_a_pronoun_owner_with_no_subject_in_its_sentence_stays_as_told(events_of):
    text = "Ana Lim met Ivo Brandt in May. On Monday his party attacked the rebels in Dorn."
    assert _event(events_of(text), "attacked").actors == ("his party",)


def test_meeting_actors_from_the_clause_around_are_parties_only(events_of):
    text = "Ana Lim said tensions were apparent during the meeting with Ivo Brandt."
    assert "tensions" not in _event(events_of(text), "meeting").actors
