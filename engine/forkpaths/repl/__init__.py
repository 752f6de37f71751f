"""The player: a terminal-free Session, a plain piped player, and the prompt-toolkit REPL (imported lazily)."""

from .session import Ask, Ending, Message, Passage, Reply, Session

__all__ = ["Ask", "Ending", "Message", "Passage", "Reply", "Session"]
