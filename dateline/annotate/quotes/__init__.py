"""Direct and partial quotes with their speakers."""

from .extract import find_quotes, quote_spans
from .speakers import SPEECH_VERBS

__all__ = ["SPEECH_VERBS", "find_quotes", "quote_spans"]
