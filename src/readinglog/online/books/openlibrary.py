"""Open Library: the books API (``/api/books?bibkeys=ISBN:...&jscmd=data``) for an edition,
its edition record (``/books/OLID.json``: languages, contributors, the original title) and its
work (``/works/OLID.json``: the description); ``/search.json`` for a title. An Open Library
edition id (OL7353617M) can be looked up as it is."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from urllib.parse import quote

from readinglog.core.types import Person, Role
from readinglog.online.books import (
    MAX_CANDIDATES,
    Candidate,
    as_dict,
    as_list,
    isbns,
    json_of,
    positive,
    text_or_none,
    year_in,
)
from readinglog.online.http import Cancelled, Http, NetworkError, host_of

COVERS = "https://covers.openlibrary.org"
COVERS_ENV = "READINGLOG_OPENLIBRARY_COVERS_URL"  # a mirror of the covers host (and tests)


def covers_base() -> str:
    return (os.environ.get(COVERS_ENV, "").strip() or COVERS).rstrip("/")


def on_covers_host(url: str | None) -> str | None:
    """A cover URL of Open Library's answers, moved to the configured covers host."""
    if url is None:
        return None
    for prefix in (COVERS, COVERS.replace("https://", "http://", 1)):
        if url.startswith(prefix + "/"):
            return covers_base() + url[len(prefix) :]
    return url


_OLID = re.compile(r"OL\d+M", re.I)
# MARC languages as Open Library keys them, to the codes ReadingLog keeps
LANGUAGES = {"eng": "en", "chi": "zh", "zho": "zh", "fre": "fr", "ger": "de", "jpn": "ja",
             "spa": "es", "ita": "it", "rus": "ru", "kor": "ko", "por": "pt"}  # fmt: skip
ROLE_WORDS = {"translat": Role.TRANSLATOR, "edit": Role.EDITOR, "narrat": Role.NARRATOR,
              "read by": Role.NARRATOR}  # fmt: skip


