"""Reported figures: numbers that count something, with bounds, category, claimant and date.

See numbers.py for how hedges, ranges and vague amounts ("hundreds") become value/min/max.
Rules here, in order: drop measures, dates, ages, clock times and labels; find the counted
noun phrase; keep small counts of concrete things ("three command posts") but not of notions
("two options") nor an indefinite "one"; read the category from the parse (categories.py);
find who claims it (claimants.py); date it (dates.py); mark projections and unverified figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Sequence

from spacy.tokens import Doc, Span, Token

from ...model import EntityMention, Event, Figure, Quote, Timex
from ..lexicon.modals import ABILITY_MODALS, MODALS
from ..lexicon.reporting import COUNTING_VERBS
from ..quotes.captions import caption_lines, in_lines
from ..quotes.spans import quote_spans
from ..events.timing import news_day
from . import lexicon as lex
from .categories import category_of
from .claimants import Sources, claimant_of
from .dates import TOLL_CATEGORIES, Calendar, as_of, attack_days
from .counts import (in_bad_entity, is_anaphoric, is_minor, is_not_a_count, is_rate,
                     is_time_span, phrase_head)
from .numbers import NumberPhrase, find_number_phrases
from .shapes import (forecaster, in_foreign_text, is_duration, is_measure, is_one_things_label,
                     is_proportion, modal_past, names_existing, sharing_verb, sorts_its_subject,
                     unit_modifier)
from ..syntax import text_of

_CONDITIONAL_MARKS = frozenset({"if", "unless"})
_PAST_PREPS = frozenset({"after", "following", "since"})
_FRAME_PREPS = frozenset({"in", "under", "by", "for", "as", "of", "on", "at"})
# "can make payments in eight installments" states what is allowed, not a forecast; "could"
# stays ("4 million could flee")
_PROJECTING_MODALS = MODALS - (ABILITY_MODALS - {"could"})


def find_figures(doc: Doc, *, timexes: list[Timex], entities: list[EntityMention],
                 published: dt.date | None,
                 quotes: Sequence[Quote] | None = None,
                 events: Sequence[Event] = ()) -> list[Figure]:
    """Every reported count in `doc`, sorted by offset; `events` lend a toll the day of the
    attack it counts, and tell the news day when the publication's stamp is a day off."""
    text = text_of(doc)  # spaCy rebuilds it on every access
    captions = caption_lines(text)  # photo credits and labels name no source
    persons = [(e.start, e.canonical) for e in entities if e.type == "PERSON"]
    if not persons:
        persons = [(e.start_char, e.text) for e in doc.ents if e.label_ == "PERSON"]
    persons = [(start, name) for start, name in persons if not in_lines(captions, start)]
    src = Sources(doc, entities, sorted(persons), captions=captions)
    if quotes is not None:
        src.quotes = list(quotes)
    day = news_day(events, published) or published  # a count told undated: the news day
    cal = Calendar(doc, text, sorted(timexes, key=lambda t: t.start),
                   day.isoformat() if day else None,
                   attack_days=attack_days(events, published))
    marks = [(s.open_at, s.end) for s in quote_spans(text)]
    in_timex = {i for t in timexes for i in range(t.start, t.end)}
    sents = list(doc.sents)
    by_sentence: list[list[Figure]] = []
    for k, sent in enumerate(sents):
        found: list[tuple[Figure, bool]] = []
        for phrase in find_number_phrases(sent):
            phrase = _shift(phrase, sent.start)
            if any(doc[i].idx in in_timex for i in range(phrase.start, phrase.end_all)):
                continue  # the day of a date ("on 28 December"), "three days"
            if not src.quotes and any(a < doc[phrase.start].idx < b for a, b in marks):
                from ..quotes import find_quotes  # only when a number stands in a quote

                src.quotes = find_quotes(doc, entities)
            _figure(src, cal, sents, k, phrase, found)
        by_sentence.append([figure for figure, _ in found])
    return sorted(_verification(sents, by_sentence), key=lambda f: (f.start, f.end))


def _shift(phrase: NumberPhrase, offset: int) -> NumberPhrase:
    return replace(phrase, start=phrase.start + offset, end=phrase.end + offset,
                   hedge_start=phrase.hedge_start + offset, end_all=phrase.end_all + offset)


