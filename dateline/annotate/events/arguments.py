"""Who did it and to whom: the actor and target heads of a trigger, read from its own clause.

A verb's actor is its active subject or its passive "by" agent, its target the direct object,
the passive subject, or the object of "against" (and of "on / at / to / with / into / upon" when
that object is a party: "fired at soldiers", not "arrested at her home"). A clause without a
subject takes its controller's: the subject of the verb it complements ("tried to arrest"), the
object of the verb whose "for / of" phrase it fills ("indicted the girl for punching"), the noun
a participle modifies ("girls abducted by the group": target; "a man shooting": actor), and a
relative pronoun stands for its noun. A nominal trigger's arguments are nominal_arguments.py's:
its possessor, nationality or name modifier, its "by" object, or the subject of the light verb
that carries it ("Russia launched an invasion"); its target the object of "of / on / against"
("the invasion of Ukraine"). A reporting or condemning verb's subject is never taken:
arguments stop at the clause.

Also: raising verbs ("troops are expected to enter"), charges ("indicted her on charges of
assault for punching"), adjuncts of passives and harms told without a doer ("killed in a
shootout with police"); see docs/ontology.md. Who stands for a head (counts, measures,
instruments, relative clauses on things) is heads.py's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..syntax import (purpose_of, rooted_on_subject)
from .cues import NOUN_GOVERNORS
from .clause import MILITARY
from .control_verbs import CAUSATIVES, SUBJECT_CONTROL
from .agents_recovered import fronted_subject
from .hidden_subjects import gerund_agents, gerund_subject, relative_across_report
from .ontology import load_lexicon, names_an_event
from .reference import GROUP_LABELS, group_like, person_like

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words for states and peoples taken as a whole: parties with no name ("called on all states").
POLITIES = frozenset({"country", "countries", "state", "states", "nation", "nations",
                      "ally", "allies", "neighbour", "neighbours", "neighbor", "neighbors",
                      "power", "powers", "public"})
# Intransitive harm: the subject is the one harmed ("77 people died in the attack").
UNDERGO_HARM = frozenset({"die", "perish"})
# Verbs that leave their object in the state a participle tells: "left 30 people wounded".
RESULT_VERBS = frozenset({"leave", "render"})
_SUBJECTS = ("nsubj", "csubj", "nsubjpass")
# An object that is an amount or a time is what the act cost or took, never whom it was done
# to ("were fined 30,000 pounds", "jailed for five years"); a bare count of people is a target.
AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "DATE", "TIME", "ORDINAL"})
VIOLENT_TYPES = frozenset({"ASSAULT", "FIGHT"})
# Things a violent act is done with: told as its doer ("the truck ploughed into the crowd"),
# they stand for whoever used them, named by a participle's agent ("a truck driven by a man").
INSTRUMENTS = frozenset({
    "truck", "lorry", "car", "vehicle", "van", "bus", "bomb", "device", "explosive", "missile",
    "rocket", "shell", "bullet", "grenade", "drone", "gun", "rifle", "weapon", "knife",
    "gas", "teargas", "cannon", "round", "shot", "pellet",
})



def own_subject(verb: "Token") -> "Token | None":
    """The verb's subject; of two (a caption line parsed into the next sentence), the nearer.
    A person named by age ("A 16-year-old stabbed a teacher") that the parse hung on the verb
    as a modifier is its subject."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if not subjects:
        subjects = [c for c in verb.children if c.dep_ == "amod" and c.i < verb.i and
                    c.lower_ == "old" and any(g.lower_ in ("year", "years") for g in c.children)]
    return min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else fronted_subject(verb)


def agents(verb: "Token") -> list["Token"]:
    """The "by" objects of a passive; a bare singular noun there tells the manner, not who
    ("agreed by consensus", "sent by road", "taken by force")."""
    return [c for agent in verb.children if agent.dep_ == "agent"
            for c in agent.children if c.dep_ == "pobj" and not _manner(c)]


def _manner(noun: "Token") -> bool:
    return noun.tag_ == "NN" and not noun.ent_type_ and not any(
        c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in noun.children) \
        and not is_party(noun) and noun.lemma_.lower() not in MILITARY  # "by police" is who


def passive(verb: "Token") -> bool:
    """A passive clause: a passive auxiliary, a "by" agent ("..., mowed down by a truck"), or
    a past participle heading an adverbial clause with no auxiliary and no subject ("could
    face 85 years if convicted", "Asked about it, he ...")."""
    return any(c.dep_ in ("auxpass", "agent") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(
            c.dep_ in ("aux", "nsubj", "nsubjpass", "expl") for c in verb.children))


