"""Lines that are not the article's own speech: photo captions with credits, labels, stamps.

Scraped news keeps picture captions ("... speaks to her lawyer. REUTERS/Jo Lee"), credit and
label lines ("Photograph: AP", "Graphic", "Thu 12 Mar 2031 14.05 GMT") and video timestamps
("0:45") between paragraphs. Nobody in them speaks, so they give no speaker, no antecedent for
"he said" and no frame.
"""

from __future__ import annotations

import re

# A credit closing a caption: "REUTERS/Jo Lee", "AFP via Getty Images", "Photo: Jo Lee". A news
# agency's bare name is a credit only where it stands apart from the sentence before it (after
# a sentence end, a bracket, a colon, a dash or a slash, or alone on its line): as the last
# word of a clause ("Elena Kovac told AFP.", "according to Reuters.") it is prose.
_CREDIT = re.compile(
    r"(?:\b[A-Z]{2,}(?:\s+[A-Z]{2,})*\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"|\b(?:Getty Images|Shutterstock|EPA-EFE|SWNS)"
    r"|(?:^|[.!?)(\[|:/;–—-]\s*|\s[-–—|]\s*)(?:AFP|Reuters|AP|PA)"
    r"|\b(?:Photo(?:graph)?|Image|Picture|Credit|Graphic|Video|Illustration)s?\s*:\s*[^.]{0,60})"
    r"\W{0,3}$")
# A line that is only a label, a date or a time stamp.
_LABEL = re.compile(
    r"^\W*(?:(?:Photo(?:graph)?|Image|Picture|Graphic|Video|Watch|Listen|Advertisement|Credit)s?"
    r"(?:\s*:.{0,60}|(?:\s+\S+){0,3}|\s+\d{1,2}:\d{2}\b.{0,60})"
    r"|\d{1,2}:\d{2}(?::\d{2})?\b.{0,60}|[A-Z]{2,}(?:\s*[•|/]\s*[A-Z]{2,})*\s*[•|].{0,200}"
    r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?(?:\s+\d[\s\d\w:.,]{0,40})?)\W*$")


def caption_lines(text: str) -> list[tuple[int, int]]:
    """[start, end) of the lines that are captions, credits, labels or time stamps."""
    out: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        stripped = line.strip()
        if stripped and (_LABEL.match(stripped) or (_CREDIT.search(stripped)
                                                     and not _ends_speech(stripped))):
            out.append((start, end))
        start = end + 1
    return out


def _ends_speech(line: str) -> bool:
    """A sentence that closes a quote or a speech verb is prose, even with a wire name in it."""
    return line.endswith(("”", '"', "said.", "says.", "told reporters.")) or "said" in line


def in_lines(lines: list[tuple[int, int]], at: int) -> bool:
    return any(s <= at < e for s, e in lines)
