"""The WeRead (微信读书) notes parser.

The sample files under tests/data/weread/ were written by us, by hand: no real WeRead export
was available. They follow the layouts documented by the public tools that parse WeRead's
copied notes: XMNote (Merpyzf/XMNote-iOS, its three WeRead clipboard parsers and fixtures),
NotePal (djyde/notepal), weread-note-tool (superleeyom) and convert-weread-note
(zaixiadingdangmao). See tests/data/weread/README.md.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from readinglog.core.errors import InvalidInput
from readinglog.importers import weread
from readinglog.importers.clips import BadRecord, BookRef, Clip, ClipKind, Parsed, Place

DATA = Path(__file__).resolve().parents[1] / "data" / "weread"


def parsed(path: Path) -> list[Parsed]:
    return list(weread.parse(path))


def clips(path: Path) -> list[Clip]:
    items = parsed(path)
    assert [i for i in items if isinstance(i, BadRecord)] == []
    return [i for i in items if isinstance(i, Clip)]


def line_of(path: Path, text: str) -> int:
    """The 1-based number of the first line of `path` that is exactly `text`."""
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    return lines.index(text) + 1


def write(tmp_path: Path, text: str, name: str = "notes.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def placed(chapter: str | None, order: int) -> Place:
    return Place(chapter=chapter, position=f"order {order}")


# The three layouts -------------------------------------------------------------------------


def test_layout_3_since_app_8_3() -> None:
    path = DATA / "layout3_v83.txt"
    book = BookRef(title="山中日记", authors=("约翰·缪尔",))
    one, two = "第一章 初入山谷", "第二章 雪线以上"
    assert clips(path) == [
        Clip(
            book,
            ClipKind.NOTE,
            "",
            "认为推荐\n\n读完想去山里走走。",
            Place(),
            dt.datetime(2024, 3, 2),
            line=line_of(path, "◆ 2024/03/02 认为推荐"),
        ),
        Clip(
            book,
            ClipKind.HIGHLIGHT,
            "清晨的雾从谷底升起，松树的影子一点点变短。",
            place=placed(one, 1),
            line=line_of(path, "◆ 清晨的雾从谷底升起，松树的影子一点点变短。"),
        ),
        Clip(
            book,
            ClipKind.HIGHLIGHT,
            "溪水很冷。\n\n我在石头上坐了很久。",
            place=placed(one, 2),
            line=line_of(path, "◆ 溪水很冷。"),
        ),
        # the thought and the plain highlight of its 原文 right after it: one clip
        Clip(
            book,
            ClipKind.HIGHLIGHT,
            "风从山脊上吹下来，带着雪的味道。",
            "这让我想起小时候的夏天。",
            placed(one, 3),
            dt.datetime(2024, 2, 11),
            line=line_of(path, "◆ 2024/02/11发表想法"),
        ),
        # no 原文: a note; a date that does not exist: kept, with no date
        Clip(
            book,
            ClipKind.NOTE,
            "",
            "日期不对的想法也要保留。",
            placed(two, 4),
            None,
            line=line_of(path, "◆ 2024/02/30发表想法"),
        ),
        Clip(
            book,
            ClipKind.HIGHLIGHT,
            "第一行原文，\n第二行原文。",
            "两段想法的第一段。\n\n第二段。",
            placed(two, 5),
            dt.datetime(2024, 2, 12),
            line=line_of(path, "◆ 2024/02/12发表想法"),
        ),
        Clip(
            book,
            ClipKind.HIGHLIGHT,
            "山顶上什么也没有，只有风。",
            place=placed(two, 6),
            line=line_of(path, "◆ 山顶上什么也没有，只有风。"),
        ),
    ]


def test_layout_2_before_app_8_3() -> None:
    path = DATA / "layout2_pre83.txt"
    book = BookRef(title="城市与狗", authors=("巴尔加斯·略萨",))
    one, two = "第一部 1", "第一部 2"
    assert clips(path) == [
        Clip(
            book,
            ClipKind.HIGHLIGHT,
            "美洲豹说：“要么你跟我们一起干，要么滚蛋。”",
            place=placed(one, 1),
            line=line_of(path, ">> 美洲豹说：“要么你跟我们一起干，要么滚蛋。”"),
        ),
        Clip(
            book,
            ClipKind.HIGHLIGHT,
            "夜里的操场很安静，\n只听得见远处的海。",
            place=placed(one, 2),
            line=line_of(path, ">> 夜里的操场很安静，"),
        ),
        # 发表想法, the thought, the >> line it is on; then the same >> line again: one clip
        Clip(
            book,
            ClipKind.HIGHLIGHT,
            "军校的墙很高。",
            "这里的安静是假象。",
            placed(one, 3),
            dt.datetime(2019, 8, 3),
            line=line_of(path, "2019/8/3发表想法"),
        ),
        # words right before a >> line, with no date line: the thought on it
        Clip(
            book,
            ClipKind.HIGHLIGHT,
            "雨一直下。",
            "这一章写得真好",
            placed(two, 4),
            line=line_of(path, "这一章写得真好"),
        ),
        # ◆ 点评: the review, as written (its "点评:" label dropped), with no place
        Clip(
            book,
            ClipKind.NOTE,
            "",
            "★★★★☆\n前半部分有点难读，后面很精彩。",
            Place(),
            line=line_of(path, "◆ 点评"),
        ),
    ]


def test_layout_1_old() -> None:
    path = DATA / "layout1_old.txt"
    book = BookRef(title="旧书店", authors=("王小波",))
    assert clips(path) == [
        Clip(
            book,
            ClipKind.NOTE,
            "",
            "这一章是我最喜欢的。",
            placed("第一章", 1),
            line=line_of(path, "这一章是我最喜欢的。"),
        ),
        Clip(
            book,
            ClipKind.HIGHLIGHT,
            "书店里总是有一股纸的味道。",
            place=placed("第一章", 2),
            line=line_of(path, ">书店里总是有一股纸的味道。"),
        ),
        Clip(
            book,
            ClipKind.HIGHLIGHT,
            "他把书放回架子上，转身走了。",
            "很像我家的阁楼",
            placed("第一章", 3),
            line=line_of(path, "很像我家的阁楼>他把书放回架子上，转身走了。"),
        ),
        Clip(
            book,
            ClipKind.HIGHLIGHT,
            "最后一页被人撕掉了。",
            place=placed("第二章", 4),
            line=line_of(path, ">最后一页被人撕掉了。"),
        ),
    ]


def test_several_books_in_one_file_count_order_over_the_file() -> None:
    path = DATA / "two_books_v83.txt"
    first = BookRef(title="第一本", authors=("作者甲", "作者乙"))
    second = BookRef(title="第二本", authors=("Jeremy Keith", "Jeffrey Sambells"))
    assert clips(path) == [
        Clip(first, ClipKind.HIGHLIGHT, "甲的句子。", place=placed("第一章", 1), line=8),
        Clip(second, ClipKind.HIGHLIGHT, "A sentence.", place=placed("Chapter 1", 2), line=19),
    ]


def test_a_plain_highlight_then_the_thought_on_it_are_one_clip(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "《书》\n\n某人\n2个笔记\n\n第一章\n\n◆ 同一句话。\n\n"
        "◆ 2024/01/02发表想法\n\n我的想法\n\n原文：同一句话。\n\n-- 来自微信读书\n",
    )
    book = BookRef(title="书", authors=("某人",))
    assert clips(path) == [
        Clip(
            book,
            ClipKind.HIGHLIGHT,
            "同一句话。",
            "我的想法",
            placed("第一章", 1),
            dt.datetime(2024, 1, 2),
            line=8,
        )
    ]


def test_two_thoughts_on_one_passage_stay_two(tmp_path: Path) -> None:
    body = "◆ 2024/01/0{d}发表想法\n\n想法{d}\n\n原文：同一句话。\n\n"
    path = write(
        tmp_path,
        "《书》\n\n某人\n2个笔记\n\n第一章\n\n" + body.format(d=1) + body.format(d=2),
    )
    assert [(c.text, c.comment) for c in clips(path)] == [
        ("同一句话。", "想法1"),
        ("同一句话。", "想法2"),
    ]


def test_a_bare_title_is_read_at_the_start_of_a_file(tmp_path: Path) -> None:
    path = write(tmp_path, "城市与狗\n略萨\n1个笔记\n\n◆ 一\n\n>> 句子。\n")
    assert clips(path) == [
        Clip(
            BookRef(title="城市与狗", authors=("略萨",)),
            ClipKind.HIGHLIGHT,
            "句子。",
            place=placed("一", 1),
            line=7,
        )
    ]


def test_inner_lines_keep_their_indentation(tmp_path: Path) -> None:
    v83 = write(
        tmp_path,
        "《书》\n\n某人\n1个笔记\n\n第一章\n\n◆ 2023/05/30发表想法\n\n"
        "一句引文\n        ——《某部电影》\n\n原文：一句话。\n",
        "v83.txt",
    )
    pre83 = write(tmp_path, "《书》\n某人\n1个笔记\n\n◆ 一\n\n>> 诗的第一行，\n    诗的第二行。\n")
    assert [c.comment for c in clips(v83)] == ["一句引文\n        ——《某部电影》"]
    assert [c.text for c in clips(pre83)] == ["诗的第一行，\n    诗的第二行。"]


def test_image_placeholders_are_not_text(tmp_path: Path) -> None:
    path = write(tmp_path, "《书》\n某人\n1个笔记\n\n◆ 一\n\n>> 图\ufffc下的字\n")
    assert [c.text for c in clips(path)] == ["图下的字"]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("余华", ("余华",)),
        ("[美] 尤瓦尔·赫拉利 著 林俊宏 译", ("尤瓦尔·赫拉利",)),
        ("【英】乔治·奥威尔 著 / 董乐山 译", ("乔治·奥威尔",)),
        ("（日）村上春树著；林少华译", ("村上春树",)),
        ("作者甲，作者乙、作者丙", ("作者甲", "作者乙", "作者丙")),
        ("Jeremy Keith  Jeffrey Sambells", ("Jeremy Keith", "Jeffrey Sambells")),
        ("钱锺书 编", ("钱锺书",)),
    ],
)
def test_authors(tmp_path: Path, line: str, authors: tuple[str, ...]) -> None:
    path = write(tmp_path, f"《书》\n\n{line}\n1个笔记\n\n第一章\n\n◆ 句子。\n")
    assert {c.book.authors for c in clips(path)} == {authors}


# Bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("", "the file is empty"),
        ("\n\n  \n", "the file is empty"),
        ("hello world\nfoo bar\n", "does not start with a book's header"),
        (
            "The Book (An Author)\n- Your Highlight on Location 1-2 | Added on Monday, "
            "July 31, 2017 11:11:20 PM\n\ntext\n==========\n",
            "does not start with a book's header",
        ),
        ("《书》\n某人\n1个笔记\n\n随便写的一行\n", "in any of its three layouts"),
    ],
)
def test_not_a_weread_export(tmp_path: Path, text: str, why: str) -> None:
    path = write(tmp_path, text, "x.txt")
    with pytest.raises(InvalidInput, match=r"^x\.txt: not a WeRead \(微信读书\) notes export: "):
        parsed(path)
    with pytest.raises(InvalidInput, match=re.escape(why)):
        parsed(path)


def test_a_later_book_in_no_known_layout_is_reported_and_skipped(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "《一》\n\n甲\n1个笔记\n\n第一章\n\n◆ 句子。\n\n-- 来自微信读书\n\n"
        "《二》\n乙\n1个笔记\n\n只有一行\n",
    )
    items = parsed(path)
    assert [type(i) for i in items] == [Clip, BadRecord]
    assert items[1] == BadRecord(
        line_of(path, "《二》"), "《二》: its notes are in no known WeRead layout; skipped"
    )


def test_bom_and_crlf_read_like_the_plain_file(tmp_path: Path) -> None:
    plain = DATA / "layout3_v83.txt"
    text = plain.read_text(encoding="utf-8")
    path = tmp_path / "windows.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    assert clips(path) == clips(plain)


def test_invalid_utf8_is_reported_and_the_text_kept(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(
        "《书》\n\n某人\n2个笔记\n\n第一章\n\n◆ 好\n".encode() + b"\xff\xfe" + "字\n".encode()
    )
    items = parsed(path)
    assert items[0] == BadRecord(9, weread._BAD_UTF8)
    assert isinstance(items[1], Clip)
    assert items[1].text == "好\n\ufffd\ufffd字"
    assert len(items) == 2


def test_a_truncated_thought_is_reported_and_what_came_before_kept(tmp_path: Path) -> None:
    text = (DATA / "layout3_v83.txt").read_text(encoding="utf-8")
    cut = text[: text.index("◆ 2024/02/11发表想法") + len("◆ 2024/02/11发表想法\n\n")]
    path = write(tmp_path, cut)
    items = parsed(path)
    assert [c.text for c in items if isinstance(c, Clip)] == [
        "",
        "清晨的雾从谷底升起，松树的影子一点点变短。",
        "溪水很冷。\n\n我在石头上坐了很久。",
    ]
    assert items[-1] == BadRecord(
        line_of(path, "◆ 2024/02/11发表想法"), "a thought (发表想法) with no text"
    )


def test_stray_lines_are_reported_not_guessed(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "《书》\n\n某人\n2个笔记\n\n第一章\n\n◆ 2024/01/02发表想法\n\n想法\n\n原文：句子。\n\n"
        "来历不明的一行\n\n原文：没有想法的原文\n\n-- 来自微信读书\n\n尾巴\n",
    )
    items = parsed(path)
    assert [i for i in items if isinstance(i, BadRecord)] == [
        BadRecord(
            14,
            "a line that is neither a chapter title (two blank lines before it) "
            "nor part of the note above it",
        ),
        BadRecord(16, "an '原文：' line that follows no thought (发表想法)"),
        BadRecord(20, "text after the end line '-- 来自微信读书' that starts no book"),
    ]
    assert [(c.text, c.comment) for c in items if isinstance(c, Clip)] == [("句子。", "想法")]


# Format detection ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.txt")))
def test_sniff_knows_every_layout(name: str) -> None:
    assert weread.sniff((DATA / name).read_text(encoding="utf-8")[:4096])


@pytest.mark.parametrize(
    "head",
    [
        "",
        "《书》\n",
        "The Book (An Author)\n- Your Highlight on Location 1-2 | Added on Monday, "
        "July 31, 2017 11:11:20 PM\n\ntext\n==========\n",
        "Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags\n",
        "# A note\n\nSome text > with a quote sign.\n",
        "《书》\n\n随便写的一行\n另一行\n",
    ],
)
def test_sniff_leaves_other_files(head: str) -> None:
    assert not weread.sniff(head)


# Real exports, when ../shared/realdata has some -------------------------------------------


def test_real_exports(realdata: Path) -> None:
    folder = realdata / "highlights" / "weread"
    files = sorted(p for p in folder.glob("*") if p.suffix in {".txt", ".md"})
    if not files:
        pytest.skip("no real WeRead export in ../shared/realdata/highlights/weread")
    for path in files:
        text = path.read_text(encoding="utf-8-sig", errors="replace")
        items = parsed(path)
        found = [i for i in items if isinstance(i, Clip)]
        headers = re.findall(r"^\s*《.+》\s*$", text, flags=re.M)
        assert len({c.book for c in found}) == len(headers), path.name
        marked = re.findall(r"^\s*(?:>>|◆)\s*(.+?)\s*$", text, flags=re.M)
        texts = "\n".join(c.text for c in found)
        chapters = {c.place.chapter for c in found}
        dated = re.compile(r"\d{4}/\d{1,2}/\d{1,2}")  # a thought's or a review's header
        missing = [
            m
            for m in marked
            if m not in texts and m not in chapters and not dated.match(m) and m != "点评"
        ]
        assert missing == [], path.name
        reviews = re.findall(r"^\s*◆\s*(?:点评|\d{4}/\d{1,2}/\d{1,2}\s+认为)", text, flags=re.M)
        assert len(reviews) == sum(c.place == Place() for c in found), path.name
