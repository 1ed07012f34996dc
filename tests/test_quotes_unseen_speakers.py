"""Quote speakers as the whole annotation finds them (entity ids known), on speaker shapes
seen on unseen news (invented text)."""

from __future__ import annotations

import pytest



@pytest.mark.parametrize("text, quote, speaker", [
    pytest.param(
        "Donald Trump met the outgoing president at the White House on Thursday. The "
        "President-elect said: \"He is a very fine man and we discussed a lot of things.\"",
        "He is a very fine man and we discussed a lot of things.", "Donald Trump",
        id="a definite description stands for the person named before"),
    pytest.param(
        "Ken Bates has bought a 50% stake in Leeds United. The 73-year-old former Chelsea "
        "chairman sealed the deal on Friday. He said: \"I am delighted to be stepping up at such "
        "a fantastic club.\"", "I am delighted to be stepping up at such a fantastic club.",
        "Ken Bates", id="a pronoun after a description goes to the person it stands for"),
    pytest.param(
        "Maria Lopez leads the inquiry. A Home Office spokesman said the system had been "
        "toughened. The spokesman said: \"We will keep reviewing our procedures.\"",
        "We will keep reviewing our procedures.", "The spokesman",
        id="a description used before for someone unnamed stays a description"),
    pytest.param(
        "Mr De Sa, 31, treated for back and shoulder strains and shock, said: \"We just heard "
        "screaming in the first carriage.\"", "We just heard screaming in the first carriage.",
        "De Sa", id="a participle the parse made a clause leaves the speaker"),
    pytest.param(
        "\"There are lots of reasons why this election was lost,\" Mrs Clinton told donors on "
        "Saturday. \"But our analysis is that the letter stopped our momentum.\" Image "
        "copyright Getty Images Image caption Mr Comey announced a new inquiry shortly before "
        "election day", "But our analysis is that the letter stopped our momentum.",
        "Clinton", id="a caption label after a quote is no frame for it"),
    pytest.param(
        "Other food makers have announced price rises. 'Not a result of the vote' A "
        "spokeswoman for Mondelez said the rate was poor, but added: \"This change was not done "
        "as a result of the vote.\"", "This change was not done as a result of the vote.",
        "A spokeswoman for Mondelez", id="a quoted heading run into the speaker is cut off"),
    pytest.param(
        "Sources close to the probe said \"driver error and bad weather would be a focus\" of "
        "the inquiry.", "driver error and bad weather would be a focus",
        "Sources close to the probe", id="an adjective after the noun keeps its phrase"),
    pytest.param(
        "People familiar with the matter said: \"The deal is very close to being signed now.\"",
        "The deal is very close to being signed now.", "People familiar with the matter",
        id="an adjective and its preposition after the noun"),
    pytest.param(
        "\"We will rebuild the pier,\" said Tom Ainsley, the harbour master. Ms Carla Reyes, "
        "the mayor, has promised money. \"The town owes the fishermen this much,\" he said.",
        "The town owes the fishermen this much,", "Tom Ainsley",
        id="he is never a woman the article calls Ms"),
    pytest.param(
        "Ken Ortiz lost a leg in the crash. When his kidneys began to fail, doctors decided to "
        "operate. \"I spent thirteen days in the hospital after that,\" he explained.",
        "I spent thirteen days in the hospital after that,", "Ken Ortiz",
        id="he is never a plural noun"),
    pytest.param(
        "\"The talks will go on,\" said Ben Adeyemi, a spokesman for the president. The girls "
        "were freed at dawn, officials said. Later the girls listened to Vice President Sam Oyo "
        "speak from behind a table. \"We can imagine what they have gone through,\" he said.",
        "We can imagine what they have gone through,", "Sam Oyo",
        id="a person acting in the sentence before outranks an older speaker"),
    pytest.param(
        "Dana Molina and her husband Tony watched from their balcony. Their son was with them. "
        "She said it took seconds to understand. \"I grabbed my son and shielded him,\" she "
        "told the presenter Joe Kane. \"He is still shaken by all of it,\" she said.",
        "He is still shaken by all of it,", "Dana Molina",
        id="she goes on being the woman she stood for, not the man she told"),
    pytest.param(
        "Dana Molina watched from a balcony. Her husband Tony said they saw the trucks. "
        "\"These bodies just sat there on the road,\" he said.",
        "These bodies just sat there on the road,", "Tony",
        id="a name right after a kin noun is the one who speaks"),
    pytest.param(
        "\"It was very well planned,\" the waiter Al Brun told reporters.\n'No time to react "
        "at all'\nEric Dale, a tourist, said the crowd had \"no time to react at all\" when the "
        "lorry came.", "No time to react at all", "Eric Dale",
        id="a quoted heading is the words of whoever says them later"),
    pytest.param(
        "\"They are going to take care of it,\" Trump told reporters at the White House, "
        "adding: \"We will handle the North.\"", "They are going to take care of it,",
        "Trump", id="a verb that governs the quote frames it though it runs on to a colon"),
    pytest.param(
        "\"We are deeply saddened by this tragic accident\" — Jane Roe, chief executive of "
        "the operator.", "We are deeply saddened by this tragic accident", "Jane Roe",
        id="a quote signed after a dash"),
    pytest.param(
        "Acme Corp issued a statement on Monday. The statement read: \"The company deeply "
        "regrets the incident.\"", "The company deeply regrets the incident.", "Acme Corp",
        id="a statement that reads is its issuer's"),
    pytest.param(
        "Ken Dorr said it was \"just horrible\" when he saw the crash. \"It was heartbreaking, "
        "one of the biggest regrets of my life.\"", "It was heartbreaking, one of the biggest "
        "regrets of my life.", "Ken Dorr",
        id="a scare quote in the lead-in sentence is its speaker's own"),
    pytest.param(
        "Ken Dorr said they decided to drive down the same road.\n\n\"I thought a straight road "
        "is a straight road and I did not need to check it.\"", "I thought a straight road is a "
        "straight road and I did not need to check it.", "Ken Dorr",
        id="what someone said just before a paragraph that is a quote"),
    pytest.param(
        "Harvey Weinstein was fired by the company he founded. He has apologized for causing "
        "\"a lot of pain to many people\" but has denied \"any allegations of wrongdoing.\"",
        "a lot of pain to many people", "Harvey Weinstein",
        id="a partial quote in the clause of a pronoun subject"),
    pytest.param(
        "The flight turned back, the airline said in a statement on Wednesday. \"The crew "
        "found that a passenger had boarded the wrong flight,\" the statement said.",
        "The crew found that a passenger had boarded the wrong flight,", "the airline",
        id="a statement is the words of who spoke in it"),
    pytest.param(
        "\"We are moving to a simpler structure,\" Mr Burgmans said. \"We are leaving behind one "
        "of the key features of our governance.\" The company will announce the location of "
        "its head office at a later date.", "We are leaving behind one of the key features of "
        "our governance.", "Burgmans",
        id="a verb that announces a thing is no frame for the quote before it"),
    pytest.param(
        "Martin Bamford, 30, a passenger, said the train sped up and \u201ceveryone just "
        "literally went flying,\u201d the Associated Press reports.",
        "everyone just literally went flying,", "Martin Bamford",
        id="a news agency that reports relays whoever speaks in the sentence"),
    pytest.param(
        "AP reports the minister said \"we will never surrender to terror\".",
        "we will never surrender to terror", "the minister",
        id="a description stands for no reporting body"),
    pytest.param(
        "But director of the Victims of Crime Trust, Norman Brennan, accused the judge of "
        "having an \"arrogant contempt for victims of crime\".",
        "arrogant contempt for victims of crime", "Norman Brennan",
        id="a name set off after a description, whatever the parse hung it on"),
    pytest.param(
        "Maria Lopez spoke to reporters at the gate on Tuesday. The carrier said it was "
        "\u201cresearching the situation to determine how the passenger boarded the "
        "flight.\u201d",
        "researching the situation to determine how the passenger boarded the flight.",
        "The carrier", id="a description that binds 'it' is a body, not the last person"),
    pytest.param(
        "The flight carried 226 passengers, CNN reported. The carrier said it had \u201cacted "
        "at once to protect the passengers and the crew on board.\u201d",
        "acted at once to protect the passengers and the crew on board.", "The carrier",
        id="a news organisation that only reported is no body a description stands for"),
    pytest.param(
        "Speaking on Friday, ministry spokeswoman Hua Lin said it was \"irresponsible and "
        "unhelpful to blame others,\" adding those parties involved in the dispute \"should "
        "shoulder the responsibility\" for it.",
        "should shoulder the responsibility", "Hua Lin",
        id="a subjectless 'adding' speaks for its sentence's speaker past a quote"),
    pytest.param(
        "Mayor of London Sadiq Khan said: \u201cI am in contact with the emergency services, "
        "who are working extremely hard.\u201d",
        "I am in contact with the emergency services, who are working extremely hard.",
        "Sadiq Khan", id="a title of a place, then the name"),
    pytest.param(
        "Lea Orn escaped after two years. Orn said that she did not know where her husband "
        "was taken, but that she wanted to see him. \"I am not comfortable with the way I am "
        "being kept from him,\" the 21-year-old said at a hotel in Dorn.",
        "I am not comfortable with the way I am being kept from him,", "Lea Orn",
        id="an age stands for the person named before"),
    pytest.param(
        "Lea Orn said the director had attacked her. The first \u201cattack,\u201d she says, "
        "came not long after in his suite at a hotel in Dorn. \u201cIt was such a blow to the "
        "head. He pushed me down.\u201d",
        "It was such a blow to the head. He pushed me down.", "Lea Orn",
        id="a parenthetical frame just before leads in the quote"),
    pytest.param(
        "Read the Dorn Herald's piece based on the papers. The Herald reports that shell firms "
        "bought flats in Dorn. The bottom line, the paper reports: \"Money from people linked "
        "to wrongdoing abroad is helping to power the boom.\"",
        "Money from people linked to wrongdoing abroad is helping to power the boom.",
        "Herald", id="the paper that reports is the paper named before"),
    pytest.param(
        "\"It is the newest and most affordable Mac ever,\" Mr Orn said. The new computer "
        "has been the subject of speculation for weeks. Lea Dorn, deputy editor of the "
        "magazine Mac World, said the machine would appeal to people with an iPod.\n\n"
        "\"They want a further taste of Mac because they like what they have seen.\"",
        "They want a further taste of Mac because they like what they have seen.", "Lea Dorn",
        id="a paragraph that introduces a new voice leads in the next quote"),
    pytest.param(
        "Norland and Veltria held talks on Monday. \u201cThe army is ready to strike the enemy "
        "at any moment,\u201d a statement released by the Dorn Council said.",
        "The army is ready to strike the enemy at any moment,", "Dorn Council",
        id="a statement released by a body is the body's"),
    pytest.param(
        "U.S. Ambassador to the United Nations Mira Kestrel said the launch was \u201cabsolutely "
        "unacceptable and irresponsible\u201d and that the council needed to act.",
        "absolutely unacceptable and irresponsible", "Mira Kestrel",
        id="a title of a body, then the name"),
    pytest.param(
        "Britain's Ambassador to the European Union Tom Ashby said the plan was \u201cdead on "
        "arrival in its current form\u201d.",
        "dead on arrival in its current form", "Tom Ashby",
        id="a possessed title of a body, then the name"),
    pytest.param(
        "James Long, who lives nearby, told the Standard: \"I have never seen so many "
        "emergency services at one scene.\" A London Fire Brigade spokesman said they had "
        "been called at 6.04am. \"There are eight fire engines and four rescue crews in "
        "attendance,\" they added.",
        "There are eight fire engines and four rescue crews in attendance,",
        "A London Fire Brigade spokesman", id="'they' for one who speaks for a body"),
    pytest.param(
        "\u201cHe acknowledges making an awkward pass at her,\u201d his representative Holly "
        "Baird said. Tarantino persuaded her to drive, the article said, quoting him as "
        "saying, \u201cHit 40 miles per hour or I will make you do it again.\u201d",
        "Hit 40 miles per hour or I will make you do it again.", "Tarantino",
        id="a clause told first and attributed after is salient"),
    pytest.param(
        "Narvel Blackstock filed for divorce. Olivier Martinez and Halle Berry announced "
        "October 27 that they had called it quits. \"It is with a heavy heart that we have "
        "come to the decision to divorce,\" the actors said in a joint statement.",
        "It is with a heavy heart that we have come to the decision to divorce,", "the actors",
        id="a plural description is not the one person named last"),
    pytest.param(
        "Her lawyer Howard Weitzman said she was \"clean and sober\". Ms King said the singer "
        "\"threw the bottle at the left side of my face\" in an \"angry, vicious and "
        "erratic\" attack.", "angry, vicious and erratic", "Ms King",
        id="a partial quote inside what a speaker reports is the speaker's"),
    pytest.param(
        "Former welfare minister Frank Field MP said: \"What sort of model does it give to "
        "the nation when the leaders fight it out?\"",
        "What sort of model does it give to the nation when the leaders fight it out?",
        "Frank Field", id="the name before a title is the speaker's"),
    pytest.param(
        "The two sides, both without a win, meet on 12 March at Twickenham and Kirwan says his "
        "side will be hoping to make the most of the slump. \"We have to make sure the games "
        "are tough for them.\"", "We have to make sure the games are tough for them.",
        "Kirwan", id="a speech verb coordinated with the main verb leads in"),
    pytest.param(
        "\"For countries to develop, they have to have access to energy,\" said John "
        "Westwood, an analyst. India is a \"dramatically growing economy that must have access "
        "to oil\".", "dramatically growing economy that must have access to oil",
        "John Westwood", id="what a subject is called in quote marks is not its own words"),
    pytest.param(
        "Bruce Arians retired on Monday. \"It has been a journey,\" Keim said.\nArians began "
        "his career at Dorn. He was hired at Temple in 1983 and coached there for six years. "
        "When Pagano had to leave the team for a time, Arians led the Colts to a 9-3 record as "
        "interim coach. That opened the way to a job in Arizona, finally getting a head "
        "coaching job at age 60. He said he was planning to stay in the area and that his "
        "foundation would go on with its work for children in the region. He wants to stay "
        "close to the game and hinted at a job on television.\n\"I might be on your side,\" "
        "he told reporters.", "I might be on your side,", "Bruce Arians",
        id="a chain of he-subjects carries the antecedent back; a surname like a plural"),
    pytest.param(
        "Dorn is due to launch on Monday. Ann Lee said she is usually \u201csuper stressed\u201d "
        "the day before a launch, but this time, \u201cI feel quite giddy and happy.\u201d",
        "I feel quite giddy and happy.", "Ann Lee",
        id="a quote joined to a speech verb as its clause goes on that speech"),
    pytest.param(
        "On Friday, SpaceX CEO and Tesla founder Elon Musk showed off plans to send his \"cherry "
        "red roadster bound for Mars\" into orbit.", "cherry red roadster bound for Mars",
        "Elon Musk", id="a company before its CEO is no name before a title"),
    pytest.param(
        "\"It is a result,\" said Nick Bubb, an analyst. However, one dealer, who asked not to "
        "be named, told Reuters the sales were \"not what people had hoped for\". \"Christmas "
        "has been tough for the whole sector,\" he said.",
        "Christmas has been tough for the whole sector,", "dealer",
        id="a trade named for a person is the person the pronoun stands for"),
    pytest.param(
        "\u201cIt should be named the Offshore Papers,\u201d Ann Lee, Dorn's vice minister of "
        "finance, insisted.\n\u201cDorn is part of the story but not a major player,\u201d Bo "
        "Ray, the president's chief of staff, pointed out.",
        "Dorn is part of the story but not a major player,", "Bo Ray",
        id="a verb with its particle frames a quote"),
    pytest.param(
        "As Ann Lee explained, they tried a few different voices for the gamer, as the first "
        "idea was for him to be \u201cmore geeky, more of a squeaky voice\u201d and so on.",
        "more geeky, more of a squeaky voice", "Ann Lee",
        id="an 'as X explained' clause gives the speaker of a partial quote"),
    pytest.param(
        "\"It was like slow motion,\" said Ann Lee. Ken Dorr, a tourist, described the chaos. "
        "\"All of a sudden, thousands of people started running in one direction.\"",
        "All of a sudden, thousands of people started running in one direction.", "Ken Dorr",
        id="one who describes a scene introduces the quote after it"),
    pytest.param(
        "Ann Lee, 39, said the law had grown old. \"We need a law suited to the present "
        "era.\" Ken Dorr, 77, opposed the idea. \"The law we have has kept Dorn safe for "
        "years.\" He plans to vote against it.",
        "The law we have has kept Dorn safe for years.", "Ken Dorr",
        id="a person the sentence before names acting goes on in their own words"),
    pytest.param(
        "The tram derailed on Wednesday. Scenes on board have been described as \"total "
        "carnage on the line\" as the tram tipped over.", "total carnage on the line", None,
        id="what is described in the passive does not speak"),
    pytest.param(
        "Ann Lee was heard on the radio saying \"we should be going now\" while Ken Dorr "
        "agreed saying, \"I think we can definitely race now\".",
        "I think we can definitely race now", "Ken Dorr",
        id="one who agrees speaks the participle after"),
    # stop 27: a he/she is typed by the article-level entity vote, a body by its kind
    pytest.param(
        "Zentrix's shareholders met on Monday. Zentrix reported a drop in "
        "income last week. For Mr. Brolin, who built Vantor over a decade, the problems of "
        "Zentrix are ones that he can fix. \"We have a lot of respect for the tech,\" he said.",
        "We have a lot of respect for the tech,", "Brolin",
        id="he is no body that reported something, however NER typed its name there"),
    pytest.param(
        "Zentrix's shareholders met on Monday. Its shares fell. Zentrix "
        "has not shown it can grow, analysts said. Mr. Brolin disagreed with the board. "
        "\"We can do much more than that,\" he said.",
        "We can do much more than that,", "Brolin",
        id="a body named as a subject is no candidate for he"),
    pytest.param(
        "Vantor's chief executive turned away two girls at the gate. In a statement "
        "on Monday, Vantor did not apologize for its dress code. \"To our regular "
        "customers, your shoes are welcome,\" the airline said.",
        "To our regular customers, your shoes are welcome,", "Vantor",
        id="a kind of body stands for the body named before"),
    pytest.param(
        "Al Roe was arrested after an inquiry by Kelso Police Department's fraud "
        "unit. \"Most people laugh at such a fraud,\" Kelso police said in a news "
        "release.",
        "Most people laugh at such a fraud,", "Kelso Police Department",
        id="a body noun with the name's words stands for that name"),
    pytest.param(
        "Ann Roe live-tweeted as Qantas turned away two girls. The official Qantas "
        "Facebook account responded that Qantas has \"the right to refuse transport "
        "for passengers who are barefoot.\" Users of Facebook were angry.",
        "the right to refuse transport for passengers who are barefoot.", "Qantas",
        id="an account speaks for the first body named in it"),
    pytest.param(
        "The Stand Up For Nurses campaign thanked the minister and added: \"We "
        "trust that the government will keep its promises to all of us.\"",
        "We trust that the government will keep its promises to all of us.", "Stand Up For Nurses",
        id="a campaign named by its slogan speaks by that name"),
    pytest.param(
        "Graeme Tull felt the club were never in danger. An early own goal "
        "followed by an Alan Brindle strike earned them a win. \"We got our goals "
        "early and the job was done,\" he said after the game.",
        "We got our goals early and the job was done,", "Graeme Tull",
        id="a name that only modifies a noun is no antecedent"),
])
def test_speaker_shapes_seen_on_unseen_news(annotated_speakers, text, quote, speaker):
    assert annotated_speakers(text)[quote] == speaker