def _controller(verb: "Token") -> tuple[list["Token"], list["Token"]]:
    """(actors, targets) a subjectless clause takes from the clause or noun it depends on."""
    head, dep = verb.head, verb.dep_
    if head.i == verb.i:
        return [], []
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
    if verb.tag_ == "VBN" and dep in ("advcl", "oprd", "xcomp", "ccomp") and objects and \
            not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark")
                    for c in verb.children):
        # "killing 84 and leaving around 202 injured": the object is who was injured, by
        # whoever left them so
        return roles_of_clause(head)[0], objects[:1]
    if dep == "relcl" and head.dep_ == "dobj" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return roles_of_clause(head.head)[0], []  # "found nothing to convict her"
    purpose = purpose_of(verb)
    if purpose is not None:
        return roles_of_clause(purpose)[0], []  # "acted in order to withdraw": its doer
    if dep == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        rooted = rooted_on_subject(verb)
        if rooted is not None:
            return [rooted], []  # "A gunman plowed into a crowd.": the parse rooted it on him
        if verb.tag_ in ("VBN", "VBD") and not any(c.dep_ == "aux" for c in verb.children):
            # "girls abducted by the group" (a subjectless "kidnapped" tagged past tense is
            # the same participle); "left 30 people wounded": by whoever left them so
            if not agents(verb) and head.dep_ == "dobj" and \
                    head.head.lemma_.lower() in RESULT_VERBS:
                return roles_of_clause(head.head)[0], [head]
            return agents(verb), [head]
        if names_an_event(head):  # "an offer to hold talks"
            return _noun_arguments(head, "")[0], []
        first = head  # "used a post and an interview to accuse": the object's conjunct
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.dep_ == "dobj" and not person_like(head) and head.ent_type_ not in GROUP_LABELS:
            return roles_of_clause(first.head)[0], []  # "issued a statement demanding ..."
        if head.lemma_.lower() in NOUN_GOVERNORS or head.lemma_.lower() == "decision":
            # "requests to speak", "no plans to attack", "the decision to extradite him": the
            # noun's owner if any, never the noun
            return [c for c in head.children if c.dep_ == "poss"], []
        if _infinitive(verb) and not _agent_noun(head):
            # "felt there was no need to shoot them down": a need, a reason or a way to do
            # something does nothing; its owner, else whoever holds it, does
            owners = [c for c in head.children if c.dep_ == "poss"]
            return owners or _holder(head), []
        return [head], []  # "a man shooting at people"
    if gerund_agents(verb):
        return gerund_agents(verb), []  # "killed in shelling by the army": the army shelled
    relative = relative_across_report(verb)
    if relative is not None:  # "which it said killed 12": "which" killed
        return [relative], []
    if dep == "pcomp" and (head.pos_ == "ADP" or head.dep_ == "prep"):
        governor = head.head
        if governor.pos_ in ("NOUN", "PROPN"):
            owners = [c for c in governor.children if c.dep_ == "poss"]  # "his pledge to"
            # a participle preposition lists what the noun holds ("charges including
            # attacking soldiers"): its act is the noun's, like "of"
            if owners or (head.lower_ not in ("for", "of") and head.pos_ != "VERB"):
                return owners, []
            return _charged(governor), []
        objects = [c for c in governor.children if c.dep_ in ("dobj", "nsubjpass")]
        if head.lower_ in ("for", "of", "from") and objects:  # "indicted her for punching",
            return objects[:1], []  # "stopped the gunman from attacking"
        doers, undergoers = roles_of_clause(governor)  # "by opting", "in battling"
        # "the truck was stopped by police after mowing down people": the truck mowed
        return (undergoers or doers) if passive(governor) else doers, []
    if dep == "conj" and verb.pos_ == "VERB" and head.pos_ in ("NOUN", "PROPN"):
        # "she was filmed outside her home, pushing and slapping the soldiers": a participle
        # the parse coordinated with a noun belongs to the noun's passive clause
        clause = next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if clause is None:
            return [], []
        undergoers = [c for c in clause.children if c.dep_ == "nsubjpass"]
        return (undergoers if verb.tag_ == "VBG" else []), []
    passive_subject = [c for c in head.children if c.dep_ == "nsubjpass"]
    if dep == "conj" and passive_subject and _active(verb):
        # "she was given an award and met its president": the subject the two share does the
        # active one; the passive's agent did only the passive
        return passive_subject, []
    if dep in ("xcomp", "advcl", "oprd", "ccomp") and verb.tag_ == "VBG" and passive_subject:
        return passive_subject, []  # "she was pictured biting a soldier"
    if dep == "xcomp" and passive_subject and not agents(head):
        return passive_subject, []  # "troops are expected to enter", "was forced to resign"
    if dep in ("xcomp", "ccomp") and head.lemma_ == "be" and not actor_like(
            own_subject(head) or head):
        return [], []  # "the real goal was to strike": a goal strikes nothing
    if dep == "xcomp":
        objects = [c for c in head.children if c.dep_ == "dobj"]
        if objects and passive(verb):  # "ordered Russians to be evacuated": they undergo it,
            giver = head.lemma_.lower() in SUBJECT_CONTROL  # by order of its giver
            return (roles_of_clause(head)[0] if giver else []), objects[:1]
        if objects and head.lemma_.lower() not in SUBJECT_CONTROL and (
                head.lemma_.lower() in CAUSATIVES or (
                    _agent_noun(objects[0]) and objects[0].lower_ not in ("it", "them"))):
            return objects[:1], []  # "persuaded the rebels to withdraw"; not "cleared the
            # hurdles to build" nor "used them to organize": there the infinitive is what the
            # clause's doer did it for, and "it / them" after a verb that makes no one act
            # is most often a thing
        return roles_of_clause(head)[0], []
    if dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        objects = [c for c in head.children if c.dep_ == "dobj" and is_party(c)]
        if objects and head.lemma_.lower() in CAUSATIVES:
            return objects[:1], []  # "led a judge to dismiss the claims": the judge dismissed
        # else a purpose: "visited the SEC to press for change": the visitors press
    if dep == "advcl" and verb.tag_ == "VBG":
        subject = gerund_subject(verb)
        if subject is not None:
            return [subject], []  # "despite Moscow repeatedly denouncing ...": Moscow
    if dep == "advcl" and verb.tag_ == "VBG":
        act = _violent_object(head)
        if act is not None:  # "Tunisia has faced a series of attacks, killing dozens": the
            return _noun_arguments(act, "ASSAULT")[0], []  # attacks' doers killed them
    if dep in ("conj", "advcl") or (head.pos_ == "ADJ" and dep == "xcomp"):
        return roles_of_clause(head)[0], []
    if dep == "acomp" or (verb.pos_ == "ADJ"):
        return roles_of_clause(head)[0], []
    return [], []


