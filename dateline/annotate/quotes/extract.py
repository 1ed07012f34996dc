"""Direct and partial quotes with their speakers.

Quote marks: curly double quotes, straight double quotes (direction read from the context) and
curly single quotes only when they clearly open and close a short phrase. A paragraph that opens
a quote without closing it continues in the next paragraph when that one opens with a quote mark
(news convention); otherwise the quote ends with its paragraph. A quote never spans more than
MAX_PARAGRAPHS paragraphs, so unbalanced marks cannot swallow the text. Speakers are found and
named in `quote_speakers`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from ...model import EntityMention, Quote
from .speakers import SPEECH_VERBS, Speakers, speaker_token

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["SPEECH_VERBS", "find_quotes", "quote_spans"]

MAX_PARAGRAPHS = 3
MAX_SINGLE_QUOTE = 250
MAX_NAME_WORDS = 3  # "Resolute Support", "Operation Iraqi Freedom"
_ARGUMENT_DEPS = {"dobj", "attr", "acomp", "oprd", "ccomp", "xcomp", "nsubj"}
OPENERS = "“\""
_PARAGRAPH = re.compile(r"\n\s*\n")


@dataclass
class _Span:
    open_at: int  # index of the opening mark
    end: int  # index of the closing mark (exclusive end of the content)
    single: bool = False


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for match in _PARAGRAPH.finditer(text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return [(s, e) for s, e in bounds if text[s:e].strip()]


def _straight_opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isspace() and (before.isspace() or before in "([—–-:,")


def _single_close(text: str, i: int, limit: int) -> int | None:
    """Index of the ’ closing a ‘ at i, if one clearly does so before `limit`."""
    before = text[i - 1] if i > 0 else " "
    if not (before.isspace() or before in "([—–-\"“") or not text[i + 1:i + 2].isalnum():
        return None
    for j in range(i + 1, min(limit, i + MAX_SINGLE_QUOTE)):
        if text[j] == "’" and not text[j + 1:j + 2].isalpha() and not text[j - 1].isspace():
            return j
    return None


def quote_spans(text: str) -> list[_Span]:
    """Mark pairs in `text`, unbalanced ones closed at their paragraph's end."""
    found: list[_Span] = []
    open_at: int | None = None
    spanned = 0
    last_end = 0
    for start, end in _paragraphs(text):
        j = start
        if open_at is not None:
            first = start + (len(text[start:end]) - len(text[start:end].lstrip()))
            if text[first] in OPENERS and spanned < MAX_PARAGRAPHS:
                j, spanned = first + 1, spanned + 1
            else:
                found.append(_Span(open_at, last_end))
                open_at = None
        while j < end:
            c = text[j]
            if open_at is None:
                if c == "“" or (c == '"' and _straight_opens(text, j)):
                    open_at, spanned = j, 1
                elif c == "‘":
                    close = _single_close(text, j, end)
                    if close is not None:
                        found.append(_Span(j, close, single=True))
                        j = close
            elif c in "”\"":
                found.append(_Span(open_at, j))
                open_at = None
            elif c == "“":  # reopened before closing: the earlier mark was stray
                open_at, spanned = j, 1
            j += 1
        last_end = end
    if open_at is not None:
        found.append(_Span(open_at, last_end))
    return found


def _is_partial(text: str, span: _Span, content: str) -> bool:
    if span.single:
        return True
    before = text[:span.open_at].rstrip(" \t")
    prev = before[-1:] if before else "\n"
    if prev.isalnum() or prev in "’'":
        return True
    return prev in ",—–-(" and content[:1].islower()


def _names_something(doc: "Doc", start: int, end: int) -> bool:
    """A short Title Case phrase in quote marks that no speech verb governs: a name or a scare
    quote ("Resolute Support"), not words someone said ('called the move "a Disgrace"')."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if t.is_alpha]
    if not words or len(words) > MAX_NAME_WORDS or not all(
            t.is_title or t.is_upper or t.pos_ == "PROPN" or t.is_stop for t in words) or \
            not (words[0].is_title or words[0].is_upper or words[0].pos_ == "PROPN") or \
            any(t.pos_ == "VERB" for t in words):  # "Lock her up" is a chant, not a name
        return False
    root = span.root
    if root.head.pos_ in ("VERB", "AUX") and root.dep_ in _ARGUMENT_DEPS:
        return False  # the quote is what a clause says: 'it was "Unacceptable"'
    return root.head.lemma_.lower() not in SPEECH_VERBS


def _clause_end(doc: "Doc", text: str, close: int, para_end: int) -> int:
    """End of the sentence that follows a closing mark ('!” the Guard implored.')."""
    follow = close + 1
    while follow < para_end and text[follow] in " \t”\"’":
        follow += 1
    sent = next((s for s in doc.sents if s.start_char <= follow < s.end_char), None)
    return min(sent.end_char if sent is not None else para_end, para_end)


def _previous_paragraph_start(paragraphs: list[tuple[int, int]], start: int) -> int:
    earlier = [s for s, _ in paragraphs if s < start]
    return earlier[-1] if earlier else start


def find_quotes(doc: "Doc", entities: Sequence[EntityMention] = ()) -> list[Quote]:
    """Quotes in the document in text order, each with its speaker when one can be found."""
    text = doc.text
    speakers = Speakers(doc, entities)
    paragraphs = _paragraphs(text)
    quotes: list[Quote] = []
    previous: tuple[int, str | None, str | None] | None = None  # (end, speaker, id)
    for span in quote_spans(text):
        start, end = span.open_at + 1, span.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        content = text[start:end]
        partial = _is_partial(text, span, content)
        if partial and _names_something(doc, start, end):
            continue  # the Nato mission "Resolute Support": a name in quote marks, not speech
        para_start = max((s for s, _ in paragraphs if s <= span.open_at), default=0)
        para_end = min((e for _, e in paragraphs if e >= span.end), default=len(text))
        after_end = _clause_end(doc, text, span.end, para_end)
        next_open = text.find("“", span.end + 1, after_end)
        after_end = next_open if next_open > 0 else after_end
        sent_before = next((s for s in doc.sents if s.start_char <= span.open_at < s.end_char),
                           None)
        before_start = max(sent_before.start_char if sent_before is not None else para_start,
                           para_start, previous[0] if previous else 0)
        order = [(before_start, span.open_at, False), (span.end + 1, after_end, True)]
        speaker, speaker_id, token = None, None, None
        for lo, hi, after in (order if partial else order[::-1]):
            candidate = speaker_token(doc, lo, hi, after=after)
            if candidate is not None and speaker is None:
                token = candidate
                speaker, speaker_id = speakers.resolve(candidate, span.open_at)
        if token is not None:
            pass
        elif previous is not None and previous[0] >= _previous_paragraph_start(paragraphs,
                                                                                para_start):
            speaker, speaker_id = previous[1], previous[2]  # the same speaker goes on
        else:
            speaker, speaker_id = None, None
        quotes.append(Quote(start=start, end=end, text=content, speaker=speaker,
                            speaker_id=speaker_id, partial=partial))
        if not partial or speaker:
            previous = (span.end, speaker, speaker_id)
    return quotes
