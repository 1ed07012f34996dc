"""Line shapes: the regular expressions and small predicates that cleaning rules are built from."""

from __future__ import annotations

import re

from .words import NAME, WIRE_ALT, ends_sentence, is_prose, rx, split_names, wire_name, word_count


_SEP = r"(?:\.\.\.|…|:|\||–|—|-|>|»)"
_WHEN = (r"(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
         r"today|yesterday)")

# Whole-line rules, checked in order; the label says why a line went.
LINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ad", rx(r"^\s*(advertising|advertisement|ad|ads|sponsored( content)?|paid content|"
              r"story continues( below)?( advertisement)?|continue reading( below)?|skip ad|"
              r"article continues below( this (ad|advertisement))?)\s*[.:…]*\s*$")),
    ("teaser", rx(rf"^\s*(also read|read also|read more|see also|related|related story|"
                  rf"related article|watch|watch now|listen|must read|click here|tap here|"
                  rf"don'?t miss|more)\s*({_SEP}\s*(\S.{{0,160}})?)?\s*$")),
    ("teaser", rx(r"^\s*(click|tap|press) here\b.{0,160}$")),
    ("nav", rx(r"^\s*(skip (to )?(main |the )?(content|navigation|article)|skip navigation|"
               r"jump to (main )?content|toggle navigation|open menu|close menu|main menu|menu|"
               r"search|back to top|go to top|print|print this (page|article|story)|"
               r"listen to (this )?(article|story)|font size|text size|a\s?a\s?a)\s*[.:]?\s*$")),
    # a player's fallback text: "Your browser does not support iframes." / "... the video tag"
    ("player", rx(r"^\s*(your|this) (web )?browser (does not|doesn'?t|cannot|can'?t) "
                  r"(support|play|display)\b.{0,120}$")),
    # comment-section furniture: moderation notes, browser hints, closed threads
    ("comments", rx(r"^.{0,120}\b(comments?|views) expressed .{0,60}\b(do not|don'?t|does not) "
                    r"(necessarily )?(represent|reflect)\b.*$|"
                    r"^\s*we welcome (your )?(comments|a lively|discussion|readers)\b.*$|"
                    r"^.{0,80}\b(discussion|comment thread|comments( section)?) (is|are|has "
                    r"been|have been) (now )?closed\b.*$|"
                    r"^.{0,60}\bcomments (are|will be|may be) (not )?(pre-?screened|moderated|"
                    r"reviewed)\b.*$|"
                    r"^.{0,80}\banything you post may be used\b.*$|"
                    r"^.{0,80}\bsettings may be preventing you from commenting\b.*$|"
                    r"^\s*(see|follow) (the )?instructions (for|to) fix(ing)? (the|this) "
                    r"problem\b.*$|"
                    r"^.{0,40}\byour comments? (may|will) be (published|edited)\b.*$|"
                    r"^\s*(view|read|see|show|load) (all )?(the )?\d*\s*comments?\b.{0,40}$|"
                    r"^\s*(leave|post|add|write) a (comment|reply)\b.{0,80}$|"
                    r"^\s*comments?\s*[(\[]?\d+[)\]]?\s*$|"
                    r"^.{0,80}\b(may|will|reserves? the right to) edit (your )?comments?\b.*$|"
                    r"^.{0,80}\bwelcomes? a lively\b.*$|"
                    r"^.{0,80}\b(not involved in the moderation|retain editorial control over)"
                    r"\b.*$")),
    # a newsletter form's messages, scraped with the page
    ("subscribe", rx(r"^\s*(invalid email address|please re-?enter|you must select a "
                     r"newsletter|please verify you'?re not a robot|thank you for subscribing|"
                     r"an error has occurred|please try again later|view all .{0,40}"
                     r"newsletters)\b.{0,120}$")),
    # a video gallery's captions run into one line behind its player's buttons
    ("gallery", rx(r"^\s*skip in skip x embed x share\b.*$")),
    # a sign-up form run into one line of its own, however long: it opens as a form and
    # carries the form's error messages (a one-line article with a form inside stays)
    ("form", rx(r"^\s*(newsletter sign up|continue reading the main story|sign up|"
                r"please verify you'?re not a robot)\b"
                r"(?=.*\bplease verify you'?re not a robot\b)(?=.*\binvalid email "
                r"address\b).*$")),
    ("subscribe", rx(r"^.{0,100}\b(delivered (straight |directly )?to your inbox|"
                     r"(sign|signing) up (for|to) (our|the) .{0,40}newsletters?)\b.{0,100}$")),
    ("contact", rx(r"^\s*(have|got) a (news )?tip\b.{0,160}$|"
                   r"^\s*(send (us )?(a |your )?(news )?tips?|send us an? e-?mail|"
                   r"contact (us|the (author|reporter|writer|newsroom))|"
                   r"e-?mail (us|the (author|reporter|writer|newsroom)))\b"
                   r".{0,120}$|"
                   r"^\s*(report an? (error|typo|correction)|spotted an error)\b.{0,80}$")),
    # "Home > News > Culture": a trail of short links; each step is a few words at most
    ("breadcrumb", rx(r"^\s*[^\s>›»][^>›»]{0,40}(\s[>›»]\s+[^>›»]{1,40}){1,6}\s*$")),
    ("reading-time", rx(r"^\s*[·•|\-]?\s*\d+\s*(-\s*\d+\s*)?(min|mins|minute|minutes)\.?\s+"
                        r"(read|reading|listen)\s*$")),
    ("published", rx(rf"^\s*(published|posted|updated|last updated|first published|"
                     rf"last modified|modified)\b\s*(((on|at|by)\b|[:\-–—])\s*.{{0,60}}|"
                     rf"\s*(?={_WHEN}).{{0,60}})?$")),
    ("subscribe", rx(r"^\s*(subscribe|sign up|sign in|log in|login|already a subscriber|"
                     r"get (our|the) .{0,40}newsletter|newsletter|support our journalism|"
                     r"become a member|create a free account|follow us|download (our|the) "
                     r"app)\b.{0,160}$")),
    ("share", rx(r"^\s*(share|share this( article| story)?|tweet|email|print|comments?|"
                 r"share (on|via) .{1,40}|view comments|leave a comment)\s*[:.]?\s*$")),
    ("copyright", rx(r"^\s*(©|\(c\)|copyright\b|all rights reserved).{0,200}$")),
    ("tags", rx(r"^\s*(tags|topics|filed under|categories|keywords)\s*:.{0,200}$")),
    ("photo-credit", rx(r"^\s*[\[(]?\s*((photo|photograph|photos|image|images|picture|"
                        r"pictures|credit|video|file photo)\s*(:|by\b)|image (source|caption)"
                        r"\s*[,:]).{0,200}$")),
    ("origin", rx(r"^\s*(this|the) (story|article|report|piece|post) (originally )?"
                  r"(first )?(appeared|was (originally |first )?published|ran|was published)"
                  r"\b.{0,120}$")),
    ("credits", rx(r"^\s*\(?\s*(additional reporting|reporting|writing|editing|edited|"
                   r"compiled|contributing|graphics|produced)\s+by\b.{0,300}$")),
    ("contributed", rx(r"^.{0,200}\b(contributed (to )?(this|the) (report|story|article)|"
                       r"contributed reporting)\b.{0,100}$")),
    ("end-marker", rx(r"^\s*(\(?(end|ends|###|-30-|\*\*\*)\)?)\s*$")),
    # a list heading in capitals with its headlines run into one line ("MOST READ IN NEWS
    # IT'S OFFICIAL Irn-Bru switch to ... SIN CITY How ..."): capitals, not a sentence's "Most"
    ("end-list", re.compile(r"^\s*(MOST (READ|POPULAR|VIEWED|SHARED)|TRENDING|RECOMMENDED|"
                            r"RELATED (STORIES|ARTICLES)|MORE (STORIES|FROM [A-Z]))\b"
                            r"(\s+(IN|ON)\s+[A-Z][A-Z&'’ ]{0,30}\b)?.*$")),
    # the same in title case when a headline runs on at once ("Related stories OH NO, MO Moeen
    # ..."): a sentence that opens "Related stories have ..." goes on in lower case
    ("end-list", re.compile(r"^\s*(?i:related (stories|articles|coverage|content)|"
                            r"recommended (stories|for you)|you (may|might) also like|"
                            r"more stories|read next)(?-i:\s+['‘\"“]?[A-Z]).*$")),
)