def test_a_title_the_article_gives_one_named_person_later_is_that_person(annotated_speakers):
    text = ('The "best person for the job" should be appointed chancellor, and not necessarily '
            'a lawyer, the courts minister has said.\n\nUnder the reforms, the post loses its '
            'judicial functions. "The chancellor no more needs to be a lawyer than the health '
            'secretary needs to be a doctor," said courts minister Ana Lim.')
    assert set(annotated_speakers(text).values()) == {"Ana Lim"}


def test_a_title_no_one_named_holds_stays_unnamed(annotated_speakers):
    text = ('"We will not accept this plan for Dorn," the prime minister said on Monday.\n\n'
            'Foreign Minister Ana Lim said talks would go on.')
    assert annotated_speakers(text)["We will not accept this plan for Dorn,"] != "Ana Lim"


@pytest.mark.parametrize("text, speaker", [
    ('UN Secretary-General Ana Lim said talks would be held.\n\nThe UN leader "condemns the '
     'launch" and said she will discuss the situation "with all concerned parties".', "Ana Lim"),
    ('North Korean leader Kim Jong-un watched the launch.\n\nThe brash North Korean tyrant '
     'boasted that his final goal is "equilibrium of real force with the United States".',
     "Kim Jong-un"),
])
def test_the_leader_of_what_the_article_names_is_its_one_titled_head(annotated_speakers, text,
                                                                    speaker):
    assert set(annotated_speakers(text).values()) == {speaker}
