"""Content fingerprints: article ids and normalized text for exact-duplicate detection."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import deque
from collections.abc import Iterable, Iterator

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-", "\u00a0": " "})
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+", re.UNICODE)
# Long texts are normalized in slices of about this many characters, so that no step holds a
# whole-text list of pieces (re.sub on a 49 MB text makes millions of them). A slice ends after
# a space, tab or newline that is followed by a printable ASCII character: no normalization
# step (NFKC composition, final sigma, whitespace runs, words) reaches across such a cut.
_SLICE = 1 << 20
_CUT = re.compile(r"[ \t\n][!-~]")


def normalize_text(text: str) -> str:
    """Case, quotes, dashes and whitespace folded: trivially re-formatted copies compare equal."""
    return "".join(iter_normalized(text))


def iter_normalized(text: str) -> Iterator[str]:
    """normalize_text(text) in consecutive pieces (one piece for a short text)."""
    start = 0
    while start < len(text):
        match = _CUT.search(text, start + _SLICE) if len(text) - start > _SLICE else None
        end = match.start() + 1 if match else len(text)
        piece = unicodedata.normalize("NFKC", text[start:end]).translate(_QUOTES).lower()
        piece = _SPACE.sub(" ", piece)
        if start == 0:
            piece = piece.lstrip()
        if end == len(text):
            piece = piece.rstrip()
        if piece:
            yield piece
        start = end


def article_id(text: str) -> str:
    """The id of an article: a hash of its normalized cleaned body (16 hex digits)."""
    return _sha256(iter_normalized(text))[:16]


def raw_hash(raw: str | bytes) -> str:
    if isinstance(raw, bytes):
        return hashlib.sha256(raw).hexdigest()
    # in slices: no second whole copy of a long text (its UTF-8 bytes) is made
    return _sha256(raw[start:start + _SLICE] for start in range(0, len(raw), _SLICE))


def _sha256(pieces: Iterable[str]) -> str:
    digest = hashlib.sha256()
    for piece in pieces:
        digest.update(piece.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def words(text: str) -> list[str]:
    return _WORD.findall(normalize_text(text))


def shingles(text: str, size: int = 5) -> set[str]:
    return set(iter_shingles(text, size))


def iter_shingles(text: str, size: int = 5) -> Iterator[str]:
    """The word `size`-shingles of `text` in order, repeats included, without a word list.

    A text shorter than `size` words is one shingle of all its words (none when it has none).
    """
    window: deque[str] = deque(maxlen=size)
    count = 0
    for piece in iter_normalized(text):
        for match in _WORD.finditer(piece):
            window.append(match.group())
            count += 1
            if count >= size:
                yield " ".join(window)
    if 0 < count < size:
        yield " ".join(window)
