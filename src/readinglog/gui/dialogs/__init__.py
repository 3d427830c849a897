"""The window's dialogs: entry, log, import, export, preferences, backups, history, trash, first
run.
"""
