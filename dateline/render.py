"""Formatting for the CLI: tables and JSON shapes. The `--json` field names are a contract."""

from __future__ import annotations

from typing import Any, Iterable

from rich.console import Console
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
    table = Table("id", "published", "title", "outlet", "wire", "authors", "source",
                  "duplicate of", show_lines=False)
    for a in articles:
        source = a.source_path + (f" ({a.locator})" if a.locator else "")
        table.add_row(a.id, a.published or "", (a.title or "")[:70], a.outlet or "", a.wire or "",
                      ", ".join(a.authors), source, a.duplicate_of or "")
    console.print(table)


def article_detail(console: Console, article: Article, annotations: Annotations | None) -> None:
    for name in ARTICLE_FIELDS:
        if name not in ("text", "removed"):
            console.print(f"[bold]{name}[/bold]: {getattr(article, name)}", highlight=False)
    console.print()
    console.print(article.text, highlight=False)
    if annotations is not None:
        console.print()
        annotations_detail(console, article.text, annotations)


def annotations_detail(console: Console, text: str, annotations: Annotations) -> None:
    data = annotations.to_dict()
    for kind, rows in data.items():
        table = Table(title=f"{kind} ({len(rows)})", title_justify="left")
        if not rows:
            continue
        columns = [c for c in rows[0] if c not in ("start", "end")]
        table.add_column("span")
        for column in columns:
            table.add_column(column)
        for row in rows:
            table.add_row(f"{row['start']}-{row['end']}",
                          *[_cell(row[c]) for c in columns])
        console.print(table)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)
