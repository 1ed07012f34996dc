"""Quote marks paired into spans: curly and straight, double and single.

A double quote that opens while another is still open starts a new quotation: news copy that
lost its paragraph breaks runs `"First sentence. "Second sentence.` together, each paragraph
opening a mark that never closes, so the open one ends at the new mark. A quote never spans
paragraphs: one left open ends with its paragraph (news style opens the next paragraph of the
same speech with a new mark, and each segment is a quote of its own), so unbalanced marks
cannot swallow the text. Single quotes (curly or straight) count only when they clearly open
and close a short phrase on one line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_SINGLE_QUOTE = 300
OPENERS = "“\""
_PARAGRAPH = re.compile(r"\n\s*\n")
_LINE = re.compile(r"\n")
_MARKS = re.compile("[“”\"‘']")
_BEFORE_OPEN = "([—–-:,\"“"


@dataclass
class QuoteSpan:
    """Marks of one quotation."""
    # Marks of one quotation: `open_at` indexes the opening mark, `end` the closing one (the
    # exclusive end of the content).

    open_at: int
    end: int
    single: bool = False


def paragraphs(text: str) -> list[tuple[int, int]]:
    """[start, end) of the paragraphs that hold text."""
    # [start, end) of the paragraphs that hold text: blank-line separated, or lines when the text
    # has no blank line (scraped copy keeps one paragraph per line).
    bounds, start = [], 0
    breaks = _PARAGRAPH if _PARAGRAPH.search(text) else _LINE
    for match in breaks.finditer(text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return [(s, e) for s, e in bounds if text[s:e].strip()]


def _straight_opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isspace() and (before.isspace() or before in _BEFORE_OPEN)


def _single_opens(text: str, i: int) -> bool:
    """Whether a single mark at i can open a quote: after a space or an opening sign, before
    a word or a bracket ("'(I want) to say ...'")."""
    before = text[i - 1] if i > 0 else " "
    return (before.isspace() or before in _BEFORE_OPEN) and (
        text[i + 1:i + 2].isalnum() or text[i + 1:i + 2] == "(")


def _single_close(text: str, i: int, limit: int, closer: str, whole_line: bool = False
                  ) -> int | None:
    """Index of the mark closing a single quote opened at i, if any."""
    # Index of the mark closing a single quote opened at i, if one clearly does so before `limit` on
    # the same line; an apostrophe ("Kim's", "don't") never closes. A mark opening a paragraph may
    # close anywhere on its line: a paragraph of speech is as long as it is.
    if not _single_opens(text, i):
        return None
    line_end = text.find("\n", i)
    cap = limit if whole_line else i + MAX_SINGLE_QUOTE
    stop = min(limit, cap, line_end if line_end >= 0 else limit)
    for j in range(i + 2, stop):
        if text[j] == closer and not text[j + 1:j + 2].isalnum() and not text[j - 1].isspace():
            return j
    return None


def _runs_on(text: str, i: int, end: int) -> bool:
    """A single mark opening a paragraph of whole sentences with no mark closing it: speech
    that goes on in the next paragraph, the style that closes only its last one."""
    content = text[i + 1:end].rstrip()
    # (not a paragraph opening on an elided number: "'90s pop is back in the charts.")
    return _single_opens(text, i) and not content[:1].isdigit() and \
        len(content.split()) >= 4 and content[-1] in ".!?…"


def _ends_sentence(text: str, open_at: int, at: int) -> bool:
    """Whether the open quotation reads as finished before `at` (a closing full stop)."""
    content = text[open_at + 1:at].rstrip()
    return len(content) > 1 and content[-1] in ".!?…,"


def _misturned_opener(text: str, i: int, start: int) -> bool:
    """Whether a closing mark opening a paragraph opens a quote."""
    # A closing mark that starts a paragraph before a word opens a quote (a typesetting slip: ”Their
    # aim is ...” he said).
    # So does one between a space and a word mid-line ("appreciates her ”willingness to ...”"):
    # a closing mark never stands before the word it would close after.
    return (text[start:i].strip() == "" or text[i - 1:i] in (" ", "\t")) and \
        text[i + 1:i + 2].isalnum()


def quote_spans(text: str) -> list[QuoteSpan]:
    """Mark pairs in `text`; a quote left open ends with its paragraph."""
    # Mark pairs in `text`; a quote left open ends with its paragraph, and the next paragraph's
    # opening mark starts a quote of its own (a separate quoted segment).
    found: list[QuoteSpan] = []
    open_at: int | None = None
    last_end = 0
    for start, end in paragraphs(text):
        if open_at is not None:
            found.append(QuoteSpan(open_at, last_end))
            open_at = None
        j = start
        while True:
            match = _MARKS.search(text, j, end)  # jump from mark to mark: most text has none
            if match is None:
                break
            j = match.start()
            c = text[j]
            if open_at is None:
                if c == "“" or (c == '"' and _straight_opens(text, j)) or (
                        c == "”" and _misturned_opener(text, j, start)):
                    open_at = j
                elif c in "‘'":
                    opens_paragraph = not text[start:j].strip()
                    close = _single_close(text, j, end, "’" if c == "‘" else "'",
                                          opens_paragraph)
                    if close is None and opens_paragraph and _runs_on(text, j, end):
                        close = len(text[:end].rstrip())  # its closing mark is paragraphs on
                    if close is not None:
                        found.append(QuoteSpan(j, close, single=True))
                        j = close
            elif c == "“" or (c == '"' and text[j - 1:j].isspace() and _straight_opens(text, j)):
                # a new quotation opens: the open one ended with its sentence, or was stray
                if _ends_sentence(text, open_at, j):
                    k = j
                    while k > open_at and text[k - 1].isspace():
                        k -= 1
                    found.append(QuoteSpan(open_at, k))
                open_at = j
            elif c in "”\"":
                found.append(QuoteSpan(open_at, j))
                open_at = None
            j += 1
        last_end = end
    if open_at is not None:
        found.append(QuoteSpan(open_at, last_end))
    return found
