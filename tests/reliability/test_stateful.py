"""A stateful test over the real services and the real search index (issue 11).

Random sequences of writes (notes and entries in English, Chinese and both, added, edited
and deleted in batches of random size), imports of real files and their undo, the trash
(restore, empty), backups and restoring one, rebuilds and drains. After every step, as every
CLI command does when it closes, the queue is drained; then the index must answer exactly what
the model says the database holds, for every marker word, ``sync.check`` must be clean and
``migrate.check`` must find nothing.

Drains commit small whoosh segments; after ``index.MAX_SEGMENTS`` of them whoosh merges, and
the merge reads the segments a rebuild wrote with ``segments.SegmentBuilder``: the merge that
crashed in issue 11 fault 1 (``AssertionError: vbytes=''``). The rule weights below make every
run interleave rebuilds with many drains.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from readinglog import paths
from readinglog.core import backups, batches, migrate, notes, restore, services, trash
from readinglog.core.library import Library
from readinglog.core.models import ImportKind
from readinglog.core.types import ItemKind, Person, Role, Target
from readinglog.search import searcher, sync
from readinglog.search.index import MAX_SEGMENTS, IndexStatus
from tests.conftest import REALDATA
from tests.reliability.markers import CHINESE, MARKERS, compose, text_markers

pytestmark = pytest.mark.slow

Key = tuple[Target, int]

# Small real files (imports stay fast): a Goodreads export, an OPML, a few blog posts.
GOODREADS = "goodreads/gigikenneth_goodreads__goodreads_library_export.csv"
OPML = "opml/mrh-is_podcasts__overcast.opml"
POSTS = (
    "blog_corpus/yihui.org/cn/2005-05-13-yu-jun.md",
    "blog_corpus/yihui.org/cn/2006-02-21-18-42-00.md",
    "blog_corpus/yihui.org/en/2018-02-14-tikzdevice-maintainer.md",
    "blog_corpus/yihui.org/en/2008-07-21-never-lonely.md",
    "blog_corpus/yihui.org/en/2023-02-07-eval-parse.md",
)

_cache: dict[str, Path] = {}


def _workspace() -> Path:
    """A migrated template library and copies of the real files, made once per session."""
    if "root" not in _cache:
        root = Path(tempfile.mkdtemp(prefix="readinglog-stateful-"))
        Library.open(paths.in_home(root / "template")).close()
        files = root / "files"
        files.mkdir()
        if REALDATA.is_dir():
            shutil.copy(REALDATA / GOODREADS, files / "goodreads.csv")
            shutil.copy(REALDATA / OPML, files / "podcasts.opml")
            (files / "posts").mkdir()
            for post in POSTS:
                shutil.copy(REALDATA / post, files / "posts" / Path(post).name)
            for path in files.rglob("*"):
                if path.is_file():
                    text = path.read_text(encoding="utf-8", errors="replace").casefold()
                    assert not text_markers(text), f"{path} holds a marker word"
        _cache["root"] = root
    return _cache["root"]


IMPORTS = {
    "goodreads.csv": ImportKind.GOODREADS,
    "podcasts.opml": ImportKind.OPML,
    "posts": ImportKind.MARKDOWN,
}

styles = st.sampled_from(["en", "zh", "mixed"])
marker_lists = st.lists(st.sampled_from(MARKERS), min_size=1, max_size=3, unique=True)


class LibraryMachine(RuleBasedStateMachine):
    """The model: for each of our own notes and entries, the markers its text holds."""

    def __init__(self) -> None:
        super().__init__()
        root = _workspace()
        self.home = Path(tempfile.mkdtemp(prefix="home-", dir=root))
        shutil.copytree(root / "template", self.home, dirs_exist_ok=True)
        self.files = root / "files"
        self.library = Library.open(paths.in_home(self.home))
        self.index = sync.open_index(self.library)
        self.docs: dict[Key, frozenset[str]] = {}
        self.links: dict[int, list[int]] = {}  # note -> our entries it is linked to
        self.imported: dict[str, int] = {}  # file -> batch id, while not undone
        self.trashed: dict[int, tuple[Target, frozenset[str]]] = {}  # trash id -> what it holds
        self.backup: tuple[Path, dict[str, Any]] | None = None  # a backup and the model then
        self.rng = random.Random(0)
        self.drains_since_rebuild = 0

    def teardown(self) -> None:
        self.index.close()
        self.library.close()
        shutil.rmtree(self.home, ignore_errors=True)

    # --- helpers -------------------------------------------------------------------------

    def _ours(self, doc_type: Target) -> list[int]:
        return sorted(i for t, i in self.docs if t is doc_type)

    def _text(self, markers: list[str], style: str, seed: int) -> str:
        self.rng.seed(seed)
        return compose(self.rng, markers, style)

    # --- rules ---------------------------------------------------------------------------

    @initialize(first=st.lists(st.tuples(marker_lists, styles), min_size=1, max_size=2))
    def start(self, first: list[tuple[list[str], str]]) -> None:
        """A few notes, then a rebuild: the index starts with one small segment the fast
        builder wrote, so the first whoosh merge (after MAX_SEGMENTS drains) takes it in."""
        with self.library.sessions.begin() as s:
            for n, (markers, style) in enumerate(first):
                body = self._text(markers, style, n)
                created = notes.add_note(s, body).created
                assert created is not None
                self.docs[(Target.NOTE, created)] = text_markers(body)
        list(sync.rebuild(self.library, self.index))

    @rule(
        batch=st.lists(
            st.tuples(marker_lists, styles, st.integers(0, 999)), min_size=1, max_size=4
        ),
        tag_marker=st.booleans(),
        link=st.booleans(),
    )
    def add_notes(
        self, batch: list[tuple[list[str], str, int]], tag_marker: bool, link: bool
    ) -> None:
        items = self._ours(Target.ITEM)
        with self.library.sessions.begin() as s:
            for markers, style, seed in batch:
                body = self._text(markers, style, seed)
                tags = [markers[0]] if tag_marker and markers[0] not in CHINESE else []
                linked = items[-1:] if link and items else []
                changes = notes.add_note(s, body, tags=tags, item_ids=linked)
                assert changes.created is not None
                self.docs[(Target.NOTE, changes.created)] = text_markers(body)
                self.links[changes.created] = linked

    @precondition(lambda self: self._ours(Target.NOTE))
    @rule(data=st.data(), markers=marker_lists, style=styles, seed=st.integers(0, 999))
    def edit_note(self, data: st.DataObject, markers: list[str], style: str, seed: int) -> None:
        note_id = data.draw(st.sampled_from(self._ours(Target.NOTE)), label="note")
        body = self._text(markers, style, seed)
        with self.library.sessions.begin() as s:
            notes.edit_note(s, note_id, body=body, title=None, tags=[])
        self.docs[(Target.NOTE, note_id)] = text_markers(body)

    @precondition(lambda self: self._ours(Target.NOTE))
    @rule(data=st.data())
    def delete_note(self, data: st.DataObject) -> None:
        note_id = data.draw(st.sampled_from(self._ours(Target.NOTE)), label="note")
        with self.library.sessions.begin() as s:
            trash_id = trash.trash_note(s, note_id).trash_id
        self.trashed[trash_id] = (Target.NOTE, self.docs.pop((Target.NOTE, note_id)))
        self.links.pop(note_id, None)

    @rule(
        batch=st.lists(
            st.tuples(marker_lists, styles, st.integers(0, 999)), min_size=1, max_size=4
        ),
        person=st.sampled_from(MARKERS),
    )
    def add_items(self, batch: list[tuple[list[str], str, int]], person: str) -> None:
        with self.library.sessions.begin() as s:
            for markers, style, seed in batch:
                title = self._text(markers, style, seed)
                people = [Person(Role.AUTHOR, f"Ann {person}")]
                changes = services.add_item(s, ItemKind.BOOK, title, people=people)
                assert changes.created is not None
                self.docs[(Target.ITEM, changes.created)] = text_markers(f"{title} {person}")

    @precondition(lambda self: self._ours(Target.ITEM))
    @rule(data=st.data(), markers=marker_lists, style=styles, seed=st.integers(0, 999))
    def edit_item(self, data: st.DataObject, markers: list[str], style: str, seed: int) -> None:
        item_id = data.draw(st.sampled_from(self._ours(Target.ITEM)), label="item")
        title = self._text(markers, style, seed)
        with self.library.sessions.begin() as s:
            services.edit_item(s, item_id, title=title, people=[])
        self.docs[(Target.ITEM, item_id)] = text_markers(title)

    @precondition(lambda self: self._ours(Target.ITEM))
    @rule(data=st.data())
    def delete_item(self, data: st.DataObject) -> None:
        item_id = data.draw(st.sampled_from(self._ours(Target.ITEM)), label="item")
        with self.library.sessions.begin() as s:
            trash_id = trash.trash_item(s, item_id).trash_id
        self.trashed[trash_id] = (Target.ITEM, self.docs.pop((Target.ITEM, item_id)))

    @precondition(lambda self: REALDATA.is_dir())
    @rule(name=st.sampled_from(sorted(IMPORTS)))
    def import_file(self, name: str) -> None:
        from readinglog import importers

        if name in self.imported:
            return
        with self.library.sessions.begin() as s:
            job = importers.start(s, IMPORTS[name], self.files / name)
            for _ in job.steps:
                pass
            report = job.report()
        assert report.batch is not None
        assert report.created > 0, report
        self.imported[name] = report.batch

    @precondition(lambda self: self.imported)
    @rule(data=st.data())
    def undo_import(self, data: st.DataObject) -> None:
        name = data.draw(st.sampled_from(sorted(self.imported)), label="import")
        with self.library.sessions.begin() as s:
            batches.undo(s, self.imported.pop(name))

    @precondition(lambda self: self.trashed)
    @rule(data=st.data())
    def restore_from_trash(self, data: st.DataObject) -> None:
        trash_id = data.draw(st.sampled_from(sorted(self.trashed)), label="trash")
        with self.library.sessions.begin() as s:
            restored = trash.restore(s, trash_id)
        doc_type, held = self.trashed.pop(trash_id)
        assert (restored.kind.value == "note") == (doc_type is Target.NOTE)
        self.docs[(doc_type, restored.id)] = held

    @precondition(lambda self: self.trashed)
    @rule()
    def empty_trash(self) -> None:
        with self.library.sessions.begin() as s:
            trash.empty(s)
        self.trashed.clear()

    @rule()
    def back_up(self) -> None:
        made = backups.make(self.library.paths.database, self.library.paths.backups, "manual")
        model = {"docs": dict(self.docs), "links": dict(self.links), "trashed": dict(self.trashed),
                 "imported": dict(self.imported)}  # fmt: skip
        self.backup = (made.info.path, model)

    @precondition(lambda self: self.backup is not None)
    @rule()
    def restore_backup(self) -> None:
        """As ``db restore`` does: close, swap in the backup, open, rebuild the index."""
        assert self.backup is not None
        source, model = self.backup
        folder, db = self.library.paths.backups, self.library.paths.database
        self.index.close()
        self.library.close()
        restore.restore(source, db, folder)
        self.library = Library.open(paths.in_home(self.home))
        self.index = sync.open_index(self.library)
        list(sync.rebuild(self.library, self.index))
        self.docs, self.links = dict(model["docs"]), dict(model["links"])
        self.trashed, self.imported = dict(model["trashed"]), dict(model["imported"])

    @rule()
    def rebuild(self) -> None:
        list(sync.rebuild(self.library, self.index))
        self.drains_since_rebuild = 0

    @rule(n=st.integers(1, 2 * MAX_SEGMENTS), markers=marker_lists, seed=st.integers(0, 999))
    def many_small_writes(self, n: int, markers: list[str], seed: int) -> None:
        """One note per drain, ``n`` times: a whoosh commit each, enough to start a merge."""
        for i in range(n):
            body = self._text(markers, "mixed", seed + i)
            with self.library.sessions.begin() as s:
                created = notes.add_note(s, body).created
            assert created is not None
            self.docs[(Target.NOTE, created)] = text_markers(body)
            self.links[created] = []
            assert sync.drain(self.library, self.index) == 1
            self.drains_since_rebuild += 1

    # --- after every step ----------------------------------------------------------------

    @invariant()
    def index_answers_what_the_database_holds(self) -> None:
        sync.drain(self.library, self.index)
        assert self.index.status() is IndexStatus.OK
        for marker in MARKERS:
            result = searcher.search(
                self.library, marker, limit=searcher.MAX_LIMIT, index=self.index
            )
            found = {(hit.type, hit.id) for hit in result.hits}
            expected = {key for key, held in self.docs.items() if marker in held}
            assert found == expected, (marker, result.notice)
            assert result.total == len(expected), marker
        result_check = sync.check(self.library, self.index)
        assert result_check.ok and result_check.queued == 0, result_check
        assert migrate.check(self.library.paths.database) == []


LibraryMachine.TestCase.settings = settings(
    max_examples=6,
    stateful_step_count=40,
    deadline=None,
    derandomize=True,
    # No shrinking: a failure prints its steps at once instead of minutes later in CI.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TestLibrary = LibraryMachine.TestCase
