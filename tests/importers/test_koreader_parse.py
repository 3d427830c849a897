"""importers.koreader: KOReader's metadata.*.lua sidecars into clips.

The real sidecars under ../shared/realdata/highlights/koreader/ show the older layout
(``bookmarks`` + ``highlight``), counted here with a scan of their text of our own. The samples
below for the newer ``annotations`` layout and for PDFs were written by us, in the shape
KOReader's readerannotation.lua / readerhighlight.lua build them (none of those is in the real
files).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from readinglog.core.errors import InvalidInput
from readinglog.importers.clips import BadRecord, Clip, ClipKind, Parsed, Place
from readinglog.importers.koreader import parse, sniff

HEADER = "-- we can read Lua syntax here!\nreturn {\n"


def write(path: Path, body: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(body, str):
        path.write_text(body, encoding="utf-8", newline="")
    else:
        path.write_bytes(body)
    return path


def clips(found: list[Parsed]) -> list[Clip]:
    return [c for c in found if isinstance(c, Clip)]


def bad(found: list[Parsed]) -> list[BadRecord]:
    return [c for c in found if isinstance(c, BadRecord)]


# -- the real sidecars, counted independently --------------------------------------------

_STRING = r'"((?:[^"\\]|\\.)*)"'


def _section(text: str, key: str) -> str:
    """The body of a top-level table, by its indentation (4 spaces for top-level keys)."""
    m = re.search(rf'^    \["{key}"\] = \{{\n(.*?)^    \}},$', text, re.DOTALL | re.MULTILINE)
    return m.group(1) if m else ""


def _entries(section: str) -> list[str]:
    """The 8-space-indented records of a list section."""
    return re.findall(r"^        \[\d+\] = \{\n(.*?)^        \},$", section, re.DOTALL | re.M)


def _field(entry: str, key: str) -> str | None:
    m = re.search(rf'\["{key}"\] = {_STRING}', entry, re.DOTALL)
    return m.group(1).replace("\\\n", "\n") if m else None


def real_sidecars(realdata: Path) -> list[Path]:
    files = sorted((realdata / "highlights" / "koreader").glob("*.lua"))
    assert files, "no KOReader sidecars in realdata"
    return files


def test_real_sidecars_count_as_a_scan_of_their_text_does(realdata: Path) -> None:
    for path in real_sidecars(realdata):
        text = path.read_text(encoding="utf-8")
        bookmarks = _entries(_section(text, "bookmarks"))
        marked = [e for e in bookmarks if '["highlighted"] = true' in e]
        # The highlight table repeats each of them: one drawer per entry.
        assert _section(text, "highlight").count('["drawer"]') == len(marked)
        commented = set()
        for entry in marked:
            note, when = _field(entry, "text"), _field(entry, "datetime")
            if note and note != _field(entry, "notes") and not note.endswith(f" @ {when}"):
                commented.add(when)
        title = _field(_section(text, "doc_props"), "title")

        found = list(parse(path))
        got = clips(found)
        assert bad(found) == []
        assert len(got) == len(marked), path.name  # once each, not twice
        assert all(c.kind is ClipKind.HIGHLIGHT for c in got)
        assert {c.book.title for c in got} == {title}
        assert {c.made_at.strftime("%Y-%m-%d %H:%M:%S") for c in got if c.made_at} == {
            _field(e, "datetime") for e in marked
        }
        assert {
            c.made_at.strftime("%Y-%m-%d %H:%M:%S") for c in got if c.comment and c.made_at
        } == (commented)
        assert len({c.key for c in got}) == len(got)
        # The highlighted text is the bookmark's "notes" (and the highlight table's "text").
        assert {c.text for c in got} == {(_field(e, "notes") or "").strip() for e in marked}
        assert all(c.place.position and c.place.position.startswith("/body/") for c in got)
        assert all(c.place.page for c in got)


def test_real_sidecars_in_a_folder_of_sdr_folders(realdata: Path, tmp_path: Path) -> None:
    expected = 0
    for n, path in enumerate(real_sidecars(realdata)):
        data = path.read_bytes()
        expected += data.count(b'["highlighted"] = true')
        write(tmp_path / "books" / f"Book {n}.sdr" / "metadata.epub.lua", data)
    write(tmp_path / "books" / "Book 0.sdr" / "metadata.epub.lua.old", b"return {")
    write(tmp_path / "books" / "notes.lua", b"return {")
    found = list(parse(tmp_path / "books"))
    assert bad(found) == []
    assert len(clips(found)) == expected
    assert len({c.book.title for c in clips(found)}) == len(real_sidecars(realdata))


def test_a_real_note_over_the_highlight_and_an_automatic_one(realdata: Path) -> None:
    path = realdata / "highlights" / "koreader" / "presidentunicorn8_kobosyncy__metadata.epub.lua"
    if not path.exists():
        pytest.skip("the 1984 sidecar is not present")
    by_time = {c.made_at: c for c in clips(list(parse(path)))}
    typed = by_time[dt.datetime(2023, 5, 21, 17, 54, 14)]
    assert typed.text == "they could never do"
    assert typed.comment == "how doesnt she tho"
    assert typed.place == Place(
        page=395,
        chapter="Chapter 9",
        percent=round(100 * 395 / 564, 1),
        position="/body/DocFragment[22]/body/div/p[48]/span[1]/text().179",
    )
    assert typed.book.authors == ("George Orwell",)
    automatic = by_time[dt.datetime(2023, 5, 19, 23, 42, 17)]  # "Page 346 ... @ 2023-05-19 ..."
    assert automatic.comment == ""
    assert automatic.text.startswith("The problem was how to keep the wheels")
    assert automatic.place.page == 346
    multiline = by_time[dt.datetime(2023, 5, 19, 15, 34, 44)]
    assert "he told her.\nShe thought" in multiline.text


# -- the newer annotations layout (sample written by us) ---------------------------------

ANNOTATIONS = (
    HEADER
    + """    ["annotations"] = {
        [1] = {
            ["datetime"] = "2024-03-01 10:00:00",
            ["chapter"] = "第一章",
            ["page"] = "/body/DocFragment[3]/body/p[2]/text().0",
            ["pageno"] = 12,
            ["text"] = "in 第一章",
        },
        [2] = {
            ["chapter"] = "第一章",
            ["color"] = "yellow",
            ["datetime"] = "2024-03-02 11:30:15",
            ["datetime_updated"] = "2024-03-02 11:31:00",
            ["drawer"] = "lighten",
            ["note"] = "Worth quoting.\\
Second line.",
            ["page"] = "/body/DocFragment[3]/body/p[5]/text().10",
            ["pageno"] = 14,
            ["pageref"] = "xii",
            ["pos0"] = "/body/DocFragment[3]/body/p[5]/text().10",
            ["pos1"] = "/body/DocFragment[3]/body/p[5]/text().52",
            ["text"] = "经济学是一门\\"科学\\"。",
        },
        [3] = {
            ["chapter"] = "Two",
            ["color"] = "blue",
            ["datetime"] = "2024-03-03 09:00:00",
            ["drawer"] = "underscore",
            ["note"] = "Same words",
            ["page"] = "/body/DocFragment[4]/body/p[1]/text().0",
            ["pageno"] = 30,
            ["pos0"] = "/body/DocFragment[4]/body/p[1]/text().0",
            ["pos1"] = "/body/DocFragment[4]/body/p[1]/text().10",
            ["text"] = "Same words",
        },
        [4] = {
            ["datetime"] = "2024-03-04 08:00:00",
            ["note"] = "Come back here",
            ["page"] = "/body/DocFragment[5]/body/p[1]/text().0",
            ["pageno"] = 40,
        },
    },
    ["doc_pages"] = 200,
    ["doc_props"] = {
        ["authors"] = "Jane Roe\\
John Doe",
        ["identifiers"] = "uuid:1234\\
calibre:17\\
ISBN:978-0-306-40615-7",
        ["language"] = "zh",
        ["title"] = "经济学原理",
    },
    ["partial_md5_checksum"] = "0123456789abcdef0123456789abcdef",
}
"""
)


def test_the_annotations_layout(tmp_path: Path) -> None:
    path = write(tmp_path / "Econ.sdr" / "metadata.epub.lua", ANNOTATIONS)
    found = list(parse(path))
    assert bad(found) == []
    page_mark, marked, same, note_mark = clips(found)
    book = marked.book
    assert book.title == "经济学原理"
    assert book.authors == ("Jane Roe", "John Doe")
    assert book.isbn == "9780306406157"

    assert page_mark.kind is ClipKind.BOOKMARK
    assert page_mark.text == ""  # "in 第一章" is KOReader's own label, not highlighted text
    assert page_mark.comment == ""
    assert page_mark.place == Place(
        page=12, chapter="第一章", percent=6.0, position="/body/DocFragment[3]/body/p[2]/text().0"
    )
    assert page_mark.line == 4

    assert marked.kind is ClipKind.HIGHLIGHT
    assert marked.text == '经济学是一门"科学"。'
    assert marked.comment == "Worth quoting.\nSecond line."
    assert marked.color == "yellow"
    assert marked.made_at == dt.datetime(2024, 3, 2, 11, 30, 15)  # creation, not the update
    assert marked.place == Place(
        page=14, chapter="第一章", percent=7.0, position="/body/DocFragment[3]/body/p[5]/text().10"
    )
    assert marked.line == 11

    assert same.kind is ClipKind.HIGHLIGHT
    assert same.comment == ""  # a note equal to the text is not a comment
    assert same.color == "blue"

    assert note_mark.kind is ClipKind.BOOKMARK
    assert note_mark.comment == "Come back here"
    assert note_mark.place.chapter is None
    assert len({c.key for c in clips(found)}) == 4


# -- PDF: the older layout and the newer one (samples written by us) -------------------------

PDF_OLD = (
    HEADER
    + """    ["bookmarks"] = {
        [1] = {
            ["chapter"] = "Introduction",
            ["datetime"] = "2022-06-01 20:15:00",
            ["highlighted"] = true,
            ["notes"] = "A page-keyed PDF highlight",
            ["page"] = 7,
            ["pos0"] = {
                ["x"] = 102.5,
                ["y"] = 310,
                ["page"] = 7,
            },
            ["pos1"] = {
                ["x"] = 420,
                ["y"] = 322.75,
                ["page"] = 7,
            },
            ["text"] = "My comment on it",
        },
        [2] = {
            ["datetime"] = "2022-06-02 08:00:00",
            ["notes"] = "in Introduction",
            ["page"] = 9,
            ["text"] = "Page 9 in Introduction @ 2022-06-02 08:00:00",
        },
    },
    ["highlight"] = {
        [7] = {
            [1] = {
                ["chapter"] = "Introduction",
                ["color"] = "green",
                ["datetime"] = "2022-06-01 20:15:00",
                ["drawer"] = "lighten",
                ["pos0"] = {
                    ["x"] = 102.5,
                    ["y"] = 310,
                    ["page"] = 7,
                },
                ["pos1"] = {
                    ["x"] = 420,
                    ["y"] = 322.75,
                    ["page"] = 7,
                },
                ["text"] = "A page-keyed PDF highlight",
            },
        },
        [12] = {
            [1] = {
                ["datetime"] = "2013-05-05 05:05:05",
                ["drawer"] = "underscore",
                ["pos0"] = {
                    ["x"] = 1,
                    ["y"] = 2,
                },
                ["pos1"] = {
                    ["x"] = 3,
                    ["y"] = 4,
                },
                ["text"] = "Saved before highlights were bookmarks",
            },
        },
    },
    ["doc_pages"] = 50,
    ["partial_md5_checksum"] = "5d41402abc4b2a76b9719d911017c592",
    ["stats"] = {
        ["authors"] = "A. Writer",
        ["pages"] = 50,
        ["title"] = "A PDF Paper",
    },
}
"""
)

PDF_NEW = (
    HEADER
    + """    ["annotations"] = {
        [1] = {
            ["chapter"] = "Introduction",
            ["color"] = "green",
            ["datetime"] = "2022-06-01 20:15:00",
            ["drawer"] = "lighten",
            ["note"] = "My comment on it",
            ["page"] = 7,
            ["pboxes"] = {
                [1] = {
                    ["h"] = 12.75,
                    ["w"] = 317.5,
                    ["x"] = 102.5,
                    ["y"] = 310,
                },
            },
            ["pos0"] = {
                ["page"] = 7,
                ["x"] = 102.5,
                ["y"] = 310.0,
            },
            ["pos1"] = {
                ["page"] = 7,
                ["x"] = 420,
                ["y"] = 322.75,
            },
            ["text"] = "A page-keyed PDF highlight",
        },
    },
    ["doc_pages"] = 50,
    ["partial_md5_checksum"] = "5d41402abc4b2a76b9719d911017c592",
}
"""
)


def test_a_pdf_in_the_older_layout(tmp_path: Path) -> None:
    path = write(tmp_path / "Paper.sdr" / "metadata.pdf.lua", PDF_OLD)
    found = list(parse(path))
    assert bad(found) == []
    marked, page_mark, lone = clips(found)
    assert marked.kind is ClipKind.HIGHLIGHT
    assert marked.text == "A page-keyed PDF highlight"
    assert marked.comment == "My comment on it"
    assert marked.color == "green"
    assert marked.place == Place(page=7, chapter="Introduction", percent=14.0)
    assert marked.book.title == "A PDF Paper"  # no doc_props: the statistics' title
    assert marked.book.authors == ("A. Writer",)
    assert marked.line == 4

    assert page_mark.kind is ClipKind.BOOKMARK
    assert page_mark.comment == ""  # KOReader's automatic "Page 9 ... @ ..." text
    assert page_mark.place.page == 9

    # In the highlight table only (KOReader before 2014): yielded on its own, once.
    assert lone.kind is ClipKind.HIGHLIGHT
    assert lone.text == "Saved before highlights were bookmarks"
    assert lone.place.page == 12
    assert lone.made_at == dt.datetime(2013, 5, 5, 5, 5, 5)


def test_a_pdf_highlight_whose_positions_differ_only_in_page_is_yielded_once(
    tmp_path: Path,
) -> None:
    # Older reflowed PDF highlights have no page in the highlight table's positions; KOReader
    # matches on x and y alone.
    entry = PDF_OLD.index("        [7] = {")
    table = PDF_OLD[entry:]
    table = table.replace('                    ["page"] = 7,\n', "", 2)
    body = PDF_OLD[:entry] + table
    assert body.count('["page"] = 7,') == 3  # the bookmark's page, pos0 and pos1
    found = clips(list(parse(write(tmp_path / "x.sdr" / "metadata.pdf.lua", body))))
    assert [c.text for c in found].count("A page-keyed PDF highlight") == 1
    assert found[0].color == "green"


def test_a_highlight_keeps_its_key_when_koreader_moves_it_to_annotations(tmp_path: Path) -> None:
    old = next(iter(clips(list(parse(write(tmp_path / "a" / "metadata.pdf.lua", PDF_OLD))))))
    new = next(iter(clips(list(parse(write(tmp_path / "b" / "metadata.pdf.lua", PDF_NEW))))))
    assert old.key == new.key
    assert (new.text, new.comment, new.color, new.place) == (
        old.text,
        old.comment,
        old.color,
        old.place,
    )


EPUB_OLD = (
    HEADER
    + """    ["bookmarks"] = {
        [1] = {
            ["chapter"] = "Two",
            ["datetime"] = "2024-03-03 09:00:00",
            ["highlighted"] = true,
            ["notes"] = "Same words",
            ["page"] = "/body/DocFragment[4]/body/p[1]/text().0",
            ["pos0"] = "/body/DocFragment[4]/body/p[1]/text().0",
            ["pos1"] = "/body/DocFragment[4]/body/p[1]/text().10",
        },
        [2] = {
            ["datetime"] = "2024-03-04 08:00:00",
            ["notes"] = "in Two",
            ["page"] = "/body/DocFragment[5]/body/p[1]/text().0",
            ["text"] = "Come back here",
        },
    },
    ["highlight"] = {
        [30] = {
            [1] = {
                ["chapter"] = "Two",
                ["datetime"] = "2024-03-03 09:00:00",
                ["drawer"] = "underscore",
                ["pos0"] = "/body/DocFragment[4]/body/p[1]/text().0",
                ["pos1"] = "/body/DocFragment[4]/body/p[1]/text().10",
                ["text"] = "Same words",
            },
        },
    },
    ["doc_props"] = {
        ["title"] = "经济学原理",
    },
    ["partial_md5_checksum"] = "0123456789abcdef0123456789abcdef",
}
"""
)


def test_an_epub_in_the_older_layout_keeps_its_keys_in_the_newer(tmp_path: Path) -> None:
    old = clips(list(parse(write(tmp_path / "a.sdr" / "metadata.epub.lua", EPUB_OLD))))
    new = clips(list(parse(write(tmp_path / "b.sdr" / "metadata.epub.lua", ANNOTATIONS))))
    marked, page_mark = old
    assert marked.kind is ClipKind.HIGHLIGHT
    assert (marked.text, marked.comment, marked.place.page) == ("Same words", "", 30)
    assert marked.place.chapter == "Two"
    assert page_mark.kind is ClipKind.BOOKMARK
    assert page_mark.text == ""
    assert page_mark.comment == "Come back here"  # typed by the user over "in Two"
    assert page_mark.place.position == "/body/DocFragment[5]/body/p[1]/text().0"
    assert page_mark.place.page is None
    assert marked.key == new[2].key
    assert page_mark.key == new[3].key


def test_the_key_depends_on_book_place_and_time(tmp_path: Path) -> None:
    first = clips(list(parse(write(tmp_path / "a" / "metadata.epub.lua", ANNOTATIONS))))
    again = clips(list(parse(write(tmp_path / "b" / "metadata.epub.lua", ANNOTATIONS))))
    assert [c.key for c in first] == [c.key for c in again]
    other_book = ANNOTATIONS.replace("0123456789abcdef0123456789abcdef", "f" * 32)
    moved = clips(list(parse(write(tmp_path / "c" / "metadata.epub.lua", other_book))))
    assert not {c.key for c in moved} & {c.key for c in first}


def test_title_falls_back_to_the_sdr_folder_name(tmp_path: Path) -> None:
    item = '            ["page"] = 3,\n'
    body = HEADER + f'    ["annotations"] = {{\n        [1] = {{\n{item}        }},\n    }},\n}}\n'
    path = write(tmp_path / "Some Book - Author.sdr" / "metadata.pdf.lua", body)
    (clip,) = clips(list(parse(path)))
    assert clip.book.title == "Some Book - Author"
    assert clip.book.authors == ()
    assert clip.made_at is None
    assert clip.place.page == 3


def test_an_unreadable_date_keeps_the_clip(tmp_path: Path) -> None:
    body = ANNOTATIONS.replace("2024-03-02 11:30:15", "yesterday")
    (_, marked, _, _) = clips(list(parse(write(tmp_path / "x.sdr" / "metadata.epub.lua", body))))
    assert marked.made_at is None
    assert marked.text == '经济学是一门"科学"。'


def test_annotations_win_over_bookmarks_left_beside_them(tmp_path: Path) -> None:
    # KOReader reads only "annotations" once it is there; old tables left over are ignored.
    leftover = PDF_OLD[len(HEADER) :].rsplit("}", 1)[0]
    body = PDF_NEW.rsplit("}", 1)[0] + leftover.replace('    ["doc_pages"] = 50,\n', "") + "}\n"
    body = body.replace(
        '    ["partial_md5_checksum"] = "5d41402abc4b2a76b9719d911017c592",\n', "", 1
    )
    found = list(parse(write(tmp_path / "x.sdr" / "metadata.pdf.lua", body)))
    assert bad(found) == []
    (only,) = clips(found)
    assert only.comment == "My comment on it"


def test_a_title_that_is_not_utf8_is_reported_once(tmp_path: Path) -> None:
    body = ANNOTATIONS.encode("utf-8").replace("经济学原理".encode(), b"\xe7\xbb\x8f\xff")
    found = list(parse(write(tmp_path / "x.sdr" / "metadata.epub.lua", body)))
    (record,) = bad(found)
    assert "title is not valid UTF-8" in record.reason
    assert record.line == body.split(b"\n").index(b'    ["doc_props"] = {') + 1
    assert {c.book.title for c in clips(found)} == {"经\ufffd"}


# -- bad input -----------------------------------------------------------------------------


def test_a_truncated_sidecar_is_a_bad_record_naming_the_line(tmp_path: Path) -> None:
    lines = ANNOTATIONS.splitlines(keepends=True)
    path = write(tmp_path / "T.sdr" / "metadata.epub.lua", "".join(lines[:20]))
    (record,) = list(parse(path))
    assert isinstance(record, BadRecord)
    assert record.line == 11  # the annotation left open
    assert "metadata.epub.lua" in record.reason
    assert "not closed" in record.reason


def test_a_record_that_is_not_a_table_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    fourth = '        [4] = {\n            ["datetime"] = "2024-03-04 08:00:00",\n'
    body = ANNOTATIONS.replace(fourth, '        [5] = "oops",\n' + fourth)
    found = list(parse(write(tmp_path / "x.sdr" / "metadata.epub.lua", body)))
    (record,) = bad(found)
    assert "annotation [5] is not a table" in record.reason
    assert record.line == body.splitlines().index('        [5] = "oops",') + 1
    assert len(clips(found)) == 4


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\n\n",
        b"==========\nBook (Author)\n- Your Highlight on page 3 | Location 145-145\n",
        b'Highlight,Book Title,Book Author\n"a","b","c"\n',
        b"local t = {}\nreturn t\n",
        b"\x00\x01\x02garbage\xff\xfe",
    ],
)
def test_a_file_that_is_not_a_sidecar_is_refused(tmp_path: Path, content: bytes) -> None:
    path = write(tmp_path / "file.lua", content)
    with pytest.raises(InvalidInput, match=r"file\.lua is not a KOReader"):
        list(parse(path))


def test_a_file_that_cannot_be_opened_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match=r"missing\.lua cannot be read"):
        list(parse(tmp_path / "missing.lua"))


def test_a_sidecar_that_cannot_be_opened_in_a_folder_is_reported(tmp_path: Path) -> None:
    write(tmp_path / "lib" / "A.sdr" / "metadata.epub.lua", ANNOTATIONS)
    (tmp_path / "lib" / "B.sdr" / "metadata.epub.lua").mkdir(parents=True)  # not a file
    found = list(parse(tmp_path / "lib"))
    (record,) = bad(found)
    assert record.reason.startswith("B.sdr/metadata.epub.lua cannot be read")
    assert len(clips(found)) == 4


def test_a_folder_without_sidecars_is_refused(tmp_path: Path) -> None:
    write(tmp_path / "books" / "a.epub", b"PK")
    with pytest.raises(InvalidInput, match="no KOReader sidecar"):
        list(parse(tmp_path / "books"))


def test_a_broken_sidecar_in_a_folder_is_reported_and_the_others_read(tmp_path: Path) -> None:
    write(tmp_path / "lib" / "A.sdr" / "metadata.epub.lua", ANNOTATIONS)
    write(
        tmp_path / "lib" / "sub" / "B.sdr" / "metadata.pdf.lua", HEADER + '    ["bookmarks"] = {\n'
    )
    write(tmp_path / "lib" / "C.sdr" / "metadata.epub.lua", b"not lua at all")
    found = list(parse(tmp_path / "lib"))
    reasons = sorted(r.reason for r in bad(found))
    assert len(reasons) == 2
    assert reasons[0].startswith("C.sdr/metadata.epub.lua is not a KOReader")
    assert reasons[1].startswith("sub/B.sdr/metadata.pdf.lua cannot be read")
    assert len(clips(found)) == 4


def test_invalid_utf8_is_reported_and_the_clip_kept(tmp_path: Path) -> None:
    body = ANNOTATIONS.encode("utf-8").replace(b"Worth quoting.", b"Worth \xff quoting.")
    found = list(parse(write(tmp_path / "x.sdr" / "metadata.epub.lua", body)))
    (record,) = bad(found)
    assert record.line == 11
    assert "note is not valid UTF-8" in record.reason
    marked = clips(found)[1]
    assert marked.comment == "Worth \ufffd quoting.\nSecond line."
    assert len(clips(found)) == 4


def test_bom_and_crlf(tmp_path: Path) -> None:
    plain = clips(list(parse(write(tmp_path / "a" / "metadata.epub.lua", ANNOTATIONS))))
    body = "\ufeff" + ANNOTATIONS.replace("\n", "\r\n")
    windows = clips(list(parse(write(tmp_path / "b" / "metadata.epub.lua", body))))
    assert windows == plain
    assert windows[1].comment == "Worth quoting.\nSecond line."


# -- sniff ---------------------------------------------------------------------------------


def test_sniff_claims_sidecars(realdata: Path) -> None:
    for path in real_sidecars(realdata):
        assert sniff(path.read_text(encoding="utf-8")[:4096])
    assert sniff(ANNOTATIONS)
    assert sniff(PDF_OLD)
    assert sniff('\ufeffreturn {\n    ["doc_props"] = {},\n}')


def test_sniff_knows_koreader_by_its_first_line_when_the_keys_are_not_in_the_head() -> None:
    # Keys in hash order: a long description can fill the head; KOReader's first line tells.
    long_head = (HEADER + '    ["description"] = "' + "x" * 5000)[:4096]
    assert sniff(long_head)
    assert not sniff(long_head.replace("-- we can read Lua syntax here!", "-- hello"))


def test_a_sidecar_whose_head_is_all_description_is_still_read(tmp_path: Path) -> None:
    body = ANNOTATIONS.replace(
        '    ["doc_pages"] = 200,\n',
        '    ["doc_pages"] = 200,\n    ["x"] = "' + "y" * 5000 + '",\n',
    )
    body = body.replace(HEADER, "return {\n" + '    ["x0"] = "' + "y" * 5000 + '",\n')
    assert len(clips(list(parse(write(tmp_path / "a.sdr" / "metadata.epub.lua", body))))) == 4


@pytest.mark.parametrize(
    "head",
    [
        "",
        "Between Parent and Child (Ginott)\n- Your Highlight on page 3 | Location 1-2\n",
        "Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags\n",
        "# Highlights\n\n> quoted\n",
        '{"annotations": [1, 2]}',
        "return { 1, 2, 3 }",
        "local M = {}\nfunction M.f() end\nreturn M\n",
        "《书名》\n作者\n3个笔记\n◆ 第一章\n",
    ],
)
def test_sniff_leaves_other_formats_alone(head: str) -> None:
    assert not sniff(head)
