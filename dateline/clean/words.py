"""Words in lines: wire services, personal names, sentence ends and word counts."""

from __future__ import annotations

import re

# (normalised name, acronyms matched case-sensitively, names matched case-insensitively)
WIRES: tuple[tuple[str, str, str], ...] = (
    ("Associated Press", "AP", r"(?:the\s+)?associated\s+press"),
    ("Reuters", "", r"(?:thomson\s+)?reuters"),
    ("AFP", "AFP", r"agence\s+france[\s-]presse"),
    ("Bloomberg", "", r"bloomberg(?:\s+news)?"),
    ("dpa", "DPA|dpa", r"deutsche\s+presse[\s-]agentur"),
    ("Press Association", "PA|PA Media", r"press\s+association"),
    ("Xinhua", "", r"xinhua(?:\s+news\s+agency)?"),
    ("Anadolu Agency", "", r"anadolu(?:\s+agency)?"),
    ("UPI", "UPI", r"united\s+press\s+international"),
    ("EFE", "EFE", r"agencia\s+efe"),
    ("ANSA", "ANSA", r"ansa"),
    ("Kyodo", "", r"kyodo(?:\s+news)?"),
    ("Yonhap", "", r"yonhap(?:\s+news\s+agency)?"),
    ("Canadian Press", "CP", r"(?:the\s+)?canadian\s+press"),
    ("Australian Associated Press", "AAP", r"australian\s+associated\s+press"),
    ("PTI", "PTI", r"press\s+trust\s+of\s+india"),
    ("IANS", "IANS", r"indo-asian\s+news\s+service"),
    ("TASS", "TASS", r"tass"),
    ("Interfax", "", r"interfax"),
)


def _wire_regex(acronyms: str, names: str) -> str:
    alts = [f"(?-i:{a})" for a in acronyms.split("|") if a] + [names]
    return "(?i:" + "|".join(alts) + ")"


_WIRE_RES = [(name, _wire_regex(acr, pat)) for name, acr, pat in WIRES]
WIRE_ALT = "(?:" + "|".join(regex for _, regex in _WIRE_RES) + ")"
_WIRE_FULL = [(name, re.compile(rf"^{regex}$")) for name, regex in _WIRE_RES]


def wire_name(text: str) -> str | None:
    """The normalised agency name if `text` is exactly an agency name, else None."""
    cleaned = text.strip().strip(".:;,()[]|—–-").strip()
    for name, pattern in _WIRE_FULL:
        if pattern.match(cleaned):
            return name
    return None


_TERMINAL = re.compile(r"[.!?…](?:[\"'”’)\]]+)?\s*$|[\"”]\s*$")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def ends_sentence(text: str) -> bool:
    return bool(_TERMINAL.search(text.rstrip()))


def is_prose(text: str, min_words: int = 6) -> bool:
    """A line that reads like running text: enough words and a sentence end."""
    return word_count(text) >= min_words and ends_sentence(text)


_NAME_TOKEN = r"(?:[A-Z][a-zA-Z'’\-]+|[A-Z]\.|Mc[A-Z][a-z]+|de|van|von|da|del|al|bin|el|la|le)"
NAME = rf"(?:[A-Z][a-zA-Z'’\-]+\.?|[A-Z]\.)(?:\s+{_NAME_TOKEN}){{0,3}}"
# Words that make a capitalised phrase an organisation rather than a person.
_NOT_PERSON = frozenset({"Times", "Post", "News", "Journal", "Herald", "Tribune", "Guardian",
                         "Telegraph", "Press", "Daily", "Review", "Gazette", "Express", "Mail",
                         "Independent", "Agency", "Network", "Channel", "Media", "Online",
                         "Magazine", "Staff", "Reporter", "Correspondent", "Editor", "Writer",
                         "Desk", "Team", "Service", "Bureau", "Monday", "Tuesday", "Wednesday",
                         "Thursday", "Friday", "Saturday", "Sunday", "Updated", "Published",
                         "Sentinel", "Observer", "Chronicle", "Ledger", "Record", "Courier",
                         "Dispatch", "Standard", "Globe", "Examiner", "Inquirer", "Bulletin",
                         "Register", "Enquirer", "Monitor", "Advertiser", "Argus", "Mercury",
                         "Weekly", "Radio", "Television", "TV", "Wire", "Digital"})


def split_names(text: str) -> list[str]:
    """"Jane Doe, Al Roe and Ann Lee" -> three names; [] unless the whole text is names."""
    text = text.strip().rstrip(".,;")
    if not text:
        return []
    parts = [p.strip() for p in re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", text) if p.strip()]
    names: list[str] = []
    for part in parts:
        if part.isupper() and len(part) > 3:
            part = part.title()
        if not re.fullmatch(NAME, part) or word_count(part) > 4 or part.startswith("The ") \
                or _NOT_PERSON & set(part.split()):
            return []
        names.append(part)
    return names


def is_name_line(text: str) -> bool:
    """A bare author line: one to three personal names, nothing else."""
    names = split_names(text)
    return bool(names) and len(names) <= 3 and all(1 < word_count(n) <= 4 for n in names) \
        and wire_name(text) is None


def rx(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(pattern, flags)