_BYLINE = rx(r"^\s*(?:by|words by|written by|story by|report by)\s*:?\s+(?P<rest>\S.{0,150})$")
_ROLE = rx(r"\b(staff|senior|chief|special|political|foreign|white house|diplomatic|"
           r"correspondents?|writers?|reporters?|editors?|columnists?|contributors?|"
           r"for|in|at)\b.*$")


_ORGANISATION = re.compile(r"^(?:The\s+)?[A-Z][\w&'’.\-]*"
                           r"(?:\s+(?:of\s+|the\s+)?[A-Z][\w&'’.\-]*){0,5}$")
_TRAILING_WIRE = re.compile(rf"^(?P<names>.*?\S)\s*[,|/—–-]?\s+(?P<wire>{WIRE_ALT})\s*$")


def parse_byline(line: str) -> tuple[list[str], str | None] | None:
    """"By Jane Doe and Al Roe, Reuters" -> (["Jane Doe", "Al Roe"], "Reuters"), else None."""
    match = _BYLINE.match(line)
    if not match or ends_sentence(line) and word_count(line) > 12:
        return None
    rest = match.group("rest").strip()
    wire = wire_name(rest)
    if wire:
        return [], wire
    trailing = _TRAILING_WIRE.match(rest)
    if trailing and split_names(trailing.group("names")):
        # "By JANE DOE and AL ROE Associated Press": the agency follows without a separator
        return split_names(trailing.group("names")), wire_name(trailing.group("wire"))
    parts = [p.strip() for p in re.split(r"\s*(?:[|/—–]|\s-\s)\s*|,\s*(?=[^,]*$)", rest)
             if p and p.strip()]
    names: list[str] = []
    for number, part in enumerate(parts):
        if wire_name(part):
            wire = wire_name(part)
            continue
        if _ROLE.match(part):
            continue
        found = split_names(part) or split_names(_ROLE.sub("", part))
        if not found and number > 0 and names and _ORGANISATION.match(part):
            continue  # "By Jane Doe | The Lakeshore Sentinel": the outlet, not a person
        if not found or any(word_count(name) < 2 for name in found):
            return None
        names.extend(found)
    return (names, wire) if names or wire else None


