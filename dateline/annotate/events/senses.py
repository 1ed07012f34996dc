"""Senses of violent and campaign verbs that are no violence or protest: words that attack
("attacked the pledges as 'vacuous'"), an opponent that is no party ("fight poverty"), a win in
a contest ("beat X to become president"), campaigning for a candidate. `conditions` asks these
before a FIGHT, ASSAULT or PROTEST row holds."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# What is said or decided: a violent verb with one of these as its object is a verbal attack
# ("attacked the government's plans", "attack Mr Blair's words").
SAID_NOUNS = frozenset({
    "word", "remark", "comment", "statement", "speech", "claim", "lie", "pledge", "promise",
    "plan", "policy", "proposal", "decision", "idea", "view", "record", "budget", "bill", "law",
    "reform", "strategy", "agenda", "manifesto", "report", "handling", "approach", "stance",
    "rhetoric", "argument", "criticism", "tweet", "article", "ruling", "pact",
    "verdict", "move", "deal", "agreement", "accord", "bargain", "compromise", "scheme",
    "programme", "program", "campaign",
})
# Violent verbs whose opponent is a party: "fight the rebels", "combat insurgents"; "fight
# poverty" is no violence. Conflict nouns as objects are violence too ("fight a war").
OPPONENT_VERBS = frozenset({"fight", "combat", "battle"})
# Forces of nature, illness and the forecasts of them: no party acts when they "threaten",
# "cooperate" or "call for" something.
NATURAL_FORCES = frozenset({
    "forecast", "forecaster",
    "weather", "storm", "hurricane", "typhoon", "cyclone", "flood", "flooding", "rain", "snow",
    "wind", "fire", "wildfire", "blaze", "drought", "heat", "heatwave", "earthquake", "quake",
    "tsunami", "virus", "disease", "pandemic", "epidemic", "outbreak", "climate", "erosion",
    "avalanche", "landslide", "tide", "ice", "cold",
})
CONFLICT_NOUNS = frozenset({"war", "battle", "insurgency", "rebellion", "uprising", "invasion",
                            "offensive", "occupation", "regime", "enemy", "junta", "group"})
# Violent verbs that also tell words ("shelled positions" never does).
VERBAL_SENSE = frozenset({"attack", "hit", "strike", "target", "fight", "assault", "savage",
                          "bash", "lash", "hammer", "batter", "blast", "slam", "torpedo"})
_SPEECH_PARTICIPLES = frozenset({"say", "call", "describe", "brand", "label", "accuse",
                                 "claim", "argue", "tell", "write", "add", "warn"})


def verbal_attack(token: "Token") -> bool:
    """Whether a violent verb tells words, not force: "attacked the pledges as 'vacuous'"
    (an evaluation by "as"), "attacked British imperialists, saying they ..." (a speech
    participle), "attacks Blair's 'lies'" (a quoted object), "attack Mr Blair's words" (an
    object that is something said or decided)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in VERBAL_SENSE:
        return False
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "as" and any(
                t.pos_ == "ADJ" or t.is_quote for t in child.subtree):
            return True  # not a result: "shot dead", "killed as a result of airstrikes"
        if child.dep_ in ("advcl", "xcomp", "conj") and child.tag_ == "VBG" and \
                child.lemma_.lower() in _SPEECH_PARTICIPLES:
            return True
        if child.dep_ == "dobj":
            if any(t.is_quote for t in child.subtree):
                return True
            if child.lemma_.lower() in SAID_NOUNS and child.ent_type_ == "":
                return True
    return False


# Verbs of winning a contest, and what a contest is: "beat Hillary to become president",
# "defeated the incumbent in the election" tell no violence.
CONTEST_VERBS = frozenset({"beat", "defeat", "crush", "thrash", "trounce", "rout", "edge"})
CONTEST_NOUNS = frozenset({"election", "race", "vote", "poll", "primary", "contest", "final",
                           "match", "game", "runoff", "ballot", "referendum", "tournament",
                           "championship", "round", "nomination", "title", "bid", "caucus"})
WINNING_VERBS = frozenset({"become", "win", "take", "claim", "secure", "clinch", "lead", "head"})


