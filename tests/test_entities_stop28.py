"""Entity ids (stop 28): a body's short form and its full name with a legal form, a trailing
"Group" or other spacing are one body; a short form written first is its own (invented text)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def ids(nlp):
    from dateline.annotate.entities import find_entities

    def run(text: str) -> dict[str, str]:
        return {m.text: m.entity_id for m in find_entities(nlp(text))}
    return run


@pytest.mark.parametrize("text, short, full", [
    pytest.param("Zentrix Inc said on Monday it would bid again. Zentrix said the offer was fair.",
                 "Zentrix", "Zentrix Inc", id="a legal form"),
    pytest.param("Goldberg Hollis Group Inc. said profits fell. Goldberg Hollis will cut 300 jobs.",
                 "Goldberg Hollis", "Goldberg Hollis Group Inc.", id="a trailing Group and form"),
    pytest.param("Korvel Semiconductors said it agreed the deal. Korvel has 30,000 staff.",
                 "Korvel", "Korvel Semiconductors", id="the first word of the full name"),
    pytest.param("The trams are run by TransLine Group. Trans Line Group said it was sorry.",
                 "Trans Line Group", "TransLine Group", id="spacing"),
])
def test_short_form_is_the_same_body(ids, text, short, full):
    found = ids(text)
    assert found[short] == found[full]


def test_a_short_form_written_first_is_its_own_body(ids):
    found = ids("Zentrix Corp said it would sell phones. Zentrix said the offer was fair. Its "
                "unit Zentrix Capital Partners said it had 9 million users.")
    assert found["Zentrix"] == found["Zentrix Corp"] != found["Zentrix Capital Partners"]


@pytest.fixture(scope="module")
def mentions(nlp):
    from dateline.annotate.entities import find_entities

    def run(text: str) -> list[tuple[str, str]]:
        return [(m.text, m.type) for m in find_entities(nlp(text))]
    return run


@pytest.mark.parametrize("text, found, gone", [
    pytest.param("Zorbex showed light smart glasses. They weigh less than Google Glass. Unlike "
                 "Glass, they have no camera.", [], ["Google Glass", "Glass"],
                 id="a body's name opening a person's names its product"),
    pytest.param("Envoys of the Democratic People's Republic of Korea met on Monday.",
                 [("Democratic People's Republic of Korea", "PLACE")], [],
                 id="a republic is a state"),
    pytest.param("The team boarded the Sunday flight from Dallas-Fort Worth International "
                 "Airport to Sioux Falls, South Dakota.",
                 [("Dallas-Fort Worth International Airport", "PLACE")], ["Dallas-Fort"],
                 id="a name cut inside a hyphen goes on"),
    pytest.param("The coach will stay with the Cleveland Browns after a 0-16 season. The "
                 "quarterback threw two touchdowns in the playoff game and the league fined "
                 "the team.", [("Cleveland Browns", "ORG")], ["Cleveland"],
                 id="a team's plural name the tagger left singular"),
    pytest.param("Photo caption Jo Lee/Getty Images\nAirlines have strict rules, Delta Air Lines "
                 "said.", [], ["Images"], id="the rest of a credit's name after its slash"),
    pytest.param("The missile fell into the Pacific Ocean.\nS. Korea rehearses use of a new "
                 "missile.", [("S. Korea", "PLACE")], [],
                 id="a compass initial before a country"),
    pytest.param("Users can download the messaging app Telechat for free. Telechat is popular "
                 "in Iran.", [("Iran", "PLACE")], ["Telechat"], id="an app is a product"),
    pytest.param("Zorbex unveiled smart glasses called Vantix on Monday. Vantix weighs 50 "
                 "grams.", [], ["Vantix"], id="glasses called a name"),
    pytest.param("Equifax said the company it hired to investigate the breach, Mandiant, has "
                 "concluded its investigation.", [("Mandiant", "ORG")], [],
                 id="an apposition set off after a relative clause names the clause's noun"),
])
def test_span_and_type_classes(mentions, text, found, gone):
    got = mentions(text)
    assert all(f in got for f in found), got
    assert not any(name == g for name, _ in got for g in gone), got


def test_a_body_has_one_id_with_or_without_its_legal_form(ids):
    one = ids("Zentrix Inc said on Monday it would bid again. Zentrix said the offer was fair.")
    other = ids("Zentrix Corp said its shares would rise. The company has 9,000 staff.")
    assert one["Zentrix Inc"] == one["Zentrix"] == other["Zentrix Corp"]
