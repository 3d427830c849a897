"""The library's own sentences (a second launch, a refused upgrade, a restore, a failed upgrade)
reach a Chinese window in Chinese. The expected Chinese is read from the catalogs, not written
here; in English the sentences are exactly the command line's."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from readinglog import APP_NAME, app, config, paths
from readinglog.config import Settings
from readinglog.core import migrate, restore
from readinglog.core.errors import DatabaseError, UserError
from readinglog.core.library import Library
from readinglog.gui.runtime import i18n
from readinglog.gui.runtime.single_instance import SingleInstance
from tests.core.test_backups import _at_first_revision_with_a_dangling_row

HAN = re.compile(r"[\u4e00-\u9fff]")
ALREADY_OPEN = "{app} is already open for the library in {folder}."
NEWER = (
    "{db} was written by a newer ReadingLog (database revision {revision}) and was left "
    "untouched; update ReadingLog to open it."
)
EMPTY_BACKUP = "{path} is empty (0 bytes), not a ReadingLog backup; the library was not changed"
UPGRADE_FAILED = (
    "Upgrading {db} failed and it was left as it was ({reason}); a backup made before trying "
    "is at {backup}."
)
DANGLING = "{table} row {row} points at a missing {parent} row"


def translated(context: str, source: str) -> str:
    text = QCoreApplication.translate(context, source)
    assert text != source and HAN.search(text), f"no translation of {source!r}"
    return text


@pytest.fixture
def started_in_chinese(
    qapp: QApplication, built_qm: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[list[str]]:
    """``app.start`` with the built catalogs; what it says (``_message``) is collected, and the
    translators it installs are removed afterwards."""
    monkeypatch.setattr(i18n, "translations_folder", lambda: built_qm)
    installed: list[QTranslator] = []
    install = i18n.install

    def recorded(*args: object, **kwargs: object) -> list[QTranslator]:
        made = install(*args, **kwargs)  # type: ignore[arg-type]
        installed.extend(made)
        return made

    monkeypatch.setattr(i18n, "install", recorded)
    shown: list[str] = []
    monkeypatch.setattr(app, "_message", shown.append)
    before = QLocale()
    yield shown
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def _chinese_home(tmp_path: Path) -> paths.AppPaths:
    home = paths.in_home(tmp_path / "home").ensure()
    config.save(Settings(language="zh_CN"), home.settings)
    return home


def test_a_second_launch_says_the_library_is_already_open_in_chinese(
    started_in_chinese: list[str], tmp_path: Path
) -> None:
    home = _chinese_home(tmp_path)
    settings = home.settings.read_bytes()
    first = SingleInstance(home.data)  # holds the folder and does not answer
    assert first.acquire()
    try:
        assert app.start(home) == 1
        expected = translated("App", ALREADY_OPEN).format(app=APP_NAME, folder=home.data)
    finally:
        first.release()
    assert started_in_chinese == [expected]
    assert home.settings.read_bytes() == settings  # the second launch wrote nothing


def test_a_library_from_a_newer_readinglog_is_refused_in_chinese_at_start(
    started_in_chinese: list[str], tmp_path: Path
) -> None:
    home = _chinese_home(tmp_path)
    Library.open(home).close()
    with closing(sqlite3.connect(home.database)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
        conn.commit()
    assert app.start(home) == 1
    expected = translated("UserError", NEWER).format(
        db=home.database, revision="0099_from_the_future"
    )
    assert started_in_chinese == [expected[:1].upper() + expected[1:]]


def test_a_refused_restore_is_said_in_chinese(chinese: list[QTranslator], tmp_path: Path) -> None:
    empty = tmp_path / "backup.sqlite3"
    empty.touch()
    with pytest.raises(UserError) as raised:
        restore.check(empty)
    assert i18n.said(raised.value) == translated("UserError", EMPTY_BACKUP).format(path=empty)


def test_a_failed_upgrade_is_said_in_chinese_with_its_reason(
    chinese: list[QTranslator], tmp_path: Path
) -> None:
    db = _at_first_revision_with_a_dangling_row(tmp_path / "library.sqlite3")
    with pytest.raises(DatabaseError) as raised:
        migrate.open_database(db, tmp_path / "backups")
    [saved] = (tmp_path / "backups").glob("*.sqlite3")
    reason = translated("UserError", DANGLING).format(table="sessions", row=9, parent="items")
    assert i18n.said(raised.value) == translated("UserError", UPGRADE_FAILED).format(
        db=db, reason=reason, backup=saved
    )


def test_the_same_sentences_are_english_without_the_translators(tmp_path: Path) -> None:
    db = _at_first_revision_with_a_dangling_row(tmp_path / "library.sqlite3")
    with pytest.raises(DatabaseError) as raised:
        migrate.open_database(db, tmp_path / "backups")
    assert i18n.said(raised.value) == raised.value.message
    assert "sessions row 9 points at a missing items row" in raised.value.message
