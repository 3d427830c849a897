"""The right pane: an entry's page, the note editor with its preview and autosave."""
