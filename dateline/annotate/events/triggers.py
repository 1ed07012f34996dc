"""Event triggers: which words of a sentence start an event, from the lexicon and the parse.

A lexicon row holds only when its condition does (an object, a modifier, a subject, a threat);
nominal triggers count only when said to happen or anchored, and a complement governed by
another trigger ("urged them to surrender") folds into it.
"""

from __future__ import annotations

import dataclasses
import functools

from typing import TYPE_CHECKING, Mapping

from .occurrence import occurs, own_anchor, said_by_possessor
from ..syntax import verb_by_parse
from .cues import ADJUNCT_PREPS
from .conditions import CALENDAR_WORDS, condition_holds, sense_unstated
from .arguments import UNDERGO_HARM
from .ontology import Trigger, load_lexicon
from .report_kinds import FIGURATIVE_IN_SPORTS, MARKET_SENSES, a_score, lemma_hashes
from .support_verbs import support_verbs
from .transactions import market_demand, no_event_sense
from .for_clauses import for_clause_row
from .nominal_deeds import awaited, did_something, named_by_copula
from .complements import _one_per_clause
from .trig_senses import capacity_only, verdict_content
from .trig_conveyed import conveyed
from .trig_ceasing import ceased

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_POS_KEYS = {"VERB": "V", "NOUN": "N", "PROPN": "N", "ADJ": "A"}
_NAME_LABELS = frozenset({"ORG", "PERSON", "FAC", "WORK_OF_ART", "LAW", "PRODUCT", "EVENT"})
# Nouns that only say "an event" and let their modifier say which: "a shooting incident".
GENERIC_EVENT_NOUNS = frozenset({"incident", "spree", "episode", "operation", "campaign",
                                 "attempt",
                                 # and the instruments that enact a measure: "a sanctions
                                 # resolution", "a sanctions package", "an evacuation order"
                                 "resolution", "package", "decree", "order"})
# Nouns whose "of" phrase names the standing act: "a state of emergency", "a state of siege".
STATE_NOUNS = frozenset({"state"})
_SKIP_DEPS = frozenset({"amod", "compound", "nmod"})
_NOUN_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "attr", "appos"})


_INFLECTIONS = ("d", "ed", "s", "es", "ing")  # what `_rows` strips off a verb's form


def _rows(token: "Token", key: str) -> tuple[Trigger, ...]:
    """Lexicon rows for the token's lemma, its form, or its form less an inflection the
    lemmatizer missed ("fined" lemmatized "fin"); a noun's with its particle ("crack down")."""
    lexicon = load_lexicon()
    lower = token.lower_
    forms = [token.lemma_.lower(), lower]
    if key == "V":
        forms += [lower[:-len(end)] for end in _INFLECTIONS if
                  lower.endswith(end) and len(lower) > len(end) + 2]
    elif token.i + 1 < len(token.doc):  # a noun written apart from its particle: "a crack
        # down" is a crackdown (the parse may hang the particle on the noun's verb)
        after = token.nbor(1)
        if after.dep_ == "prt" and after.head.i in (token.i, token.head.i):
            forms.append(forms[0] + after.lower_)
    return next((lexicon[(form, key)] for form in forms if (form, key) in lexicon), ())


_POSSIBLE = "dateline_possible_triggers"


@functools.lru_cache(maxsize=1)
def _lexicon_forms() -> frozenset[str]:
    """Every form a token can have for `_rows` to find a lexicon row: the rows' head lemmas,
    and each with an inflection `_rows` would strip."""
    words = {lemma for lemma, _ in load_lexicon()}
    return frozenset(words | {w + end for w in words for end in _INFLECTIONS})


def _possible_triggers(doc: "Doc") -> frozenset[int]:
    """Indices of the tokens whose lemma or form can find a lexicon row, from one read of the
    lemma and lower-case arrays per document: `match_trigger` need look at no other token."""
    from spacy.attrs import LEMMA, LOWER

    cached = doc.user_data.get(_POSSIBLE)
    if cached is None:
        forms = lemma_hashes(_lexicon_forms())
        rows = doc.to_array([LEMMA, LOWER]).tolist() if len(doc) else []
        cached = doc.user_data[_POSSIBLE] = frozenset(
            i for i, (lemma, lower) in enumerate(rows) if lemma in forms or lower in forms)
    return cached  # type: ignore[no-any-return]


def _name_start(token: "Token") -> "Token":
    """The first word of the entity a word is inside."""
    doc, i = token.doc, token.i
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return doc[i]