@dataclass(frozen=True)
class OpenLibrary:
    base: str
    name: str = "openlibrary"

    def by_isbn(self, http: Http, isbn: str) -> list[Candidate]:
        return self._books(http, f"ISBN:{isbn}")

    def by_title(self, http: Http, text: str) -> list[Candidate]:
        if _OLID.fullmatch(text.strip()):
            return self._books(http, f"OLID:{text.strip().upper()}")
        url = f"{self.base}/search.json?q={quote(text)}&limit={MAX_CANDIDATES}"
        data = json_of(http.get(url, accept="application/json"))
        docs = data.get("docs") if isinstance(data, dict) else None
        if not isinstance(docs, list):
            raise NetworkError("{host} sent a search answer without results", host=host_of(url))
        return [c for doc in docs if isinstance(doc, dict) and (c := self._doc(doc)) is not None]

    def _books(self, http: Http, bibkey: str) -> list[Candidate]:
        url = f"{self.base}/api/books?bibkeys={bibkey}&jscmd=data&format=json"
        data = json_of(http.get(url, accept="application/json"))
        if not isinstance(data, dict):
            raise NetworkError("{host} sent an answer that is not a book record", host=host_of(url))
        record = data.get(bibkey)
        if not isinstance(record, dict) or not text_or_none(record.get("title")):
            return []
        return [self._enriched(http, self._record(record))]

    def _record(self, record: dict[str, object]) -> Candidate:
        ids = as_dict(record.get("identifiers"))
        ten, thirteen = isbns([*as_list(ids.get("isbn_13")), *as_list(ids.get("isbn_10"))])
        key = str(record.get("key") or "")
        cover = record.get("cover")
        cover_url = cover.get("large") if isinstance(cover, dict) else None
        return Candidate(
            source=self.name,
            source_id=key.rsplit("/", 1)[-1],
            title=str(record["title"]).strip(),
            subtitle=text_or_none(record.get("subtitle")),
            people=tuple(Person(Role.AUTHOR, n) for n in _names(record.get("authors"))),
            publisher=next(iter(_names(record.get("publishers"))), None),
            year=year_in(record.get("publish_date")),
            pages=positive(record.get("number_of_pages")),
            isbn10=ten,
            isbn13=thirteen,
            cover_url=on_covers_host(text_or_none(cover_url)),
            url=text_or_none(record.get("url")),
        )

    def _enriched(self, http: Http, found: Candidate) -> Candidate:
        """More from the edition and its work, best effort: the book API's record stands when
        either cannot be read."""
        if not found.source_id.startswith("OL"):
            return found
        try:
            edition = json_of(http.get(f"{self.base}/books/{found.source_id}.json"))
        except Cancelled:
            raise
        except NetworkError:
            return found
        if not isinstance(edition, dict):
            return found
        found = _with_edition(found, edition)
        works = edition.get("works")
        work_key = works[0].get("key") if isinstance(works, list) and works else None
        if not isinstance(work_key, str) or not work_key.startswith("/works/"):
            return found
        try:
            work = json_of(http.get(f"{self.base}{work_key}.json"))
        except Cancelled:
            raise
        except NetworkError:
            return found
        return _with_work(found, work) if isinstance(work, dict) else found

    def _doc(self, doc: dict[str, object]) -> Candidate | None:
        title = text_or_none(doc.get("title"))
        if title is None:
            return None
        ten, thirteen = isbns(as_list(doc.get("isbn"))[:20])
        cover_id = doc.get("cover_i")
        key = str(doc.get("cover_edition_key") or doc.get("key") or "")
        languages = [LANGUAGES.get(str(code)) for code in as_list(doc.get("language"))]
        return Candidate(
            source=self.name,
            source_id=key.rsplit("/", 1)[-1],
            title=title,
            subtitle=text_or_none(doc.get("subtitle")),
            people=tuple(Person(Role.AUTHOR, str(n)) for n in as_list(doc.get("author_name"))),
            publisher=text_or_none(next(iter(as_list(doc.get("publisher"))), None)),
            year=positive(doc.get("first_publish_year")),
            pages=positive(doc.get("number_of_pages_median")),
            isbn10=ten,
            isbn13=thirteen,
            language=next((code for code in languages if code), None),
            cover_url=f"{covers_base()}/b/id/{cover_id}-L.jpg" if positive(cover_id) else None,
            url=f"{self.base}{doc['key']}" if isinstance(doc.get("key"), str) else None,
        )


def _names(entries: object) -> list[str]:
    """Names from a list of ``{"name": ...}`` or of plain strings."""
    out: list[str] = []
    for entry in entries if isinstance(entries, list) else []:
        name = entry.get("name") if isinstance(entry, dict) else entry
        if isinstance(name, str) and name.strip():
            out.append(name.strip())
    return out


def _with_edition(found: Candidate, edition: dict[str, object]) -> Candidate:
    people = list(found.people)
    for line in as_list(edition.get("contributions")):
        match = re.fullmatch(r"\s*(.+?)\s*\(([^)]+)\)\s*", str(line))
        if match:
            role = next((r for w, r in ROLE_WORDS.items() if w in match.group(2).lower()), None)
            if role is not None:
                people.append(Person(role, match.group(1)))
    codes = [
        LANGUAGES.get(str(lang.get("key", "")).rsplit("/", 1)[-1])
        for lang in as_list(edition.get("languages"))
        if isinstance(lang, dict)
    ]
    covers = [c for c in as_list(edition.get("covers")) if positive(c)]
    return replace(
        found,
        people=tuple(people),
        original_title=found.original_title or text_or_none(edition.get("translation_of")),
        language=found.language or next((c for c in codes if c), None),
        cover_url=found.cover_url
        or (f"{covers_base()}/b/id/{covers[0]}-L.jpg" if covers else None),
    )


def _with_work(found: Candidate, work: dict[str, object]) -> Candidate:
    description = work.get("description")
    if isinstance(description, dict):
        description = description.get("value")
    summary = text_or_none(description)
    if summary:
        summary = re.sub(r"\r\n?", "\n", summary)
    return replace(found, summary=found.summary or summary)
