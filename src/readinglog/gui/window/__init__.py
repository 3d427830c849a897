"""The main window: its actions, command objects, saved state and drops."""
