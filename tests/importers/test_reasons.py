"""An import's skipped rows and warnings keep the sentence they were made from.

The reasons travel as English ``str`` (the command line prints them, ``import_batches.report``
stores them as JSON); each is an ``core.errors.Said`` that also keeps its ``Message``,
so the window can say it in its own language (tests/gui/test_import_reasons_in_chinese.py).
Here: every reason of imports of broken files of several formats keeps one, its English is
exactly that sentence (the row's ``line N: `` cut where the report shows the line), and what
is stored is the English.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from readinglog.core.batches import Batch, ImportReport
from readinglog.core.errors import InvalidInput, Message, Said
from readinglog.core.library import Library
from readinglog.core.models import ImportKind
from readinglog.importers import reasons, rows, run
from readinglog.importers.reasons import reported
from tests.importers.helpers import run_import
from tests.importers.test_goodreads import HEADER_24, ROW_DNF, ROW_SANTI

CLIP = "{title}\n- Your Highlight on Location {at} | Added on Monday, July 31, 2017 11:11:20 PM\n"


def _goodreads(folder: Path) -> Path:
    bad_date = ROW_DNF.replace("2019/02/03", "2019/13/45")
    bad_isbn = ROW_DNF.replace("2,Война", "3,Анна").replace('="",="",0', '="123",="",0')
    no_title = ROW_DNF.replace("2,Война и мир", "4,")
    path = folder / "goodreads.csv"
    body = HEADER_24 + ROW_SANTI + bad_date + "1,2,3\n" + bad_isbn + no_title
    path.write_text(body, encoding="utf-8")
    return path


def _kindle(folder: Path) -> Path:
    path = folder / "My Clippings.txt"
    records = [
        CLIP.format(title="Dune (Frank Herbert)", at="5-6") + "\nFear is the mind-killer.\n",
        CLIP.format(title="Dune (Frank Herbert)", at="7-8") + "\n\n",  # an empty highlight
        CLIP.format(title="Dune (Frank Herbert)", at="9-9").replace("Location", "Lokation?|")
        + "\nodd\n",
    ]
    path.write_text("==========\n".join(records) + "==========\n", encoding="utf-8")
    return path


def _markdown(folder: Path) -> Path:
    vault = folder / "vault"
    vault.mkdir()
    (vault / "broken.md").write_bytes(b"---\ntitle: x\n---\n\xff\xfe bad bytes\n")
    tags = f"[{'t' * 300}, short]"
    (vault / "ok.md").write_text(
        f"---\ntags: {tags}\ncreated: 2021-13-45\nodd: 'unclosed\n---\nB\n", encoding="utf-8"
    )
    return vault


def _opml(folder: Path) -> Path:
    path = folder / "shows.opml"
    path.write_text(
        '<?xml version="1.0"?>\n<opml version="2.0"><body>\n'
        '<outline type="rss" xmlUrl="https://a.example/rss"/>\n'
        '<outline text="B" type="rss" xmlUrl="https://b.example/rss"/>\n'
        "</body></opml>\n",
        encoding="utf-8",
    )
    return path


def _douban(folder: Path) -> Path:
    path = folder / "douban.json"
    records = [
        "not an object",
        {"title": "甲", "status": "done", "book_id": "1"},
        {"title": "乙", "rating": {"value": "9"}, "book_id": "2", "status": "read"},
        {"title": "丙", "book_id": "3", "book": {"isbn13": "978-0-00-000000-1"}},
    ]
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return path


def _koreader(folder: Path) -> Path:
    books = folder / "books"
    (books / "Dune.sdr").mkdir(parents=True)
    (books / "Dune.sdr" / "metadata.epub.lua").write_text("return {\n", encoding="utf-8")
    return books


WARNED = {ImportKind.GOODREADS, ImportKind.MARKDOWN, ImportKind.DOUBAN}  # and made to warn
BROKEN = {
    ImportKind.GOODREADS: _goodreads,
    ImportKind.KINDLE: _kindle,
    ImportKind.MARKDOWN: _markdown,
    ImportKind.OPML: _opml,
    ImportKind.DOUBAN: _douban,
    ImportKind.KOREADER: _koreader,
}


def _stored(library: Library, batch: int | None) -> dict[str, object]:
    with closing(sqlite3.connect(library.paths.database)) as conn:
        [(text,)] = conn.execute("SELECT report FROM import_batches WHERE id = ?", (batch,))
    stored = json.loads(text)
    assert isinstance(stored, dict)
    return stored


@pytest.mark.parametrize("kind", list(BROKEN), ids=lambda kind: kind.value)
def test_every_reason_and_warning_keeps_its_sentence(
    library: Library, tmp_path: Path, kind: ImportKind
) -> None:
    report: ImportReport = run_import(library, kind, BROKEN[kind](tmp_path))
    assert report.skipped, "the file was made to have rows skipped"
    assert bool(report.warnings) is (kind in WARNED), report.warnings
    for row in report.skipped:
        assert isinstance(row.reason, Said), row
        english = str(row.reason.said)
        assert english in (row.reason, f"line {row.line}: {row.reason}"), row
    for warning in report.warnings:
        assert isinstance(warning, Said), warning
        assert str(warning.said) == warning
    stored = _stored(library, report.batch)  # the English, as before
    assert stored["skipped"] == [{"line": r.line, "reason": str(r.reason)} for r in report.skipped]
    assert stored["warnings"] == [str(w) for w in report.warnings]


def test_a_skipped_rows_line_is_cut_from_its_english_not_from_its_sentence(
    library: Library,
) -> None:
    with library.sessions.begin() as s:
        batch = Batch(s, ImportKind.GOODREADS, "x.csv")
        error = InvalidInput("line {line}: Title: must not be empty", line=7)
        rows.skip(batch, 7, error.said)
        rows.skip(batch, 8, error.said)  # another line's: kept whole
        rows.skip(batch, 9, "line 9: a plain reason")
        s.rollback()
    first, second, third = batch.skipped
    assert first.reason == "Title: must not be empty"
    assert isinstance(first.reason, Said) and first.reason.said is error.said
    assert second.reason == "line 7: Title: must not be empty"
    assert third.reason == "a plain reason" and not isinstance(third.reason, Said)


def test_reported_is_the_english_and_keeps_the_message() -> None:
    message = Message("{file}: the file is empty", file="a.csv")
    text = reported(message)
    assert text == "a.csv: the file is empty" and reasons.said(text) is message
    assert json.dumps([text]) == '["a.csv: the file is empty"]'
    error = InvalidInput("{path}: no such file", path="b.csv")
    assert reasons.said(reported(error)) is error.said
    assert reported("as it is") == "as it is" and reasons.said("as it is") == "as it is"
    assert type(f"{text}!") is str  # rebuilt text is English only: wrap the sentence last


@pytest.mark.parametrize(
    "kind", [ImportKind.GOODREADS, ImportKind.KINDLE, ImportKind.DOUBAN], ids=lambda k: k.value
)
def test_every_progress_message_keeps_its_sentence(
    library: Library, tmp_path: Path, kind: ImportKind
) -> None:
    """The progress dialog's label (``Progress.message``) is said in the window's language."""
    job = run.run(library.sessions, kind, BROKEN[kind](tmp_path), dry_run=True)
    messages = []
    with contextlib.suppress(StopIteration):
        while True:
            messages.append(next(job).message)
    assert len(messages) >= 3 and messages[-1] == "done"
    for message in messages:
        assert isinstance(message, Said) and str(message.said) == message, message


def test_a_lua_syntax_error_keeps_its_sentence(library: Library, tmp_path: Path) -> None:
    report = run_import(library, ImportKind.KOREADER, _koreader(tmp_path))
    [skipped] = report.skipped
    assert skipped.reason == (
        "Dune.sdr/metadata.epub.lua cannot be read as Lua data: line 1, column 8: "
        "the table opened here is not closed"
    )
    assert isinstance(skipped.reason, Said)
    where = skipped.reason.said.values["error"]  # a sentence inside the sentence
    assert isinstance(where, Message) and where.template.startswith("line {line}, column")
    assert isinstance(where.values["message"], Message)