# Headings after which everything to the end is a list of other stories.
END_HEADING = rx(r"^\s*(recommended( stories| for you| articles| reading| videos)?|"
                 r"related( stories| articles| coverage| content| news| links| topics)?|"
                 r"more (from|on|about|stories|news|to read|in)\b.{0,60}|"
                 r"(most|top) (read|popular|viewed|shared|stories)|trending( now| stories)?|"
                 r"you (may|might) (also )?like|read next|up next|what to read next|"
                 r"latest (news|stories)|editor'?s picks|in other news|around the web|"
                 r"from (our|the) (partners|network)|promoted stories|"
                 r"(more|other) stories)\s*[:.…]*\s*$")
BULLET = rx(r"^\s*[•·▪►»■●◦\-–*]\s+\S")

# "Doe reported from Kyiv and Roe from Mexico City." -- reporters named at the story's end.
REPORTED_FROM = re.compile(
    rf"^\s*(?P<names>{NAME}(?:\s*(?:,|\band\b)\s*{NAME})*)\s+reported\s+(?:from|in)\s+"
    rf"(?P<rest>.{{0,200}})$")
ALSO_FROM = re.compile(rf"\b(?:and|,)\s+(?P<name>{NAME})\s+(?:from|in)\s+[A-Z]")

# Photo credits ending a caption: "(Jane Doe / Agency)", "(AP Photo/Jane Doe)", " — AP",
# "Photograph: Jane Doe/Getty Images", "[Reuters]".
CREDIT_TAIL = re.compile(
    r"(\([^()]{1,80}\s/\s[^()]{1,80}\)\s*$|"
    r"\(\s*(?:AP|AFP|Reuters|Getty Images|EPA|Xinhua|File|Handout)(?:\s+Photo)?[^()]{0,60}\)\s*$|"
    r"\[\s*[^\[\]]{1,60}\]\s*$|"
    r"\s[—–-]{1,2}\s*(?:AP|AFP|Reuters|EPA|Getty Images|Xinhua|File photo|AP Photo[^.]{0,40}|"
    r"(?:Photo|Photograph|Image)\b[^.]{0,60})\s*$|"
    r"\b(?:Photograph|Photo|Image|Credit|Photo credit)\s*:\s*[^.]{1,80}$|"
    r"\b(?:Photo|Photograph|Picture|Image|Video)s?\s+(?:by|courtesy(?:\s+of)?)\s+[^.]{1,80}$|"
    r"\s/\s?(?:Getty(?: Images)?|AFP|AP|Reuters|EPA|Shutterstock|Alamy|Bloomberg)\s*\)?\s*$)")


# "Reporting by A and B; Writing by C; Editing by D": who reported and wrote the story.
CREDIT_AUTHORS = rx(r"(?:^|;|\(|\.)\s*(?:reporting|reported|writing|written)\s+by\s+"
                    r"(?P<names>[^;()]+)")


def credited_authors(line: str) -> list[str]:
    """Reporters and writers named in a wire credits line; editors and helpers are not authors."""
    names: list[str] = []
    for match in CREDIT_AUTHORS.finditer(line):
        start = line[:match.start("names")].lower()
        if "additional" in start[-40:] or "contributing" in start[-40:]:
            continue
        names.extend(split_names(re.sub(r"\s+in\s+[A-Z][\w ]*$", "", match.group("names"))))
    return names


def rule_label(line: str) -> str | None:
    """The label of the first whole-line rule matching `line`, or None."""
    for label, pattern in LINE_RULES:
        if pattern.match(line):
            if label in ("teaser", "subscribe", "published", "photo-credit", "credits") \
                    and is_prose(line, 14):
                continue  # a long sentence that merely starts with the word is body text
            return label
    if parse_byline(line):
        return "byline"
    if wire_name(line):
        return "wire"
    return None
