"""Boilerplate removal: label each line of a candidate text as kept body or removed, and why."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .dates import looks_like_date_line, parse_date
from .lines import BULLET, CREDIT_TAIL, END_HEADING, REPORTED_FROM, rule_label
from .words import ends_sentence, is_name_line, is_prose, word_count

# Labels whose lines carry metadata; a bare name next to one of them is an author line.
META_LABELS = frozenset({"reading-time", "published", "byline", "date-marker", "title"})


@dataclass(frozen=True)
class Line:
    """One non-blank line of the candidate text; `block` numbers blank-line separated paragraphs."""

    text: str
    block: int


def split_lines(text: str) -> list[Line]:
    """Non-blank lines, stripped, each with the number of its paragraph block."""
    lines: list[Line] = []
    block = 0
    blank = True
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not raw.strip():
            block += 0 if blank else 1
            blank = True
            continue
        lines.append(Line(raw.strip(), block))
        blank = False
    return lines


def _label_rules(lines: list[Line], labels: dict[int, str]) -> None:
    for index, line in enumerate(lines):
        if index not in labels:
            label = rule_label(line.text)
            if label:
                labels[index] = label


def _label_end_lists(lines: list[Line], labels: dict[int, str]) -> None:
    """Remove "Recommended"/"Related"/"More from" lists: to the end when they close the story."""
    total = sum(len(line.text) for line in lines) or 1
    seen = 0
    for index, line in enumerate(lines):
        if index not in labels and END_HEADING.match(line.text):
            rest = lines[index + 1:]
            closing = seen / total >= 0.5 or any(BULLET.match(r.text) for r in rest[:3]) \
                or not rest
            if closing and seen > 0:
                for later in range(index, len(lines)):
                    labels[later] = "end-list"
                return
            labels[index] = "teaser"
            for later in range(index + 1, len(lines)):
                text = lines[later].text
                if BULLET.match(text) or not ends_sentence(text) and word_count(text) <= 20:
                    labels.setdefault(later, "teaser")
                else:
                    break
        seen += len(line.text)


def _same_caption(first: str, second: str) -> bool:
    a, b = first.rstrip(" .").lower(), second.rstrip(" .").lower()
    return a == b or b.startswith(a) and bool(CREDIT_TAIL.search(second))


def _label_captions(lines: list[Line], labels: dict[int, str]) -> None:
    """Photo captions: a line ending in a photo credit, and the same line repeated next to it."""
    for index, line in enumerate(lines):
        if index not in labels and word_count(line.text) <= 60 and CREDIT_TAIL.search(line.text):
            labels[index] = "caption"
    for index in range(len(lines) - 1):
        first, second = lines[index].text, lines[index + 1].text
        if index not in labels and labels.get(index + 1) == "photo-credit" \
                and lines[index + 1].block == lines[index].block and word_count(first) <= 40:
            labels[index] = "caption"  # the caption sits on the line above its credit
        if word_count(first) <= 60 and _same_caption(first, second):
            for k in (index, index + 1):
                if labels.get(k) in (None, "caption"):
                    labels[k] = "caption"


def _label_reported_from(lines: list[Line], labels: dict[int, str]) -> None:
    """End-of-story lines naming where the reporters were ("Doe reported from Kyiv.")."""
    for index in range(max(0, len(lines) - 3), len(lines)):
        if index not in labels and REPORTED_FROM.match(lines[index].text) \
                and word_count(lines[index].text) <= 40:
            labels[index] = "contributed"


def _starts_body(lines: list[Line], labels: dict[int, str], index: int) -> bool:
    text = lines[index].text
    if is_prose(text):
        return True
    nxt = index + 1
    # a hard-wrapped paragraph: a long line continued by an unlabelled line of the same block
    return (word_count(text) >= 8 and nxt < len(lines) and nxt not in labels
            and lines[nxt].block == lines[index].block and not text.endswith(":"))


def _lede_like(text: str) -> bool:
    return word_count(text) >= 8 or is_prose(text, 3)


def _label_header(lines: list[Line], labels: dict[int, str], today: date | None) -> int | None:
    """Label unlabelled lines before the first body paragraph; return that paragraph's index."""
    start = next((i for i in range(len(lines)) if i not in labels
                  and _starts_body(lines, labels, i)), None)
    stop = len(lines) if start is None else start
    # lines right before the first sentence with nothing removed in between are its lede
    while start is not None and start > 0 and start - 1 not in labels \
            and _lede_like(lines[start - 1].text):
        start = stop = start - 1
    for index in range(stop):
        if index in labels:
            continue
        text = lines[index].text
        near = {labels.get(index - 1), labels.get(index + 1)}
        if is_name_line(text) and near & META_LABELS:
            labels[index] = "author"
        elif looks_like_date_line(text) and parse_date(text, today=today):
            labels[index] = "published"
        else:
            labels[index] = "header"
    return start


def _label_footer(lines: list[Line], labels: dict[int, str]) -> None:
    """Short non-sentence lines after the last body sentence (share bars, tags, stray links)."""
    last = max((i for i in range(len(lines)) if i not in labels and is_prose(lines[i].text, 3)),
               default=None)
    if last is None:
        return
    for index in range(last + 1, len(lines)):
        if index not in labels and word_count(lines[index].text) <= 3:
            labels[index] = "footer"


def label_lines(lines: list[Line], labels: dict[int, str] | None = None,
                today: date | None = None) -> dict[int, str]:
    """Map line index -> removal label for every line that is not body text (`today` decides
    which dates are in the future; None: the clock)."""
    labels = dict(labels or {})
    _label_rules(lines, labels)
    _label_end_lists(lines, labels)
    _label_captions(lines, labels)
    _label_reported_from(lines, labels)
    start = _label_header(lines, labels, today)
    if start is None:
        # no sentence-like line at all (a one-paragraph summary, a list): keep what rules allowed
        for index, label in list(labels.items()):
            if label == "header":
                del labels[index]
        return labels
    _label_footer(lines, labels)
    return labels


def body_paragraphs(lines: list[Line], labels: dict[int, str]) -> list[str]:
    """Kept lines grouped by their blocks: lines of one block joined by a newline."""
    paragraphs: list[list[str]] = []
    block = None
    for index, line in enumerate(lines):
        if index in labels:
            continue
        if line.block != block or not paragraphs:
            paragraphs.append([])
            block = line.block
        paragraphs[-1].append(line.text)
    return ["\n".join(p) for p in paragraphs]


_SPACES = re.compile(r"\s+")


def squash(text: str) -> str:
    """Whitespace folded to single spaces, for comparing lines."""
    return _SPACES.sub(" ", text).strip()
