"""Post layouts: one ``string.Template`` per format, packaged in ``resources/export/``.

A user overrides one by putting a file of the same name (``hugo.md``, ``jekyll.md``, ...) in the
``export-templates`` folder of their config folder. The variables are listed in docs/export.md
and in ``VARIABLES``; a ``$`` that is not one of them is left as written.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from string import Template

from readinglog.core.errors import UserError

USER_FOLDER = "export-templates"
VARIABLES = (
    "front_matter",  # the front matter with its fences, "" for plain
    "title",
    "slug",
    "date",  # RFC 3339, local offset
    "updated",
    "tags",  # comma-separated
    "summary",
    "metadata",  # entry facts as a Markdown list (entry posts), "" for a note
    "body",  # the Markdown body, ending in a newline: an entry's notes, then its highlights
    "notes",  # an entry's notes alone (a note's post: its body)
    "highlights",  # an entry's "Highlights" section alone, "" for a note or none
)


def resources_dir() -> Path:
    """``resources/`` of a source checkout, or ``_resources`` inside an installed wheel.

    (The same rule as ``readinglog.paths.package_data``, which export may not import.)
    """
    package = Path(__file__).resolve().parent.parent
    installed = package / "_resources"
    return installed if installed.is_dir() else package.parent.parent / "resources"


def load(format_name: str, user_config: Path | None = None) -> str:
    """The template text for ``format_name``: the user's override if present, else packaged."""
    if user_config is not None:
        custom = user_config / USER_FOLDER / f"{format_name}.md"
        if custom.is_file():
            try:
                return custom.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as error:
                raise UserError(
                    "cannot read export template {path}: {error}", path=custom, error=str(error)
                ) from None
    return (resources_dir() / "export" / f"{format_name}.md").read_text(encoding="utf-8")


def fill(template: str, values: Mapping[str, str]) -> str:
    """The template with its variables replaced; the text ends in exactly one newline."""
    text = Template(template).safe_substitute(values)
    return text.rstrip("\n") + "\n"
