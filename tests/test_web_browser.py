"""End-to-end: Debian's Chromium (through playwright) drives the web app and opens the report.

The store holds the demo corpus and the hostile fixtures (really annotated) plus the tiny
hand-annotated store's articles. Every page load fails the test if an injected script ran
(`window.__pwned`, the title), a dialog opened, an element carries an event-handler attribute
or a javascript: link, or anything was fetched from outside. Screenshots go to tests/artifacts/.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path
from typing import Any, Iterator

import pytest

import workbench_store

CHROMIUM = Path(os.environ.get("DATELINE_CHROMIUM", "/usr/bin/chromium"))
if not CHROMIUM.exists():
    pytest.skip(f"no Chromium at {CHROMIUM}: apt-get install -y chromium (or set "
                "DATELINE_CHROMIUM)", allow_module_level=True)
playwright_api = pytest.importorskip("playwright.sync_api",
                                     reason="pip install playwright (test extras)")

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
INERT = """() => ({
  pwned: typeof window.__pwned !== "undefined", title: document.title,
  handlers: document.querySelectorAll("[onerror],[onload],[onclick],[onmouseover]").length,
  scriptLinks: [...document.querySelectorAll("a[href]")].filter(
    (a) => !/^(https?:|#|file:)/i.test(a.getAttribute("href"))).length,
  injected: document.querySelectorAll("main img, main iframe, main object, main embed").length,
})"""


@pytest.fixture(scope="session")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from dateline.annotating import annotate_pending
    from dateline.config import Options
    from dateline.fuse.run import fuse_pending
    from dateline.pipeline import ingest
    from dateline.store.sqlite import SQLiteStore

    path = tmp_path_factory.mktemp("browser") / "web.db"
    options = Options(db=str(path), workers=1)
    with SQLiteStore(path) as store:
        ingest([ROOT / "demo" / "corpus", ROOT / "tests" / "fixtures" / "hostile"], store,
               options)
        annotate_pending(store, options)
        fuse_pending(store)
    return workbench_store.build(path)


@pytest.fixture(scope="session")
def base_url(db: Path) -> Iterator[str]:
    import socket

    import uvicorn

    from dateline.api.app import LOOPBACK_HOSTS, create_app

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db, allowed_hosts=LOOPBACK_HOSTS),
                                           host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        assert thread.is_alive(), "the app did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page that records dialogs, page errors and requests that leave the machine."""

    def __init__(self, browser: Any) -> None:
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.page.set_default_timeout(15000)
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.route("**/*", self._route)

    def _route(self, route: Any) -> None:
        url = route.request.url
        if url.startswith(("http://127.0.0.1:", "file://", "data:")):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def check_inert(self) -> None:
        state = self.page.evaluate(INERT)
        assert state == {"pwned": False, "title": state["title"], "handlers": 0,
                         "scriptLinks": 0, "injected": 0}, state
        assert state["title"] != "PWNED"
        assert self.dialogs == [] and self.outside == [] and self.errors == []

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


@pytest.fixture
def web(browser: Any) -> Iterator[Watched]:
    watched = Watched(browser)
    yield watched
    watched.page.close()


def open_view(web: Watched, url: str, ready: str) -> None:
    web.page.goto(url)
    web.page.wait_for_selector(ready)


def test_the_timeline_loads_and_an_entry_leads_to_its_highlighted_evidence(web, base_url):
    open_view(web, base_url + "/#/timeline", "article.entry")
    web.shot("timeline")
    assert web.page.locator("svg.strip rect.bar").count() > 0
    entry = web.page.locator("article.entry", has_text="denied that it ordered police").first
    assert entry.locator(".badge.mode").inner_text() == "denied"
    summary = entry.locator("q.summary").inner_text()
    entry.locator("a.evidence-link").click()
    web.page.wait_for_selector("mark#cited")
    assert web.page.url.split("#")[1].startswith("/evidence/")
    cited = web.page.locator("mark#cited").inner_text()
    assert cited == summary and cited.startswith("The Kharkiv city council denied")
    web.shot("evidence")
    web.check_inert()


def test_offsets_count_code_points_even_after_an_emoji(web, base_url):
    ids = workbench_store.ids()
    start, end = workbench_store.span(workbench_store.DENIAL,
                                      "Protesters said 40 people were injured")
    open_view(web, f"{base_url}/#/evidence/{ids['denial']}/{start}/{end}", "mark#cited")
    assert web.page.locator("mark#cited").inner_text() == "Protesters said 40 people were injured"
    text = web.page.locator(".article-text").inner_text()
    assert workbench_store.PWN in text and "${7*7}" in text
    web.check_inert()


def test_search_finds_events_and_articles(web, base_url):
    open_view(web, base_url + "/#/search", "form.filters")
    web.page.fill("input[name=q]", "tear gas")
    web.page.click("form.filters button[type=submit]")
    web.page.wait_for_selector("article.entry")
    assert web.page.locator("div.hit mark").count() > 0
    assert "q=tear+gas" in web.page.url
    web.shot("search")
    web.check_inert()


@pytest.mark.parametrize("route, ready", [
    ("#/map", "svg.map circle.place-dot"), ("#/entities", "p.entity-row"),
    ("#/figures", "section.series"), ("#/quotes", "blockquote.quote"),
    ("#/articles", "div.hit"), ("#/search?q=script", "div.hit"),
    ("#/search?q=window+pwned", "div.hit"), ("#/actor/Ihor%20Terekhov", ".entity-page"),
    ("#/timeline?mode=denied", "article.entry")])
def test_hostile_articles_stay_text_in_every_view(web, base_url, route, ready):
    open_view(web, f"{base_url}/{route}", ready)
    web.page.wait_for_timeout(200)
    assert web.page.locator(ready).count() > 0  # the view rendered its content
    web.check_inert()  # and nothing in it ran, opened, loaded or injected anything


def test_every_hostile_evidence_page_is_inert(web, base_url, db):
    from dateline.store.sqlite import SQLiteStore

    with SQLiteStore(db) as store:
        hostile = [a.id for a in store.iter_documents() if "hostile" in a.source_path
                   or a.source_path == "denial.txt"]
    assert len(hostile) >= 4
    for article_id in hostile:
        open_view(web, f"{base_url}/#/evidence/{article_id}", "section.evidence")
        assert web.page.locator(".url a").count() == 0 or web.page.locator(
            ".url a").get_attribute("href").startswith("http")
        web.check_inert()


def test_the_map_draws_the_base_map_and_lists_a_place_s_events(web, base_url):
    open_view(web, base_url + "/#/map", "svg.map circle.place-dot")
    assert web.page.locator("svg.map path.country").count() > 150
    web.page.locator("g.place[data-place=Kharkiv] circle").dispatch_event("click")
    web.page.wait_for_selector(".place-panel article.entry")
    web.shot("map")
    web.check_inert()


def test_figures_mark_disagreements(web, base_url):
    open_view(web, base_url + "/#/figures", "section.series")
    assert web.page.locator("circle.point.disputed").count() >= 2
    assert web.page.locator("rect.disagreement-band").count() >= 1
    web.shot("figures")
    web.check_inert()


def report_file(db: Path, name: str, extra: str = "") -> Path:
    from dateline.export.report import write_report
    from dateline.fuse.query import Filters
    from dateline.store.sqlite import SQLiteStore

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    out = ARTIFACTS / name
    with SQLiteStore(db) as store:
        write_report(store, Filters(), out, title="dateline demo report")
    if extra:
        out.write_text(out.read_text(encoding="utf-8").replace("</body>", extra + "</body>"),
                       encoding="utf-8")
    return out


def test_the_report_opens_offline_and_shows_evidence(web, db):
    path = report_file(db, "report.html")
    open_view(web, path.as_uri(), "article.entry")
    assert web.page.locator("section.series").count() > 0
    assert web.page.locator("svg.map path.country").count() > 150
    web.shot("report")
    entry = web.page.locator("article.entry", has_text="injured in Kharkiv").first
    assert entry.locator(".badge.mode").inner_text() == "claimed"
    entry.locator("a.evidence-link").click()
    web.page.wait_for_selector(".overlay mark#cited")
    assert web.page.locator(".overlay mark#cited").inner_text() == \
        "Protesters said 40 people were injured in Kharkiv on Saturday."
    web.shot("report-evidence")
    web.check_inert()
    web.page.keyboard.press("Escape")
    # the key's handler runs in the page's own turn: wait for its effect rather than sample it
    web.page.locator(".overlay").wait_for(state="hidden")


def test_the_report_csp_stops_a_script_that_broke_out(web, db):
    """Even if article text escaped its JSON block, the hash-only CSP would not run it."""
    path = report_file(db, "report-injected.html", "<script>window.__pwned = 99</script>"
                                                   "<img src=x onerror=\"window.__pwned=98\">")
    open_view(web, path.as_uri(), "article.entry")
    assert web.page.evaluate("typeof window.__pwned") == "undefined"
    assert web.dialogs == [] and web.outside == []
    # the control: without its CSP the same page does run the injected script
    page = path.read_text(encoding="utf-8")
    start = page.index("<meta http-equiv=\"Content-Security-Policy\"")
    bare = path.with_name("report-injected-no-csp.html")
    bare.write_text(page[:start] + page[page.index(">", start) + 1:], encoding="utf-8")
    open_view(web, bare.as_uri(), "article.entry")
    assert web.page.evaluate("window.__pwned") in (98, 99)


def test_docs_screenshots_can_be_refreshed(request):
    """Copy the artifacts shown in the README when DATELINE_DOCS_SCREENSHOTS=1."""
    if os.environ.get("DATELINE_DOCS_SCREENSHOTS") != "1":
        pytest.skip("set DATELINE_DOCS_SCREENSHOTS=1 to refresh docs/screenshots")
    docs = ROOT / "docs" / "screenshots"
    docs.mkdir(parents=True, exist_ok=True)
    for name in ("timeline", "map", "report-evidence"):
        shutil.copy(ARTIFACTS / f"{name}.png", docs / f"{name}.png")
        assert (docs / f"{name}.png").read_bytes() == (ARTIFACTS / f"{name}.png").read_bytes()
