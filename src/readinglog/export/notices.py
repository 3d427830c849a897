"""A warning of an export that the window can say in its language.

An export's warnings travel as English ``str`` (the command line prints them and writes them
into its JSON, ``Progress.warnings`` carries them), so a ``Notice`` is a ``str``: the English
sentence, which also keeps the ``Message`` it was made from. ``gui.runtime.i18n.said`` reads
``notice.said`` and translates it, as it does a ``UserError``'s.

    notices.append(Notice(Message("removed the previous export {path}", path=old)))
"""

from __future__ import annotations

from readinglog.core.errors import Message


class Notice(str):
    """The English of ``said``; ``said`` is the sentence to translate."""

    said: Message

    def __new__(cls, said: Message) -> Notice:
        made = super().__new__(cls, str(said))
        made.said = said
        return made
