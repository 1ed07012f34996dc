"""The HTML report: self-contained, data escaped so article text cannot break out of its JSON
block, CSP that allows only the report's own inline script and style (by hash)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import workbench_store
from dateline.export.report import csp_hash, script_json, write_report
from dateline.fuse.query import Filters
from dateline.store.sqlite import SQLiteStore


class Page(HTMLParser):
    """The elements of a page, with the text of each <script> and <style>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.styles: list[str] = []
        self._in: tuple[str, dict[str, str | None]] | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._in = (tag, dict(attrs))
            if tag == "script":
                self.scripts.append((dict(attrs), ""))
            else:
                self.styles.append("")

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in and self._in[0] == "script":
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)
        elif self._in and self._in[0] == "style":
            self.styles[-1] += data


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Page]:
    folder = tmp_path_factory.mktemp("report")
    db = workbench_store.build(folder / "w.db")
    out = folder / "report.html"
    with SQLiteStore(db) as store:
        summary = write_report(store, Filters(), out, title="Kharkiv </title><script>x()</script>")
    assert summary["entries"] == 3 and summary["articles"] == 3
    text = out.read_text(encoding="utf-8")
    page = Page()
    page.feed(text)
    return text, page


@pytest.mark.parametrize("value", ["</script><script>alert(1)</script>", "<!-- x", "a & b",
                                   "\u2028\u2029", "]]>", "<img src=x onerror=alert(1)>"])
def test_script_json_cannot_close_its_element(value):
    text = script_json({"v": value})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == {"v": value}


def test_the_report_has_exactly_its_own_three_script_elements(report):
    _, page = report
    kinds = [attrs.get("type") for attrs, _ in page.scripts]
    assert kinds == ["application/json", "application/json", None]
    assert not any(attrs.get("src") for attrs, _ in page.scripts)
    names = {tag for tag, _ in page.tags}
    assert not names & {"img", "svg", "iframe", "object", "embed", "base", "form"}
    assert all(attrs["href"].startswith("#") for tag, attrs in page.tags if tag == "a")


def test_the_data_block_holds_the_hostile_text_intact(report):
    _, page = report
    data = json.loads(page.scripts[0][1])
    denial = data["articles"][workbench_store.ids()["denial"]]
    assert denial["title"] == workbench_store.HOSTILE_TITLE
    assert denial["url"] == workbench_store.HOSTILE_URL
    assert workbench_store.PWN in denial["text"]
    assert data["title"] == "Kharkiv </title><script>x()</script>"


def test_the_csp_allows_only_the_inline_script_and_style_by_hash(report):
    text, page = report
    policy = next(attrs["content"] for tag, attrs in page.tags
                  if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy")
    assert f"script-src {csp_hash(page.scripts[2][1])};" in policy
    assert f"style-src {csp_hash(page.styles[0])};" in policy
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy
    assert text.index("Content-Security-Policy") < text.index("<style>")


def test_the_report_is_self_contained(report):
    text, _ = report
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", text)
    assert "@import" not in text and "url(" not in text
    assert "<title>Kharkiv &lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;</title>" in text


def test_the_report_embeds_timeline_series_places_and_evidence(report):
    _, page = report
    data = json.loads(page.scripts[0][1])
    assert {e["mode"] for e in data["timeline"]} == {"asserted", "claimed", "denied"}
    assert data["series"][0]["disagreements"]
    assert data["places"][0]["name"] == "Kharkiv" and data["places"][0]["events"] == 3
    assert data["actors"][0]["name"] == "Ihor Terekhov"
    for entry in data["timeline"]:
        cited = entry["summary_source"]
        text = data["articles"][cited["article_id"]]["text"]
        assert text[cited["start"]:cited["end"]] == entry["summary"]
        for source in entry["sources"]:
            text = data["articles"][source["article_id"]]["text"]
            assert "Kharkiv" in text[source["start"]:source["end"]]
    basemap = json.loads(page.scripts[1][1])
    assert len(basemap["countries"]) > 150


def test_a_story_filter_on_a_store_without_stories_is_refused(tmp_path: Path):
    from dateline.fuse.views import NotFound

    db = workbench_store.build(tmp_path / "w.db")
    with SQLiteStore(db) as store, pytest.raises(NotFound):
        write_report(store, Filters(story="s1"), tmp_path / "r.html")
    assert not (tmp_path / "r.html").exists()
