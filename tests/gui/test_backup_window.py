"""File ▸ Back up now, File ▸ Restore from backup…, the daily backup after the first paint,
and the backups' settings in Preferences (offscreen)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from readinglog import config
from readinglog.core import backups, services
from readinglog.core.library import Library
from readinglog.core.models import Item, Note
from readinglog.core.types import Changes, ItemKind
from readinglog.gui.dialogs import common
from readinglog.gui.dialogs.backup_dialog import BackupDialog
from readinglog.gui.dialogs.preferences import PreferencesDialog
from readinglog.gui.window import backup_commands
from readinglog.gui.window.actions import MainAction
from tests.gui.helpers import answer, list_filtered, trigger


def _counts(library: Library) -> tuple[int, int]:
    with library.sessions() as s:
        return s.scalar(select(func.count(Item.id))) or 0, s.scalar(
            select(func.count(Note.id))
        ) or 0


_REQUESTS = itertools.count(1000)


def _found(qtbot: QtBot, window, text: str) -> int:  # type: ignore[no-untyped-def]
    """What the window's index keeper finds for ``text`` (as the search box asks it)."""
    with qtbot.waitSignal(window.index.searched, timeout=10_000) as got:
        window.index.search(next(_REQUESTS), text)
    return int(got.args[1].total)


def test_back_up_now_says_so_once_the_copy_is_verified(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    trigger(window, MainAction.BACK_UP_NOW)
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=10_000)
    message = window.statusBar().currentMessage()
    [made] = backups.listing(window.library.paths.backups)
    assert made.reason == "manual" and made.path.name in message and "verified" in message
    assert (made.entries, made.notes) == _counts(window.library)


def test_restore_through_the_dialog_brings_the_library_back(
    qtbot: QtBot, window, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    library = window.library
    paths = library.paths
    saved = backups.make(paths.database, paths.backups, backups.MANUAL).info
    before = _counts(library)
    with library.sessions.begin() as s:
        changes = services.add_item(s, ItemKind.BOOK, "写在备份之后 After the backup")
    window.changed.emit(changes)
    list_filtered(qtbot, window)
    assert _counts(library) == (before[0] + 1, before[1])
    assert _found(qtbot, window, "备份之后") == 1  # indexed before the restore
    asked: list[str] = []
    monkeypatch.setattr(common, "confirm", lambda _p, _t, text, _y: asked.append(text) or True)

    def pick_the_backup(dialog: BackupDialog) -> None:
        assert [i.path for i in dialog.infos] == [saved.path]
        assert dialog.table.item(0, 3).text() == str(before[0])
        dialog.select(0)
        dialog.restore_button.click()

    with answer(qtbot, BackupDialog, pick_the_backup):
        trigger(window, MainAction.RESTORE_BACKUP)
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=20_000)
    assert asked and str(before[0]) in asked[0]
    assert _counts(library) == before  # the same engine reads the restored file
    list_filtered(qtbot, window)
    assert window.list_pane.items.paged_model().rowCount() == before[0]
    assert "Restored" in window.statusBar().currentMessage()
    reasons = [i.reason for i in backups.listing(paths.backups)]
    assert reasons[0] == "pre-restore" and "manual" in reasons
    # The index was rebuilt from the restored library, and the window's keeper searches it.
    assert _found(qtbot, window, "备份之后") == 0
    assert _found(qtbot, window, "人类简史") >= 1
    # The window keeps working on the restored library.
    assert window.write(lambda s: services.add_item(s, ItemKind.BOOK, "Next")) is not None
    assert _counts(library) == (before[0] + 1, before[1])


def test_a_refused_backup_is_one_message_and_the_library_is_kept(
    qtbot: QtBot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"")
    before = window.library.paths.database.read_bytes()
    errors: list[str] = []
    monkeypatch.setattr(window, "report_error", errors.append)
    monkeypatch.setattr(common, "confirm", lambda *_a: True)
    with answer(qtbot, BackupDialog, lambda dialog: dialog.choose_file(bad)):
        trigger(window, MainAction.RESTORE_BACKUP)  # "Choose file…", then the file
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=10_000)
    assert len(errors) == 1 and "empty (0 bytes)" in errors[0]
    assert window.library.paths.database.read_bytes() == before
    assert window.write(lambda s: Changes()) is not None


