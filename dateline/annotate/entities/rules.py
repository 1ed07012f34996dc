"""Span and type rules for entity mentions that the small spaCy model gets wrong on news text.

- span repair: hyphen-joined names ("Emilia-Romagna", "Mercedes-Benz"), name particles ("Walter
  van der Vijver"), an unclosed parenthesis ("Bank (IADB"), a date swallowed by the name
  ("Commons on Monday");
- junk: a lone title word ("Cardinal"), a name ending in a title ("Roman Catholic Archbishop"),
  an event ("Hopman Cup"), a capitalised common word opening a sentence or headline ("Tsunami
  'won't divert aid'" when the article also writes "tsunami");
- sports: in a sports story a city followed by "beat", "striker", "'s keeper"... is the club.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Container

from ..lexicon.people import DESCRIPTION_HEADS
from ..names import HONORIFICS
from .phrases import indefinite_name, opens_event_name, quoted_epithet, title_line_only
from .roles import ROLE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PARTICLES = frozenset({"van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "dos",
                       "das", "la", "le", "bin", "ibn", "al", "el", "ter", "ten", "zu", "y"})
# lowercase links inside one hyphenated name: Mazar-i-Sharif, Dera-e-Ghazi, Stratford-upon-Avon,
# Boulogne-sur-Mer, Aix-en-Provence, Frankfurt-am-Main; never two places side by side
HYPHEN_LINKS = frozenset({"i", "e", "al", "el", "ul", "ud", "ad", "an", "as", "ash", "ar", "ur",
                          "at", "az", "upon", "on", "under", "sur", "sous", "en", "les", "lès",
                          "le", "la", "de", "des", "du", "di", "del", "am", "im", "bei",
                          "ob", "y"})
# the Arabic article glued to the next word: "Tahrir al-Sham", "Jabhat al-Nusra"
_ARTICLES = frozenset({"al", "el", "ad", "an", "as", "ash", "ar", "at", "az", "ud", "ul"})
_LINK_RE = re.compile(r"\w-(?:" + "|".join(sorted(HYPHEN_LINKS, key=len, reverse=True))
                      + r")-[A-Z]")
EVENT_HEADS = frozenset({"cup", "conference", "championship", "championships", "games",
                         "olympics", "slam", "slams", "festival", "award", "awards", "prize",
                         "trophy", "marathon", "summit", "expo", "show", "grand prix", "tour",
                         "classic", "derby", "open"})
LOCATIVE_CUES = frozenset({"in", "at", "near", "to", "into", "from", "outside", "inside", "reached",
                           "reach", "reaching", "towards", "toward", "around"})
SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "port", "capital", "province", "region",
                              "suburb", "district", "county", "state"})
# towns whose name is also an everyday English word, a first name or a club: after "in" or "to"
# they are far more often the word ("in March", "to Chelsea", "at Reading") than the town
COMMON_WORD_TOWNS = frozenset("""
reading nice mobile bath deal march may split buffalo wells orange independence liberty hope
paradise eagle providence mercy grace faith joy harmony unity concord commerce enterprise
progress normal central midland sale bury street university college church hospital union
victoria florence jackson lincoln tyler warren marion troy sherman clinton hamilton franklin
madison monroe jefferson chelsea arsenal gay temple hyde man god heaven eden zion
""".split())
# events an ORG-tagged name may be ("the Pyeongchang Olympics"); holidays ("Bastille Day")
ORG_EVENT_HEADS = frozenset({"cup", "championship", "championships", "games", "olympics", "slam",
                             "prize", "trophy", "marathon", "summit", "expo", "derby", "festival",
                             "awards", "award"})
HOLIDAY_HEADS = frozenset({"day", "eve", "year"})
# direction words NER tags as places that name no one place ("in the West")
DIRECTIONS = frozenset({"west", "east", "north", "south", "midwest", "downtown"})
# people named in the plural are no one person ("our Chibok Girls")
_PLURAL_PEOPLE = frozenset({"girls", "boys", "women", "men", "children", "students", "people",
                            "families", "fighters", "soldiers", "workers", "residents"})
_STORM_WORDS = frozenset({"hurricane", "typhoon", "cyclone", "storm", "tropical"})
# page furniture around the story: credits, labels of media and sign-up boxes, timestamps
_CREDIT = re.compile(r"\b(?:photo(?:graph)?s?|image|picture|credit|video)\s*(?:by\b|:)", re.I)
_LABEL = re.compile(r"\s*\(?(?:photo(?:graph)?|image|picture|video|watch|graphic|listen|credit|"
                    r"source|read more|sign up|advertisement|related)\b", re.I)
_CREDIT_REACH = 60  # a credit names one or two sources right after its label
_CREDIT_END = re.compile(r"[).;]|\s[-–—]{1,2}\s")
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_FURNITURE_WORDS = 12
_SPORTS_RE = re.compile(
    r"\b(?:match|matches|goal|goals|league|keeper|goalkeeper|striker|midfielder|defender|"
    r"coach|season|club|fixture|penalty|penalties|scored|semi-final|quarter-final|stadium|"
    r"championship|premiership|rugby|football|cricket|innings|wicket|unbeaten|tries|"
    r"kick-off|half-time|cup|squad|manager|tournament|title race)\b")
SPORTS_MIN_HITS = 4
_CLUB_BEFORE = frozenset({"against", "over", "beat", "beating", "v", "vs", "vs.", "versus",
                          "host", "hosts", "face", "faces", "facing", "play", "plays", "joined",
                          "join", "joins", "signed", "sign", "leave", "leaves", "left"})
_CLUB_AFTER = frozenset({"striker", "keeper", "goalkeeper", "midfielder", "defender", "manager",
                         "boss", "coach", "winger", "captain", "skipper", "fans", "side", "team",
                         "squad", "chairman", "forward", "player", "players", "beat", "won",
                         "lost", "drew", "v", "vs", "vs.", "have", "were", "are"})


def _glued(doc: "Doc", i: int) -> bool:
    """Token `i` is a hyphen written without spaces between two words."""
    return doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def linked(doc: "Doc", i: int) -> bool:
    """Tokens i..i+2 are "-link-" glued together: the "-i-" of Mazar-i-Sharif."""
    return i + 3 < len(doc) and _glued(doc, i) and _glued(doc, i + 2) and \
        doc[i + 1].lower_ in HYPHEN_LINKS and doc[i + 1].is_lower and doc[i + 3].is_title


def extend_span(doc: "Doc", s: int, e: int, type_: str,
                known: "Container[str] | None" = None) -> tuple[int, int]:
    """Token span grown over hyphen-joined capitalised words and (PERSON) name particles.

    A PLACE grows only when the joined name is in `known` (folded names the gazetteer knows) or
    neither half alone is: "Emilia-Romagna" grows, "Israel-Gaza" stays "Israel". A lowercase
    link ("Mazar-i-Sharif", "Stratford-upon-Avon") always makes one name."""
    n = len(doc)
    while e + 1 < n:
        if linked(doc, e):
            e += 4
        elif _glued(doc, e) and doc[e + 1].is_title and not (
                type_ == "PLACE" and known is not None and not _join_ok(doc, s, e + 2, known)):
            e += 2
        else:
            break
    while s >= 2:
        if s >= 4 and linked(doc, s - 3) and doc[s - 4].is_title:
            s -= 4
        elif _glued(doc, s - 1) and doc[s - 2].is_title and not (
                type_ == "PLACE" and known is not None and not _join_ok(doc, s - 2, e, known)):
            s -= 2
        else:
            break
    if e - s >= 3 and any(_glued(doc, i) and doc[i - 1].lower_ in _ARTICLES
                          for i in range(s + 1, e)):
        while s > 0 and untagged_name(doc[s - 1]):
            s -= 1  # NER dropped the head noun: "Hayat" of "Hayat Tahrir al-Sham"
    if type_ == "PERSON":
        k = e  # NER often stops inside the particles: "Edwin van der" + "Sar"
        while k - 1 > s and doc[k - 1].lower_ in PARTICLES and doc[k - 1].is_lower:
            k -= 1
        j = k
        while j < n and doc[j].lower_ in PARTICLES and doc[j].is_lower:
            j += 1
        e = j + 1 if j > k and j < n and doc[j].is_title else k
    return s, e


def untagged_name(tok: "Token") -> bool:
    return tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and not tok.ent_type_ and \
        tok.lower_ not in ROLE_WORDS and tok.lower_ not in HONORIFICS


def has_hyphen_link(name: str) -> bool:
    """The name is one hyphenated compound with a lowercase link: "Mazar-i-Sharif"."""
    return _LINK_RE.search(name) is not None


def _join_ok(doc: "Doc", s: int, e: int, known: "Container[str]") -> bool:
    """Join a place over a hyphen when the joined name is known, or when no half is a place,
    a demonym or an acronym on its own ("German-US", "Israel-Gaza" stay apart)."""
    from ..names import fold

    if fold(doc[s:e].text) in known:
        return True
    return not any(t.tag_ == "JJ" or t.ent_type_ == "NORP" or t.is_upper or fold(t.text) in known
                   for t in doc[s:e] if t.text != "-")


def is_junk(doc: "Doc", text: str, s: int, e: int, type_: str) -> bool:
    """A span NER calls a name that is a title, an event or a capitalised common word."""
    last = doc[e - 1].lower_
    if e - s == 1 and last in ROLE_WORDS:
        return True
    if type_ in ("ORG", "PLACE", "PERSON") and last in ROLE_WORDS and not any(
            t.lower_ == "of" for t in doc[s:e]):
        return True
    if type_ in ("PLACE", "PERSON") and last in EVENT_HEADS or type_ == "ORG" and last in \
            ORG_EVENT_HEADS or type_ in ("PLACE", "ORG") and e - s > 1 and last in HOLIDAY_HEADS:
        return True
    if type_ == "PLACE" and e - s == 1 and last in DIRECTIONS:
        return True
    if opens_event_name(doc, e, EVENT_HEADS | HOLIDAY_HEADS) or type_ != "GROUP" and \
            indefinite_name(doc, s, e):
        return True  # "the Lisbon Marathon", "a Nuclear Button" (see phrases)
    if type_ == "PERSON" and e - s > 1 and last in _PLURAL_PEOPLE:
        return True
    start = doc[s].idx
    if start > 0 and text[start - 1] in "#@":
        return True  # a hashtag or a handle, not a name
    if _in_caps_line(text, start) or (type_ != "PERSON" or e - s == 1) and \
            title_line_only(doc, text, s, e) or quoted_epithet(text, start, doc[e - 1].idx +
                                                               len(doc[e - 1].text)):
        return True  # known names (the alias table) are kept before this test
    if e - s == 1 and s > 1 and doc[s - 1].lower_ == "of" and doc[s - 2].lower_ in ROLE_WORDS \
            and e < len(doc) and doc[e].ent_type_ == "PERSON":
        return True  # "Secretary of State Rex Tillerson": the word is part of the title
    if s > 0 and doc[s - 1].lower_ in _STORM_WORDS:
        return True  # "Hurricane Mitch" is weather, not a person
    if e - s == 1 and opens_sentence(doc, s) and doc[s].is_alpha and not doc[s].is_upper:
        # a word for a person that opens a sentence ("Gunman attacked the building") is
        # capitalised by its place, unless the article also writes it inside a name
        return _common_word(doc[s].text, text) or (
            last in DESCRIPTION_HEADS and not _inside_a_name(doc[s].text, text))
    return False


def _inside_a_name(word: str, text: str) -> bool:
    """The article writes `word` capitalised after another capitalised word ("Minnie
    Driver")."""
    return re.search(rf"(?:\b[A-Z][\w'-]*|\b(?:Mr|Mrs|Ms|Dr|St|[A-Z])\.)[ \t]+"
                     rf"{re.escape(word)}(?![\w-])", text) is not None


def _line_at(text: str, at: int) -> tuple[int, str]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, text[start:end if end >= 0 else len(text)]


def page_furniture(text: str, start: int, end: int) -> bool:
    """The name at [start, end) is page furniture, not news: a line of its own ("Getty Images",
    "Invalid Email"), a byline, a photo or video credit ("Photo: Reuters/Ann Lee"), a
    timestamp line ("Thu 12 May 2022 10.30 BST") or a labelled caption ("Watch: ...")."""
    from ...clean.lines import parse_byline

    line_start, line = _line_at(text, start)
    words = len(line.split())
    if line.strip(" .:;,-–—|•") == text[start:end]:
        return True
    if text[end:end + 1] == "/" or text[start - 1:start] == "/" or "/" in text[start:end] \
            or re.search(r"/[A-Z][\w.-]* $", text[max(line_start, start - 30):start]):
        return True  # "John Moore/Getty Images", "Reuters/Ann Lee", "(AP Photo/Jo Lee, File)",
        # and "Images" of "Jo Lee/Getty Images" (the credit's name after its slash)
    if _closes_caption(text, start, end):
        return True  # "... (Kabul, March 1, 2002) Paula Bronstein" at the end of its line
    if text[start:end] == "FILE" and text[end:end + 3] in (" - ", " – ", " — "):
        return True  # "FILE - In this Sept. 30, 2016, file photo, ..."
    credits = list(_CREDIT.finditer(text, max(line_start, start - _CREDIT_REACH), start))
    if credits and not _CREDIT_END.search(text, credits[-1].end(), start):
        return True  # "(Photo: Ann Lee, Getty Images)", up to where the credit closes
    if words <= _FURNITURE_WORDS and (_LABEL.match(line) or _CLOCK.search(line)):
        return True
    return words <= _FURNITURE_WORDS and parse_byline(line) is not None


def _closes_caption(text: str, start: int, end: int) -> bool:
    """A name that ends its line right after a caption's closing bracket, or after "photos"
    ("... (Kabul, March 1, 2002) Ann Lee", "All photos Ann Lee"): the photographer."""
    line_end = text.find("\n", end)
    if text[end:line_end if line_end >= 0 else len(text)].strip(" .") != "":
        return False
    before = text[max(0, start - 12):start].rstrip()
    return before.endswith(")") or before.lower().endswith("photos")


def _in_caps_line(text: str, at: int) -> bool:
    """The line holding offset `at` is an all-capital subheading of two words or more, where
    case says nothing about names ("ALL OPTIONS ON THE TABLE")."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)]
    return len(line.split()) > 1 and line.isupper()


def _common_word(word: str, text: str) -> bool:
    """The article writes `word` in lowercase and never capitalises it inside a sentence."""
    low = re.escape(word.lower())
    if re.search(rf"(?<![\w-]){low}(?![\w-])", text) is None:
        return False
    return re.search(rf"[a-z,;]\s+{re.escape(word)}(?![\w-])", text) is None


def opens_sentence(doc: "Doc", i: int) -> bool:
    return i == 0 or doc[i].is_sent_start or "\n" in doc[i - 1].text or \
        doc[i - 1].text in ("'", '"', "‘", "“", ":")


def locative_before(doc: "Doc", i: int) -> bool:
    """Token `i` follows a word that puts what comes next somewhere: "in", "near", "reached",
    "the city of"."""
    if i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in SETTLEMENT_NOUNS:
        return True
    return i > 0 and doc[i - 1].lower_ in LOCATIVE_CUES


def place_word(name: str, text: str) -> bool:
    """`name` can be read as a place name: not a common English word that is also a town
    ("Reading", "Nice", "Mobile", "March") and not written in lowercase elsewhere in `text`."""
    low = name.lower()
    if low in COMMON_WORD_TOWNS:
        return False
    return re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text) is None


def sports_story(text: str) -> bool:
    """Several distinct sports words: "Chelsea" here is a club, not a district of London."""
    return len(set(_SPORTS_RE.findall(text.lower()))) >= SPORTS_MIN_HITS


def club_context(doc: "Doc", s: int, e: int) -> bool:
    """A city written the way clubs are: "beat Fulham", "Fulham striker", "Fulham's keeper"."""
    before = doc[s - 1].lower_ if s > 0 else ""
    after = doc[e].lower_ if e < len(doc) else ""
    if after in ("'s", "’s") and e + 1 < len(doc):
        nxt = doc[e + 1]
        return nxt.lower_ in _CLUB_AFTER or nxt.ent_type_ == "PERSON" or nxt.like_num
    if before in _CLUB_BEFORE:
        return True
    if after in _CLUB_AFTER:
        return True
    return e < len(doc) and doc[e].like_num and doc[e].text[:1].isdigit() and "-" in doc[e].text
