"""Actors and targets of a nominal trigger ("Russia's invasion", "talks between X and Y",
"launched an offensive"): its possessor, name modifiers and "by", "of", "on" phrases, else the
clause of the light verb that carries it (`_light_verb`), a claim of responsibility for it, or
the state named on a launched weapon. The possessor of an act done to a person is its target
("Morsi's overthrow", "her arrest"). Verbal triggers are `arguments.verb_arguments`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.reporting import REPORTING_VERBS
from ..syntax import is_pronoun
from .agents_recovered import speakers_own
from .args_stance import opposed, stance_word
from .arguments import AMOUNT_LABELS, actor_like, agents, own_subject, roles_of_clause
from .cues import CONVENED_NOUNS
from .occurrence import MEASURE_NOUNS, RESPONSIBILITY_NOUNS
from .ontology import load_lexicon
from .reference import person_like, resolve

if TYPE_CHECKING:
    from spacy.tokens import Token


NOUN_TARGET_PREPS = frozenset({"of", "on", "against", "into", "upon", "to", "with"})


AGENT_PREPS = frozenset({"by", "from", "between", "among"})
# Prepositions that put a clause at the time or for the sake of a meeting, not beside it.
MEETING_PREPS = frozenset({"after", "following", "before", "at", "for", "on", "in", "since"})
_NAME_LABELS = frozenset({"NORP", "ORG", "GPE", "PERSON"})


# Light verbs whose subject undergoes the nominal act: "faced trial", "suffered an attack".
UNDERGO_VERBS = frozenset({"face", "suffer", "survive", "undergo", "receive", "escape",
                           "endure", "repel", "repulse", "withstand", "get", "avoid"})


# Verbs whose subject is given a nominal act of support: "won an award", "won the backing of".
RECIPIENT_VERBS = frozenset({"win", "earn", "gain", "collect", "accept", "share"})


# Verbs whose subject takes part in the act in their "in" phrase, passive or not.
PARTICIPATION_VERBS = frozenset({"involve", "engage", "participate", "join", "take"})


# Verbs whose subject causes or meets a nominal act without doing it: "spurred an outcry".
CAUSE_VERBS = frozenset({"spur", "spark", "prompt", "trigger", "cause", "provoke", "follow",
                         "see", "witness", "welcome", "condemn", "criticize", "criticise",
                         "denounce", "reject", "deny", "discuss", "fear", "expect", "mark",
                         "mourn", "recall", "remember", "describe", "call", "investigate",
                         # who perceives or reports an act does not do it: "witnesses reported
                         # gunfire", "gunshots were heard"
                         "hear", "report", "confirm", "detect", "notice", "observe", "record",
                         "film", "photograph", "capture"})


# Nominal acts done to a person: a person's possessive is the one it was done to.
PATIENT_NOUNS = frozenset({
    "arrest", "detention", "custody", "remand", "trial", "sentence", "conviction", "indictment",
    "overthrow", "release", "killing", "murder", "assassination", "abduction", "kidnapping",
    "torture", "execution", "deportation", "expulsion", "extradition", "imprisonment",
})


# Verbs whose "on" means "about": their subject tells of the act, does not do it.
ABOUT_VERBS = REPORTING_VERBS | frozenset({"comment", "speak", "talk", "focus", "reflect",
                                           "dwell", "elaborate", "brief", "remark"})


def _light_verb(noun: "Token") -> "Token | None":
    """The verb a nominal trigger is the object of ("launched an offensive", "took part in
    riots", "went on a rampage", "responded with an offer", "conducted dozens of tests")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" and \
            noun.head.head.lemma_.lower() in MEASURE_NOUNS:
        noun = noun.head.head  # "dozens of tests": the count stands in for the tests
    if noun.dep_ in ("dobj", "attr", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        verb = noun.head.head
        if noun.head.lower_ == "on" and verb.lemma_.lower() in ABOUT_VERBS:
            return None  # "report on the war": what is told, not done
        if any(c.dep_ == "dobj" and c.lemma_.lower() == "part" for c in verb.children) or \
                noun.head.lower_ in ("on", "into", "with") or (
                    noun.head.lower_ == "in" and verb.lemma_.lower() in PARTICIPATION_VERBS
                    | {"be"}):
            return verb
    return None


def noun_arguments(noun: "Token", type_: str) -> tuple[list["Token"], list["Token"]]:
    """(actor heads, target heads) of a nominal trigger."""
    actors: list[Token] = []
    targets: list[Token] = []
    patient = noun.lemma_.lower() in PATIENT_NOUNS
    for child in noun.children:
        if child.dep_ == "poss" and child.ent_type_ in ("DATE", "TIME"):
            continue  # "Thursday's meeting": when, not who
        if child.dep_ == "poss":
            verb = _light_verb(noun) if child.tag_ == "PRP$" else None
            subject = roles_of_clause(verb)[0] if verb is not None else []
            if subject and not patient and not any(is_pronoun(t) for t in subject):
                actors.extend(subject)  # "Qualcomm made its bid": its is Qualcomm's
                continue
            child = _whose(child)
            (targets if patient and person_like(resolve(child)) else actors).append(child)
        elif child.dep_ in ("amod", "compound", "nmod") and stance_word(child):
            if opposed(child):
                targets.append(child)  # "anti-Dorn protests" are aimed at Dorn, not by it
        elif child.dep_ in ("amod", "compound", "nmod") and child.is_lower:
            continue  # "jihadist attacks": a kind of act, no one's name
        elif child.dep_ in ("amod", "compound", "nmod") and (
                child.ent_type_ in _NAME_LABELS or _split_name(child)):
            actors.append(child)  # "U.S. and South Korean drills": each name before the act
            actors.extend(c for c in child.children if c.dep_ == "conj" and
                          c.ent_type_ in _NAME_LABELS and c.ent_iob_ == "B")
        elif child.dep_ == "prep" and child.lower_ in AGENT_PREPS:
            actors.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ in NOUN_TARGET_PREPS:
            targets.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "acl":  # "sanctions levied by the West on Dorn"; not "talks
            actors.extend(agents(child) if not _sides(noun) else [])  # between X and Y,
            targets.extend(p for prep in child.children if prep.dep_ == "prep" and  # brokered
                           prep.lower_ in ("on", "against") for p in prep.children  # by Z"
                           if p.dep_ == "pobj" and p.ent_type_ not in AMOUNT_LABELS)
    if not actors and type_ == "CONSULT" and _met_around(noun):
        # "speaking during a visit to Osaka, May"; not "tensions were apparent during it"
        actors = [a for a in roles_of_clause(noun.head.head)[0] if actor_like(a)]
    if not actors:
        actors = _count_doers(noun)  # "a spate of attacks by gangs", "its series of tests"
    if not actors:
        actors = _responsible(noun)  # "the Taliban claimed responsibility for the attack"
    if not actors and type_ == "RETREAT":
        actors = _captors(noun)  # "secured the release of girls kidnapped by Boko Haram"
    if not actors and type_ == "MOBILIZE":
        actors = _weapon_owner(noun)  # "the launch of a North Korean missile"
    if not actors:
        verb = _light_verb(noun)
        convened = verb is not None and verb.lemma_.lower() == "call" and \
            noun.dep_ == "dobj" and noun.lemma_.lower() in CONVENED_NOUNS
        if verb is not None and (verb.lemma_.lower() not in CAUSE_VERBS or convened) and (
                verb.lemma_.lower() != "be" or noun.head.lower_ == "in"):  # "was in talks"
            subjects, undergoers = roles_of_clause(verb)
            if verb.lemma_.lower() in PARTICIPATION_VERBS and noun.head.lower_ != "into":
                subjects, undergoers = subjects or undergoers, []  # "was involved in attacks"
            if verb.lemma_.lower() in UNDERGO_VERBS or (
                    type_ in ("SUPPORT", "AID") and verb.lemma_.lower() in RECIPIENT_VERBS):
                targets = targets or subjects
            elif noun.dep_ != "nsubjpass":
                actors = subjects
                targets = targets or undergoers
    return speakers_own(actors), targets


def _sides(noun: "Token") -> bool:
    """Whether the act names its sides ("talks between X and Y", "among the rebels")."""
    return any(c.dep_ == "prep" and c.lower_ in ("between", "among") for c in noun.children)


def _captors(noun: "Token") -> list["Token"]:
    """Who held those a release is of ("the release of girls kidnapped by X"): see captors."""
    return captors([p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                    for p in prep.children if p.dep_ == "pobj"])


def captors(held: list["Token"]) -> list["Token"]:
    """Who held the released, told by a clause on them ("21 of the girls who were kidnapped
    by X", "hostages seized by X"): the holder releases, not whoever secured it."""
    out: list[Token] = []
    for one in held:
        wholes = [one] + [w for prep in one.children if prep.dep_ == "prep" and
                          prep.lower_ == "of" for w in prep.children if w.dep_ == "pobj"]
        out.extend(a for whole in wholes for clause in whole.children
                   if clause.dep_ in ("acl", "relcl") and any(
                       row.type in ("COERCE", "ASSAULT")
                       for row in load_lexicon().get((clause.lemma_.lower(), "V"), ()))
                   for a in agents(clause))
    return out


def _split_name(word: "Token") -> bool:
    """A proper name before the act whose tagger label fell on another word of it only
    ("Islamic State attacks": "Islamic" a nationality, "State" unlabelled)."""
    return word.dep_ == "compound" and word.pos_ == "PROPN" and not word.ent_type_ and any(
        t.ent_type_ in ("NORP", "ORG") for t in word.subtree if t.i != word.i)


def _whose(owner: "Token") -> "Token":
    """The noun a relative "whose" stands for ("Dorn, whose invasion of Veltria"), else the
    owner as it is."""
    clause = next((a for a in owner.ancestors if a.dep_ == "relcl"), None) \
        if owner.lower_ == "whose" else None
    return clause.head if clause is not None and clause.head.pos_ in ("NOUN", "PROPN") \
        else owner


def _met_around(noun: "Token") -> bool:
    """A meeting the clause around it was at: "during" it, or with a partner named ("after a
    meeting with Ana Lim, Ivo said": Ivo met her); a place near it is no meeting had there."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.head.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    partner = any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)
    return prep.lower_ == "during" or (partner and prep.lower_ in MEETING_PREPS)


def _count_doers(noun: "Token") -> list["Token"]:
    """The doers the parse hung on a count of the acts rather than on the act: the count's
    possessor or "by" phrase ("a spate of attacks by gangs", "its series of tests")."""
    count = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if count is None or count.pos_ != "NOUN" or count.lemma_.lower() not in MEASURE_NOUNS:
        return []
    return [c for c in count.children if c.dep_ == "poss"] + [
        p for prep in count.children if prep.dep_ == "prep" and prep.lower_ in AGENT_PREPS
        for p in prep.children if p.dep_ == "pobj"]


def _weapon_owner(noun: "Token") -> list["Token"]:
    """The state a launched or tested weapon belongs to, named on the weapon: "the launch of
    a North Korean missile" is North Korea's launch (a victim's nationality says nothing of the
    doer, so this holds for weapons acts only)."""
    return [c for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for weapon in prep.children if weapon.dep_ == "pobj"
            for c in weapon.children if c.dep_ in ("amod", "compound") and
            c.ent_type_ in ("NORP", "GPE")][:1]


def _responsible(noun: "Token") -> list["Token"]:
    """Who claims or takes responsibility (or credit) for the act the noun names: its doer by
    its own word ("Islamic State claimed responsibility for the bombing"); none when the
    claimer is denied ("No group has claimed responsibility")."""
    owner = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    if owner is None or owner.lemma_.lower() not in RESPONSIBILITY_NOUNS or \
            owner.dep_ != "dobj":
        return []
    subject = own_subject(owner.head)
    if subject is None or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children):
        return []
    return [subject]
