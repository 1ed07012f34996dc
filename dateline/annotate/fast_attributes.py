"""The attribute ruler and the lemmatizer of en_core_web_sm, with the same results, faster.

Profiled on news text, spaCy's `attribute_ruler` and `lemmatizer` cost about 28 % of the whole
small pipeline, more than the parser: the ruler runs a general Matcher over 179 patterns at
every token (about 40 µs a token), and the lemmatizer builds a Python token and a morphology
object for each one. Both answers depend on a few token features only, so they are memoized:

- a pattern of the ruler looks at one token or two adjacent ones, through LOWER, TAG, DEP and
  IS_SPACE: the patterns a feature tuple matches are found once and cached, and the matches
  are then applied by the ruler's own
  `set_annotations`, in its order (later rules win), exactly as it would;
- a lemma depends on (ORTH, POS, MORPH), the lemmatizer's own cache key: cached the same way;
  a first sighting runs the rule lemmatizer's own steps, with its word index as a set: spaCy
  keeps that index as a list and looks each candidate form up in it one by one (about 130 µs a
  word, most of the lemmatizer's time).

`install` puts one component in place of the two (which stay loaded, disabled, and do the
work of each first sighting), and refuses any ruler pattern it cannot evaluate exactly, leaving
the pipeline as it was. tests/test_fast_attributes.py compares every token attribute with
spaCy's own components.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

NAME = "dateline_attributes"
FEATURES = ("LOWER", "TAG", "DEP", "IS_SPACE")
CACHE_LIMIT = 500_000  # cached keys per table, then the table starts over

Key = tuple[str, str, str, bool]  # LOWER, TAG, DEP, IS_SPACE of one token


class Unsupported(ValueError):
    """A ruler pattern this module cannot evaluate exactly."""


def _value_test(value: Any) -> Callable[[Any], bool]:
    if isinstance(value, (str, bool)):
        return lambda found: found == value
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "IN" and isinstance(arg, list):
            allowed = frozenset(arg)
            return lambda found: found in allowed
        if op == "NOT_IN" and isinstance(arg, list):
            refused = frozenset(arg)
            return lambda found: found not in refused
        if op == "REGEX" and isinstance(arg, str):
            pattern = re.compile(arg)
            return lambda found: bool(pattern.search(found))
    raise Unsupported(f"pattern value {value!r}")


class _Spec:
    """One token of a ruler pattern: the tags and lowercase forms it allows (None: any), and a
    test of the rest (DEP, IS_SPACE, NOT_IN, REGEX)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.tags: frozenset[str] | None = None
        self.lowers: frozenset[str] | None = None
        rest = []
        for attr, value in spec.items():
            if attr not in FEATURES:
                raise Unsupported(f"pattern attribute {attr}")
            allowed = _allowed(value)
            if attr == "TAG" and allowed is not None:
                self.tags = allowed
            elif attr == "LOWER" and allowed is not None:
                self.lowers = allowed
            else:
                rest.append((FEATURES.index(attr), _value_test(value)))
        self.rest = tuple(rest)

    def allows(self, lower: str, tag: str) -> bool:
        return ((self.tags is None or tag in self.tags)
                and (self.lowers is None or lower in self.lowers))

    def test(self, key: Key) -> bool:
        return all(test(key[i]) for i, test in self.rest)


Pattern = tuple[int, _Spec, "_Spec | None"]  # attr_id, first token, second token or None
# per token features: the one-token patterns that match, and the (attr_id, second token) of the
# two-token patterns whose first token matches
Matching = tuple[tuple[int, ...], tuple[tuple[int, _Spec], ...]]


def _allowed(value: Any) -> frozenset[str] | None:
    if isinstance(value, str):
        return frozenset([value])
    if isinstance(value, dict) and len(value) == 1 and isinstance(value.get("IN"), list):
        return frozenset(value["IN"])
    return None


