"""An entry's cover beside its facts in the detail pane, with "Choose cover…" and "Remove cover".

The picture is a thumbnail kept in the cache folder (``core.covers.thumbnail_path``: one per
image, whichever entries share it). It is made once, on a worker (``LatestOnly``: moving down
the list asks only for the newest entry's), by ``widgets.thumbnails.make_thumbnail`` (which the
list's Cover column shares): ``QImageReader`` scaled while it decodes; it is
made again whenever it is missing or cannot be read, as derived data is. The GUI thread only
loads the small PNG.

The two buttons write through the window's write path: ``write_requested`` carries the work
(a function of a session returning ``Changes``) to ``MainWindow.write``, which commits it,
reports a refusal in one sentence and tells every view what changed (this view too).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from readinglog.core import covers, fields
from readinglog.core.library import Library
from readinglog.core.types import Changes, ItemView
from readinglog.gui.runtime import theme
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP
from readinglog.gui.runtime.worker import LatestOnly
from readinglog.gui.widgets.thumbnails import make_thumbnail
from readinglog.paths import AppPaths

THUMB = 112  # pixels on the thumbnail's longer side (and the width of the cover's column)
MARGIN = 6  # pixels right of the column (the window's edge)
IMAGE_FILTER = QT_TRANSLATE_NOOP(
    "CoverView", "Images (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)"
)


def _chosen_cover(paths: AppPaths, item_id: int, path: Path, s: Session) -> Changes:
    covers.from_file(s, paths, item_id, path)
    return Changes(items=frozenset({item_id}))


class CoverView(QWidget):
    """The cover of the entry shown (kinds that have one), or a button to choose one."""

    write_requested = Signal(object)  # Callable[[Session], Changes], for the window's write

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cover_view")
        self._library = library
        self._item_id: int | None = None
        self._key: tuple[int, str] | None = None  # (entry, cover_path) whose picture is due
        self._tried_again = False
        self.image = QLabel(self)
        self.image.setObjectName("cover_image")
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.note = QLabel(self)
        self.note.setObjectName("cover_note")
        self.note.setWordWrap(True)
        self.choose = QPushButton(self.tr("Choose cover…"), self)
        self.choose.setObjectName("choose_cover")
        self.choose.setToolTip(
            self.tr("Use an image file on this computer as the cover (it is copied)")
        )
        self.choose.clicked.connect(self.choose_cover)
        self.remove = QPushButton(self.tr("Remove cover"), self)
        self.remove.setObjectName("remove_cover")
        self.remove.setToolTip(self.tr("Take the cover off this entry"))
        self.remove.clicked.connect(self.remove_cover)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, MARGIN, 0)
        layout.setSpacing(4)
        layout.addWidget(self.image)
        layout.addWidget(self.note)
        layout.addWidget(self.choose)
        layout.addWidget(self.remove)
        layout.addStretch(1)
        self.setFixedWidth(THUMB + MARGIN)
        self._thumbnails = LatestOnly("cover_thumbnails", parent=self)
        self._thumbnails.answered.connect(self._on_thumbnails_answered)

    # -- what is shown -------------------------------------------------------------------

    def show_item(self, view: ItemView) -> None:
        """Show ``view``'s cover (its thumbnail at once when it is made, else soon)."""
        self._item_id = view.id
        if view.kind not in fields.spec("cover").kinds:
            self._key = None
            self.hide()
            return
        self.show()
        cover_path = view.fields.get("cover")
        cover_path = cover_path if isinstance(cover_path, str) and cover_path else None
        self.remove.setVisible(cover_path is not None)
        self.image.setAccessibleName(self.tr("Cover of {title}").format(title=view.title))
        self._set_note("")
        if cover_path is None:
            self._key = None
            self.image.clear()
            self.image.hide()
            return
        key = (view.id, cover_path)
        if key != self._key:
            self._tried_again = False
        self._key = key
        self._load(cover_path)

    def _load(self, cover_path: str) -> None:
        paths = self._library.paths
        source = covers.resolve(paths, cover_path)
        thumb = covers.thumbnail_path(paths, cover_path, THUMB)
        if source is None or thumb is None:
            self._no_picture(self.tr("The cover file is missing: {path}").format(path=cover_path))
            return
        if thumb.is_file() and self._show_picture(thumb):
            return
        key = self._key
        self._thumbnails.request(partial(_thumbnail_answer, key, source, thumb))

    def _show_picture(self, thumb: Path) -> bool:
        pixmap = QPixmap(str(thumb))
        if pixmap.isNull():
            return False
        self.image.setPixmap(pixmap)
        self.image.show()
        return True

    def _no_picture(self, text: str) -> None:
        self.image.clear()
        self.image.hide()
        self._set_note(text)

    def _set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))
        if text:
            theme.mark_error(self.note)

    def _on_thumbnails_answered(self, answer: object) -> None:
        if not isinstance(answer, tuple) or answer[0] != self._key or self._key is None:
            return  # another entry by now, or the call failed (logged)
        made, why = answer[1], str(answer[2])
        if made is not None and self._show_picture(Path(made)):
            return
        if made is not None and not self._tried_again:  # saved but unreadable: once more
            self._tried_again = True
            Path(made).unlink(missing_ok=True)
            self._load(self._key[1])
            return
        self._no_picture(why)

    # -- choosing and removing -------------------------------------------------------------

    def choose_cover(self) -> None:
        if self._item_id is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a cover"),
            str(Path.home()),
            QCoreApplication.translate("CoverView", IMAGE_FILTER),
        )
        if name:
            item_id = self._item_id
            self.write_requested.emit(
                partial(_chosen_cover, self._library.paths, item_id, Path(name))
            )

    def remove_cover(self) -> None:
        if self._item_id is not None:
            self.write_requested.emit(partial(covers.remove, item_id=self._item_id))

    def wait(self, msecs: int = -1) -> bool:
        """Let a thumbnail being made finish (tests, closing)."""
        return self._thumbnails.wait(msecs)


Answer = tuple[tuple[int, str] | None, str | None, str]  # key, thumbnail, why there is none


def _thumbnail_answer(key: tuple[int, str] | None, source: Path, thumb: Path) -> Answer:
    try:
        why = QCoreApplication.translate("CoverView", "The cover image cannot be read.")
        return key, make_thumbnail(source, thumb, THUMB), why
    except OSError as error:  # a full disk, a cache folder that cannot be written
        # (QCoreApplication.translate is thread-safe)
        why = QCoreApplication.translate(
            "CoverView", "No thumbnail: {folder} cannot be written ({why})."
        )
        return key, None, why.format(folder=thumb.parent, why=error.strerror)
