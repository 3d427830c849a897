"""Errors a user can act on: each carries one clear sentence, never a traceback.

A sentence is written as a template and its values, the way gettext does it, so the window can
show it in the user's language without core knowing about Qt:

    raise NotFound("no note with id {id}", id=note_id)

``str(error)`` and ``error.message`` are the English sentence (the command line and the log
print it); ``error.said`` is the ``Message`` the window translates (``gui.runtime.i18n.said``).
A template is a literal string, so ``scripts/translations.py`` can collect every one into the
catalogs (``resources/translations/<package>_<lang>.ts``, context ``UserError``); the values
are filled with ``str.format`` (``{name!r}`` and ``{count:,}`` work) and are never translated,
except a value that is itself a ``Message`` or ``UserError`` (a reason inside a sentence).

A sentence kept in a text column (a feed's last error) is ``Message.to_text``, read back with
``Message.from_text``: JSON of its template and values, so the window can still translate it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from types import MappingProxyType

CONTEXT = "UserError"  # the catalogs' context for every template
# A placeholder of str.format: {name}, {name!r}, {count:,}; {{ and }} are literal braces.
PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)(![rsa])?(:[^{}]*)?\}")


def has_words(template: str) -> bool:
    """Whether ``template`` holds words besides its placeholders: ``"{source}: {reason}"``
    does not, and no catalog holds such a template (it is filled as written)."""
    return bool(re.search(r"[^\W\d_]", PLACEHOLDER.sub("", template)))


class Message:
    """A sentence for the user: an English ``template`` with ``{name}`` places and its values.

    Used on its own where a sentence is reported rather than raised (an import's skipped row)."""

    __slots__ = ("template", "values")

    def __init__(self, template: str, /, **values: object) -> None:
        self.template = template
        self.values: Mapping[str, object] = MappingProxyType(values)

    def __str__(self) -> str:
        return self.template.format(**self.values) if self.values else self.template

    def __repr__(self) -> str:
        return f"Message({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Message):
            return str(self) == str(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(str(self))

    def to_text(self) -> str:
        """The sentence as text to store: JSON of the template and its values (a sentence inside
        it the same way, numbers as numbers, any other value as its ``str``), or the English
        sentence when a value would not read back as it was said (``{path!r}`` of a ``Path``)."""
        text = json.dumps(_stored(self), ensure_ascii=False)
        read = Message.from_text(text)
        return text if read is not None and str(read) == str(self) else str(self)

    @classmethod
    def from_text(cls, text: str) -> Message | None:
        """The sentence ``to_text`` stored; ``None`` for any other text (plain English stored
        before sentences were kept, or JSON that is not a sentence)."""
        try:
            said = _read(json.loads(text))
            if said is not None:
                str(said)  # a template its values do not fill is not a sentence
        except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError):
            return None
        return said


_PLAIN = (str, int, float, bool, type(None))  # values JSON keeps as they are


def _stored(said: Message) -> dict[str, object]:
    values: dict[str, object] = {}
    for name, value in said.values.items():
        if isinstance(value, UserError) or (isinstance(value, Said) and value == str(value.said)):
            value = value.said  # a Said cut shorter than its sentence is kept as its text
        if isinstance(value, Message):
            values[name] = _stored(value)
        else:
            values[name] = value if type(value) in _PLAIN else str(value)
    return {"template": said.template, "values": values}


def _read(stored: object) -> Message | None:
    if not isinstance(stored, dict) or stored.keys() != {"template", "values"}:
        return None
    template, values = stored["template"], stored["values"]
    if not isinstance(template, str) or not isinstance(values, dict):
        return None
    read: dict[str, object] = {}
    for name, value in values.items():
        if isinstance(value, dict):
            value = _read(value)
            if value is None:
                return None
        elif type(value) not in _PLAIN:  # a list: not a value to_text writes
            return None
        read[name] = value
    return Message(template, **read)


class Said(str):
    """English text that keeps the ``Message`` it was made from (``said``): where a sentence
    travels as a ``str`` (a progress line, an export's warning, an import's skipped row) the
    command line prints and stores the English, and the window says ``said`` in its language
    (``gui.runtime.i18n.said``). ``text`` may be shorter than the sentence (a reason with its
    ``line <n>: `` start cut). Anything that rebuilds the text (an f-string, ``+``) gives a
    plain ``str`` again: make a ``Said`` last, where the sentence is handed on."""

    said: Message

    def __new__(cls, said: Message, text: str | None = None) -> Said:
        made = super().__new__(cls, str(said) if text is None else text)
        made.said = said
        return made


class UserError(Exception):
    """Something the user asked for cannot be done; the message says what and where."""

    def __init__(self, template: str, /, **values: object) -> None:
        said = Message(template, **values)
        message = str(said)
        super().__init__(message)
        self.said = said
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
