"""File names no two posts share: in one run, or with what earlier exports wrote to the folder.

Names compare as a case-insensitive, normalizing file system does (NTFS, APFS: ``README`` and
``Readme``, NFC and NFD). A post that cannot have its own name gets ``-<id>`` on its slug
(``<title> (<id>)`` for Obsidian, which names files by title), then ``-<id>-<k>``; the suffix
always fits in a file name. A post keeps the file it was exported to last time when that is
still one of its names, so re-exports are stable.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from itertools import count, islice
from pathlib import PurePosixPath

from readinglog.export.profiles import ExportOptions, Format
from readinglog.export.render import Post
from readinglog.export.slug import MAX_NAME_BYTES, MAX_SLUG_BYTES, truncate_utf8

Owner = tuple[str, int]  # ("note" or "item", id), as the export ledger keys it
Render = Callable[[ExportOptions], Post]
KEPT_TRIES = 4  # how many of its names a post's last file is looked for among


def path_key(path: PurePosixPath) -> str:
    """Two paths a case-insensitive or normalizing file system takes for one file."""
    return unicodedata.normalize("NFC", str(path)).casefold()


def variant(fmt: Format, options: ExportOptions, first: Post, doc_id: int, k: int) -> ExportOptions:
    """The options of a post's ``k``-th name (``k`` >= 1; its own name is the 0th)."""
    suffix = f"{doc_id}" if k == 1 else f"{doc_id}-{k}"
    if fmt is Format.OBSIDIAN:
        stem = first.path.name.removesuffix(".md")
        tail = f" ({suffix})"
        room = MAX_NAME_BYTES - len(".md") - len(tail.encode("utf-8"))
        return replace(options, name=truncate_utf8(stem, room).rstrip(" .") + tail)
    tail = f"-{suffix}"
    room = MAX_SLUG_BYTES - len(tail)
    return replace(options, slug=truncate_utf8(first.slug, room).rstrip("-") + tail)


class Planner:
    """Hands out paths under one folder; ``earlier`` is where the ledger says each post is."""

    def __init__(
        self, fmt: Format, options: ExportOptions, earlier: Mapping[Owner, PurePosixPath]
    ) -> None:
        self.fmt, self.options, self.earlier = fmt, options, earlier
        self.claimed = {path_key(path): owner for owner, path in earlier.items()}
        self.taken: dict[str, Owner] = {}

    def free(self, owner: Owner, post: Post) -> bool:
        key = path_key(post.path)
        return self.taken.get(key, owner) == owner and self.claimed.get(key, owner) == owner

    def _take(self, owner: Owner, chosen: ExportOptions, post: Post) -> tuple[ExportOptions, Post]:
        self.taken[path_key(post.path)] = owner
        return chosen, post

    def _names(self, owner: Owner, render: Render) -> Iterator[tuple[ExportOptions, Post]]:
        """A post's names in order of preference, each with the options that give it."""
        first = render(self.options)
        yield self.options, first
        for k in count(1):
            chosen = variant(self.fmt, self.options, first, owner[1], k)
            yield chosen, render(chosen)

    def keep_last(self, owner: Owner, render: Render) -> tuple[ExportOptions, Post] | None:
        """The post at the path it had last time, if that is still one of its names and free."""
        last = self.earlier.get(owner)
        if last is None:
            return None
        for chosen, post in islice(self._names(owner, render), KEPT_TRIES):
            if path_key(post.path) == path_key(last) and self.free(owner, post):
                return self._take(owner, chosen, post)
        return None

    def choose(self, owner: Owner, render: Render) -> tuple[ExportOptions, Post]:
        """The post at its first free name."""
        names = self._names(owner, render)
        chosen, post = next((o, p) for o, p in names if self.free(owner, p))
        return self._take(owner, chosen, post)
