"""The committed hicolor PNGs are the SVG rendered at each size (scripts/render_icons.py):
a changed SVG without new PNGs fails here."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
# Antialiasing may differ by a step or two between Qt versions; a changed drawing moves far more.
MEAN_TOLERANCE = 2.0


def _render_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("render_icons", ROOT / "scripts/render_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


RENDER = _render_icons()


def _mean_difference(a: QImage, b: QImage) -> float:
    a = a.convertToFormat(QImage.Format.Format_RGBA8888)
    b = b.convertToFormat(QImage.Format.Format_RGBA8888)
    assert (a.width(), a.height()) == (b.width(), b.height())
    first, second = bytes(a.constBits()), bytes(b.constBits())
    return sum(abs(x - y) for x, y in zip(first, second, strict=True)) / len(first)


@pytest.mark.parametrize("size", RENDER.SIZES)
def test_committed_png_is_the_svg_at_its_size(qapp: object, size: int) -> None:
    committed = QImage(str(RENDER.png_path(size)))
    assert not committed.isNull(), f"{RENDER.png_path(size)} is missing: run the script"
    assert (committed.width(), committed.height()) == (size, size)
    fresh = RENDER.render(RENDER.SVG.read_bytes(), size)
    assert _mean_difference(committed, fresh) <= MEAN_TOLERANCE


def test_a_changed_drawing_is_noticed(qapp: object) -> None:
    svg = RENDER.SVG.read_bytes().replace(b"#2f6f5e", b"#6f2f5e")
    committed = QImage(str(RENDER.png_path(64)))
    assert _mean_difference(committed, RENDER.render(svg, 64)) > MEAN_TOLERANCE
