"""Timeline17 data: T17's tokenised text <-> prose, its gold timelines and input articles."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Mapping

from ..errors import DatelineError

SHARED_EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"
T17_DIR = SHARED_EVAL / "t17"

Article = tuple[str, dt.date, str]  # (doc id, publication date, text)


@dataclass(frozen=True)
class GoldTimeline:
    topic: str
    name: str
    summaries: Mapping[dt.date, tuple[str, ...]]

    @property
    def first(self) -> dt.date:
        return min(self.summaries)

    @property
    def last(self) -> dt.date:
        return max(self.summaries)

    @property
    def n_dates(self) -> int:
        return len(self.summaries)

    @property
    def n_sentences(self) -> int:
        """news-tls's K: the mean number of sentences per date, rounded."""
        return round(sum(len(s) for s in self.summaries.values()) / len(self.summaries))


# ---- text: T17's Penn Treebank tokens <-> prose ----

_UNBRACKET = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}
_BRACKET = {v: k for k, v in _UNBRACKET.items()}
_DETOK = [
    (re.compile(r"-[LR][RSC]B-"), lambda m: _UNBRACKET[m.group()]),
    (re.compile(r"\\([/*])"), r"\1"),
    (re.compile(r" (?=(?:'s|'re|'ve|'ll|'d|'m|n't|')(?:\s|$))", re.IGNORECASE), ""),
    (re.compile(r"``\s*"), '"'), (re.compile(r"\s*''"), '"'), (re.compile(r"`\s*"), "'"),
    (re.compile(r" +(?=[,.;:?!%)\]}])"), ""), (re.compile(r"(?<=[(\[{$]) +"), ""),
]
_TOK = [
    (re.compile(r"(?<!\\)([/*])"), r"\\\1"),
    (re.compile(r"“"), " `` "), (re.compile(r"”"), " '' "), (re.compile(r"‘"), "`"),
    (re.compile(r"’"), "'"),
    (re.compile(r'(?:^|(?<=[\s(\[{]))"(?=\S)'), " `` "), (re.compile(r'"'), " '' "),
    (re.compile(r"\.\.\."), " ... "),
    (re.compile(r"(?<=\s)((?:[A-Za-z]\.){2,})(?=[\s'`)\]}]*$)"), r"\1 ."),
    (re.compile(r"(?<=[A-Za-z]\.)\.(?=[\s'`)\]}]*$)"), " . "),
    (re.compile(r"(?<!\.)\.(?=[\s'`)\]}]*$)"), " . "),
    (re.compile(r"([()\[\]{};$%]|[?!]+)"), r" \1 "),
    (re.compile(r"(?<!\d)([,:])|([,:])(?!\d)"), r" \1\2 "),
    (re.compile(r"([\w.])('s|'re|'ve|'ll|'d|'m)\b", re.IGNORECASE), r"\1 \2"),
    (re.compile(r"(\w)(n't)\b", re.IGNORECASE), r"\1 \2"),
    (re.compile(r"(\w)'(?=\s|$)"), r"\1 '"),
    (re.compile(r"(?:^|(?<=\s))'(?!(?:s|re|ve|ll|d|m)\b)(?=\w)", re.IGNORECASE), "` "),
    (re.compile(r"`(?=\w)"), "` "),
]


def detokenize(line: str) -> str:
    """T17's tokenised sentence as prose: "He said , `` it 's -LRB- a -RRB- test . ''"."""
    for pattern, repl in _DETOK:
        line = pattern.sub(repl, line)  # type: ignore[call-overload]
    return line.strip()


def tokenize(sentence: str) -> str:
    """A sentence tokenised as T17 is (Penn Treebank), tokens joined by single spaces."""
    text = sentence
    for pattern, repl in _TOK:
        text = pattern.sub(repl, text)
    return " ".join(_BRACKET.get(token, token) for token in text.split())


# ---- data ----

def _topic_dir(topic: str, data_dir: Path | None) -> Path:
    path = (data_dir or T17_DIR) / topic
    if not path.is_dir():
        raise DatelineError.make("E030", path=str(path), stage="eval timeline")
    return path


def topics(data_dir: Path | None = None) -> list[str]:
    """The topic folders of the T17 copy, sorted."""
    root = data_dir or T17_DIR
    if not root.is_dir():
        raise DatelineError.make("E030", path=str(root), stage="eval timeline")
    return sorted(p.name for p in root.iterdir() if (p / "timelines.jsonl").is_file())


def load_gold(topic: str, data_dir: Path | None = None) -> list[GoldTimeline]:
    """The topic's gold timelines from timelines.jsonl, read as news-tls reads them."""
    path = _topic_dir(topic, data_dir)
    names = sorted(p.stem for p in (path / "timelines").glob("*.txt"))
    raw = [json.loads(line) for line in (path / "timelines.jsonl").read_text("utf-8").splitlines()
           if line.strip()]
    raw = [items for items in raw if items]
    if len(names) != len(raw):
        names = [f"tl{i}" for i in range(len(raw))]
    golds = []
    for name, items in zip(names, raw):
        # dict(): a repeated date keeps its later entry, as in news-tls and tilse
        summaries = {dt.date.fromisoformat(day[:10]): tuple(s.strip() for s in sents)
                     for day, sents in items}
        golds.append(GoldTimeline(topic, name, summaries))
    return golds


def t17_articles(topic: str, first: dt.date | None = None, last: dt.date | None = None,
                 data_dir: Path | None = None) -> Iterator[Article]:
    """(doc id "YYYY-MM-DD/n", published, detokenised text) per input doc, in date order."""
    docs = _topic_dir(topic, data_dir) / "InputDocs"
    for day_dir in sorted(p for p in docs.iterdir() if p.is_dir()):
        day = dt.date.fromisoformat(day_dir.name)
        if (first and day < first) or (last and day > last):
            continue
        files = sorted(day_dir.glob("*.txt"), key=lambda p: (len(p.name), p.name))
        for path in files:
            lines = path.read_text("utf-8", errors="replace").splitlines()
            text = "\n".join(d for d in (detokenize(line) for line in lines) if d)
            if text:
                yield f"{day_dir.name}/{path.name.split('.')[0]}", day, text


def read_timeline_file(path: Path) -> dict[dt.date, list[str]]:
    """A timeline in T17 / tilse text form (date line, sentences, 32 dashes); later date wins."""
    summaries: dict[dt.date, list[str]] = {}
    day: dt.date | None = None
    sentences: list[str] = []
    for line in path.read_text("utf-8").splitlines():
        line = line.strip()
        if line == "-" * 32:
            if day is not None:
                summaries[day] = sentences
            day, sentences = None, []
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", line):
            day = dt.date.fromisoformat(line)
        elif line:
            sentences.append(line)
    if day is not None:
        summaries[day] = sentences
    return summaries