def _figure(src: Sources, cal: Calendar, sents: list[Span], k: int, phrase: NumberPhrase,
            found: list[tuple[Figure, bool]]) -> None:
    """Append the figure of `phrase` to `found` (with whether it is an "including" subset)."""
    doc, sent = src.doc, sents[k]
    head = phrase_head(doc, phrase)
    if phrase.fraction or is_not_a_count(doc, phrase, head) or is_anaphoric(doc, phrase) \
            or in_foreign_text(doc, phrase):
        return
    if phrase.value == 0 and phrase.max is None:
        return  # "zero deaths" counts nothing, as "no one was hurt" (GUIDELINES 5)
    noun, category, what = lex.counted(doc, phrase, head)
    if is_measure(noun) or unit_modifier(doc, phrase) or is_proportion(doc, phrase, noun):
        return  # "the 100m.", "two out of 10 applicants"
    if is_rate(head, noun):
        return  # "one suicide every four days": a frequency
    if is_time_span(noun) or is_duration(doc, phrase, noun):
        return  # "for the past two seasons", "played two seasons": a duration
    if is_one_things_label(doc, phrase, noun):
        return  # "a 6-10 record": a score of one thing
    mains = [f for f, subset in found if not subset]
    if noun is None and category is None and not in_bad_entity(doc, phrase):
        # a bare number whose clause tells a casualty ("18 remained in critical condition"),
        # or the part of a count just given ("143 million people, including 15 million")
        clause = category_of(doc, head, None, head)
        if clause in TOLL_CATEGORIES:
            category = clause
        elif lex.is_subset(head) and mains and mains[-1].what:
            category, what = mains[-1].category, mains[-1].what
    if noun is None and (category is None or (not phrase.vague and in_bad_entity(doc, phrase)
                                              and category not in TOLL_CATEGORIES)):
        return  # a casualty verb outweighs the tagger's DATE ("and wounding 42")
    subset = lex.is_subset(noun or head)
    category = category or category_of(doc, noun or head, noun, head)
    if subset and category == "other" and mains:
        category = mains[-1].category
    if what is None and noun is not None and noun.lower_ not in lex.STATE_CATEGORY:
        what = lex.what_of(doc, noun, phrase)
    what = what or lex.inherit_what(mains, category)
    if category == "other" and (what is None or (is_minor(phrase)
                                                 and not _small_count(doc, phrase, noun))):
        return
    reporting = any(t.lemma_.lower() in COUNTING_VERBS and t.pos_ == "VERB" for t in sent)
    dated = as_of(cal, sents, k, head, category, reporting)
    span = doc[phrase.hedge_start:phrase.end_all]
    found.append((Figure(start=span.start_char, end=span.end_char, text=span.text,
                         value=phrase.value, min=phrase.min, max=phrase.max, approx=phrase.approx,
                         what=what, category=category, claimant=claimant_of(src, sent, head, k),
                         as_of=dated, projected=_projected(head, noun) or _after(dated, cal)),
                  subset))


def _after(dated: str | None, cal: Calendar) -> bool:
    """A count valid in a year after the article's ("1.6 million vehicles by 2010") has not
    happened: a forecast or a target. Only a year: a weekday read a week off is no forecast."""
    if not dated or not cal.published or len(dated) != 4 or not dated.isdigit():
        return False
    return dated > cal.published[:4]


def _small_count(doc: Doc, phrase: NumberPhrase, noun: Token | None) -> bool:
    """Whether a count under ten counts concrete things."""
    # A count under ten of concrete things ("three command posts", "two factions"); not of notions
    # ("two options"), and "one" only where it counts ("only one", "one derailment and two
    # collisions", "there is one"), not where it stands for "a" ("one man said").
    if noun is None or noun.lemma_.lower() in lex.ABSTRACT_NOUNS:
        return False
    if sorts_its_subject(noun):
        return False  # "the protests are just one example": it sorts its subject, counts nothing
    if phrase.value != 1:
        return True
    before = doc[phrase.hedge_start - 1].lower_ if phrase.hedge_start > 0 else ""
    if before in ("only", "just", "single") or phrase.hedge_start != phrase.start:
        return True
    numbered = [c for c in (*noun.conjuncts, noun.head) if any(
        g.dep_ == "nummod" for g in c.children)]
    if noun.conjuncts and numbered:
        return True  # "one derailment and two collisions"
    return noun.dep_ in ("attr", "nsubj") and any(c.dep_ == "expl" for c in noun.head.children)


def _projected(head: Token, noun: Token | None) -> bool:
    """Whether the count has not happened yet."""
    # A count that has not happened: under a modal, future or conditional verb, the infinitive of a
    # plan or offer ("willing to sell two units"), a scenario or forecast noun, or the object of a
    # warning ("warned of a wave of a million refugees").
    start = noun if noun is not None else head
    path = [a for a in start.ancestors]
    verb = next((a for a in path if a.pos_ in ("VERB", "AUX")), None)
    nouns = [a for a in path[:path.index(verb)] if a.pos_ == "NOUN"] if verb is not None else path
    # the frame a count is told in ("in a worst-case scenario", "under the plan"), not a
    # thing listed beside it ("nine games, including the first goal")
    scenery = [c for t in (start, *nouns, *([verb] if verb is not None else ())) for p in t.children
               if p.dep_ == "prep" and p.lower_ in _FRAME_PREPS
               for c in p.children if c.dep_ == "pobj"]
    # a noun with a number of its own is counted, no aim: "six goals in nine games"
    if any(t.lemma_.lower() in lex.PROJECTION_NOUNS and not any(
            c.dep_ == "nummod" for c in t.children) for t in (*nouns, *scenery)):
        return True  # "a forecast of 2 million", "in a worst-case scenario"
    if verb is None or names_existing(noun, head) or forecaster(noun, verb, lex.PROJECTION_VERBS):
        return False
    if any(a.lower_ in _PAST_PREPS for a in path[:path.index(verb)]):
        return False  # "expected to part ways after just 14 wins": what went before the plan
    if verb.lemma_.lower() in lex.WARNING_VERBS and any(
            a.lower_ in ("of", "about") for a in path[:path.index(verb)]):
        return True
    verb = sharing_verb(verb) or verb  # "would hire a firm, train all 120,000 staff"
    chain = [verb] + ([verb.head] if verb.dep_ in ("xcomp", "ccomp", "acomp") else [])
    for v in chain:
        if v.lemma_.lower() in lex.PROJECTION_VERBS or (any(
                c.dep_ == "aux" and c.lower_ in _PROJECTING_MODALS for c in v.children)
                and not modal_past(v)):
            return True
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in verb.children):
        return True  # "if 5,000 troops cross the border"
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.PROJECTION_HEADS


def _verification(sents: list[Span], by_sentence: list[list[Figure]]) -> list[Figure]:
    """Figures with `verified` set from the sentences that (cannot) verify them."""
    # verified=False for figures of a sentence saying it could not be verified (and of the claim
    # just before it); True only where the text says they were verified.
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
