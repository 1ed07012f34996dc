"""Whether a warning threatens (its warner's own response) or only reports or forecasts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..syntax import is_pronoun, subject_of
from .clause import STATE_FORCES, has_infinitive, person_like
from .parties import STATE_BODIES
from .reference import INSTITUTIONS

if TYPE_CHECKING:
    from spacy.tokens import Token

# What a warner would do in answer: "warned of consequences", "of a firm response"; a warning
# of anything else ("warned of unrest") forecasts it.
RESPONSE_NOUNS = frozenset({
    "consequence", "consequences", "retaliation", "response", "reprisal", "reprisals",
    "repercussion", "repercussions", "action", "actions", "measure", "measures", "step", "steps",
    "punishment", "sanction", "sanctions", "force", "countermeasure", "countermeasures",
    "retribution", "price", "cost", "costs",
})


def _party_noun(token: "Token") -> bool:
    """A body that can act on a warning: "the regime", "the government", "the army"."""
    lemma = token.lemma_.lower()
    return lemma in INSTITUTIONS or lemma in STATE_BODIES or lemma in STATE_FORCES


def is_threat(verb: "Token") -> bool:
    """"warned Kyiv", "warned of consequences", "warned that we would respond": a threat;
    "warned that troops had advanced" is a report, and "warned that refugees could flee" or
    "warned of unrest" a forecast, neither an event."""
    # the "of" phrase may hang on the warned ("warned people of an incoming missile")
    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "dative"))]
    about = [o for h in heads for c in h.children if c.dep_ == "prep" and
             c.lower_ in ("of", "about") for o in c.children if o.dep_ == "pobj"]
    if any(o.lemma_.lower() in RESPONSE_NOUNS for o in about):
        return True
    warned = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if warned:  # "warning Americans they could face ...": the parse may hang it elsewhere
        after = verb.doc[warned[-1].right_edge.i + 1] \
            if warned[-1].right_edge.i + 1 < len(verb.doc) else None
        if after is not None and after.dep_ == "nsubj" and after.head.i > after.i and \
                after.head not in clauses:
            clauses.append(after.head)
    if warned and (not clauses or any(w.ent_type_ in ("GPE", "ORG") or _party_noun(w)
                                      for w in warned)):
        # "warned Kyiv", "warned North Korea of fire and fury", "warned Moscow that an invasion
        # would be met with sanctions"; not advice to the warned ("warned residents to stay
        # indoors": a demand) nor the public's notice of a danger ("warned people of an
        # incoming missile"); what a person or a people is warned of is read below
        public = all(w.ent_type_ not in ("GPE", "ORG", "NORP", "PERSON") and (
            person_like(w) or w.pos_ == "NOUN" and not _party_noun(w)) for w in warned)
        return not has_infinitive(verb) and not (about and public)
    warner = subject_of(verb)
    for clause in clauses:
        if any(t.lemma_.lower() in RESPONSE_NOUNS for t in clause.subtree):
            return True  # "warned Lena Orn her country would face consequences"
        subj = subject_of(clause)
        future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall", "wo")
                     for c in clause.children)
        same = subj is not None and warner is not None and (
            subj.lower_ in ("we", "i") or (is_pronoun(subj) and not is_pronoun(warner)) or
            subj.lemma_.lower() == warner.lemma_.lower())
        if future and same:
            return True
    return False
