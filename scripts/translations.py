#!/usr/bin/env python3
"""The window's translation catalogs (docs/translations.md says how to translate a room).

    .venv/bin/python scripts/translations.py update [ROOM ...]   # lupdate: new strings in
    .venv/bin/python scripts/translations.py build [--out DIR]    # lrelease: one .qm a language

``update`` runs ``pyside6-lupdate`` over each room's files into
``resources/translations/<room>_<lang>.ts`` (translations kept, vanished strings dropped), then
fills every zh_TW entry that is still empty, or was filled that way before, from the zh_CN one
through OpenCC's s2twp (Taiwan phrases), marked with a translator comment so a reviewer can
see it and so it follows later changes of the zh_CN text (remove the comment when you correct
one by hand: it is then left alone). ``build`` runs ``pyside6-lrelease`` over every room's
catalog of a language into ``readinglog_<lang>.qm`` (default: ``resources/translations``, where
a checkout looks; the wheel's build hook ``hatch_build.py`` uses it too).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import user_messages  # scripts/ is not a package

ROOT = Path(__file__).resolve().parents[1]
CATALOGS = ROOT / "resources" / "translations"
GUI = "src/readinglog/gui"
# A room: its catalogs' name -> its source files and folders (relative to the checkout).
# A room is listed here once its strings all go through tr()/translate() and both catalogs are
# complete (tests/gui/test_translations.py holds it to that). Add one room per line.
ROOMS: dict[str, tuple[str, ...]] = {
    "window": (f"{GUI}/window",),
    "runtime": (f"{GUI}/runtime", "src/readinglog/app.py"),
    "first_run": (f"{GUI}/dialogs/first_run.py",),
    "lists": (f"{GUI}/lists",),
    "detail": (f"{GUI}/detail",),
    "backup_dialog": (f"{GUI}/dialogs/backup_dialog.py",),
    "common": (f"{GUI}/dialogs/common.py",),
    "highlight_dialog": (f"{GUI}/dialogs/highlight_dialog.py",),
    "history_dialog": (f"{GUI}/dialogs/history_dialog.py",),
    "log_dialog": (f"{GUI}/dialogs/log_dialog.py",),
    "preferences": (f"{GUI}/dialogs/preferences.py",),
    "trash_dialog": (f"{GUI}/dialogs/trash_dialog.py",),
    "search": (f"{GUI}/search",),
    "widgets": (f"{GUI}/widgets",),
    "stats": (f"{GUI}/stats",),
    "lookup_sources": (f"{GUI}/dialogs/lookup_sources.py",),
    "lookup_jobs": (f"{GUI}/dialogs/lookup_jobs.py",),
    "export_dialog": (f"{GUI}/dialogs/export_dialog.py",),
    "lookup_dialog": (f"{GUI}/dialogs/lookup_dialog.py",),
    "item_dialog": (f"{GUI}/dialogs/item_dialog.py",),
    "import_dialog": (f"{GUI}/dialogs/import_dialog.py",),
    "import_report": (f"{GUI}/dialogs/import_report.py",),
}
# Core's sentences (``UserError`` and ``Message`` templates, read by scripts/user_messages.py):
# a package -> its source folders. Catalogs ``<package>_<lang>.ts`` like a room's.
# A file named in one package's list is that package's alone (core_input's files are not core's).
CORE = "src/readinglog/core"
MESSAGE_ROOMS: dict[str, tuple[str, ...]] = {
    "core": (CORE, "src/readinglog/stats"),
    "core_input": tuple(
        f"{CORE}/{name}.py"
        for name in ("values", "query", "places", "activity", "fields", "filters_sql", "goals")
    ),
    "core_storage": tuple(
        f"{CORE}/{name}.py"
        for name in (
            "archive_import",
            "archive",
            "restore",
            "migrate",
            "backups",
            "backup_store",
            "db",
            "library",
            "trash",
            "history",
            "sample",
        )
    ),
    "importers": ("src/readinglog/importers",),
    "online": ("src/readinglog/online",),
    "export": ("src/readinglog/export",),
    "search_index": ("src/readinglog/search",),  # not "search": the window's search room
}
LANGUAGES = ("zh_CN", "zh_TW")
SOURCE_LANGUAGE = "en"
QM_NAME = "readinglog_{language}.qm"  # gui/runtime/i18n.py loads readinglog_<lang>
OPENCC_MARK = "zh_CN by OpenCC s2twp"  # the translator comment of a derived zh_TW entry
# After s2twp, what a Taiwanese reader expects that OpenCC leaves (found reviewing the window's
# catalogs): 「」 quotes, 垃圾桶, 復原 (Undo), 範例, 記錄檔 (a log), 取得, 帳號, 回報, 目前,
# 驗證, 選取, 開啟, 新增, 類型, 清單, 符合. Add to it when a review finds another; a single entry
# is corrected by hand in the .ts (and its marker comment deleted).
TAIWAN_TERMS = (
    ("“", "「"),
    ("”", "」"),
    ("‘", "『"),
    ("’", "』"),
    ("回收站", "垃圾桶"),
    ("撤銷", "復原"),
    ("示例", "範例"),
    ("日誌", "記錄檔"),
    ("獲取", "取得"),
    ("賬號", "帳號"),
    ("反饋", "回報"),
    ("當前", "目前"),
    ("校驗", "驗證"),
    ("選中", "選取"),
    ("打開", "開啟"),
    ("新建", "新增"),
    ("型別", "類型"),  # s2twp's word for a programming type; a kind of entry is 類型
    ("列表", "清單"),
    ("匹配", "符合"),
)


def room_files(room: str, root: Path = ROOT) -> list[Path]:
    """The room's Python files, sorted."""
    found: set[Path] = set()
    for name in ROOMS[room] if room in ROOMS else MESSAGE_ROOMS[room]:
        path = root / name
        found.update(path.rglob("*.py") if path.is_dir() else [path])
    if room in MESSAGE_ROOMS:  # a file another package names is not this one's
        named = {root / n for other, names in MESSAGE_ROOMS.items() if other != room for n in names}
        found -= {p for p in named if p.suffix == ".py"} - {root / n for n in MESSAGE_ROOMS[room]}
    return sorted(p for p in found if "__pycache__" not in p.parts)


