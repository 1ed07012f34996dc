"""What a number counts: word lists, and the rules that read the counted thing from the parse."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ...model import Figure
    from .numbers import NumberPhrase

# Head nouns (lemmas) that make a number a measure, not a count.
MEASURE_NOUNS = frozenset("""
psi kwh megabyte gigabyte terabyte tb
second minute hour day night week weekend month year decade century am pm a.m. p.m. o'clock
mile kilometer kilometre km mi meter metre m foot feet ft yard inch cm mm kilogram kg gram g
pound lb ton tonne liter litre gallon barrel degree percent per cent % acre hectare square
dollar euro ruble rouble hryvnia pound yen yuan cent $ € £ usd eur time times point knot mph
kph km/h hectoliter cubic mw gw kw megawatt gigawatt bpd bcm cubic-meter byte gb mb
millimetre millimeter centimetre centimeter kilometer kilometre metre meter inch ounce kilo
litre liter degree celsius fahrenheit sq hertz volt watt calorie pixel bit kiloton megaton
pence penny franc peso rupee rand krona krone shekel dinar dirham riyal lira won baht real
fund funding cash money revenue sale profit loss debt budget cost price salary wage pay bonus
tax fee fine bill loan income spending earning dividend investment share stock bond
percentage vote ballot goal wicket lap stroke
""".split())

# Head nouns -> category (the counted thing alone).
NOUN_CATEGORY: dict[str, str] = {}
for _category, _words in {
    # civil responders are counted as "other", never as troops, however deployed (GUIDELINES)
    "other": ("police policeman policemen firefighter fireman firemen rescuer volunteer medic "
              "paramedic doctor nurse worker staff"),
    "dead": "death fatality dead body corpse life",
    "casualties": "casualty",
    "wounded": "injury injured wounded",
    "refugees": "refugee asylum-seeker",
    "displaced": "idp displaced",
    "evacuated": "evacuee evacuated",
    "arrested": "arrest detainee prisoner arrested detained",
    "troops": ("troop soldier serviceman servicemen personnel fighter infantry paratrooper "
               "marine reservist conscript sailor force battalion brigade regiment division "
               "mercenary"),
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
    "killed": "killed", "dead": "dead", "died": "dead", "deceased": "dead", "wounded": "wounded",
    "injured": "wounded", "hurt": "wounded", "missing": "missing", "displaced": "displaced",
    "homeless": "displaced",
    "arrested": "arrested", "detained": "arrested", "evacuated": "evacuated",
    "rescued": "rescued", "captured": "arrested", "freed": "rescued", "released": "rescued",
    "hospitalised": "wounded", "hospitalized": "wounded",
}
VERB_CATEGORY = {
    "kill": "killed", "slay": "killed", "murder": "killed", "massacre": "killed",
    "execute": "killed", "assassinate": "killed", "slaughter": "killed", "behead": "killed",
    "die": "dead", "perish": "dead", "wound": "wounded", "hospitalise": "wounded",
    "hospitalize": "wounded", "free": "rescued", "release": "rescued", "liberate": "rescued",
    "injure": "wounded", "hurt": "wounded", "displace": "displaced", "arrest": "arrested",
    "detain": "arrested", "capture": "arrested", "evacuate": "evacuated", "rescue": "rescued",
    "save": "rescued", "flee": "displaced", "leave": "displaced", "deploy": "troops",
    "mass": "troops", "station": "troops", "assemble": "troops",
}
# Nouns on the path from the counted thing up to its verb ("an exodus of 300 people").
CONTEXT_NOUN_CATEGORY = {
    "exodus": "displaced", "displacement": "displaced", "population": "population",
    "city": "population",
    "town": "population", "village": "population", "nation": "population",
    "country": "population", "home": "population", "death": "dead", "toll": "dead",
    "evacuation": "evacuated", "arrest": "arrested", "refugee": "refugees",
    "release": "rescued", "rescue": "rescued",
}
# Records and goods that can be released or freed without anyone being rescued.
THING_NOUNS = frozenset("""
page document file record image photo photograph video statement report letter email message
datum data figure song album film book product model game update version tape recording
""".split())
# Verbs whose particle or complement makes a killing: "shot dead", "gunned down".
KILLING_PARTICLES = {"shoot": ("dead",), "gun": ("down",), "stab": ("dead",),
                     "beat": ("dead",), "mow": ("down",), "cut": ("down",)}
# Objects of the number's verb that put people in hospital: "taken to hospital", "in critical
# condition", "treated for injuries".
WOUND_OBJECTS = frozenset({"hospital", "hospitals", "condition", "injuries", "injury",
                           "wounds", "icu", "care"})
# Nouns that hold a bare number: "the death toll rose to 47".
TOLLS = frozenset({"toll", "tally", "count", "total", "number", "figure"})
# Verbs that give a count its level: "deaths rose to 30", "arrests reached 400".
TALLY_VERBS = frozenset({"rise", "climb", "reach", "stand", "hit", "jump", "increase", "grow",
                         "soar", "surge", "top", "exceed", "pass", "be", "total", "number"})
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
# Heads whose infinitive complement has not happened: "plans to send", "willing to sell".
PROJECTION_HEADS = frozenset({"expect", "likely", "set", "poised", "due", "project", "plan",
                              "forecast", "predict", "threaten", "prepare", "could", "may",
                              "willing", "ready", "want", "wish", "hope", "aim", "intend",
                              "seek", "offer", "propose", "promise", "pledge", "vow", "agree",
                              "decide", "going", "about", "unlikely", "need"})
# Nouns that make the count a scenario: "in a worst-case scenario", "a forecast of 2 million".
PROJECTION_NOUNS = frozenset({"scenario", "forecast", "projection", "prediction", "prospect",
                              "possibility", "risk", "threat", "plan", "target", "goal"})
# Verbs whose "of"-object is feared, not counted: "warned of a wave of a million refugees".
WARNING_VERBS = frozenset({"warn", "fear", "caution"})
# Counted nouns that name notions, not people or things: "two options", "three scenarios".
ABSTRACT_NOUNS = frozenset("""
option scenario reason way idea issue question problem point step aspect factor possibility
alternative goal priority principle concern lesson theme topic thing matter condition sentence
side front direction
""".split())
# Time-ish words that, right after a number, make it a clock time or a label.
TIME_SUFFIXES = frozenset({"a.m.", "p.m.", "am", "pm", "gmt", "utc", "ist", "est", "cet", "hrs",
                           "h", "o'clock", "bst", "edt", "msk"})
# Tokens right after a number that make it a share, a rate or a multiple.
NOT_COUNT_AFTER = frozenset({"%", "per", "percent", "pc", "times", "fold", "x"})
# Words before a date that make it the start or end of a period, not the date of a count.
PERIOD_EDGE = re.compile(r"(?i)(?:\b(?:since|from|until|till|between|after|before)\s+"
                         r"(?:at\s+least\s+|late\s+|early\s+)?"
                         r"|\bbetween\b[^.;]{1,30}\b(?:and|to)\s+)$")
# What joins the two edges of a period with no "from" before it: "April through July".
PERIOD_LINK = re.compile(r"(?i)^\s*(?:to|until|till|through|thru|-|\u2013|\u2014)\s*$")
# Tokens right before a number that make it a label ("No. 1", "Day 2", "$5").
LABEL_PREFIXES = frozenset({"no.", "no", "number", "#", "$", "€", "£", "us$", "rs", "page",
                            "article", "resolution", "flight", "chapter", "section", "route",
                            "day", "week", "phase", "round", "game", "stage", "level", "grade",
                            "category", "gate", "terminal", "unit", "platform", "vol.", "p.",
                            "ch.", "highway", "room", "building", "block", "sector", "aged", "age",
                            "ages", "part", "episode", "volume"})
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
    """(counted noun, category, what) from the words right around the number."""
    # (counted noun, category, what) as far as the words right around the number tell: "80 tanks",
    # "316 wounded", "80 were rescued", "a city of 1.4 million", "the toll rose to 47".
    k = phrase.end_all
    nxt = doc[k] if k < len(doc) else None
    if nxt is not None and nxt.lower_ in STATE_CATEGORY:
        after = doc[k + 1] if k + 1 < len(doc) else None
        if after is not None and after.pos_ in ("NOUN", "PROPN") and nxt.head.i == after.i:
            return after, STATE_CATEGORY[nxt.lower_], None
        return None, STATE_CATEGORY[nxt.lower_], None
    if nxt is not None and nxt.lower_ == "of":
        pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.lower_ in ("whom", "which"):
            group = next((a for a in head.ancestors if a.pos_ in ("NOUN", "PROPN")), None)
            return group, None, None  # "25 defendants, five of whom": defendants
        if pobj is not None and (pobj.pos_ in ("NOUN", "PROPN") or any(
                c.dep_ == "det" for c in pobj.children)):  # "three of the accused"
            return pobj, STATE_CATEGORY.get(pobj.lower_), None  # not "Japan" of "Japan's banks"
        for tok in doc[k + 1:min(k + 8, len(doc))]:
            if tok.pos_ in ("VERB", "AUX"):
                break  # "three of the accused lived in ...": the clause is not the group
            if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("compound", "poss"):
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
            state = next((STATE_CATEGORY[c.lower_] for c in (*toll.children, *of.children)
                          if c.dep_ in ("acl", "amod") and c.lower_ in STATE_CATEGORY), None)
            return of, state, None  # "the number of people killed rose to 30"
        if toll.lemma_.lower() not in TOLLS:
            return toll, None, None  # "deaths rose to 30": the subject is the counted noun
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
    if owner.pos_ not in ("VERB", "AUX") or owner.lemma_.lower() not in TALLY_VERBS:
        return next((c for c in owner.children if c.dep_ in ("nsubj", "dobj", "nsubjpass")
                     and c.lemma_.lower() in TOLLS), None)
    return next((c for c in owner.children if c.dep_ in ("nsubj", "dobj", "nsubjpass")
                 and (c.lemma_.lower() in TOLLS or c.lemma_.lower() in NOUN_CATEGORY
                      or c.lemma_.lower() in CONTEXT_NOUN_CATEGORY)), None)


def _bare_category(head: Token) -> str | None:
    """A bare number as subject or object of a verb that says what happened to it."""
    verb = head.head
    if head.dep_ in ("nsubj", "nsubjpass", "dobj", "conj") and verb.pos_ in ("VERB", "AUX"):
        return VERB_CATEGORY.get(verb.lemma_.lower()) if verb.lemma_.lower() not in (
            "deploy", "mass", "station", "assemble") else None
    return None


def what_of(doc: Doc, noun: Token, phrase: NumberPhrase) -> str:
    kept = [t for t in doc[max(noun.left_edge.i, phrase.end_all):noun.i + 1]
            if t.dep_ not in ("det", "punct", "predet", "prep", "cc", "advmod")
            and not (t.dep_ == "poss" and t.pos_ == "PRON") and t.lower_ not in NOT_WHAT
            and not t.like_num and t.dep_ != "quantmod" and not t.head.like_num
            and (t.i == noun.i or noun in t.ancestors)]  # "New York City subway trains"; not
    # "than" of "21 of the more than 200 schoolgirls": a bound of the whole's number
    return "".join(t.text_with_ws for t in kept).strip() or noun.text


def inherit_what(earlier: list[Figure], category: str | None) -> str | None:
    if earlier and earlier[-1].what:
        return earlier[-1].what
    return "people" if category in PEOPLE_CATEGORIES or category == "population" else None
