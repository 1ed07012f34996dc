"""Name keys: diacritic folding, a transliteration key, acronyms and person-name parts.

The transliteration key is deliberately lossy so that common romanizations of one Cyrillic (or
other) name meet: Zelenskyy / Zelensky / Zelenskiy, Sergey / Sergei, Dmitry / Dmitriy, Odessa /
Odesa, Kharkiv / Charkiw. It is only ever compared within one entity type.
"""

from __future__ import annotations

import functools
import re

from anyascii import anyascii

_APOSTROPHES = "'’‘`´ʼ"
_DIGRAPHS = (  # order matters: longest first
    ("shch", "sh"), ("tsch", "ch"), ("sch", "sh"), ("tch", "ch"), ("kh", "h"), ("dzh", "j"),
    ("zh", "j"), ("dj", "j"), ("ts", "c"), ("tz", "c"), ("ck", "k"), ("ph", "f"), ("x", "ks"),
    ("w", "v"), ("q", "k"), ("ye", "e"), ("yo", "o"), ("ie", "e"),
)
_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_ACRONYM_STOP = {"of", "the", "and", "for", "on", "in", "de", "du", "des", "la", "le", "&"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madam", "mx",
              "rev", "revd", "rt", "hon"}  # "the Rt Rev Al Roe", "the Rt Hon Ann Lee"
# titles a name span may open with ("President Vladimir Putin"): never a first name
LEADING_TITLES = frozenset({"president", "prime", "minister", "premier", "chancellor", "king",
                            "queen", "prince", "princess", "pope", "general", "gen", "sen",
                            "senator", "rep", "gov", "governor", "mayor", "secretary",
                            "ambassador", "judge", "col", "lt", "capt", "sgt", "adm", "sheikh",
                            "emir", "commander", "chief", "spokesman", "spokeswoman"})


_DROP_APOSTROPHES = str.maketrans({ch: None for ch in _APOSTROPHES})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DOTTED = re.compile(r"(?<![A-Za-z])(?:[A-Za-z]\.){2,}")


@functools.lru_cache(maxsize=1 << 16)  # pure, and called per mention many times
def fold(text: str) -> str:
    """Lowercase ASCII form: other scripts transliterated (Łódź → lodz, Зеленский →
    zelenskii), apostrophes removed, other punctuation spaced."""
    if not text.isascii():  # the fast path matters: the gazetteer folds ~800k names at load
        text = anyascii(text.translate(_DROP_APOSTROPHES))
    if "." in text:
        text = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)  # U.S. -> US
    text = text.translate(_DROP_APOSTROPHES).lower()
    return _NON_ALNUM.sub(" ", text).strip()


@functools.lru_cache(maxsize=1 << 16)
def translit_key(word: str) -> str:
    """Lossy key of one word that common transliterations of the same name share."""
    w = fold(word).replace(" ", "")
    if not w:
        return ""
    for src, dst in _DIGRAPHS:
        w = w.replace(src, dst)
    w = w.replace("y", "i").replace("j", "i")
    w = re.sub(r"(.)\1+", r"\1", w)  # double letters and ii/yy/iy endings collapse
    return w


@functools.lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """Transliteration key of a multi-word name, word by word."""
    return " ".join(k for k in (translit_key(t) for t in fold(text).split()) if k)


def acronym_of(text: str) -> str:
    """The acronym a letter-dotted or capitalised short form stands for: 'U.N.' -> 'UN'."""
    letters = re.sub(r"[.\s]", "", text)
    return letters.upper() if letters.isalpha() or letters.isalnum() else ""


def is_acronym(text: str) -> bool:
    """Short all-capital forms, dotted or not: NATO, U.N., EU, UK."""
    letters = re.sub(r"[.\s]", "", text)
    return 2 <= len(letters) <= 6 and letters.isupper() and letters.isalnum()


def initials(text: str) -> str:
    """Initials of the long form, skipping function words: 'United Nations' -> 'UN'."""
    words = [w for w in re.split(r"[\s\-]+", text) if w]
    return "".join(w[0].upper() for w in words if w.lower() not in _ACRONYM_STOP and w[0].isalpha())


@functools.lru_cache(maxsize=1 << 16)
def person_parts(text: str) -> tuple[str, str]:
    """(first, last) words of a person name, honorifics, initials and suffixes dropped."""
    words = [w for w in re.split(r"\s+", text.strip()) if w]
    words = [w for w in words if fold(w).replace(" ", "") not in HONORIFICS]
    while len(words) > 1 and fold(words[0]).replace(" ", "") in LEADING_TITLES:
        words = words[1:]  # "President Putin" is Putin, not a man called President
    while len(words) > 1 and fold(words[-1]).replace(" ", "") in _NAME_SUFFIXES:
        words.pop()
    words = [w for w in words if not re.fullmatch(r"[A-Z]\.?", w)] or words
    if not words:
        return "", ""
    if len(words) == 1:
        return "", words[0]
    return words[0], words[-1]


@functools.lru_cache(maxsize=1 << 16)
def person_key(text: str) -> str:
    """Key of a person name: transliteration keys of first and last name ('' first if none)."""
    first, last = person_parts(text)
    return f"{translit_key(first)} {translit_key(last)}".strip()
