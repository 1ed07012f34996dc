"""Quote speakers (stop 28): an agent noun that speaks stands for the person named before it;
a title stands for the latest person it fits; "the company" for the one body named before;
a pull-quote line credits the quote it repeats (invented text)."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture(scope="module")
def speakers_of(nlp):
    """Speakers as the whole annotation finds them, by quote text."""
    from dateline.annotate import annotate_text

    def run(text: str) -> dict[str, str | None]:
        return {q.text: q.speaker for q in annotate_text(text, dt.date(2031, 3, 14)).quotes}
    return run


@pytest.mark.parametrize("text, quote, speaker", [
    pytest.param("Mara Velk, founder of a parents' group, posted a photo on Sunday.\n"
                 "Even Velk, the woman who first posted it, is tired of the fuss.\n"
                 '"It matters less than what happened in the city this week," the road safety '
                 "advocate wrote on her blog.",
                 "It matters less than what happened in the city this week,", "Mara Velk",
                 id="an advocate who writes is the person named before"),
    pytest.param("Tomas Orlen ran the night shift at the depot for a decade.\n"
                 '"We cannot keep the doors open past nine any more," the statement said.',
                 "We cannot keep the doors open past nine any more,", "the statement",
                 id="a document that speaks is no person"),
    pytest.param("Ann Kessel founded Brightwater Labs in 2009 and sold it last year. Tom Reyes, "
                 "an analyst at Hanley Partners, said the sale was a surprise.\n"
                 '"We never planned to sell, but the offer was too good to refuse," the founder '
                 "of Brightwater Labs said on Monday.",
                 "We never planned to sell, but the offer was too good to refuse,", "Ann Kessel",
                 id="a title goes to the latest person it fits, not the latest person"),
    pytest.param("Customers were angry with Equifax Inc, which holds their data.\n"
                 'In a statement, the company said: "We are deeply sorry for the trouble '
                 'caused to our customers today."',
                 "We are deeply sorry for the trouble caused to our customers today.",
                 "Equifax Inc", id="the company is the one body named before"),
    pytest.param("Ann Lee, a customer, told Reuters she was angry.\n"
                 'In a statement, the company said: "We are deeply sorry for the trouble '
                 'caused to our customers today."',
                 "We are deeply sorry for the trouble caused to our customers today.",
                 "the company", id="an outlet spoken to is not the company"),
    pytest.param("A bus overturned in Kelso on Friday, injuring nine people.\n"
                 "The driver was shaking and the windows were gone Tomas Orlen\n"
                 "\u201cThe driver was shaking and the windows were gone. It was chaos.\u201d "
                 "Police have arrested a man.",
                 "The driver was shaking and the windows were gone. It was chaos.",
                 "Tomas Orlen", id="a pull-quote line credits the quote it opens"),
    pytest.param("The plan drew a sharp reply from the ministry on Tuesday.\n"
                 '"We reject these claims, which have no basis in fact at all."',
                 "We reject these claims, which have no basis in fact at all.", "the ministry",
                 id="a reply from someone names whose words follow"),
    pytest.param("Talks were offered to discuss 'matters of mutual interest', Ann Lee said.\n"
                 "But the speech also held a warning, prompting a furious response from Tomas "
                 "Orlen on Twitter.\n"
                 "'Nobody in this town will ever agree to a deal like that one.'",
                 "Nobody in this town will ever agree to a deal like that one.", "Tomas Orlen",
                 id="a response named across a paragraph outranks the quote before"),
])
def test_speaker_class(speakers_of, text, quote, speaker):
    assert speakers_of(text)[quote] == speaker