def match_trigger(token: "Token", senses: frozenset[str] = frozenset()
                  ) -> Trigger | None:
    """The lexicon row that `token` triggers in its context, if any; a row whose sense the
    document confirms elsewhere (`senses`, see `confirmed_senses`) needs no object or modifier
    of its own."""
    key = _POS_KEYS.get(token.pos_)
    if key == "N" and verb_by_parse(token):
        key = "V"
    if key is None or token.dep_ in _SKIP_DEPS and key != "N":
        return None
    if key == "N" and token.dep_ == "compound" and token.head.lemma_.lower() not in \
            GENERIC_EVENT_NOUNS:
        return None  # "a shooting incident" is a shooting; "the attack site" no attack
    if token.ent_type_ in ("DATE", "TIME") and token.lower_ in CALENDAR_WORDS:
        return None  # "signed in March"
    if token.pos_ == "PROPN" and token.ent_type_ in _NAME_LABELS and token.ent_iob_ == "I":
        start = _name_start(token)
        if start.pos_ != "DET" or any(t.tag_ == "POS" for t in token.doc[start.i:token.i]):
            return None  # a word of a name: "the Women's March" (not "an Official Visit")
    if key == "V" and token.tag_ in ("VBN", "VBG") and token.dep_ in _NOUN_DEPS and \
            any(c.dep_ == "det" for c in token.children):
        return None  # a participle naming people: "evacuated the wounded"
    if key == "V" and verdict_content(token):
        return None  # "found guilty of assaulting a soldier": the verdict's content
    if key == "V" and capacity_only(token):
        return None  # "has the right to refuse transport": what may be done, not what was
    if key == "V" and _misread_participle(token):
        return None  # "an adult found guilty of X could be jailed": a generic description
    rows = _rows(token, key)
    if rows and _in_hyphenated_word(token):
        return None  # "ready-to-wear", "hit-and-run" read as one word: no act of its own
    if rows and (key == "V" and no_event_sense(token) or key == "N" and market_demand(token)):
        return None  # "was met with a bill", "was charged $84", "demand for crude oil"
    for row in rows or ():
        if condition_holds(token, row) or for_clause_row(token, row):
            return row
    picked = [row for row in rows if row.lemma in senses and row.condition is not None and
              row.condition[0] in SENSE_KEYS and row.lemma not in UNDERGO_HARM]
    # ("died" reads its cause, not a sense: "died in the attack" tells nothing of "died")
    if picked and all(sense_unstated(token, row.condition[0]) for row in picked if
                      row.condition is not None):
        for row in picked:
            if condition_holds(token, dataclasses.replace(row, condition=None)):
                return row  # "conducted a similar launch" where a satellite launch was told
    return None


# Conditions that pick a word's sense by what it acts on ("launched a missile", "a rocket
# launch"), not whether the act took place.
SENSE_KEYS = frozenset({"obj", "mod"})


@functools.lru_cache(maxsize=1)
def _sense_lemmas() -> frozenset[str]:
    """Lemmas with a lexicon row whose condition reads an object or a modifier."""
    return frozenset(row.lemma for rows in load_lexicon().values() for row in rows
                     if row.condition is not None and row.condition[0] in SENSE_KEYS)


def confirmed_senses(doc: "Doc") -> frozenset[str]:
    """Lemmas of lexicon rows whose sense the document confirms somewhere by an object or
    modifier, as verb or noun: one sense per discourse (Gale, Church and Yarowsky 1992). In a
    story that tells "launched a satellite" or "its third nuclear test", a bare "a similar
    launch" or "tested what it called a bomb", whose object or modifier is unstated, is the
    same kind of act; "released a video" in a story of released captives is not."""
    from spacy.attrs import LEMMA, LOWER

    found: set[str] = set()
    sensed = _sense_lemmas()
    wanted = lemma_hashes(sensed)  # the words as written, capitalised and in capitals
    # one read of the lemma and lower-case arrays picks the few tokens to look at
    rows = doc.to_array([LEMMA, LOWER]).tolist() if len(doc) else []
    for i, (lemma, lower) in enumerate(rows):
        if lemma not in wanted and lower not in wanted:
            continue
        token = doc[i]
        if token.lemma_.lower() not in sensed and token.lower_ not in sensed:
            continue  # only rows with an object or modifier condition tell a sense
        row = match_trigger(token)
        if row is not None and row.condition is not None and row.condition[0] in SENSE_KEYS:
            found.add(row.lemma)
    return frozenset(found)


def _misread_participle(token: "Token") -> bool:
    """A past form with an object predicate but no object, the parse's reading of a reduced
    participle ("an adult found guilty ... could be jailed": found as the main verb)."""
    return token.tag_ == "VBD" and any(c.dep_ == "oprd" for c in token.children) and \
        not any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in token.children)


def _in_hyphenated_word(token: "Token") -> bool:
    """A part of a word written with hyphens: a hyphen touches the token on either side."""
    doc = token.doc
    after = token.i + 1 < len(doc) and not token.whitespace_ and doc[token.i + 1].text == "-"
    before = token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_
    return after or before


# Types of acts about another event: "called for a ceasefire", "agreed to a truce", "supported
# the latest sanctions" (the stance is the act, not what it is on). The event they govern is
# not reported on its own, even with a place or date of its own; a governed act of the same
# type is the same act told by its noun ("presented with an award").
INTENT_TYPES = frozenset({"DEMAND", "AGREE", "THREATEN", "REJECT", "CONCEDE", "SUPPORT"})


