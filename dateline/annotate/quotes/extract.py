"""Direct and partial quotes with their speakers.

Quote marks are paired in spans.py. A quotation of fewer than MIN_WORDS words is a name, a title
or a scare quote ("called it “tragic”"), not a quote. The speaker is the subject of the speech
frame attached to the quote (frames.py), resolved to a name (speakers.py). A quote without a
frame continues the previous quote's speaker only when that quote, in the same or the previous
paragraph, had one and no other speech frame comes between them (a sentence of reported speech
just before it is its frame); a partial quote without a frame belongs first to the agent whose
clause holds it ("Acme made a “best and final offer”"). A capitalised name in quote marks
after "the" or a preposition is a title, not a quote; a quoted line of its own with no sentence
punctuation is a heading, the words of whoever says them later in the article; a quote signed
after a dash ("— Jane Roe") is the signer's. Those frames from around a quote are context.py's.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Sequence

from ...model import EntityMention, Quote
from ..syntax import subject_of
from .context import (MIN_WORDS, Sentences, ends_in_colon, holder, lead_in, named_colon,
                      signed)
from .frames import FRAME_VERBS, find_frame
from .pullquotes import pull_quote_speakers
from .spans import QuoteSpan, paragraphs, quote_spans
from .speakers import Speakers
from ..syntax import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["find_quotes", "quote_spans"]

CLOSERS = ("”", '"', "’", "'")


@dataclass
class _Previous:
    close: int
    speaker: str | None
    speaker_id: str | None
    paragraph: int
    verb: int | None  # token index of the frame's verb
    closed: bool  # an unclosed quote goes on in the next paragraph that opens a quote


def _content(text: str, span: QuoteSpan) -> tuple[int, int]:
    start, end = span.open_at + 1, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_title(doc: "Doc", text: str, span: QuoteSpan, every: Sequence[QuoteSpan] = ()) -> bool:
    """A capitalised name in quote marks after "the", a preposition, a possessive or a common
    noun it names: a title or a name ("the "Curse of the Billy Goat"", "like in "Back To The
    Future"", "the song "Space Oddity"", "songs like "Can't Stop The Feeling,""), not speech.
    A capitalised chant after a verb is still a quote ("chanted "Stop The Count Now"")."""
    words = text[span.open_at + 1:span.end].split()
    if words and words[-1][-1] == "," and len(words[-1]) > 1:
        words[-1] = words[-1][:-1]  # a comma the American style puts inside the marks
    if not words or len(words) > 8 or words[-1][-1] in ".!?,;:":
        return False
    if not all(w[0].isupper() or (w.islower() and len(w) <= 3) for w in words):
        return False
    # the word before the mark (a window of the text, not the whole doc up to it)
    before = doc.char_span(max(0, span.open_at - 40), span.open_at, alignment_mode="contract")
    last = before[-1] if before is not None and len(before) else None
    after = doc.char_span(span.end + 1, min(len(text), span.end + 30),
                          alignment_mode="contract")
    # "his "Man of the Woods" album": a name the next noun is
    named = after is not None and len(after) > 0 and after[0].pos_ == "NOUN" and \
        after[0].is_lower
    # "a "Palestinian Joan of Arc"": what someone called her, a quote under the guidelines;
    # so is a name told inside what someone says ("said Israel risked making her the "...");
    # a verb inside another title ("Cry Me A River") frames nothing
    return last is not None and (last.lower_ in ("the", "including") or last.pos_ == "ADP"
                                 or last.tag_ == "POS" or (last.pos_ == "NOUN" and last.is_lower)
                                 or named) \
        and not any(t.lemma_.lower() in FRAME_VERBS and not any(
            q.open_at < t.idx < q.end for q in every) for t in last.ancestors)


# Verbs that give a word's meaning: what follows them in quote marks is no one's speech.
GLOSS_VERBS = frozenset({"mean", "translate", "stand", "signify"})


def _is_gloss(doc: "Doc", span: QuoteSpan) -> bool:
    """A name's meaning in quote marks ("which translates as "Western education is
    forbidden"", "whose name means "..."", "stands for "..."): a gloss, not speech."""
    before = doc.char_span(max(0, span.open_at - 30), span.open_at, alignment_mode="contract")
    if before is None or not len(before):
        return False
    last = before[-1]
    if last.lower_ in ("as", "for") and last.i > 0:
        last = last.doc[last.i - 1]  # "translates as", "stands for" (a mark or a preposition)
    return last.pos_ in ("VERB", "AUX") and last.lemma_.lower() in GLOSS_VERBS


def _is_heading(text: str, span: QuoteSpan) -> bool:
    """A quoted phrase that is a line of its own with no sentence punctuation: a section
    heading drawn from a quote ("'Bodies strewn on street'"), not speech, and no frame."""
    line_start = text.rfind("\n", 0, span.open_at) + 1
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:span.open_at].strip() or text[span.end + 1:line_end].strip():
        return False
    content = text[span.open_at + 1:span.end].strip()
    return bool(content) and content[-1] not in ".!?,;:…" and len(content.split()) <= 10


