"""Metadata read from labelled lines: title, authors, wire, outlet, dateline, publication date."""

from __future__ import annotations

import functools
import re
from datetime import date
from importlib import resources
from typing import Any, Mapping

from .boilerplate import Line, squash
from .dates import ParsedDate, in_future, parse_date
from .lines import ALSO_FROM, REPORTED_FROM, credited_authors, parse_byline, rule_label
from .words import NAME, WIRE_ALT, ends_sentence, split_names, wire_name, word_count

DATE_MARKER = re.compile(r"^\s*(?P<evidence>date\s+(?P<date>\d{4}-\d{2}-\d{2}))\b\s*(?P<rest>.*)$",
                         re.IGNORECASE | re.DOTALL)

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_CAPS = r"[A-Z][A-Z'’.\-]+"
_PLACE_PART = r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}"
DATELINE = re.compile(
    rf"^(?P<place>{_CAPS}(?:\s+{_CAPS}){{0,3}}(?:,\s*{_PLACE_PART}){{0,2}})"
    rf"(?:,?\s*(?P<date>{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?))?"
    rf"\s*(?:\((?P<agency>[^()]{{1,40}})\))?\s*(?:—|–|--|-)\s+(?=\S)")
# Capitalised words that open sentences with a dash but are not places.
_NOT_PLACES = frozenset({"NATO", "UN", "US", "EU", "UK", "WHO", "IMF", "FBI", "CIA", "OPEC",
                         "BREAKING", "UPDATE", "EXCLUSIVE", "WATCH", "LIVE", "ANALYSIS", "OPINION"})
# The agency's own staff at the scene, or a source speaking to it, marks agency copy.
_STAFF = re.compile(rf"(?:\b(?P<a>{WIRE_ALT})\s+(?:reporters?|journalists?|correspondents?|"
                    rf"photographers?|videographers?|staff)\s+(?:saw|witnessed|observed|heard|"
                    rf"counted|found|spoke|visited)\b|\btold\s+(?P<b>{WIRE_ALT})\b)")
# a word every _STAFF match holds: most paragraphs lack all of them, and this scan is cheap
# where _STAFF's leading alternatives are tried at every position
_STAFF_CUE = re.compile(r"\b(?:reporters?|journalists?|correspondents?|photographers?|"
                        r"videographers?|staff|told)\b")
_ORIGIN = re.compile(r"\b(?:appeared|published|ran)\s+(?:in|on|by|at)\s+(?P<outlet>[A-Z][^,;:]"
                     r"{1,60}?)(?:\s+on\s+\S.*|,.*|\s+and\s+.*)?\s*[.!]?\s*$")


def split_date_marker(first_line: str) -> tuple[str, str, str] | None:
    """" date 2022-02-27 Title..." -> ("date 2022-02-27", "2022-02-27", "Title...")."""
    match = DATE_MARKER.match(first_line)
    if not match:
        return None
    return match.group("evidence"), match.group("date"), match.group("rest").strip()


def looks_like_title(text: str) -> bool:
    """A headline: short, and not a finished sentence (a short question or exclamation may be)."""
    words = word_count(text)
    if not 1 <= words <= 30 or len(text) > 250:
        return False
    stripped = text.rstrip()
    if stripped.endswith(".") and not stripped.endswith("..."):
        return False
    if ends_sentence(stripped) and words > 20:
        return False
    return not stripped.endswith(":")


# Site furniture that a scrape may print above the headline.
_ABOVE_TITLE = frozenset({"breadcrumb", "share", "subscribe", "ad", "nav", "comments"})


