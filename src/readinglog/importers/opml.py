"""Podcast subscriptions as OPML (Overcast, Pocket Casts, AntennaPod, Apple Podcasts).

Each outline with an ``xmlUrl`` is a show (feed URL, site URL, title with character
references decoded); the folders it sits in become tags. Parsed with defusedxml: a file that
declares entities (billion laughs) or points at external ones is refused as a whole, before
anything is written.
"""

from __future__ import annotations

import xml.sax
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import defusedxml
import defusedxml.sax
from sqlalchemy import select
from sqlalchemy.orm import Session

from readinglog.core import services
from readinglog.core.batches import Batch, Outcome
from readinglog.core.errors import InvalidInput, Message
from readinglog.core.models import ImportKind, ImportSource, Item
from readinglog.core.types import ItemKind, Progress, Status, Target
from readinglog.importers.reasons import reported
from readinglog.importers.records import fingerprint, to_json
from readinglog.importers.rows import write_row


@dataclass(frozen=True)
class Show:
    line: int
    title: str
    feed_url: str
    site_url: str | None
    folders: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Bad:
    line: int
    reason: str  # importers.reasons.reported


class _Handler(xml.sax.handler.ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[Show | Bad] = []
        self.folders: list[str | None] = []
        self.saw_opml = False

    def startElement(self, name: str, attrs: Any) -> None:
        if name == "opml":
            self.saw_opml = True
        if name != "outline":
            return
        locator = getattr(self, "_locator", None)
        line = locator.getLineNumber() if locator is not None else 0
        title = (attrs.get("title") or attrs.get("text") or "").strip()
        feed = (attrs.get("xmlUrl") or attrs.get("xmlurl") or "").strip()
        if feed:
            site = (attrs.get("htmlUrl") or attrs.get("htmlurl") or "").strip() or None
            folders = tuple(f for f in self.folders if f)
            if not title:
                self.found.append(Bad(line, reported(Message("the show has no title or text"))))
            else:
                self.found.append(Show(line, title, feed, site if site != feed else None, folders))
        self.folders.append(None if feed else title or None)

    def endElement(self, name: str) -> None:
        if name == "outline" and self.folders:
            self.folders.pop()


def parse(path: Path) -> list[Show | Bad]:
    handler = _Handler()
    try:
        with path.open("rb") as stream:
            defusedxml.sax.parse(stream, handler)
    except defusedxml.DefusedXmlException as error:
        raise InvalidInput(
            "{file}: refused: the XML uses entities or external references "
            "({error}), which a subscription list never needs",
            file=path.name,
            error=type(error).__name__,
        ) from None
    except xml.sax.SAXParseException as error:
        raise InvalidInput(
            "{file}: line {line}: not well-formed XML ({error})",
            file=path.name,
            line=error.getLineNumber(),
            error=error.getMessage(),
        ) from None
    if not handler.saw_opml:
        raise InvalidInput("{file}: not an OPML file (no <opml> element)", file=path.name)
    return _drop_wrapper(handler.found)


def _drop_wrapper(found: list[Show | Bad]) -> list[Show | Bad]:
    """Pocket Casts wraps every show in one "feeds" folder: that is no tag."""
    shows = [f for f in found if isinstance(f, Show)]
    firsts = {show.folders[:1] for show in shows}
    if len(shows) > 1 and len(firsts) == 1 and firsts != {()}:
        return [
            Show(f.line, f.title, f.feed_url, f.site_url, f.folders[1:])
            if isinstance(f, Show)
            else f
            for f in found
        ]
    return found


class ShowWriter:
    def __init__(self, s: Session, batch: Batch) -> None:
        self.s, self.batch = s, batch

    def write(self, show: Show) -> Outcome:
        data = to_json(
            {"title": show.title, "feed_url": show.feed_url, "site_url": show.site_url,
             "folders": list(show.folders)}
        )  # fmt: skip
        print_ = fingerprint(data)
        fields: dict[str, object] = {"feed_url": show.feed_url}
        if show.site_url:
            fields["url"] = show.site_url
        source = self.s.get(ImportSource, (ImportKind.OPML, show.feed_url))
        if source is not None and source.item_id is not None:
            if source.fingerprint == print_:
                return Outcome.UNCHANGED
            self.batch.touch(Target.ITEM, source.item_id)
            services.edit_item(
                self.s, source.item_id, title=show.title, field_values=fields,
                add_tags=show.folders,
            )  # fmt: skip
            source.fingerprint, source.record = print_, _dump(data)
            return Outcome.UPDATED
        existing = self.s.scalar(
            select(Item.id).where(Item.kind == ItemKind.PODCAST, Item.feed_url == show.feed_url)
        )
        if existing is not None:
            self.batch.touch(Target.ITEM, existing)
            item = services.load_item(self.s, existing)
            fill = {k: v for k, v in fields.items() if getattr(item, k) is None}
            services.edit_item(self.s, existing, field_values=fill, add_tags=show.folders)
            item_id, outcome = existing, Outcome.UPDATED
        else:
            changes = services.add_item(
                self.s, ItemKind.PODCAST, show.title, field_values=fields,
                tags=show.folders, status=Status.IN_PROGRESS,
            )  # fmt: skip
            assert changes.created is not None
            item_id, outcome = changes.created, Outcome.CREATED
            self.batch.created(Target.ITEM, item_id)
        self.s.add(
            ImportSource(
                kind=ImportKind.OPML, key=show.feed_url, item_id=item_id,
                fingerprint=print_, record=_dump(data),
            )
        )  # fmt: skip
        return outcome


def _dump(data: object) -> str:
    import json

    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def read(s: Session, batch: Batch, path: Path) -> Iterator[Progress]:
    found = parse(path)  # the whole file is checked before anything is written
    writer = ShowWriter(s, batch)
    yield Progress(0, len(found), reported(Message("reading {file}", file=path.name)))
    for done, entry in enumerate(found, 1):
        if isinstance(entry, Bad):
            batch.skip(entry.line, entry.reason)
        else:
            write_row(s, batch, entry.line, partial(writer.write, entry))
        yield Progress(done, len(found), entry.title if isinstance(entry, Show) else "")
