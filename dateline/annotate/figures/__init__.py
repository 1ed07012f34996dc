"""Reported figures: numbers that count people or things, with bounds, category, claimant, date.

`find_figures` is imported on first use: fusion reads this package's lexicon in a process that
never loads spaCy, and importing the extractor would load it (about a second).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .extract import find_figures

__all__ = ["find_figures"]


def __getattr__(name: str) -> Any:
    if name == "find_figures":
        from .extract import find_figures

        return find_figures
    raise AttributeError(name)
