"""``readinglog feed ...`` and ``import opml --fetch-episodes`` against a real local server that
serves the recorded feeds: refresh, conditional GET, a moved feed, dead and malformed feeds
among good ones, episodes, marks, YouTube channels, and a podcast from OPML with its episodes."""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

import pytest

import readinglog.cli as cli
from readinglog.cli import feed_commands
from readinglog.online import feeds as online_feeds
from readinglog.online.http import Http
from tests.cli.helpers import Result, run
from tests.online.server import Route, Served, serve

Cap = pytest.CaptureFixture[str]
RSS = "application/rss+xml; charset=utf-8"
CHANNEL = "UCK8sQmJBp8GCxrOtXWBpyEA"


@pytest.fixture(autouse=True)
def _registered(monkeypatch: pytest.MonkeyPatch) -> None:
    if feed_commands not in cli.COMMAND_MODULES:
        monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, feed_commands))


def _items(realdata: Path, name: str) -> int:
    return len(re.findall(r"<item>", (realdata / "feeds" / name).read_text(encoding="utf-8")))


def _podcast(capsys: Cap, title: str, url: str) -> int:
    made = run(capsys, "add", "podcast", title, "--feed-url", url, "--json")
    assert made.code == 0, made.err
    return int(made.json()["id"])


def _refresh(capsys: Cap, *shows: str) -> Result:
    return run(capsys, "feed", "refresh", *shows, "--json")


def test_refresh_lists_episodes_and_a_second_refresh_is_conditional(
    home: Path, realdata: Path, capsys: Cap
) -> None:
    podbean = realdata / "feeds" / "barryvdh_picofeed__podbean.xml"
    expected = _items(realdata, podbean.name)
    with serve({"/feed/": Route.file(podbean, RSS, etag='"pb-1"')}) as served:
        show = _podcast(capsys, "Around the Bloc", f"{served.base}/feed/")
        first = _refresh(capsys)
        second = _refresh(capsys, str(show))
    assert first.code == 0, first.err
    [one] = first.json()
    assert (one["show_id"], one["added"], one["ok"]) == (show, expected, True)
    [two] = second.json()
    assert (two["not_modified"], two["added"], two["updated"]) == (True, 0, 0)
    assert served.requests[1][1]["If-None-Match"] == '"pb-1"'
    listed = run(capsys, "feed", "episodes", str(show), "--json").json()
    assert len(listed) == expected
    assert listed[0]["title"] == "S03E11: Finding Nemo-rocco"  # the newest first
    assert listed[0]["duration_s"] == 1 * 3600 + 50 * 60 + 5 and listed[0]["item_id"] is None
    text = run(capsys, "feed", "episodes", "Around the Bloc", "--limit", "2")
    assert text.code == 0 and "1:50:05" in text.out and len(text.out.splitlines()) == 4
    assert run(capsys, "list", "--json").json()[0]["id"] == show  # no entry per episode
    bad = run(capsys, "feed", "episodes", str(show), "--limit", "-1")
    assert bad.code == 1 and "--limit" in bad.err


def test_mark_makes_the_episode_entry_under_the_show(
    home: Path, realdata: Path, capsys: Cap
) -> None:
    radio = realdata / "feeds" / "barryvdh_picofeed__radio-france.xml"
    with serve({"/rf": Route.file(radio, RSS)}) as served:
        show = _podcast(capsys, "Label pop", f"{served.base}/rf")
        assert _refresh(capsys).code == 0
    episode = run(capsys, "feed", "episodes", str(show), "--json").json()[0]
    marked = run(capsys, "feed", "mark", str(episode["id"]), "--json")
    assert marked.code == 0, marked.err
    data = marked.json()
    assert (data["created"], data["status"]) == (True, "finished")
    entry = run(capsys, "show", str(data["item_id"]), "--json").json()
    assert (entry["kind"], entry["title"], entry["status"]) == (
        "episode", episode["title"], "finished")  # fmt: skip
    again = run(capsys, "feed", "mark", str(episode["id"]), "--status", "want")
    assert again.code == 0 and f"entry {data['item_id']} is, want" in again.out


