"""Fusion style, light or dark following the system, and a CJK font fallback list.

Colours come from the palette when something is painted, never from a colour kept since a
widget was built: a theme switched at runtime (Preferences, or the system going dark) changes
the application palette, and whatever reads the palette at paint time follows. Dim text (counts,
labels, hints, snippets) is ``dim_color``: the text colour faded toward the background only as
far as WCAG's 4.5:1 allows, on both the window and the list background. ``apply`` puts that
colour in the palette's PlaceholderText role, so a label with ``setForegroundRole(
PlaceholderText)`` is dim and readable in both themes without any colour of its own."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

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
    palette = dark_palette() if is_dark(theme) else app.style().standardPalette()
    app.setPalette(readable(palette))
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
    """A red that reads well (4.5:1 or more) on the window and list backgrounds of
    ``palette``: call it when painting, or use ``mark_error``, which follows a theme switch."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    red = QColor(0xFF, 0x7B, 0x72) if dark else QColor(0xC0, 0x1C, 0x28)
    text = palette.color(QPalette.ColorRole.Text)
    backgrounds = _backgrounds(palette)
    amount = 0.0
    while amount < 1.0 and any(contrast(red, b) < MIN_CONTRAST for b in backgrounds):
        amount += 0.1
        red = mix(text, red, amount)
    return red


ERROR_PROPERTY = "readinglog_error"  # True on a widget ``mark_error`` colours


class _ErrorFollower(QObject):
    """Colours a marked widget's text again whenever its palette changes (a theme switch)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.PaletteChange
            and isinstance(watched, QWidget)
            and watched.property(ERROR_PROPERTY)
        ):
            _colour_error(watched)
        return False


_follower: _ErrorFollower | None = None


def mark_error(widget: QWidget, error: bool = True) -> None:
    """Show ``widget``'s text (a label's, a line edit's) in the error colour of its palette,
    kept readable when the theme changes while it shows; ``error=False`` gives it back the
    normal colours. Use it instead of a style sheet with a colour in it: such a colour stays
    what it was when the sheet was set."""
    global _follower
    if _follower is None:
        _follower = _ErrorFollower(QCoreApplication.instance())
    widget.setProperty(ERROR_PROPERTY, error)
    if error:
        widget.installEventFilter(_follower)
        _colour_error(widget)
    else:
        widget.removeEventFilter(_follower)
        widget.setPalette(QPalette())  # nothing of its own: all from its parent again


def _colour_error(widget: QWidget) -> None:
    palette = widget.palette()
    red = error_color(palette)
    if (
        palette.color(QPalette.ColorRole.WindowText)
        == red
        == palette.color(QPalette.ColorRole.Text)
    ):
        return  # already: setting it again would send another PaletteChange
    palette.setColor(QPalette.ColorRole.WindowText, red)
    palette.setColor(QPalette.ColorRole.Text, red)
    widget.setPalette(palette)


MIN_CONTRAST = 4.5  # WCAG AA for text
DIM_CONTRAST = 5.0  # dim text keeps a margin above it (anti-aliased small type looks fainter)


def luminance(color: QColor) -> float:
    """WCAG relative luminance of an opaque colour (0 black .. 1 white)."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(color.red())
        + 0.7152 * linear(color.green())
        + 0.0722 * linear(color.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def mix(fg: QColor, bg: QColor, amount: float) -> QColor:
    """``amount`` of ``fg`` over ``bg`` (opaque: rich text and style sheets drop alpha)."""
    return QColor(
        round(fg.red() * amount + bg.red() * (1 - amount)),
        round(fg.green() * amount + bg.green() * (1 - amount)),
        round(fg.blue() * amount + bg.blue() * (1 - amount)),
    )


def _backgrounds(palette: QPalette) -> list[QColor]:
    roles = (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase)
    return [palette.color(role) for role in roles]


def readable_fade(palette: QPalette, amount: float, least: float = DIM_CONTRAST) -> QColor:
    """The text colour faded toward the list background by ``amount`` (0..1 of the text),
    or less faded where that would read below ``least``:1 on the window, list or alternate
    row background."""
    fg = palette.color(QPalette.ColorRole.Text).rgb()
    backgrounds = tuple(color.rgb() for color in _backgrounds(palette))
    return QColor.fromRgb(_fade(fg, backgrounds, amount, least))


@lru_cache(maxsize=64)
def _fade(fg_rgb: int, backgrounds: tuple[int, ...], amount: float, least: float) -> int:
    """(Cached: delegates ask for it for every row they paint.)"""
    fg = QColor.fromRgb(fg_rgb)
    bgs = [QColor.fromRgb(rgb) for rgb in backgrounds]
    while amount < 1.0:
        color = mix(fg, bgs[1], amount)
        if all(contrast(color, b) >= least for b in bgs):
            return color.rgb()
        amount += 0.02
    return fg.rgb()


def dim_color(palette: QPalette) -> QColor:
    """Secondary text (counts, field labels, hints, headings of groups): as faint as reads
    well in ``palette`` (call it when painting: it follows a theme switch)."""
    return readable_fade(palette, 0.45)


def track_color(palette: QPalette) -> QColor:
    """The empty part of a progress bar: the text faded far toward the list background."""
    return mix(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.2)


def readable(palette: QPalette) -> QPalette:
    """``palette`` made readable: its PlaceholderText role set to ``dim_color`` (Fusion's light
    one is black at half alpha: about 3.9:1 on white, 3.4:1 on the window grey), and its
    selection colour deepened (or lightened) until the selected text on it reads at 4.5:1 or
    more (Fusion's light blue under white text: 3.7:1)."""
    out = QPalette(palette)
    dim = dim_color(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        out.setColor(group, QPalette.ColorRole.PlaceholderText, dim)
        text = palette.color(group, QPalette.ColorRole.HighlightedText)
        toward = QColor(0, 0, 0) if luminance(text) > 0.5 else QColor(255, 255, 255)
        highlight = palette.color(group, QPalette.ColorRole.Highlight)
        amount = 0.0
        base = highlight
        while contrast(highlight, text) < DIM_CONTRAST and amount < 1.0:
            amount += 0.05
            highlight = mix(toward, base, amount)
        out.setColor(group, QPalette.ColorRole.Highlight, highlight)
    return out


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
    """Text colour faded toward the base colour, never below ``DIM_CONTRAST``: an opaque dim
    colour (rich text and style sheets drop the alpha of the palette's placeholder colour)."""
    return readable_fade(palette, amount)
