"""How full a person's name is, and which two-word names are the surname of a longer one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..names import HONORIFICS, LEADING_TITLES, fold, person_parts

if TYPE_CHECKING:
    from .grouping import Draft


def person_words(text: str) -> int:
    """How full a person's name is: given name, surname, and a third word of the name itself
    ("Hicham El Guerrouj" over "El Guerrouj"; a title before it adds nothing)."""
    first, last = person_parts(text)
    core = text.split()
    while len(core) > 1 and fold(core[0]).replace(" ", "").rstrip(".") in \
            HONORIFICS | LEADING_TITLES:
        core = core[1:]
    return (1 if first else 0) + (1 if last else 0) + (len(core) > 2)


def join_surname_runs(groups: list[list[Draft]], names: list[tuple[str, str]]) -> None:
    """A two-word name that ends exactly one longer name is its surname: "Del Rio" after
    "Jack Del Rio" (read alone as a given name and a surname)."""
    for i in range(len(groups) - 1, -1, -1):
        words = [d.text.split() for d in groups[i]]
        owners = {j for j, other in enumerate(groups) if j != i for d in other
                  for w in words if len(d.text.split()) > len(w) and
                  d.text.split()[-len(w):] == w}
        if len(owners) == 1:
            groups[owners.pop()].extend(groups.pop(i))
            names.pop(i)
