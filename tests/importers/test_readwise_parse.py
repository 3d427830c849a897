"""The Readwise parser: real CSV and Markdown exports, plus samples written here.

Every sample below (CSV rows, Markdown files) is written by us, following the layouts Readwise
documents and the real files show; the real files are only read from ../shared/realdata.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from readinglog.core.errors import InvalidInput
from readinglog.core.types import ItemKind
from readinglog.importers.clips import BadRecord, Clip, ClipKind, Parsed
from readinglog.importers.readwise import parse, sniff

H9 = "Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location"
H10 = H9 + ",Highlighted at"
H11 = H10 + ",Document tags"
UTC = dt.UTC


def clips(parsed: list[Parsed]) -> list[Clip]:
    return [p for p in parsed if isinstance(p, Clip)]


def bad(parsed: list[Parsed]) -> list[BadRecord]:
    return [p for p in parsed if isinstance(p, BadRecord)]


def line_of(text: str, start: str) -> int:
    """The 1-based number of the first line of text that starts with start (after indent)."""
    return next(n for n, line in enumerate(text.split("\n"), 1) if line.lstrip().startswith(start))


def run(path: Path) -> list[Parsed]:
    return list(parse(path))


def write(tmp_path: Path, text: str, name: str = "readwise-data.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


# ---- real files ---------------------------------------------------------------------------

HEADING = re.compile(r"^\.h[1-6](?![\w-])")


def _is_heading(row: dict[str, str]) -> bool:
    tags = {t.strip() for t in row["Tags"].split(",")}
    return bool(HEADING.match(row["Note"])) or bool(tags & {f"h{n}" for n in range(1, 7)})


def _csv_quoted(text: str) -> str:
    return '"' + text.replace('"', '""') if re.search(r'[",\n]', text) else text


@pytest.mark.parametrize(
    "name",
    [
        "davidlove_fastai-nlp-course__readwise-data.csv",
        "SteshinSS_readerwise_summary__readwise-data.csv",
    ],
)
def test_real_csv(realdata: Path, name: str) -> None:
    import csv

    path = realdata / "highlights" / "readwise" / name
    raw = path.read_text(encoding="utf-8")
    # Records counted without the csv module: each ends with its "Highlighted at" stamp.
    stamps = re.findall(r",\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?\+00:00,?[^\n,]*\n", raw)
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(stamps)
    headings = [r for r in rows if _is_heading(r)]
    chapter_notes = [r for r in headings if HEADING.sub("", r["Note"]).strip()]
    plain = [r for r in rows if not _is_heading(r)]

    parsed = run(path)
    got = clips(parsed)
    assert bad(parsed) == []
    assert Counter(c.kind for c in got) == {
        ClipKind.HIGHLIGHT: len(plain),
        **({ClipKind.NOTE: len(chapter_notes)} if chapter_notes else {}),
    }
    assert Counter(c.text for c in got if c.kind is ClipKind.HIGHLIGHT) == Counter(
        r["Highlight"].strip() for r in plain
    )
    books = {(r["Book Title"], r["Book Author"]) for r in plain + chapter_notes}
    assert len({c.book for c in got}) == len(books)
    # Each clip's line is where its record starts in the raw file.
    lines = raw.split("\n")
    for c in got:
        if c.text:
            assert lines[c.line - 1].startswith(_csv_quoted(c.text)[:30]), c
    assert all(c.made_at is not None and c.made_at.utcoffset() == dt.timedelta(0) for c in got)


def test_real_csv_details(realdata: Path) -> None:
    path = realdata / "highlights" / "readwise" / "davidlove_fastai-nlp-course__readwise-data.csv"
    got = clips(run(path))
    # Doubled quotes come back single; articles are told by a domain in "Book Author".
    raw = path.read_text(encoding="utf-8")
    quoted = re.search(r'""(There is no prosperity[^"]*)""', raw)
    assert quoted is not None
    guillotine = [c for c in got if quoted.group(1) in c.text]
    assert len(guillotine) == 1 and f'"{quoted.group(1)}"' in guillotine[0].text
    book = guillotine[0].book
    assert book.kind is ItemKind.ARTICLE and book.url == "https://reason.com" and book.authors == ()
    # A heading names the chapter of its book's highlights from its place on (same kind of
    # place); worked out here by brute force over the rows.
    import csv

    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    heads = [r for r in rows if _is_heading(r) and r["Location"].strip()]

    def chapter(row: dict[str, str]) -> str | None:
        key = (row["Book Title"], row["Book Author"], row["Location Type"])
        before = [
            (float(h["Location"]), n, " ".join(h["Highlight"].split()))
            for n, h in enumerate(heads)
            if (h["Book Title"], h["Book Author"], h["Location Type"]) == key
            and row["Location"].strip()
            and float(h["Location"]) <= float(row["Location"])
        ]
        return max(before)[2] if before else None

    expected = [chapter(r) for r in rows if not _is_heading(r)]
    assert [c.place.chapter for c in got if c.kind is ClipKind.HIGHLIGHT] == expected
    assert sum(e is not None for e in expected) > 1000
    assert all(c.place.position is None for c in got if c.place.loc_start is not None)
    assert any(c.place.position and c.place.position.startswith("order ") for c in got)


MD = {
    "SteshinSS_readerwise_summary__Readwise_Articles_Log_in_to_X_X.md": "Articles",
    "SteshinSS_readerwise_summary__Readwise_Articles_Quickly_add_great_reads.md": "Articles",
    "SteshinSS_readerwise_summary__Readwise_Tweets_BREAKING_Temperatures.md": "Tweets",
}


@pytest.mark.parametrize("name", sorted(MD))
def test_real_markdown_file(realdata: Path, name: str) -> None:
    path = realdata / "highlights" / "readwise" / name
    raw = path.read_text(encoding="utf-8")
    ids = re.findall(r"\[View Highlight\]\(https://read\.readwise\.io/read/(\w+)\)", raw)
    notes = re.findall(r"^\s+- \*\*Note:\*\* (.*)$", raw, re.MULTILINE)
    url = re.search(r"^- URL: (\S+)$", raw, re.MULTILINE)
    parsed = run(path)
    got = clips(parsed)
    assert bad(parsed) == []
    assert [c.key for c in got] == ids
    assert [c.comment for c in got if c.comment] == notes
    assert all(c.kind is ClipKind.HIGHLIGHT and c.book.kind is ItemKind.ARTICLE for c in got)
    assert url is not None and {c.book.url for c in got} == {url.group(1)}
    assert all("View Highlight" not in c.text and c.text == c.text.strip() for c in got)


# ---- the three CSV generations (samples written by us) ------------------------------------


def test_csv_nine_columns(tmp_path: Path) -> None:
    text = (
        H9 + "\n"
        '"He said ""no"".\nThen left.",Dune,Frank Herbert,B00B7NPRY8,my note,yellow,"favorite,sf",'
        "location,1234\n"
        "Short one,Dune,Frank Herbert,B00B7NPRY8,,,,page,17\n"
    )
    got = clips(run(write(tmp_path, text)))
    first, second = got
    assert first.text == 'He said "no".\nThen left.' and first.comment == "my note"
    assert first.place.loc_start == 1234 and first.place.page is None
    assert first.color == "yellow" and first.tags == ("favorite", "sf") and first.line == 2
    assert first.made_at is None and first.key is None
    assert first.book.title == "Dune" and first.book.authors == ("Frank Herbert",)
    assert first.book.asin == "B00B7NPRY8" and first.book.kind is ItemKind.BOOK
    assert second.place.page == 17 and second.line == 4 and second.color is None


def test_csv_ten_columns_order_and_dates(tmp_path: Path) -> None:
    text = (
        H10 + "\n"
        "A line,Luxuriating in Privacy,ribbonfarm.com,,,,,order,2,2020-11-26 03:28:15+00:00\n"
        'B line,Two Authors,"Chip Heath and Dan Heath",,,,,offset,194,2020-11-26 03:28:15.5+00:00\n'
        "C line,No Date,Someone,,,,,location,5,not a date\n"
    )
    a, b, c = clips(run(write(tmp_path, text)))
    assert a.place.position == "order 2" and a.place.loc_start is None
    assert a.made_at == dt.datetime(2020, 11, 26, 3, 28, 15, tzinfo=UTC)
    assert a.book.kind is ItemKind.ARTICLE and a.book.url == "https://ribbonfarm.com"
    assert b.place.position == "offset 194" and b.book.authors == ("Chip Heath", "Dan Heath")
    assert b.made_at == dt.datetime(2020, 11, 26, 3, 28, 15, 500000, tzinfo=UTC)
    assert c.made_at is None and c.text == "C line"


def test_csv_eleven_columns(tmp_path: Path) -> None:
    text = (
        H11 + "\nTweet text 🚨,X,x.com,,beware,,,offset,81,2026-06-22 10:34:42.964038+00:00,news\n"
    )
    (clip,) = clips(run(write(tmp_path, text)))
    assert clip.text == "Tweet text 🚨" and clip.comment == "beware"
    assert clip.made_at == dt.datetime(2026, 6, 22, 10, 34, 42, 964038, tzinfo=UTC)
    assert clip.book.kind is ItemKind.ARTICLE and clip.book.url == "https://x.com"


def test_csv_headings_set_chapters_in_reading_order(tmp_path: Path) -> None:
    # Not in reading order, and two books interleaved, as Readwise writes it.
    text = (
        H10 + "\n"
        "In chapter two,Book,Ann,,,,,location,300,2020-01-01 00:00:00+00:00\n"
        'Chapter 2,Book,Ann,,".h1\n\nWhat chapter two says.",,h1,location,250,'
        "2020-01-01 00:00:00+00:00\n"
        "Elsewhere,Other,Bob,,,,,location,260,2020-01-01 00:00:00+00:00\n"
        "Chapter 1,Book,Ann,,.h1,,h1,location,10,2020-01-01 00:00:00+00:00\n"
        "Section 1.1,Book,Ann,,,,h2,location,40,2020-01-01 00:00:00+00:00\n"
        "Before any,Book,Ann,,,,,location,5,2020-01-01 00:00:00+00:00\n"
        "In 1.1,Book,Ann,,.rl,,rl,location,41,2020-01-01 00:00:00+00:00\n"
        "Ordered,Book,Ann,,,,,order,300,2020-01-01 00:00:00+00:00\n"
    )
    got = clips(run(write(tmp_path, text)))
    by_text = {c.text: c for c in got if c.kind is ClipKind.HIGHLIGHT}
    assert set(by_text) == {"In chapter two", "Elsewhere", "Before any", "In 1.1", "Ordered"}
    assert by_text["In chapter two"].place.chapter == "Chapter 2"
    assert by_text["In 1.1"].place.chapter == "Section 1.1"
    assert by_text["In 1.1"].comment == "" and by_text["In 1.1"].tags == ("rl",)
    assert by_text["Before any"].place.chapter is None
    assert by_text["Elsewhere"].place.chapter is None  # another book
    assert by_text["Ordered"].place.chapter is None  # another kind of place
    (note,) = [c for c in got if c.kind is ClipKind.NOTE]
    assert note.comment == "What chapter two says." and note.text == ""
    assert note.place.chapter == "Chapter 2" and note.place.loc_start == 250 and note.line == 3


# ---- Markdown: one file and the export folder (samples written by us) ---------------------

BOOK_MD = """# Working With Samples

