"""What the window runs on: the worker pool, theme, input method, single instance, upgrade, error
reporting.
"""
