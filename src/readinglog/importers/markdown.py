"""Markdown files (one file, a blog's posts folder, an Obsidian vault) become notes.

Front matter gives the title, the date (created_at), lastmod (updated_at), tags and categories
(both as tags); the body after it is kept byte for byte. Each note remembers its file
(``notes.source_path``): importing the folder again updates changed files and leaves the rest.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from readinglog.core import notes, values
from readinglog.core.batches import Batch, Outcome
from readinglog.core.errors import InvalidInput, Message, UserError
from readinglog.core.models import ImportKind, ImportSource, Note
from readinglog.core.notes import MAX_TITLE_CHARS
from readinglog.core.services import MAX_TAG_LENGTH
from readinglog.core.types import Progress, Target
from readinglog.importers import frontmatter
from readinglog.importers.reasons import reported
from readinglog.importers.records import fingerprint, to_json
from readinglog.importers.rows import write_row

SUFFIXES = (".md", ".markdown", ".mdown")
SKIP_DIRS = (".obsidian", ".git", ".trash", "node_modules")
DATE_KEYS = ("date", "created", "publishDate", "published")
UPDATED_KEYS = ("lastmod", "updated", "modified", "last_modified_at")
TAG_KEYS = ("tags", "categories", "category", "tag", "keywords")


def files(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    found = [
        p
        for p in root.rglob("*")
        if p.suffix.lower() in SUFFIXES
        and p.is_file()
        and not any(part in SKIP_DIRS for part in p.relative_to(root).parts)
    ]
    return sorted(found)


def parse_when(value: object, where: str) -> dt.datetime | None:
    """A front matter date: 2013-02-05, '2013-02-05T18:30:45+00:00', 2005-06-08 21:39:00."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time(12), tzinfo=dt.UTC)
    else:
        written = str(value).strip()
        # By hand: 2022/04/22, 2022年4月22日 周五 09:59 (an error quotes it as written).
        text = written if _WHEN_RE.fullmatch(written) else _by_hand(written)
        try:
            if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
                day = values.parse_date(text, where)
                return dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC)
            moment = _moment(text, where)
        except InvalidInput:
            raise InvalidInput(
                "{where}: {text!r} is not a date", where=where, text=written
            ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


_WHEN_RE = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.\d+)?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?"
)


# A day name a person wrote between the date and the time: 2022-04-22 周五 09:59, Fri, Friday.
_WEEKDAY_RE = re.compile(
    r"(?<=\d)\s*[(（]?\s*(?:(?:周|星期|礼拜|禮拜)[一二三四五六日天]|[月火水木金土日]曜日?"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)\s*[)）]?,?(?=\s|$)",
    re.I,
)


# A year-first date written by hand: 2022/04/22, 2022.04.22, 2022年4月22日.
_HAND_DATE_RE = re.compile(r"^(\d{4})\s*[/.年]\s*(\d{1,2})\s*[/.月]\s*(\d{1,2})(?:\s*日)?(?=\D|$)")


def _by_hand(text: str) -> str:
    """``text`` in the form _WHEN_RE reads: year-month-day with dashes, no day name."""
    text = _HAND_DATE_RE.sub(r"\1-\2-\3", text.strip())
    return " ".join(_WEEKDAY_RE.sub(" ", text, 1).split())


def _moment(text: str, where: str) -> dt.datetime:
    """Lenient ISO 8601, as generators accept it (one-digit hours: ``T0:10:32``)."""
    match = _WHEN_RE.fullmatch(text)
    if match is None:
        raise InvalidInput("{where}: {text!r} is not a date", where=where, text=text)
    year, month, day, hour, minute, second, zone = match.groups()
    tz: dt.tzinfo | None = None
    if zone:
        tz = dt.UTC if zone == "Z" else dt.datetime.strptime(zone.replace(":", ""), "%z").tzinfo
    try:
        return dt.datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0),
            int(second or 0), tzinfo=tz,
        )  # fmt: skip
    except ValueError:
        raise InvalidInput("{where}: {text!r} is not a date", where=where, text=text) from None


def _tags(meta: dict[str, Any], warnings: list[str], where: str) -> list[str]:
    names: list[str] = []
    for key in TAG_KEYS[:4]:
        value = meta.get(key)
        if isinstance(value, str):
            value = [v for v in re.split(r"\s*,\s*", value) if v]
        if isinstance(value, list):
            names += [str(v).strip().lstrip("#").strip() for v in value if v is not None]
    out: dict[str, str] = {}
    for name in names:
        if not name:
            continue
        if len(name) > MAX_TAG_LENGTH:
            too_long = Message(
                "{where}: tag {name!r} is longer than {limit} characters; left out",
                where=where,
                name=name,
                limit=MAX_TAG_LENGTH,
            )
            warnings.append(reported(too_long))
            continue
        out.setdefault(name.casefold(), name)
    return list(out.values())


