"""Speaker names: the token a speech frame points at, resolved to a person or organisation.

A named apposition wins over the title it explains ("the spokesman, Garba Shehu"); a title
written before a name is dropped ("Deputy Chief Constable Ann Roe" -> "Ann Roe"); "the
company" / "the university" go to the body the article named before; a document ("the
statement") goes to its author (documents.py). Pronouns go to their antecedent (antecedents.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..agreement import binds_it, is_plural
from ..lexicon.pronouns import RELATIVE_PRONOUNS
from ..lexicon.reporting import MEDIA_NOUNS, SPEAKING_DOCUMENTS
from ..syntax import is_pronoun, name_for, text_of
from .agents import is_org_noun, is_person_noun
from .antecedents import NOT_PERSON_LABELS
from .captions import in_lines
from .frame_speaker import FRAME_VERBS
from .descriptions import Descriptions
from .documents import NAMED_LABELS, Documents
from .owners import OwningBodies
from .roles import described_by_phrase, is_phrase_name, partitive_phrase, without_title

if TYPE_CHECKING:
    from spacy.tokens import Token

def _relative_head(pronoun: "Token") -> "Token":
    """The noun a relative pronoun stands for: the head of its clause, or, for "who", the
    name or noun right before it when the parse hung the clause on a thing further back
    ("labelled a 'misjudgement' by the Tories who said": the Tories)."""
    head = pronoun.head.head
    before = pronoun.doc[pronoun.i - 1] if pronoun.i > 0 else None
    if pronoun.lower_ == "who" and before is not None and before.i > head.i and \
            before.pos_ in ("NOUN", "PROPN") and not head.ent_type_ and \
            not is_person_noun(head) and not is_org_noun(head):
        while before.dep_ == "compound" and before.head.i > before.i:
            before = before.head
        return before
    return head


# Head nouns for whoever heads a state or a body: "the UN leader", "the North Korean dictator".
LEADER_NOUNS = frozenset({"leader", "chief", "head", "boss", "ruler", "strongman", "dictator",
                          "despot", "tyrant", "premier", "supremo"})


def _age_noun(token: "Token") -> bool:
    """An age that stands for a person: "the 21-year-old" (parsed as the adjective "old")."""
    return token.lower_ == "old" and token.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in ("year", "month") for c in token.children)


def _after_article(modifier: "Token") -> bool:
    """A name modifying a title after its article ("the Acme driver"): not the person's."""
    return modifier.dep_ == "compound" and modifier.i < modifier.head.i and any(
        c.dep_ == "det" and c.i < modifier.i for c in modifier.head.children)


# Agent-noun endings beyond "-er" / "-or": "advocate", "consultant", "resident", "nominee",
# "representative"; "-ment" is a thing ("the statement"), never a person.
_AGENT_ENDINGS = ("ate", "ant", "ent", "ee", "ist", "ian", "ive")


def _speaking_agent(token: "Token") -> bool:
    """An agent noun that speaks ("the gun control advocate wrote"): only a person or a body
    speaks, and a body noun or a document is told apart before, so the one who speaks is a
    person the article named; the ending keeps out things a verb of saying may have as subject
    ("the data show")."""
    low = token.lower_
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in FRAME_VERBS and \
        len(low) > 5 and low.endswith(_AGENT_ENDINGS) and not low.endswith("ment") and \
        not is_org_noun(token) and token.lemma_.lower() not in SPEAKING_DOCUMENTS | MEDIA_NOUNS


