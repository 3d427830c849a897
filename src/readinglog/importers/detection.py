"""Which importer a file or folder is for, from its name and its first few KB.

A CSV by its header; a highlights export or a 豆瓣 backup by its importer's ``sniff`` on the
first HEAD_BYTES, decoded leniently; OPML and Markdown by their suffix. A folder is a Readwise
Markdown export (Books/, Articles/, ... whose files read like Readwise's), a folder of KOReader
books (``*.sdr/metadata.*.lua``), or else a folder of Markdown notes.
"""

from __future__ import annotations

import codecs
import csv
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from readinglog.core.errors import Message
from readinglog.core.models import ImportKind
from readinglog.importers import goodreads, storygraph
from readinglog.importers.reasons import reported

_MARKDOWN = (".md", ".markdown", ".mdown")
# The suffixes of the files detect() knows (a highlights export may have any other name).
SUFFIXES = (".csv", ".opml", ".xml", *_MARKDOWN, ".txt", ".lua", ".json")
HEAD_BYTES = 4096  # what detection reads of a file
_UTF16 = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_LOOKED_FOR = Message(
    "a Goodreads, StoryGraph, Readwise or 豆伴 CSV header, a Kindle My Clippings.txt, a "
    "KOReader sidecar (.lua), a WeRead notes export, a 豆瓣 JSON backup, OPML or Markdown"
)


@dataclass(frozen=True)
class Detected:
    kind: ImportKind | None
    reason: str  # one sentence: why this kind, or why none (importers.reasons.reported)


def detect(path: Path) -> Detected:
    """The importer a file or folder is for: a CSV by its header, a highlights export by its
    first few KB (each importer's ``sniff``), OPML, Markdown; a folder by what it holds."""
    if path.is_dir():
        return _detect_folder(path)
    suffix = path.suffix.lower()
    head = read_head(path)
    if head is None:
        return Detected(None, reported(Message("{file} cannot be read", file=path.name)))
    if suffix == ".csv":
        return _detect_csv(path, head)
    found = _sniffed(head)
    if found is not None:
        return found
    if suffix in _MARKDOWN:
        return Detected(ImportKind.MARKDOWN, reported(Message("a Markdown file")))
    if suffix == ".opml" or (suffix == ".xml" and "<opml" in head.lower()):
        return Detected(ImportKind.OPML, reported(Message("an OPML file of podcast subscriptions")))
    return Detected(
        None,
        reported(
            Message(
                "{file} is none of the files this imports: it looked for {looked_for}",
                file=path.name,
                looked_for=_LOOKED_FOR,
            )
        ),
    )


