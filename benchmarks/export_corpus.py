"""Export and preview the real blog corpus; prints JSON timings and checks.

    python benchmarks/export_corpus.py [../shared/realdata/blog_corpus]

Each post's body becomes a note, rendered for every format; the front matter is read back with
PyYAML (title and tags must come back exactly); the preview is timed per post and on one note
of about 1 MB made of the whole corpus.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
import time
from pathlib import Path

import yaml

from readinglog.core.text import detect_lang
from readinglog.core.types import NoteView
from readinglog.export.emphasis import ZWSP_ENTITY
from readinglog.export.preview import render_preview
from readinglog.export.profiles import ExportOptions, Format, profile
from readinglog.export.render import render_note

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "realdata" / "blog_corpus"


def _body(text: str) -> str:
    if text.startswith("---\n"):
        return text.split("\n---\n", 1)[-1]
    return text


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not corpus.is_dir():
        print(json.dumps({"skipped": f"{corpus} not found"}))
        return 0
    with (corpus / "MANIFEST.tsv").open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t"))
    when = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    notes = []
    for index, row in enumerate(rows, 1):
        body = _body((corpus / row["file"]).read_text(encoding="utf-8"))
        notes.append(NoteView(index, row["title"], body, detect_lang(body), None,
                              ("读书", "yes: no"), (), (), when, when))  # fmt: skip
    options = ExportOptions(tz=dt.timezone(dt.timedelta(hours=8)))
    result: dict[str, object] = {"posts": len(notes)}
    fixes = 0
    for fmt in Format:
        start = time.perf_counter()
        for note in notes:
            post = render_note(note, profile(fmt), options)
            fixes += post.text.count(ZWSP_ENTITY) if fmt is Format.HUGO else 0
            if post.text.startswith("---\n"):
                meta = yaml.safe_load(post.text.split("---\n")[1])
                assert meta.get("title", note.title) == note.title, note.title
                if fmt is not Format.OBSIDIAN:
                    assert meta["tags"] == ["读书", "yes: no"]
        result[f"render_{fmt.value}_ms"] = round((time.perf_counter() - start) * 1000, 1)
    result["emphasis_fixes"] = fixes
    start = time.perf_counter()
    slowest = 0.0
    for note in notes:
        t0 = time.perf_counter()
        render_preview(note.body)
        slowest = max(slowest, time.perf_counter() - t0)
    result["preview_all_ms"] = round((time.perf_counter() - start) * 1000, 1)
    result["preview_slowest_ms"] = round(slowest * 1000, 1)
    big = "\n\n".join(n.body for n in notes)
    while len(big.encode()) < 950_000:
        big += "\n\n" + big
    big = big.encode()[:990_000].decode("utf-8", "ignore")
    start = time.perf_counter()
    preview = render_preview(big)
    result["preview_1mb_ms"] = round((time.perf_counter() - start) * 1000, 1)
    result["preview_1mb_complete"] = preview.complete
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