def test_the_daily_backup_runs_after_the_first_paint_on_a_worker(
    qtbot: QtBot, make_window, sample_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(backup_commands, "DAILY_DELAY_MS", 50)
    window = make_window(sample_library)
    folder = sample_library.paths.backups
    qtbot.waitUntil(
        lambda: any(i.reason == "daily" for i in backups.listing(folder)), timeout=10_000
    )
    qtbot.waitUntil(lambda: "Daily backup" in window.statusBar().currentMessage(), timeout=5000)
    assert backups.daily_due(folder, "library") is False


def test_preferences_keep_the_size_cap_and_the_second_folder(
    qtbot: QtBot, window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    paths = window.library.paths
    dialog = PreferencesDialog(paths, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.backup_cap.setValue(300)
    dialog.backup_mirror.setText(str(tmp_path / "usb"))
    dialog.accept()
    saved = config.load(paths.settings)
    assert saved.backup_size_cap_mb == 300 and saved.backup_mirror == str(tmp_path / "usb")
    policy = config.backup_policy(saved)
    assert policy.size_cap == 300 * 1024 * 1024 and policy.mirror == tmp_path / "usb"
    (tmp_path / "usb").mkdir()
    trigger(window, MainAction.BACK_UP_NOW)
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=10_000)
    assert len(backups.listing(tmp_path / "usb")) == 1


def test_an_import_and_its_undo_in_the_window_are_backed_up_first(
    qtbot: QtBot, window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from readinglog.gui.dialogs.import_dialog import ImportDialog
    from tests.gui.test_import_dialog import goodreads_csv, import_now

    folder = window.library.paths.backups
    before = _counts(window.library)

    def fill(dialog: ImportDialog) -> None:
        import_now(qtbot, dialog, goodreads_csv(tmp_path))
        with qtbot.waitSignal(dialog.undone, timeout=20_000):
            dialog.undo_button.click()
        dialog.reject()

    with answer(qtbot, ImportDialog, fill):
        trigger(window, MainAction.IMPORT)
    listed = backups.listing(folder)
    assert [i.reason for i in listed] == ["pre-import-undo", "pre-import"]  # not the preview
    by_reason = {i.reason: i for i in listed}
    assert (by_reason["pre-import"].entries, by_reason["pre-import"].notes) == before
    assert by_reason["pre-import-undo"].entries == before[0] + 3


def _trash_with_one_entry(window, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The Trash window, open on entry 1 put in the trash, every question answered yes."""
    from readinglog.core import trash
    from readinglog.gui.dialogs.trash_dialog import TrashDialog

    with window.library.sessions.begin() as s:
        trash.trash_item(s, 1)
    monkeypatch.setattr(common, "confirm", lambda *_a: True)
    window.trash.show_trash()
    return window.findChild(TrashDialog, "trash_dialog")


def _saved_once_emptied(qtbot: QtBot, window, dialog) -> backups.BackupInfo:  # type: ignore[no-untyped-def]
    """The one backup made, once the Trash window lists nothing."""
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 0, timeout=10_000)
    [saved] = backups.listing(window.library.paths.backups)
    return saved


def test_emptying_the_trash_in_the_window_is_backed_up_first(
    qtbot: QtBot, window, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from readinglog.core import trash

    dialog = _trash_with_one_entry(window, monkeypatch)
    dialog.empty_button.click()
    saved = _saved_once_emptied(qtbot, window, dialog)
    assert saved.reason == "pre-bulk-delete" and saved.counts is not None
    assert saved.counts["trash"] == 1  # what was deleted for good is in it
    with window.library.sessions() as s:
        assert trash.count(s) == 0
    dialog.close()


def test_deleting_several_entries_is_backed_up_first_and_undone_together(
    qtbot: QtBot, window, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QItemSelectionModel

    from readinglog.core import trash

    monkeypatch.setattr(common, "confirm", lambda *_a: True)
    table = window.list_pane.items
    model = table.paged_model()
    before = model.rowCount()
    table.selectRow(0)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().select(model.index(1, 0), flags)
    chosen = set(window.selected_ids())
    assert len(chosen) == 2
    with qtbot.waitSignal(window.changed, timeout=20_000):
        trigger(window, MainAction.DELETE)
    [saved] = backups.listing(window.library.paths.backups)
    assert saved.reason == "pre-bulk-delete" and saved.entries == before
    with window.library.sessions() as s:
        assert {row.original_id for row in trash.list_trash(s)} == chosen
    with qtbot.waitSignal(window.changed, timeout=10_000):
        trigger(window, MainAction.UNDO)
    with window.library.sessions() as s:
        assert trash.count(s) == 0


def test_deleting_for_good_from_the_trash_is_backed_up_first(
    qtbot: QtBot, window, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    dialog = _trash_with_one_entry(window, monkeypatch)
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    dialog.delete_button.click()
    saved = _saved_once_emptied(qtbot, window, dialog)
    assert saved.reason == "pre-bulk-delete" and saved.counts is not None
    assert saved.counts["trash"] == 1
    dialog.close()
