"""WHERE clauses of the store's filtered reads: each filter given adds one condition."""

from __future__ import annotations

from typing import Any, Sequence


class Where:
    """Conditions joined by AND, and their parameters, in the order they were added."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.args: list[Any] = []

    def add(self, clause: str, value: Any) -> None:
        """`clause` (one `?`, bound to `value`) when the filter is given (a value, not None
        or empty)."""
        if value:
            self.require(clause, value)

    def require(self, clause: str, *args: Any) -> None:
        """`clause` whatever its parameters are (a story id may be any string)."""
        self.clauses.append(clause)
        self.args.extend(args)

    def days(self, column: str, date_from: str | None, date_to: str | None) -> None:
        """From the start of `date_from` to the end of `date_to`, on an ISO date or datetime
        column: a time of day on the last day is inside."""
        self.add(f"{column} >= ?", date_from)
        self.add(f"substr({column}, 1, 10) <= ?", date_to)

    def one_of(self, column: str, values: Sequence[Any]) -> None:
        """`column` among `values`, when any are given."""
        if values:
            self.require(f"{column} IN ({', '.join('?' * len(values))})", *values)

    def sql(self) -> str:
        """" WHERE a AND b", or "" when no filter was given."""
        return " WHERE " + " AND ".join(self.clauses) if self.clauses else ""
