"""Lexicons and the regular expressions that find time-expression candidates in raw text.

Each rule is (name, compiled pattern); `timex_values` turns a match of a named rule into a value.
Months and weekdays must be capitalized so that "may", "march" and "sat" never match; the words
around them ("late", "last") match in any case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..lexicon.number_words import NUMBERS, ORDINALS
from .holidays import HOLIDAY
from .spoken import CENTURY_ORDINAL, DAY_WORDS, DECADE_WORDS, YEAR_WORDS

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "overnight": "NI", "dawn": "MO", "daybreak": "MO", "midday": "MI"}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# Offsets of zone abbreviations; UTC and GMT are written "Z".
ZONES = {
    "UTC": "Z", "GMT": "Z", "Z": "Z", "BST": "+01:00", "WET": "Z", "CET": "+01:00",
    "CEST": "+02:00", "EET": "+02:00", "EEST": "+03:00", "MSK": "+03:00", "IST": "+05:30",
    "PKT": "+05:00", "GST": "+04:00", "SGT": "+08:00", "HKT": "+08:00", "JST": "+09:00",
    "KST": "+09:00", "AEST": "+10:00", "AEDT": "+11:00", "EST": "-05:00", "EDT": "-04:00",
    "CST": "-06:00", "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00", "PST": "-08:00",
    "PDT": "-07:00", "ET": None, "PT": None,
}
CITY_ZONES = {"moscow": "+03:00", "kyiv": "+02:00", "kiev": "+02:00", "london": "Z",
              "paris": "+01:00", "berlin": "+01:00", "brussels": "+01:00",
              "beijing": "+08:00", "tokyo": "+09:00", "minsk": "+03:00", "belarusian": "+03:00"}
UNIT_CODES = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W",
              "weekend": "WE", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
              "century": "CE"}
TIME_UNITS = {"second", "minute", "hour"}
FUTURE_HEADS = {"set", "due", "schedule", "expect", "plan", "go", "intend", "aim", "slate",
                "poise", "prepare", "hope", "propose", "agree", "promise", "vow", "threaten"}
def _alt(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_MONTH_FULL = ("January|February|March|April|May|June|July|August|September|October|November"
               "|December")
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|(?=\s+\d))"
MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR}|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST" \
        r"|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
NUM_WORD = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two"
            r"|three|four|five|six|seven|eight|nine))?|" + _alt(NUMBERS) + ")")
VAGUE = r"(?:several|a few|few|many|some|dozens of|hundreds of" \
        r"|thousands of)"
NUM = rf"(?:\d{{1,3}}(?:\.\d+)?(?P<half> 1/2)?|{NUM_WORD}|{VAGUE})"
UNIT = r"(?:second|minute|hour|day|week|month|quarter|year|decade|centur(?:y|ie))"
POD = r"(?:morning|afternoon|evening|night|overnight)"
EDGE = r"(?<![\w$£€#.,])"
END = r"(?![\w])"
_ZONE_ALT = _alt([z for z in ZONES if len(z) > 1])
CLOCK = (r"(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s?(?P<ap>[AaPp]\.?\s?[Mm]\b\.?)"
         r"|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:])"
         r"|(?P<noon>(?i:noon|midnight|midday)))")
ZONE = (rf"(?:\s?\(?(?P<zone>{_ZONE_ALT})\)?(?![\w])"
        r"|\s(?P<city>(?i:Moscow|Kyiv|Kiev|London|Paris|Berlin|Brussels|Beijing|Tokyo|Minsk))"
        r" time|\s(?i:local time))")
DAYREF = rf"(?P<dwd>{WEEKDAY})|(?P<drel>(?i:today|tomorrow|yesterday|tonight))" \
    rf"|(?P<mon>{MONTH})\s+(?P<d>{DAYNUM})(?:,?\s+(?P<y>{YEAR}))?"

# "June 12 last year", "on 3 March of next year": the year told relative to the article's
YEAR_REL = r"|\s+(?:of\s+)?(?P<yrel>(?i:last|this|next))\s+(?i:year)"

RULES: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(pattern)) for name, pattern in [
    ("iso", r"(?<![\w-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
            r"(?:[T ](?P<h24>[0-2]\d):(?P<m24>[0-5]\d))?(?![\w-])"),
    ("slash", r"(?<![\w/])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>\d{4})(?![\w/])"),
    ("mdy", rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<mod>(?i:early|mid|late))[\s-]+)?"
            rf"(?P<mon>{MONTH})\s+(?P<d>{DAYNUM})(?:,?\s+(?P<y>{YEAR}){YEAR_REL})?{END}(?!,\d)"),
    ("dmy", rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?<![\d,.])(?P<d>{DAYNUM})\s+(?:of\s+)?"
            rf"(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}){YEAR_REL})?{END}"),
    ("month", rf"(?<![\w])(?:(?P<mod>(?i:early|mid|late|the end of|the beginning of|the start of"
              r"|the middle of))"
              rf"[\s-]+)?(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}){YEAR_REL})?{END}"),
    ("month_rel", rf"(?P<rel>(?i:last|next|this|this past|past|coming))\s+(?P<mon>{MONTH}){END}"),
    ("clock", rf"{EDGE}{CLOCK}"
              rf"(?:{ZONE})?(?:,?\s+(?:(?i:on)\s+)?(?:{DAYREF}))?{END}"),
    ("weekday", r"(?<![\w])(?:(?P<mod>(?i:early|late|mid))[\s-]+)?"
                r"(?:(?P<rel>(?i:last|next|this|coming"
                rf"|this past|this coming|past))\s+)?(?P<wd>{WEEKDAY})(?!\s*,?\s+{MONTH})"
                rf"(?:(?:'s|’s)?\s+(?P<pod>{POD}))?{END}"),
    ("relday", r"(?<![\w])(?:(?P<mod>(?i:early|late))\s+)?(?P<rel>(?i:the day before yesterday"
               r"|the day after tomorrow|today|tonight|yesterday|tomorrow|last night|overnight))"
               rf"(?:\s+(?P<pod>{POD}))?{END}"),
    ("relpod", r"(?<![\w])(?P<rel>(?i:this|yesterday|tomorrow|early this|late this"
               r"|earlier this|later"
               rf" this))\s+(?P<pod>(?i:morning|afternoon|evening)){END}"),
    # "mid-afternoon yesterday", "by mid-morning": the named (or the published) day
    ("podrel", r"(?<![\w])(?:(?:(?i:early|late|mid)[\s-]?)?(?P<pod>(?i:morning|afternoon|evening))"
               r"\s+(?P<rel>(?i:yesterday|today|tomorrow))|(?i:mid)[\s-]?"
               rf"(?P<pod2>(?i:morning|afternoon|evening))){END}"),
    ("holiday", r"(?<![\w])(?:(?P<rel>(?i:last|next|this|this past|this coming|coming))\s+)?"
                rf"(?<!Lunar )(?<!Chinese )(?P<hol>{HOLIDAY})(?:,?\s+(?:of\s+)?(?P<y>{YEAR}))?"
                r"(?![\w'’])(?!\s+(?i:trees?|cards?|carols?|eggs?|island|rising)\b)"),
    ("anaphor", r"(?<![\w])(?:(?P<mod>(?i:earlier|later|early|late))\s+)?(?i:(?:that|the same"
                r"|that same)\s+(?P<unit>day|week|month|year|morning|afternoon|evening|night)"
                r"|the\s+(?:(?P<dir>following|previous)\s+(?P<unit2>day|week|month|year|morning"
                r"|evening)|next\s+(?P<unit3>day|morning)|day\s+(?P<dir2>before|after)(?=\s*[,.;:)]|$)))"
                r"(?!\w)"),
    ("relunit", r"(?<![\w])(?P<mod>(?i:earlier|later|early|late|mid|the end of|the start of"
                r"|the beginning of|the rest of)\s+)?(?P<rel>(?i:last|this|next|previous"
                r"|coming|current|the current|the previous|the coming|the same))\s+"
                r"(?:(?i:fiscal)\s+)?(?P<unit>(?i:week|weekend|month|quarter|year|decade|century"
                rf"|spring|summer|fall|autumn|winter)){END}"),
    ("ago", rf"(?<![\w.,])(?i:(?P<num>{NUM})\s+(?P<unit>{UNIT})s?\s+"
            r"(?P<dir>ago|earlier|later|from now))"
            rf"{END}"),
    ("span_unit", r"(?i:the\s+(?:(?:past|last|next|coming|previous|following)\s+)(?P<unit>day|week"
                  r"|month|year|decade|century))(?!\w)"),
    ("fin_quarter", r"(?i:the\s+(?:(?P<fy>year-earlier|year-ago|comparable year-ago|latest"
                    r"|most recent|same)\s+)?(?P<fu>quarter|period))(?!\w)"),
    ("weekend", r"(?i:the\s+weekend)(?!\w)"),
    ("year_adj", r"(?<![\w-])(?i:year-(?:earlier|ago))(?![\w-])"),
    ("duration", rf"(?<![\w-])(?P<pre>(?i:the (?:past|last|next|first|previous|coming|final)"
                 rf"|another)\s+)?(?P<num>{NUM})[\s-]+(?P<unit>(?i:{UNIT}))(?:s|s')?{END}"
                 r"(?![ -](?i:old|olds)\b)(?!-(?i:old))"),
    ("bare_dur", r"(?i:(?<=for )(?P<unit>minute|hour|day|week|month|year|decade)s)(?!\w)"),
    ("quarter", rf"(?<![\w])(?i:(?:the\s+)?(?:(?P<y2>{YEAR})\s+"
                r"|(?P<qrel>this year's|last year's|next year's"
                r"|the year-ago|the year-earlier|year-ago|year-earlier)\s+)?"
                r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]"
                rf"(?P<qu>quarter|half))(?:\s+(?:of\s+)?(?P<y>{YEAR}))?{END}"),
    ("season", r"(?<![\w])(?P<season>(?i:spring|summer|fall|autumn|winter))\s+(?:of\s+)?"
               rf"(?:(?P<y>{YEAR})|(?P<yw>(?i:{YEAR_WORDS})))"
               rf"{END}"),
    ("decade", r"(?:(?i:the)\s+)?(?:(?P<mod>(?i:early|mid|late))[\s-]+)?"
               r"(?:(?P<dec>1[5-9]\d0|20\d0)s"
               r"|['’](?P<dec2>\d0)s)(?!\w)"),
    ("spoken_date", rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})(?:\s+(?:(?i:the)\s+)?"
                    rf"(?P<dw>(?i:{DAY_WORDS}))(?:,?\s+(?P<yw>(?i:{YEAR_WORDS})))?"
                    rf"|,?\s+(?P<yw2>(?i:{YEAR_WORDS})))(?![\w-])"),
    ("year_words", rf"(?<![\w-])(?:(?i:the\s+year)\s+)?(?P<yw>(?i:{YEAR_WORDS}))(?![\w-])"),
    ("decade_words", rf"(?<![\w])(?i:the)\s+(?:(?P<mod>(?i:early|mid|late))[\s-]+)?['’]?"
                     rf"(?P<decw>(?i:{DECADE_WORDS})){END}"),
    ("century", rf"(?<![\w])(?:(?i:the)\s+)?(?:(?P<mod>(?i:early|mid|late))[\s-]+)?"
                rf"(?P<cord>(?i:{CENTURY_ORDINAL}))[\s-]+(?i:century){END}"),
    ("year", rf"(?:(?i:fiscal)\s+|(?P<mod>(?i:early|mid|late))[\s-]+)?{EDGE}(?P<y>{YEAR})"
             r"(?!\s?%|[\d,]\d|-year|\.\d|-\d{3})(?!\w)"),
    ("vague", r"(?<![\w])(?i:(?P<v>now|currently|recently|the past|the future|nowadays"
              r"|recent (?:years|months|weeks|days)|coming (?:years|months|weeks|days)|these days))"
              r"(?!\w)"),
    ("set", r"(?<![\w])(?:(?P<every>(?i:every|each))\s+"
            r"(?:(?P<wd>(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
            r"|(?P<unit>(?i:day|week|month|year|morning|night|evening|hour))"
            rf"|(?P<mon>{_MONTH_FULL})|(?P<season>(?i:spring|summer|autumn|winter)))"
            r"|(?P<adv>(?i:daily|weekly|monthly|annually|yearly)))(?!\w)"),
    ("weekday_set", rf"(?<![\w])(?P<wd>{WEEKDAY})(?:s(?:\s+(?P<pod>(?i:{POD}))s?)?"
                    rf"|\s+(?P<pods>(?i:morning|afternoon|evening|night))s)(?!\w)"),
    ("ordday", r"(?<![\w])(?:(?P<daynum>(?i:day)\s+"
               r"(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight"
               r"|nine|ten))(?!\w)(?![:.]\d)|(?P<det>(?i:the|its|their|a|this))\s+"
               rf"(?P<ord>{_alt(ORDINALS)}|\d{{1,3}}(?:st|nd|rd|th))\s+(?:(?i:full|straight"
               r"|consecutive)\s+)?(?i:day)(?!\w))"),
]]

# Literal words every match of a rule must contain. Scanning a whole article with a rule whose
# start is optional ("late", "this past") tries every character; finding the required word first
# and running the rule only in a small window around it gives the same matches far faster.
# (pattern, over lower-cased text?)
_MONTH_TRIGGER = re.compile(_MONTH_FULL + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JANUARY"
                            r"|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
                            r"|DECEMBER")
_SEASON_TRIGGER = re.compile(r"spring|summer|fall|autumn|winter")
TRIGGERS: dict[str, tuple[re.Pattern[str], bool]] = {
    "iso": (re.compile(r"\d-[01]\d-"), False),
    "slash": (re.compile(r"/"), False),
    "mdy": (_MONTH_TRIGGER, False),
    "dmy": (_MONTH_TRIGGER, False),
    "month": (_MONTH_TRIGGER, False),
    "month_rel": (_MONTH_TRIGGER, False),
    "clock": (re.compile(r"\d\s?[ap]\.?\s?m|\d[:.][0-5]\d|noon|midnight|midday"), True),
    "weekday": (re.compile(WEEKDAY), False),
    "relday": (re.compile(r"today|tonight|tomorrow|yesterday|night"), True),
    "relpod": (re.compile(r"morning|afternoon|evening"), True),
    "relunit": (re.compile(r"week|month|quarter|year|decade|century|spring|summer|fall|autumn"
                           r"|winter"), True),
    "ago": (re.compile(r"ago|earlier|later|from now"), True),
    "quarter": (re.compile(r"quarter|half"), True),
    "season": (_SEASON_TRIGGER, True),
    "decade": (re.compile(r"0s"), False),
    "year": (re.compile(YEAR), False),
    "spoken_date": (_MONTH_TRIGGER, False),
    "year_words": (re.compile(r"seventeen|eighteen|nineteen|twenty|two thousand"), True),
    "decade_words": (re.compile(r"ties\b"), True),
    "century": (re.compile(r"century"), True),
    "year_adj": (re.compile(r"year-(?:earlier|ago)"), True),
    "vague": (re.compile(r"now|currently|recent|the past|the future|coming|these days"), True),
    "set": (re.compile(r"every|each|daily|weekly|monthly|annually|yearly"), True),
    "weekday_set": (re.compile(r"days\b|day\s+(?:morning|afternoon|evening|night)s\b"), False),
    "podrel": (re.compile(r"morning|afternoon|evening"), True),
    "holiday": (re.compile(r"Christmas|Boxing|New Year|Valentine|Patrick|Halloween|Bastille"
                           r"|Armistice|May Day|Easter|Good Friday|Ash Wed|Thanksgiving|Memorial"
                           r"|Labor Day"), False),
    # a leading literal space keeps the scan fast; "That day" opening a line is the cost
    "anaphor": (re.compile(r" (?:(?:that|same) (?:day|week|month|year|morning|afternoon"
                           r"|evening|night)|following|previous|next (?:day|morning)"
                           r"|day (?:before|after))"), True),
    "duration": (re.compile(r"second|minute|hour|day|week|month|quarter|year|decade|centur"), True),
    "ordday": (re.compile(r"day"), True),
}
_BACK, _AHEAD, _TAIL = 48, 64, 40  # _TAIL: longest text a rule matches after its word


def rule_matches(name: str, pattern: re.Pattern[str], text: str, low: str
                 ) -> list[re.Match[str]]:
    """Matches of one rule in `text` (`low` is text.lower() of the same length, or "")."""
    trigger = TRIGGERS.get(name)
    if trigger is None or (trigger[1] and not low):
        return list(pattern.finditer(text))
    size = len(text)
    found: dict[tuple[int, int], re.Match[str]] = {}
    covered = -1
    for hit in trigger[0].finditer(low if trigger[1] else text):
        if hit.end() + _TAIL <= covered:
            continue  # every match around this word lay inside the last window
        lo, hi = max(0, hit.start() - _BACK), min(size, hit.end() + _AHEAD)
        for match in pattern.finditer(text, lo, hi):
            if match.end() > match.start() and (hi == size or match.end() <= hi - 4):
                found[(match.start(), match.end())] = match
        covered = hi - 4 if hi < size else size + _TAIL
    return list(found.values())
