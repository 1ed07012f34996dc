"""Terminal tables for the cross-article commands. Data is never read as Rich markup."""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from rich.console import Console
from rich.markup import escape
from rich.table import Table


def _table(columns: Iterable[tuple[str, int | None]]) -> Table:
    # one line per row: long cells end in an ellipsis (`--json` has the whole text)
    table = Table(box=None, pad_edge=False, show_lines=False)
    for name, width in columns:
        table.add_column(name, no_wrap=True, overflow="ellipsis", max_width=width or 100,
                         min_width=width)
    return table


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return escape(", ".join(str(v) for v in value))
    return escape(str(value))


def timeline_table(console: Console, entries: Iterable[Mapping[str, Any]]) -> int:
    table = _table((("date", 10), ("type", 11), ("mode", 9), ("sources", 7), ("place", 14),
                    ("actors", 22), ("summary", None)))
    count = 0
    for e in entries:
        sources = f"{e['independent_sources']}/{len(e['sources'])}"
        table.add_row(_cell(e["date"]), _cell(e["type"]), _cell(e["mode"]), sources,
                      _cell(e["place"]), _cell(e["actors"][:2]), _cell(e["summary"]))
        count += 1
    console.print(table)
    return count


def events_table(console: Console, rows: Iterable[Mapping[str, Any]]) -> None:
    table = _table((("date", 10), ("type", 11), ("mode", 9), ("trigger", 12), ("actors", 20),
                    ("targets", 20), ("place", 14), ("article", 16)))
    for r in rows:
        table.add_row(_cell(r["date"]), _cell(r["type"]), _cell(r["mode"]), _cell(r["trigger"]),
                      _cell(r["actors"]), _cell(r["targets"]), _cell(r["place"]),
                      _cell(r["article_id"]))
    console.print(table)


def series_table(console: Console, series: Iterable[Mapping[str, Any]]) -> None:
    for s in series:
        console.print(f"[bold]{escape(s['what'])}[/bold] ({len(s['points'])} points)",
                      highlight=False)
        disputed = {i for d in s["disagreements"] for i in d["points"]}
        for i, p in enumerate(s["points"]):
            mark = "≠ " if i in disputed else "  "
            projected = " projected" if p["projected"] else ""
            who = p["claimant"] or p["outlet"] or "unattributed"
            console.print(f"  {mark}{p['as_of'] or ''}  {p['text']}  {p['what'] or ''}  — "
                          f"{who}{projected}  [{p['article_id']}]", highlight=False,
                          markup=False)
        for d in s["disagreements"]:
            console.print(f"  disagreement as of {d['as_of']}: "
                          + " vs ".join(s["points"][i]["text"] for i in d["points"]),
                          highlight=False, markup=False)


def simple_table(console: Console, rows: Iterable[Mapping[str, Any]],
                 columns: Iterable[tuple[str, int | None]]) -> None:
    columns = list(columns)
    table = _table(columns)
    for r in rows:
        table.add_row(*(_cell(r.get(name)) for name, _ in columns))
    console.print(table)


def brief_text(console: Console, brief: Mapping[str, Any]) -> None:
    console.print(brief["date"], highlight=False, markup=False)
    for n, line in enumerate(brief["sentences"], 1):
        cites = ", ".join(f"{c['outlet'] or c['article_id']} {c['start']}-{c['end']}"
                          for c in line["citations"])
        mode = "" if line["mode"] == "asserted" else f" ({line['mode']})"
        console.print(f"{n}. {line['sentence']}{mode} [{cites}]", highlight=False, markup=False)
