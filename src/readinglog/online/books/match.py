"""Which candidate is the book an entry describes: by ISBN, else by title and author."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from readinglog.core.types import Role
from readinglog.online.books import Candidate


def _words(text: str) -> tuple[str, ...]:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return tuple(re.findall(r"\w+", folded))


def by_isbn(candidates: Sequence[Candidate], isbns: set[str]) -> Candidate | None:
    """The first candidate with one of ``isbns``, else the first one (a provider found it by
    that ISBN, under another edition's numbers)."""
    for candidate in candidates:
        if {candidate.isbn13, candidate.isbn10} & isbns:
            return candidate
    return candidates[0] if candidates else None


def by_title(
    candidates: Sequence[Candidate], title: str, authors: Sequence[str]
) -> Candidate | None:
    """The candidate whose title is the entry's (its main title before a colon will do) and,
    when the entry names authors, who shares one; None when none is close enough."""
    wanted = _words(title)
    main = _words(re.split(r"[:：]", title)[0])
    people = {_words(a) for a in authors}
    best: tuple[int, int] | None = None
    chosen: Candidate | None = None
    for index, candidate in enumerate(candidates):
        titles = {_words(candidate.title), _words(f"{candidate.title} {candidate.subtitle or ''}")}
        if wanted in titles:
            score = 3
        elif main in titles or _words(re.split(r"[:：]", candidate.title)[0]) == main:
            score = 2
        else:
            continue
        names = {_words(p.name) for p in candidate.people if p.role is Role.AUTHOR}
        sorted_names = {tuple(sorted(n)) for n in names}
        if people and not (people & names or {tuple(sorted(p)) for p in people} & sorted_names):
            continue
        if best is None or (score, -index) > best:
            best, chosen = (score, -index), candidate
    return chosen
