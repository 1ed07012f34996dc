"""Quotes and their speakers, on hand-written fictional text."""

from __future__ import annotations

import pytest

from dateline.annotate.quotes import find_quotes, quote_spans
from dateline.model import EntityMention


@pytest.fixture(scope="module")
def quotes_of(nlp):
    def run(text: str, entities: list[EntityMention] | None = None):
        return find_quotes(nlp(text), entities or [])
    return run


def test_said_after_name(quotes_of):
    (quote,) = quotes_of("“We will rebuild the bridge by spring,” said Mayor Olena Dravik.")
    assert quote.text == "We will rebuild the bridge by spring,"
    assert quote.speaker == "Olena Dravik" or quote.speaker == "Mayor Olena Dravik"
    assert not quote.partial


def test_name_said_and_told(quotes_of):
    (quote,) = quotes_of("“The talks are over,” Minister Karl Veston told Radio Nord.")
    assert "Veston" in quote.speaker


def test_speaker_from_entities(quotes_of):
    text = "Ambassador Lina Marsh said in a statement: “Our border stays open.”"
    mention = EntityMention(11, 21, "Lina Marsh", "PERSON", "Lina Marsh-Oduya", "E7")
    (quote,) = quotes_of(text, [mention])
    assert quote.speaker == "Lina Marsh-Oduya" and quote.speaker_id == "E7"


def test_pronoun_after_named_speaker(quotes_of):
    text = ("General Tomas Reyk visited the northern base on Monday.\n\n"
            "“Morale is high in every unit,” he said.")
    (quote,) = quotes_of(text)
    assert "Tomas Reyk" in quote.speaker


def test_separate_paragraph_continues_speaker(quotes_of):
    text = ("“We need more trucks,” said aid coordinator Mira Holt.\n\n"
            "“Without them the villages will starve.”")
    quotes = quotes_of(text)
    assert len(quotes) == 2
    assert quotes[1].speaker == quotes[0].speaker and "Mira Holt" in quotes[0].speaker


def test_multi_paragraph_quote(quotes_of):
    # GUIDELINES section 7: separate quoted segments are separate items, so each paragraph of
    # a speech is a quote of its own (this test expected one quote before), same speaker
    text = ("Farmer Ivo Brandt said: “The river rose overnight.\n\n"
            "“By morning the fields were gone,” he said.")
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["The river rose overnight.",
                                        "By morning the fields were gone,"]
    assert all("Ivo Brandt" in q.speaker for q in quotes)


def test_partial_quote(quotes_of):
    (quote,) = quotes_of("Prime Minister Anna Keller called the proposal “a dead end for the "
                         "port” on Tuesday.")
    assert quote.partial and quote.text == "a dead end for the port"
    assert "Keller" in quote.speaker


def test_according_to(quotes_of):
    (quote,) = quotes_of("“The dam will hold,” according to engineer Piet Laar.")
    assert "Piet Laar" in quote.speaker


def test_straight_quotes(quotes_of):
    (quote,) = quotes_of('"We are ready to sail," said Captain Jon Mair.')
    assert quote.text == "We are ready to sail," and "Jon Mair" in quote.speaker


def test_statement_source(quotes_of):
    text = ("A statement from the Harbor Union said members would strike. "
            "“Our demands are modest,” said the statement.")
    quotes = quotes_of(text)
    assert quotes[-1].speaker == "the Harbor Union" or "Harbor Union" in quotes[-1].speaker


def test_unbalanced_quote_is_capped():
    paragraphs = ["“This quote never closes."] + [f"Paragraph {i} of plain text." for i in range(8)]
    text = "\n\n".join(paragraphs)
    spans = quote_spans(text)
    assert len(spans) == 1
    assert spans[0].end <= len(paragraphs[0]) + 2


def test_unbalanced_does_not_crash(quotes_of):
    quotes = quotes_of("He said “yes. ” ” “ \"\n\n“Open again.\n\nPlain text follows here.")
    assert all(q.end - q.start < 60 for q in quotes)


def test_apostrophes_are_not_quotes():
    assert quote_spans("The city’s mayor said the army’s units left.") == []
    assert len(quote_spans("Officials called it ‘a provocation’ on Friday.")) == 1


@pytest.mark.parametrize("agency", ["AFP", "Reuters", "AP"])
def test_a_speaker_who_told_a_news_agency_is_not_a_photo_credit(quotes_of, agency):
    # the agency's name ends the sentence like a caption credit, but a verb governs it
    (quote,) = quotes_of(f'"We knew the risks and we stayed," Elena Kovac, a nurse, told {agency}.')
    assert quote.speaker == "Elena Kovac"


def test_a_caption_credit_after_the_caption_still_gives_no_speaker():
    from dateline.annotate.quotes.captions import caption_lines

    captions = ["Soldiers walk past a destroyed tank in Kharkiv. AFP",
                "Rescuers search the site (Reuters)", "A boy in the rubble - AP"]
    prose = ["Elena Kovac told AFP.", "The toll was confirmed to Reuters."]
    assert all(caption_lines(line) for line in captions)
    assert not any(caption_lines(line) for line in prose)


def test_a_colon_lead_in_frames_a_quote_opening_the_next_paragraph(quotes_of):
    (quote,) = quotes_of('Mayor Ada Brenn told the council:\n\n'
                         '"We have been waiting for this bridge for years and it is finally here."')
    assert quote.speaker and quote.speaker.endswith("Ada Brenn")


def test_a_short_quotes_frame_names_who_goes_on_speaking(quotes_of):
    # "I was terrified" is too short to be a quote item, but it says who speaks next
    (quote,) = quotes_of('"I was terrified," said Tomas Virn, a fisherman from Dorn. '
                         '"The water rose so fast that we had no time to run."')
    assert quote.speaker == "Tomas Virn"


def test_an_object_that_is_moved_to_speak_is_the_speaker(quotes_of):
    (quote,) = quotes_of("Harlan Dorn confirmed Friday that he apologized, an unusual admission "
                         "from him, which spurred Mara Lind to wryly note, “His therapy must be "
                         "working.”")
    assert quote.speaker is not None and "Mara Lind" in quote.speaker


def test_one_of_a_group_is_described_by_the_whole_phrase(quotes_of):
    (quote,) = quotes_of("“There are weapons and cars ready for anyone who wants them,” one of "
                         "the French fighters says in the video.")
    assert quote.speaker == "one of the French fighters"


def test_a_title_stands_for_the_person_with_that_title_only():
    from dateline.annotate import annotate_text

    text = ("Telegram founder Pavel Dorn, 33, added: “Once we have protections in place we "
            "expect the apps to be back on the App Store.” Speaking at the World Economic Forum, "
            "the prime minister said last Wednesday: “Smaller platforms can quickly become home "
            "to criminals and terrorists.”")
    quotes = annotate_text(text, None).quotes
    assert [q.speaker for q in quotes] == ["Pavel Dorn", "the prime minister"]


def test_a_statement_that_reads_speaks_for_its_issuer():
    from dateline.annotate import annotate_text

    text = ("Earlier today the state ramped up its threats.\n“The army and people of Veltria are "
            "unanimously demanding that Norland be beaten to death,” a statement released by the "
            "Korean Central News Agency read.\n\"Now is the time to annihilate the aggressors.\"")
    quotes = annotate_text(text, None).quotes
    assert [q.speaker for q in quotes] == ["Korean Central News Agency"] * 2
