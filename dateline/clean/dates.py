"""Publication dates: strict parsing of date strings as found, with the precision they support."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

_SETTINGS = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False,
             "STRICT_PARSING": True}
# A real publication date names its year; without one dateparser happily turns words such as
# "today" or "2 hours ago" into the current date, which would be an invented fact.
_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
_ISO_STAMP = re.compile(r"^\s*\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?"
                        r"(Z|[+-]\d{2}:?\d{2})?\s*$")
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAME = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
               r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_MONTH_YEAR = re.compile(rf"^(?:(?P<month>{_MONTH_NAME})\.?,?\s+(?P<year>\d{{4}})|"
                         rf"(?P<y2>\d{{4}})-(?P<m2>\d{{2}}))$", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(ago|today|yesterday|tomorrow|now|last|next)\b", re.IGNORECASE)
_LABEL = re.compile(r"^\s*(?:published|posted|updated|last updated|first published|date|"
                    r"dated|on)\s*(?:on|at)?\s*[:\-–—]?\s*", re.IGNORECASE)


@dataclass(frozen=True)
class ParsedDate:
    """An ISO date string with its precision and the source string it came from."""

    iso: str
    precision: str
    evidence: str


def _iso(moment: datetime, with_time: bool) -> tuple[str, str]:
    if with_time:
        return moment.strftime("%Y-%m-%dT%H:%M"), "minute"
    return moment.strftime("%Y-%m-%d"), "day"


def _parse_iso(value: str) -> tuple[datetime, bool] | None:
    match = _ISO_DATE.match(value)
    if match:
        try:
            return datetime(*(int(part) for part in match.groups())), False
        except ValueError:
            return None
    if _ISO_STAMP.match(value):
        try:
            stamp = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
        # keep the clock time as written; the offset is not part of the stored string
        return stamp.replace(tzinfo=None), True
    return None


def _month_only(text: str) -> tuple[str, str] | None:
    match = _MONTH_YEAR.match(text)
    if not match:
        return None
    if match.group("y2"):
        year, month = int(match.group("y2")), int(match.group("m2"))
    else:
        year = int(match.group("year"))
        month = _MONTHS.index(match.group("month")[:3].lower()) + 1
    return (f"{year:04d}-{month:02d}", "month") if 1 <= month <= 12 else None


def parse_date(value: str | None, evidence: str | None = None) -> ParsedDate | None:
    """Parse a date string strictly; None for junk, relative phrases or strings without a year."""
    if not value or not value.strip():
        return None
    text = _LABEL.sub("", value.strip(), count=1).strip()
    source = evidence if evidence is not None else value.strip()
    iso = _parse_iso(text)
    if iso is not None:
        iso_text, precision = _iso(*iso)
        return ParsedDate(iso_text, precision, source)
    if not _YEAR.search(text) or _RELATIVE.search(text) or len(text) > 80:
        return None
    month = _month_only(text)
    if month:
        return ParsedDate(month[0], month[1], source)
    try:
        import dateparser  # imported lazily: slow to import, and only needed for free-form dates

        moment = dateparser.parse(text, settings=_SETTINGS)
    except Exception:  # dateparser raises assorted errors on odd input; junk is simply no date
        return None
    if moment is None or not 1900 <= moment.year <= 2100:
        return None
    iso_text, precision = _iso(moment, bool(_TIME.search(text)))
    return ParsedDate(iso_text, precision, source)


def looks_like_date_line(line: str) -> bool:
    """A short line that is nothing but a (possibly labelled) date, e.g. "Feb 25, 2022 10:00"."""
    stripped = line.strip()
    return (0 < len(stripped) <= 60 and len(stripped.split()) <= 9 and bool(_YEAR.search(stripped))
            and not stripped.endswith((".", "?", "!")) or bool(_ISO_STAMP.match(stripped)))
