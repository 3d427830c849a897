"""Google Books: ``/books/v1/volumes?q=isbn:...`` (or a title) lists volumes; each is read in
full from ``/books/v1/volumes/ID`` (the list gives only part of a volume's details)."""

from __future__ import annotations

from dataclasses import dataclass
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

FULL_READS = 3  # volumes read in full per query; the rest come from the list alone


@dataclass(frozen=True)
class GoogleBooks:
    base: str
    name: str = "googlebooks"

    def by_isbn(self, http: Http, isbn: str) -> list[Candidate]:
        return self._search(http, f"isbn:{isbn}")

    def by_title(self, http: Http, text: str) -> list[Candidate]:
        return self._search(http, text)

    def volume(self, http: Http, volume_id: str) -> Candidate | None:
        data = as_dict(json_of(http.get(f"{self.base}/books/v1/volumes/{quote(volume_id)}")))
        return self._candidate(data)

    def _search(self, http: Http, q: str) -> list[Candidate]:
        url = f"{self.base}/books/v1/volumes?q={quote(q, safe=':')}&maxResults={MAX_CANDIDATES}"
        data = json_of(http.get(url, accept="application/json"))
        if not isinstance(data, dict) or ("totalItems" not in data and "items" not in data):
            raise NetworkError(
                "{host} sent an answer that is not a list of volumes", host=host_of(url)
            )
        found: list[Candidate] = []
        for index, item in enumerate(as_list(data.get("items"))):
            entry = as_dict(item)
            full: Candidate | None = None
            if index < FULL_READS and isinstance(entry.get("id"), str):
                try:
                    full = self.volume(http, str(entry["id"]))
                except Cancelled:
                    raise
                except NetworkError:
                    full = None  # the list's part of the volume stands
            candidate = full or self._candidate(entry)
            if candidate is not None:
                found.append(candidate)
        return found

    def _candidate(self, volume: dict[str, object]) -> Candidate | None:
        info = as_dict(volume.get("volumeInfo"))
        title = text_or_none(info.get("title"))
        if title is None:
            return None
        ids = [as_dict(i).get("identifier") for i in as_list(info.get("industryIdentifiers"))]
        ten, thirteen = isbns(ids)
        links = as_dict(info.get("imageLinks"))
        cover = next(
            (links[k] for k in ("extraLarge", "large", "medium", "thumbnail") if k in links), None
        )
        cover_url = text_or_none(cover)
        if cover_url and cover_url.startswith("http://"):
            cover_url = "https://" + cover_url[len("http://") :]
        language = text_or_none(info.get("language"))
        return Candidate(
            source=self.name,
            source_id=str(volume.get("id") or ""),
            title=title,
            subtitle=text_or_none(info.get("subtitle")),
            people=tuple(
                Person(Role.AUTHOR, name.strip())
                for name in as_list(info.get("authors"))
                if isinstance(name, str) and name.strip()
            ),
            publisher=text_or_none(info.get("publisher")),
            year=year_in(info.get("publishedDate")),
            pages=positive(info.get("pageCount")),
            isbn10=ten,
            isbn13=thirteen,
            language=language.split("-")[0].lower() if language else None,
            summary=text_or_none(info.get("description")),
            cover_url=cover_url,
            url=text_or_none(info.get("canonicalVolumeLink")) or text_or_none(info.get("infoLink")),
        )