def catalog(room: str, language: str, folder: Path = CATALOGS) -> Path:
    return folder / f"{room}_{language}.ts"


def tool(name: str) -> str:
    """``pyside6-lupdate`` or ``pyside6-lrelease``: beside this Python, in PySide6's own
    folder, on PATH, or named by READINGLOG_<LUPDATE|LRELEASE>."""
    short = name.removeprefix("pyside6-")
    chosen = os.environ.get(f"READINGLOG_{short.upper()}")
    if chosen:
        return chosen
    try:  # the tool itself, in PySide6's folder (the pyside6-* scripts only start it)
        import PySide6

        binary = Path(PySide6.__file__).parent / short
        if binary.is_file():
            return str(binary)
    except ImportError:
        pass
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name) or shutil.which(short)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials (it ships {name})")
    return found


def lupdate(room: str, language: str, ts: Path, root: Path = ROOT) -> None:
    if room in MESSAGE_ROOMS:  # core's templates: read with ast, not lupdate
        user_messages.write_catalog(user_messages.templates(room_files(room, root)), ts, language)
        return
    files = [str(p) for p in room_files(room, root)]
    args = [tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none"]
    args += ["-source-language", SOURCE_LANGUAGE, "-target-language", language, "-ts", str(ts)]
    subprocess.run(args, check=True, capture_output=True, text=True)


def _key(message: ET.Element, context: str) -> tuple[str, str, str]:
    return (context, message.findtext("source", ""), message.findtext("comment", ""))


def _messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    tree = ET.parse(ts)
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[_key(message, name)] = message
    return found


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    return all(text.strip() for text in _texts(message))


def fill_traditional(simplified: Path, traditional: Path) -> int:
    """Fill the empty (or earlier derived) zh_TW entries from zh_CN; how many were filled."""
    import opencc

    s2twp = opencc.OpenCC("s2twp").convert

    def convert(text: str) -> str:
        text = s2twp(text)
        for simplified_use, taiwan_use in TAIWAN_TERMS:
            text = text.replace(simplified_use, taiwan_use)
        return text

    source = _messages(simplified)
    tree = ET.parse(traditional)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            derived = message.findtext("translatorcomment", "") == OPENCC_MARK
            if finished(message) and not derived:
                continue
            origin = source.get(_key(message, name))
            if origin is None or not finished(origin):
                continue
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            texts = [convert(t) for t in _texts(origin)]
            forms = translation.findall("numerusform")
            if forms:
                for form, text in zip(forms, texts, strict=False):
                    form.text = text
            else:
                translation.text = texts[0]
            if not derived:
                comment = ET.Element("translatorcomment")
                comment.text = OPENCC_MARK
                message.insert(list(message).index(translation), comment)
            filled += 1
    if filled:
        tree.write(traditional, encoding="utf-8", xml_declaration=True)
    return filled


def update(rooms: list[str]) -> None:
    CATALOGS.mkdir(parents=True, exist_ok=True)
    for room in rooms:
        for language in LANGUAGES:
            lupdate(room, language, catalog(room, language))
        filled = fill_traditional(catalog(room, "zh_CN"), catalog(room, "zh_TW"))
        if filled:  # lupdate again: its own layout, so the next update changes nothing
            lupdate(room, "zh_TW", catalog(room, "zh_TW"))
        print(f"{room}: {filled} zh_TW entries from zh_CN by OpenCC")


def build(out: Path, catalogs: Path = CATALOGS) -> list[Path]:
    """One .qm per language from every room's catalog; the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for language in LANGUAGES:
        sources = sorted(catalogs.glob(f"*_{language}.ts"))
        if not sources:
            continue
        qm = out / QM_NAME.format(language=language)
        args = [tool("pyside6-lrelease"), *map(str, sources), "-qm", str(qm), "-silent"]
        done = subprocess.run(args, check=False, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"lrelease failed for {language}: {done.stderr or done.stdout}")
        written.append(qm)
    return written


def fresh_catalog(room: str, language: str) -> Path:
    """The room's catalog as lupdate makes it now from the sources, in a temporary folder
    (the caller removes it): what tests compare with the committed one."""
    folder = Path(tempfile.mkdtemp(prefix="readinglog-ts-"))
    ts = catalog(room, language, folder)
    lupdate(room, language, ts)
    return ts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    up = commands.add_parser("update", help="lupdate each room's catalogs (translations kept)")
    rooms = [*ROOMS, *MESSAGE_ROOMS]
    up.add_argument("rooms", nargs="*", metavar="ROOM", help=", ".join(rooms))
    make = commands.add_parser("build", help="lrelease every catalog into one .qm a language")
    make.add_argument("--out", type=Path, default=CATALOGS)
    args = parser.parse_args(argv)
    if args.command == "update":
        unknown = [room for room in args.rooms if room not in rooms]
        if unknown:
            parser.error(f"no room {', '.join(unknown)} (rooms: {', '.join(rooms)})")
        update(args.rooms or rooms)
    else:
        for qm in build(args.out):
            print(qm)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
