"""Fuzzing (issue 11): every importer with mutated real files, and both query parsers.

An importer given a damaged file either imports what it can (bad rows reported as skipped)
or refuses the file with a UserError; never another exception, and what the library held
before is still there, unchanged. An archive that imports leaves a consistent library
(integrity and foreign keys). A filter either parses (and then runs as SQL) or is refused with
a UserError; a search never raises.
"""

from __future__ import annotations

import io
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from readinglog import importers, paths
from readinglog.core import archive, archive_import, migrate, notes, repository, services
from readinglog.core.errors import UserError
from readinglog.core.library import Library
from readinglog.core.models import ImportKind
from readinglog.core.query import parse_filter
from readinglog.core.types import ItemKind
from readinglog.search import searcher, sync
from tests.conftest import REALDATA

pytestmark = pytest.mark.slow

FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],  # a failure prints its input; no long shrink
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

SOURCES = {
    ImportKind.GOODREADS: "goodreads/gigikenneth_goodreads__goodreads_library_export.csv",
    ImportKind.STORYGRAPH: "storygraph/dblake26_streaming-02__storygraph_export_EXCEL_MANGLED.csv",
    ImportKind.OPML: "opml/mrh-is_podcasts__overcast.opml",
    ImportKind.MARKDOWN: "blog_corpus/yihui.org/cn/2006-02-21-18-42-00.md",
}
SUFFIX = {ImportKind.MARKDOWN: ".md", ImportKind.OPML: ".opml"}
ROWS = 25  # a CSV source is cut to its header and this many lines: each example stays fast


# --- mutations -----------------------------------------------------------------------------


