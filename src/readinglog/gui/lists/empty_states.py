"""What an empty list says: why it is empty and what to do about it.

A list with no rows is never a blank page. It says which of these holds:

- the filter typed in the box matches nothing here (and Esc clears it);
- it matches no entries, but some notes (a search for words that are only in notes);
- the library has no entries (or no notes) yet, and how to add one;
- this shelf, kind, tag or note view has nothing in it now, and what puts something there.

``empty_message`` is plain Python: the list pane gives it the view, the text in the box, how
many notes match it (None while unknown) and the keys of the actions it names (looked up in the
window, so a key reassigned there is the key named here).
"""

from __future__ import annotations

from collections.abc import Mapping

from readinglog.core.types import ItemKind, Status, Target
from readinglog.gui.lists.views import (
    KIND_TITLES,
    RECENT_DAYS,
    SUBSCRIBED_KEY,
    View,
)

# The actions an empty list points to: objectName -> how the menus name it.
NEW_ITEM = "new_item"
NEW_NOTE = "new_note"
IMPORT = "import"
ACTION_NAMES = {NEW_ITEM: "File ▸ New entry", NEW_NOTE: "File ▸ New note", IMPORT: "File ▸ Import"}

_STATUS_HINTS = {
    Status.IN_PROGRESS: "Nothing is in progress. Log progress on an entry to list it here.",
    Status.WANT: "Nothing on the want list. Give an entry the status “want” to list it here.",
    Status.FINISHED: "Nothing finished yet. Mark an entry finished to list it here.",
    Status.PAUSED: "Nothing is paused.",
    Status.ABANDONED: "Nothing was abandoned.",
}


def _how(action: str, keys: Mapping[str, str]) -> str:
    """ "Ctrl+N" when the action has a key, else its menu path."""
    return keys.get(action) or ACTION_NAMES[action]


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
    what = "notes" if view.target is Target.NOTE else "entries"
    if typed:
        where = "" if view.key in ("all", "notes:all") else f" in {view.title}"
        message = f"No {what}{where} match “{typed}”."
        if view.target is Target.ITEM and notes_matching:
            some = "1 note does" if notes_matching == 1 else f"{notes_matching:,} notes do"
            message += f" {some}: see the results above, or Notes ▸ All notes."
        return f"{message}\nClear the filter (Esc)"
    return _empty_view(view, keys)


def _empty_view(view: View, keys: Mapping[str, str]) -> str:
    field, _, value = view.key.partition(":")
    new_item, new_note = _how(NEW_ITEM, keys), _how(NEW_NOTE, keys)
    import_file = _how(IMPORT, keys)
    if view.key == "all":
        return f"No entries yet — add one with {new_item} or import a file ({import_file})"
    if view.key == "notes:all":
        return f"No notes yet — write one with {new_note}"
    if view.key == "notes:standalone":
        return "No standalone notes: every note is about an entry."
    if view.key == "notes:recent":
        return f"No notes changed in the last {RECENT_DAYS} days."
    if view.key == SUBSCRIBED_KEY:
        return f"No podcast subscriptions — import an OPML file ({import_file}) to add them."
    if field == "kind" and value in ItemKind.__members__.values():
        title = KIND_TITLES[ItemKind(value)].lower()
        return f"No {title} yet — add one with {new_item}"
    if field == "status" and value in Status.__members__.values():
        return _STATUS_HINTS[Status(value)]
    if field == "tag":
        what = "notes" if view.target is Target.NOTE else "entries"
        return f"No {what} are tagged #{value} now."
    return f"Nothing in {view.title}."
