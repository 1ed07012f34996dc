"""The memoized attribute ruler + lemmatizer give every token what spaCy's own components give."""

from __future__ import annotations

from pathlib import Path


from dateline.annotate import fast_attributes
from dateline.annotate.nlp import stock_pipeline

ROOT = Path(__file__).resolve().parents[1]
# words that exercise the ruler's two-token, DEP, REGEX and NOT_IN patterns, and the lemmatizer
TRICKY = ("There's gonna be trouble, let's say, and I gotta go. Nothin' y' know? "
          "He gets what he got; they're running, we've been told it isn't so. "
          "There were 12 tanks and the Ministry's officials weren't sure whether to ask.\n\n"
          "  Troops   fled.\n")


def reference():
    return stock_pipeline()


def texts(seeds: Path | None) -> list[str]:
    files = sorted((ROOT / "demo" / "corpus" / "text").glob("*.txt"))
    if seeds is not None:
        files += sorted(p for p in seeds.iterdir() if p.is_file())
    return [TRICKY] + [p.read_text(encoding="utf-8") for p in files]


def analyses(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_,
             t.ent_type_, t.is_sent_start) for t in doc]


def test_installed_in_place_of_the_ruler_and_the_lemmatizer(nlp) -> None:
    assert fast_attributes.NAME in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names
    assert nlp.pipe_names.index(fast_attributes.NAME) < nlp.pipe_names.index("ner")


def test_every_token_matches_spacys_own_components(nlp, request) -> None:
    seeds = Path(request.config.rootpath).parent / "shared" / "seeds"
    corpus = texts(seeds if seeds.is_dir() else None)
    ours = list(nlp.pipe(corpus))
    theirs = list(reference().pipe(corpus))
    assert sum(len(doc) for doc in ours) > 2000
    for mine, ref in zip(ours, theirs):
        assert analyses(mine) == analyses(ref)


def test_a_pattern_it_cannot_evaluate_leaves_the_pipeline_as_it_was() -> None:
    nlp = reference()
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "x", "OP": "+"}]], {"POS": "X"})
    before = nlp.pipe_names
    assert fast_attributes.install(nlp) is False
    assert nlp.pipe_names == before


def test_the_two_token_pattern_sets_the_second_tokens_lemma(nlp) -> None:
    doc = nlp("Let's go, we're gonna win.")
    assert [t.lemma_ for t in doc if t.lower_ in ("'s", "na")] == ["us", "to"]


def test_a_new_words_lemma_is_the_rule_lemmatizers_own(nlp) -> None:
    # the rule lemmatizer's steps with its word index as a set: the same forms, in the same
    # order, for every part of speech ("published": publish, not the out-of-index "publishe")
    lemmatizer = reference().get_pipe("lemmatizer")
    fast = fast_attributes._rule_lemmatizer(lemmatizer)
    assert fast is not None
    doc = nlp(TRICKY + " Published reports said the wolves were fleeing; better days, "
              "the oxen grazed and prices rose faster than the mice ran.")
    for token in doc:
        assert fast(token) == lemmatizer.rule_lemmatize(token), token.text
    assert [t.lemma_ for t in doc if t.text in ("Published", "wolves", "oxen", "mice")] == \
        ["publish", "wolf", "oxen", "mouse"]
