"""Errors a user can act on: each carries one clear sentence, never a traceback."""

from __future__ import annotations


class UserError(Exception):
    """Something the user asked for cannot be done; the message says what and where."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotFound(UserError):
    """An id or name that does not exist."""


class InvalidInput(UserError):
    """A value that cannot be read (a date, a rating, a filter)."""


class DatabaseError(UserError):
    """The library file cannot be opened or upgraded."""


class ReadOnlyLibrary(UserError):
    """A change asked of a library that was opened for reading only."""