def _active(verb: "Token") -> bool:
    """An active conjunct of a passive: one with an auxiliary of its own ("was involved ...
    but has scaled back") or an object ("was given an award and met its president"); a bare
    participle shares the passive ("was arrested and charged", "invaded and annexed", which
    the tagger may call past tense)."""
    return not passive(verb) and (any(c.dep_ == "aux" for c in verb.children) or (
        verb.tag_ != "VBN" and any(c.dep_ == "dobj" for c in verb.children)))


def _infinitive(verb: "Token") -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _agent_noun(noun: "Token") -> bool:
    """A noun for one who can act: a party, forces, a body or a pronoun for one."""
    return actor_like(noun) or group_like(noun)


def _holder(noun: "Token") -> list["Token"]:
    """Who holds what a noun names: the doer of the clause it is the object or attribute of,
    through an empty "there was" to the clause that tells it ("felt there was no need")."""
    if noun.dep_ not in ("dobj", "attr") or noun.head.i == noun.i:
        return []
    clause = noun.head
    doers = [d for d in roles_of_clause(clause)[0] if d.dep_ != "expl" and _agent_noun(d)]
    if not doers and clause.dep_ in ("ccomp", "xcomp") and clause.head.i != clause.i:
        doers = [d for d in roles_of_clause(clause.head)[0] if _agent_noun(d)]
    return doers


def _noun_arguments(noun: "Token", type_: str) -> tuple[list["Token"], list["Token"]]:
    from .nominal_arguments import noun_arguments  # which reads clauses from here

    return noun_arguments(noun, type_)


def _violent_object(verb: "Token") -> "Token | None":
    """The violent act a verb's object names, the whole of a count of them included ("faced
    a series of attacks"), else None."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        wholes = [obj] + [p for prep in obj.children if prep.dep_ == "prep" and
                          prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj"]
        for noun in wholes:
            if noun.pos_ == "NOUN" and any(row.type in VIOLENT_TYPES for row in
                                           load_lexicon().get((noun.lemma_.lower(), "N"), ())):
                return noun
    return None


def _charged(noun: "Token") -> list["Token"]:
    """Who did the act a charge names: whom the clause above acts on, else its subject."""
    current = noun
    for _ in range(6):
        current = current.head
        if current.pos_ in ("VERB", "AUX") and current.dep_ != "prep":  # "including" is a prep
            people = [c for c in current.children if c.dep_ in ("dobj", "nsubjpass") and
                      person_like(c)]
            return people[:1] or roles_of_clause(current)[0]
        if current.head.i == current.i:
            break
    return []


def roles_of_clause(verb: "Token") -> tuple[list["Token"], list["Token"]]:
    """(actor heads, target heads) of a verb from its subject, agent and controller; a
    subjectless passive ("before being overpowered by police") turns its controller into the
    one acted on."""
    subject = own_subject(verb)
    if subject is not None and (subject.dep_ == "nsubjpass" or (  # or one the parse hung
            subject.dep_ not in _SUBJECTS and passive(verb))):  # elsewhere, of a passive
        return agents(verb), [subject]
    if subject is not None:
        return [subject], []
    actors, targets = _controller(verb)
    if passive(verb):  # the controller undergoes it, unless it named who does and who undergoes
        return (agents(verb) or actors, targets) if targets else (agents(verb), actors)
    return actors, targets


def is_party(token: "Token") -> bool:
    """Whether a prepositional object names a party (people, a group, a state, a place)."""
    return token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or person_like(token) or \
        token.pos_ == "PROPN" or token.lemma_.lower() in POLITIES or token.lower_ in POLITIES


def actor_like(token: "Token") -> bool:
    """A party, forces, or a pronoun for one: who can act or be aimed at (not "dawn")."""
    return is_party(token) or token.lemma_.lower() in MILITARY or (
        token.pos_ == "PRON" and token.ent_type_ not in ("DATE", "TIME"))
