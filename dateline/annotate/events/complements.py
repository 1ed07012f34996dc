"""One event per clause: a complement, result participle or charged act folds into its governor."""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping

from .cues import DENY_VERBS
from .for_clauses import demanded, marked_for
from .occurrence import own_time
from .ontology import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

# Acts that charge someone with another act: "accused of", "convicted of", "arrested for".
CHARGE_TYPES = frozenset({"COERCE", "DISAPPROVE"})


def _one_per_clause(found: list[tuple["Token", Trigger]]) -> list[tuple["Token", Trigger]]:
    """"urged them to surrender", "threatened to invade", "refused to withdraw" are one event
    each (DEMAND, THREATEN, REJECT): the complement is dropped. An AGREE governor keeps its
    complement as a planned event ("agreed to send troops": AGREE and MOBILIZE, planned), since
    the committed act is what an analyst follows and PLOVER codes the commitment."""
    rows = {tok.i: row for tok, row in found}
    dropped: set[int] = set()
    for tok, row in found:
        # a denial keeps the act it denies, in mode denied ("denied planning to invade")
        # a for-infinitive is a complement too: "called for the army to withdraw"
        # so is what a demand says must be done: "insists the regime must disarm"
        complement = (tok.dep_ == "xcomp" or marked_for(tok) or demanded(tok, rows) or
                      _object_infinitive(tok, rows)) and \
            tok.head.i in rows and \
            rows[tok.head.i].type != "AGREE" and tok.head.lemma_.lower() not in DENY_VERBS
        if complement or _result_participle(tok, row, rows) or _charged_act(tok, rows):
            dropped.add(tok.i)
    return [(tok, row) for tok, row in found if tok.i not in dropped]


def _object_infinitive(tok: "Token", rows: Mapping[int, Trigger]) -> bool:
    """An infinitive after a demand's object that the parse read as a purpose: "pressed the
    rebels to free the hostages" (after another act it is one: "shelled the town to ...")."""
    governor = rows.get(tok.head.i)
    return governor is not None and governor.type == "DEMAND" and tok.dep_ == "advcl" and \
        any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children) and \
        any(c.dep_ == "dobj" and c.i < tok.i for c in tok.head.children)


def _participle_head(tok: "Token") -> "Token | None":
    """The verb a participial clause ("..., killing four and wounding nine") hangs on."""
    current = tok
    while current.dep_ == "conj" and current.head.tag_ == "VBG":
        current = current.head
    if tok.tag_ == "VBG" and current.dep_ in ("advcl", "xcomp") and \
            not any(c.dep_ == "mark" for c in current.children):
        return current.head
    return None


def _result_participle(tok: "Token", row: Trigger, rows: Mapping[int, Trigger]) -> bool:
    """"opened fire, killing four": the toll is part of the attack, one event (GUIDELINES);
    so is "convicted him, sentencing him to a year" of the same type."""
    head = _participle_head(tok)
    if head is None or head.i not in rows:
        return False
    head_type = rows[head.i].type
    return head_type == row.type or (row.type == "ASSAULT" and head_type in ("ASSAULT", "FIGHT"))


def _charged_act(tok: "Token", rows: Mapping[int, Trigger]) -> bool:
    """"convicted of insulting the court", "accused of attacking": the act a legal or verbal
    charge names is its content, not a second event, unless it has its own time."""
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.lower_ not in ("of", "for"):
        return False
    charge = prep.head  # "convicted X of", or "convicted X and 19 others of" on the object
    if charge.i not in rows and charge.dep_ in ("dobj", "nsubjpass", "conj"):
        charge = charge.head if charge.head.i in rows else charge.head.head
    if charge.i not in rows:
        return False
    return rows[charge.i].type in CHARGE_TYPES and not own_time(tok)
