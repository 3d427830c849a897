"""What each format does to the note's text: only what its renderer needs."""

from __future__ import annotations

import pytest

from readinglog.export.profiles import ExportOptions, Format, profile
from readinglog.export.render import render_item, render_note
from tests.export import samples

OPTIONS = ExportOptions(tz=samples.CST, now=samples.NOW)
CJK_EMPHASIS = "统治世界，是因为**“想象”**的共同体；_虚构_的故事。\n"


@pytest.mark.parametrize("fmt", list(Format))
def test_zero_width_entity_only_for_commonmark_renderers(fmt: Format) -> None:
    note = samples.note(body=CJK_EMPHASIS)
    text = render_note(note, profile(fmt), OPTIONS).text
    item_text = render_item(samples.CHINESE_BOOK, [note], profile(fmt), OPTIONS).text
    if fmt is Format.OBSIDIAN:
        assert CJK_EMPHASIS in text and CJK_EMPHASIS in item_text
        assert "&#8203;" not in text + item_text
    else:
        assert "&#8203;**“想象”**&#8203;" in text and "&#8203;**“想象”**&#8203;" in item_text
