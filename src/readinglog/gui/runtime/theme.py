"""Fusion style, light or dark following the system, and a CJK font fallback list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

# Simplified-Chinese faces first so unified Han characters take their mainland forms.
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "PingFang SC",
    "Microsoft YaHei",
)
THEMES = ("system", "light", "dark")


def is_dark(theme: str) -> bool:
    """Whether ``theme`` (system, light, dark) means dark right now."""
    if theme in ("light", "dark"):
        return theme == "dark"
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply(app: QApplication, theme: str = "system") -> None:
    """Style, palette and font for the whole application (call again when the theme changes)."""
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(dark_palette() if is_dark(theme) else app.style().standardPalette())
    font = app.font()
    families = list(dict.fromkeys([*font.families(), *CJK_FAMILIES]))
    if font.families() != families:
        font.setFamilies(families)
        app.setFont(font)


def follow_system(app: QApplication, theme_of: Callable[[], str]) -> None:
    """Re-apply the theme when the system switches light/dark (only while it is "system")."""

    def on_change(_scheme: Qt.ColorScheme) -> None:
        if theme_of() == "system":
            apply(app, "system")

    QGuiApplication.styleHints().colorSchemeChanged.connect(on_change)


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = (
        QColor(0x2B, 0x2D, 0x30),
        QColor(0x1E, 0x1F, 0x22),
        QColor(0xDF, 0xE1, 0xE5),
    )
    dim = QColor(0x8C, 0x90, 0x96)
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor(0x26, 0x28, 0x2B),
        QPalette.ColorRole.ToolTipBase: window,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: dim,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor(0x35, 0x37, 0x3B),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor(0xFF, 0x6B, 0x6B),
        QPalette.ColorRole.Light: QColor(0x45, 0x48, 0x4D),
        QPalette.ColorRole.Midlight: QColor(0x3A, 0x3C, 0x40),
        QPalette.ColorRole.Mid: QColor(0x30, 0x32, 0x36),
        QPalette.ColorRole.Dark: QColor(0x1A, 0x1B, 0x1E),
        QPalette.ColorRole.Shadow: QColor(0x10, 0x10, 0x12),
        QPalette.ColorRole.Highlight: QColor(0x2F, 0x65, 0xCA),
        QPalette.ColorRole.HighlightedText: QColor(0xFF, 0xFF, 0xFF),
        QPalette.ColorRole.Link: QColor(0x6C, 0xA8, 0xFF),
        QPalette.ColorRole.LinkVisited: QColor(0xB0, 0x8C, 0xFF),
    }
    for role, color in roles.items():
        p.setColor(role, color)
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(disabled, role, dim)
    p.setColor(disabled, QPalette.ColorRole.Highlight, QColor(0x44, 0x47, 0x4C))
    return p


def error_color(palette: QPalette) -> QColor:
    """A red that reads well on the window background of ``palette``."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor(0xFF, 0x7B, 0x72) if dark else QColor(0xC0, 0x1C, 0x28)


def dim_color(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.PlaceholderText)


def heading_font(base: QFont, scale: float = 1.0) -> QFont:
    font = QFont(base)
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    return font


def mark_colors(palette: QPalette) -> tuple[QColor, QColor]:
    """Background and text of a matched word in search results, for ``palette``."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    if dark:
        return QColor(0x6E, 0x5A, 0x12), QColor(0xFF, 0xF4, 0xCC)
    return QColor(0xFF, 0xE4, 0x7A), QColor(0x1A, 0x1A, 0x1A)


def faded_text(palette: QPalette, amount: float = 0.6) -> QColor:
    """Text colour faded toward the base colour: an opaque dim colour (rich text and style
    sheets drop the alpha of the palette's placeholder colour)."""
    fg = palette.color(QPalette.ColorRole.Text)
    bg = palette.color(QPalette.ColorRole.Base)
    return QColor(
        round(fg.red() * amount + bg.red() * (1 - amount)),
        round(fg.green() * amount + bg.green() * (1 - amount)),
        round(fg.blue() * amount + bg.blue() * (1 - amount)),
    )
