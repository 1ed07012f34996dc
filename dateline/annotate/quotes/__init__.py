"""Direct and partial quotes with their speakers."""

from ..lexicon.reporting import SPEECH_VERBS
from .extract import find_quotes
from .spans import quote_spans

__all__ = ["SPEECH_VERBS", "find_quotes", "quote_spans"]