@st.composite
def mutated(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` after one to three of: byte flips, truncation, invalid UTF-8, a huge field,
    lines duplicated, dropped or replaced by random text or random CSV fields."""
    for op in draw(st.lists(st.integers(0, 6), min_size=1, max_size=3), label="ops"):
        at = draw(st.integers(0, len(data)), label="at")
        if op == 0 and data:
            at = min(at, len(data) - 1)
            data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
        elif op == 1:
            data = data[:at]
        elif op == 2:
            bad = draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x00", b"\xef\xbb"]))
            data = data[:at] + bad + data[at:]
        elif op == 3:
            size = draw(st.sampled_from([5_000, 70_000, 300_000]))
            data = data[:at] + draw(st.sampled_from([b"x", "经".encode(), b'"'])) * size + data[at:]
        else:
            lines = data.split(b"\n")
            i = draw(st.integers(0, max(0, len(lines) - 1)))
            if op == 4:
                lines.insert(i, lines[i])
            elif op == 5:
                del lines[i]
            else:
                fields = draw(st.lists(st.text(max_size=30), max_size=25), label="row")
                lines.insert(i, ",".join(fields).encode("utf-8", "surrogatepass"))
            data = b"\n".join(lines)
    return data


# --- a library with something in it --------------------------------------------------------


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fuzz")
    Library.open(paths.in_home(root / "empty")).close()
    return root


@pytest.fixture(scope="module")
def filled(workspace: Path) -> Iterator[Library]:
    """A library with an entry and a note of its own (what no import may change)."""
    shutil.copytree(workspace / "empty", workspace / "filled")
    library = Library.open(paths.in_home(workspace / "filled"))
    with library.sessions.begin() as s:
        services.add_item(s, ItemKind.BOOK, "Kept as it was 鲲鹏", tags=["kept"])
        notes.add_note(s, "A note that stays xylofrob 貔貅", tags=["kept"])
    yield library
    library.close()


def _held(library: Library) -> tuple[object, ...]:
    with library.sessions() as s:
        item = repository.item_view(s, 1)
        note = repository.note_view(s, 1)
        return (item.title, item.tags, item.updated_at, note.body, note.tags, note.updated_at)


def _counts(library: Library) -> tuple[int, int]:
    with library.sessions() as s:
        every = parse_filter("")
        return len(repository.item_ids(s, every)), len(repository.note_ids(s, every))


def _source(kind: ImportKind) -> bytes:
    if not REALDATA.is_dir():
        pytest.skip("../shared/realdata is not present")
    data = (REALDATA / SOURCES[kind]).read_bytes()
    if kind in {ImportKind.GOODREADS, ImportKind.STORYGRAPH}:
        data = b"\n".join(data.split(b"\n")[: ROWS + 1])
    return data


def _import(library: Library, kind: ImportKind, data: bytes) -> None:
    """Import ``data`` as the CLI does: commit what the importer did, or roll back on a
    UserError. Any other exception fails the test."""
    before, counts = _held(library), _counts(library)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"fuzzed{SUFFIX.get(kind, '.csv')}"
        path.write_bytes(data)
        try:
            with library.sessions.begin() as s:
                job = importers.start(s, kind, path)
                for _ in job.steps:
                    pass
                report = job.report()
        except UserError as error:
            assert str(error).strip() and "\n" not in str(error).strip(), str(error)
        else:
            for row in report.skipped:
                assert row.reason.strip(), report
    assert _held(library) == before
    after = _counts(library)
    assert after[0] >= counts[0] and after[1] >= counts[1], (counts, after)  # none removed


def _importer_test(kind: ImportKind) -> Callable[[Library], None]:
    @FUZZ
    @given(data=st.data())
    def run(filled: Library, data: st.DataObject) -> None:
        _import(filled, kind, data.draw(mutated(_source(kind)), label="file"))

    return run


test_goodreads_survives_damaged_files = _importer_test(ImportKind.GOODREADS)
test_storygraph_survives_damaged_files = _importer_test(ImportKind.STORYGRAPH)
test_opml_survives_damaged_files = _importer_test(ImportKind.OPML)
test_markdown_survives_damaged_files = _importer_test(ImportKind.MARKDOWN)


# --- archives -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def good_archive(filled: Library, workspace: Path) -> Path:
    if REALDATA.is_dir():
        _import(filled, ImportKind.GOODREADS, _source(ImportKind.GOODREADS))
        _import(filled, ImportKind.MARKDOWN, _source(ImportKind.MARKDOWN))
    target = workspace / "good.zip"
    with filled.sessions() as s:
        for _ in archive.export_archive(s, filled.paths, target):
            pass
    return target


@st.composite
def damaged_archive(draw: st.DrawFn, good: bytes) -> bytes:
    """Bytes mutated, or a valid zip whose tables or manifest were mutated inside."""
    if draw(st.booleans(), label="bytes"):
        return draw(mutated(good))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as zin, zipfile.ZipFile(out, "w") as zout:
        names = zin.namelist()
        victim = draw(st.sampled_from(names), label="member")
        for name in names:
            content = zin.read(name)
            zout.writestr(name, draw(mutated(content)) if name == victim else content)
    return out.getvalue()


@FUZZ
@given(data=st.data())
def test_archive_import_survives_damaged_archives(
    good_archive: Path, workspace: Path, data: st.DataObject
) -> None:
    damaged = data.draw(damaged_archive(good_archive.read_bytes()), label="archive")
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        shutil.copytree(workspace / "empty", home)
        source = Path(tmp) / "damaged.zip"
        source.write_bytes(damaged)
        with Library.open(paths.in_home(home)) as library:
            try:
                with library.sessions.begin() as s:
                    for _ in archive_import.import_archive(s, library.paths, source):
                        pass
            except UserError as error:
                assert "\n" not in str(error).strip(), str(error)
                with library.sessions() as s:
                    assert repository.item_ids(s, parse_filter("")) == []
            assert migrate.check(library.paths.database) == []


# --- the query parsers ----------------------------------------------------------------------

QUERY_WORDS = st.sampled_from(
    [
        "kind:", "status:", "tag:", "rating>=", "rating:", "year:", "finished:", "added:",
        "lang:", "item:", "is:", "has:", "isbn:", "title:", "author:", "-", '"', "OR", "..",
        "2020-13", "2024-02-30", "9999999999999999999", "经济", "xylofrob", "\x00", "\u202e",
        "(", ")", "*", "?", "\\", ":", "：", "ＧＰＵ",
    ]
)  # fmt: skip
QUERIES = st.lists(st.one_of(QUERY_WORDS, st.text(max_size=12)), max_size=8).map("".join) | (
    st.lists(st.one_of(QUERY_WORDS, st.text(max_size=12)), max_size=8).map(" ".join)
)


@FUZZ
@given(text=QUERIES)
def test_a_filter_parses_and_runs_or_is_refused_in_one_sentence(filled: Library, text: str) -> None:
    try:
        flt = parse_filter(text)
    except UserError as error:
        assert str(error).strip() and "\n" not in str(error), str(error)
        return
    with filled.sessions() as s:
        repository.item_ids(s, flt)
        repository.note_ids(s, flt)


@settings(FUZZ, max_examples=150)
@given(text=QUERIES, prefix=st.booleans())
def test_a_search_never_raises(filled: Library, text: str, prefix: bool) -> None:
    if sync.check(filled).status.value != "ok":
        list(sync.rebuild(filled))
    sync.drain(filled)
    result = searcher.search(filled, text, prefix=prefix)
    assert result.total >= len(result.hits)
    assert not result.needs_rebuild, result.notice
