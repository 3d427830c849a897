"""What the search index holds for a note, an entry or a highlight, independent of the engine.

The index keeps ids and what ranking needs; the text stays in SQLite (snippets are cut from the
database) and so do the field filters (kind:, tag:, ...), which run as SQL. Bump SCHEMA_VERSION
whenever the fields or the analysis change: an index written under another version is rebuilt.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from readinglog.core.types import Target

SCHEMA_VERSION = 8  # 7: highlights are documents; 8: blocks of arrays (search.postings)

# Text fields searched by every word, with their weight in BM25F.
TEXT_FIELDS: dict[str, float] = {"title": 3.0, "tags": 2.0, "body": 1.0}


def doc_key(doc_type: Target, doc_id: int) -> str:
    return f"{doc_type.value}:{doc_id}"


def parse_key(key: str) -> tuple[Target, int]:
    kind, _, number = key.partition(":")
    return Target(kind), int(number)


# What the index holds: notes, entries and highlights (a Target can also be a tag, which is
# never a document), in the order the results list them.
#
# A highlight's document is its text and the user's comment on it, both in the body, with an
# empty title and no tags: its entry's title is not indexed with it, so searching a book's
# title finds the book and the notes about it, not every passage marked in it (and renaming an
# entry re-indexes nothing). The other fields' statistics stay the notes' own (a comment in
# ``tags`` would lengthen the average a note's tag matches are measured against). A highlight
# hit shows its entry's title and its place, read from the database.
DOCUMENT_TYPES = (Target.NOTE, Target.ITEM, Target.HIGHLIGHT)


@dataclass(frozen=True)
class SearchDoc:
    """The searchable side of one note, entry or highlight, as the index receives it."""

    doc_type: Target
    doc_id: int
    title: str
    body: str
    tags: tuple[str, ...] = ()
    updated: int = 0  # seconds since the epoch: the tie-breaker between equal scores

    @property
    def key(self) -> str:
        return doc_key(self.doc_type, self.doc_id)


class Match(StrEnum):
    """How a hit matched: every query word as a word of the text (in any of its forms, or
    while typing the beginning of one), or some only inside other words: a Chinese word's
    characters across a word boundary (和服 in 和服务员), an English word as the beginning of
    a longer one (http in https). Word hits always come first."""

    WORD = "word"
    CHARACTERS = "characters"