def find_title(lines: list[Line], meta_title: str | None) -> int | None:
    """Index of the title line: the first line, after any breadcrumb or share bar, when it reads
    as a headline (or is the title the structured data gives)."""
    index = 0
    while index < min(len(lines) - 1, 3) and rule_label(lines[index].text) in _ABOVE_TITLE:
        index += 1
    if index >= len(lines):
        return None
    first = lines[index].text
    if meta_title:
        wanted = squash(meta_title).lower()
        got = squash(first).lower()
        return index if got == wanted or (len(got) > 10 and wanted.startswith(got)) else None
    following = lines[index + 1] if index + 1 < len(lines) else None
    if looks_like_title(first) and not (following and following.block == lines[index].block
                                        and following.text[:1].islower()):
        return index
    return None


def _unique(items: list[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item.strip(), None)
    return tuple(item for item in seen if item)


def find_authors(lines: list[Line], labels: dict[int, str]) -> tuple[str, ...]:
    """Authors from bylines and bare author lines; else reporters named at the story's end."""
    found: list[str] = []
    for index, label in sorted(labels.items()):
        text = lines[index].text
        if label == "byline":
            parsed = parse_byline(text)
            found.extend(parsed[0] if parsed else [])
        elif label == "author":
            found.extend(split_names(text))
    if found:
        return _unique(found)
    for index, label in sorted(labels.items()):
        match = REPORTED_FROM.match(lines[index].text) if label == "contributed" else None
        if match:
            found.extend(split_names(match.group("names")))
            first_sentence = match.group("rest").split(". ")[0]
            found.extend(m.group("name") for m in ALSO_FROM.finditer(first_sentence)
                         if re.fullmatch(NAME, m.group("name")))
    if found:
        return _unique(found)
    for index, label in sorted(labels.items()):
        if label == "credits":
            found.extend(credited_authors(lines[index].text))
    return _unique(found)


def find_wire(lines: list[Line], labels: dict[int, str], body: list[str],
              dateline_agency: str | None) -> str | None:
    """The agency whose copy this is: byline, dateline, a bare agency line, staff at the scene."""
    for index, label in sorted(labels.items()):
        if label == "byline":
            parsed = parse_byline(lines[index].text)
            if parsed and parsed[1]:
                return parsed[1]
    if dateline_agency and wire_name(dateline_agency):
        return wire_name(dateline_agency)
    for index, label in sorted(labels.items()):
        if label == "wire" and labels.get(index - 1) != "caption":
            return wire_name(lines[index].text)
    for paragraph in body:
        match = _STAFF.search(paragraph) if _STAFF_CUE.search(paragraph) else None
        if match:
            return wire_name(match.group("a") or match.group("b"))
    return None


def find_outlet(lines: list[Line], labels: dict[int, str]) -> str | None:
    """The outlet named by an "originally appeared in X" line; None when the text never says."""
    for index, label in sorted(labels.items()):
        if label == "origin":
            match = _ORIGIN.search(lines[index].text)
            if match and not wire_name(match.group("outlet")):
                return match.group("outlet").strip().rstrip(".")
    return None


def split_dateline(paragraph: str) -> tuple[str, str | None, str] | None:
    """"KHARKIV, Ukraine — As ..." -> ("KHARKIV, Ukraine", agency or None, "As ...")."""
    match = DATELINE.match(paragraph)
    if not match:
        return None
    place = match.group("place").strip().rstrip(",")
    if place.split(",")[0].strip() in _NOT_PLACES or len(place.split(",")[0].strip()) < 3:
        return None
    rest = paragraph[match.end():]
    if not rest[:1].isupper() and rest[:1] not in "\"“‘'":
        return None
    return place, match.group("agency"), rest


# Country domains of places that write dates day first; a dump row from such an outlet reads
# "05/06/2023" as 5 June. Everything else (.com, .org, no hint at all) gets the US reading.
_DAY_FIRST_DOMAIN = re.compile(
    r"(?:^|[.@])[\w-]+\.(?:(?:co|com|org|net|gov|ac)\.)?(?:uk|ie|au|nz|za|in|pk|ng|ke|gh|sg|my|"
    r"hk|de|at|ch|fr|be|nl|lu|es|pt|it|gr|pl|cz|sk|hu|ro|bg|hr|si|rs|dk|no|se|fi|is|ee|lv|lt|"
    r"ua|ru|tr|il|br|ar|cl|co|pe|uy|mx|eu)(?::\d+)?(?:/|$)", re.IGNORECASE)


def prefers_day_first(meta: Mapping[str, Any]) -> bool:
    """True when the outlet's own address says it writes dates day first (see _DAY_FIRST_DOMAIN)."""
    for key in ("url", "hostname", "outlet"):
        value = str(meta.get(key) or "").strip()
        host = re.sub(r"^[a-z]+://", "", value, flags=re.IGNORECASE).split("/", 1)[0]
        if host and " " not in host and _DAY_FIRST_DOMAIN.search(host + "/"):
            return True
    return False


def find_published(lines: list[Line], labels: dict[int, str], marker: tuple[str, str] | None,
                   meta: Mapping[str, Any], today: date | None = None
                   ) -> tuple[ParsedDate | None, str | None]:
    """The publication date: structured meta first, then the date marker, then dated lines.
    Dates after `today` (None: the clock) are refused."""
    note = None
    day_first = prefers_day_first(meta)
    value = meta.get("published")
    if value and str(value).strip().lower() not in ("none", "null", "nan", "n/a"):
        parsed = parse_date(str(value), evidence=str(value), day_first=day_first, today=today)
        if parsed:
            return parsed, None
        future = in_future(str(value), day_first=day_first, today=today)
        note = f"{'date in the future' if future else 'unparseable date'} {str(value)!r}"
    if marker:
        parsed = parse_date(marker[1], evidence=marker[0], today=today)
        if parsed:
            return parsed, None
    for index, label in sorted(labels.items()):
        if label == "published" and "updated" not in lines[index].text.lower():
            parsed = parse_date(lines[index].text, day_first=day_first, today=today)
            if parsed:
                return parsed, None
    for index, label in sorted(labels.items()):
        if label == "published":
            parsed = parse_date(lines[index].text, day_first=day_first, today=today)
            if parsed:
                return parsed, None
    return None, note


# second-level labels under which a country code domain registers names: bbc.co.uk, abc.net.au
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go"})
_HOST = re.compile(r"^(?:[a-z][a-z0-9+.\-]*://)?(?:[^@/]*@)?([a-z0-9.\-]+\.[a-z]{2,})"
                   r"(?::\d+)?(?:[/?#]|$)", re.IGNORECASE)


def host_of(value: str | None) -> str | None:
    """The host a URL or a bare domain names, lowercase: "https://www.bbc.co.uk/x" ->
    "www.bbc.co.uk"; None for anything else ("Valley Courier")."""
    match = _HOST.match((value or "").strip())
    return match.group(1).lower().rstrip(".") if match else None


def registrable_domain(host: str) -> str:
    """The name a host is registered under: "www.dailymail.co.uk" -> "dailymail.co.uk"."""
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


@functools.lru_cache(maxsize=1)
def outlet_table() -> dict[str, str]:
    """data/outlets.tsv: domain -> the outlet's usual name."""
    text = resources.files("dateline").joinpath("data", "outlets.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#"))
    return {row[0].strip().lower(): row[1].strip() for row in rows if len(row) > 1}


def outlet_for(outlet: str | None, url: str | None) -> str | None:
    """The outlet's name: as given unless it is a bare domain; else from the URL's domain,
    through the table of news sites, or the registrable domain itself ("example.co.uk")."""
    given = (outlet or "").strip()
    host = host_of(given) if given and " " not in given else None
    if given and host is None:
        return given
    host = host or host_of(url)
    if host is None:
        return None
    table = outlet_table()
    domain = registrable_domain(host)
    bare = host[4:] if host.startswith("www.") else host
    return table.get(bare) or table.get(domain) or domain
