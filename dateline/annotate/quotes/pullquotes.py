"""Pull quotes: a line that repeats a quote's opening words without quote marks and ends with
a person's name ("There was blood everywhere Ann Roe") is the page's credit for that quote,
printed beside it; the quote is that person's when nothing in the text framed it."""

from __future__ import annotations

import dataclasses
import re
from typing import Sequence

from ...model import EntityMention, Quote

_MARKS = re.compile("[\"“”«»]")
OPENING_WORDS = 4  # words a credit line must share with the quote's opening


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def pull_quote_speakers(text: str, quotes: list[Quote],
                        entities: Sequence[EntityMention]) -> list[Quote]:
    """Quotes with no speaker, given the person a pull-quote line credits with their words."""
    if not any(q.speaker is None and not q.partial for q in quotes):
        return quotes
    persons = {m.end: m for m in entities if m.type == "PERSON"}
    credits: list[tuple[list[str], EntityMention]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line.rstrip(" .\t"))
        person = persons.get(end)
        if person is not None and person.start > start and not _MARKS.search(line):
            credits.append((_words(text[start:person.start]), person))
        start += len(line) + 1
    if not credits:
        return quotes
    found = []
    for quote in quotes:
        if quote.speaker is None and not quote.partial:
            words = _words(quote.text)
            credit = next((p for said, p in credits if len(said) >= OPENING_WORDS
                           and words[:len(said)] == said), None)
            if credit is not None:
                quote = dataclasses.replace(quote, speaker=credit.canonical,
                                            speaker_id=credit.entity_id)
        found.append(quote)
    return found