class FastAttributes:
    """The ruler's matches and the lemmatizer's lemmas, memoized by the features they read."""

    def __init__(self, ruler: Any, lemmatizer: Any) -> None:
        self.ruler = ruler
        self.lemmatizer = lemmatizer
        self.strings = ruler.vocab.strings
        # (attr_id, first token, second token or None), in the ruler's order
        self.patterns: list[Pattern] = []
        for attr_id, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                if len(pattern) not in (1, 2):
                    raise Unsupported(f"a pattern of {len(pattern)} tokens")
                self.patterns.append((attr_id, _Spec(pattern[0]),
                                      _Spec(pattern[1]) if len(pattern) == 2 else None))
        self.match_ids = [self.strings.add(str(i)) for i in range(len(ruler.patterns))]
        # what the patterns ask of a lowercase form: which of their sets hold it, what their
        # LOWER tests say of it. Forms that answer alike are one class, so the cache is keyed
        # by the class, not by the word: a new word seldom means a new key.
        specs = [p[1] for p in self.patterns] + [p[2] for p in self.patterns if p[2]]
        self.lower_sets = list(dict.fromkeys(s.lowers for s in specs if s.lowers is not None))
        self.lower_tests = [test for s in specs for i, test in s.rest if i == 0]
        self.lower_class: dict[int, int] = {}  # a LOWER hash → its class
        self.classes: dict[tuple[bool, ...], int] = {}  # a class's answers → its number
        self.class_lower: list[str] = []  # one lowercase form of each class
        # (LOWER, TAG) → the patterns whose first token allows them
        self.matching: dict[tuple[int, ...], Matching] = {}  # by the features' hashes
        self.by_tag: dict[str, list[Pattern]] = {}  # the patterns a tag allows
        self.lemma_cache: dict[tuple[int, int, int], int] = {}
        self.overwrite = bool(getattr(lemmatizer, "overwrite", False))
        self.lemmatize = _rule_lemmatizer(lemmatizer) or lemmatizer.lemmatize

    def __call__(self, doc: "Doc") -> "Doc":
        self._rule(doc)
        self._lemmatize(doc)
        return doc

    def _rule(self, doc: "Doc") -> None:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        # the features as the StringStore's hashes: the cache is keyed on them, and strings are
        # looked up only for a tuple not seen before or a token a two-token pattern reaches
        hashes = [tuple(int(v) for v in row)
                  for row in doc.to_array([LOWER, TAG, DEP, IS_SPACE])]
        last = len(hashes) - 1
        match_ids = self.match_ids
        matches: list[tuple[int, int, int, int]] = []
        lower_class = self.lower_class
        for i, hashed in enumerate(hashes):
            form = lower_class.get(hashed[0])
            if form is None:
                form = self._class_of(hashed[0])
            keyed = (form, hashed[1], hashed[2], hashed[3])
            found = self.matching.get(keyed)
            if found is None:
                found = self._matching(keyed)
            singles, pairs = found
            matches.extend((attr_id, match_ids[attr_id], i, i + 1) for attr_id in singles)
            if pairs and i < last:
                following = self._key(hashes[i + 1])
                matches.extend((attr_id, match_ids[attr_id], i, i + 2) for attr_id, second in pairs
                               if second.allows(following[0], following[1])
                               and second.test(following))
        self.ruler.set_annotations(doc, sorted(set(matches)))

    def _key(self, hashed: tuple[int, ...]) -> Key:
        strings = self.strings
        return strings[hashed[0]], strings[hashed[1]], strings[hashed[2]], bool(hashed[3])

    def _class_of(self, lower: int) -> int:
        form = self.strings[lower]
        answers = tuple([form in s for s in self.lower_sets] +
                        [test(form) for test in self.lower_tests])
        number = self.classes.get(answers)
        if number is None:
            number = self.classes[answers] = len(self.class_lower)
            self.class_lower.append(form)
        _remember(self.lower_class, lower, number)
        return number

    def _matching(self, keyed: tuple[int, ...]) -> Matching:
        # the one-token patterns a token matches, and the two-token ones whose first token it
        # is; `keyed` holds the token's lowercase class, then the hashes of TAG, DEP, IS_SPACE
        strings = self.strings
        key = (self.class_lower[keyed[0]], strings[keyed[1]], strings[keyed[2]], bool(keyed[3]))
        by_tag = self.by_tag.get(key[1])
        if by_tag is None:
            by_tag = self.by_tag[key[1]] = [p for p in self.patterns
                                            if p[1].tags is None or key[1] in p[1].tags]
        allowed = [p for p in by_tag if (p[1].lowers is None or key[0] in p[1].lowers)
                   and p[1].test(key)]
        found = (tuple(a for a, _, second in allowed if second is None),
                 tuple((a, second) for a, _, second in allowed if second is not None))
        _remember(self.matching, keyed, found)
        return found

    def _lemmatize(self, doc: "Doc") -> None:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA])):
            if lemma and not self.overwrite:
                continue
            key = (int(orth), int(pos), int(morph))
            found = self.lemma_cache.get(key)
            if found is None:
                found = self.strings.add(self.lemmatize(doc[i])[0])
                _remember(self.lemma_cache, key, found)
            doc[i].lemma = found


