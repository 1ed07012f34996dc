"""Content fingerprints: article ids and normalized text for exact-duplicate detection."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-", "\u00a0": " "})
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+", re.UNICODE)


def normalize_text(text: str) -> str:
    """Case, quotes, dashes and whitespace folded: trivially re-formatted copies compare equal."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).lower()
    return _SPACE.sub(" ", text).strip()


def article_id(text: str) -> str:
    """The id of an article: a hash of its normalized cleaned body (16 hex digits)."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()[:16]


def raw_hash(raw: str | bytes) -> str:
    data = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw
    return hashlib.sha256(data).hexdigest()


def words(text: str) -> list[str]:
    return _WORD.findall(normalize_text(text))


def shingles(text: str, size: int = 5) -> set[str]:
    tokens = words(text)
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i:i + size]) for i in range(len(tokens) - size + 1)}
