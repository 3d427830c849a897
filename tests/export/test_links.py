"""Note links: the syntax a note uses, and what each generator gets for an exported target."""

from __future__ import annotations

from pathlib import PurePosixPath

import pytest

from readinglog.export.links import (
    LinkTarget,
    NoteLink,
    code_ranges,
    find_links,
    post_reference,
    rewrite_links,
)
from readinglog.export.profiles import Format


def test_finds_every_link_form_outside_code() -> None:
    text = (
        "See [the other one](note:12), [[7]], [[7|seven]] and [[读《人类简史》有感]].\n"
        "`[x](note:1)` and ![img](note:2) are not links; neither is \\[[3]].\n\n"
        "```\n[[4]] [y](note:5)\n```\n"
        "[[Title|shown]]\n"
    )
    links = find_links(text)
    assert [(x.note_id, x.title, x.text, x.wiki) for x in links] == [
        (12, None, "the other one", False),
        (7, None, "", True),
        (7, None, "seven", True),
        (None, "读《人类简史》有感", "", True),
        (None, "Title", "shown", True),
    ]


def test_code_ranges_cover_fences_and_spans() -> None:
    text = "a `b` c\n~~~\nx\n~~~\nd ``e ` f`` g\n"
    covered = "".join(text[s:e] for s, e in code_ranges(text))
    assert covered == "`b`~~~\nx\n~~~\n``e ` f``"


def test_unclosed_fence_protects_the_rest() -> None:
    text = "[[1]]\n```\n[[2]]\n"
    assert [link.note_id for link in find_links(text)] == [1]


def test_rewrite_keeps_code_and_other_text() -> None:
    text = "a [[1]] `[[1]]` b [t](note:1)\n"
    out = rewrite_links(text, lambda link: f"<{link.note_id}>")
    assert out == "a <1> `[[1]]` b <1>\n"


SOURCE = PurePosixPath("content/posts/a.md")


@pytest.mark.parametrize(
    ("fmt", "target", "expected"),
    [
        (Format.HUGO, "content/posts/b.md", '[Text]({{< relref "b.md" >}})'),
        (Format.HUGO, "content/posts/b/index.md", '[Text]({{< relref "b/index.md" >}})'),
        (Format.JEKYLL, "_posts/2024-05-01-b.md", "[Text]({% post_url 2024-05-01-b %})"),
        (Format.HEXO, "source/_posts/b.md", '{% post_link b "Text" %}'),
        (Format.OBSIDIAN, "读书 笔记.md", "[[读书 笔记|Text]]"),
        (Format.PLAIN, "content/posts/b c.md", "[Text](b%20c.md)"),
    ],
)
def test_post_reference_per_format(fmt: Format, target: str, expected: str) -> None:
    found = LinkTarget(2, PurePosixPath(target), "B", draft=False)
    assert post_reference(fmt, "Text", SOURCE, found) == expected


def test_hugo_reference_from_a_bundle_climbs_out() -> None:
    target = LinkTarget(2, PurePosixPath("posts/b.md"), "B", draft=False)
    ref = post_reference(Format.HUGO, "x", PurePosixPath("posts/a/index.md"), target)
    assert ref == '[x]({{< relref "../b.md" >}})'


def test_jekyll_draft_uses_link_tag() -> None:
    target = LinkTarget(2, PurePosixPath("_drafts/b.md"), "B", draft=True)
    ref = post_reference(Format.JEKYLL, "x", PurePosixPath("_drafts/a.md"), target)
    assert ref == "[x]({% link _drafts/b.md %})"


def test_hexo_and_obsidian_escape_the_text() -> None:
    target = LinkTarget(2, PurePosixPath("b.md"), "B", draft=False)
    hexo = post_reference(Format.HEXO, 'say "hi" %} \\', PurePosixPath("a.md"), target)
    assert hexo == '{% post_link b "say \\"hi\\" % } \\\\" %}'
    obsidian = post_reference(Format.OBSIDIAN, "a|b", PurePosixPath("a.md"), target)
    assert obsidian == "[[b|a/b]]"
    assert post_reference(Format.OBSIDIAN, "b", PurePosixPath("a.md"), target) == "[[b]]"


def test_note_link_is_frozen_value() -> None:
    link = find_links("[[5]]")[0]
    assert link == NoteLink("[[5]]", "", 5, None, wiki=True)
