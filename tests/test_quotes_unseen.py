"""Quote speakers on shapes that went wrong before (invented text): what is a quote, and the
speaker a clause gives it. Speakers the whole annotation resolves:
test_quotes_unseen_speakers.py."""

from __future__ import annotations

import pytest

from dateline.annotate.quotes import SPEECH_VERBS, find_quotes


@pytest.fixture(scope="module")
def speakers(nlp):
    def run(text: str) -> dict[str, str | None]:
        return {q.text: q.speaker for q in find_quotes(nlp(text))}
    return run


def test_belief_and_evidence_verbs_are_not_speech():
    assert not {"believe", "show", "suggest", "estimate"} & SPEECH_VERBS
    assert {"say", "insist", "urge"} <= SPEECH_VERBS


def test_partial_quote_goes_to_the_reporter_not_an_earlier_speaker(speakers):
    text = ("Foreign Minister Ana Varo insisted that the army does not intend “to oppress” "
            "anyone.\n\nA senior defence official said he believed the rebels had “lost a little "
            "bit of their momentum” in the east.")
    assert speakers(text)["lost a little bit of their momentum"] == "A senior defence official"


def test_participle_of_a_clause_is_not_a_speaker(speakers):
    text = ("Moscow, for its part, stiffened its truculent response, saying answers sent "
            "this week by the bloc showed “disrespect for our security demands”.")
    assert speakers(text)["disrespect for our security demands"] == "Moscow"


def test_participle_after_a_noun_takes_the_noun_owner(speakers):
    text = ("Hopes faded when Putin made an address urging the army to act so that it would be "
            "“easier to negotiate with you”.")
    assert speakers(text)["easier to negotiate with you"] == "Putin"


def test_outer_reporter_speaks_through_a_participle(speakers):
    text = ("After the call, Zelenskyy suggested that Biden had promised new aid, tweeting: "
            "“Sanctions have just been discussed.”")
    assert speakers(text)["Sanctions have just been discussed."] == "Zelenskyy"


def test_run_on_clause_is_never_a_speaker(speakers):
    text = ("Beyond the border, international opprobrium against the campaign — which Moscow "
            "insists on calling a “special military operation in the east” — is growing.")
    speaker = speakers(text)["special military operation in the east"]
    assert speaker in ("Moscow", None)


def test_name_in_quote_marks_is_not_a_quote(speakers):
    found = speakers('Troops served in the Nato mission "Resolute Support" until 2021, the '
                     'ministry said.')
    assert "Resolute Support" not in found


def test_scare_quotes_under_four_words_are_not_quotes(speakers):
    # GUIDELINES section 7: names, titles and scare quotes under 4 words are not quotes
    assert speakers('The mayor called the move "a disgrace" and said it was "Unacceptable".') \
        == {}
    found = speakers('The mayor called the move "a disgrace to this city" on Monday.')
    assert found["a disgrace to this city"] == "The mayor"


@pytest.mark.parametrize("text", [
    'The Cubs shed themselves of the "Curse of the Billy Goat" and ended the long wait.',
    'No need for a time machine like in "Back To The Future" when the flight is late.',
])
def test_a_capitalised_name_in_quote_marks_is_not_a_quote(speakers, text):
    assert speakers(text) == {}


@pytest.mark.parametrize("text", [
    # titles after a common noun, after "including", before the noun they name; a comma the
    # American style puts inside the marks; a verb inside one title frames no other
    'Lea Roe sang classics, including "Cry Me A River," and newer songs like "Can\'t Stop The '
    'Feeling" from her newly released "Man of the Woods" album.',
    'She closed with the song "Rivers Of The North Sea Tonight" on Friday.',
])
def test_titles_of_works_are_not_quotes(speakers, text):
    assert speakers(text) == {}


@pytest.mark.parametrize("text", [
    'The Dorn Front - which translates as "Freedom for the People of Dorn" - has claimed the '
    'attack.',
    'The group, whose name means "the people of the northern valleys", claimed the attack.',
])
def test_the_meaning_of_a_name_is_not_a_quote(speakers, text):
    assert speakers(text) == {}


def test_a_report_the_parse_hung_on_the_verb_before_is_its_reporter_s(speakers):
    found = speakers('The protest came after the newspaper Dorn Herald, quoting anonymous '
                     'sources, reported that "the convoys were seen leaving the base at dawn".')
    assert found == {"the convoys were seen leaving the base at dawn": "Dorn Herald"}


def test_a_statement_speaks_for_whom_the_parse_hung_it_on(speakers):
    found = speakers('The couple were congregants at the temple, said Rabbi Ivo Dask in a '
                     'statement posted on Facebook.\n"This tragedy hits our community very '
                     'hard. We grieve with them," the statement said.')
    assert list(found.values()) == ["Ivo Dask"]


def test_short_title_case_chant_is_still_a_quote(speakers):
    found = speakers('At the rally the crowd chanted "Stop The Count Now" as the governor spoke.')
    assert "Stop The Count Now" in found


def test_a_quote_opening_with_a_passive_speech_verb_is_the_reporters(speakers):
    text = ('On Thursday, Lord Halvard said his statement had not been "written by or at the '
            'ministry in Dorn".')
    assert speakers(text)["written by or at the ministry in Dorn"] == "Halvard"


def test_a_quote_in_a_statement_an_it_issued_is_its_issuers(speakers):
    text = ('Canada moved to steady the markets. It issued a statement that "the central bank '
            'will not change the portfolio of currencies in its reserves".')
    quote = "the central bank will not change the portfolio of currencies in its reserves"
    assert speakers(text)[quote] == "Canada"