![rw-book-cover](https://example.invalid/cover.jpg)

## Metadata
- Author: [[Ann Writer, Bob Writer, and Cy Writer]]
- Full Title: Working With Samples: A Test Book
- Category: #books

## Highlights
- Part One ([Location 10](https://readwise.io/to_kindle?action=open&asin=B0SAMPLE01&location=10))
  - Tags: [[h1]]
- A highlight that runs
  over two lines. ([Location 12](https://readwise.io/to_kindle?action=open&asin=B0SAMPLE01&location=12))
  - Note: first line of my note
    second line of my note
  - Tags: [[favorite]] [[blue]]
- Page kept (Page 7)

### New highlights added [[March 4th, 2023]] at 10:01 AM
- Later one ([View Highlight](https://readwise.io/open/123456789))
"""

PODCAST_MD = """# An Episode

### Metadata
- Author:: [[Some Show]]
- Full Title:: An Episode
- Category:: #podcasts
- URL:: https://example.invalid/episode

- ### Highlights first synced by #Readwise [[October 19th, 2023]]
    - What was said ([View Highlight](https://read.readwise.io/read/01abcdef))
"""


def test_markdown_book_file(tmp_path: Path) -> None:
    got = clips(run(write(tmp_path, BOOK_MD, "Working With Samples.md")))
    assert [c.text for c in got] == [
        "A highlight that runs\nover two lines.",
        "Page kept",
        "Later one",
    ]
    two, page, later = got
    assert two.book.title == "Working With Samples: A Test Book"
    assert two.book.authors == ("Ann Writer", "Bob Writer", "Cy Writer")
    assert two.book.asin == "B0SAMPLE01" and two.book.kind is ItemKind.BOOK
    assert two.place.loc_start == 12 and two.place.chapter == "Part One"
    assert two.comment == "first line of my note\nsecond line of my note"
    assert two.tags == ("favorite", "blue") and two.key is None
    assert two.line == line_of(BOOK_MD, "- A highlight that runs")
    assert page.place.page == 7 and page.place.chapter == "Part One"
    assert later.key == "123456789" and later.line == line_of(BOOK_MD, "- Later one")


def test_markdown_export_folder(tmp_path: Path, realdata: Path) -> None:
    root = tmp_path / "export" / "Readwise"
    for name, folder in MD.items():  # the real files, placed as Readwise lays them out
        (root / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(realdata / "highlights" / "readwise" / name, root / folder / name)
    (root / "Books").mkdir()
    (root / "Books" / "Working With Samples.md").write_text(BOOK_MD, encoding="utf-8")
    (root / "Podcasts").mkdir()
    (root / "Podcasts" / "An Episode.md").write_text(PODCAST_MD, encoding="utf-8")
    (root / "Books" / "notes.txt").write_text("not markdown", encoding="utf-8")

    parsed = run(tmp_path / "export")
    got = clips(parsed)
    assert bad(parsed) == []
    kinds = Counter(c.book.kind for c in got)
    assert kinds == {ItemKind.ARTICLE: 3, ItemKind.BOOK: 3, ItemKind.EPISODE: 1}
    (episode,) = [c for c in got if c.book.kind is ItemKind.EPISODE]
    assert episode.text == "What was said" and episode.key == "01abcdef"
    assert episode.book.url == "https://example.invalid/episode"
    assert episode.book.authors == ("Some Show",)
    assert episode.line == line_of(PODCAST_MD, "- What was said")
    # The same folder given without its Readwise/ parent.
    assert clips(run(root)) == got


def test_folder_without_export(tmp_path: Path) -> None:
    (tmp_path / "Misc").mkdir()
    with pytest.raises(InvalidInput, match="not a Readwise Markdown export"):
        run(tmp_path)


def test_folder_with_a_foreign_markdown_file(tmp_path: Path) -> None:
    (tmp_path / "Books").mkdir()
    (tmp_path / "Books" / "mine.md").write_text("# My own note\n\nhello\n", encoding="utf-8")
    (bad_record,) = run(tmp_path)
    assert isinstance(bad_record, BadRecord) and "mine.md" in bad_record.reason


# ---- bad input ----------------------------------------------------------------------------


def test_empty_and_garbage_files(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="empty"):
        run(write(tmp_path, ""))
    with pytest.raises(InvalidInput, match="not a Readwise export"):
        run(write(tmp_path, "==========\nsome kindle stuff\n", "My Clippings.txt"))


def test_unknown_csv_header(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="unknown Readwise CSV header"):
        run(write(tmp_path, "Highlight,Title,Author\nx,y,z\n"))


def test_truncated_and_short_records(tmp_path: Path) -> None:
    text = H10 + "\nGood,Book,Ann,,,,,location,1,2020-01-01 00:00:00+00:00\nShort,Book\n"
    text += '"Cut off in the middle, Book, Ann'
    parsed = run(write(tmp_path, text))
    assert [c.text for c in clips(parsed)] == ["Good"]
    assert [b.line for b in bad(parsed)] == [3, 4]
    assert "fields" in bad(parsed)[0].reason


def test_bom_and_crlf(tmp_path: Path) -> None:
    text = H10 + '\r\n"two\r\nlines",Book,Ann,,,,,location,1,2020-01-01 00:00:00+00:00\r\n'
    text += "next,Book,Ann,,,,,location,2,2020-01-01 00:00:00+00:00\r\n"
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    first, second = clips(run(path))
    assert first.text == "two\nlines" and first.line == 2 and second.line == 4
    assert sniff("\ufeff" + text[:200])


def test_invalid_utf8(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(
        (H10 + "\n").encode()
        + b"caf\xe9 text,Book,Ann,,,,,location,1,2020-01-01 00:00:00+00:00\n"
        + b"fine,Book,Ann,,,,,location,2,2020-01-01 00:00:00+00:00\n"
    )
    parsed = run(path)
    assert [b.line for b in bad(parsed)] == [2] and "UTF-8" in bad(parsed)[0].reason
    assert [c.text for c in clips(parsed)] == ["caf\ufffd text", "fine"]


def test_markdown_invalid_utf8_and_empty_bullet(tmp_path: Path) -> None:
    body = BOOK_MD.replace("- Page kept (Page 7)", "- \n- Page kept (Page 7)")
    path = tmp_path / "b.md"
    path.write_bytes(body.encode().replace(b"Later one", b"Later \xff one"))
    parsed = run(path)
    reasons = [(b.line, b.reason) for b in bad(parsed)]
    assert [line for line, _ in reasons] == [
        line_of(body, "- Page kept") - 1,
        line_of(body, "- Later"),
    ]
    assert all(reason.startswith("b.md: ") for _, reason in reasons)
    assert clips(parsed)[-1].text == "Later \ufffd one"


# ---- sniff --------------------------------------------------------------------------------


def test_sniff() -> None:
    assert sniff(H9 + "\n") and sniff(H10 + "\n") and sniff(H11 + "\n")
    assert sniff(BOOK_MD) and sniff(PODCAST_MD)
    assert not sniff("Title,Author,ISBN,My Rating\n")  # Goodreads
    assert not sniff("Dune (Frank Herbert)\n- Your Highlight on page 3 | Location 145-145\n")
    assert not sniff("# A note\n\n## Highlights\n- something I wrote\n")
    assert not sniff("")


LOGSEQ_MD = """title:: Ask HN: Sample (highlights)

- Author:: [[ycombinator.com]]
- Full Title:: Ask HN: Sample
- Category:: #articles
- URL:: https://news.ycombinator.com/item?id=1
- ### Highlights first synced by #Readwise [[October 19th, 2023]]
    - First paragraph.

Second paragraph, not indented.
    - Another (Location 5)
        - **Tags:** #favorite
- ### New highlights added [[October 20th, 2023]] at 11:01 AM
    - Added later
"""


def test_markdown_logseq_layout(tmp_path: Path) -> None:
    """Logseq/Roam-style export (written by us): Key:: metadata, highlights nested in a bullet."""
    first, second, third = clips(run(write(tmp_path, LOGSEQ_MD, "Ask HN.md")))
    assert first.text == "First paragraph.\n\nSecond paragraph, not indented."
    assert first.book.title == "Ask HN: Sample" and first.book.authors == ()
    assert first.book.kind is ItemKind.ARTICLE
    assert first.book.url == "https://news.ycombinator.com/item?id=1"
    assert second.text == "Another" and second.place.loc_start == 5
    assert second.tags == ("favorite",)
    assert third.text == "Added later" and third.line == line_of(LOGSEQ_MD, "- Added later")


def test_csv_other_location_types(tmp_path: Path) -> None:
    text = (
        H10 + "\n"
        "Said,Episode,Show,,,,,time_offset,754,2021-05-01 08:00:00\n"
        "Odd,Book,Ann,,,,,location,12a,2021-05-01 08:00:00\n"
        "None,Book,Ann,,,,,,0,2021-05-01 08:00:00\n"
    )
    said, odd, none = clips(run(write(tmp_path, text)))
    assert said.place.position == "time_offset 754"
    assert said.made_at == dt.datetime(2021, 5, 1, 8, 0)  # no offset given: naive
    assert odd.place.position == "location 12a" and odd.place.loc_start is None
    assert none.place == none.place.__class__()
