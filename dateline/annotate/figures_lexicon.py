"""Word lists for reported figures: what a number counts, what it is not, who reports it."""

from __future__ import annotations

# Head nouns (lemmas) that make a number a measure, not a count.
MEASURE_NOUNS = frozenset("""
second minute hour day night week weekend month year decade century am pm a.m. p.m. o'clock
mile kilometer kilometre km mi meter metre m foot feet ft yard inch cm mm kilogram kg gram g
pound lb ton tonne liter litre gallon barrel degree percent per cent % acre hectare square
dollar euro ruble rouble hryvnia pound yen yuan cent $ € £ usd eur time times point knot mph
kph km/h hectoliter cubic mw gw kw megawatt gigawatt bpd bcm cubic-meter byte gb mb
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

REPORT_VERBS = frozenset("""
say tell report state announce claim estimate warn add confirm declare note write tweet post
insist assert allege believe count record tally put acknowledge admit predict forecast project
calculate indicate show publish document register reckon disclose reveal cite brief
""".split())
PROJECTION_VERBS = frozenset({"expect", "project", "forecast", "predict", "anticipate", "plan"})
PROJECTION_HEADS = frozenset({"expect", "likely", "set", "poised", "due", "project", "plan",
                              "forecast", "predict", "threaten", "prepare", "could", "may"})
MODALS = frozenset({"could", "would", "will", "may", "might", "shall", "'ll", "wo", "ca",
                    "should", "must"})

# Time-ish words that, right after a number, make it a clock time or a label.
TIME_SUFFIXES = frozenset({"a.m.", "p.m.", "am", "pm", "gmt", "utc", "ist", "est", "cet", "hrs",
                           "h", "o'clock", "bst", "edt", "msk"})
# Tokens right before a number that make it a label ("No. 1", "Day 2", "$5").
LABEL_PREFIXES = frozenset({"no.", "no", "number", "#", "$", "€", "£", "us$", "rs", "page",
                            "article", "resolution", "flight", "chapter", "section", "route",
                            "day", "week", "phase", "round", "game", "stage", "level", "grade",
                            "category", "gate", "terminal", "unit", "platform", "vol.", "p.",
                            "ch.", "highway", "room", "building", "block", "sector", "aged", "age",
                            "ages"})
BAD_ENT_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "QUANTITY"})
PRONOUNS_PERSON = frozenset({"he", "she", "him", "her"})
PRONOUNS_OTHER = frozenset({"it", "they", "we", "i", "you"})