def _rule_lemmatizer(lemmatizer: Any) -> "Callable[[Any], list[str]] | None":
    """spaCy's `Lemmatizer.rule_lemmatize`, step for step, with each part of speech's word
    index as a frozenset; None when `lemmatizer` does not lemmatize by those rules."""
    from spacy.pipeline import Lemmatizer

    if (getattr(lemmatizer, "mode", None) != "rule"
            or type(lemmatizer).rule_lemmatize is not Lemmatizer.rule_lemmatize):
        return None
    index_table = lemmatizer.lookups.get_table("lemma_index", {})
    indexes: dict[str, frozenset[str]] = {}  # by part of speech (the table's keys are hashes)
    exc_table = lemmatizer.lookups.get_table("lemma_exc", {})
    rules_table = lemmatizer.lookups.get_table("lemma_rules", {})

    def rule_lemmatize(token: Any) -> list[str]:
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            return [string.lower()]
        if lemmatizer.is_base_form(token):
            return [string.lower()]
        index = indexes.get(univ_pos)
        if index is None:
            index = indexes[univ_pos] = frozenset(index_table.get(univ_pos, ()))
        exceptions = exc_table.get(univ_pos)
        rules = rules_table.get(univ_pos)
        if not any((index, exceptions, rules)):
            return [string] if univ_pos == "propn" else [string.lower()]
        orig = string
        string = string.lower()
        forms: list[str] = []
        oov_forms = []
        for old, new in rules or ():
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index:
                    forms.insert(0, form)
                elif not form.isalpha():
                    forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in (exceptions or {}).get(string, []):
            if form not in forms:
                forms.insert(0, form)
        return forms or oov_forms or [orig]

    return rule_lemmatize


def _remember(cache: dict[Any, Any], key: Any, value: Any) -> None:
    if len(cache) >= CACHE_LIMIT:
        cache.clear()
    cache[key] = value


def install(nlp: "Language") -> bool:
    """Put FastAttributes in place of `attribute_ruler` + `lemmatizer`; False (and `nlp` left
    as it was) when the pipeline lacks them or the ruler has a pattern it cannot evaluate."""
    from spacy.language import Language

    names = nlp.pipe_names
    if "attribute_ruler" not in names or "lemmatizer" not in names:
        return False
    if names.index("lemmatizer") != names.index("attribute_ruler") + 1:
        return False
    if getattr(nlp.get_pipe("lemmatizer"), "mode", None) != "rule":
        return False
    try:
        component = FastAttributes(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))
    except Unsupported:
        return False
    if NAME not in Language.factories:
        Language.factory(NAME, func=_make)
    _PENDING[id(nlp)] = component
    try:
        nlp.add_pipe(NAME, after="lemmatizer")
    finally:
        _PENDING.pop(id(nlp), None)
    nlp.disable_pipe("attribute_ruler")
    nlp.disable_pipe("lemmatizer")
    return True


_PENDING: dict[int, FastAttributes] = {}


def _make(nlp: "Language", name: str) -> FastAttributes:
    return _PENDING[id(nlp)]