def test_a_moved_feed_stores_its_new_address(home: Path, realdata: Path, capsys: Cap) -> None:
    radio = realdata / "feeds" / "barryvdh_picofeed__radio-france.xml"
    routes = {"/old": Route.redirect("/new"), "/new": Route.file(radio, RSS)}
    with serve(routes) as served:
        show = _podcast(capsys, "Label pop", f"{served.base}/old")
        [one] = _refresh(capsys).json()
        _refresh(capsys)
    assert one["moved_to"] == f"{served.base}/new"
    assert run(capsys, "show", str(show), "--json").json()["feed_url"] == (f"{served.base}/new")
    assert [path for path, _ in served.requests] == ["/old", "/new", "/new"]


def test_dead_and_malformed_feeds_get_one_line_and_the_others_go_on(
    home: Path, realdata: Path, capsys: Cap, monkeypatch: pytest.MonkeyPatch
) -> None:
    podbean = realdata / "feeds" / "barryvdh_picofeed__podbean.xml"
    gdata = realdata / "feeds" / "barryvdh_picofeed__youtube.xml"
    routes = {
        "/gone": Route(status=404),
        "/broken": Route(status=500),
        "/slow": Route(body=b"<rss/>", delay=3.0),
        "/bad": Route(body=b"<rss><channel><item><title>x</ti", content_type=RSS),
        "/gdata": Route.file(gdata, "application/atom+xml"),
        "/good": Route.file(podbean, RSS),  # last: the failures before it do not stop it
    }
    with serve(routes) as served:
        for path in routes:
            _podcast(capsys, path.strip("/"), served.base + path)
        monkeypatch.setattr(feed_commands, "_http", partial(Http, timeout=0.5))
        result = run(capsys, "feed", "refresh")
    assert result.code == 0
    assert "good (6): 50 new, 0 changed, 0 unchanged" in result.out
    assert "1 of 6 feeds refreshed" in result.out
    errors = result.err.strip().splitlines()
    assert len(errors) == 5, result.err
    for words in ("not found (404)", "an error (500)", "did not answer", "not a well-formed feed",
                  "retired GData"):  # fmt: skip
        assert sum(words in line for line in errors) == 1, (words, errors)


def test_refresh_fails_when_no_feed_could_be_read(home: Path, capsys: Cap) -> None:
    assert run(capsys, "feed", "refresh").code == 1  # no show has a feed
    with serve({}) as served:
        _podcast(capsys, "Gone", f"{served.base}/nothing")
        result = run(capsys, "feed", "refresh")
    assert result.code == 1 and "not found (404)" in result.err


def test_a_youtube_channel_is_added_by_its_handle_and_lists_videos(
    home: Path, realdata: Path, capsys: Cap, monkeypatch: pytest.MonkeyPatch
) -> None:
    atom = realdata / "feeds" / "feedjira_feedjira__youtube_atom.xml"
    page = f'<link rel="canonical" href="https://www.youtube.com/channel/{CHANNEL}">'
    routes = {
        "/@google": Route(body=page.encode(), content_type="text/html"),
        f"/feeds/videos.xml?channel_id={CHANNEL}": Route.file(atom, "application/atom+xml"),
    }
    with serve(routes) as served:
        monkeypatch.setenv(online_feeds.YOUTUBE_ENV, served.base)
        made = run(capsys, "add", "series", "Google", "--json").json()["id"]
        added = run(capsys, "feed", "add", str(made), "https://www.youtube.com/@google", "--json")
        assert added.code == 0, added.err
        assert added.json()["kind"] == "youtube"
        [one] = _refresh(capsys).json()
    assert one["added"] == len(re.findall(r"<yt:videoId>", atom.read_text(encoding="utf-8")))
    video = run(capsys, "feed", "episodes", "Google", "--json").json()[0]
    item_id = run(capsys, "feed", "mark", str(video["id"]), "--json").json()["item_id"]
    entry = run(capsys, "show", str(item_id), "--json").json()
    assert (entry["kind"], entry["url"]) == ("video", video["url"])


