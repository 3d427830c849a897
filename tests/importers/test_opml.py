from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from readinglog.core import batches
from readinglog.core.errors import InvalidInput
from readinglog.core.library import Library
from readinglog.core.models import ImportKind, Item
from readinglog.importers import opml
from tests.importers.helpers import dump, run_import, total

NESTED = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Apple Podcasts</title></head><body>
  <outline text="历史">
    <outline text="&#x673A;&#x6838;&#x7F51; GADIO" type="rss"
      xmlUrl="http://feed.example/gadio.xml" htmlUrl="https://example.org/"/>
    <outline text="Deep">
      <outline title="Hardcore History" text="HH" type="rss" xmlUrl="https://hh.example/rss"/>
    </outline>
  </outline>
  <outline text="Loose" type="rss" xmlUrl="https://loose.example/rss"/>
</body></opml>
"""
LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<opml version="1.0"><body><outline text="&lol2;" xmlUrl="https://x/rss"/></body></opml>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE opml [<!ENTITY ext SYSTEM "file:///etc/passwd">]>
<opml version="1.0"><body><outline text="&ext;" xmlUrl="https://x/rss"/></body></opml>
"""


def test_nested_outlines_and_character_references(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "subs.opml"
    path.write_text(NESTED, encoding="utf-8")
    shows = [f for f in opml.parse(path) if isinstance(f, opml.Show)]
    assert [(s.title, s.folders) for s in shows] == [
        ("机核网 GADIO", ("历史",)),
        ("Hardcore History", ("历史", "Deep")),
        ("Loose", ()),
    ]
    assert shows[0].site_url == "https://example.org/"
    report = run_import(library, ImportKind.OPML, path)
    assert report.created == 3
    with library.sessions() as s:
        feeds = set(s.scalars(select(Item.feed_url)))
    assert "http://feed.example/gadio.xml" in feeds


@pytest.mark.parametrize("text", [LAUGHS, EXTERNAL], ids=["entity-expansion", "external"])
def test_hostile_xml_is_refused(library: Library, tmp_path: Path, text: str) -> None:
    path = tmp_path / "evil.opml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidInput, match="refused"):
        run_import(library, ImportKind.OPML, path)
    with library.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == 0


def test_malformed_xml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.opml"
    path.write_text('<opml>\n<body>\n<outline text="x"\n</body></opml>', encoding="utf-8")
    with pytest.raises(InvalidInput, match="line 4: not well-formed"):
        opml.parse(path)


@pytest.mark.parametrize(
    ("name", "shows"),
    [
        ("atecon_mypodcasts__antennapod-feeds.opml", 33),
        ("geekdada_podcast-opml__overcast.opml", 45),
        ("mrh-is_podcasts__overcast.opml", 59),
        ("liu33851809_podcasts-__pocketcasts_podcasts_opml.xml", 37),
    ],
)
def test_real_subscriptions(library: Library, realdata: Path, name: str, shows: int) -> None:
    path = realdata / "opml" / name
    before = dump(library)
    report = run_import(library, ImportKind.OPML, path)
    assert total(report) == shows and not report.skipped
    again = run_import(library, ImportKind.OPML, path)
    assert again.unchanged == shows
    with library.sessions.begin() as s:
        batches.undo(s, again.batch or 0)
        batches.undo(s, report.batch or 0)
    assert dump(library) == before
