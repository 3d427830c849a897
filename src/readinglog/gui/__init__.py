"""The desktop window: the only package that imports PySide6 (ARCHITECTURE.md rule 1).

``readinglog.app`` composes it; the modules here are widgets and models over ``core``.
"""
