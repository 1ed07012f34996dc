"""Analyst workbench commands: `dateline report` (one self-contained HTML file) and
`dateline serve` (the local web app and JSON API). Thin: parse options, call the library."""

from __future__ import annotations

import ipaddress
import os
import sys
from pathlib import Path
from typing import Optional

import typer

from .cli_fuse import DbOption, FromOption, ToOption, _date, _fail, open_store

EXIT_USAGE, EXIT_ERROR = 2, 3


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def report(db: str = DbOption, date_from: Optional[str] = FromOption,
           date_to: Optional[str] = ToOption,
           story: Optional[str] = typer.Option(None, "--story", help="Only this story."),
           output: Path = typer.Option(Path("report.html"), "-o", "--output",
                                       help="The HTML file to write."),
           title: Optional[str] = typer.Option(None, "--title", help="The report's title."),
           max_entries: int = typer.Option(2000, "--max-entries",
                                           help="At most this many timeline entries.")) -> None:
    """Write one self-contained HTML report (opens offline): timeline, figures, map, evidence."""
    from .export.report import write_report
    from .fuse.query import Filters
    from .fuse.views import NotFound

    filters = Filters(date_from=_date(date_from, "--from"), date_to=_date(date_to, "--to"),
                      story=story)
    with open_store(db) as store:
        try:
            summary = write_report(store, filters, output, title=title, max_entries=max_entries)
        except NotFound as error:
            _fail(f"--story: {error}", EXIT_USAGE)
        except OSError as error:
            _fail(f"{output}: cannot write the report: {error.strerror or error}", EXIT_ERROR)
    sys.stderr.write(f"wrote {output}: {summary['entries']} timeline entries, "
                     f"{summary['series']} figure series, {summary['places']} places, "
                     f"{summary['articles']} articles cited, {summary['bytes']:,} bytes\n")


def serve(db: str = DbOption,
          host: str = typer.Option("127.0.0.1", "--host", help="Interface to bind "
                                   "(loopback unless you mean to share it)."),
          port: int = typer.Option(8000, "--port", help="TCP port."),
          token: Optional[str] = typer.Option(None, "--token", envvar="DATELINE_TOKEN",
                                              help="Allow writes (POST /api/ingest) to clients "
                                              "that send `Authorization: Bearer <token>`.",
                                              show_envvar=True)) -> None:
    """Serve the web app (timeline, map, entities, figures, evidence, search) and JSON API."""
    import uvicorn

    from .api.app import LOOPBACK_HOSTS, create_app

    if not 0 < port < 65536:
        _fail(f"--port {port}: expected a port number from 1 to 65535.", EXIT_USAGE)
    open_store(db).close()  # a missing or broken store fails here, with the usual message
    if token is not None and len(token) < 16:
        _fail("--token: use at least 16 characters (e.g. `python -c 'import secrets; "
              "print(secrets.token_urlsafe())'`).", EXIT_USAGE)
    allowed = list(LOOPBACK_HOSTS) if _is_loopback(host) else None
    app = create_app(db, token=token, allowed_hosts=allowed)
    where = f"http://{'[' + host + ']' if ':' in host else host}:{port}/"
    mode = "writes allowed with the token" if token else "read-only"
    sys.stderr.write(f"serving {db} at {where} ({mode}); Ctrl-C stops\n")
    if not _is_loopback(host):
        sys.stderr.write("warning: listening beyond this machine; anyone who can reach "
                         f"{host}:{port} can read the store\n")
    uvicorn.run(app, host=host, port=port, log_level=os.environ.get("DATELINE_LOG", "warning"),
                server_header=False, proxy_headers=False)


def register(app: typer.Typer) -> None:
    """Add `report` and `serve` to the `dateline` command."""
    app.command("report")(report)
    app.command("serve")(serve)
