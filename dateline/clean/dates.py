"""Publication dates: strict parsing of date strings as found, with the precision they support."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from email.utils import parsedate_to_datetime

# free-form dates are read as English, as the annotation pipeline reads the text: left to
# detect the language, dateparser first compiles every one of its 200 locales (2 CPU-seconds
# on the first date of each run)
DATE_LANGUAGES = ("en",)
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
# Unix time in seconds (9-10 digits) or milliseconds (12-13 digits), as dumps and APIs store it.
_EPOCH = re.compile(r"^\s*(\d{9,10}|\d{12,13})(?:\.\d+)?\s*$")
# RFC 2822 (feeds, e-mail, HTTP): "Tue, 07 Mar 2023 16:20:00 +0000".
_RFC2822 = re.compile(r"^\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}"
                      r"(?::\d{2})?\s*(?:[+-]\d{4}|[A-Z]{1,5})?\s*$")
# All-numeric dates: "03/04/2023 14:05", "25.04.2023", "5-6-23 9:10 pm".
_NUMERIC = re.compile(r"^\s*(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
                      r"(?:(?:\s+|,\s*|T)(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?:[:.]\d{2})?"
                      r"\s*(?P<ampm>[ap]\.?m\.?)?)?\s*(?:utc|gmt|z|[+-]\d{2}:?\d{2})?\s*$",
                      re.IGNORECASE)
# A print-edition page reference after the date: "Tuesday, February 7, 2017; Page B03".
_PRINT_PAGE = re.compile(r"\s*[;,|]\s*(?:page|p\.|pg\.?|section)\s*[A-Z]?\d+[A-Z]?\s*$",
                         re.IGNORECASE)
# A date after this much past the present moment is a mistake in the data, not a publication date.
FUTURE_SLACK = timedelta(days=1)
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
            year, month, day = (int(part) for part in match.groups())
            return datetime(year, month, day), False
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


def _epoch(text: str) -> tuple[datetime, bool] | None:
    match = _EPOCH.match(text)
    if not match:
        return None
    number = int(match.group(1))
    seconds = number / 1000 if len(match.group(1)) > 10 else number
    moment = datetime.fromtimestamp(seconds, UTC).replace(tzinfo=None)
    return (moment, True) if moment.year >= 1990 else None


def _rfc2822(text: str) -> tuple[datetime, bool] | None:
    if not _RFC2822.match(text):
        return None
    try:
        # the clock time as written, like ISO stamps: the offset is not part of the stored string
        return parsedate_to_datetime(text).replace(tzinfo=None), True
    except (TypeError, ValueError):
        return None


def _numeric(text: str, day_first: bool) -> tuple[datetime, bool] | None:
    """An all-numeric date. Which number is the month is decided, in this order, by: a number
    over 12 (it must be the day), dots as separators (a European habit: day first), then the
    caller's hint (a non-US outlet), and finally the US reading, month first."""
    match = _NUMERIC.match(text)
    if not match:
        return None
    a, b = int(match.group("a")), int(match.group("b"))
    year = int(match.group("y"))
    year += 2000 if year < 100 and len(match.group("y")) == 2 else 0
    if a > 12 and b > 12:
        return None
    first_is_day = a > 12 or (b <= 12 and (match.group("sep") == "." or day_first))
    day, month = (a, b) if first_is_day else (b, a)
    hour = int(match.group("h") or 0)
    minute = int(match.group("mi") or 0)
    ampm = (match.group("ampm") or "").lower()[:1]
    if ampm == "p" and hour < 12:
        hour += 12
    elif ampm == "a" and hour == 12:
        hour = 0
    try:
        return datetime(year, month, day, hour, minute), match.group("h") is not None
    except ValueError:
        return None


def _in_future(iso_text: str, today: date | None) -> bool:
    now = datetime.now(UTC).replace(tzinfo=None) if today is None \
        else datetime.combine(today, time(23, 59))
    limit = now + FUTURE_SLACK
    return iso_text > limit.strftime("%Y-%m-%dT%H:%M")[:len(iso_text)]


def parse_date(value: str | None, evidence: str | None = None,
               day_first: bool = False, today: date | None = None) -> ParsedDate | None:
    """Parse a date string strictly; None for junk, relative phrases, strings without a year and
    dates in the future. `day_first` reads an ambiguous "03/04/2023" as 3 April; `today` is
    the day taken as the present (None: the clock)."""
    parsed = _parse_date(value, evidence, day_first)
    return None if parsed is None or _in_future(parsed.iso, today) else parsed


def in_future(value: str, day_first: bool = False, today: date | None = None) -> bool:
    """True when `value` reads as a date later than `today` (and so was rejected)."""
    parsed = _parse_date(value, None, day_first)
    return parsed is not None and _in_future(parsed.iso, today)


def _parse_date(value: str | None, evidence: str | None, day_first: bool) -> ParsedDate | None:
    if not value or not value.strip():
        return None
    text = _PRINT_PAGE.sub("", _LABEL.sub("", value.strip(), count=1)).strip()
    source = evidence if evidence is not None else value.strip()
    for reader in (_epoch, _rfc2822):
        found = reader(text)
        if found is not None:
            iso_text, precision = _iso(*found)
            return ParsedDate(iso_text, precision, source)
    numeric = _numeric(text, day_first)
    if numeric is not None:
        iso_text, precision = _iso(*numeric)
        return ParsedDate(iso_text, precision, source)
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

        moment = dateparser.parse(text, languages=list(DATE_LANGUAGES), settings=_SETTINGS)
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
