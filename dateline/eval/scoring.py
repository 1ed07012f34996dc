"""Small arithmetic shared by the scorers."""

from __future__ import annotations


def ratio(part: float, whole: float, empty: float = 0.0) -> float:
    """part / whole to 4 places; `empty` when there is nothing to divide by."""
    return round(part / whole, 4) if whole else empty
