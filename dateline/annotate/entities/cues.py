"""Type cues from the parse: the common noun a writer puts beside a name says what it names.

"the militant group Boko Haram" (apposition), "the town of Chibok" ("of" after a settlement
noun), "her father Bassem" / "chipmaker Qualcomm" (a common noun right before the name),
"Qualcomm's board" / "Tamimi's lawyer" (what the name possesses), "Acme Inc" (a legal form).
The noun classes are generic English classes (kin, occupations, kinds of organisation), not
names: they hold for any article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .kinds import (PRODUCT_HEADS, THING, model_number, named_thing, owned, thing_noun,
                    versioned)
from .roles import ROLE_WORDS
from .rules import SETTLEMENT_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

KIN = frozenset("""
father mother son daughter wife husband brother sister uncle aunt cousin grandfather grandmother
grandson granddaughter nephew niece widow widower fiance fiancee girlfriend boyfriend partner
stepfather stepmother stepson stepdaughter parents
""".split())
PERSON_NOUNS = ROLE_WORDS | KIN | frozenset("""
man woman boy girl teenager activist resident student teacher doctor nurse worker farmer soldier
victim suspect witness survivor journalist photographer writer author singer actor actress
player coach driver pilot owner businessman businesswoman billionaire investor banker
entrepreneur founder executive footballer striker goalkeeper athlete artist musician rapper
comedian filmmaker director producer scientist researcher engineer economist historian
gunman attacker assailant militant fighter protester campaigner blogger pastor priest cleric
novelist poet chef designer model presenter host anchor colleague friend neighbour neighbor
""".split())
ORG_NOUNS = frozenset("""
group company firm corporation conglomerate organisation organization agency party newspaper
broadcaster network channel website militia movement bank lender carrier airline insurer
retailer chipmaker automaker carmaker manufacturer maker union charity ministry outlet daily
weekly magazine publisher startup start-up operator regulator watchdog club team university
college school hospital court council committee association federation platform service
giant rival subsidiary brand faction coalition alliance department institute foundation
newswire developer supplier exporter utility fund insurgency zoo aquarium
""".split())
PLACE_NOUNS = SETTLEMENT_NOUNS | frozenset({"village", "hamlet", "neighbourhood", "neighborhood",
                                            "municipality", "enclave", "territory", "island",
                                            "township", "settlement", "oblast", "governorate",
                                            "site", "circuit", "racecourse", "racetrack",
                                            "venue"})
# the last word of a natural feature's name: "Arimori Cape", "Kelso Bay" (as a head only: "the
# Sri Lankan coast" is no place named "Sri Lankan")
_FEATURE_HEADS = frozenset({"cape", "peninsula", "bay", "gulf", "strait", "valley", "coast"})
# people by where they come from or live: "a native of Chibok", "residents of Kelso"
_OF_A_PLACE = frozenset({"native", "natives", "resident", "residents", "citizen", "citizens"})
# roles only a company has, written after its name: "SpaceX CEO", "Tesla founder"
CORPORATE_ROLES = frozenset({"ceo", "cfo", "coo", "cto", "executive", "founder", "co-founder",
                             "cofounder", "chairman", "chairwoman", "chairperson"})
# what a maker or a team has, written after its lone name: "the Zorbex driver", "his Vantor
# car" name the team and the maker (a person's name before such a noun is rare)
MAKER_OF = PRODUCT_HEADS | frozenset({"cars", "trucks", "phones", "rockets", "chips",
                                      "driver", "drivers", "teammate", "team", "engineer",
                                      "engineers", "employee", "employees", "staff", "engine",
                                      "factory", "dealership", "workers"})
# what only an organisation has ("Acme's board") or only a person has ("Lee's lawyer")
ORG_POSSESSIONS = frozenset("""
board shares shareholders stock headquarters subsidiary subsidiaries employees management
revenue revenues profit profits earnings ceo chairman website products customers executive
executives investors
""".split())
PERSON_POSSESSIONS = KIN | frozenset({"lawyer", "lawyers", "family", "funeral",
                                      "birthday", "children", "parents", "relatives"})
# the last word of a facility's name: the guidelines' named facilities (prisons, bases,
# stations, streets, motorways...) are places; hospitals and universities are organisations
FACILITY_HEADS = frozenset("""
prison jail airport airbase stadium station street road avenue boulevard lane square bridge
motorway highway promenade strip harbor harbour port dam camp base crossing checkpoint park
beach mall palace castle cathedral mosque plaza quay pier terminal tunnel plant refinery
""".split())
# the last word of a news outlet's name: "France Info", "Sky News", "The Sunday Times"
MEDIA_HEADS = frozenset({"news", "radio", "tv", "television", "times", "herald", "tribune",
                         "journal", "gazette", "telegraph", "info", "chronicle"})
# words that end a company's name and are no common noun for one: "Nature Air", "Tata Motors"
ORG_NAME_HEADS = frozenset({"air", "airlines", "airways", "motors", "pharmaceuticals",
                            "technologies", "industries", "labs", "ventures", "partners"})
# legal forms that end a company name: "Qualcomm Inc", "Equifax Ltd"
LEGAL_FORMS = frozenset({"inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc", "plc", "co.",
                         "ag", "gmbh", "sa", "nv", "bv", "spa", "s.a.", "n.v.", "oyj", "ab",
                         "asa", "pty", "lp", "llp", "corporation", "incorporated", "limited",
                         "holdings"})


def _class_of(token: "Token") -> str | None:
    """PERSON / ORG / PLACE / THING for a lowercase common noun of one of the classes."""
    if token.pos_ != "NOUN" or not token.is_lower:
        return None
    word = token.lower_
    for kind, nouns in (("PLACE", PLACE_NOUNS), ("ORG", ORG_NOUNS), ("PERSON", PERSON_NOUNS)):
        if word in nouns or token.lemma_ in nouns:
            return kind
    return THING if thing_noun(token) else None


def _state_after(doc: "Doc", e: int) -> bool:
    """ "the Erie, Pennsylvania, resident", "flew to Erie, Pennsylvania.": a name set off by a
    state or country is a town;
    "from Ashby, south-east London, said": set off by a part of a city, a district of it."""
    from ..places.gazetteer import load_gazetteer

    if e + 2 >= len(doc) or doc[e].text != ",":
        return False
    j = e + 1
    # a lowercase direction only: "South Dakota" is a state's own name
    while j < len(doc) and (doc[j].is_lower and doc[j].lower_.replace("-", "") in _DIRECTIONS
                            or doc[j].text == "-"):
        j += 1
    k = j
    while k < len(doc) and doc[k].is_title and doc[k].pos_ == "PROPN":
        k += 1
    # the state closes its phrase: a comma, or the sentence's end ("flew to Erie, Pennsylvania.")
    if k == j or k < len(doc) and doc[k].text not in (",", ".", ";", ")"):
        return False
    areas = ("region", "country") if j == e + 1 else ("region", "country", "city")
    return any(x.precision in areas and (x.precision != "city" or x.population >= _BIG_CITY)
               for x in load_gazetteer().lookup(doc[j:k].text))


# the part of a city a district lies in: "Ashby, south-east London", "Lowe, north London"
_DIRECTIONS = frozenset({"north", "south", "east", "west", "central", "northern", "southern",
                         "eastern", "western", "northeast", "northwest", "southeast",
                         "southwest", "inner", "outer"})
_BIG_CITY = 100000


def _of_a_company_role(root: "Token") -> bool:
    """ "the CEO of Zorbex", "founder of both Zorbex and Vantor": only a company has one."""
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    of = root.head
    return root.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in CORPORATE_ROLES


def _clause_owner(token: "Token") -> "Token":
    """The noun whose relative clause holds `token`: an apposition set off after the clause
    names that noun ("the company it hired to audit the books, Zorbex,": the company)."""
    head, seen_clause = token, False
    for _ in range(6):
        if head.dep_ in ("relcl", "acl"):
            seen_clause = True
        elif head.dep_ not in ("dobj", "pobj", "prep", "xcomp", "advcl", "ccomp"):
            break
        head = head.head
        if seen_clause:
            return head
    return token


def _root(doc: "Doc", s: int, e: int) -> "Token":
    """The token of doc[s:e] whose head lies outside it (the last such one)."""
    inside = [t for t in doc[s:e] if not s <= t.head.i < e or t.head.i == t.i]
    return inside[-1] if inside else doc[e - 1]


def _possessed(doc: "Doc", e: int) -> str | None:
    """The type what the name possesses says: "Acme's board" ORG, "Lee's lawyer" PERSON."""
    if e + 1 >= len(doc) or doc[e].tag_ != "POS":
        return None
    k = e + 1
    while k < len(doc) - 1 and doc[k].pos_ == "ADJ":
        k += 1
    word = doc[k].lower_
    if word in ORG_POSSESSIONS:
        return "ORG"
    if word in PERSON_POSSESSIONS:
        return "PERSON"
    return None


def cue_type(doc: "Doc", s: int, e: int) -> str | None:
    """The type the parse around the name doc[s:e] gives it, if any (see the module doc)."""
    root = _root(doc, s, e)
    found = head_type(doc, s, e)
    if found == "PLACE" and s > 0 and (s <= doc[s - 1].head.i < e or root.head.i == s - 1) \
            and _class_of(doc[s - 1]) == "PERSON":
        return "PERSON"  # "correspondent Al Cape": a title outranks a surname like a place
        # ("owner Acme Group" stays a body)
    if found is not None:
        return found
    if e - s == 1 and s > 0 and doc[s].lower_ in MEDIA_HEADS and doc[s - 1].lower_ == "the":
        return "ORG"  # "The Herald reports", "told The Times"
    if named_thing(root) or versioned(root, s, e) or owned(doc, root, s, e):
        return THING  # "a gorilla called Kumbo", "the Mac version", "crashed his Vantor"
    if _state_after(doc, e):
        return "PLACE"
    if _of_a_company_role(root):
        return "ORG"
    if e - s == 1 and doc[s].lower_ in ORG_NOUNS and doc[s].is_title and s > 0 and \
            doc[s - 1].lower_ == "the":
        return "ORG"  # "the Zoo", "the Company": the body the article names in full
    if root.dep_ == "appos" and not s <= root.head.i < e:
        found = _class_of(root.head) or _class_of(_clause_owner(root.head))
        if found:
            return found
    for child in root.children:
        if child.dep_ == "appos" and child.i >= e:
            found = _class_of(child)
            if found:
                return found
    head = root.head
    if root.dep_ == "nsubj" and head.lemma_ == "be":
        found = next((_class_of(c) for c in head.children if c.dep_ == "attr"), None)
        if found:
            return found  # "Kumbo was a young gorilla", "Zorbex is a carmaker"
    if root.dep_ == "pobj" and head.lower_ == "of" and head.i == s - 1 and \
            head.head.i == s - 2 and head.head.lower_ in PLACE_NOUNS | _OF_A_PLACE:
        return "PLACE"  # "the town of Chibok", "a native of Chibok"; "father of" is not "of a
        # father"
    if s > 0 and (s <= doc[s - 1].head.i < e or root.head.i == s - 1):
        found = _class_of(doc[s - 1])
        # "her father Bassem", "chipmaker Qualcomm"; but in "told the court Smith was" the
        # parser glues two phrases: a determined non-person noun is no title
        # a thing noun glued to the subject of a relative clause ("the same missile Kim had
        # threatened") is a parse slip, not a name for the thing
        if found == THING and root.dep_ in ("nsubj", "nsubjpass"):
            found = None
        if found == "PERSON" or (found and not (s > 1 and doc[s - 2].pos_ == "DET")):
            return found
    if s > 1 and _class_of(doc[s - 1]) == "ORG" and doc[s - 2].pos_ != "DET":
        return "ORG"  # "electric car company Zorbex", however the parser hangs the two
    if e - s == 1 and root.dep_ == "compound" and root.head.i == e and \
            root.head.lower_ in MAKER_OF and root.head.is_lower:
        return "ORG"  # "the Zorbex driver", "his Vantor car": the team, the maker
    if e < len(doc) and root.dep_ == "compound" and root.head.i >= e and \
            root.head.lower_ in CORPORATE_ROLES:
        return "ORG"  # "SpaceX CEO Elon Musk", "Tesla founder": only a company has one
    if e < len(doc) and root.dep_ == "compound" and root.head.i >= e:
        found = _class_of(root.head)
        if found in ("PLACE", "ORG"):  # "the Chibok town", "the Shin Bet security agency"
            return found
    return _possessed(doc, e)


# what a state calls itself, last or before "of" ("Kingdom Holding" is a company)
_STATE_WORDS = frozenset({"republic", "kingdom", "emirates", "sultanate", "principality"})
# a street or square named the Romance way: "Promenade des Anglais", "Plaza de Mayo"
_LEADING_FACILITY = frozenset({"promenade", "rue", "avenue", "boulevard", "plaza", "piazza",
                               "place", "via", "calle", "praça", "largo"})


def head_type(doc: "Doc", s: int, e: int) -> str | None:
    """The type the last word of a longer name gives it: "Ofer Prison", "Orange County" PLACE,
    "Croydon University Hospital", "Palestinian Prisoners Club" ORG."""
    if e - s > 2 and doc[s].lower_ in _LEADING_FACILITY and doc[s + 1].is_lower:
        return "PLACE"
    if e - s >= 2 and any(t.lower_ in _STATE_WORDS and t.is_title and (
            t.i == e - 1 or doc[t.i + 1].lower_ == "of") for t in doc[s:e]):
        return "PLACE"  # "the Czech Republic", "the Kingdom of Arland": a state
    if e - s >= 2 and _model(doc, s, e):
        return THING
    word = doc[e - 1].lower_
    if e - s >= 2 and doc[e - 1].is_upper and word.rstrip(".") in LEGAL_FORMS:
        return "ORG"  # "Friedman LLP", "Acme PLC": a legal form in capitals
    if e - s < 2 or not doc[e - 1].is_title:
        return None
    if word in FACILITY_HEADS or word in PLACE_NOUNS or word in _FEATURE_HEADS:
        return "PLACE"
    if word in ORG_NOUNS or word in LEGAL_FORMS or word in MEDIA_HEADS or word in ORG_NAME_HEADS:
        return "ORG"
    if word in PRODUCT_HEADS:
        return THING  # "the Big Zorbex Rocket", "the Essential Phone"
    return None


def _model(doc: "Doc", s: int, e: int) -> bool:
    """A model number ("Quill 2"), not a body or place numbered ("Channel 4", "Terminal 5")."""
    before = doc[e - 2].lower_
    return model_number(doc, s, e) and not any(
        before in nouns for nouns in (ORG_NOUNS, MEDIA_HEADS, PLACE_NOUNS, FACILITY_HEADS))
