"""dateline: a sourced, dated, deduplicated record of what happened."""
__version__ = "0.1.0"
