"""Core's sentences for the catalogs: every ``UserError`` and ``Message`` template, by package.

lupdate reads ``tr()`` calls only, and core must not import Qt, so this reads the sources with
``ast`` instead: a call of ``UserError``, of any class derived from it, or of ``Message``, whose
first argument is a literal string, is a template (context ``UserError``, as
``core/errors.py`` says). A call whose first argument is anything else (an f-string, a name,
``+``) cannot be translated: ``unmarked()`` lists them, and the tests fail on any.

``write_catalog()`` merges the templates into ``<package>_<lang>.ts``: translations kept, new
templates unfinished, vanished ones dropped. ``scripts/translations.py update`` calls it.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "readinglog"
sys.path.append(str(ROOT / "src"))  # readinglog itself where it is not installed (a wheel's build)
from readinglog.core.errors import CONTEXT, PLACEHOLDER, has_words  # noqa: E402

BASE = "UserError"
MESSAGE = "Message"
MECHANISM = SOURCES / "core" / "errors.py"  # UserError makes a Message of its caller's template


@dataclass(frozen=True)
class Template:
    text: str
    path: Path
    line: int


def python_files(paths: Iterable[Path]) -> list[Path]:
    found: set[Path] = set()
    for path in paths:
        found.update(path.rglob("*.py") if path.is_dir() else [path])
    return sorted(p for p in found if "__pycache__" not in p.parts)


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def family(extra: Iterable[Path] = ()) -> frozenset[str]:
    """``UserError`` and the names of every class derived from it in readinglog (and in
    ``extra`` files), and ``Message``."""
    bases: dict[str, set[str]] = {}
    for path in [*python_files([SOURCES]), *extra]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names = {n for n in map(_name, node.bases) if n}
                bases.setdefault(node.name, set()).update(names)
    known = {BASE}
    grew = True
    while grew:
        more = {name for name, parents in bases.items() if parents & known} - known
        known |= more
        grew = bool(more)
    return frozenset(known | {MESSAGE})


def _calls(path: Path, names: frozenset[str]) -> Iterator[ast.Call]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and _name(node.func) in names and node.args:
            yield node


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def templates(files: Iterable[Path], names: frozenset[str] | None = None) -> list[Template]:
    """Every template in ``files``, in file and line order (duplicates included)."""
    names = family() if names is None else names
    found = []
    for path in files:
        for call in _calls(path, names):
            text = _literal(call.args[0])
            if text is not None and translatable(text):
                found.append(Template(text, path, call.lineno))
    return found


def unmarked(files: Iterable[Path], names: frozenset[str] | None = None) -> list[str]:
    """``path:line: ClassName(...)`` for each call whose sentence is not a literal template
    (core/errors.py itself, which passes its callers' templates on, aside)."""
    names = family() if names is None else names
    found = []
    for path in files:
        if path == MECHANISM:
            continue
        for call in _calls(path, names):
            if _literal(call.args[0]) is None:
                sentence = ast.unparse(call.args[0])[:60]
                found.append(f"{_where(path)}:{call.lineno}: {_name(call.func)}({sentence})")
    return found


def _where(path: Path) -> Path:
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


def translatable(text: str) -> bool:
    """A template with words in it: ``"{reason}"`` alone (a sentence passed on) is not."""
    return has_words(text)


def placeholders(text: str) -> list[str]:
    """The template's placeholders as written (``{name!r}``), sorted; what a translation keeps."""
    return sorted(match.group(0) for match in PLACEHOLDER.finditer(text))


def write_catalog(found: Iterable[Template], ts: Path, language: str) -> tuple[int, int]:
    """Merge the templates into ``ts``; (templates, unfinished) after the merge."""
    kept: dict[str, ET.Element] = {}
    if ts.exists():
        for message in ET.parse(ts).getroot().iter("message"):
            kept[message.findtext("source", "")] = message
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    unfinished = 0
    texts = list(dict.fromkeys(t.text for t in found))
    for text in texts:
        message = kept.get(text)
        if message is None:
            message = ET.Element("message")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", type="unfinished")
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            unfinished += 1
        context.append(message)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")
    return len(texts), unfinished


NOT_VALUES = frozenset({"status"})  # keywords of a UserError subclass that are not placeholders


def mismatched(files: Iterable[Path], names: frozenset[str] | None = None) -> list[str]:
    """``path:line: ...`` for each template whose placeholders and keyword values differ (a
    missing value would raise KeyError when the error is made)."""
    names = family() if names is None else names
    found = []
    for path in files:
        for call in _calls(path, names):
            text = _literal(call.args[0])
            if text is None or any(k.arg is None for k in call.keywords):
                continue
            wanted = {match.group(1) for match in PLACEHOLDER.finditer(text)}
            given = {k.arg for k in call.keywords if k.arg} - NOT_VALUES
            if wanted != given:
                has = f"{text[:50]!r} has {sorted(wanted)}, given {sorted(given)}"
                found.append(f"{_where(path)}:{call.lineno}: {has}")
    return found
