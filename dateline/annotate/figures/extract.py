"""Reported figures: numbers that count something, with bounds, category, claimant and date.

See numbers.py for how hedges, ranges and vague amounts ("hundreds") become value/min/max.
Rules here, in order: drop measures, dates, ages, clock times and labels; find the counted
noun phrase; read the category from the words around it; find who claims it (subject of the
reporting verb, "according to X", pronouns resolved to the latest person); date it (a timex
in the sentence, else the publication date); mark projections and unverified figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from ...model import EntityMention, Figure, Timex
from ..lexicon.modals import MODALS
from ..lexicon.pronouns import GROUP_PRONOUNS, PERSON_PRONOUNS, SPEAKER_PRONOUNS
from ..lexicon.reporting import COUNTING_VERBS
from . import lexicon as lex
from .numbers import (
    NumberPhrase,
    find_number_phrases,
    in_bad_entity,
    is_anaphoric,
    is_minor,
    is_not_a_count,
    phrase_head,
)


@dataclass
class _Context:
    doc: Doc
    timexes: list[Timex]
    entities: list[EntityMention]
    published: str | None
    persons: list[tuple[int, str]] = field(default_factory=list)  # (start char, name)
    last_claimant: str | None = None
    text: str = ""  # doc.text, which spaCy rebuilds on every access
    prev_sent: Span | None = None


def find_figures(doc: Doc, *, timexes: list[Timex], entities: list[EntityMention],
                 published: dt.date | None) -> list[Figure]:
    """Every reported count in `doc`, sorted by offset."""
    persons = [(e.start, e.canonical) for e in entities if e.type == "PERSON"]
    if not persons:
        persons = [(e.start_char, e.text) for e in doc.ents if e.label_ == "PERSON"]
    ctx = _Context(doc, sorted(timexes, key=lambda t: t.start), entities,
                   published.isoformat() if published else None, sorted(persons), text=doc.text)
    in_timex = {i for t in timexes for i in range(t.start, t.end)}
    sents = list(doc.sents)
    by_sentence: list[list[Figure]] = []
    for k, sent in enumerate(sents):
        found: list[tuple[Figure, bool]] = []
        ctx.prev_sent = sents[k - 1] if k else None
        for phrase in find_number_phrases(sent):
            phrase = _shift(phrase, sent.start)
            if any(doc[i].idx in in_timex for i in range(phrase.start, phrase.end_all)):
                continue  # the day of a date ("on 28 December"), "three days"
            _figure(ctx, sent, phrase, found)
        by_sentence.append([figure for figure, _ in found])
    return sorted(_verification(sents, by_sentence), key=lambda f: (f.start, f.end))


def _shift(phrase: NumberPhrase, offset: int) -> NumberPhrase:
    return replace(phrase, start=phrase.start + offset, end=phrase.end + offset,
                   hedge_start=phrase.hedge_start + offset, end_all=phrase.end_all + offset)


def _figure(ctx: _Context, sent: Span, phrase: NumberPhrase,
            found: list[tuple[Figure, bool]]) -> None:
    """Append the figure of `phrase` to `found` (with whether it is an "including" subset)."""
    doc = ctx.doc
    head = phrase_head(doc, phrase)
    if phrase.fraction or is_not_a_count(doc, phrase, head) or is_anaphoric(doc, phrase):
        return
    noun, category, what = lex.counted(doc, phrase, head)
    if noun is not None and (noun.lemma_.lower() in lex.MEASURE_NOUNS
                             or noun.lower_ in lex.MEASURE_NOUNS):
        return
    if noun is None and (category is None or (not phrase.vague and in_bad_entity(doc, phrase))):
        return
    mains = [f for f, subset in found if not subset]
    subset = lex.is_subset(noun or head)
    category = category or lex.category_of(doc, noun or head, noun)
    if subset and category == "other" and mains:
        category = mains[-1].category
    if what is None and noun is not None and noun.lower_ not in lex.STATE_CATEGORY:
        what = lex.what_of(doc, noun, phrase)
    what = what or lex.inherit_what(mains, category)
    if category == "other" and (what is None or is_minor(phrase)):
        return
    claimant = _claimant(ctx, sent, head) or (found[-1][0].claimant if found else None)
    if claimant:
        ctx.last_claimant = claimant
    span = doc[phrase.hedge_start:phrase.end_all]
    found.append((Figure(start=span.start_char, end=span.end_char, text=span.text,
                         value=phrase.value, min=phrase.min, max=phrase.max, approx=phrase.approx,
                         what=what, category=category, claimant=claimant,
                         as_of=_as_of(ctx, sent, head), projected=_projected(head, noun)), subset))


def _projected(head: Token, noun: Token | None) -> bool:
    start = noun if noun is not None else head
    verb = next((a for a in start.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    chain = [verb] + ([verb.head] if verb.dep_ in ("xcomp", "ccomp", "acomp") else [])
    for v in chain:
        if v.lemma_.lower() in lex.PROJECTION_VERBS or any(
                c.dep_ == "aux" and c.lower_ in MODALS for c in v.children):
            return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.PROJECTION_HEADS


def _claimant(ctx: _Context, sent: Span, head: Token) -> str | None:
    """The subject of the reporting verb over the number, else "according to X", else the
    nearest reporting verb of the sentence; "it"/"they" fall back to the last claimant."""
    subjects = [_subject(a, head) for a in [head, *head.ancestors]
                if a.lemma_.lower() in COUNTING_VERBS and a.pos_ == "VERB"]
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor().lower_ == "to":
            subjects += [c for c in tok.nbor().children if c.dep_ == "pobj"]
    verbs = sorted((t for t in sent if t.lemma_.lower() in COUNTING_VERBS and t.pos_ == "VERB"
                    and t.dep_ in ("ROOT", "parataxis", "conj", "ccomp")),
                   key=lambda t: abs(t.i - head.i))
    subjects += [_subject(v, head) for v in verbs]
    for subject in subjects:
        name = _resolve(ctx, sent, subject) if subject is not None else None
        if name:
            return name
    if any(s is not None and s.lower_ in ("it", "they") for s in subjects):
        return ctx.last_claimant
    return None


def _subject(verb: Token, number: Token) -> Token | None:
    """Who says it: the agent or subject of `verb` that does not hold the number itself."""
    for child in verb.children:
        if child.dep_ == "agent":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                 and not (c.left_edge.i <= number.i <= c.right_edge.i)), None)
    if subj is None and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        return _subject(verb.head, number)
    if subj is not None and subj.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
        return verb.head
    return subj


def _resolve(ctx: _Context, sent: Span, subject: Token) -> str | None:
    low = subject.lower_
    if low in PERSON_PRONOUNS:
        names = [name for start, name in ctx.persons if start < subject.idx]
        return names[-1] if names else None
    if low in (GROUP_PRONOUNS | SPEAKER_PRONOUNS) or subject.pos_ == "PRON":
        return None
    for mention in ctx.entities:
        if mention.start <= subject.idx < mention.end:
            return mention.canonical
    if subject.ent_type_ == "PERSON":
        return next(e.text for e in ctx.doc.ents if e.start <= subject.i < e.end)
    text = _noun_phrase(subject)
    if any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) \
            and subject.pos_ == "NOUN":
        return _antecedent(ctx.doc, sent, subject) or text
    return text


def _noun_phrase(tok: Token) -> str:
    drop: set[int] = set()
    for child in tok.children:
        if child.dep_ in lex.TRIM_DEPS and not (child.dep_ == "prep" and child.i > tok.i
                                             and len(list(child.subtree)) <= 8):
            drop.update(t.i for t in child.subtree)
    kept = [t for t in tok.subtree if t.i not in drop]
    while kept and (kept[0].dep_ == "det" or (kept[0].dep_ == "poss" and kept[0].pos_ == "PRON")):
        kept = kept[1:]
    return "".join(t.text_with_ws for t in kept).strip(" ,")


def _antecedent(doc: Doc, sent: Span, subject: Token) -> str | None:
    """"The official" -> "senior Pentagon official" from a few sentences back."""
    lemma = subject.lemma_.lower()
    window = doc[max(0, sent.start - 120):sent.start]
    for chunk in reversed(list(window.noun_chunks)):
        if chunk.root.lemma_.lower() == lemma:
            text = _noun_phrase(chunk.root)
            if " " in text:
                return text
    return None


def _as_of(ctx: _Context, sent: Span, head: Token) -> str | None:
    """The day of a timex in the sentence ("as of" first); a year or month before the number
    that is not the publication's; a day from the sentence before for narrative; else the
    publication date."""
    days, coarse = _dates(ctx, sent)
    coarse = [t for t in coarse if t.end <= head.idx]
    if days:
        anchored = [t for t in days if ctx.text[max(0, t.start - 9):t.start].lower()
                    .rstrip().endswith(("as of", "by", "as at"))]
        return (anchored or days)[0].value[:10]  # type: ignore[index]
    if coarse:
        return coarse[0].value  # "in 2014, 13,000 people died"
    prev = ctx.prev_sent
    if prev is not None and "\n" not in ctx.text[prev.end_char:sent.start_char] \
            and not any(t.lemma_.lower() in COUNTING_VERBS and t.pos_ == "VERB" for t in sent):
        days = _dates(ctx, prev)[0]
        if days:
            return days[0].value[:10]  # type: ignore[index]
    return ctx.published


def _dates(ctx: _Context, sent: Span) -> tuple[list[Timex], list[Timex]]:
    inside = [t for t in ctx.timexes if sent.start_char <= t.start < sent.end_char and t.value
              and not lex.PERIOD_EDGE.search(ctx.text, max(0, t.start - 20), t.start)]
    coarse = [t for t in inside if lex.YEAR_OR_MONTH.match(t.value or "")
              and not (ctx.published or "").startswith(t.value or "")]
    return [t for t in inside if lex.DAY.match(t.value or "")], coarse


def _verification(sents: list[Span], by_sentence: list[list[Figure]]) -> list[Figure]:
    """verified=False for figures of a sentence saying it could not be verified (and of the
    claim just before it); True only where the text says they were verified."""
    for i, sent in enumerate(sents):
        text = sent.text
        if lex.NOT_VERIFIED.search(text):
            flag: bool | None = False
        elif lex.VERIFIED.search(text):
            flag = True
        else:
            continue
        targets = [i]
        if flag is False and i > 0 and by_sentence[i - 1]:
            targets.append(i - 1)
            claimant, j = by_sentence[i - 1][0].claimant, i - 2
            while claimant and j >= 0 and by_sentence[j] \
                    and all(f.claimant == claimant for f in by_sentence[j]):
                targets.append(j)
                j -= 1
        for k in targets:
            by_sentence[k] = [replace(f, verified=flag) for f in by_sentence[k]]
    return [f for figures in by_sentence for f in figures]
