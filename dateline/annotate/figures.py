"""Reported figures: numbers that count something, with bounds, category, claimant and date.

See numbers.py for how hedges, ranges and vague amounts ("hundreds") become value/min/max.
Rules here, in order: drop measures, dates, ages, clock times and labels; find the counted
noun phrase; read the category from the words around it; find who claims it (subject of the
reporting verb, "according to X", pronouns resolved to the latest person); date it (a timex
in the sentence, else the publication date); mark projections and unverified figures.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from ..model import EntityMention, Figure, Timex
from . import figures_lexicon as lex
from .numbers import NumberPhrase, find_number_phrases

PEOPLE_CATEGORIES = frozenset({"killed", "dead", "wounded", "casualties", "displaced", "missing",
                               "refugees", "arrested", "evacuated", "rescued"})
TRIM_DEPS = frozenset({"relcl", "appos", "acl", "punct", "advcl", "parataxis", "prep"})
NOT_VERIFIED = re.compile(
    r"\b(?:could ?n[o']t|can ?n[o']t|cannot|were not able to|was not able to|unable to|"
    r"ha(?:s|ve|d) not been|not)\s+(?:be\s+|been\s+)?(?:immediately\s+)?(?:independently\s+)?"
    r"(?:be\s+)?(?:verif|confirm)|\bunverified\b|\bunconfirmed\b", re.I)
VERIFIED = re.compile(r"\b(?:was|were|ha(?:s|ve) been)\s+(?:independently\s+)?verified\b", re.I)
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass
class _Context:
    doc: Doc
    timexes: list[Timex]
    entities: list[EntityMention]
    published: str | None
    persons: list[tuple[int, str]] = field(default_factory=list)  # (start char, name)
    last_claimant: str | None = None


def find_figures(doc: Doc, *, timexes: list[Timex], entities: list[EntityMention],
                 published: dt.date | None) -> list[Figure]:
    """Every reported count in `doc`, sorted by offset."""
    persons = [(e.start, e.canonical) for e in entities if e.type == "PERSON"]
    if not persons:
        persons = [(e.start_char, e.text) for e in doc.ents if e.label_ == "PERSON"]
    ctx = _Context(doc, sorted(timexes, key=lambda t: t.start), entities,
                   published.isoformat() if published else None, sorted(persons))
    by_sentence: list[list[Figure]] = []
    for sent in doc.sents:
        figures: list[Figure] = []
        for phrase in find_number_phrases(doc[sent.start:sent.end]):
            phrase = _shift(phrase, sent.start)
            figure = _figure(ctx, sent, phrase, figures)
            if figure is not None:
                figures.append(figure)
        by_sentence.append(figures)
    return sorted(_verification(list(doc.sents), by_sentence), key=lambda f: (f.start, f.end))


def _shift(phrase: NumberPhrase, offset: int) -> NumberPhrase:
    return replace(phrase, start=phrase.start + offset, end=phrase.end + offset,
                   hedge_start=phrase.hedge_start + offset, end_all=phrase.end_all + offset)


def _figure(ctx: _Context, sent: Span, phrase: NumberPhrase,
            earlier: list[Figure]) -> Figure | None:
    doc = ctx.doc
    head = _head(doc, phrase)
    if phrase.fraction or _is_not_a_count(doc, phrase, head) or _anaphoric(doc, phrase):
        return None
    noun, category = _counted(doc, phrase, head)
    if noun is not None and (noun.lemma_.lower() in lex.MEASURE_NOUNS
                             or noun.lower_ in lex.MEASURE_NOUNS):
        return None
    if noun is None and category is None:
        return None
    if noun is None and not phrase.vague and _in_bad_entity(doc, phrase):
        return None
    category = category or _category(doc, noun or head, noun)
    what = _what(doc, noun, phrase) if noun is not None else None
    if what is None or (noun is not None and noun.lower_ in lex.STATE_CATEGORY):
        what = _inherit_what(earlier, category)
    if category == "other" and (what is None or _minor(doc, phrase)):
        return None
    claimant = _claimant(ctx, sent, head) or (earlier[-1].claimant if earlier else None)
    if claimant:
        ctx.last_claimant = claimant
    span = doc[phrase.hedge_start:phrase.end_all]
    return Figure(start=span.start_char, end=span.end_char, text=span.text, value=phrase.value,
                  min=phrase.min, max=phrase.max, approx=phrase.approx, what=what,
                  category=category, claimant=claimant, as_of=_as_of(ctx, sent),
                  projected=_projected(head, noun))


def _counted(doc: Doc, phrase: NumberPhrase, head: Token) -> tuple[Token | None, str | None]:
    """The counted noun, or the category of a bare number ("316 wounded", "80 were rescued")."""
    k = phrase.end_all
    nxt = doc[k] if k < len(doc) else None
    if nxt is not None and nxt.lower_ in lex.STATE_CATEGORY:
        after = doc[k + 1] if k + 1 < len(doc) else None
        if after is not None and after.pos_ in ("NOUN", "PROPN") and nxt.head.i == after.i:
            return after, lex.STATE_CATEGORY[nxt.lower_]
        return None, lex.STATE_CATEGORY[nxt.lower_]
    if nxt is not None and nxt.lower_ == "of":
        for tok in doc[k + 1:min(k + 8, len(doc))]:
            if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound":
                return tok, None
        return None, None
    if head.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod") \
            and head.head.pos_ in ("NOUN", "PROPN") and head.head.i >= phrase.end_all:
        return head.head, None
    if head.dep_ == "pobj" and head.head.lower_ == "of" \
            and lex.CONTEXT_NOUN_CATEGORY.get(head.head.head.lemma_.lower()) == "population":
        return None, "population"
    return None, _bare_category(head)


def _bare_category(head: Token) -> str | None:
    """A bare number as subject or object of a verb that says what happened to it."""
    verb = head.head
    if head.dep_ in ("nsubj", "nsubjpass", "dobj", "conj") and verb.pos_ in ("VERB", "AUX"):
        return lex.VERB_CATEGORY.get(verb.lemma_.lower()) if verb.lemma_.lower() not in (
            "deploy", "mass", "station", "assemble") else None
    return None


def _category(doc: Doc, start: Token, noun: Token | None) -> str:
    for child in (noun.lefts if noun is not None else ()):
        if child.dep_ == "amod" and child.lower_ in lex.STATE_CATEGORY:
            return lex.STATE_CATEGORY[child.lower_]
    noun_cat = lex.NOUN_CATEGORY.get(noun.lemma_.lower()) if noun is not None else None
    for anc in start.ancestors:
        lemma = anc.lemma_.lower()
        if anc.pos_ in ("VERB", "AUX"):
            cat = lex.VERB_CATEGORY.get(lemma)
            if cat == "displaced" and lemma in lex.VERB_TYPES_ABROAD and _abroad(anc):
                return "refugees"
            if cat and (cat != "troops" or noun_cat is None):
                return cat
            if anc.dep_ != "xcomp" and lemma not in ("be", "have"):
                break
        elif anc.pos_ in ("NOUN", "PROPN") and lemma in lex.CONTEXT_NOUN_CATEGORY:
            cat = lex.CONTEXT_NOUN_CATEGORY[lemma]
            if cat == "displaced" and _abroad(anc):
                return "refugees"
            if cat != "population" or anc.i < start.i:
                return cat
    return noun_cat or "other"


def _abroad(tok: Token) -> bool:
    return any(t.lower_ in lex.ABROAD_WORDS for t in tok.subtree if t.i > tok.i)


def _what(doc: Doc, noun: Token, phrase: NumberPhrase) -> str:
    skip = {"more", "other", "additional", "further", "another", "some"}
    kept = [t for t in doc[max(noun.left_edge.i, phrase.end_all):noun.i + 1]
            if t.dep_ not in ("det", "punct", "predet", "prep", "cc", "advmod")
            and not (t.dep_ == "poss" and t.pos_ == "PRON") and t.lower_ not in skip
            and (t.i == noun.i or t.head.i == noun.i or t.head.head.i == noun.i)]
    return " ".join(t.text for t in kept) or noun.text


def _inherit_what(earlier: list[Figure], category: str | None) -> str | None:
    if earlier and earlier[-1].what:
        return earlier[-1].what
    return "people" if category in PEOPLE_CATEGORIES or category == "population" else None


def _projected(head: Token, noun: Token | None) -> bool:
    start = noun if noun is not None else head
    verb = next((a for a in start.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    chain = [verb] + ([verb.head] if verb.dep_ in ("xcomp", "ccomp", "acomp") else [])
    for v in chain:
        if v.lemma_.lower() in lex.PROJECTION_VERBS or any(
                c.dep_ == "aux" and c.lower_ in lex.MODALS for c in v.children):
            return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.PROJECTION_HEADS


def _claimant(ctx: _Context, sent: Span, head: Token) -> str | None:
    for anc in [head, *head.ancestors]:
        if anc.lemma_.lower() in lex.REPORT_VERBS and anc.pos_ == "VERB":
            subject = _subject(anc, head)
            if subject is not None:
                return _resolve(ctx, sent, subject)
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor().lower_ == "to":
            pobj = next((c for c in tok.nbor().children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return _resolve(ctx, sent, pobj)
    verbs = [t for t in sent if t.lemma_.lower() in lex.REPORT_VERBS and t.pos_ == "VERB"
             and t.dep_ in ("ROOT", "parataxis", "conj", "ccomp")
             and _subject(t, head) is not None]
    if verbs:
        verb = min(verbs, key=lambda t: abs(t.i - head.i))
        return _resolve(ctx, sent, _subject(verb, head))  # type: ignore[arg-type]
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
    if low in lex.PRONOUNS_PERSON:
        names = [name for start, name in ctx.persons if start < subject.idx]
        return names[-1] if names else None
    if low in lex.PRONOUNS_OTHER or subject.pos_ == "PRON":
        return ctx.last_claimant if low in ("it", "they") else None
    for ent in ctx.entities:
        if ent.start <= subject.idx < ent.end:
            return ent.canonical
    if subject.ent_type_ == "PERSON" and subject.ent_iob_ != "O":
        ent = next(e for e in ctx.doc.ents if e.start <= subject.i < e.end)
        return ent.text
    text = _noun_phrase(subject)
    if any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) \
            and subject.pos_ == "NOUN":
        return _antecedent(ctx.doc, sent, subject) or text
    return text


def _noun_phrase(tok: Token) -> str:
    drop: set[int] = set()
    for child in tok.children:
        if child.dep_ in TRIM_DEPS and not (child.dep_ == "prep" and child.i > tok.i
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


def _as_of(ctx: _Context, sent: Span) -> str | None:
    days = [t for t in ctx.timexes if sent.start_char <= t.start < sent.end_char
            and t.value and DAY.match(t.value)]
    if days:
        anchored = [t for t in days
                    if ctx.doc.text[max(0, t.start - 6):t.start].lower().strip() in ("as of", "by")]
        return (anchored or days)[0].value[:10]  # type: ignore[index]
    prev = ctx.doc[sent.start - 1].sent if sent.start > 0 else None
    gap = ctx.doc.text[prev.end_char:sent.start_char] if prev is not None else "\n"
    reported = any(t.lemma_.lower() in lex.REPORT_VERBS and t.pos_ == "VERB" for t in sent)
    if prev is not None and "\n" not in gap and not reported:
        days = [t for t in ctx.timexes if prev.start_char <= t.start < prev.end_char
                and t.value and DAY.match(t.value)]
        if days:
            return days[0].value[:10]  # type: ignore[index]
    return ctx.published


def _verification(sents: list[Span], by_sentence: list[list[Figure]]) -> list[Figure]:
    """verified=False for figures of a sentence saying it could not be verified (and of the
    claim just before it); True only where the text says they were verified."""
    for i, sent in enumerate(sents):
        text = sent.text
        if NOT_VERIFIED.search(text):
            flag: bool | None = False
        elif VERIFIED.search(text):
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
