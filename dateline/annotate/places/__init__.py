"""Places: every place mention resolved to a point, a country and a precision, offline."""

from .context import PlaceContext, build_context, dateline_in_text
from .resolve import display_name, find_places, place_key, resolve_place

__all__ = ["PlaceContext", "build_context", "dateline_in_text", "display_name", "find_places",
           "place_key", "resolve_place"]
