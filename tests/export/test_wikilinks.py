"""A link the author wrote comes back as written wherever the format keeps links."""

from __future__ import annotations

from pathlib import Path

import pytest

from readinglog.core.library import Library
from readinglog.export.profiles import Format
from tests.export.test_batch import _job, _note, _run

LINKS = "See [[react_music]], [[X|X]], [[react_music|the music]], [[X]] and [[Gone]].\n"


def _linker(library: Library, tmp_path: Path, fmt: Format, ids: list[int] | None = None) -> str:
    music = _note(library, "Music.\n", "react_music")
    x = _note(library, "X.\n", "X")
    linker = _note(library, LINKS, "Linker")
    report = _run(library, ids or [music, x, linker], _job(tmp_path / "out", fmt))
    assert report.skipped == []
    path = next(e.path for e in report.exported if e.id == linker)
    return Path(path).read_text(encoding="utf-8")


def test_obsidian_keeps_wiki_links_as_written(library: Library, tmp_path: Path) -> None:
    assert LINKS in _linker(library, tmp_path, Format.OBSIDIAN)


def test_obsidian_keeps_links_to_notes_not_exported(library: Library, tmp_path: Path) -> None:
    assert LINKS in _linker(library, tmp_path, Format.OBSIDIAN, ids=[3])


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        (
            Format.HEXO,
            'See {% post_link react-music "react_music" %}, {% post_link x "X" %}, '
            '{% post_link react-music "the music" %}, {% post_link x "X" %} and [[Gone]].',
        ),
        (
            Format.HUGO,
            'See [react\\_music]({{< relref "react-music.md" >}}), [X]({{< relref "x.md" >}}), '
            '[the music]({{< relref "react-music.md" >}}), [X]({{< relref "x.md" >}}) '
            "and [[Gone]].",
        ),
    ],
)
def test_link_text_is_what_the_reader_saw(
    library: Library, tmp_path: Path, fmt: Format, expected: str
) -> None:
    assert expected in _linker(library, tmp_path, fmt)