def read_head(path: Path) -> str | None:
    """The first HEAD_BYTES of a file as text, read leniently (UTF-8, else GB18030 as Chinese
    Excel saves; UTF-16 by its BOM; a character cut at the end dropped), BOM stripped; None
    when the file cannot be read."""
    try:
        with path.open("rb") as stream:
            data = stream.read(HEAD_BYTES)
    except OSError:
        return None
    if data.startswith(_UTF16):
        return data[: len(data) // 2 * 2].decode("utf-16", errors="replace").removeprefix("\ufeff")
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(data)  # not final: a cut tail waits
    except UnicodeDecodeError:
        text = data.decode("gb18030", errors="replace")
    return text.removeprefix("\ufeff")


def _sniffers() -> Iterable[tuple[ImportKind, Callable[[str], bool], Message]]:
    """Each highlights (and 豆瓣) format's ``sniff``, imported on use, most particular first."""
    from readinglog.importers import douban, kindle, koreader, readwise, weread

    yield (
        ImportKind.KOREADER,
        koreader.sniff,
        Message("a KOReader sidecar (a book's metadata .lua)"),
    )
    yield ImportKind.KINDLE, kindle.sniff, Message("a Kindle My Clippings.txt")
    yield ImportKind.WEREAD, weread.sniff, Message("a WeRead (微信读书) notes export")
    yield ImportKind.READWISE, readwise.sniff, Message("a Readwise export")
    yield ImportKind.DOUBAN, douban.sniff, Message("a 豆瓣 backup or 豆伴 sheet")


def _sniffed(head: str) -> Detected | None:
    for kind, sniff, reason in _sniffers():
        if sniff(head):
            return Detected(kind, reported(reason))
    return None


def _detect_csv(path: Path, head: str) -> Detected:
    try:
        header = [name.strip() for name in next(csv.reader(head.splitlines()[:1]), [])]
    except csv.Error as error:
        return Detected(
            None,
            reported(Message("{file} cannot be read: {error}", file=path.name, error=str(error))),
        )
    if all(name in header for name in goodreads.REQUIRED):
        return Detected(
            ImportKind.GOODREADS, reported(Message("its header is a Goodreads library export's"))
        )
    if all(name in header for name in storygraph.REQUIRED):
        return Detected(
            ImportKind.STORYGRAPH, reported(Message("its header is a StoryGraph export's"))
        )
    if "Highlight" in header and "Book Title" in header:
        return Detected(ImportKind.READWISE, reported(Message("its header is a Readwise export's")))
    found = _sniffed(head)
    if found is not None:
        return found
    return Detected(
        None,
        reported(
            Message(
                "{file}: the header is neither Goodreads', StoryGraph's, Readwise's nor 豆伴's",
                file=path.name,
            )
        ),
    )


def _detect_folder(path: Path) -> Detected:
    if _is_readwise_folder(path):
        return Detected(
            ImportKind.READWISE,
            reported(Message("a Readwise Markdown export (Books, Articles, ...)")),
        )
    if _has_sidecar(path):
        return Detected(
            ImportKind.KOREADER,
            reported(Message("a folder of KOReader books (*.sdr/metadata.*.lua)")),
        )
    if path.suffix.lower() == ".sdr" and _sidecars_in(path):
        return Detected(
            None,
            reported(
                Message(
                    "{folder} is one KOReader book's folder: import its {sidecar}, "
                    "or the folder that holds the books",
                    folder=path.name,
                    sidecar=_sidecars_in(path)[0],
                )
            ),
        )
    return Detected(
        ImportKind.MARKDOWN, reported(Message("a folder: its Markdown files are imported as notes"))
    )


def _is_readwise_folder(path: Path) -> bool:
    """Books/, Articles/, Tweets/ or Podcasts/ (possibly under Readwise/) whose first .md file
    reads like Readwise's (a vault's own Books/ folder of notes does not)."""
    from readinglog.importers.readwise_md import KINDS as FOLDERS
    from readinglog.importers.readwise_md import looks_like_markdown

    root = path / "Readwise" if (path / "Readwise").is_dir() else path
    try:
        subs = [sub for sub in root.iterdir() if sub.name.lower() in FOLDERS and sub.is_dir()]
    except OSError:
        return False
    for sub in sorted(subs):
        first = next((f for f in sorted(sub.rglob("*.md")) if f.is_file()), None)
        if first is not None:
            head = read_head(first)
            return head is not None and looks_like_markdown(head)
    return False


def _has_sidecar(path: Path) -> bool:
    """A KOReader sidecar somewhere below: ``<book>.sdr/metadata.<ext>.lua`` (a ``.sdr``
    folder itself is not one the importer reads: it looks below the folder it is given)."""
    for folder, subfolders, files in os.walk(path):
        if folder != str(path) and folder.endswith(".sdr") and _sidecars_in(Path(folder), files):
            return True
        subfolders[:] = [name for name in subfolders if name != ".git"]
    return False


def _sidecars_in(folder: Path, files: list[str] | None = None) -> list[str]:
    from readinglog.importers.koreader import SIDECAR

    try:
        names = files if files is not None else [p.name for p in folder.iterdir()]
    except OSError:
        return []
    return sorted(name for name in names if SIDECAR.fullmatch(name))
