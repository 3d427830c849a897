"""The search index under faults: it answers correctly, or says it is rebuilding or behind;
never a traceback, never a lost note (issue 11: faults 1, 3, 5 and 6, and the index faults)."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
import whoosh.writing

from readinglog import paths
from readinglog.search import sync
from tests import mounts
from tests.cli.helpers import Result
from tests.cli.helpers import run as run_cli
from tests.mounts import read_only

Cap = pytest.CaptureFixture[str]


def run(home: Path, capsys: Cap, *argv: str, stdin: str | None = None) -> Result:
    if stdin is not None:
        import io

        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8")
    try:
        result = run_cli(capsys, "--home", str(home), *argv)
    finally:
        sys.stdin = sys.__stdin__
    assert "Traceback" not in result.err, result.err
    return result


def add_note(home: Path, capsys: Cap, text: str) -> int:
    result = run(home, capsys, "note", "add", "--stdin", stdin=text)
    assert result.code == 0, result.err
    return int(result.out.strip())


def found(home: Path, capsys: Cap, word: str) -> tuple[set[int], str]:
    """The notes that hold ``word`` itself (merge1 also finds merge10 as a characters hit)."""
    result = run(home, capsys, "search", word, "--kind", "note", "--json", "--limit", "100")
    assert result.code == 0, result.err
    data = result.json()
    return {hit["id"] for hit in data["hits"] if hit["match"] == "word"}, data.get("notice", "")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A sample library whose index was rebuilt (one small built segment), made once by the
    CLI (making it for each test took ~2.4 s of its setup)."""
    home = tmp_path_factory.mktemp("built") / "home"
    for argv in (["sample"], ["reindex"]):
        done = subprocess.run([sys.executable, "-m", "readinglog", "--home", str(home), *argv],
                              capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
        assert done.returncode == 0, done.stderr
    return home


@pytest.fixture
def home(tmp_path: Path, built: Path) -> Path:
    """A copy of the built library, for one test to spoil."""
    home = tmp_path / "home"
    shutil.copytree(built, home)
    return home


def index_root(home: Path) -> Path:
    return paths.in_home(home).index


def live_generation(home: Path) -> Path:
    root = index_root(home)
    return root / (root / "CURRENT").read_text(encoding="utf-8").strip()


def test_small_commits_after_a_rebuild_keep_working(home: Path, capsys: Cap) -> None:
    """Fault 1: from the fourth note on, whoosh merged the rebuilt segment and every write
    ended in ``AssertionError: vbytes=''``."""
    ids = [add_note(home, capsys, f"merge{i} note") for i in range(14)]
    for i, note_id in enumerate(ids):
        assert found(home, capsys, f"merge{i}")[0] == {note_id}
    check = run(home, capsys, "db", "check")
    assert check.code == 0, check.out


def test_a_write_the_index_fails_on_heals_by_a_rebuild(
    home: Path, capsys: Cap, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Any failure of that kind (here whoosh's merge pool refusing a posting) rebuilds the
    index from the database instead of failing every later command."""

    def broken_add(_pool: object, item: object) -> None:
        raise AssertionError("vbytes=''")

    with monkeypatch.context() as patch:
        patch.setattr(whoosh.writing.PostingPool, "add", broken_add)
        patch.setattr("readinglog.search.index.MAX_SEGMENTS", 1)  # every commit merges
        result = run(home, capsys, "note", "add", "--stdin", stdin="healing note")
        assert result.code == 0
        note_id = int(result.out.strip())
        assert "rebuilding it from the library" in result.err
    assert found(home, capsys, "healing")[0] == {note_id}
    assert run(home, capsys, "db", "check").code == 0
    log = paths.in_home(home).data
    assert not list(live_generation(home).glob("DAMAGED")), log


def hold_lock(root: Path) -> subprocess.Popen[str]:
    holder = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from readinglog.search.index import SearchIndex
        with SearchIndex(Path({str(root)!r})).write_lock(5):
            print("locked", flush=True)
            sys.stdin.readline()
    """)
    proc = subprocess.Popen(
        [sys.executable, "-c", holder], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def release(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None
    proc.stdin.write("\n")
    proc.stdin.flush()
    proc.wait(10)


def test_a_hung_lock_holder_is_reported_not_hidden(
    home: Path, capsys: Cap, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fault 5: with the index held by a hung process, a new note was unfindable and
    ``db check`` said ok."""
    # drain's own default (setting DRAIN_LOCK_TIMEOUT after the def changed nothing: every
    # drain here waited its 2 s for the lock)
    monkeypatch.setitem(sync.drain.__kwdefaults__, "timeout", 0.2)
    proc = hold_lock(index_root(home))
    try:
        result = run(home, capsys, "note", "add", "--stdin", stdin="hungnote text")
        assert result.code == 0
        note_id = int(result.out.strip())
        assert f"process {proc.pid}" in result.err
        hits, notice = found(home, capsys, "hungnote")
        assert hits == set()
        assert "behind" in notice and f"process {proc.pid}" in notice
        check = run(home, capsys, "db", "check", "--json")
        assert check.code == 1
        assert any("behind" in problem for problem in check.json()["problems"])
    finally:
        release(proc)
    assert found(home, capsys, "hungnote") == ({note_id}, "")
    assert run(home, capsys, "db", "check").code == 0


def test_a_killed_rebuilds_generation_is_removed(home: Path, capsys: Cap) -> None:
    """Fault 6: a rebuild killed mid-way left a whole generation folder behind."""
    live = live_generation(home)
    leftover = live.with_name("gen-9999999999999999999")
    shutil.copytree(live, leftover)
    (leftover / "readinglog.tmp").mkdir()
    note_id = add_note(home, capsys, "afterkill note")
    assert not leftover.exists()
    assert live.exists()
    assert found(home, capsys, "afterkill")[0] == {note_id}


def damage_truncate(gen: Path) -> None:
    for path in gen.glob("*.seg"):
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def damage_zero(gen: Path) -> None:
    for path in gen.glob("*.seg"):
        path.write_bytes(b"\x00" * path.stat().st_size)


def damage_toc_deleted(gen: Path) -> None:
    for path in gen.glob("*.toc"):
        path.unlink()


def damage_toc_garbage(gen: Path) -> None:
    for path in gen.glob("*.toc"):
        path.write_bytes(b"not a table of contents" * 10)


def damage_folder_deleted(gen: Path) -> None:
    shutil.rmtree(gen.parent)


def damage_stale_lock(gen: Path) -> None:
    (gen.parent / "WRITE.lock").write_text("")  # a lock file nobody holds
    (gen.parent / "WRITE.owner").write_text("999999 2020-01-01T00:00:00+00:00")


@pytest.mark.parametrize(
    "damage",
    [
        damage_truncate,
        damage_zero,
        damage_toc_deleted,
        damage_toc_garbage,
        damage_folder_deleted,
        damage_stale_lock,
    ],
)
def test_a_damaged_index_is_rebuilt_and_loses_nothing(
    home: Path, capsys: Cap, damage: object
) -> None:
    before = add_note(home, capsys, "beforedamage note")
    damage(live_generation(home))  # type: ignore[operator]
    after = add_note(home, capsys, "afterdamage note")
    assert found(home, capsys, "beforedamage")[0] == {before}
    assert found(home, capsys, "afterdamage")[0] == {after}
    assert run(home, capsys, "db", "check").code == 0


def test_a_read_only_index_folder_is_searched_and_said(home: Path, capsys: Cap) -> None:
    """Fault 3: search, note add and db check ended in ``OSError: [Errno 30]``."""
    old = add_note(home, capsys, "oldnote text")
    with read_only(index_root(home)):
        result = run(home, capsys, "note", "add", "--stdin", stdin="newnote text")
        assert result.code == 0
        new = int(result.out.strip())
        assert "cannot be written" in result.err and len(result.err.splitlines()) == 1
        assert found(home, capsys, "oldnote")[0] == {old}  # the index still answers
        hits, notice = found(home, capsys, "newnote")
        assert hits == set() and "behind" in notice and "cannot be written" in notice
        check = run(home, capsys, "db", "check")
        assert check.code == 1 and "cannot be written" in check.out
    assert found(home, capsys, "newnote")[0] == {new}  # it catches up
    assert run(home, capsys, "db", "check").code == 0


def test_a_missing_index_in_a_read_only_folder_is_one_line(home: Path, capsys: Cap) -> None:
    shutil.rmtree(index_root(home))
    index_root(home).mkdir()
    with read_only(index_root(home)):
        result = run(home, capsys, "search", "anything")
        assert result.code == 1
        assert len(result.err.strip().splitlines()) == 1
        assert "cannot be written" in result.err


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    with mounts.small_disk(tmp_path / "disk", "3m") as folder:
        yield folder


def test_an_index_on_a_full_disk_loses_nothing(
    home: Path, capsys: Cap, small_disk: Path, tmp_path: Path
) -> None:
    """The index on its own, full disk (the library elsewhere): writes are kept, the index
    catches up when there is room again."""
    root = index_root(home)
    shutil.copytree(root, small_disk / "index")
    shutil.rmtree(root)
    root.symlink_to(small_disk / "index")
    filler = small_disk / "filler"
    with contextlib.suppress(OSError), filler.open("wb") as out:
        while True:
            out.write(b"\x00" * 65536)
    big = "fulldisk " + " ".join(f"word{i}" for i in range(3000))
    result = run(home, capsys, "note", "add", "--stdin", stdin=big)
    assert result.code == 0
    note_id = int(result.out.strip())
    assert len(result.err.strip().splitlines()) <= 1
    hits, notice = found(home, capsys, "fulldisk")
    assert hits == set() and "behind" in notice
    filler.unlink()
    assert found(home, capsys, "fulldisk")[0] == {note_id}
    assert run(home, capsys, "db", "check").code == 0


def test_a_bug_in_a_search_is_an_error_not_a_rebuild(
    home: Path, capsys: Cap, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only a missing or damaged index means a rebuild: a bug while reading postings is
    logged and said in one line, and the index is left as it is."""
    gen = live_generation(home)

    def buggy(*_args: object, **_kw: object) -> None:
        raise AttributeError("'NoneType' object has no attribute 'ids'")

    monkeypatch.setattr("readinglog.search.reading.read_postings", buggy)
    result = run(home, capsys, "search", "经济", "--json")
    assert result.code != 0 and result.out == ""
    assert len(result.err.strip().splitlines()) == 1 and "unexpected error" in result.err
    assert "rebuilt" not in result.err
    assert live_generation(home) == gen and not (gen / "DAMAGED").exists()
    log = (paths.in_home(home).logs / "readinglog.log").read_text(encoding="utf-8")
    assert "AttributeError" in log and "Traceback" in log
    monkeypatch.undo()
    assert run(home, capsys, "search", "经济").code == 0


def test_a_rebuild_on_a_full_disk_is_one_line_and_keeps_the_index(
    home: Path, capsys: Cap, small_disk: Path
) -> None:
    """reindex on a full disk named the library, not the index folder it could not write, and
    must leave the live generation as it was."""
    note_id = add_note(home, capsys, "keptindex note")
    root = index_root(home)
    shutil.copytree(root, small_disk / "index")
    shutil.rmtree(root)
    root.symlink_to(small_disk / "index")
    live = live_generation(home)
    filler = small_disk / "filler"
    with contextlib.suppress(OSError), filler.open("wb") as out:
        while True:
            out.write(b"\x00" * 65536)
    result = run(home, capsys, "reindex")
    assert result.code == 1
    [line] = result.err.strip().splitlines()
    assert str(root) in line and "No space left on device" in line
    assert live_generation(home) == live and [p.name for p in root.iterdir() if p.is_dir()] == [
        live.name
    ]
    assert found(home, capsys, "keptindex")[0] == {note_id}
