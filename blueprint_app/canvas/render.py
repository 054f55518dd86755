"""Render a whole blueprint to PNG or SVG exactly as the canvas draws it, without a view or
a display (the offscreen platform is chosen when no display is available).

Outputs are written to a temporary file beside the target and moved into place, so a
failure never leaves a half-written file.
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from ..atomic_file import atomic_write
from ..model import Blueprint
from ..model.clean_text import clean_text, printable_copy

SCREEN_DPI = 96.0
MAX_PIXELS = 16384  # per side; larger images are refused with a message
_app = None


def ensure_app() -> QApplication:
    """The running QApplication, or a new one (offscreen when there is no display)."""
    global _app
    app = QApplication.instance()
    if app is None:
        if not os.environ.get("QT_QPA_PLATFORM") and not (
                os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = _app = QApplication([])
    elif not isinstance(app, QApplication):
        raise RuntimeError("canvas rendering needs a QApplication, not a QGuiApplication")
    return app


def _scene_for(bp: Blueprint):
    from .scene import BlueprintScene  # after the application exists
    ensure_app()
    scene = BlueprintScene(follow_palette=False)  # exports are always light
    # Images carry text that XML (SVG) cannot hold raw: draw a cleaned copy (model.clean_text).
    scene.set_blueprint(printable_copy(bp), None)
    return scene


def _clean_svg_file(tmp: str) -> None:
    """Whatever Qt wrote, the SVG must parse: drop characters XML 1.0 forbids."""
    with open(tmp, "rb") as handle:
        text = handle.read().decode("utf-8", "replace")
    cleaned = clean_text(text)
    if cleaned != text:
        with open(tmp, "wb") as handle:
            handle.write(cleaned.encode("utf-8"))


def _paint(scene, painter: QPainter, width: float, height: float) -> None:
    painter.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
    painter.fillRect(QRectF(0, 0, width, height), QColor("#ffffff"))
    scene.render(painter, QRectF(0, 0, width, height), scene.sceneRect(), Qt.KeepAspectRatio)


def render_png(bp: Blueprint, path: str | os.PathLike, scale: float = 1.0,
               dpi: float | None = None) -> tuple[int, int]:
    """Write the blueprint as a PNG; ``dpi`` (if given) overrides ``scale`` (96 dpi = 1.0).
    Returns the image size in pixels."""
    if dpi is not None:
        if dpi <= 0:
            raise ValueError(f"dpi must be positive, not {dpi}")
        scale = dpi / SCREEN_DPI
    if scale <= 0:
        raise ValueError(f"scale must be positive, not {scale}")
    scene = _scene_for(bp)
    rect = scene.sceneRect()
    width, height = round(rect.width() * scale), round(rect.height() * scale)
    if max(width, height) > MAX_PIXELS:
        raise ValueError(f"the image would be {width}x{height} pixels (at most {MAX_PIXELS} "
                         f"per side): choose a smaller scale")
    image = QImage(QSize(width, height), QImage.Format_ARGB32_Premultiplied)
    dots_per_metre = round(SCREEN_DPI * scale / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    _paint(scene, painter, width, height)
    painter.end()
    path = Path(path)

    def write(tmp: str) -> None:
        if not image.save(tmp, "PNG"):
            raise OSError(f"{path}: could not write the PNG image")
    atomic_write(path, write)
    scene.clear_blueprint()
    return width, height


def render_svg(bp: Blueprint, path: str | os.PathLike) -> tuple[int, int]:
    """Write the blueprint as an SVG (vector, text kept as text). Returns its size."""
    from PySide6.QtSvg import QSvgGenerator

    scene = _scene_for(bp)
    rect = scene.sceneRect()
    width, height = round(rect.width()), round(rect.height())
    path = Path(path)

    def write(tmp: str) -> None:
        generator = QSvgGenerator()
        generator.setFileName(tmp)
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRectF(0, 0, width, height))
        generator.setResolution(round(SCREEN_DPI))
        generator.setTitle(clean_text(bp.name))
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(f"{path}: could not write the SVG image")
        _paint(scene, painter, width, height)
        painter.end()
        _clean_svg_file(tmp)
    atomic_write(path, write)
    scene.clear_blueprint()
    return width, height
