"""Span and type rules for entity mentions that the small spaCy model gets wrong on news text.

- span repair: hyphen-joined names ("Emilia-Romagna", "Mercedes-Benz"), name particles ("Walter
  van der Vijver"), an unclosed parenthesis ("Bank (IADB"), a date swallowed by the name
  ("Commons on Monday");
- geographic features: a name next to "river", "lake", "mountains"... is a river, lake or range,
  never the town of the same name ("the Savio river");
- junk: a lone title word ("Cardinal"), a name ending in a title ("Roman Catholic Archbishop"),
  an event ("Hopman Cup"), a capitalised common word opening a sentence or headline ("Tsunami
  'won't divert aid'" when the article also writes "tsunami");
- sports: in a sports story a city followed by "beat", "striker", "'s keeper"... is the club.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Container

from .roles import ROLE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc

PARTICLES = frozenset({"van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "dos",
                       "das", "la", "le", "bin", "ibn", "al", "el", "ter", "ten", "zu", "y"})
FEATURE_AFTER = {"river": "water", "lake": "water", "sea": "water", "canal": "water",
                 "estuary": "water", "reservoir": "water", "lagoon": "water", "creek": "water",
                 "mountains": "region", "mountain": "region", "hills": "region",
                 "valley": "region", "island": "region", "islands": "region",
                 "peninsula": "region", "desert": "region", "volcano": "region",
                 "glacier": "region", "plateau": "region"}
FEATURE_BEFORE = {"river": "water", "lake": "water", "loch": "water", "lough": "water",
                  "mount": "region", "mt": "region", "mt.": "region", "isle": "region"}
_AFTER_RE = re.compile(r"\s+(" + "|".join(FEATURE_AFTER) + r")\b", re.I)
_BEFORE_RE = re.compile(r"\b(" + "|".join(k.replace(".", r"\.") for k in FEATURE_BEFORE)
                        + r")\s+$", re.I)
EVENT_HEADS = frozenset({"cup", "conference", "championship", "championships", "games",
                         "olympics", "slam", "slams", "festival", "award", "awards", "prize",
                         "trophy", "marathon", "summit", "expo", "show", "grand prix", "tour",
                         "classic", "derby", "open"})
_STORM_WORDS = frozenset({"hurricane", "typhoon", "cyclone", "storm", "tropical"})
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


def extend_span(doc: "Doc", s: int, e: int, type_: str,
                known: "Container[str] | None" = None) -> tuple[int, int]:
    """Token span grown over hyphen-joined capitalised words and (PERSON) name particles.

    A PLACE grows only when the joined name is in `known` (folded names the gazetteer knows) or
    neither half alone is: "Emilia-Romagna" grows, "Israel-Gaza" stays "Israel"."""
    n = len(doc)
    while e + 1 < n and _glued(doc, e) and doc[e + 1].is_title:
        if type_ == "PLACE" and known is not None and not _join_ok(doc, s, e + 2, known):
            break
        e += 2
    while s >= 2 and _glued(doc, s - 1) and doc[s - 2].is_title:
        if type_ == "PLACE" and known is not None and not _join_ok(doc, s - 2, e, known):
            break
        s -= 2
    if type_ == "PERSON":
        k = e  # NER often stops inside the particles: "Edwin van der" + "Sar"
        while k - 1 > s and doc[k - 1].lower_ in PARTICLES and doc[k - 1].is_lower:
            k -= 1
        j = k
        while j < n and doc[j].lower_ in PARTICLES and doc[j].is_lower:
            j += 1
        e = j + 1 if j > k and j < n and doc[j].is_title else k
    return s, e


def _join_ok(doc: "Doc", s: int, e: int, known: "Container[str]") -> bool:
    """Join a place over a hyphen when the joined name is known, or when no half is a place,
    a demonym or an acronym on its own ("German-US", "Israel-Gaza" stay apart)."""
    from .names import fold

    if fold(doc[s:e].text) in known:
        return True
    return not any(t.tag_ == "JJ" or t.ent_type_ == "NORP" or t.is_upper or fold(t.text) in known
                   for t in doc[s:e] if t.text != "-")


def feature_kind(text: str, start: int, end: int) -> str | None:
    """'water' or 'region' when the name at [start, end) is written as a river, lake, mountain
    range...: "the Savio river", "river Thames", "Lake Garda", "Rocky Mountains"."""
    words = text[start:end].lower().split()
    if not words:
        return None
    if len(words) > 1 and words[-1] in FEATURE_AFTER:
        return FEATURE_AFTER[words[-1]]
    if len(words) > 1 and words[0] in FEATURE_BEFORE:
        return FEATURE_BEFORE[words[0]]
    m = _AFTER_RE.match(text, end, end + 14)
    if m:
        return FEATURE_AFTER[m.group(1).lower()]
    m = _BEFORE_RE.search(text, max(0, start - 7), start)
    if m:
        return FEATURE_BEFORE[m.group(1).lower()]
    return None


def strip_feature_word(name: str) -> str:
    """'Lake Garda' -> 'Garda', 'Thames River' -> 'Thames' (for a gazetteer retry)."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in FEATURE_AFTER:
        return " ".join(words[:-1])
    if len(words) > 1 and words[0].lower() in FEATURE_BEFORE:
        return " ".join(words[1:])
    return name


def is_junk(doc: "Doc", text: str, s: int, e: int, type_: str) -> bool:
    """A span NER calls a name that is a title, an event or a capitalised common word."""
    last = doc[e - 1].lower_
    if e - s == 1 and last in ROLE_WORDS:
        return True
    if type_ in ("ORG", "PLACE", "PERSON") and last in ROLE_WORDS and not any(
            t.lower_ == "of" for t in doc[s:e]):
        return True
    if type_ in ("PLACE", "PERSON") and last in EVENT_HEADS:
        return True
    if s > 0 and doc[s - 1].lower_ in _STORM_WORDS:
        return True  # "Hurricane Mitch" is weather, not a person
    if e - s == 1 and _opens_sentence(doc, s) and doc[s].is_alpha and not doc[s].is_upper:
        return _common_word(doc[s].text, text)
    return False


def _common_word(word: str, text: str) -> bool:
    """The article writes `word` in lowercase and never capitalises it inside a sentence."""
    low = re.escape(word.lower())
    if re.search(rf"(?<![\w-]){low}(?![\w-])", text) is None:
        return False
    return re.search(rf"[a-z,;]\s+{re.escape(word)}(?![\w-])", text) is None


def _opens_sentence(doc: "Doc", i: int) -> bool:
    return i == 0 or doc[i].is_sent_start or "\n" in doc[i - 1].text or \
        doc[i - 1].text in ("'", '"', "‘", "“", ":")


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
