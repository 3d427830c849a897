"""The storage sentences (backups, restore, upgrade, a read-only library, the trash) are
templates the window can translate, and their English is exactly what the command line printed
before: each error and notice carries a template of the core_storage catalog and its values;
a warning or a restore's problem keeps its ``Message`` beside the English."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import xml.etree.ElementTree as ET
from contextlib import closing
from functools import cache
from pathlib import Path

import pytest

from readinglog import paths
from readinglog.core import backups, migrate, notes, restore, services, trash
from readinglog.core.backups import MANUAL, Policy
from readinglog.core.errors import DatabaseError, Message, ReadOnlyLibrary, UserError
from readinglog.core.library import Library
from readinglog.core.types import ItemKind
from tests.core.test_backups import _at_first_revision_with_a_dangling_row
from tests.gui.chinese import translations_script

T0 = dt.datetime(2026, 1, 1, 3, 0, tzinfo=dt.UTC)


@cache
def storage_templates() -> frozenset[str]:
    """The sources of the committed core_storage catalog."""
    ts = translations_script().catalog("core_storage", "zh_CN")
    return frozenset(m.findtext("source", "") for m in ET.parse(ts).getroot().iter("message"))


def assert_in_catalog(said: Message) -> None:
    assert said.template in storage_templates(), said.template


def test_a_missing_second_backup_folder_is_a_notice_in_the_catalog(
    library: Library, tmp_path: Path
) -> None:
    with library.sessions.begin() as s:
        services.add_item(s, ItemKind.BOOK, "三体")
    mirror = tmp_path / "usb"
    db = library.paths.database
    made = backups.make(db, tmp_path / "b", MANUAL, policy=Policy(mirror=mirror), now=T0)
    [notice] = made.notices
    assert_in_catalog(notice)
    assert notice.values == {"folder": mirror}
    assert made.warnings == [
        f"the second backup folder {mirror} is not there (is the drive connected?)"
    ]


def test_a_restore_that_took_a_new_id_says_so_in_one_template_per_kind(
    library: Library,
) -> None:
    with library.sessions.begin() as s:
        book = services.add_item(s, ItemKind.BOOK, "人类简史").created
        assert book is not None
        note = notes.add_note(s, "first", item_ids=[book]).created
        assert note is not None
        trashed = trash.trash_note(s, note)
        trash.trash_item(s, book)
        taken = notes.add_note(s, "a new note").created  # SQLite gives the highest id again
    assert taken == note
    with library.sessions.begin() as s:
        restored = trash.restore(s, trashed.trash_id)
    for notice in restored.notices:
        assert_in_catalog(notice)
    assert [n.template for n in restored.notices] == [
        "note {old} is now note {new} (its id was taken)",
        "entry {id} no longer exists",
    ]
    assert restored.problems == (
        f"note {note} is now note {restored.id} (its id was taken)",
        f"entry {book} no longer exists",
    )
    assert restored.to_json()["problems"] == list(restored.problems)


def test_every_write_to_a_read_only_library_is_refused_with_a_catalog_template(
    home: Path,
) -> None:
    app_paths = dataclasses.replace(paths.in_home(home), read_only=True)
    why = "was opened read-only (--read-only or READINGLOG_READ_ONLY)"
    refusals = []
    with Library.open(app_paths) as library:
        for _ in range(2):
            with pytest.raises(ReadOnlyLibrary) as raised, library.sessions.begin():
                pass
            refusals.append(raised.value)
        with pytest.raises(ReadOnlyLibrary) as refused:
            Library.refuse_changes(app_paths)
    first, second = refusals
    assert first is not second  # a new error for each write, not one raised again and again
    for error in (first, second, refused.value):
        assert_in_catalog(error.said)
        assert error.message == (
            f"{app_paths.database} {why}: ReadingLog opened it for reading and refuses changes"
        )


def _not_a_library(path: Path) -> Path:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE shopping (item TEXT)")
        conn.commit()
    return path


def _not_sqlite(path: Path) -> Path:
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    return path


@pytest.mark.parametrize("make", [_not_a_library, _not_sqlite])
def test_a_restore_refuses_a_file_that_is_no_library_in_migrates_words(
    tmp_path: Path, make: object
) -> None:
    path = make(tmp_path / "other.sqlite3")  # type: ignore[operator]
    with pytest.raises(DatabaseError) as opened:
        migrate.current_revision(path)
    with pytest.raises(UserError) as refused:
        restore.check(path)
    assert_in_catalog(refused.value.said)
    assert refused.value.said.values == {"path": path}
    # The English is migrate's sentence without its full stop, then what was (not) done.
    english = f"{opened.value.message.rstrip('.')}; the library was not changed"
    assert refused.value.message == english


def test_a_failed_upgrade_passes_its_reason_on_as_a_sentence(tmp_path: Path) -> None:
    db = _at_first_revision_with_a_dangling_row(tmp_path / "library.sqlite3")
    with pytest.raises(DatabaseError) as raised:
        migrate.open_database(db, tmp_path / "backups")
    error = raised.value
    assert_in_catalog(error.said)
    reason = error.said.values["reason"]
    assert isinstance(reason, DatabaseError)  # translated in the window too
    assert_in_catalog(reason.said)
    [saved] = (tmp_path / "backups").glob("*.sqlite3")
    assert error.message == (
        f"Upgrading {db} failed and it was left as it was (sessions row 9 points at a missing "
        f"items row); a backup made before trying is at {saved}."
    )


def test_a_backup_that_fails_its_check_names_the_problem_as_a_sentence(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with library.sessions.begin() as s:
        services.add_item(s, ItemKind.BOOK, "三体")
    counts = backups.table_counts

    def one_row_more(conn: sqlite3.Connection) -> dict[str, int]:
        found = counts(conn)
        return {**found, "items": found["items"] + 1} if conn.in_transaction else found

    monkeypatch.setattr(backups, "table_counts", one_row_more)
    with pytest.raises(DatabaseError) as raised:
        backups.make(library.paths.database, tmp_path / "b", MANUAL, now=T0)
    error = raised.value
    assert_in_catalog(error.said)
    problem = error.said.values["problem"]
    assert isinstance(problem, Message)
    assert_in_catalog(problem)
    assert error.message.endswith("failed its check: items has 1 rows, the library 2.")
