"""The HTML report: one self-contained file (no network) with the timeline, figure charts, a map
and the evidence of every statement.

Safety: the data sits in `<script type="application/json">` blocks, escaped so that no article
text can close the block (`<`, `>`, `&`, U+2028, U+2029 become \\u escapes), and is rendered
by the report's own script through DOM text only. A Content-Security-Policy meta tag allows
that one inline script and style by their SHA-256 hashes and nothing else: an inline script
that article text somehow smuggled in would not run, and nothing is fetched.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..fuse.query import Filters
from ..fuse.report_data import report_data

if TYPE_CHECKING:
    from ..store.sqlite import SQLiteStore

STATIC = Path(__file__).resolve().parents[1] / "api" / "web" / "static"
SCRIPTS = ("ui.js", "charts.js", "strip.js", "map.js", "evidence.js", "report.js")
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
                 "\u2029": "\\u2029"}


def script_json(data: Any) -> str:
    """JSON that is safe inside a <script> element: it can never close it or start markup."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return "".join(_JSON_ESCAPES.get(char, char) for char in text)


def csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _assets() -> tuple[str, str, str]:
    """The report's script, its style sheet and the base map (as JSON text)."""
    script = "\n".join((STATIC / "js" / name).read_text(encoding="utf-8") for name in SCRIPTS)
    style = (STATIC / "app.css").read_text(encoding="utf-8")
    basemap = (STATIC / "vendor" / "basemap.json").read_text(encoding="utf-8")
    return script, style, basemap


def render_html(data: dict[str, Any]) -> str:
    """The report page for `data` (as `report_data` builds it)."""
    script, style, basemap = _assets()
    for tag, text in (("script", script), ("style", style)):
        if f"</{tag}" in text.lower() or "<!--" in text:  # would end the element early
            raise ValueError(f"the report's {tag} must not contain </{tag} or <!--")
    policy = (f"default-src 'none'; script-src {csp_hash(script)}; style-src {csp_hash(style)}; "
              "img-src data:; base-uri 'none'; form-action 'none'")
    title = html.escape(data["title"])
    return (
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{html.escape(policy)}\">\n"
        "<meta name=\"referrer\" content=\"no-referrer\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<link rel=\"icon\" href=\"data:,\">\n"
        f"<title>{title}</title>\n<style>{style}</style>\n</head>\n<body>\n"
        f"<header class=\"top\"><h1>{title}</h1><nav aria-label=\"Sections\">"
        "<a href=\"#timeline\">Timeline</a><a href=\"#figures\">Figures</a>"
        "<a href=\"#map\">Places and actors</a></nav></header>\n"
        "<main id=\"main\"><noscript>This report needs JavaScript to draw its timeline, charts "
        "and map.</noscript></main>\n"
        "<footer class=\"bottom muted\">Made with dateline. Every statement links to the "
        "sentence it comes from.</footer>\n"
        f"<script type=\"application/json\" id=\"dateline-data\">{script_json(data)}</script>\n"
        "<script type=\"application/json\" id=\"dateline-basemap\">"
        f"{script_json(json.loads(basemap))}</script>\n"
        f"<script>{script}</script>\n</body>\n</html>\n")


def write_report(store: "SQLiteStore", filters: Filters, output: str | Path,
                 title: str | None = None, max_entries: int = 2000) -> dict[str, Any]:
    """Write the report for `filters` to `output`; returns what it holds and its size."""
    data = report_data(store, filters, max_entries=max_entries, title=title)
    page = render_html(data)
    path = Path(output)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(path)
    return {**data["counts"], "bytes": len(page.encode("utf-8"))}
