from __future__ import annotations

import threading

import pytest

from readinglog.export.preview import render_preview, sanitize, too_complex
from tests.timing import cpu_budget


def test_renders_the_configured_extensions() -> None:
    text = (
        "# 标题\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n"
        "```python\nprint('x')\n```\n\nText[^1].\n\n[^1]: 脚注\n\n1. one\n2. two\n"
    )
    preview = render_preview(text)
    assert preview.complete
    assert "<h1" in preview.html and "标题</h1>" in preview.html
    assert "<table>" in preview.html and "<td>1</td>" in preview.html
    assert '<code class="language-python">' in preview.html
    assert 'class="footnote"' in preview.html and "脚注" in preview.html
    assert "<ol>" in preview.html


@pytest.mark.parametrize(
    "evil",
    [
        "<script>alert(1)</script>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "<img src=x onerror=alert(1)>",
        '<a href="#" onclick="alert(1)">x</a>',
        "<iframe src='https://evil'></iframe>",
        "<style>body{display:none}</style>",
        '<div style="position:fixed">x</div>',
        "<svg onload=alert(1)>",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
    ],
)
def test_sanitizes_scripts_handlers_and_bad_urls(evil: str) -> None:
    out = render_preview(f"before {evil} after").html.lower()
    for bad in (
        "<script",
        "javascript:",
        "onerror",
        "onclick",
        "onload",
        "<iframe",
        "<style",
        "style=",
        "data:text",
    ):
        assert bad not in out
    assert "before" in out and "after" in out


def test_keeps_safe_links_and_anchors() -> None:
    out = sanitize('<a href="https://example.com">x</a><a href="#fn:1">1</a>')
    assert 'href="https://example.com"' in out and 'href="#fn:1"' in out


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("brackets", "[" * 10_000),
        ("nested list", "".join("  " * i + "- x\n" for i in range(2000))),
        ("nested quotes", ">" * 2000 + " x"),
        ("images", "![a" * 3000),
    ],
)
def test_pathological_input_is_fast_and_never_raises(name: str, text: str) -> None:
    with cpu_budget(2.0, name):
        preview = render_preview(text)
    assert "<script" not in preview.html


def test_pathological_input_falls_back_to_escaped_text() -> None:
    preview = render_preview("<b>" + "[" * 10_000)
    assert not preview.complete
    assert "too many [" in preview.notice
    assert "&lt;b&gt;" in preview.html


def test_size_cap_shows_a_notice_and_the_escaped_start() -> None:
    text = "<i>x</i> 读书" * 200_000
    preview = render_preview(text, max_bytes=1_000_000)
    assert not preview.complete and "KB" in preview.notice
    assert preview.html.count("&lt;i&gt;") > 10
    assert len(preview.html) < len(text)


def test_recursion_error_becomes_a_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    from readinglog.export import preview as module

    monkeypatch.setattr(module, "too_complex", lambda text: "")

    class Boom:
        def reset(self) -> Boom:
            return self

        def convert(self, text: str) -> str:
            raise RecursionError

    monkeypatch.setattr(module, "_converter", lambda: Boom())
    result = module.render_preview("- x")
    assert not result.complete and "nested" in result.notice


def test_ordinary_notes_are_not_complex() -> None:
    note = "\n".join(f"- [link {i}](https://example.com/{i})" for i in range(300))
    assert too_complex(note) == ""
    assert too_complex("    code block\n        deeper\n") == ""


def test_converter_is_per_thread() -> None:
    results: list[str] = []
    threads = [
        threading.Thread(target=lambda: results.append(render_preview("**b**").html))
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == ["<p><strong>b</strong></p>"] * 4
