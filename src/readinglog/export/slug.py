"""Slugs and file names that read well in English and Chinese and never leave the target folder.

``slugify("读《人类简史》有感")`` is ``du-ren-lei-jian-shi-you-gan``; ``slugify("Re: Sapiens!")`` is
``re-sapiens``. A user's own ``--slug`` goes through the same function, so whatever text comes in,
the result is one path component made of lower-case letters, digits and single hyphens: no
separators, no dots, no NUL, no Windows reserved name, and at most ``MAX_SLUG_BYTES`` of UTF-8.
``contained`` is the last line of defence: it refuses any path that resolves outside the folder.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path, PurePosixPath

from readinglog.core.errors import UserError
from readinglog.core.text import HAN_RE, to_pinyin

# ext4, APFS and NTFS allow 255 bytes (or UTF-16 units) per name. A slug leaves room for the
# Jekyll date prefix (11 bytes), a numeric suffix and the extension.
MAX_NAME_BYTES = 255
MAX_SLUG_BYTES = 200

_WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$"}
    | {f"com{i}" for i in range(10)}
    | {f"lpt{i}" for i in range(10)}
    | {"com¹", "com²", "com³", "lpt¹", "lpt²", "lpt³"}
)
_NOT_SLUG = re.compile(r"[^\w]+|_+")
# Characters Windows, macOS or Obsidian cannot have in a file name (Obsidian adds # ^ [ ] |).
_NOT_IN_NAME = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*#^\[\]]+')


def slugify(text: str, *, max_bytes: int = MAX_SLUG_BYTES) -> str:
    """A URL- and file-safe slug: pinyin for Han characters, ASCII for accented Latin letters.

    Letters of other scripts (kana, Cyrillic, ...) stay as they are, lower-cased. The result
    may be empty (a title of only punctuation); ``note_slug`` supplies the fallback.
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    words = _pinyin_words(folded) if HAN_RE.search(folded) else [folded]
    ascii_ish = [_strip_accents(w) for w in words]
    slug = "-".join(p for p in (_NOT_SLUG.sub("-", w).strip("-") for w in ascii_ish) if p)
    slug = re.sub(r"-{2,}", "-", slug)
    return _truncate_slug(slug, max_bytes)


def _pinyin_words(text: str) -> list[str]:
    """Han runs as separate syllables so each one becomes a slug word (du-ren-lei ...)."""
    return [part for part in to_pinyin(text) if part.strip()]


def _strip_accents(text: str) -> str:
    """café -> cafe, but leave letters that have no ASCII base (ß, 日本) untouched."""
    decomposed = unicodedata.normalize("NFKD", text)
    out = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFKC", out)


def _truncate_slug(slug: str, max_bytes: int) -> str:
    if len(slug.encode("utf-8")) <= max_bytes:
        return slug
    cut = truncate_utf8(slug, max_bytes)
    # Prefer to cut at a word boundary when it keeps most of the slug.
    if "-" in cut and cut.rfind("-") > len(cut) // 2:
        cut = cut[: cut.rfind("-")]
    return cut.strip("-")


def truncate_utf8(text: str, max_bytes: int) -> str:
    """The longest prefix of ``text`` whose UTF-8 encoding fits in ``max_bytes``."""
    encoded = text.encode("utf-8", "surrogatepass")
    if len(encoded) <= max_bytes:
        return text
    return encoded[:max_bytes].decode("utf-8", "ignore")


def safe_slug(slug: str) -> str:
    """Make an already slug-shaped string safe as a file name stem on every platform."""
    slug = slug.strip(" .-")
    if slug.casefold() in _WINDOWS_RESERVED:
        slug = f"{slug}-post"
    return slug


def note_slug(
    title: str, note_id: int, user_slug: str | None = None, *, prefix: str = "note"
) -> str:
    """The user's ``--slug`` (sanitized) or the title's slug; ``note-<id>`` when empty."""
    slug = safe_slug(slugify(user_slug if user_slug is not None else title))
    return slug or f"{prefix}-{note_id}"


def safe_filename(title: str, fallback: str, *, suffix: str = ".md") -> str:
    """A readable file name from a title (Obsidian names notes by title): keeps Chinese and spaces.

    Characters no file system or Obsidian link accepts are replaced by spaces; the name never
    starts or ends with a dot or space, is never a reserved name and fits in 255 bytes.
    """
    name = unicodedata.normalize("NFC", title)
    name = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co"))
    name = _NOT_IN_NAME.sub(" ", name)
    name = re.sub(r"\s+", " ", name).strip(" .")
    limit = MAX_NAME_BYTES - len(suffix.encode("utf-8"))
    name = truncate_utf8(name, limit).rstrip(" .")
    if not name or _windows_device(name):
        name = fallback
    return name + suffix


def _windows_device(name: str) -> bool:
    """Windows opens a device for CON, ``NUL.txt`` and ``nul .txt`` alike: the part before the
    first dot, without trailing spaces, names it (as CPython's ntpath.isreserved reads it)."""
    return name.partition(".")[0].rstrip(" ").casefold() in _WINDOWS_RESERVED


def check_relative(relative: PurePosixPath) -> PurePosixPath:
    """Refuse a relative path that is absolute, climbs with ``..`` or has an unsafe part."""
    if relative.is_absolute() or not relative.parts:
        raise UserError("export path {path!r} is not inside the target folder", path=str(relative))
    for part in relative.parts:
        if part in ("", ".", "..") or "\x00" in part or "\\" in part or ":" in part:
            raise UserError(
                "export path {path!r} is not inside the target folder", path=str(relative)
            )
        if len(part.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES:
            raise UserError("export file name {name!r}... is longer than 255 bytes", name=part[:40])
    return relative


def contained(root: Path, relative: PurePosixPath) -> Path:
    """``root / relative``, refusing anything that would resolve outside ``root``."""
    check_relative(relative)
    base = root.resolve()
    target = (base / Path(*relative.parts)).resolve()
    if target == base or not target.is_relative_to(base):
        raise UserError(
            "export path {path!r} is not inside {folder}", path=str(relative), folder=base
        )
    return target
