"""The fence around whoosh's internals (search/fence.py): the pinned version is the one
installed, and searches take the fast paths, never silently whoosh's own slower way."""

from __future__ import annotations

import gc
import random
import re
import tomllib
from collections import Counter
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pytest

from readinglog.core.library import Library
from readinglog.search import fence
from readinglog.search.index import SearchIndex
from readinglog.search.searcher import search

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def counted() -> Iterator[None]:
    fence.fallbacks.clear()
    yield
    fence.fallbacks.clear()


def test_the_installed_whoosh_is_the_pinned_one() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = [d for d in project["project"]["dependencies"] if d.startswith("whoosh")]
    assert pins == [f"{fence.PINNED_DISTRIBUTION}=={fence.PINNED_VERSION}"]
    assert fence.installed_version() == fence.PINNED_VERSION


def test_searches_take_the_fast_paths(indexed: Library, index: SearchIndex) -> None:
    for text in ("经济", "经济学", "learn", "tf.keras", '"长江大桥"', "-和服 我们"):
        assert search(indexed, text, index=index).total > 0, text
    for text in ("经济", "lear", "乔布"):  # prefix mode reads the term table directly
        search(indexed, text, index=index, prefix=True)
    assert fence.fallbacks == {}


def test_a_changed_layout_is_counted_and_logged(
    indexed: Library, index: SearchIndex, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    """Break the layout on purpose: the answers stay right, the fallback is seen."""
    expected = [h.id for h in search(indexed, "lear", index=index, prefix=True).hits]
    assert expected

    def moved(*_args: object) -> None:  # what an upgraded whoosh's other layout would raise
        raise AttributeError("'W3TermsReader' object has no attribute '_tindex'")

    monkeypatch.setattr(fence, "term_table", moved)
    monkeypatch.setattr(fence, "length_column", moved)
    fresh = SearchIndex(index.root)  # nothing read or cached yet
    with caplog.at_level("WARNING", logger="readinglog.search.fence"):
        assert [h.id for h in search(indexed, "lear", index=fresh, prefix=True).hits] == expected
    fresh.close()
    assert fence.fallbacks["terms.prefix_terms"] >= 1
    assert fence.fallbacks["postings.term_info"] >= 1
    assert fence.fallbacks["reading.lengths"] >= 1
    assert re.search(r"fell back to whoosh's own", caplog.text)


def test_reads_of_a_segment_file_are_whooshs(indexed: Library, index: SearchIndex) -> None:
    """The pread of a segment's term table and posting file answers what whoosh's own get
    does, up to and past the part's end (bounded there as whoosh bounds it)."""
    rng = random.Random(3)
    reader = index.snapshot().segments[0][0].reader
    for structfile in (reader._terms._tindex.dbfile, reader._terms._postfile):
        size = structfile.file._length
        reads = fence._reads(structfile)
        assert reads != structfile.get  # the fast path was taken (not whoosh's bound get)
        for _ in range(300):
            position = rng.randrange(size + 8)
            length = rng.choice([1, 8, 96, 4096, size])
            assert reads(position, length) == structfile.get(position, length), (position, length)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts /proc/self/fd")
def test_the_reads_let_go_of_their_files(indexed: Library) -> None:
    """Each searcher's files are read on descriptors of their own: closing the index and
    dropping what it read leaves no descriptor open (a window searches for days)."""

    def open_files() -> int:
        gc.collect()
        return len(list(Path("/proc/self/fd").iterdir()))

    before = open_files()
    for _ in range(5):
        index = SearchIndex(indexed.paths.index)
        assert search(indexed, "经济", index=index).total > 0
        index.close()
        del index
    assert open_files() == before


PRIVATE_READS_ALLOWED_IN = {"fence.py"}


def test_whoosh_internals_are_read_in_the_fence_only() -> None:
    """A private attribute of anything but our own object (``self``/``cls``) is whoosh's:
    read only in search/fence.py, so an upgrade has one module to check."""
    import ast

    package = ROOT / "src" / "readinglog" / "search"
    found = []
    for path in sorted(package.glob("*.py")):
        if path.name in PRIVATE_READS_ALLOWED_IN:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
                and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
            ):
                found.append(f"{path.name}:{node.lineno} {ast.unparse(node)}")
    assert found == []


def test_another_whoosh_distribution_is_named_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    """whoosh3 installs the same ``whoosh`` package under another name: a fallback's warning
    must still be written (the fast path answers, more slowly), and the pin test must fail
    on the version, not on an error."""

    def missing(name: str) -> str:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(fence.metadata, "version", missing)
    monkeypatch.setattr(fence, "fallbacks", Counter())
    assert fence.installed_version().endswith(f"(not {fence.PINNED_DISTRIBUTION})")
    assert fence.installed_version() != fence.PINNED_VERSION
    fence.fell_back("test.other_distribution", ValueError("layout"))  # does not raise
