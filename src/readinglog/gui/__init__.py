"""The desktop window: the only package that imports PySide6 (ARCHITECTURE.md rule 1).

``readinglog.app`` composes it; the modules here are widgets and models over ``core``, in rooms
that mirror the window. The rooms stand in one order, and a room imports only itself and the
rooms before it (``ROOMS``; ``tests/test_layers.py`` checks it):

runtime   what the window runs on: worker pool, theme, input method, single instance, errors
widgets   input widgets the panes and dialogs share: rating, tags, form fields
search    full-text search: the box, the results, how a hit is drawn, the index keeper
lists     the sidebar and the list pane (which holds the search box and its results)
detail    the right pane: an entry's page, the note editor, its preview and autosave
dialogs   the window's dialogs
stats     View ▸ Statistics: numbers, painted charts, the activity calendar, goals (imported
          when first opened, never at start-up)
window    the main window, its actions and the command objects that act for them

So a dialog never reaches into the main window: what it needs from the window comes through
``runtime.host.WindowHost``, a small protocol the main window satisfies.
"""

ROOMS = ("runtime", "widgets", "search", "lists", "detail", "dialogs", "stats", "window")
