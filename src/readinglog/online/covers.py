"""Downloading a cover image: through the one HTTP client, capped at 10 MB, and checked to be
an image by its first bytes (a server's Content-Type is not trusted: a "cover" may be an
error page served as 200).

Open Library answers a missing cover with a 1x1 GIF (or 404 with ``?default=false``); both,
and any 404 or 410, mean "no cover": ``download`` returns None, and the caller leaves the
entry's cover as it was. Storing the bytes is core's (core/covers.py).
"""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from readinglog.core import covers
from readinglog.core.services import load_item
from readinglog.online.http import Http, NetworkError
from readinglog.paths import AppPaths

ACCEPT = "image/jpeg, image/png, image/gif, image/webp;q=0.9, */*;q=0.1"
_NO_COVER = frozenset({404, 410})


def download(http: Http, url: str) -> bytes | None:
    """The image at ``url``, or None when the server has no cover there. A page or a file
    that is not an image is an ``InvalidInput`` naming the URL and what it looked like; a
    network failure is Http's ``NetworkError``."""
    try:
        answer = http.get(url, accept=ACCEPT, max_bytes=covers.MAX_BYTES)
    except NetworkError as error:
        if error.status in _NO_COVER:
            return None
        raise
    covers.check_image(answer.body, url)
    size = covers.image_size(answer.body)
    if size is not None and min(size) <= 1:
        return None  # a placeholder pixel, not a cover
    return answer.body


def attach(
    http: Http,
    sessions: sessionmaker[Session],
    paths: AppPaths,
    item_id: int,
    url: str,
    *,
    replace: bool = False,
) -> str | None:
    """Download the cover at ``url`` and keep it as entry ``item_id``'s, in its own
    transaction (after the download: no transaction is held open across the network). An
    entry that has a cover keeps it unless ``replace``. Returns the stored ``cover_path``, or
    None when nothing changed (a cover kept, or none at ``url``). For a lookup's fetch:
    ``attach(http, library.sessions, library.paths, item_id, candidate.cover_url)``."""
    if not replace and _has_cover(sessions, paths, item_id):
        return None
    data = download(http, url)
    if data is None:
        return None
    with sessions.begin() as s:
        if not replace and covers.resolve(paths, load_item(s, item_id).cover_path) is not None:
            return None  # set meanwhile
        return covers.store(s, paths, item_id, data, source=url)


def _has_cover(sessions: sessionmaker[Session], paths: AppPaths, item_id: int) -> bool:
    """Whether the entry has a cover whose file is there (a missing file is no cover)."""
    with sessions() as s:
        return covers.resolve(paths, load_item(s, item_id).cover_path) is not None
