"""Forking Paths: the public API (re-exports only); docs/api.md describes it."""

from .diagnostics import Diagnostic, Severity
from .functions import bind
from .loader import Loaded, StoryIOError, load
from .model import Story
from .runtime import (ChoiceView, State, StoryRuntimeError, VariableError, View, available, check_value, choose,
                      start, view, with_vars)

__version__ = "0.1.0"

# Loaded on first use, so that `import forkpaths` (and every command) stays quick.
_LAZY = {
    "analyze": ("explore", "analyze"),
    "Report": ("explore", "Report"),
    "saves": ("saves", None),
    "SaveError": ("saves", "SaveError"),
    "Restored": ("saves", "Restored"),
}


def __getattr__(name):
    if name in _LAZY:
        import importlib
        module, attr = _LAZY[name]
        mod = importlib.import_module(f".{module}", __name__)
        value = mod if attr is None else getattr(mod, attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'forkpaths' has no attribute {name!r}")


__all__ = ["bind", "Diagnostic", "Severity", "Loaded", "StoryIOError", "load", "Story", "State", "ChoiceView",
           "StoryRuntimeError", "VariableError", "View", "available", "check_value", "choose", "start", "view",
           "with_vars", "analyze", "Report", "saves", "SaveError", "Restored", "__version__"]
