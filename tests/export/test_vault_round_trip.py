"""A vault through the CLI: import, export to Obsidian, export again (issue 13's reports)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import run
from tests.export.samples import front_matter_of


def test_readmes_links_and_keys_survive(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = tmp_path / "vault"
    for folder in ("a", "b", "c"):
        (vault / folder).mkdir(parents=True)
        (vault / folder / "README.md").write_text(
            f"---\naliases: [{folder}-readme]\nupdated:: 2022-04-07 16:23:42\n--- \n"
            f"Folder {folder}, see [[react_music]].\n",
            encoding="utf-8",
        )
    (vault / "react_music.md").write_text("**“重点”**的音乐。\n", encoding="utf-8")
    imported = run(capsys, "import", "markdown", str(vault))
    assert imported.code == 0 and "4 created" in imported.out, imported
    out = tmp_path / "out"
    first = run(capsys, "export", "notes", "--format", "obsidian", "--out", str(out))
    assert first.code == 0, first.err
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 4 and "README.md" in names and "react_music.md" in names
    aliases = set()
    for name in names:
        text = (out / name).read_text(encoding="utf-8")
        if name.startswith("README"):
            assert "see [[react_music]]." in text
            aliases.update(front_matter_of(out / name)["aliases"])
        else:
            assert "**“重点”**的音乐。" in text and "&#8203;" not in text
    assert {"a-readme", "b-readme", "c-readme"} <= aliases
    again = run(capsys, "export", "notes", "--format", "obsidian", "--out", str(out))
    assert again.code == 0, again.err
    assert sorted(p.name for p in out.iterdir()) == names
