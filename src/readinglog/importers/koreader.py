"""KOReader's highlights, from the ``metadata.<ext>.lua`` sidecar it keeps beside each book.

``parse(path)`` takes one sidecar, or a folder searched for ``*.sdr/metadata.*.lua``; each
sidecar is one book, read with :mod:`luadata` (as data, never executed).

Two layouts, as KOReader's ``readerannotation.lua`` migrates between them:

- newer (2024 on): ``annotations``, a list; a highlight has ``pos0``/``pos1``, ``text`` (what was
  highlighted), ``note`` (the user's), ``color``, ``chapter``, ``pageno`` and ``page`` (an
  xpointer for EPUB and the like, a number for PDF); an item without ``pos0`` is a page bookmark.
  When ``annotations`` is present KOReader reads nothing else, and neither do we.
- older: ``bookmarks``, a list where a highlight is ``highlighted = true`` and ``notes`` holds
  the highlighted text while ``text`` holds the user's note, or an automatic
  "Page N <notes> @ <datetime>" that is no note at all; plus ``highlight``, the same highlights
  keyed by page number (which gives the page). Each highlight is yielded once, from its
  bookmark; a ``highlight`` entry without a bookmark (KOReader before 2014) on its own.

PDF positions are tables ``{page=, x=, y=}``. ``Clip.key`` hashes the book's identity (its
``partial_md5_checksum``, else its title), the start position and the creation time, which
KOReader never changes and carries over from one layout to the other, so a re-import matches.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from readinglog.core.errors import InvalidInput, Message
from readinglog.importers.clips import BadRecord, BookRef, Clip, ClipKind, Parsed, Place
from readinglog.importers.luadata import InvalidUTF8, LuaDataError, LuaTable, LuaValue, loads
from readinglog.importers.reasons import reported

SIDECAR = re.compile(r"metadata\.[^.]+\.lua")
# Top-level keys a sidecar has some of: its highlights and book, and the reader's settings
# (which come first when KOReader writes the keys in hash order rather than sorted).
_KEY_NAMES = (
    r"annotations\w*|bookmarks\w*|highlight\w*|doc_props|doc_pages|doc_path|stats|summary"
    r"|partial_md5_checksum|percent_finished|last_xpointer|last_page|cre_dom_version"
    r"|copt_\w+|kopt_\w+|font_\w+|zoom_\w+|gamma\w*|render_\w+|text_lang\w*|rotation_mode"
    r"|readermenu_tab_index|config_panel_index"
)
_KNOWN_KEY = re.compile(rf"(?:{_KEY_NAMES})")
_KNOWN_FIELD = re.compile(rf'\[\s*"(?:{_KEY_NAMES})"\s*\]\s*=')
_START = re.compile(r"\A\ufeff?\s*(?:--[^\n]*\n\s*)*(?:return\s*)?\{")
_SIGNATURE = "-- we can read Lua syntax here!"  # the first line of every file KOReader saves
_DATETIME = "%Y-%m-%d %H:%M:%S"
_ISBN = re.compile(r"(?:urn:)?isbn[:\s]*([0-9Xx][0-9Xx\- ]{8,16}[0-9Xx])", re.IGNORECASE)


def sniff(head: str) -> bool:
    """True when ``head`` (the start of a file) looks like a KOReader sidecar."""
    start = _START.match(head)
    if start is None:
        return False
    return _SIGNATURE in head[: start.end()] or bool(_KNOWN_FIELD.search(head))


def parse(path: Path) -> Iterator[Parsed]:
    if path.is_dir():
        sidecars = sorted(
            p for p in path.rglob("*.sdr/metadata.*.lua") if SIDECAR.fullmatch(p.name)
        )
        if not sidecars:
            raise InvalidInput(
                "{folder} holds no KOReader sidecar (no *.sdr/metadata.*.lua inside it).",
                folder=path.name,
            )
        for sidecar in sidecars:
            yield from _parse_sidecar(sidecar, sidecar.relative_to(path).as_posix(), strict=False)
    else:
        yield from _parse_sidecar(path, path.name, strict=True)


def _parse_sidecar(path: Path, name: str, strict: bool) -> Iterator[Parsed]:
    """One book. ``strict``: a file that is not a sidecar at all raises instead of reporting."""
    try:
        data = path.read_bytes()
    except OSError as e:
        why = e.strerror or str(e)
        if strict:
            raise InvalidInput("{file} cannot be read: {reason}.", file=name, reason=why) from e
        yield BadRecord(
            0, reported(Message("{file} cannot be read: {reason}", file=name, reason=why))
        )
        return
    try:
        root = loads(data) if _START.match(data[:4096].decode("utf-8", "replace")) else None
    except LuaDataError as e:
        yield BadRecord(
            e.line,
            reported(
                Message("{file} cannot be read as Lua data: {error}", file=name, error=e.said)
            ),
        )
        return
    if not (isinstance(root, LuaTable) and any(_is_known(key) for key in root)):
        if strict:
            raise InvalidInput(
                "{file} is not a KOReader metadata.*.lua sidecar: it does not return a table of "
                "book settings and highlights.",
                file=name,
            )
        reason = Message(
            "{file} is not a KOReader metadata.*.lua sidecar: it does not return a table of "
            "book settings and highlights",
            file=name,
        )
        yield BadRecord(1, reported(reason))
        return
    sidecar = _Sidecar(root, path, name)
    props = root.get("doc_props")
    if isinstance(props, LuaTable):
        fields = {k: props.get(k) for k in ("title", "authors")}
        yield from sidecar.bad_text(root.line_of("doc_props"), fields)
    annotations = root.get("annotations")
    if annotations is not None:
        yield from sidecar.annotations(annotations, root.line_of("annotations"))
    elif "bookmarks" in root or "highlight" in root:
        yield from sidecar.old_layout(root.get("bookmarks"), root.get("highlight"))


@dataclass
class _Sidecar:
    root: LuaTable
    path: Path
    name: str

    def __post_init__(self) -> None:
        self.book = _book(self.root, self.path)
        self.identity = _text(self.root.get("partial_md5_checksum")) or self.book.title
        pages = self.root.get("doc_pages")
        stats = self.root.get("stats")
        if not isinstance(pages, int) and isinstance(stats, LuaTable):
            pages = stats.get("pages")
        self.pages = pages if isinstance(pages, int) and pages > 0 else None

    # -- the newer layout

    def annotations(self, items: LuaValue, line: int) -> Iterator[Parsed]:
        if not isinstance(items, LuaTable):
            yield BadRecord(
                line, reported(Message("{file}: 'annotations' is not a table", file=self.name))
            )
            return
        for index, item in items.items():
            at = items.line_of(index)
            if not isinstance(item, LuaTable):
                yield BadRecord(
                    at,
                    reported(
                        Message(
                            "{file}: annotation [{index}] is not a table",
                            file=self.name,
                            index=index,
                        )
                    ),
                )
                continue
            page = item.get("page")
            pageno = item.get("pageno")
            number = _int(pageno) or (_int(page) if not isinstance(page, str) else None)
            pos0 = item.get("pos0")
            anchor = pos0 if pos0 is not None else page
            if anchor is None:
                yield BadRecord(
                    at,
                    reported(
                        Message(
                            "{file}: annotation [{index}] has no page and no pos0",
                            file=self.name,
                            index=index,
                        )
                    ),
                )
                continue
            fields = {"text": item.get("text"), "note": item.get("note")}
            fields["chapter"] = item.get("chapter")
            yield from self.bad_text(at, fields)
            highlight = pos0 is not None
            text = _text(item.get("text")) if highlight else ""
            comment = _text(item.get("note"))
            yield self._clip(
                kind=ClipKind.HIGHLIGHT if highlight else ClipKind.BOOKMARK,
                text=text,
                comment="" if comment == text else comment,
                page=number,
                position=_xpointer(pos0) or _xpointer(page),
                chapter=item.get("chapter"),
                made=item.get("datetime"),
                color=item.get("color"),
                anchor=_anchor(anchor, number),
                line=at,
            )

    # -- the older layout

    def old_layout(
        self, bookmarks: LuaValue | None, highlight: LuaValue | None
    ) -> Iterator[Parsed]:
        highlights: list[_Highlight] = []
        if isinstance(highlight, LuaTable):
            for page, entries in highlight.items():
                if not isinstance(entries, LuaTable):
                    at = highlight.line_of(page)
                    yield BadRecord(
                        at,
                        reported(
                            Message(
                                "{file}: highlight [{page}] is not a table",
                                file=self.name,
                                page=page,
                            )
                        ),
                    )
                    continue
                for index, hl in entries.items():
                    if not isinstance(hl, LuaTable):
                        at = entries.line_of(index)
                        yield BadRecord(
                            at,
                            reported(
                                Message(
                                    "{file}: highlight [{page}][{index}] is not a table",
                                    file=self.name,
                                    page=page,
                                    index=index,
                                )
                            ),
                        )
                        continue
                    highlights.append(_Highlight(_int(page), hl))
        elif highlight is not None:
            yield BadRecord(
                self.root.line_of("highlight"),
                reported(Message("{file}: 'highlight' is not a table", file=self.name)),
            )
        if isinstance(bookmarks, LuaTable):
            for index, bm in bookmarks.items():
                at = bookmarks.line_of(index)
                if not isinstance(bm, LuaTable):
                    yield BadRecord(
                        at,
                        reported(
                            Message(
                                "{file}: bookmark [{index}] is not a table",
                                file=self.name,
                                index=index,
                            )
                        ),
                    )
                    continue
                yield from self._bookmark(bm, highlights)
        elif bookmarks is not None:
            yield BadRecord(
                self.root.line_of("bookmarks"),
                reported(Message("{file}: 'bookmarks' is not a table", file=self.name)),
            )
        for left in highlights:
            if not left.used:
                yield from self._lone_highlight(left)

    def _bookmark(self, bm: LuaTable, highlights: list[_Highlight]) -> Iterator[Parsed]:
        page = bm.get("page")
        pos0 = bm.get("pos0")
        notes = _text(bm.get("notes"))
        user_text = _text(bm.get("text"))
        made = bm.get("datetime")
        if _is_auto_text(bm.get("text"), bm.get("notes"), made):
            user_text = ""
        yield from self.bad_text(bm.line, {k: bm.get(k) for k in ("text", "notes", "chapter")})
        if bm.get("highlighted") is not True:
            yield self._clip(
                kind=ClipKind.BOOKMARK,
                text="",
                comment=user_text,
                page=_int(page),
                position=_xpointer(page),
                chapter=bm.get("chapter"),
                made=made,
                color=None,
                anchor=_anchor(page, _int(page)),
                line=bm.line,
            )
            return
        hl = _match(bm, highlights)
        number = _int(page) if not isinstance(page, str) else (hl.page if hl else None)
        text = notes or (_text(hl.entry.get("text")) if hl else "")
        yield self._clip(
            kind=ClipKind.HIGHLIGHT,
            text=text,
            comment="" if user_text == text else user_text,
            page=number,
            position=_xpointer(pos0) or _xpointer(page),
            chapter=bm.get("chapter") or (hl.entry.get("chapter") if hl else None),
            made=made,
            color=hl.entry.get("color") if hl else None,
            anchor=_anchor(pos0 if pos0 is not None else page, number),
            line=bm.line,
        )

    def _lone_highlight(self, hl: _Highlight) -> Iterator[Parsed]:
        entry = hl.entry
        yield from self.bad_text(entry.line, {k: entry.get(k) for k in ("text", "chapter")})
        pos0 = entry.get("pos0")
        yield self._clip(
            kind=ClipKind.HIGHLIGHT,
            text=_text(entry.get("text")),
            comment="",
            page=hl.page,
            position=_xpointer(pos0),
            chapter=entry.get("chapter"),
            made=entry.get("datetime"),
            color=entry.get("color"),
            anchor=_anchor(pos0 if pos0 is not None else hl.page, hl.page),
            line=entry.line,
        )

    # -- shared

    def _clip(
        self,
        *,
        kind: ClipKind,
        text: str,
        comment: str,
        page: int | None,
        position: str | None,
        chapter: LuaValue | None,
        made: LuaValue | None,
        color: LuaValue | None,
        anchor: str,
        line: int,
    ) -> Clip:
        when = _text(made)
        percent = None
        if page is not None and self.pages is not None:
            percent = round(min(100.0, 100.0 * page / self.pages), 1)
        material = "\x1f".join((self.identity, anchor, when))
        return Clip(
            book=self.book,
            kind=kind,
            text=text,
            comment=comment,
            place=Place(
                page=page,
                chapter=_text(chapter) or None,
                percent=percent,
                position=position,
            ),
            made_at=_datetime(when),
            color=_text(color) or None,
            key="koreader:" + hashlib.sha1(material.encode("utf-8")).hexdigest()[:24],
            line=line,
        )

    def bad_text(self, line: int, fields: dict[str, LuaValue | None]) -> Iterator[BadRecord]:
        for field, value in fields.items():
            if isinstance(value, InvalidUTF8):
                yield BadRecord(
                    line,
                    reported(
                        Message(
                            "{file}: the {field} is not valid UTF-8; "
                            "kept with replacement characters",
                            file=self.name,
                            field=field,
                        )
                    ),
                )


@dataclass
class _Highlight:
    page: int | None
    entry: LuaTable
    used: bool = False


def _match(bm: LuaTable, highlights: list[_Highlight]) -> _Highlight | None:
    """The ``highlight`` entry for a highlighted bookmark, by KOReader's own rule: the same
    start (xpointer, or a PDF position's x and y) and the same time when both have one."""
    made, start = bm.get("datetime"), _start(bm.get("pos0"))
    for hl in highlights:
        if hl.used or _start(hl.entry.get("pos0")) != start:
            continue
        hl_made = hl.entry.get("datetime")
        if made is None or hl_made is None or made == hl_made:
            hl.used = True
            return hl
    return None


def _start(pos0: LuaValue | None) -> str:
    if isinstance(pos0, LuaTable):
        return f"{_num(pos0.get('x'))}:{_num(pos0.get('y'))}"
    return _anchor(pos0, None)


def _is_known(key: object) -> bool:
    return isinstance(key, str) and bool(_KNOWN_KEY.fullmatch(key))


def _is_auto_text(text: LuaValue | None, notes: LuaValue | None, made: LuaValue | None) -> bool:
    """KOReader's own test: none, empty, the highlighted text again, or "Page N <notes> @
    <time>" (whose words are translated, so only the tail is compared)."""
    if not isinstance(text, str) or not text.strip() or _text(text) == _text(notes):
        return True
    return isinstance(made, str) and text.endswith(f" {_text(notes)} @ {made}")


def _book(root: LuaTable, path: Path) -> BookRef:
    props = root.get("doc_props")
    stats = root.get("stats")
    props = props if isinstance(props, LuaTable) else LuaTable(0)
    stats = stats if isinstance(stats, LuaTable) else LuaTable(0)
    title = _text(props.get("title")) or _text(stats.get("title"))
    if not title:
        folder = path.parent.name
        title = folder.removesuffix(".sdr") if folder.endswith(".sdr") else path.stem
    authors = _text(props.get("authors")) or _text(stats.get("authors"))
    return BookRef(
        title=title,
        authors=tuple(a.strip() for a in authors.split("\n") if a.strip()),
        isbn=_isbn(_text(props.get("identifiers"))),
    )


def _isbn(identifiers: str) -> str | None:
    for line in identifiers.splitlines():
        m = _ISBN.search(line)
        if m:
            digits = re.sub(r"[\s-]", "", m.group(1)).upper()
            if len(digits) in (10, 13):
                return digits
    return None


def _anchor(value: LuaValue | None, page: int | None) -> str:
    """A stable text for a position: the xpointer, or a PDF position's page, x and y."""
    if isinstance(value, LuaTable):
        at = _int(value.get("page")) or page
        return f"{at}:{_num(value.get('x'))}:{_num(value.get('y'))}"
    if value is None:
        return ""
    return _num(value) if isinstance(value, int | float) else str(value)


def _num(value: LuaValue | None) -> str:
    return format(float(value), ".10g") if isinstance(value, int | float) else ""


def _xpointer(value: LuaValue | None) -> str | None:
    return value if isinstance(value, str) and value.startswith("/") else None


def _int(value: LuaValue | None) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value if isinstance(value, int) else None


def _text(value: LuaValue | None) -> str:
    return value.strip() if isinstance(value, str) else ""


def _datetime(value: str) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(value, _DATETIME)
    except ValueError:
        return None
