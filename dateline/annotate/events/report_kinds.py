"""What kind of report a text is (sports, markets), where some triggers are figures of speech;
and the tokens whose lemma is one of a set of words, from one read of the lemma array."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["FIGURATIVE_IN_SPORTS", "MARKET_SENSES", "a_score", "lemma_candidates", "lemma_hashes",
           "report_kinds",
           "sports_text"]

# Words that mark a sports report, where "kill the Giants", "beat", "attack" and "battle" are
# figures of speech; a sports report types no ASSAULT or FIGHT (docs/ontology.md).
SPORTS_WORDS = frozenset({
    "inning", "innings", "league", "championship", "playoff", "podium", "lap", "prix", "season",
    "match", "score", "goal", "tournament", "stadium", "referee", "pitcher", "striker",
    "midfielder", "quarterback", "touchdown", "wicket", "homer", "coach", "game", "semifinal",
    "rugby", "football", "cricket", "tennis", "golf", "scrum", "penalty", "squad", "medal",
})
SPORTS_MIN_HITS = 4
SPORTS_MIN_WORDS = 3
# BBC sport reports run at one sports word in 40 to 140 tokens (60 sampled); a report of an
# attack that mentions a tournament nearby, one in 340
SPORTS_MAX_TOKENS_PER_HIT = 200
FIGURATIVE_IN_SPORTS = frozenset({"ASSAULT", "FIGHT"})
# Words of a markets report, where "a rally" is a rise in prices, not a protest.
MARKET_WORDS = frozenset({
    "stock", "share", "market", "index", "investor", "trader", "trading", "price", "currency",
    "bond", "yield", "dow", "nasdaq", "ftse", "nikkei", "futures", "equity", "bitcoin",
    "cryptocurrency", "crypto", "commodity", "sell-off", "selloff", "valuation", "dollar",
})
MARKET_SENSES = frozenset({"rally"})  # lemmas whose protest sense a markets report does not have


def sports_text(doc: "Doc") -> bool:
    """Whether a text reads as a sports report: several sports words, of several kinds
    ("scores of people" is no score), and densely enough that sport is what it is about, not
    an aside (a long report of an attack that mentions a tournament nearby)."""
    return report_kinds(doc)[0]


def report_kinds(doc: "Doc") -> tuple[bool, bool]:
    """(a sports report, a markets report), read off one pass over the lemmas. A markets
    report is read as a sports report is: its nouns of markets several, of several kinds, and
    dense enough ("shares", "investors", "the index"), not a protest story that passes a
    market."""
    sports, markets = _candidates(doc, (SPORTS_WORDS, MARKET_WORDS))
    sports_hits = [t.lemma_.lower() for t in sports if not (
        t.lemma_.lower() == "score" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "of")]
    market_hits = [t.lemma_.lower() for t in markets if t.pos_ in ("NOUN", "PROPN")]
    return _dense(sports_hits, len(doc)), _dense(market_hits, len(doc))


def _dense(hits: list[str], tokens: int) -> bool:
    return len(hits) >= SPORTS_MIN_HITS and len(set(hits)) >= SPORTS_MIN_WORDS and \
        tokens <= SPORTS_MAX_TOKENS_PER_HIT * len(hits)


def lemma_candidates(doc: "Doc", words: frozenset[str]) -> list["Token"]:
    """The tokens whose lemma, lower-cased, is one of `words` (see `_candidates`)."""
    return _candidates(doc, (words,))[0]


def _candidates(doc: "Doc", word_sets: tuple[frozenset[str], ...]
                ) -> list[list["Token"]]:
    """For each set of words, the tokens whose lemma (in its own case) is one of them, from
    one read of the lemma array (a fifth of the cost of reading every token's lemma)."""
    from spacy.attrs import LEMMA

    lemmas = doc.to_array([LEMMA]).tolist()
    out: list[list[Token]] = []
    for words in word_sets:
        wanted = lemma_hashes(words)
        out.append([t for t in (doc[i] for i, value in enumerate(lemmas) if value in wanted)
                    if t.lemma_.lower() in words])
    return out


@functools.lru_cache(maxsize=16)  # one entry per word set the components look up
def lemma_hashes(words: frozenset[str]) -> frozenset[int]:
    from spacy.strings import StringStore  # a string's hash is the same in every store

    strings = StringStore()
    return frozenset(strings.add(form) for w in words
                     for form in (w, w.capitalize(), w.upper()))


def a_score(token: "Token", type_: str) -> bool:
    """A concession of a counted thing in a sports report: "gave up three runs", "conceded
    two goals" is the score, no concession."""
    return type_ == "CONCEDE" and any(
        c.dep_ == "dobj" and any(n.dep_ == "nummod" for n in c.children) for c in token.children)
