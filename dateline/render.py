"""Formatting for the CLI: tables and JSON shapes. The `--json` field names are a contract."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .model import Annotations, Article, Rejection

# Fields of `dateline articles --json` and `dateline show --json`, in order (README documents them).
ARTICLE_FIELDS = ("id", "title", "published", "published_precision", "published_evidence",
                  "outlet", "wire", "authors", "dateline", "url", "source_path", "locator",
                  "format", "duplicate_of", "removed", "text")


def article_json(article: Article) -> dict[str, Any]:
    data = article.to_dict()
    return {name: data[name] for name in ARTICLE_FIELDS}


def rejection_line(rejection: Rejection) -> str:
    where = rejection.source_path + (f" ({rejection.locator})" if rejection.locator else "")
    return f"{where}: [{rejection.code}] {rejection.reason}"


def ingest_summary(console: Console, report: Any, annotated: int) -> None:
    for rejection in report.rejected:
        console.print(f"[yellow]rejected[/yellow] {rejection_line(rejection)}", highlight=False)
    for warning in report.warnings:
        console.print(f"[yellow]warning[/yellow] {rejection_line(warning)}", highlight=False)
    for where, original in report.duplicates:
        console.print(f"[cyan]duplicate[/cyan] {where} → {original}", highlight=False)
    console.print(
        f"new {report.new} · updated {report.updated} · unchanged {report.unchanged} · "
        f"duplicate {report.duplicate} · rejected {len(report.rejected)} · "
        f"annotated {annotated}", highlight=False)
    if report.total and report.unchanged == report.total:
        console.print("nothing changed: every input was already stored as it is.")


def article_table(console: Console, articles: Iterable[Article]) -> None:
    table = Table(show_lines=False, pad_edge=False, box=None)
    for name, width in (("id", 16), ("published", 16), ("title", 44), ("outlet", 18),
                        ("source", 34), ("duplicate of", 16)):
        table.add_column(name, no_wrap=True, overflow="ellipsis", max_width=width)
    for a in articles:
        source = Path(a.source_path).name + (f" ({a.locator})" if a.locator else "")
        table.add_row(a.id, a.published or "", escape(a.title or ""), escape(a.outlet or ""),
                      escape(source), a.duplicate_of or "")
    console.print(table)


def article_detail(console: Console, article: Article, annotations: Annotations | None) -> None:
    for name in ARTICLE_FIELDS:
        if name not in ("text", "removed"):
            value = getattr(article, name)
            value = ", ".join(value) if isinstance(value, tuple) else value
            console.print(f"[bold]{name}[/bold]: {escape(str(value))}", highlight=False)
    console.print()
    console.print(article.text, highlight=False, markup=False)
    if annotations is not None:
        console.print()
        annotations_detail(console, article.text, annotations)


def annotations_detail(console: Console, text: str, annotations: Annotations) -> None:
    """One line per annotation: its span, the evidence text, then its normalized fields."""
    for kind, rows in annotations.to_dict().items():
        console.print(f"[bold]{kind}[/bold] ({len(rows)})", highlight=False)
        for row in rows:
            evidence = " ".join(text[row["start"]:row["end"]].split())
            if len(evidence) > 90:
                evidence = evidence[:87] + "..."
            fields = " ".join(f"{k}={_cell(v)}" for k, v in row.items()
                              if k not in ("start", "end", "text") and v not in (None, "", [], ()))
            console.print(f"  {row['start']}-{row['end']} [cyan]{escape(evidence)}[/cyan]  "
                          f"{escape(fields)}", highlight=False)


def _cell(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "[" + "; ".join(str(v) for v in value) + "]"
    if isinstance(value, str) and " " in value:
        return repr(value)
    return str(value)
