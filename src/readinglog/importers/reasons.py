"""An import's reasons and warnings as text that still knows its sentence.

A skipped row's reason and a warning travel to the report as ``str`` (``Batch.skip``,
``Batch.warn``, ``ImportReport``: core's types, stored as JSON in ``import_batches.report``,
printed by the command line). ``reported`` makes that text a ``Reported``: a ``str`` with the
English sentence, as before, that also carries its ``Message``, so the window can show the
reason in its own language (``gui.runtime.i18n.said(reason)`` reads ``reason.said``, as it does
an export's ``Notice``). Anything that rebuilds
the text (an f-string, ``+``) gives a plain ``str`` again, English only: wrap the sentence
last, where it is handed to the batch.
"""

from __future__ import annotations

from readinglog.core.errors import Message, UserError

__all__ = ["Reported", "reported", "said"]


class Reported(str):
    """English text with the ``Message`` it was made from (``said``); the text may be the
    sentence with its ``line <n>: `` start cut (``importers.rows.skip``)."""

    said: Message

    def __new__(cls, text: str, said: Message) -> Reported:
        made = super().__new__(cls, text)
        made.said = said
        return made


def reported(sentence: str | Message | UserError) -> str:
    """``sentence`` as the text a batch keeps: a ``Reported`` for a ``Message`` or a
    ``UserError`` (its English, and its sentence); a plain ``str`` as it is."""
    if isinstance(sentence, UserError):
        sentence = sentence.said
    if isinstance(sentence, Message):
        return Reported(str(sentence), sentence)
    return sentence


def said(text: str) -> str | Message:
    """The sentence a reason or warning was made from, for the window to translate; a text
    made any other way, as it is."""
    return text.said if isinstance(text, Reported) else text
