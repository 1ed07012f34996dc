"""Formatting for the CLI: tables and JSON shapes. The `--json` field names are a contract.

Data (titles, paths, article text, reasons) is only ever handed to Rich inside `Text` objects,
never inside a string Rich would read as markup: `[red]`, `[/]` or `:smile:` in an article
print as written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Mapping

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .model import Annotations, Article, Rejection

# Fields of `dateline articles --json` and `dateline show --json`, in order (README documents them).
ARTICLE_FIELDS = ("id", "title", "published", "published_precision", "published_evidence",
                  "outlet", "wire", "authors", "dateline", "url", "source_path", "locator",
                  "format", "duplicate_of", "shared_reporting", "inferred_published",
                  "inferred_reason", "inferred_confidence", "removed", "text")
# what fusion adds to an article (`fuse.query.article_fusion`): empty until it has run
NO_FUSION: dict[str, Any] = {"shared_reporting": [], "inferred_published": None,
                             "inferred_reason": None, "inferred_confidence": None}


def article_json(article: Article, fusion: Mapping[str, Any] | None = None) -> dict[str, Any]:
    data = {**article.to_dict(), **NO_FUSION, **(fusion or {})}
    return {name: data[name] for name in ARTICLE_FIELDS}


def rejection_line(rejection: Rejection) -> str:
    where = rejection.source_path + (f" ({rejection.locator})" if rejection.locator else "")
    return f"{where}: [{rejection.code}] {rejection.reason}"


def _line(console: Console, *parts: str | tuple[str, str]) -> None:
    """One line of plain text parts and (text, style) parts, never wrapped or read as markup."""
    console.print(Text.assemble(*parts), soft_wrap=True, highlight=False)


def ingest_summary(console: Console, report: Any, annotated: int) -> None:
    for rejection in report.rejected:
        _line(console, ("rejected", "yellow"), " ", rejection_line(rejection))
    for warning in report.warnings:
        _line(console, ("warning", "yellow"), " ", rejection_line(warning))
    for where, original in report.duplicates:
        _line(console, ("duplicate", "cyan"), f" {where} → {original}")
    _line(console, f"new {report.new} · updated {report.updated} · unchanged {report.unchanged}"
          f" · duplicate {report.duplicate} · rejected {len(report.rejected)} · "
          f"annotated {annotated}")
    if report.total and report.unchanged == report.total:
        _line(console, "nothing changed: every input was already stored as it is.")


def quarantine_lines(console: Console, rejections: Iterable[Rejection]) -> None:
    for rejection in rejections:
        _line(console, rejection_line(rejection))


def article_table(console: Console, articles: Iterable[Article]) -> None:
    table = Table(show_lines=False, pad_edge=False, box=None)
    for name, width in (("id", 16), ("published", 16), ("title", 44), ("outlet", 18),
                        ("source", 34), ("duplicate of", 16)):
        table.add_column(name, no_wrap=True, overflow="ellipsis", max_width=width)
    for a in articles:
        source = Path(a.source_path).name + (f" ({a.locator})" if a.locator else "")
        table.add_row(*(Text(cell) for cell in (a.id, a.published or "", a.title or "",
                                                a.outlet or "", source, a.duplicate_of or "")))
    console.print(table)


def article_detail(console: Console, article: Article, annotations: Annotations | None,
                   fusion: Mapping[str, Any] | None = None) -> None:
    data = article_json(article, fusion)
    for name in ARTICLE_FIELDS:
        if name not in ("text", "removed"):
            value = data[name]
            if name == "shared_reporting":
                value = ", ".join(f"{r['id']} ({r['sentences']})" for r in value)
            value = ", ".join(value) if isinstance(value, (tuple, list)) else value
            _line(console, (name, "bold"), f": {value}")
    console.print()
    console.print(Text(article.text), highlight=False)
    if annotations is not None:
        console.print()
        annotations_detail(console, article.text, annotations)


def annotations_detail(console: Console, text: str, annotations: Annotations) -> None:
    """One line per annotation: its span, the evidence text, then its normalized fields."""
    for kind, rows in annotations.to_dict().items():
        _line(console, (kind, "bold"), f" ({len(rows)})")
        for row in rows:
            evidence = " ".join(text[row["start"]:row["end"]].split())
            if len(evidence) > 90:
                evidence = evidence[:87] + "..."
            fields = " ".join(f"{k}={_cell(v)}" for k, v in row.items()
                              if k not in ("start", "end", "text") and v not in (None, "", [], ()))
            _line(console, f"  {row['start']}-{row['end']} ", (evidence, "cyan"), f"  {fields}")


def _cell(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "[" + "; ".join(str(v) for v in value) + "]"
    if isinstance(value, str) and " " in value:
        return repr(value)
    return str(value)
