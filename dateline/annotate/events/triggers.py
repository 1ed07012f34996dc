"""Event triggers: which words of a sentence start an event, from the lexicon and the parse.

A lexicon row holds only when its condition does (an object, a modifier, a subject, a threat);
nominal triggers count only when said to happen or anchored, and a complement governed by
another trigger ("urged them to surrender") folds into it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping

from ..syntax import is_pronoun, occurs, own_anchor, subject_of
from .ontology import Trigger, load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MILITARY = frozenset({
    "troop", "troops", "force", "forces", "army", "soldier", "soldiers", "military", "tank",
    "tanks", "vehicle", "vehicles", "unit", "units", "infantry", "paratrooper", "paratroopers",
    "column", "columns", "convoy", "marine", "marines", "fighter", "fighters", "militant",
    "militants", "rebel", "rebels", "separatist", "separatists", "saboteur", "saboteurs",
    "militia", "militiaman", "militiamen", "battalion", "brigade", "enemy", "jet", "jets",
    "warship", "warships", "aircraft", "helicopter", "helicopters", "artillery", "navy",
})
# Words that mark a sports report, where "kill the Giants", "beat", "attack" and "battle" are
# figures of speech; a sports report types no ASSAULT or FIGHT (docs/ontology.md).
SPORTS_WORDS = frozenset({
    "inning", "innings", "league", "championship", "playoff", "podium", "lap", "prix", "season",
    "match", "score", "goal", "tournament", "stadium", "referee", "pitcher", "striker",
    "midfielder", "quarterback", "touchdown", "wicket", "homer", "coach", "game", "semifinal",
})
SPORTS_MIN_HITS = 4
SPORTS_MIN_WORDS = 3
FIGURATIVE_IN_SPORTS = frozenset({"ASSAULT", "FIGHT"})
# Giving is an event only with a stated giver ("food and water have been supplied" names no
# party); an offer needs a giver or a named thing offered ("testimony after it has been
# offered" is neither; "Warsaw was offered to Russia" is one). See docs/ontology.md.
GIVER_TYPES = frozenset({"AID"})
GIVER_LEMMAS = frozenset({"offer"})
_POS_KEYS = {"VERB": "V", "NOUN": "N", "PROPN": "N", "ADJ": "A"}
_SKIP_DEPS = frozenset({"amod", "compound", "nmod"})


def sports_text(doc: "Doc | Span") -> bool:
    """Whether a text reads as a sports report: several sports words, of several kinds
    ("scores of people" is no score)."""
    hits = [t.lemma_.lower() for t in doc if t.lemma_.lower() in SPORTS_WORDS and not (
        t.lemma_.lower() == "score" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "of")]
    return len(hits) >= SPORTS_MIN_HITS and len(set(hits)) >= SPORTS_MIN_WORDS


def _objects(token: "Token") -> list["Token"]:
    out = []
    for child in token.children:
        if child.dep_ in ("dobj", "attr", "nsubjpass", "oprd", "dative", "pobj"):
            out.append(child)
        elif child.dep_ in ("prep", "agent", "dative"):
            out.extend(c for c in child.children if c.dep_ == "pobj")
    return out


def _agent_of(verb: "Token") -> "Token | None":
    """Who does the act: the active subject or the passive "by" agent, if stated."""
    subj = subject_of(verb)
    if subj is not None and subj.dep_ != "nsubjpass":
        return subj
    return next((c for agent in verb.children if agent.dep_ == "agent"
                 for c in agent.children if c.dep_ == "pobj"), None)


def _giver_stated(verb: "Token", trigger: Trigger) -> bool:
    if trigger.type not in GIVER_TYPES and trigger.lemma not in GIVER_LEMMAS:
        return True
    if _agent_of(verb) is not None:
        return True
    given = subject_of(verb)
    return trigger.type not in GIVER_TYPES and given is not None and not is_pronoun(given)


def _is_threat(verb: "Token") -> bool:
    """"warned Kyiv", "warned of consequences", "warned that we would respond": a threat;
    "warned that troops had advanced" is a report and "warned that refugees could flee" a
    forecast, neither an event."""
    if any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("of", "against"))
           for c in verb.children):
        return True
    warner = subject_of(verb)
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        subj = subject_of(clause)
        future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall", "wo")
                     for c in clause.children)
        same = subj is not None and warner is not None and (
            subj.lower_ in ("we", "i") or (is_pronoun(subj) and not is_pronoun(warner)) or
            subj.lemma_.lower() == warner.lemma_.lower())
        if future and same:
            return True
    return False


def _condition_holds(token: "Token", trigger: Trigger) -> bool:
    if trigger.pos == "V" and not _giver_stated(token, trigger):
        return False
    if trigger.second is not None and not any(
            c.lower_ == trigger.second or c.lemma_.lower() == trigger.second
            for c in token.children):
        return False
    if trigger.pos == "A" and not any(c.dep_ == "xcomp" or (c.dep_ == "prep" and
                                                          c.lower_ == "for")
                                      for c in token.children):
        return False
    if trigger.condition is None:
        return True
    key, values = trigger.condition
    if key in ("obj", "notobj"):
        lemmas = {t.lemma_.lower() for t in _objects(token)} | {t.lower_ for t in _objects(token)}
        hit = bool(lemmas & values) or ("mil" in values and bool(lemmas & MILITARY))
        return hit if key == "obj" else not hit
    if key == "mod":
        return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in values
                   for c in token.children)
    if key == "notcomp":
        return not any(c.dep_ == "xcomp" and c.lemma_.lower() in values for c in token.children)
    if key == "notdep":
        return not any(c.dep_ in values for c in token.children)
    if key == "notprep":
        return not any(c.dep_ == "prep" and c.lower_ in values for c in token.children)
    if key == "prep":
        return any(c.dep_ in ("prep", "agent") and c.lower_ in values for c in token.children)
    if key == "hasobj":
        return any(c.dep_ == "dobj" for c in token.children) and \
            not any(c.dep_ == "prt" for c in token.children)
    if key == "threat":
        return _is_threat(token)
    if key == "notsubj":
        giver = _agent_of(token)
        return giver is not None and giver.lemma_.lower() not in values and \
            giver.lower_ not in values
    if key == "subj":
        subj = subject_of(token)
        if subj is None:
            return False
        if "conj" in values and subj.conjuncts:
            return True
        lemma = subj.lemma_.lower()
        return lemma in values or subj.lower_ in values or (
            "mil" in values and (lemma in MILITARY or subj.lower_ in MILITARY))
    return False


def match_trigger(token: "Token") -> Trigger | None:
    """The lexicon row that `token` triggers in its context, if any."""
    key = _POS_KEYS.get(token.pos_)
    if key is None or token.dep_ in _SKIP_DEPS and key != "N":
        return None
    if key == "N" and token.dep_ == "compound":
        return None
    rows = load_lexicon().get((token.lemma_.lower(), key)) or load_lexicon().get(
        (token.lower_, key))
    for row in rows or ():
        if _condition_holds(token, row):
            return row
    return None


# Types of acts about another event: "called for a ceasefire", "agreed to a truce". The event
# they govern is not reported on its own, even with a place or date of its own.
INTENT_TYPES = frozenset({"DEMAND", "AGREE", "THREATEN", "REJECT", "CONCEDE"})


def _trigger_ancestor(token: "Token", kept: Mapping[int, Trigger]) -> Trigger | None:
    """The trigger whose argument a noun sits in, within its clause ("called for a ceasefire",
    "promised new sanctions", "ready for talks", "an offer of dialogue")."""
    current = token
    for _ in range(6):
        if current.head == current:
            return None
        current = current.head
        if current.i in kept:
            return kept[current.i]
        if current.pos_ in ("VERB", "AUX"):
            return None
    return None


def _nominal_kept(token: "Token", kept: Mapping[int, Trigger]) -> bool:
    """A nominal trigger is an event only when it is said to happen or has its own agent, time
    or place; "the invasion of Ukraine" as a topic, or a noun inside another trigger's
    argument, is not one."""
    governor = _trigger_ancestor(token, kept)
    if governor is not None:
        return governor.type not in INTENT_TYPES and own_anchor(token, agent=False)
    return occurs(token) or own_anchor(token)


def _one_per_clause(found: list[tuple["Token", Trigger]]) -> list[tuple["Token", Trigger]]:
    """"urged them to surrender", "threatened to invade", "refused to withdraw" are one event
    each (DEMAND, THREATEN, REJECT): the complement is dropped. An AGREE governor keeps its
    complement as a planned event ("agreed to send troops": AGREE and MOBILIZE, planned), since
    the committed act is what an analyst follows and PLOVER codes the commitment."""
    rows = {tok.i: row for tok, row in found}
    dropped: set[int] = set()
    for tok, _ in found:
        if tok.dep_ == "xcomp" and tok.head.i in rows and rows[tok.head.i].type != "AGREE":
            dropped.add(tok.i)
    return [(tok, row) for tok, row in found if tok.i not in dropped]


def sentence_triggers(sent: "Span", sports: bool = False) -> list[tuple["Token", Trigger]]:
    """Triggers of one sentence: verbs first, then nominals that pass _nominal_kept. In a sports
    report (`sports`) violence words are figurative and trigger nothing."""
    found = [(tok, row) for tok in sent if (row := match_trigger(tok)) is not None and
             not (sports and row.type in FIGURATIVE_IN_SPORTS)]
    verbs = {tok.i: row for tok, row in found if tok.pos_ not in ("NOUN", "PROPN")}
    kept = [(tok, row) for tok, row in found if tok.i in verbs]
    for tok, row in found:
        if tok.i in verbs:
            continue
        earlier = {t.i: r for t, r in kept if t.i < tok.i and t.pos_ in ("NOUN", "PROPN")}
        if _nominal_kept(tok, {**verbs, **earlier}):
            kept.append((tok, row))
    return _one_per_clause(sorted(kept, key=lambda pair: pair[0].i))
