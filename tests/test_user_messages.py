"""Core's sentences are templates in the catalogs: none left out, none unfinished.

``core/errors.py`` says how a sentence is written; ``scripts/user_messages.py`` collects the
templates of each package in ``scripts/translations.py``'s MESSAGE_ROOMS into
``resources/translations/<package>_<lang>.ts``. These tests fail when a sentence is built in a
way no catalog can hold (an f-string), when a template and its values disagree, when a catalog
is behind its sources or has an unfinished entry, or when a translation loses a placeholder.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from readinglog.core.errors import InvalidInput, Message, NotFound, UserError
from tests.gui.chinese import translations_script

script = translations_script()
user_messages = script.user_messages
PACKAGES = sorted(script.MESSAGE_ROOMS)


def _entries(ts: Path) -> dict[str, ET.Element]:
    return {m.findtext("source", ""): m for m in ET.parse(ts).getroot().iter("message")}


@pytest.mark.parametrize("package", PACKAGES)
def test_every_sentence_is_a_literal_template(package: str) -> None:
    files = script.room_files(package)
    assert not user_messages.unmarked(files), "write the sentence as a template with values"


@pytest.mark.parametrize("package", PACKAGES)
def test_every_template_gets_its_values(package: str) -> None:
    assert not user_messages.mismatched(script.room_files(package))


@pytest.mark.parametrize("language", script.LANGUAGES)
@pytest.mark.parametrize("package", PACKAGES)
def test_the_catalog_holds_every_template_translated(package: str, language: str) -> None:
    committed = script.catalog(package, language)
    assert committed.is_file(), f"run scripts/translations.py update {package}"
    wanted = {t.text for t in user_messages.templates(script.room_files(package))}
    entries = _entries(committed)
    assert sorted(wanted - entries.keys()) == [], f"scripts/translations.py update {package}"
    assert sorted(entries.keys() - wanted) == [], f"scripts/translations.py update {package}"
    unfinished = [s for s, m in entries.items() if not script.finished(m)]
    assert unfinished == [], f"untranslated in {committed.name}"
    for source, message in entries.items():
        translation = message.findtext("translation", "")
        assert user_messages.placeholders(translation) == user_messages.placeholders(source), (
            f"{committed.name}: {translation!r} does not keep the placeholders of {source!r}"
        )
        if language == "zh_TW":
            assert "“" not in translation and "”" not in translation, translation


def test_the_english_sentence_is_the_template_filled() -> None:
    error = NotFound("no note with id {id}", id=7)
    assert str(error) == error.message == "no note with id 7"
    assert error.said.template == "no note with id {id}" and dict(error.said.values) == {"id": 7}
    inner = InvalidInput("{raw!r} is not a date", raw="2024-13-01")
    outer = UserError("line {line}: {reason}", line=3, reason=inner)
    assert str(outer) == "line 3: '2024-13-01' is not a date"
    assert str(Message("{count:,} entries", count=12345)) == "12,345 entries"


def test_a_sentence_without_values_keeps_its_braces() -> None:
    assert str(UserError("a tag like {{< x >}} is shown as written")) != ""
    assert UserError("no {placeholder} here").message == "no {placeholder} here"


def test_the_checks_find_what_they_must(tmp_path: Path) -> None:
    source = tmp_path / "bad.py"
    source.write_text(
        "from readinglog.core.errors import NotFound, InvalidInput\n"
        "class Gone(NotFound):\n    pass\n"
        "def f(x):\n"
        "    raise Gone(f'no note {x}')\n"
        "def g(x):\n"
        "    raise InvalidInput('{x} is not a date: {why}', x=x)\n"
        "def h(x):\n"
        "    raise InvalidInput('{x} is fine', x=x)\n",
        encoding="utf-8",
    )
    names = user_messages.family([source])
    assert "Gone" in names
    assert [line.split(": ", 1)[1] for line in user_messages.unmarked([source], names)] == [
        "Gone(f'no note {x}')"
    ]
    assert len(user_messages.mismatched([source], names)) == 1
    found = [t.text for t in user_messages.templates([source], names)]
    assert found == ["{x} is not a date: {why}", "{x} is fine"]
    assert not user_messages.translatable("{reason}") and user_messages.translatable("{x} gone")
    assert user_messages.placeholders("{a!r} and {b:,} {{c}}") == ["{a!r}", "{b:,}"]
