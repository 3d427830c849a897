"""The error log: where it is, what a record holds, rotation, and a log that cannot be written."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from readinglog import logs, paths

Cap = pytest.CaptureFixture[str]
RECORD_START = re.compile(
    r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (ERROR|WARNING|INFO) \[[^\]]+\] readinglog[.\w]*: ",
    re.M,
)


@pytest.fixture(autouse=True)
def _no_handlers_left() -> Iterator[None]:
    yield
    logs.shutdown()


def _raise_and_log(message: str, **options: object) -> Path | None:
    try:
        raise ValueError("bad value 经济")
    except ValueError as error:
        return logs.log_exception(message, error, **options)  # type: ignore[arg-type]


def test_the_log_is_inside_home_or_in_the_user_log_folder(tmp_path: Path) -> None:
    import platformdirs

    assert paths.in_home(tmp_path).logs == tmp_path.resolve() / "logs"
    expected = platformdirs.PlatformDirs("ReadingLog", appauthor=False).user_log_dir
    assert paths.resolve(None).logs == Path(expected)  # conftest unsets READINGLOG_HOME


def test_a_record_has_time_level_thread_logger_and_traceback(tmp_path: Path) -> None:
    home = paths.in_home(tmp_path)
    log_file = logs.setup(home)
    assert log_file == home.logs / logs.FILENAME
    assert not home.logs.exists()  # nothing written: no folder, no file
    logging.getLogger("readinglog.below").info("an ordinary message")

    def in_a_thread() -> None:
        assert _raise_and_log("the sync failed") == log_file

    thread = threading.Thread(target=in_a_thread, name="index-writer")
    thread.start()
    thread.join()
    text = log_file.read_text(encoding="utf-8")
    starts = RECORD_START.findall(text)
    assert starts == ["INFO", "ERROR"], text
    assert "INFO [MainThread] readinglog.below: an ordinary message" in text
    assert "ERROR [index-writer] readinglog: the sync failed\nTraceback (most recent" in text
    assert text.rstrip().endswith("ValueError: bad value 经济")


def test_debug_echoes_everything_on_stderr(tmp_path: Path, capsys: Cap) -> None:
    log_file = logs.setup(paths.in_home(tmp_path), debug=True)
    logging.getLogger("readinglog.x").debug("a detail")
    assert _raise_and_log("failed") == log_file
    err = capsys.readouterr().err
    assert "DEBUG [MainThread] readinglog.x: a detail" in err
    assert "Traceback (most recent call last)" in err and "ValueError: bad value" in err
    assert "a detail" in log_file.read_text(encoding="utf-8")  # type: ignore[union-attr]


def test_the_log_rotates_and_keeps_five_old_files(tmp_path: Path) -> None:
    home = paths.in_home(tmp_path)
    logs.setup(home, max_bytes=2_000)
    for i in range(200):
        logging.getLogger("readinglog").warning("line %03d %s", i, "x" * 60)
    names = sorted(p.name for p in home.logs.iterdir())
    assert names == [logs.FILENAME] + [f"{logs.FILENAME}.{n}" for n in range(1, 6)]
    assert all(p.stat().st_size <= 2_000 for p in home.logs.iterdir())
    assert "line 199" in (home.logs / logs.FILENAME).read_text(encoding="utf-8")


def test_an_unwritable_log_folder_goes_to_stderr_after_one_warning(
    tmp_path: Path, capsys: Cap
) -> None:
    home = paths.in_home(tmp_path)
    home.logs.parent.mkdir(parents=True, exist_ok=True)
    home.logs.write_text("a file where the folder should be")  # root ignores chmod; this holds
    logs.setup(home)
    logging.getLogger("readinglog").info("not worth stderr")
    assert capsys.readouterr().err == ""
    assert _raise_and_log("first") is None
    assert _raise_and_log("second") is None
    assert _raise_and_log("told already", shown=True) is None
    err = capsys.readouterr().err
    assert err.count("warning: cannot write the log") == 1
    assert err.splitlines()[0].startswith(f"readinglog: warning: cannot write the log {home.logs}")
    assert "ERROR [MainThread] readinglog: first" in err and "second" in err
    assert "told already" not in err
    assert err.count("Traceback") == 2
    assert isinstance(logs.failure(), OSError)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_under_the_log_does_not_raise(tmp_path: Path, capsys: Cap) -> None:
    home = paths.in_home(tmp_path)
    home.logs.mkdir(parents=True)
    (home.logs / logs.FILENAME).symlink_to("/dev/full")  # every write: ENOSPC
    logs.setup(home)
    assert _raise_and_log("on a full disk") is None
    err = capsys.readouterr().err
    assert "cannot write the log" in err and "No space left on device" in err
    assert "on a full disk" in err
    assert "Logging error" not in err  # logging's own traceback-of-a-traceback


def test_a_preview_parser_bug_is_logged_with_its_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from readinglog.export import preview as module

    class Broken:
        def reset(self) -> Broken:
            return self

        def convert(self, text: str) -> str:
            raise IndexError("a parser bug")

    monkeypatch.setattr(module, "too_complex", lambda text: "")
    monkeypatch.setattr(module, "_converter", lambda: Broken())
    log_file = logs.setup(paths.in_home(tmp_path))
    result = module.render_preview("- x")
    assert not result.complete and "IndexError" in result.notice  # the note is still shown
    assert log_file is not None
    text = log_file.read_text(encoding="utf-8")
    assert "readinglog.export.preview: the Markdown preview failed" in text
    assert "IndexError: a parser bug" in text


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_the_file_is_tried_again_after_a_minute(
    tmp_path: Path, capsys: Cap, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = paths.in_home(tmp_path)
    home.logs.mkdir(parents=True)
    full = home.logs / logs.FILENAME
    full.symlink_to("/dev/full")
    now = [1000.0]
    monkeypatch.setattr(logs.time, "monotonic", lambda: now[0])
    logs.setup(home)
    assert _raise_and_log("while full") is None
    full.unlink()  # room again
    now[0] += logs.RETRY_S - 1
    assert _raise_and_log("too soon") is None
    now[0] += 1
    assert _raise_and_log("a minute later") == full
    text = full.read_text(encoding="utf-8")
    assert "a minute later" in text and "too soon" not in text
    assert capsys.readouterr().err.count("cannot write the log") == 1
