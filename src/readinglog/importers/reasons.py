"""An import's reasons and warnings as text that still knows its sentence.

A skipped row's reason and a warning travel to the report as ``str`` (``Batch.skip``,
``Batch.warn``, ``ImportReport``: core's types, stored as JSON in ``import_batches.report``,
printed by the command line). ``reported`` makes that text a ``core.errors.Said``: a ``str``
with the English sentence, as before, that also carries its ``Message``, so the window can show
the reason in its own language (``gui.runtime.i18n.said(reason)``). Anything that rebuilds the
text (an f-string, ``+``) gives a plain ``str`` again, English only: wrap the sentence last,
where it is handed to the batch.
"""

from __future__ import annotations

from readinglog.core.errors import Message, Said, UserError

__all__ = ["reported", "said"]


def reported(sentence: str | Message | UserError) -> str:
    """``sentence`` as the text a batch keeps: a ``Said`` for a ``Message`` or a
    ``UserError`` (its English, and its sentence); a plain ``str`` as it is."""
    if isinstance(sentence, UserError):
        sentence = sentence.said
    if isinstance(sentence, Message):
        return Said(sentence)
    return sentence


def said(text: str) -> str | Message:
    """The sentence a reason or warning was made from, for the window to translate; a text
    made any other way, as it is."""
    return text.said if isinstance(text, Said) else text
