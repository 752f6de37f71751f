"""Forking Paths: the public API (re-exports only)."""

from .diagnostics import Diagnostic, Severity
from .loader import Loaded, StoryIOError, load
from .model import Story
from .runtime import State, StoryRuntimeError, View, choose, start, view

__version__ = "0.1.0"

__all__ = ["Diagnostic", "Severity", "Loaded", "StoryIOError", "load", "Story", "State",
           "StoryRuntimeError", "View", "choose", "start", "view", "__version__"]