def _trigger_ancestor(token: "Token", kept: Mapping[int, Trigger]) -> Trigger | None:
    """The trigger whose argument a noun sits in, within its clause ("called for a ceasefire",
    "promised new sanctions", "ready for talks", "an offer of dialogue"); a phrase the parse
    hung on a light verb belongs to the verb's nominal trigger ("opened an inquiry into the
    attack")."""
    current = token
    for _ in range(6):
        if current.head == current:
            return None
        if current.dep_ == "prep" and current.lower_ in ADJUNCT_PREPS:
            return None  # "blocked the app after protests": a time adjunct, no argument
        if current.dep_ == "conj" and current.head.i in kept:
            return None  # "faces inquiries and lawsuits": a conjunct is a sibling act, told
            # by its own governor (occurs reads the first conjunct's verb)
        previous, current = current, current.head
        if current.i in kept:
            return kept[current.i]
        if current.pos_ in ("VERB", "AUX"):
            urged = _urged_by(current, kept)
            if urged is not None:
                return urged  # "urged both sides to hold talks": what a demand asks for
            if current.dep_ == "pcomp" and current.tag_ == "VBG" and \
                    current.head.lower_ in ("of", "for", "with") and not any(
                        c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
                continue  # "accused Veltria of violating the truce": the charge's content
            nominal = [c for c in current.children if c.dep_ == "dobj" and c.i in kept and
                       c.i < previous.i]
            return kept[nominal[0].i] if previous.dep_ == "prep" and nominal else None
    return None


def _urged_by(verb: "Token", kept: Mapping[int, Trigger]) -> Trigger | None:
    """The demand, threat or refusal whose infinitive a verb is, or a conjunct of ("urged them
    to come to the table and make a deal"); an AGREE's committed act is an act of its own."""
    base = verb
    while base.dep_ == "conj" and base.head.pos_ in ("VERB", "AUX"):
        base = base.head
    urged = kept.get(base.head.i) if base.dep_ in ("xcomp", "advcl") else None
    if urged is None or urged.type not in INTENT_TYPES - {"AGREE"}:
        return None
    return urged if any(a.dep_ == "aux" and a.lower_ == "to" for a in base.children) else None


def _nominal_kept(token: "Token", kept: Mapping[int, Trigger], type_: str = "") -> bool:
    """A nominal trigger is an event only when it is said to happen or has its own agent, time
    or place; "the invasion of Ukraine" as a topic, or a noun inside another trigger's
    argument, is not one."""
    token = event_head(token)
    governor = _trigger_ancestor(token, kept)
    if governor is not None:
        return (governor.type not in INTENT_TYPES or governor.type == type_ == "SUPPORT") and \
            own_anchor(token, agent=False)
    return occurs(token) or own_anchor(token) or did_something(token) or awaited(token) or \
        conveyed(token, type_) or named_by_copula(token)


def event_head(token: "Token") -> "Token":
    """The noun that carries a trigger's phrase: "incident" for "a shooting incident", "state"
    for "a state of emergency"."""
    if token.dep_ == "compound" and token.head.lemma_.lower() in GENERIC_EVENT_NOUNS:
        return token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and \
            token.head.head.lemma_.lower() in STATE_NOUNS:
        return token.head.head
    return token


def sentence_triggers(sent: "Span", sports: bool = False, markets: bool = False,
                      senses: frozenset[str] = frozenset()
                      ) -> list[tuple["Token", Trigger]]:
    """Triggers of one sentence: verbs first, then nominals that pass _nominal_kept. In a sports
    report (`sports`) violence words are figurative and trigger nothing; in a markets report
    (`markets`) neither does "a rally". `senses`: see `match_trigger`."""
    possible = _possible_triggers(sent.doc)
    words = (sent.doc[i] for i in range(sent.start, sent.end) if i in possible)
    found = [(tok, ceased(tok, row)) for tok in words
             if (row := match_trigger(tok, senses)) is not None and
             not (sports and (row.type in FIGURATIVE_IN_SPORTS or a_score(tok, row.type))) and
             not (markets and tok.lemma_.lower() in MARKET_SENSES)]
    found = support_verbs(found)
    verbs = {tok.i: row for tok, row in found if tok.pos_ not in ("NOUN", "PROPN")}
    kept = [(tok, row) for tok, row in found if tok.i in verbs]
    for tok, row in found:
        if tok.i in verbs:
            continue
        earlier = {t.i: r for t, r in kept if t.i < tok.i and t.pos_ in ("NOUN", "PROPN")}
        governing = {**verbs, **earlier}
        if _nominal_kept(tok, governing, row.type) or said_by_possessor(tok, row.type) and \
                _trigger_ancestor(tok, governing) is None:
            kept.append((tok, row))
    return _one_per_clause(sorted(kept, key=lambda pair: pair[0].i))
