"""Quote speakers come from the speech frame attached to the quote (invented text)."""

from __future__ import annotations

import pytest

from dateline.annotate.quotes import find_quotes, quote_spans


@pytest.fixture(scope="module")
def speakers(nlp):
    def run(text: str) -> dict[str, str | None]:
        return {q.text: q.speaker for q in find_quotes(nlp(text))}
    return run


def test_letter_goes_to_its_author_not_the_addressee(speakers):
    text = ("In a letter to President Bo Lind, union leader Kara Moss wrote: “We will not accept "
            "these cuts to our pensions.”")
    assert "Kara Moss" in speakers(text)["We will not accept these cuts to our pensions."]


def test_verb_with_its_own_clause_after_the_quote_is_not_its_frame(speakers):
    text = ("“The bridge is closed to all traffic until further notice.” Police confirmed a man "
            "was arrested at the scene.")
    assert speakers(text)["The bridge is closed to all traffic until further notice."] is None


def test_each_line_has_its_own_frame(speakers):
    text = ("Ana Pell, the harbour master, described the night. She said: “We lost two boats in "
            "the storm.\"\nMayor Ivo Dunn added: \"Our crews will work through the night.\"")
    found = speakers(text)
    assert "Pell" in found["We lost two boats in the storm."]
    assert found["Our crews will work through the night."] == "Ivo Dunn"


def test_quoted_as_saying_goes_to_the_quoted(speakers):
    text = "The agency quoted General Ivo Tam as saying: “The drill was a complete success.”"
    assert speakers(text)["The drill was a complete success."] == "Ivo Tam"


def test_named_apposition_wins_over_the_title(speakers):
    text = "“We will reopen the port next week,” the spokesman, Pell Arno, told reporters."
    assert speakers(text)["We will reopen the port next week,"] == "Pell Arno"
    text = ("“The tide has turned for good,” a member of the council, Rosa Kemp, told the "
            "paper.")
    assert speakers(text)["The tide has turned for good,"] == "Rosa Kemp"


def test_unnamed_speaker_keeps_the_describing_phrase(speakers):
    text = "A reporter for the local radio said that “the water reached the second floor.”"
    assert speakers(text)["the water reached the second floor."] == \
        "A reporter for the local radio"


def test_title_before_a_name_is_not_the_name(speakers):
    text = "Deputy Fire Chief Omar Kell said: “Three crews are still at the scene tonight.”"
    assert speakers(text)["Three crews are still at the scene tonight."] == "Omar Kell"


def test_another_speaker_between_paragraphs_stops_the_continuation(speakers):
    text = ("“We need more pumps in the valley,” said engineer Lia Vos.\n\n"
            "The mayor said the budget was already spent.\n\n"
            "“Without them the lower town floods again.”")
    assert speakers(text)["Without them the lower town floods again."] is None


def test_run_together_paragraphs_are_separate_quotes_of_one_speaker(speakers):
    text = 'Mr Holt said: "The water came very fast. "We had no time to leave the house.'
    found = speakers(text)
    assert set(found) == {"The water came very fast.", "We had no time to leave the house."}
    assert all("Holt" in speaker for speaker in found.values())


def test_straight_single_quotes_and_apostrophes():
    text = "The minister's aide said the plan was 'a step towards lasting peace' on Monday."
    spans = quote_spans(text)
    assert [text[s.open_at + 1:s.end] for s in spans] == ["a step towards lasting peace"]


def test_speech_told_to_a_reporter_is_the_reporter_s_quote(speakers):
    text = "Ana Rios said the pilot told her that “he could not see the runway at all.”"
    assert speakers(text)["he could not see the runway at all."] == "Ana Rios"


def test_partial_quote_in_an_adjunct_goes_to_the_main_reporter(speakers):
    text = ("Rather than backing plans that “weaken the fragile truce in the north,” the rebels "
            "should join the talks, Mayor Tia Brand said.")
    assert "Tia Brand" in speakers(text)["weaken the fragile truce in the north,"]


def test_partial_quote_without_a_speech_verb_goes_to_the_clause_s_agent(speakers):
    text = "Acme Corp made a “best and final offer to shareholders” on Monday."
    assert speakers(text)["best and final offer to shareholders"] == "Acme Corp"


def test_quote_that_opens_with_the_speech_verb(speakers):
    text = "A second source “said the two outages were caused by one fault.”"
    assert speakers(text)["said the two outages were caused by one fault."] == "A second source"


def test_photo_credits_labels_and_stamps_are_never_speakers(speakers):
    text = ("The mayor toured the flooded district on Monday.\n"
            "Residents wade through the water near the old bridge. REUTERS/Jo Lind\n"
            "“We have never seen the river this high in our lives,” he said.\n"
            "Thu 12 Mar 2031 14.05 GMT\n"
            "0:45\n"
            "“Nobody came to help us for three whole days,” he added.")
    found = speakers(text)
    assert found["We have never seen the river this high in our lives,"] == "The mayor"
    assert found["Nobody came to help us for three whole days,"] == "The mayor"


