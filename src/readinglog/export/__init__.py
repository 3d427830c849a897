"""Blog export: pure render functions (front matter + body) per static site generator.

Depends on ``readinglog.core`` only. ``render`` turns DTOs into ``Post`` values, ``writer`` puts
them on disk safely, ``preview`` renders sanitized HTML for the window.
"""
