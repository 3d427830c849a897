"""Full-text search over notes, entries and highlights (whoosh), for Chinese and English alike.

Depends on ``readinglog.core`` only. The public API:

- ``searcher.search(library, text, limit=, doc_type=) -> SearchResult`` (frozen ``Hit``s)
- ``sync.drain(library)`` after writes, ``sync.ensure(library)`` at start-up,
  ``sync.rebuild(library) -> Iterator[Progress]``, ``sync.check(library) -> IndexCheck``

Importing this package loads nothing heavy: whoosh comes with ``index``, rjieba and OpenCC on the
first text analysed.
"""
