"""Sets of an enumeration's values: their names in the enumeration's order, with add, remove, has and count."""

from __future__ import annotations

from functools import lru_cache

BUILTINS = ("set", "has", "count")  # set(heat) / set(cold, hot), has(s, v), count(s)


def set_type(enum: str) -> str:
    return f"set of {enum}"


def enum_of_type(t) -> str | None:
    """`set of heat` -> `heat`; None for any other type."""
    return t[7:] if isinstance(t, str) and t.startswith("set of ") else None


class EnumSet(tuple):
    """A set of values of one enumeration: a tuple of names in the enumeration's order (so equal
    sets are equal tuples, and it shows as `cold, hot`). `+` adds a value or a set, `-` removes."""

    __slots__ = ()
    order: dict = {}

    def _make(self, names):
        return type(self)(sorted(set(names), key=self.order.__getitem__))

    def __add__(self, other):
        if isinstance(other, str):
            return self if other in self else self._make((*self, other))
        return self._make((*self, *other))

    def __sub__(self, other):
        gone = {other} if isinstance(other, str) else set(other)
        return type(self)(n for n in self if n not in gone)

    def __str__(self):
        return ", ".join(self)


@lru_cache(maxsize=256)
def kind(members: tuple) -> type:
    """The EnumSet class of one enumeration (its order of values)."""
    return type("EnumSet", (EnumSet,), {"__slots__": (), "order": {n: i for i, n in enumerate(members)}})


def make(members: tuple, names) -> EnumSet:
    """The set of `names` (values of the enumeration whose values are `members`), in order."""
    k = kind(tuple(members))
    return k(sorted(set(names), key=k.order.__getitem__))
