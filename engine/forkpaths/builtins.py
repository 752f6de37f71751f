"""The functions every story has (`min`, `max`, `abs`): their arity, types and values, shared by every stage."""

from __future__ import annotations

MAX_INT = (1 << 63) - 1  # the runtime's limit (runtime.MAX_INT); repeated here so this module imports nothing

ARITY = {"min": 2, "max": 2, "abs": 1}  # each takes ints and gives an int


class Overflow(Exception):
    """The result does not fit in 64 bits (only `abs` of the smallest int)."""


def apply(name: str, args):
    """The value of a built-in on int arguments (the story language's meaning, as both runtimes compute it)."""
    if name == "min":
        return args[0] if args[0] <= args[1] else args[1]
    if name == "max":
        return args[0] if args[0] >= args[1] else args[1]
    if name == "abs":
        v = -args[0] if args[0] < 0 else args[0]
        if v > MAX_INT:
            raise Overflow
        return v
    raise KeyError(name)
