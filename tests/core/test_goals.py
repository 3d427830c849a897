"""Yearly goals: stored one per year, metric and kind, checked, and kept by archives, backups
and the migration's downgrade."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import func, select

from readinglog.core import archive, archive_import, backups, goals, migrate
from readinglog.core.errors import InvalidInput, NotFound
from readinglog.core.goals import Goal, GoalMetric
from readinglog.core.library import Library
from readinglog.core.models import Goal as GoalRow
from readinglog.core.types import ItemKind
from readinglog.paths import package_data
from tests.importers.helpers import empty_library

F, P, H, N, W = (GoalMetric.FINISHED, GoalMetric.PAGES, GoalMetric.HOURS, GoalMetric.NOTES,
                 GoalMetric.WORDS)  # fmt: skip


def _rows(library: Library) -> int:
    with library.sessions() as s:
        return s.scalar(select(func.count(GoalRow.id))) or 0


def test_set_lists_and_replaces(library: Library) -> None:
    with library.sessions.begin() as s:
        goals.set_goal(s, 2026, F, 40, kind=ItemKind.BOOK)
        goals.set_goal(s, 2026, H, 200)
        goals.set_goal(s, 2026, F, 12)  # any kind: another goal than the books one
        goals.set_goal(s, 2026, W, 50_000)
        goals.set_goal(s, 2026, F, 30, kind=ItemKind.EPISODE)
        goals.set_goal(s, 2025, P, 9000)
    with library.sessions.begin() as s:
        goals.set_goal(s, 2026, F, 45, kind=ItemKind.BOOK)  # replaces 40
        goals.set_goal(s, 2026, F, 15)  # replaces 12 (kind NULL: found with IS NULL)
    with library.sessions() as s:
        assert goals.goals_for(s, 2026) == [
            Goal(2026, F, None, 15),
            Goal(2026, F, ItemKind.BOOK, 45),
            Goal(2026, F, ItemKind.EPISODE, 30),
            Goal(2026, H, None, 200),
            Goal(2026, W, None, 50_000),
        ]
        assert goals.goals_for(s, 2025) == [Goal(2025, P, None, 9000)]
        assert goals.goals_for(s, 2024) == []
        assert goals.goal_years(s) == [2026, 2025]
    assert _rows(library) == 6


def test_remove(library: Library) -> None:
    with library.sessions.begin() as s:
        goals.set_goal(s, 2026, F, 40, kind=ItemKind.BOOK)
        goals.set_goal(s, 2026, F, 10)
    with library.sessions.begin() as s:
        goals.remove_goal(s, 2026, F)  # the any-kind one, not the books one
    with library.sessions() as s:
        assert goals.goals_for(s, 2026) == [Goal(2026, F, ItemKind.BOOK, 40)]
    with library.sessions.begin() as s, pytest.raises(NotFound, match="2026 has no goal for"):
        goals.remove_goal(s, 2026, F, kind=ItemKind.COURSE)


@pytest.mark.parametrize(
    ("year", "metric", "target", "kind", "field"),
    [
        (12, F, 40, ItemKind.BOOK, "year:"),
        (3000, F, 40, None, "year:"),
        ("2026", F, 40, None, "year:"),
        (2026, F, 0, None, "target:"),
        (2026, H, -3, None, "target:"),
        (2026, H, float("nan"), None, "target:"),
        (2026, H, float("inf"), None, "target:"),
        (2026, P, 1e12, None, "target:"),
        (2026, F, 2.5, ItemKind.BOOK, "target:"),
        (2026, W, 10.5, None, "target:"),
        (2026, P, 100, ItemKind.BOOK, "kind:"),
        (2026, N, 10, ItemKind.COURSE, "kind:"),
    ],
)
def test_bad_input_is_one_sentence_naming_the_field(
    library: Library, year: int, metric: GoalMetric, target: float, kind: ItemKind | None,
    field: str,
) -> None:  # fmt: skip
    with library.sessions.begin() as s, pytest.raises(InvalidInput) as caught:
        goals.set_goal(s, year, metric, target, kind=kind)
    assert caught.value.message.startswith(field)
    assert "\n" not in caught.value.message
    assert _rows(library) == 0


def test_hours_may_be_fractional(library: Library) -> None:
    with library.sessions.begin() as s:
        goals.set_goal(s, 2026, H, 12.5, kind=ItemKind.EPISODE)
    with library.sessions() as s:
        assert goals.goals_for(s, 2026) == [Goal(2026, H, ItemKind.EPISODE, 12.5)]


@pytest.mark.parametrize(
    "values",
    [
        (2026, "finished", None, 0),  # target > 0
        (2026, "books", None, 5),  # not a metric
        (2026, "finished", "novel", 5),  # not a kind
    ],
)
def test_the_database_refuses_what_the_checks_refuse(
    library: Library, values: tuple[object, ...]
) -> None:
    insert = "INSERT INTO goals (year, metric, kind, target) VALUES (?, ?, ?, ?)"
    with (
        closing(sqlite3.connect(library.paths.database)) as conn,
        pytest.raises(sqlite3.IntegrityError, match="CHECK"),
    ):
        conn.execute(insert, values)


@pytest.mark.parametrize("kind", [None, "book"])
def test_the_database_keeps_one_goal_per_year_metric_and_kind(
    library: Library, kind: str | None
) -> None:
    # NULLs repeat in a UNIQUE constraint: the any-kind goals need the partial index
    insert = "INSERT INTO goals (year, metric, kind, target) VALUES (2026, 'finished', ?, 5)"
    with closing(sqlite3.connect(library.paths.database)) as conn:
        conn.execute(insert, (kind,))
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            conn.execute(insert, (kind,))


def test_goals_travel_in_the_archive(library: Library, tmp_path: Path, template_home: Path) -> None:
    with library.sessions.begin() as s:
        goals.set_goal(s, 2026, F, 40, kind=ItemKind.BOOK)
        goals.set_goal(s, 2026, H, 200.5)
    target = tmp_path / "library.zip"
    with library.sessions() as s:
        list(archive.export_archive(s, library.paths, target))
    with empty_library(tmp_path, template_home) as other:
        with other.sessions.begin() as s:
            list(archive_import.import_archive(s, other.paths, target))
        with other.sessions() as s:
            assert goals.goals_for(s, 2026) == [
                Goal(2026, F, ItemKind.BOOK, 40),
                Goal(2026, H, None, 200.5),
            ]


def test_a_library_with_only_goals_is_backed_up_before_a_change(library: Library) -> None:
    assert not backups.has_content(library.paths.database)
    with library.sessions.begin() as s:
        goals.set_goal(s, 2026, P, 10_000)
    assert backups.has_content(library.paths.database)


def test_downgrade_drops_the_table_and_upgrade_brings_it_back(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    migrate.open_database(db, tmp_path / "backups").dispose()

    def to(revision: str, *, down: bool) -> None:
        engine = migrate.migration_engine(db)
        try:
            with engine.connect() as connection, connection.begin():
                config = Config()
                config.set_main_option("script_location", str(package_data("migrations")))
                config.attributes["connection"] = connection
                (command.downgrade if down else command.upgrade)(config, revision)
        finally:
            engine.dispose()

    def tables() -> set[str]:
        with closing(sqlite3.connect(db)) as conn:
            rows = conn.execute("SELECT name FROM sqlite_master WHERE name LIKE '%goals%'")
            return {name for (name,) in rows}

    assert tables() == {"goals", "uq_goals_year_metric_any_kind", "sqlite_autoindex_goals_1"}
    to("0010_subtitle", down=True)
    assert tables() == set()
    assert not backups.has_content(db)  # an empty library from before goals needs no backup
    to("head", down=False)
    assert "goals" in tables()