def test_feed_add_refuses_the_gdata_format(home: Path, capsys: Cap) -> None:
    show = _podcast(capsys, "Old", "https://example.org/rss")
    result = run(capsys, "feed", "add", str(show),
                 "http://gdata.youtube.com/feeds/api/playlists/PLD50E7DEEB70F4CE0")  # fmt: skip
    assert result.code == 1 and "retired GData" in result.err
    assert len(result.err.strip().splitlines()) == 1


def _local_opml(realdata: Path, tmp_path: Path, served: Served) -> tuple[Path, list[str]]:
    """A copy of a real Overcast OPML whose feed URLs point at the local server."""
    source = realdata / "opml" / "geekdada_podcast-opml__overcast.opml"
    text = source.read_text(encoding="utf-8")
    urls = re.findall(r'xmlUrl="([^"]*)"', text)
    for index, url in enumerate(urls):
        text = text.replace(f'xmlUrl="{url}"', f'xmlUrl="{served.base}/feed/{index}"')
    copy = tmp_path / "overcast.opml"
    copy.write_text(text, encoding="utf-8")
    return copy, urls


def test_a_podcast_from_opml_lists_its_episodes_after_the_import(
    home: Path, realdata: Path, tmp_path: Path, capsys: Cap
) -> None:
    podbean = realdata / "feeds" / "barryvdh_picofeed__podbean.xml"
    radio = realdata / "feeds" / "barryvdh_picofeed__radio-france.xml"
    routes = {"/feed/0": Route.file(podbean, RSS), "/feed/1": Route.file(radio, RSS)}
    with serve(routes) as served:  # the other shows' feeds are dead (404)
        opml, urls = _local_opml(realdata, tmp_path, served)
        result = run(capsys, "import", "opml", str(opml), "--fetch-episodes", "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert data["created"] == len(urls)
    fetched = data["feeds"]
    assert len(fetched) == len(urls) and len(served.requests) == len(urls)
    good = [f for f in fetched if f["ok"]]
    assert [f["added"] for f in good] == [_items(realdata, podbean.name),
                                          _items(realdata, radio.name)]  # fmt: skip
    assert all("not found (404)" in f["error"] for f in fetched if not f["ok"])
    episodes = run(capsys, "feed", "episodes", str(good[0]["show_id"]), "--json").json()
    assert len(episodes) == _items(realdata, podbean.name)


def test_opml_import_without_the_flag_touches_no_network_until_a_refresh(
    home: Path, realdata: Path, tmp_path: Path, capsys: Cap
) -> None:
    podbean = realdata / "feeds" / "barryvdh_picofeed__podbean.xml"
    with serve({"/feed/0": Route.file(podbean, RSS)}) as served:
        opml, urls = _local_opml(realdata, tmp_path, served)
        assert run(capsys, "import", "opml", str(opml)).code == 0
        dry = run(capsys, "import", "opml", str(opml), "--dry-run", "--fetch-episodes")
        assert served.requests == []
        assert dry.code == 0 and "nothing is fetched in a dry run" in dry.err
        refreshed = run(capsys, "feed", "refresh", "--json")  # every imported show
    assert refreshed.code == 0 and len(refreshed.json()) == len(urls)
    [good] = [r for r in refreshed.json() if r["ok"]]
    listed = run(capsys, "feed", "episodes", str(good["show_id"]), "--json").json()
    assert len(listed) == _items(realdata, podbean.name)


def test_a_read_only_library_is_refused_before_any_request(
    home: Path, realdata: Path, capsys: Cap
) -> None:
    podbean = realdata / "feeds" / "barryvdh_picofeed__podbean.xml"
    with serve({"/f": Route.file(podbean, RSS)}) as served:
        show = _podcast(capsys, "Around the Bloc", f"{served.base}/f")
        refresh = run(capsys, "--read-only", "feed", "refresh")
        add = run(capsys, "--read-only", "feed", "add", str(show), f"{served.base}/f")
    assert served.requests == []
    for result in (refresh, add):
        assert result.code == 1 and "read-only" in result.err
        assert len(result.err.strip().splitlines()) == 1