def test_a_paragraph_opened_with_a_turned_mark_is_a_quote(speakers):
    text = "Union leader Ada Quinn spoke to reporters.\n”We will strike on Monday,” she said."
    assert speakers(text)["We will strike on Monday,"] == "Ada Quinn"


def test_each_paragraph_of_a_speech_is_its_own_quote_of_the_same_speaker(speakers):
    text = ("Ada Quinn, head of the union, said: “We apologise to every passenger.\n"
            "“Our crews will be back at work by Monday morning.”")
    found = speakers(text)
    assert set(found) == {"We apologise to every passenger.",
                          "Our crews will be back at work by Monday morning."}
    assert len(set(found.values())) == 1 and "Quinn" in next(iter(found.values()))


def test_an_object_that_controls_the_infinitive_speaks(speakers):
    text = ("The launch triggered the coastal warning system to send messages to phones "
            "saying, “Take shelter inside a solid building now.”")
    assert speakers(text)["Take shelter inside a solid building now."] == \
        "the coastal warning system"


def test_pronoun_skips_the_subject_of_its_own_report_and_embedded_subjects(speakers):
    text = ("Campaign chief Ola Berg spoke to the radio on Sunday. Mr Lind has \"the same hunger "
            "for the job as ever\", she said.\n\nMs Berg added that voters often switch late. "
            "\"You never know until the very last day,\" she said.")
    found = speakers(text)
    assert "Berg" in found["the same hunger for the job as ever"]
    assert "Berg" in found["You never know until the very last day,"]


def test_a_speech_verb_that_runs_on_to_a_colon_frames_the_next_quote(speakers):
    text = ("He told the paper: \"We have suspended him as a member of the party.\" "
            "Mr Dale was quoted in the Courier saying: \"I feel the party has overreacted.\"")
    found = speakers(text)
    assert found["We have suspended him as a member of the party."] != "Dale"
    assert "Dale" in found["I feel the party has overreacted."]


def test_a_quote_after_a_sentence_of_reported_speech_goes_to_its_speaker(speakers):
    text = ("Union chairman Pol Ekman said he had suspended the strike on Friday night. "
            "\"It will stay suspended while the talks go on.\"")
    assert "Pol Ekman" in speakers(text)["It will stay suspended while the talks go on."]


def test_a_name_right_before_the_speech_verb_speaks(speakers):
    text = "When asked if the pair would play Lindqvist replied: \"I could tell you yes.\""
    assert speakers(text)["I could tell you yes."] == "Lindqvist"


def test_a_partial_quote_in_a_new_agent_s_clause_is_that_agent_s(speakers):
    text = ("“We will not campaign for the prize at all,” Mel Dean said. Academy president Ivo "
            "Pratt praised the move as a “celebration of excellence in film making”.")
    assert speakers(text)["celebration of excellence in film making"] == "Ivo Pratt"


def test_after_the_speech_verb_the_speaker_is_the_whole_phrase(speakers):
    text = "“It will not be a pretty game at all,” said the club doctor."
    assert speakers(text)["It will not be a pretty game at all,"] == "the club doctor"


def test_a_source_named_by_according_to_is_who_he_is(speakers):
    # the pronoun's man is the one "according to" names, not the company his quote mentions
    text = ("Kestrel has also announced a new tablet. The price compares well with rivals, "
            "according to Tom Hale, editor of a gadget magazine. \"It is a very competitive "
            "price. Kestrel has created quite a buzz,\" he says.")
    found = speakers(text)
    assert found["It is a very competitive price. Kestrel has created quite a buzz,"] == \
        "Tom Hale"


def test_a_speech_verb_hung_on_the_reported_clause_speaks_for_the_reporter(speakers):
    # the parse makes "admitted" a conjunct of "reached"; a reported clause does not speak
    text = ("Mr Howard last week said his front bench team had reached a common view on the "
            "cards, but admitted it was \"not an easy issue for any of us\".")
    assert "Howard" in speakers(text)["not an easy issue for any of us"]


def test_two_titles_of_one_man_give_his_name(speakers):
    text = ("\"This year's nominees reflect the growing strength of our filmmaking,\" said "
            "festival founder and director Elliot Marsh.")
    assert speakers(text)["This year's nominees reflect the growing strength of our "
                          "filmmaking,"] == "Elliot Marsh"


def test_a_pronoun_with_no_subject_to_stand_for_takes_the_person_named(speakers):
    # "for Allen Weiner, ..." names the man whose view follows; no clause has him as subject
    text = ("But for Allen Weiner, a research director at a consultancy, the future of search is "
            "not about technology. \"Search technology is valuable but the next step is about "
            "content,\" he said.")
    assert speakers(text)["Search technology is valuable but the next step is about "
                          "content,"] == "Allen Weiner"
