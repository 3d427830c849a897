"""Statistics, goals and the year in review: pure functions from the database to figures.

No Qt and no sibling package but ``core``: the CLI prints these figures, the window draws them
and ``export`` turns them into blog pages (ARCHITECTURE.md, ``stats/``).
"""
