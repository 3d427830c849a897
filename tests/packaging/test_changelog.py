"""CHANGELOG.md names each version and the library schema it writes; the newest entry is the
package's version and the schema this code migrates to (users need it: a newer library is
refused)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from readinglog import __version__
from readinglog.core import migrate
from readinglog.paths import package_data

ROOT = Path(__file__).resolve().parents[2]
HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\] - (?P<date>\d{4}-\d{2}-\d{2})$", re.M)
SCHEMA = re.compile(r"^Library schema: `(?P<revision>[0-9a-z_]+)`", re.M)


def releases(text: str) -> list[tuple[str, str, str]]:
    """(version, date, schema revision) of each entry, newest first as written."""
    found = []
    headings = list(HEADING.finditer(text))
    for heading, following in zip(headings, [*headings[1:], None], strict=True):
        body = text[heading.end() : following.start() if following else len(text)]
        schema = SCHEMA.search(body)
        assert schema, f"{heading['version']} does not say its library schema"
        found.append((heading["version"], heading["date"], schema["revision"]))
    return found


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def test_newest_entry_is_this_version_and_its_schema() -> None:
    found = releases((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert found, "CHANGELOG.md has no version entry"
    version, _date, revision = found[0]
    assert version == __version__
    assert revision == migrate.HEAD_REVISION


def test_entries_go_newest_first_and_name_real_migrations() -> None:
    found = releases((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))
    migrations = {p.stem for p in (package_data("migrations") / "versions").glob("0*.py")}
    keys = [_version_key(version) for version, _, _ in found]
    assert keys == sorted(keys, reverse=True) and len(set(keys)) == len(keys)
    dates = [date for _, date, _ in found]
    assert dates == sorted(dates, reverse=True)
    revisions = [revision for _, _, revision in found]
    assert set(revisions) <= migrations, set(revisions) - migrations
    assert revisions == sorted(revisions, reverse=True)  # a schema never goes back


def test_an_entry_without_its_schema_is_refused() -> None:
    text = "## [1.0.0] - 2027-01-02\n\nLibrary schema: `0012_x`.\n\n## [0.9.0] - 2026-01-01\n"
    with pytest.raises(AssertionError, match=r"0\.9\.0"):
        releases(text)
    assert releases(text.split("## [0.9.0]")[0]) == [("1.0.0", "2027-01-02", "0012_x")]


def test_version_names_the_library_schema(capsys: pytest.CaptureFixture[str]) -> None:
    from readinglog.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == (
        f"ReadingLog {__version__} (library schema {migrate.HEAD_REVISION})"
    )
