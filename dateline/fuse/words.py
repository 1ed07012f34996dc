"""Words for comparing texts without a parser, once for all of fusion: stop words, a light
stemmer and the content words of a sentence (shared reporting, event clusters, stories)."""

from __future__ import annotations

import functools
import re

# words that say nothing about what was reported (function words, reporting verbs' irregular
# forms, calendar words: dates are compared on their own)
STOP = frozenset("""
a about above after again against ago all almost along already also although am among an and
another any are around as at away back be became because become been before being below between
both but by can cannot could did do does doing done down during each either even ever every few
for from further had has have having he her here hers him his how however i if in into is it its
itself just least less like many may me might more most much must my near nearly no nor not now
of off on once only onto or other others our out over own per perhaps quite rather same several
she should since so some still such than that the their them then there these they this those
though through thus to too toward towards under until up upon us very via was we were what when
where whether which while who whom whose why will with within without would yet you your
mr mrs ms dr said says say saying told tells according added adding
monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow tonight
january february march april june july august september october november december
""".split())
# for telling stories apart, words every story uses say nothing either
TOPIC_STOP = STOP | frozenset("""
ahead always anyone anything beyond came day days else enough evening first get gets
getting go going gone got herself himself inside last later made make month months
morning mostly myself never new next night often one ours ourselves people really theirs
themselves three time times together two way week weeks well whatever year years yours
""".split())
_WORD = re.compile(r"\d+(?:[,.]\d+)*|[^\W_]+(?:['’][^\W_]+)*")


@functools.lru_cache(maxsize=1 << 16)  # pure, and called for every word of every article
def stem(word: str) -> str:
    """A light suffix stripper: seized / seizes / seizing -> seiz; cities -> city."""
    if len(word) <= 4:
        return word
    for suffix, keep in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", ""),
                         ("ly", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and \
                not (suffix == "s" and word.endswith(("ss", "us", "is"))):
            word = word[:-len(suffix)] + keep
            break
    if len(word) > 4 and word[-1] == word[-2] and word[-1] not in "ls":
        word = word[:-1]
    return word[:-1] if len(word) > 4 and word.endswith("e") else word


def content_words(sentence: str) -> list[str]:
    """Stems of the words that carry content, in order (digits kept, commas dropped)."""
    return [w for w in map(_content_stem, _WORD.findall(sentence.lower().replace("’", "'")))
            if w is not None]


@functools.lru_cache(maxsize=1 << 16)  # every word of every sentence passes here
def _content_stem(raw: str) -> str | None:
    """What one word found by _WORD counts as: its stem, a number without commas, or None."""
    word = raw[:-2] if raw.endswith("'s") else raw
    if word in STOP or len(word) < 2:
        return None
    return word.replace(",", "") if word[0].isdigit() else stem(word)


