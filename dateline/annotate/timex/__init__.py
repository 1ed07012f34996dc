"""Time expressions, normalized to TIMEX3 values against the article's publication date."""

from .extract import find_timexes

__all__ = ["find_timexes"]