def _is_partial(text: str, span: QuoteSpan, content: str) -> bool:
    if span.single and content[:1].islower():
        return True
    before = text[:span.open_at].rstrip(" \t")
    prev = before[-1:] if before else "\n"
    if prev.isalnum() or prev in "’'":
        return True
    return prev in ",—–-(" and content[:1].islower()


def _windows(sents: Sentences, text: str, span: QuoteSpan, para: tuple[int, int], floor: int,
             next_open: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """Character windows before and after the marks where the quote's frame may stand."""
    sent = sents.at(span.open_at)
    before = (max(sent.start_char if sent is not None else para[0], para[0], floor),
              span.open_at)
    follow = span.end + 1
    while follow < para[1] and text[follow] in " \t”\"’'":
        follow += 1
    after_sent = sents.at(follow)
    hi = min(after_sent.end_char if after_sent is not None else para[1], para[1], next_open)
    return before, (span.end + 1, max(hi, span.end + 1))


def _frame_between(doc: "Doc", lo: int, hi: int, skip: int | None,
                   quoted: Sequence[tuple[int, int]]) -> bool:
    """Whether another speech frame (a speech verb with a subject) stands in [lo, hi)."""
    window = doc.char_span(lo, hi, alignment_mode="expand") if hi > lo else None
    for tok in window or ():
        if lo <= tok.idx < hi and tok.i != skip and tok.pos_ in ("VERB", "AUX") \
                and tok.lemma_.lower() in FRAME_VERBS and subject_of(tok) is not None \
                and not any(s <= tok.idx < e for s, e in quoted):
            return True
    return False


_CACHE_KEY = "dateline.quotes"


def find_quotes(doc: "Doc", entities: Sequence[EntityMention] = ()) -> list[Quote]:
    """Quotes in the document in text order, each with its speaker when one can be found."""
    # The result is kept on the doc for the same entity list: figures ask for the speaker of a
    # number inside a quote before the quotes component runs, and the work is not done twice.
    cached = doc.user_data.get(_CACHE_KEY)
    if cached is not None and cached[0] is entities:
        return list(cached[1])
    quotes = _find_quotes(doc, entities)
    doc.user_data[_CACHE_KEY] = (entities, tuple(quotes))
    return quotes


def _find_quotes(doc: "Doc", entities: Sequence[EntityMention]) -> list[Quote]:
    text = text_of(doc)
    paras = paragraphs(text)
    every = quote_spans(text)
    long = [len(text[_content(text, s)[0]:s.end].split()) >= MIN_WORDS
            and not _is_title(doc, text, s, every) and not _is_gloss(doc, s) for s in every]
    spans = [s for s, ok in zip(every, long) if ok]
    if not spans:
        return []
    quoted = [_content(text, s) for s in spans]
    sentences = Sentences(doc)
    speakers = Speakers(doc, entities, quoted)
    gap = _prose_gap(text, paras)
    quotes: list[Quote] = []
    headings: set[int] = set()  # indexes in quotes
    previous: _Previous | None = None
    k = -1  # index among the long spans
    for n, span in enumerate(every):
        start, end = _content(text, span)
        content = text[start:end]
        partial = _is_partial(text, span, content)
        p = max((i for i, (s, _) in enumerate(paras) if s <= span.open_at), default=0)
        if long[n]:
            k += 1
            next_open = spans[k + 1].open_at if k + 1 < len(spans) else len(text)
        else:
            next_open = every[n + 1].open_at if n + 1 < len(every) else len(text)
        if long[n] and _is_heading(text, span):
            k += 1  # a heading speaks for no one before it and frames nothing after it
            headings.add(len(quotes))
            quotes.append(Quote(start=start, end=end, text=content, speaker=None,
                                speaker_id=None, partial=False))
            continue
        floor = previous.close + 1 if previous else 0
        before, after = _windows(sentences, text, span, paras[p] if paras else (0, len(text)),
                                 floor, next_open)
        frame = find_frame(doc, start, end, before, after, span.end, span.open_at)
        if frame is None and not partial:
            frame = lead_in(sentences, text, span.open_at, paras[p][0] if paras else 0, floor,
                            speakers.captions)
        if frame is None and not partial:
            frame = named_colon(doc, text, span.open_at) or signed(doc, text, span.end)
        if not long[n]:
            # too short to be a quote ("No," he said.), but its frame names who goes on speaking
            if frame is not None and not partial:
                speaker, speaker_id = speakers.resolve(frame.speaker, span.open_at)
                previous = _Previous(span.end, speaker, speaker_id, p, frame.verb.i,
                                     text[span.end:span.end + 1] in CLOSERS)
            continue
        speaker, speaker_id, verb = None, None, None
        if frame is not None:
            speaker, speaker_id = speakers.resolve(frame.speaker, span.open_at)
            verb = frame.verb.i
            if paras and frame.verb.idx < paras[p][0] and previous is not None \
                    and previous.speaker \
                    and (previous.speaker_id or previous.speaker) != (speaker_id or speaker) \
                    and gap(previous.paragraph, p) <= 2 and not ends_in_colon(text, span.open_at) \
                    and not _introduced(frame.speaker) \
                    and frame.speaker.dep_ not in ("pobj", "poss"):
                # a paragraph of someone else's reported speech between two quotes leaves the
                # second to no one: it may go on the first speaker's words (unless that
                # paragraph introduces its speaker: "Ann Roe, editor of Mac Format, said ...",
                # or names whose words follow: "drew a reply from the ministry.")
                speaker, speaker_id = None, None
        elif (partial or _joined_to_speech(doc, start, end)) and \
                (holds := holder(doc, start, end, entities)) is not None:
            # "Musk said he is usually "super stressed", but this time, "I feel giddy."": the
            # quote is a clause joined to the speech verb's
            speaker, speaker_id = speakers.resolve(holds, span.open_at)
        elif previous is not None and previous.speaker \
                and gap(previous.paragraph, p) <= (1 if previous.closed else 2) \
                and not _frame_between(doc, previous.close, span.open_at, previous.verb, quoted):
            speaker, speaker_id = previous.speaker, previous.speaker_id  # the speech goes on
        quotes.append(Quote(start=start, end=end, text=content, speaker=speaker,
                            speaker_id=speaker_id, partial=partial))
        if not partial or speaker:
            closed = text[span.end:span.end + 1] in CLOSERS
            previous = _Previous(span.end, speaker, speaker_id, p, verb, closed)
    return pull_quote_speakers(text, _heading_speakers(quotes, headings), entities)


def _prose_gap(text: str, paras: Sequence[tuple[int, int]]) -> "Callable[[int, int], int]":
    """Paragraphs from one to another, not counting lines that end without sentence
    punctuation between them: picture captions set between paragraphs of one speech."""
    bare = [0]
    for s, e in paras:
        bare.append(bare[-1] + (text[s:e].rstrip()[-1:] not in ".!?…:;\"”’'"))
    return lambda a, b: (b - a) - (bare[b] - bare[min(a + 1, b)])


def _joined_to_speech(doc: "Doc", start: int, end: int) -> bool:
    """A whole quote the parse joins to a speech verb of its sentence outside it, as a
    coordinated clause ("said he is stressed, but this time, "I feel giddy.""): the speech
    goes on in it, with no frame of its own."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ == "conj" and root.head.lemma_.lower() in FRAME_VERBS and \
        not start <= root.head.idx < end


def _introduced(speaker: "Token | None") -> bool:
    """Whether a frame introduces its speaker with an apposition: "Ann Roe, deputy editor of
    Mac Format, said ..." (a new voice the next quote belongs to)."""
    return speaker is not None and speaker.ent_type_ == "PERSON" and any(
        c.dep_ == "appos" for c in speaker.children)


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _heading_speakers(quotes: list[Quote], headings: set[int]) -> list[Quote]:
    """A quoted heading is the words of whoever says them in a later quote of the article
    ("REALITY, NOT A THREAT" ... Kim said it was "a reality, not a threat")."""
    found = []
    for i, quote in enumerate(quotes):
        if i in headings:
            words = _words(quote.text)
            source = next((q for j, q in enumerate(quotes[i + 1:], i + 1) if q.speaker
                           and j not in headings and words in _words(q.text)), None)
            if source is not None:
                quote = dataclasses.replace(quote, speaker=source.speaker,
                                            speaker_id=source.speaker_id)
        found.append(quote)
    return found
