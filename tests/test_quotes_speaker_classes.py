"""Quote speakers by the syntax of the reported-speech frame (invented sentences, one per
class of error seen on unseen news)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.annotate.quotes import quote_spans


@pytest.fixture(scope="module")
def speakers_of(nlp):
    """Speakers as the whole annotation finds them, by quote text."""
    from dateline.annotate import annotate_text

    def run(text: str) -> dict[str, str | None]:
        return {q.text: q.speaker for q in annotate_text(text, dt.date(2031, 3, 14)).quotes}
    return run


def test_a_paragraph_opening_single_mark_runs_to_its_end():
    text = ("Intro line here.\n'We are glad the season went our way at last.\n"
            "'90s pop is back in the charts this year.\n"
            "'(We hope) to come back next year,' she said.")
    found = [text[s.open_at + 1:s.end] for s in quote_spans(text)]
    assert found == ["We are glad the season went our way at last.",
                     "(We hope) to come back next year,"]


def test_a_closing_mark_before_a_word_opens_a_quote():
    text = "He said the firm values her ”effort to tell us about the error.”"
    (span,) = quote_spans(text)
    assert text[span.open_at + 1:span.end] == "effort to tell us about the error."


@pytest.mark.parametrize("text, quote, speaker", [
    pytest.param(
        "Tomas Brel crashed out of the race at Lisbon on Sunday.\n"
        "'It is hard to put the feeling into words,' Brel said after the race.\n"
        "'So moving to see the crews come out for me.\n"
        "Brel was greeted by his old team in the pit lane\n"
        "Brel left the old team in 2019\n"
        "'I will keep this day in my heart for all my life.'",
        "I will keep this day in my heart for all my life.", "Tomas Brel",
        id="speech goes on past caption lines between its paragraphs"),
    pytest.param(
        "Tomas Brel crashed out of the race at Lisbon on Sunday.\n"
        "The Norvex driver was racing at home for the last time, and admitted: "
        "'I will never forget this day.'", "I will never forget this day.", "Tomas Brel",
        id="a name after the article modifies the title: the one named before speaks"),
    pytest.param(
        "The Harbor Museum opened a new wing on Monday.\n"
        "The museum's security team \"reacted to the alarm and made the hard decision to "
        "close the doors,\" the museum said.",
        "reacted to the alarm and made the hard decision to close the doors,", "Harbor Museum",
        id="a quote opening with a verb that says nothing is the after-frame's"),
    pytest.param(
        "Dorvane Motors recalled its vans on Friday. In general terms, Dorvane Motors's rules "
        "state that \"no van may leave the plant without a full brake check.\"",
        "no van may leave the plant without a full brake check.", "Dorvane Motors",
        id="a text speaks for the body that owns it"),
    pytest.param(
        "Officers from the Kelburn Police Department searched the house. \"Most people never "
        "think it could happen to them, but it does every week,\" the Kelburn police said.",
        "Most people never think it could happen to them, but it does every week,",
        "Kelburn Police Department", id="a description whose words are all in a body's name"),
    pytest.param(
        "The governors wrote to the president on Monday. \"The new tariffs will hurt farmers "
        "in every state,\" the letter said.", "The new tariffs will hurt farmers in every state,",
        "The governors", id="a document with no author named is the last writer's"),
    pytest.param(
        "Angela Merkel sent a letter to the parliament on Friday. \"We must share the burden "
        "fairly among all members,\" it read.",
        "We must share the burden fairly among all members,",
        "Angela Merkel", id="it after a sent document is the document, and so its sender"),
    pytest.param(
        "Angela Merkel, the chancellor, turned to the assembled reporters: \"Nobody here will "
        "be left behind by this plan.\"", "Nobody here will be left behind by this plan.",
        "Angela Merkel", id="a colon after an agent's act hands the turn to them"),
    pytest.param(
        "President Barack Obama received a letter from Senator John McCain on Monday. \"We "
        "cannot back the deal in the form it has now.\"", "We cannot back the deal in the form "
        "it has now.", "John McCain", id="a letter from X before the quote: X wrote it"),
    pytest.param(
        "Angela Merkel said the plan was flawed.\n\n0:45\n\n\"We cannot back the deal in the "
        "form it has now.\"", "We cannot back the deal in the form it has now.",
        "Angela Merkel", id="a video time stamp between lead-in and quote is skipped"),
    pytest.param(
        "Angela Merkel said the plan was flawed.\nGraphic: Guardian\n\"We cannot back the "
        "deal in the form it has now.\"", "We cannot back the deal in the form it has now.",
        "Angela Merkel", id="a graphic label between lead-in and quote is skipped"),
    pytest.param(
        "The plan, Angela Merkel said, was \"a deal that nobody here can support.\"",
        "a deal that nobody here can support.", "Angela Merkel",
        id="a parenthetical frame tells the clause holding the quote"),
    pytest.param(
        "The ministry of defence said in a statement that \"all the troops are safe and well "
        "tonight.\"", "all the troops are safe and well tonight.", "The ministry of defence",
        id="an untyped body keeps the words that say which one it is"),
    pytest.param(
        "Angela Merkel said the plan was flawed.\nBarack Obama at the summit in Paris\n\"We "
        "cannot back the deal in the form it has now.\"", "We cannot back the deal in the form "
        "it has now.", "Angela Merkel", id="a picture caption between lead-in and quote"),
    pytest.param(
        "YouTube's parent company Google said: \"We take these concerns very seriously "
        "indeed.\"", "We take these concerns very seriously indeed.", "Google",
        id="a body's name right after the noun that describes it"),
    pytest.param(
        "Pyongyang's state news agency KCNA said: \"The enemy will pay dearly for this "
        "crime.\"", "The enemy will pay dearly for this crime.", "KCNA",
        id="a name the parse made a second subject of the speech verb"),
    pytest.param(
        "Angela Merkel met the press in Berlin on Monday.\nMerkel: \"We will not accept this "
        "deal as it stands.\"", "We will not accept this deal as it stands.", "Angela Merkel",
        id="a name alone before a colon"),
    pytest.param(
        "Talks went on all night.\nBerlin: \"We will not accept this deal as it stands.\"",
        "We will not accept this deal as it stands.", None,
        id="a place before a colon is no speaker"),
    pytest.param(
        "\"We are working around the clock,\" an aide to the president said.",
        "We are working around the clock,", "an aide to the president",
        id="an aide to someone keeps what makes the description"),
    pytest.param(
        "Police found a note in the car. \"Do not follow me any more, please,\" it read.",
        "Do not follow me any more, please,", "a note",
        id="who finds a document did not write it"),
    pytest.param(
        "\"We will not accept this deal as it is,\" Angela Merkel said on Monday.\n\n"
        "She met the French president later in the day.\n\n\"It would be a mistake for all of "
        "Europe.\"", "It would be a mistake for all of Europe.", "Angela Merkel",
        id="a person shown acting in the paragraph before goes on in their own words"),
    pytest.param(
        "Home Secretary Ann Marsh will unveil her plans on Monday. The opposition's Tom Kell "
        "said his party offered a clear choice. The home secretary said she wanted every "
        "visitor to \"give their fingerprints at the border\".",
        "give their fingerprints at the border", "Ann Marsh",
        id="a description stands for the one holding its title, not the latest person named"),
    pytest.param(
        "Mr Dahl has said the city should take its fair share of the new homes. But he claims "
        "the system is being abused. Leo Berg, head of the Council for Racial Justice, called "
        "on Mr Dahl to withdraw the remark. \"Tell that to the nurses who keep our hospitals "
        "going,\" he said.", "Tell that to the nurses who keep our hospitals going,",
        "Leo Berg", id="a subject the parse made the root, with its verb hung on it"),
    pytest.param(
        "We are in a new phase now, argues Rita Vance, the chief engineer at Orlen Labs. The "
        "hype is over and firms have to show that their products work.\n\n\"In the boom "
        "years, something new jumped out at you every week.\"",
        "In the boom years, something new jumped out at you every week.", "Rita Vance",
        id="a paragraph of reported speech goes on in the speaker's own words"),
    pytest.param(
        "We are in a new phase now, argues Rita Vance, the chief engineer at Orlen Labs. Tom "
        "Reyes left the firm in May.\n\n\"In the boom years, something new jumped out at "
        "you every week.\"", "In the boom years, something new jumped out at you every week.",
        "Tom Reyes", id="not when someone else acts in between"),
    pytest.param(
        "The fly-half will start on the bench. But Leeds director of rugby Tom Adler said: "
        "\"He is fine and we hope to get him into the game at some stage.\"",
        "He is fine and we hope to get him into the game at some stage.", "Tom Adler",
        id="a bare title with its field before a name: the named one speaks"),
    pytest.param(
        "A friend of singer Tom Adler said: \"He is fine and we hope to see him on stage "
        "soon.\"", "He is fine and we hope to see him on stage soon.",
        "A friend of singer Tom Adler", id="not a friend of the one named"),
    pytest.param(
        "The Tory finance spokesman, Brian Kell MSP, said: \"It is a form of disguise for "
        "higher costs.\"", "It is a form of disguise for higher costs.", "Brian Kell",
        id="letters after a name in an apposition: the name speaks"),
    pytest.param(
        "Lawyers say the act should cover breaches, Ann Roe says. To Tom Creel, president of "
        "the Data Industry Association, that's a nonstarter because it singles out the credit "
        "bureaus. \u201cThis isn't just a credit bureau problem, it's a national problem,"
        "\u201d he says.", "This isn't just a credit bureau problem, it's a national problem,",
        "Tom Creel", id="a sentence opening with whose view it is names who speaks next"),
    pytest.param(
        "United Airlines barred two girls from a flight on Sunday. In a statement on Monday, "
        "United did not apologize. \"To our regular customers, your leggings are welcome,\" "
        "the airline said.", "To our regular customers, your leggings are welcome,",
        "United Airlines", id="a singular description stands for a name with its plural"),
    pytest.param(
        "Oxfam has long pressed for the release of the girls. The Oxfam campaign thanked the "
        "police and added: \"We trust that our government will keep the others safe.\"",
        "We trust that our government will keep the others safe.", "Oxfam",
        id="a body's campaign speaks for the body"),
    pytest.param(
        "Her brother said she was shattered. His cousin, Tom Smith, said: \"Still cannot "
        "believe this is true.\"", "Still cannot believe this is true.", "Tom Smith",
        id="a person's relative is no text of theirs"),
    pytest.param(
        "Explaining the change, the statement on Dorvane Motors's website said: \"Like many "
        "firms, we face higher costs.\"", "Like many firms, we face higher costs.",
        "Dorvane Motors", id="a statement on a body's page is the body's"),
    pytest.param(
        "The call, Politico reported, showed Hillary Clinton said the letter \"stopped all "
        "our momentum\".", "stopped all our momentum", "Hillary Clinton",
        id="a parenthetical frame ranks after the frame that governs the quote"),
    pytest.param(
        "Rovers win the cup: \"Football will never be the same again\"\n\nThe club's "
        "manager, Jo Bell, spoke.", "Football will never be the same again", None,
        id="a headline's subject does not speak the quote after its colon"),
])
def test_speaker_class(speakers_of, text, quote, speaker):
    assert speakers_of(text)[quote] == speaker


def test_who_stands_for_the_name_before_it_when_the_parse_hangs_its_clause_further_back(nlp):
    from spacy.tokens import Doc

    from dateline.annotate.quotes.speakers import _relative_head

    # the parse as the small model gives it for such sentences: "who said" hung on the
    # quoted "mistake", not on "Greens" right before it
    words = ["Posters", "were", "labelled", "a", "mistake", "by", "the", "Greens", "who",
             "said", "so", "."]
    heads = [2, 2, 2, 4, 2, 4, 7, 5, 9, 4, 9, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "det", "oprd", "prep", "det", "pobj", "nsubj",
            "relcl", "advmod", "punct"]
    pos = ["NOUN", "AUX", "VERB", "DET", "NOUN", "ADP", "DET", "PROPN", "PRON", "VERB", "ADV",
           "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _relative_head(doc[8]).text == "Greens"
    words[4] = "spokesman"  # a person the clause hangs on may be the one who spoke
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _relative_head(doc[8]).text == "spokesman"