def contest_win(token: "Token") -> bool:
    """Whether a verb of beating tells a win in a contest: an infinitive of winning ("beat X
    to become president") or a contest it happens in ("defeated her in the primary")."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in CONTEST_VERBS:
        return False
    for child in token.children:
        if child.dep_ in ("xcomp", "advcl") and child.lemma_.lower() in WINNING_VERBS:
            return True
        if child.dep_ == "prep" and child.lower_ in ("in", "at", "for", "to") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in CONTEST_NOUNS for g in child.children):
            return True
    return False


OFFICE_NOUNS = frozenset({"election", "re-election", "reelection", "office", "seat", "vote",
                          "votes", "presidency", "nomination", "candidate", "candidacy", "party",
                          "ticket", "mayor", "governor", "president", "senate", "congress"})


def electoral(token: "Token") -> bool:
    """Whether "campaign for" is electoral, not a protest: for a person ("campaigned for
    Hillary Clinton") or an office or a vote ("campaigning for re-election")."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                if obj.ent_type_ == "PERSON" or obj.lemma_.lower() in OFFICE_NOUNS:
                    return True
    return False


def rising(token: "Token") -> bool:
    """Whether "shoot up" tells a rise, not shooting: "Sales shot up tenfold" (no object; not
    "gunmen shot up the bar")."""
    return token.lemma_.lower() == "shoot" and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in token.children) and not any(
        c.dep_ == "dobj" for c in token.children)


def bare_entry(token: "Token") -> bool:
    """Whether "enter" takes a bare common noun, a state entered, not a place: "entered
    service", "entered office", "entered politics" (not "entered the town", "entered Sumy")."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "enter":
        return False
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.pos_ == "NOUN" and not obj.ent_type_ and not any(
        c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in obj.children)


def abstract_opponent(token: "Token") -> bool:
    """Whether "fight" and the like take an opponent that is no party: "fight poverty",
    "combat climate change" (not "fight the rebels", "fight Islamic State", "fight a war")."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in OPPONENT_VERBS:
        return False
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None:
        obj = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "against"
                    for g in c.children if g.dep_ == "pobj"), None)
    if obj is not None and obj.lower_ == "it":
        return True  # "fight it out", "fight it in court": a contest, no party named
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return False
    from .conditions import MILITARY, person_like

    lemma = obj.lemma_.lower()
    return not (obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
                or person_like(obj) or lemma in MILITARY or obj.lower_ in MILITARY
                or lemma in CONFLICT_NOUNS)


def natural_doer(token: "Token") -> bool:
    """Whether an act's doer is a force of nature, an illness or a forecast ("Weather on Earth
    threatened the experiment", "if the weather doesn't cooperate", "forecasts call for an 80
    percent chance"): no party acts, so no event."""
    from .conditions import agent_of

    doer = agent_of(token)
    return doer is not None and doer.lemma_.lower() in NATURAL_FORCES


def striving(token: "Token") -> bool:
    """"fought to gain access", "battling to save the firm", "fighting for its survival": a
    person's or a firm's struggle for a goal, told by an infinitive or a "for" goal, not
    combat. Armed forces and states that fight to take a
    town do fight."""
    from .conditions import MILITARY, agent_of

    if token.pos_ != "VERB" or token.lemma_.lower() not in OPPONENT_VERBS or not any(
            (c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                  for a in c.children)) or
            (c.dep_ == "prep" and c.lower_ == "for" and not any(
                o.dep_ == "pobj" and (o.ent_type_ in ("GPE", "NORP", "ORG", "LOC") or
                                      o.pos_ == "PROPN") for o in c.children))
            for c in token.children):
        return False  # a goal: "to save the firm", "for its survival" (not "for Dorn": a side)
    doer = agent_of(token)
    return doer is None or not (doer.lemma_.lower() in MILITARY or doer.lower_ in MILITARY
                                or doer.ent_type_ in ("GPE", "NORP"))


# Kinds of act one can be ready for in agreement: "ready for talks", "ready for a deal".
_COMMITTED_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "AID", "CONCEDE", "RETREAT",
                              "SUPPORT"})


def preparedness(token: "Token") -> bool:
    """"ready for launch", "fully ready for any threat": being prepared, no commitment. A
    commitment is ready to do something ("ready to resume talks") or ready for an act done
    with another ("ready for talks")."""
    from .ontology import load_lexicon

    if token.lemma_.lower() != "ready" or any(
            c.dep_ in ("xcomp", "advcl", "ccomp") for c in token.children):
        return False
    lexicon = load_lexicon()
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"):
        for noun in (o for o in prep.children if o.dep_ == "pobj"):
            rows = lexicon.get((noun.lemma_.lower(), "N"), ())
            if any(r.type in _COMMITTED_TYPES for r in rows):
                return False
    return True
