"""What an empty list says: why it is empty and what to do about it.

A list with no rows is never a blank page. It says which of these holds:

- the filter typed in the box matches nothing here (and Esc clears it);
- it matches no entries, but some notes (a search for words that are only in notes);
- the library has no entries (or no notes) yet, and how to add one;
- this shelf, kind, tag or note view has nothing in it now, and what puts something there.

``empty_message`` is plain Python (its texts through Qt's translations): the list pane gives it
the view, the text in the box, how many notes match it (None while unknown) and the keys of
the actions it names (looked up in the window, so a key reassigned there is the key named here).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from readinglog.core.types import ItemKind, Status, Target
from readinglog.gui.lists.views import (
    KIND_TITLES,
    RECENT_DAYS,
    SUBSCRIBED_KEY,
    View,
)
from readinglog.gui.lists.views import tr as view_tr
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP

# The actions an empty list points to: objectName -> how the menus name it.
NEW_ITEM = "new_item"
NEW_NOTE = "new_note"
IMPORT = "import"
ACTION_NAMES = {
    NEW_ITEM: QT_TRANSLATE_NOOP("EmptyList", "File ▸ New entry"),
    NEW_NOTE: QT_TRANSLATE_NOOP("EmptyList", "File ▸ New note"),
    IMPORT: QT_TRANSLATE_NOOP("EmptyList", "File ▸ Import"),
}

_STATUS_HINTS = {
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP(
        "EmptyList", "Nothing is in progress. Log progress on an entry to list it here."
    ),
    Status.WANT: QT_TRANSLATE_NOOP(
        "EmptyList", "Nothing on the want list. Give an entry the status “want” to list it here."
    ),
    Status.FINISHED: QT_TRANSLATE_NOOP(
        "EmptyList", "Nothing finished yet. Mark an entry finished to list it here."
    ),
    Status.PAUSED: QT_TRANSLATE_NOOP("EmptyList", "Nothing is paused."),
    Status.ABANDONED: QT_TRANSLATE_NOOP("EmptyList", "Nothing was abandoned."),
}


def tr(text: str) -> str:
    """A text of this module in the window's language."""
    return QCoreApplication.translate("EmptyList", text)


def _how(action: str, keys: Mapping[str, str]) -> str:
    """ "Ctrl+N" when the action has a key, else its menu path."""
    return keys.get(action) or tr(ACTION_NAMES[action])


def empty_message(
    view: View | None,
    typed: str,
    *,
    keys: Mapping[str, str] | None = None,
    notes_matching: int | None = None,
) -> str:
    """What a list showing ``view`` filtered by ``typed`` says when it has no rows."""
    if view is None:
        return ""
    keys = keys or {}
    typed = typed.strip()
    notes = view.target is Target.NOTE
    if view.key in ("all", "notes:all") and notes:
        message = QCoreApplication.translate("EmptyList", "No notes match “{typed}”.")
    elif view.key in ("all", "notes:all"):
        message = QCoreApplication.translate("EmptyList", "No entries match “{typed}”.")
    elif notes:
        message = QCoreApplication.translate("EmptyList", "No notes in {view} match “{typed}”.")
    else:
        message = QCoreApplication.translate("EmptyList", "No entries in {view} match “{typed}”.")
    if typed:
        message = message.format(view=view.title, typed=typed)
        if not notes and notes_matching:
            n = notes_matching
            more = (
                QCoreApplication.translate(
                    "EmptyList",
                    "%Ln note does: see the results above, or Notes ▸ All notes.",
                    "",
                    n,
                )
                if n == 1
                else QCoreApplication.translate(
                    "EmptyList", "%Ln notes do: see the results above, or Notes ▸ All notes.", "", n
                )
            )
            message += " " + more
        return message + "\n" + QCoreApplication.translate("EmptyList", "Clear the filter (Esc)")
    return _empty_view(view, keys)


def _empty_view(view: View, keys: Mapping[str, str]) -> str:
    field, _, value = view.key.partition(":")
    new_item, new_note = _how(NEW_ITEM, keys), _how(NEW_NOTE, keys)
    import_file = _how(IMPORT, keys)
    if view.key == "all":
        text = QCoreApplication.translate(
            "EmptyList", "No entries yet — add one with {new_item} or import a file ({import_file})"
        )
        return text.format(new_item=new_item, import_file=import_file)
    if view.key == "notes:all":
        return QCoreApplication.translate(
            "EmptyList", "No notes yet — write one with {new_note}"
        ).format(new_note=new_note)
    if view.key == "notes:standalone":
        return QCoreApplication.translate(
            "EmptyList", "No standalone notes: every note is about an entry."
        )
    if view.key == "notes:recent":
        return QCoreApplication.translate(
            "EmptyList", "No notes changed in the last {days} days."
        ).format(days=RECENT_DAYS)
    if view.key == SUBSCRIBED_KEY:
        text = QCoreApplication.translate(
            "EmptyList",
            "No podcast subscriptions — import an OPML file ({import_file}) to add them.",
        )
        return text.format(import_file=import_file)
    if field == "kind" and value in ItemKind.__members__.values():
        title = view_tr(KIND_TITLES[ItemKind(value)]).lower()
        return QCoreApplication.translate(
            "EmptyList", "No {kind} yet — add one with {new_item}"
        ).format(kind=title, new_item=new_item)
    if field == "status" and value in Status.__members__.values():
        return tr(_STATUS_HINTS[Status(value)])
    if field == "tag":
        if view.target is Target.NOTE:
            return QCoreApplication.translate(
                "EmptyList", "No notes are tagged #{tag} now."
            ).format(tag=value)
        return QCoreApplication.translate("EmptyList", "No entries are tagged #{tag} now.").format(
            tag=value
        )
    return QCoreApplication.translate("EmptyList", "Nothing in {view}.").format(view=view.title)