def _when(
    meta: dict[str, Any], keys: tuple[str, ...], shown: str, warnings: list[str]
) -> dt.datetime | None:
    """The first of ``keys`` that reads as a date; each one that does not is named in a warning."""
    for key in keys:
        value = meta.get(key)
        if value in (None, ""):
            continue
        try:
            return parse_when(value, f"{shown}: {key}")
        except InvalidInput as error:
            warnings.append(reported(Message("{reason}; left out", reason=error)))
    return None


def _front_matter(
    text: str, shown: str, warnings: list[str]
) -> tuple[frontmatter.Split, dict[str, Any]]:
    """The split file and what its front matter says; a fenced block in which no line reads as
    ``key: value`` is not front matter (a note that starts with a rule), and stays in the body."""
    found = frontmatter.split(text)
    problems: list[str] = []
    meta = frontmatter.parse(found, shown, problems)
    if found.kind is not None and not meta and problems:
        return frontmatter.Split(None, "", text), {}
    warnings.extend(problems)
    return found, meta


def _title(meta: dict[str, Any], path: Path, shown: str, warnings: list[str]) -> str:
    title = str(meta.get("title") or "").strip() or path.stem
    if len(title) > MAX_TITLE_CHARS:
        too_long = Message(
            "{file}: title: {length} characters is more than {limit}; the file name is the title",
            file=shown,
            length=len(title),
            limit=MAX_TITLE_CHARS,
        )
        warnings.append(reported(too_long))
        title = path.stem[:MAX_TITLE_CHARS]
    return title


class NoteWriter:
    def __init__(self, s: Session, batch: Batch, root: Path) -> None:
        self.s, self.batch, self.root = s, batch, root

    def write(self, path: Path) -> Outcome:
        """Import one file; a reason to skip it names the file (the report has no line)."""
        shown = path.name if self.root.is_file() else str(path.relative_to(self.root))
        try:
            return self._write(path, shown)
        except UserError as error:
            if error.message.startswith(f"{shown}:"):
                raise
            raise InvalidInput("{file}: {reason}", file=shown, reason=error) from None

    def _write(self, path: Path, shown: str) -> Outcome:
        text = values.decode_utf8(path.read_bytes(), shown)
        warnings = self.batch.warnings
        found, meta = _front_matter(text, shown, warnings)
        title = _title(meta, path, shown, warnings)
        created = _when(meta, DATE_KEYS, shown, warnings)
        updated = _when(meta, UPDATED_KEYS, shown, warnings) or created
        tags = _tags(meta, warnings, shown)
        key = str(path.resolve())
        data = to_json({"title": title, "body": found.body, "tags": tags, "front_matter": meta,
                        "format": found.kind})  # fmt: skip
        print_ = fingerprint(data)
        record = json.dumps(data, ensure_ascii=False, sort_keys=True)
        source = self.s.get(ImportSource, (ImportKind.MARKDOWN, key))
        if source is not None and source.note_id is not None:
            if source.fingerprint == print_:
                return Outcome.UNCHANGED
            self.batch.touch(Target.NOTE, source.note_id)
            notes.edit_note(self.s, source.note_id, title=title, body=found.body, tags=tags)
            self._dates(source.note_id, created, updated, key)
            source.fingerprint, source.record = print_, record
            return Outcome.UPDATED
        changes = notes.add_note(self.s, found.body, title=title, tags=tags)
        assert changes.created is not None
        self.batch.created(Target.NOTE, changes.created)
        self._dates(changes.created, created, updated, key)
        self.s.add(
            ImportSource(kind=ImportKind.MARKDOWN, key=key, note_id=changes.created,
                         fingerprint=print_, record=record)
        )  # fmt: skip
        return Outcome.CREATED

    def _dates(
        self, note_id: int, created: dt.datetime | None, updated: dt.datetime | None, path: str
    ) -> None:
        note = self.s.get(Note, note_id)
        assert note is not None
        note.source_path = path
        if created is not None:
            note.created_at = created
        if updated is not None:
            note.updated_at = updated


def read(s: Session, batch: Batch, path: Path) -> Iterator[Progress]:
    found = files(path)
    if not found:
        raise InvalidInput("{path}: no Markdown files (.md) found", path=path)
    writer = NoteWriter(s, batch, path)
    yield Progress(0, len(found), reported(Message("reading {file}", file=path.name)))
    for done, file in enumerate(found, 1):
        write_row(s, batch, 0, partial(writer.write, file))  # 0: the whole file (named)
        yield Progress(done, len(found), file.name)