class Speakers(Documents, OwningBodies, Descriptions):
    """Resolves speaker tokens to names, remembering who spoke for pronouns."""

    def _named(self, token: "Token") -> "Token":
        """The named person an apposition gives for a title or description."""
        # The named person an apposition gives for a title or description ("a member of parliament,
        # Ann Roe", "the spokesman, Bo Li"), else the token itself.
        mention = self._mention(token)
        if token.ent_type_ == "PERSON" or (mention is not None and mention.type == "PERSON") \
                or not (token.pos_ == "NOUN" or is_person_noun(token)):
            return token
        # the entity component's type: "SpaceX CEO" is no person's name before a title
        # ("the Acme driver", "a Trump adviser": after an article the name is a modifier)
        named = [c for c in token.children if c.dep_ == "compound" and self._person_token(c)
                 and not _after_article(c)]
        if named:
            return named[-1]  # "Frank Field MP": the name before the title
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in
                     ("of", "to", "for")):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                if self._person_token(pobj) and any(
                        c.dep_ == "compound" and (c.ent_type_ in ("GPE", "ORG", "LOC") or (
                            c.is_lower and not c.ent_type_ and not any(
                                d.dep_ == "det" for d in token.children)))
                        for c in pobj.children):
                    # "Mayor of London Sadiq Khan", "Ambassador to the United Nations Nikki
                    # Haley", "Leeds director of rugby Al Roe": the title's place, body or
                    # field, then the person
                    return pobj
        for tok in token.subtree:
            if tok.dep_ == "npadvmod" and tok.ent_type_ == "PERSON" and tok.i > token.i \
                    and tok.doc[tok.left_edge.i - 1].text == ",":
                return tok  # the parse hung the set-off name on the description's last noun
            if tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.i > token.i \
                    and tok.ent_type_ not in NOT_PERSON_LABELS \
                    and (tok.doc[tok.left_edge.i - 1].text == ","  # set off by commas
                         or (tok.left_edge.i == token.i + 1 and (tok.ent_type_ == "PERSON" or (
                             tok.ent_type_ == "ORG" and is_org_noun(token))))):
                return self._before_post_title(tok)  # or right after the noun: "her
                # husband Tony", "the firm Acme"
            if tok.dep_ == "appos" and tok.head.i == token.i and self._person_token(tok) and \
                    any(p.dep_ == "prep" and p.right_edge.i == tok.left_edge.i - 1
                        for p in token.children):
                return tok  # or right after the title's phrase: "Ambassador to the UN Al Roe"
        twin = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        while twin is not None and twin.dep_ == "compound" and twin.head.i > twin.i:
            twin = twin.head  # to the name's head: "the agency Korean Central News Agency"
        if twin is not None and twin.dep_ == token.dep_ and twin.head == token.head and \
                twin.pos_ == "PROPN" and twin.ent_type_ in ("PERSON", "ORG"):
            return twin  # "the news agency KCNA said": the parse made the name a second subject
        for tok in token.children:  # two titles of one man: "founder and director Al Roe"
            if tok.dep_ == "conj" and self._person_token(tok) and tok.pos_ == "PROPN":
                return tok
        return self._owning_body(token) or token

    def _name(self, token: "Token") -> tuple[str | None, str | None]:
        mention = self._mention(token)
        if mention is not None and mention.type == "PLACE" and token.ent_type_ == "PERSON":
            ent = next((e for e in self.doc.ents if e.start <= token.i < e.end), None)
            return (ent.text if ent is not None else token.text), None  # a person, not a place
        partitive = partitive_phrase(token)  # "one of the French fighters", tagged CARDINAL
        if partitive is not None:
            return partitive, None
        name, entity_id = name_for(token, self.entities)
        if name and entity_id is None:
            name = described_by_phrase(token) or without_title(token, name)
        return name, entity_id

    def resolve(self, token: "Token | None", at: int) -> tuple[str | None, str | None]:
        if token is None:
            return None, None
        if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            token = _relative_head(token)  # "the statement, which added that ..." -> the
            # statement
        if in_lines(self.captions, token.idx):
            return None, None  # a photo credit or a label is nobody's speech
        if token.lower_ == "it":
            token = self._document_before(token) or token  # "sent a letter. "...," it read"
        if is_pronoun(token):
            return self._pronoun(token, at)
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None and not self._agent_itself(token) and self._body(owner):
            # "Acme's guidelines say": a body speaks through what it owns (a person's "cousin"
            # or "move" is no text of theirs)
            return self.resolve(owner, at)
        if token.lemma_.lower() in SPEAKING_DOCUMENTS:
            source = self._author_of(token)
            if source is not None and is_pronoun(source):
                return self._pronoun(source, at)  # "he posted a message ... It read:"
            if source is not None:
                token = source
        token = self._named(token)
        if self._definite_person(token):
            # the one holding the description's title outranks the latest person named:
            # "Home Secretary Ann Roe ... Tory Al Lee said ... The home secretary said"
            titled = self._titled(token)
            if titled is not None:
                self.seen.append(self._candidate(token, *titled, True))
                return titled
            found = self._named_before(token, at)
            if found is not None:
                return found
        described = self._described(token)
        if described is None and is_org_noun(token):
            token = self._owning_body(token, body_noun=True) or token  # "the Oxfam campaign"
        name: str | None
        if described is not None:
            name, entity_id = described
        else:
            name, entity_id = self._name(token)
            if entity_id is None and not is_phrase_name(token):
                return None, None
        if name:
            self.seen.append(self._candidate(token, name, entity_id, self.is_person(token)))
        return name, entity_id

    def _before_post_title(self, token: "Token") -> "Token":
        """The name a title written after it heads ("Ann Roe MSP", "Al Lee QC": the parse
        hangs the name on the title, and letters may be typed a person), else the token."""
        if self._person_token(token) and not token.is_upper:
            return token
        name = [c for c in token.children if c.dep_ == "compound" and c.i < token.i and
                self._person_token(c)]
        return name[-1] if name and name[-1].i == token.i - 1 else token

    def _definite_person(self, token: "Token") -> bool:
        """A definite description of a person with no name in it: "the President-elect",
        "the Bad Romance singer", "the 73-year-old former chairman", "the 21-year-old"."""
        if _age_noun(token):
            return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ in NAMED_LABELS or (
                token.pos_ == "PROPN" and token.ent_type_):
            return False
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return False
        if any(t.ent_type_ == "PERSON" and not _after_article(t) for t in token.subtree) \
                or is_plural(token):
            return False  # "the actors said": not the one person named last
        if _speaking_agent(token):
            return True  # before "it": the quote itself may say "it" ("'It hurts,' ...")
        if binds_it(token):
            return False
        low = token.lower_
        return is_person_noun(token) or (len(low) > 4 and low.endswith(("er", "or"))
                                          and not is_org_noun(token)) or \
            low == "elect"  # "the President-elect": the parse heads the title on "elect"

    def _named_before(self, token: "Token", at: int) -> tuple[str | None, str | None] | None:
        """The named person a definite description stands for: the latest named person who
        spoke or was a subject before it; None when the description itself was used before
        for someone unnamed ("a ministry spokesman ... the spokesman said")."""
        lemma = token.lemma_.lower()
        for earlier in self.doc[:token.i]:
            if earlier.lemma_.lower() == lemma and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in earlier.children):
                return None  # "a ministry spokesman ... the spokesman": that unnamed one
        # the latest person the title fits, not the latest person: "Al Roe founded Acme. Bo
        # Li, an analyst, said ... 'the founder of Acme said'" is Al Roe
        name, entity_id = self._antecedent(token, at, person=True, named=True,
                                           fits=lambda found: self._role_fits(token, found))
        if name is None:
            return None
        if {c.lower_ for c in token.children if _after_article(c)} & set(name.lower().split()):
            return None  # "the Trump adviser" is someone else than Trump
        self.seen.append(self._candidate(token, name, entity_id, True))
        return name, entity_id

    def _titled(self, token: "Token") -> tuple[str, str] | None:
        """The one person the article gives the description's title, before or after it:
        "the courts minister has said" and, later, "courts minister Christopher Leslie"."""
        modifiers = [c for c in token.children if c.dep_ in ("compound", "amod")]
        words = {c.lower_ for c in modifiers} | {token.lower_}
        titles = {(m.canonical, m.entity_id): set(
                      f"{m.role} {self._written_before(m.start)}".lower().replace("-", " ")
                      .split())
                  for m in self.entities if m.type == "PERSON" and m.role and m.entity_id}
        holders = {holder for holder, title in titles.items() if words <= title}
        if not holders and token.lemma_.lower() in LEADER_NOUNS:
            # "the UN leader" for "UN Secretary-General Antonio Guterres", "the brash North
            # Korean tyrant" for "North Korean leader Kim Jong-un": whoever heads what the
            # description names, when the article gives that to one person
            named = {w.lower_ for c in modifiers for w in c.subtree if w.ent_type_}
            holders = {holder for holder, title in titles.items() if named and named <= title}
        return holders.pop() if len(holders) == 1 else None

    def _written_before(self, start: int) -> str:
        """The words right before a name in its own clause: the title as written."""
        window = text_of(self.doc)[max(0, start - 40):start]
        cut = max(window.rfind(mark) for mark in (".", ",", '"', "\n", "\u201d", ":"))
        # "the Cardinal and Archbishop Dr Roe": the title before "and" is someone else's
        joined = window.rfind(" and ")
        cut = max(cut, joined + 4 if joined >= 0 else -1)
        return window[cut + 1:]

    def _role_fits(self, token: "Token", entity_id: str | None) -> bool:
        """A title stands for a person the article gives that title, or no title at all:
        "the prime minister said" after "Telegram founder Pavel Durov" is someone else."""
        if not is_person_noun(token) or entity_id is None:
            return True
        roles = {w for m in self.entities if m.entity_id == entity_id and m.role
                 for w in m.role.lower().replace("-", " ").split()}
        return not roles or token.lower_ in roles or token.lemma_.lower() in roles
