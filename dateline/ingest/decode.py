"""Bytes to text: binary detection, UTF-8 first, then a confident charset guess; LF newlines."""

from __future__ import annotations

import codecs
import re

from ..errors import Errors, InputError

SAMPLE_BYTES = 64 * 1024
# Above this mess ratio a decoded text is taken to be garbage (charset_normalizer's scale, 0..1).
MAX_CHAOS = 0.1
# Control bytes other than \t \n \v \f \r (and ESC, seen in some terminal logs) mark binary data.
_CONTROL = frozenset(range(32)) - {9, 10, 11, 12, 13, 27} | {127}
_NEWLINES = re.compile(r"\r\n?")


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF; nothing else changes (annotation offsets rely on it)."""
    return _NEWLINES.sub("\n", text) if "\r" in text else text


def binary_reason(sample: bytes) -> str | None:
    """Why `sample` looks binary ("NUL bytes", "control characters"), or None for text."""
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    if b"\x00" in sample:
        return "NUL bytes"
    if sample:
        controls = sum(1 for byte in sample if byte in _CONTROL)
        if controls / len(sample) > 0.05:
            return "control characters"
    return None


def _guess_encoding(data: bytes) -> str | None:
    """A charset guess for non-UTF-8 bytes, only when it is confident; None otherwise."""
    import charset_normalizer
    from charset_normalizer.md import mess_ratio

    best = charset_normalizer.from_bytes(data[:SAMPLE_BYTES]).best()
    limit = MAX_CHAOS if best is None else min(MAX_CHAOS, best.chaos + 0.01)
    # charset_normalizer often ranks Central European code pages first for Western text, which
    # turns "élèves" into "élčves"; windows-1252 wins whenever it reads at least as cleanly.
    try:
        western = data[:SAMPLE_BYTES].decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and mess_ratio(western, 1.0) <= limit:
        return "cp1252"
    if best is not None and best.chaos <= MAX_CHAOS:
        return str(best.encoding)
    return None


def detect_encoding(sample: bytes) -> str:
    """The codec to read a file whose first bytes are `sample`; raises InputError E002/E003."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    reason = binary_reason(sample[:SAMPLE_BYTES])
    if reason:
        raise InputError.make("E002", what=reason)
    try:
        # final=False: a multi-byte character cut at the end of the sample is not an error
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    guessed = _guess_encoding(sample)
    if guessed is None:
        raise InputError.make("E003")
    return guessed


def decode_bytes(data: bytes) -> str:
    """Whole-file bytes to text with normalized newlines; raises InputError E002/E003."""
    encoding = detect_encoding(data[:SAMPLE_BYTES])
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        # The sample was clean UTF-8 but the rest is not: guess again on the whole file.
        guessed = _guess_encoding(data)
        if guessed is None:
            raise InputError.make("E003") from None
        text = data.decode(guessed, errors="replace")
    return normalize_newlines(text)


def message(code: str, **fmt: object) -> str:
    """The text of error `code` from Errors, formatted."""
    return str(getattr(Errors, code)).format(**fmt)
