"""The window's language: Preferences' ``language`` setting, else the system locale.

English is the source language: an English window loads nothing (no translator, no file read).
For Chinese, Qt's own strings (``qtbase_<lang>.qm`` from PySide6: message-box buttons, a line
edit's context menu, file dialogs) and ours (``resources/translations/readinglog_<lang>.qm``,
built from the rooms' ``.ts`` by ``scripts/translations.py build``) are installed, and
``QLocale.setDefault`` makes dates and numbers follow. The language applies at start-up only
(Preferences says so): widgets made before a translator is installed keep their text.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from readinglog.core import errors
from readinglog.core.errors import Message, Said, UserError
from readinglog.paths import package_data

log = logging.getLogger(__name__)

SYSTEM = "system"
ENGLISH = "en"
SIMPLIFIED = "zh_CN"
TRADITIONAL = "zh_TW"
LANGUAGES = (SYSTEM, ENGLISH, SIMPLIFIED, TRADITIONAL)  # the setting's values, in menu order
CATALOG = "readinglog"  # readinglog_zh_CN.qm: every room's catalog for one language
# Traditional characters: the script says so, else these places write them.
TRADITIONAL_SCRIPTS = frozenset({"hant"})
TRADITIONAL_PLACES = frozenset({"tw", "hk", "mo"})
_installed = ENGLISH  # the language ``install`` chose (English until it runs)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalogs (in ``context``) where it is defined; translate it where it
    is shown (``QCoreApplication.translate(context, text)``). Qt's own returns ``object`` in
    PySide6's stubs; this one is typed."""
    del context
    return text


def language_for(locale_name: str) -> str:
    """Our language for a locale name as Qt or POSIX writes it (``zh_HK``, ``zh-Hant-SG``,
    ``zh_CN.UTF-8``): Traditional Chinese for the Hant script or Taiwan, Hong Kong and Macau;
    Simplified for any other Chinese (``zh``, ``zh_SG``, ``zh-Hans-HK``); English otherwise."""
    name = locale_name.split(".")[0].split("@")[0].replace("-", "_").lower()
    parts = name.split("_")
    if parts[0] != "zh":
        return ENGLISH
    rest = parts[1:]
    if "hans" in rest:
        return SIMPLIFIED
    if TRADITIONAL_SCRIPTS.intersection(rest) or TRADITIONAL_PLACES.intersection(rest):
        return TRADITIONAL
    return SIMPLIFIED


def system_language(locale: QLocale | None = None) -> str:
    """The language the system locale asks for: its first UI language (``zh-Hant-HK``)."""
    locale = locale if locale is not None else QLocale.system()
    names = list(locale.uiLanguages()) or [locale.name()]
    return language_for(names[0])


def chosen_language(setting: str, locale: QLocale | None = None) -> str:
    """``en``, ``zh_CN`` or ``zh_TW``: the setting unless it is ``system`` (or unknown)."""
    if setting in LANGUAGES and setting != SYSTEM:
        return setting
    return system_language(locale)


def numerus(n: int, one: str, many: str) -> str:
    """``one`` for 1, else ``many``: both already translated with ``n`` (Qt's numerus,
    ``self.tr("%Ln entry", "", n)`` and ``self.tr("%Ln entries", "", n)``). English, the source,
    has no catalog loaded, so it picks its singular here; a catalog gives each its forms
    (Chinese: one form for both)."""
    return one if n == 1 else many


def current_language() -> str:
    """``en``, ``zh_CN`` or ``zh_TW``: what ``install`` chose at start-up (``en`` before it).
    Chinese only while the default locale it set is still in place (undoing ``install``
    restores the locale, as the tests do)."""
    if _installed != ENGLISH and QLocale().name() != _installed:
        return ENGLISH
    return _installed


def is_chinese() -> bool:
    """Whether the window speaks Chinese (for text made outside Qt's catalogs, such as
    ``readinglog.stats.charts``' ``lang="zh"`` labels)."""
    return current_language() in (SIMPLIFIED, TRADITIONAL)


def labels_language() -> Literal["en", "zh"]:
    """The ``lang`` of the labels ``readinglog.stats`` makes itself: ``zh`` when the window
    speaks Chinese, else ``en``."""
    return "zh" if is_chinese() else "en"


def translations_folder() -> Path:
    """Where the built ``.qm`` files are: inside the package in a wheel, in
    ``resources/translations`` in a checkout (``scripts/translations.py build``)."""
    return package_data("resources") / "translations"


def install(
    app: QCoreApplication, setting: str, locale: QLocale | None = None
) -> list[QTranslator]:
    """Install the translators of the chosen language; return them (``removeTranslator``
    undoes it). English (the source) installs nothing and leaves the default locale alone."""
    global _installed
    language = _installed = chosen_language(setting, locale)
    installed: list[QTranslator] = []
    if language == ENGLISH:
        return installed
    QLocale.setDefault(QLocale(language))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_folder), (f"{CATALOG}_{language}", "")):
        translator = QTranslator(app)  # a child of the app: it lives as long as the app
        where = folder or str(translations_folder())
        if translator.load(name, where):
            app.installTranslator(translator)
            installed.append(translator)
        else:  # a checkout without ``scripts/translations.py build``: English, but say so
            log.warning("no translations %s in %s: those strings stay English", name, where)
    return installed


# A mnemonic written after the text, as Chinese and Japanese menus do: 文件(&F), 导出(&E)…
MNEMONIC_SUFFIX = re.compile(r"\s*\(&[^&\s]\)")


def plain(text: str) -> str:
    """A menu text without its mnemonic and ellipsis: ``&Import…`` -> ``Import``, and the
    Chinese way of writing it, ``导入(&I)…`` -> ``导入``."""
    text = MNEMONIC_SUFFIX.sub("", text.replace("&&", "\0"))
    return text.replace("&", "").replace("\0", "&").rstrip("…")


def full_sentence(text: str) -> str:
    """``text`` shown as a sentence of its own: a capital first letter, and a full stop when it
    ends in none (``。`` for a Chinese sentence in a Chinese window, else ``.``)."""
    text = text[:1].upper() + text[1:]
    if not text or text.endswith((".", "。", "！", "？", "!", "?")):
        return text
    return text + ("。" if is_chinese() and _HAN.search(text) else ".")


_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def said(error: BaseException | Message | str) -> str:
    """The sentence of a ``UserError`` (or a ``Message``) in the window's language.

    Core writes its sentences as templates (``core/errors.py``); the template is looked up in
    the catalogs under ``UserError`` and filled with the same values, a value that is itself a
    sentence translated too. A template of no words (``"{source}: {reason}"``, sentences joined
    by ``"; "``: no catalog holds it) is filled as written, its sentences translated. English,
    an untranslated template or a translation that does not fit its values gives the English
    sentence. A ``Said`` (a ``str`` that keeps its ``Message``) is translated as that; any
    other exception or ``str``: its ``str``."""
    if isinstance(error, (UserError, Said)):
        error = error.said
    if not isinstance(error, Message):
        return str(error)
    template = QCoreApplication.translate(errors.CONTEXT, error.template)
    if template == error.template and errors.has_words(template):
        return str(error)
    values = {
        name: said(value) if isinstance(value, (UserError, Message, Said)) else value
        for name, value in error.values.items()
    }
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a catalog's slip: English rather than nothing
        log.warning("the translation of %r does not fit its values", error.template)
        return str(error)
