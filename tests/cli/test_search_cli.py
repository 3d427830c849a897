"""``readinglog search`` and ``readinglog reindex``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from readinglog import paths
from readinglog.cli import search_commands
from readinglog.cli.context import Context
from readinglog.core import notes
from readinglog.core.library import Library

Cap = pytest.CaptureFixture[str]


def run(home: Path, capsys: Cap, *argv: str) -> tuple[int, str, str]:
    """The commands through their own parser (works before they join COMMAND_MODULES)."""
    parser = argparse.ArgumentParser(prog="readinglog")
    search_commands.register(parser.add_subparsers())
    args = parser.parse_args(list(argv))
    ctx = Context(home=str(home))
    try:
        code = args.handler(args, ctx)
    finally:
        ctx.close()
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def filled(home: Path) -> Path:
    with Library.open(paths.in_home(home)) as library, library.sessions.begin() as s:
        notes.add_note(s, "我们讨论政治经济学和 deep learning。", title="经济学笔记", tags=["经济"])
        notes.add_note(s, "她穿着和服参加茶道。", title="和服")
        notes.add_note(s, "我们和服务员聊天。", title="服务")
    return home


def test_search_json_builds_the_index_on_first_use(filled: Path, capsys: Cap) -> None:
    code, out, _ = run(filled, capsys, "search", "經濟", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["total"] == 1
    hit = data["hits"][0]
    assert set(hit) == {"type", "id", "title", "snippet", "score", "item_ids", "match"}
    assert hit["match"] == "word"
    assert hit["type"] == "note" and hit["title"] == "经济学笔记"
    assert "<b>经济</b>" in hit["snippet"]
    assert "notice" not in data


def test_search_is_not_fooled_by_traps(filled: Path, capsys: Cap) -> None:
    """和服 (kimono) first as a word; 和服务员 (with the waiter) found too, labelled below."""
    data = json.loads(run(filled, capsys, "search", "和服", "--json")[1])
    assert [(h["title"], h["match"]) for h in data["hits"]] == [
        ("和服", "word"),
        ("服务", "characters"),
    ]
    code, out, err = run(filled, capsys, "search", "和服")
    word, also, characters = (
        out.index("和服  (note"),
        out.index("Also contains 和服"),
        out.index("服务"),
    )
    assert code == 0 and word < also < characters and "2 found" in err


def test_search_never_misses_a_word_the_segmenter_cuts(filled: Path, capsys: Cap) -> None:
    with Library.open(paths.in_home(filled)) as library, library.sessions.begin() as s:
        notes.add_note(s, "今天全部门都来了。", title="例会")  # rjieba: 全部/门
    data = json.loads(run(filled, capsys, "search", "部门", "--json")[1])
    assert [(h["title"], h["match"]) for h in data["hits"]] == [("例会", "characters")]


def test_search_reports_a_fallback(filled: Path, capsys: Cap) -> None:
    code, out, _ = run(filled, capsys, "search", '"learning', "--json")
    data = json.loads(out)
    assert code == 0 and data["total"] == 1 and "notice" in data


def test_search_text_output_and_limit(filled: Path, capsys: Cap) -> None:
    code, out, err = run(filled, capsys, "search", "我们", "--limit", "1")
    assert code == 0
    assert out.count("(note ") == 1
    assert "2 found, showing 1" in err


def test_search_kind_item_excludes_notes(filled: Path, capsys: Cap) -> None:
    data = json.loads(run(filled, capsys, "search", "和服", "--kind", "item", "--json")[1])
    assert data == {"total": 0, "hits": []}


def test_reindex(filled: Path, capsys: Cap) -> None:
    code, out, _ = run(filled, capsys, "reindex", "--json")
    assert code == 0 and json.loads(out) == {"indexed": 3}
    assert run(filled, capsys, "reindex")[1].strip() == "3 notes, entries and highlights indexed"


def test_search_while_another_process_builds_the_index(
    filled: Path, capsys: Cap, monkeypatch: pytest.MonkeyPatch
) -> None:
    from readinglog.core.errors import UserError
    from readinglog.search import sync
    from readinglog.search.index import SearchIndex

    monkeypatch.setattr(sync, "REBUILD_LOCK_TIMEOUT", 0.1)
    with SearchIndex(paths.in_home(filled).index).write_lock(1.0):
        code, out, _ = run(filled, capsys, "search", "和服", "--json")
        assert code == 0
        data = json.loads(out)
        assert data["total"] == 0 and "rebuilt" in data["notice"]
        with pytest.raises(UserError):
            run(filled, capsys, "reindex")
    assert json.loads(run(filled, capsys, "search", "茶道", "--json")[1])["total"] == 1


# -- highlights ------------------------------------------------------------------------------


@pytest.fixture
def highlighted(filled: Path) -> tuple[Path, int, int, int]:
    """The notes above, and a Chinese and an English highlight in two entries."""
    from readinglog.core import highlights, services
    from readinglog.core.types import ItemKind, Place

    with Library.open(paths.in_home(filled)) as library, library.sessions.begin() as s:
        book = services.add_item(s, ItemKind.BOOK, "置身事内").created
        article = services.add_item(s, ItemKind.ARTICLE, "On Growth").created
        assert book is not None and article is not None
        zh = highlights.add_highlight(
            s, book, "土地财政是政治经济学的钥匙。", comment="债务", place=Place(page=42)
        ).created
        en = highlights.add_highlight(
            s, article, "Compounding rewards patience.", comment="deep learning too",
            place=Place(loc_start=145, loc_end=146),
        ).created  # fmt: skip
        assert zh is not None and en is not None
    return filled, book, zh, en


def test_search_json_of_a_highlight(highlighted: tuple[Path, int, int, int], capsys: Cap) -> None:
    home, book, zh, _ = highlighted
    data = json.loads(run(home, capsys, "search", "债务", "--json")[1])
    assert data["total"] == 1
    [hit] = data["hits"]
    assert set(hit) == {
        "type", "id", "item_id", "title", "place", "snippet", "score", "item_ids", "match"
    }  # fmt: skip
    assert (hit["type"], hit["id"], hit["item_id"], hit["item_ids"]) == (
        "highlight",
        zh,
        book,
        [book],
    )
    assert (hit["title"], hit["place"], hit["match"]) == ("置身事内", "第 42 页", "word")
    assert "<b>债务</b>" in hit["snippet"] and "土地财政" in hit["snippet"]


def test_search_kind_highlight_and_is_highlight_narrow_to_them(
    highlighted: tuple[Path, int, int, int], capsys: Cap
) -> None:
    home, _, zh, en = highlighted
    both = json.loads(run(home, capsys, "search", "经济", "--json")[1])["hits"]
    assert {h["type"] for h in both} == {"note", "highlight"}
    for argv in (("经济", "--kind", "highlight"), ("经济", "is:highlight")):
        hits = json.loads(run(home, capsys, "search", *argv, "--json")[1])["hits"]
        assert [(h["type"], h["id"]) for h in hits] == [("highlight", zh)], argv
    hits = json.loads(run(home, capsys, "search", "learning", "--kind", "highlight", "--json")[1])
    assert [(h["type"], h["id"]) for h in hits["hits"]] == [("highlight", en)]
    notes_only = json.loads(run(home, capsys, "search", "learning", "--kind", "note", "--json")[1])
    assert {h["type"] for h in notes_only["hits"]} == {"note"}


def test_search_text_output_of_a_highlight(
    highlighted: tuple[Path, int, int, int], capsys: Cap
) -> None:
    home, book, zh, _ = highlighted
    code, out, _ = run(home, capsys, "search", "债务")
    assert code == 0
    assert out.splitlines()[0] == f"置身事内  (highlight {zh} in entry {book} · 第 42 页)"
