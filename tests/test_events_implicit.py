"""Doers a clause leaves unsaid: instruments, passives, speakers, the article's happening
(invented text)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.annotate.events import find_events
from dateline.model import EntityMention, Quote
from event_helpers import by_trigger

PUBLISHED = dt.date(2031, 5, 14)


def mention(text: str, name: str, kind: str, at: int = 0) -> EntityMention:
    start = text.index(name, at)
    return EntityMention(start, start + len(name), name, kind, name, "E:" + name.lower())


@pytest.fixture(scope="module")
def events_of(nlp):
    def run(text: str, entities=(), quotes=()):
        return find_events(nlp(text), published=PUBLISHED, entities=list(entities),
                           quotes=list(quotes))
    return run


def test_instrument_stands_for_the_driver_its_participle_names(events_of):
    events = events_of("Dozens were mowed down by a van driven by a masked man on Sunday.")
    assert by_trigger(events, "mowed").actors == ("a masked man",)


def test_adjunct_of_a_passive_is_done_by_its_subject_not_its_agent(events_of):
    event = by_trigger(events_of("The gunman was stopped by guards after shooting two "
                                 "visitors on Sunday."), "shooting")
    assert "guards" not in event.actors and event.actors == ("The gunman",)


def test_killed_in_a_shootout_is_done_by_the_other_side(events_of):
    event = by_trigger(events_of("The hijacker was killed in a shootout with commandos."),
                       "killed")
    assert event.actors == ("commandos",)


def test_reduced_passive_lends_its_agent_to_the_harm(events_of):
    event = by_trigger(events_of("Six villagers were killed on Sunday, gunned down by "
                                 "militiamen."), "killed")
    assert event.actors == ("militiamen",)


def test_relative_clause_hung_on_a_verb_names_nobody(events_of):
    events = events_of("She said she was shocked by the raid in Dorn that injured ten "
                       "workers.")
    assert all("shocked" not in " ".join(e.actors) for e in events)


def test_a_nearer_subject_outranks_the_reporter_for_it(events_of):
    event = by_trigger(events_of("Lorne said Canada would pay dearly if it attacked "
                                 "Peru."), "attacked")
    assert event.actors == ("Canada",)


def test_we_in_a_quote_is_the_speakers_organisation(events_of):
    text = 'Ann Roe, chief executive at Orbex, said: "We apologise to every customer."'
    entities = [mention(text, "Ann Roe", "PERSON"), mention(text, "Orbex", "ORG")]
    quote_start = text.index("We")
    quotes = [Quote(quote_start, text.index('."'), text[quote_start:text.index('."')],
                    "Ann Roe", "E:ann roe")]
    event = by_trigger(events_of(text, entities, quotes), "apologise")
    assert event.actors == ("Orbex",)


def test_i_in_a_quote_is_the_speaker(events_of):
    text = '"I welcome the release of the sailors," Lorne said.'
    quotes = [Quote(1, text.index(',"'), text[1:text.index(',"')], "Lorne")]
    event = by_trigger(events_of(text, (), quotes), "welcome")
    assert event.actors == ("Lorne",)


def test_victims_take_the_named_attacker_of_the_news(events_of):
    text = ("A man drove a lorry into shoppers in Dorn on Tuesday. The attacker, Ivo Brant, "
            "was a local baker. Two nurses were also killed, the ministry said.")
    entities = [mention(text, "Ivo Brant", "PERSON")]
    events = events_of(text, entities)
    assert by_trigger(events, "drove").actors == ("Ivo Brant",)
    assert by_trigger(events, "killed").actors == ("Ivo Brant",)


def test_victims_take_the_doer_of_the_days_first_attack(events_of):
    events = events_of("A gunman opened fire on a market in Dorn on Tuesday. Four traders "
                       "were wounded.")
    assert by_trigger(events, "wounded").actors == ("A gunman",)


def test_the_attacker_killed_is_killed_by_who_shot_him(events_of):
    events = events_of("A gunman opened fire on a market in Dorn on Tuesday. Police shot "
                       "the gunman. The gunman was killed instantly.")
    assert by_trigger(events, "killed").actors == ("Police",)


def test_a_nominal_attack_borrows_no_doer(events_of):
    events = events_of("A gunman opened fire on a market in Dorn on Tuesday. The mayor "
                       "called the attack cowardly on Tuesday.")
    assert all(e.actors == () for e in events if e.trigger == "attack")


def test_an_arrest_reported_by_police_is_theirs(events_of):
    event = by_trigger(events_of("A teacher was arrested on Monday, police said."), "arrested")
    assert event.actors == ("police",)


def test_an_arrest_takes_the_state_of_the_articles_coercions(events_of):
    events = events_of("A Peruvian court jailed Ana Lim on Monday. Peruvian police arrested "
                       "her brother on Friday. Her cousin was detained in March.")
    assert by_trigger(events, "jailed").actors[-1] == "Peru"
    assert by_trigger(events, "detained").actors == ("Peru",)


def test_a_clause_with_a_nameless_subject_borrows_no_doer(events_of):
    events = events_of("A Peruvian court jailed Ana Lim on Monday. Peruvian police arrested "
                       "her brother on Friday. The 1990 uprising that toppled the president "
                       "began in May.")
    assert by_trigger(events, "toppled").actors == ()


def test_a_possible_arrest_is_not_lent_the_reporter(events_of):
    events = events_of("A teacher could be arrested, police said.")
    assert all(e.actors == () for e in events if e.trigger == "arrested")


def test_an_agentless_passive_continues_the_act_before_it(events_of):
    events = events_of("The airline offered passengers a refund on Monday. Crew members were "
                       "also offered hotel rooms.")
    assert by_trigger(events, "offered", 1).actors == ("The airline",)


def test_raising_verb_subject_does_the_complement(events_of):
    event = by_trigger(events_of("Peruvian troops are expected to enter Dorn on Friday."),
                       "enter")
    assert event.actors[0] == "Peruvian troops"


def test_a_charged_act_is_done_by_the_one_charged(events_of):
    event = by_trigger(events_of("Peru indicted a young farmer on Monday on charges including "
                                 "assault for punching a guard."), "punching")
    assert event.actors == ("a young farmer",)


def test_a_sentence_for_an_act_names_its_doer(events_of):
    event = by_trigger(events_of("Ana Lim is serving a prison sentence for taking part in an "
                                 "illegal protest in 2029."), "protest")
    assert event.actors == ("Ana Lim",)


def test_a_visit_during_which_someone_speaks_is_theirs(events_of):
    event = by_trigger(events_of("Speaking during a visit to Dorn, Maria Costa called on Peru "
                                 "to act."), "visit")
    assert event.actors == ("Maria Costa",)


def test_being_in_talks_is_taking_part(events_of):
    event = by_trigger(events_of("Orbex was in talks with the regulator on Monday."), "talks")
    assert event.actors == ("Orbex",)


def test_i_in_an_embedded_post_is_its_signer(events_of):
    text = ("Ana Lim says the sailors are free.\nI welcome the release of our sailors. "
            "\u2014 Ana Lim (@analim) May 2, 2031\nThe navy confirmed it.")
    entities = [mention(text, "Ana Lim", "PERSON"), mention(text, "Ana Lim", "PERSON", 40)]
    event = by_trigger(events_of(text, entities), "welcome")
    assert event.actors == ("Ana Lim",)


def test_taken_into_custody_is_undergone(events_of):
    event = by_trigger(events_of("Ivo Brant was taken into custody on Monday, according to "
                                 "the Dorn Police Department."), "custody")
    assert "Ivo Brant" not in event.actors


def test_a_participle_coordinated_with_a_noun_has_the_passive_subject(events_of, nlp):
    from spacy.tokens import Doc

    from dateline.annotate.events.heads import argument_heads

    # the parse that hangs the participles on "home": "She was filmed outside her home,
    # pushing and slapping the guards."
    words = ["She", "was", "filmed", "outside", "her", "home", ",", "pushing", "and",
             "slapping", "the", "guards", "."]
    heads = [2, 2, 2, 2, 5, 3, 5, 5, 7, 7, 11, 9, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "prep", "poss", "pobj", "punct", "conj", "cc",
            "conj", "det", "dobj", "punct"]
    pos = ["PRON", "AUX", "VERB", "ADP", "PRON", "NOUN", "PUNCT", "VERB", "CCONJ", "VERB",
           "DET", "NOUN", "PUNCT"]
    tags = ["PRP", "VBD", "VBN", "IN", "PRP$", "NN", ",", "VBG", "CC", "VBG", "DT", "NNS", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    actors, targets = argument_heads(doc[9], "ASSAULT")
    assert [t.text for t in actors] == ["She"] and [t.text for t in targets] == ["guards"]


def test_she_with_no_person_subject_is_the_person_named_before(events_of):
    text = ("Police detained Ana Lim on Monday. In 2029 she was filmed slapping a soldier in "
            "Dorn.")
    entities = [mention(text, "Ana Lim", "PERSON")]
    assert by_trigger(events_of(text, entities), "slapping").actors == ("Ana Lim",)


def test_a_closing_attribution_covers_a_coordinated_act(events_of):
    events = events_of("Troops entered Dorn on Monday and shelled the port, officials said.")
    event = by_trigger(events, "shelled")
    assert event.mode == "claimed" and event.attribution == "officials"


def test_a_harm_in_an_act_named_afresh_borrows_no_doer(events_of):
    events = events_of("A gunman opened fire on a market in Dorn on Tuesday. Some of the "
                       "hostages were killed in airstrikes on Tuesday, the group said.")
    assert by_trigger(events, "killed").actors == ()


def test_victims_borrow_only_from_an_act_of_their_kind(events_of):
    events = events_of("Rebels clashed with troops near Dorn on Tuesday. Four traders were "
                       "wounded in Dorn on Tuesday.")
    assert by_trigger(events, "wounded").actors == ()


def test_defendants_fined_are_people(events_of):
    assert by_trigger(events_of("The other defendants were fined on Monday."), "fined")


def test_a_person_the_lead_leaves_unnamed_is_the_one_named_later(events_of):
    text = ("Peru indicted a young farmer on Monday for punching a soldier in May. Peru "
            "arrested Ana Lim in May.")
    entities = [mention(text, "Ana Lim", "PERSON")]
    events = events_of(text, entities)
    assert by_trigger(events, "indicted").targets == ("Ana Lim",)
    assert by_trigger(events, "punching").actors == ("Ana Lim",)


def test_an_unnamed_court_is_not_a_person_named_later(events_of):
    text = ("A Peruvian court convicted Oren Kay on Monday. General Ivo Brant overthrew Oren "
            "Kay in 2029.")
    entities = [mention(text, "Oren Kay", "PERSON"), mention(text, "Oren Kay", "PERSON", 40),
                mention(text, "Ivo Brant", "PERSON")]
    assert "Ivo Brant" not in by_trigger(events_of(text, entities), "convicted").actors


def test_a_harm_told_as_earlier_borrows_no_doer(events_of):
    events = events_of("A gunman opened fire on a market in Dorn on Tuesday. His father said "
                       "he was angry because his cousin had been shot by then.")
    assert all(e.actors == () for e in events if e.trigger == "shot")


def test_a_definite_violent_noun_refers_back_to_its_doer(events_of):
    """'The abductions increased pressure': the abducting told before, by whatever word."""
    text = ("Dorn Front fighters abducted 40 pupils from a school in Lask in 2029. "
            "The abductions, during exam week, increased pressure on the government.")
    events = events_of(text, [mention(text, "Dorn Front", "ORG")])
    assert by_trigger(events, "abductions").actors == by_trigger(events, "abducted").actors
    assert by_trigger(events, "abducted").actors


def test_an_indefinite_violent_noun_borrows_no_doer(events_of):
    """'Abductions are rising across the region': no telling of the abducting before."""
    text = ("Dorn Front fighters abducted 40 pupils from a school in Lask in 2029. "
            "Killings are rising across the region, officials said.")
    events = events_of(text, [mention(text, "Dorn Front", "ORG")])
    assert all(e.actors == () for e in events if e.trigger == "Killings")


def test_an_inquiry_reported_by_police_is_theirs(events_of):
    """'after a long investigation, according to police': the reporting authority's inquiry."""
    text = "A teacher was charged after a long investigation, according to the Lask Police."
    events = events_of(text, [mention(text, "Lask Police", "ORG")])
    assert by_trigger(events, "investigation").actors == ("Lask Police",)


def test_a_pronoun_named_act_takes_the_parties_of_the_act_told(events_of):
    """'It was not a prisoner swap': the pronoun stands for the freeing told before."""
    text = ("Dorn Front fighters freed ten soldiers on Monday. "
            "\u201cIt was not a prisoner swap,\u201d the minister said.")
    events = events_of(text, [mention(text, "Dorn Front", "ORG")])
    freed, swap = by_trigger(events, "freed"), by_trigger(events, "swap")
    assert (swap.actors, swap.targets) == (freed.actors, freed.targets) and freed.actors
