"""The entry dialog: add an entry of any kind, or edit one.

The kind-specific part of the form is built from ``fields.FIELDS`` (a field appears when its
``kinds`` include the entry's kind) and the people rows from ``fields.ROLES``; there is no
hand-written form per kind. Each value is parsed with the field's own parser when the user
presses OK; a bad value shows that parser's sentence in red under the field and the dialog
stays open with everything typed still there.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from readinglog.core import covers, fields, repository, services, values
from readinglog.core.errors import UserError
from readinglog.core.fields import FieldSpec
from readinglog.core.library import Library
from readinglog.core.types import (
    PARENT_KINDS,
    Changes,
    ItemKind,
    ItemView,
    Person,
    Role,
    Status,
)
from readinglog.gui.lists.table_models import STATUS_LABELS, kind_label
from readinglog.gui.runtime import i18n
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP
from readinglog.gui.widgets.form_fields import (
    CHOICES,
    MAIN_FIELDS,
    FieldBox,
    error_label,
    field_label,
    field_text,
    line_edit,
    line_of,
    ok_cancel,
    show_errors,
    split_names,
    text_of,
)
from readinglog.gui.widgets.rating_widget import RatingWidget
from readinglog.gui.widgets.tag_edit import ItemCompleter, TagEdit, find_items

if TYPE_CHECKING:
    from readinglog.gui.dialogs.lookup_dialog import Chosen

# The people rows' labels, one per core Role (``Role.value.capitalize() + "s"`` in English;
# tests/gui/test_translations_dialogs.py checks them against core's roles)
ROLE_ROWS = {
    Role.AUTHOR: QT_TRANSLATE_NOOP("ItemDialog", "Authors"),
    Role.TRANSLATOR: QT_TRANSLATE_NOOP("ItemDialog", "Translators"),
    Role.EDITOR: QT_TRANSLATE_NOOP("ItemDialog", "Editors"),
    Role.NARRATOR: QT_TRANSLATE_NOOP("ItemDialog", "Narrators"),
    Role.HOST: QT_TRANSLATE_NOOP("ItemDialog", "Hosts"),
    Role.GUEST: QT_TRANSLATE_NOOP("ItemDialog", "Guests"),
    Role.INSTRUCTOR: QT_TRANSLATE_NOOP("ItemDialog", "Instructors"),
    Role.SPEAKER: QT_TRANSLATE_NOOP("ItemDialog", "Speakers"),
}
# core's FieldSpec.help, the placeholder and tooltip of each field (checked against core)
FIELD_HELP = {
    "original_title": QT_TRANSLATE_NOOP("FieldHelp", "title in the original language"),
    "rating": QT_TRANSLATE_NOOP("FieldHelp", "0 to 5 in quarter steps"),
    "language": QT_TRANSLATE_NOOP("FieldHelp", "language code, e.g. zh or en"),
    "url": QT_TRANSLATE_NOOP("FieldHelp", "web page (episode, video, article or course URL)"),
    "summary": QT_TRANSLATE_NOOP("FieldHelp", "a short description"),
    "time_spent": QT_TRANSLATE_NOOP("FieldHelp", "total time spent (1h30m, 90)"),
    "subtitle": QT_TRANSLATE_NOOP("FieldHelp", "the book's subtitle"),
    "isbn": QT_TRANSLATE_NOOP("FieldHelp", "ISBN-10 or ISBN-13"),
    "publisher": QT_TRANSLATE_NOOP("FieldHelp", "publisher"),
    "year": QT_TRANSLATE_NOOP("FieldHelp", "year published"),
    "pages": QT_TRANSLATE_NOOP("FieldHelp", "number of pages"),
    "format": QT_TRANSLATE_NOOP("FieldHelp", "paper, ebook or audio"),
    "cover": QT_TRANSLATE_NOOP("FieldHelp", "path of a cover image"),
    "feed_url": QT_TRANSLATE_NOOP("FieldHelp", "RSS feed URL"),
    "episode_number": QT_TRANSLATE_NOOP("FieldHelp", "episode number"),
    "duration": QT_TRANSLATE_NOOP("FieldHelp", "length (1:02:03, 45m)"),
    "published": QT_TRANSLATE_NOOP("FieldHelp", "date published"),
    "channel": QT_TRANSLATE_NOOP("FieldHelp", "channel or event"),
    "site": QT_TRANSLATE_NOOP("FieldHelp", "web site or publication"),
    "platform": QT_TRANSLATE_NOOP("FieldHelp", "provider or platform"),
    "certificate_date": QT_TRANSLATE_NOOP("FieldHelp", "date of the certificate"),
    "certificate_id": QT_TRANSLATE_NOOP("FieldHelp", "certificate id"),
    "certificate_url": QT_TRANSLATE_NOOP("FieldHelp", "certificate URL"),
    "certificate_cost": QT_TRANSLATE_NOOP("FieldHelp", "what it cost, e.g. 49 USD"),
}


def field_help(spec: FieldSpec) -> str:
    """A field's help in the window's language (core's own text for a field not listed)."""
    help_text = FIELD_HELP.get(spec.name)
    return QCoreApplication.translate("FieldHelp", help_text) if help_text else spec.help


def capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


class ItemDialog(QDialog):
    """Add an entry (``kind`` given) or edit one (``item_id`` given).

    After ``exec()`` returns Accepted: ``changes`` (what the write changed) and ``item_id``.
    """

    def __init__(
        self,
        library: Library,
        *,
        kind: ItemKind | None = None,
        item_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self.changes = Changes()
        self.item_id: int = item_id or 0
        self._view: ItemView | None = None
        if item_id is not None:
            with library.sessions() as s:
                self._view = repository.item_view(s, item_id)
            kind = self._view.kind
        self._kind = kind or ItemKind.BOOK
        # The parent picked from the list (or stored), and the title it was shown with.
        self._parent: tuple[int, str] | None = None
        if self._view is not None and self._view.parent_id is not None:
            self._parent = (self._view.parent_id, self._view.parent_title or "")
        self._boxes: dict[str, FieldBox] = {}
        self._original: dict[str, str] = {}
        self._people: dict[Role, FieldBox] = {}
        self._cover: tuple[bytes, str] | None = None  # a looked-up cover, kept on OK
        self._build()
        self._rebuild_for_kind()
        if self._view is not None:
            self._fill(self._view)
        if self._view is not None:
            title = self.tr("Edit {kind}: {title}")
            self.setWindowTitle(title.format(kind=kind_label(self._kind), title=self._view.title))
        else:
            self.setWindowTitle(self.tr("Add an entry"))
        self.setMinimumWidth(820)
        self.title.setFocus()

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.kind_choice = QComboBox()
        self.kind_choice.setAccessibleName(self.tr("Kind of entry"))
        for kind in ItemKind:
            self.kind_choice.addItem(capitalized(kind_label(kind)), kind.value)
        self.kind_choice.setCurrentIndex(list(ItemKind).index(self._kind))
        self.kind_choice.setEnabled(self._view is None)
        self.kind_choice.currentIndexChanged.connect(self._on_kind_choice_changed)
        self.title = line_edit(self.tr("title as you want to see it (人类简史, Sapiens)"))
        self.title.setAccessibleName(self.tr("Title"))
        self.title_box = FieldBox(self.title)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for status in Status:
            label = QCoreApplication.translate("Status", STATUS_LABELS[status])
            self.status.addItem(label, status.value)
        self.tags = TagEdit()
        with self._library.sessions() as s:
            self.tags.set_known_tags([name for name, _ in repository.tag_counts(s)])
        self.parent_edit = line_edit(self.tr("type to find it by title"))
        self.parent_edit.textEdited.connect(self._on_parent_edit_text_edited)
        self.parent_box = FieldBox(self.parent_edit)
        self.parent_completer = ItemCompleter(self._library, self.parent_edit)
        self.parent_completer.picked.connect(self._on_parent_completer_picked)

        self.main_form = QFormLayout()
        self.main_form.addRow(self.tr("&Kind:"), self.kind_choice)
        self.main_form.addRow(self.tr("&Title:"), self.title_box)
        self.main_form.addRow(self.tr("&Status:"), self.status)
        self.main_form.addRow(self.tr("Ta&gs:"), self.tags)
        self.main_form.addRow(self.tr("&Part of:"), self.parent_box)
        self.details_form = QFormLayout()
        columns = QHBoxLayout()
        columns.addLayout(self.main_form, 1)
        columns.addSpacing(12)
        columns.addLayout(self.details_form, 1)
        self.general_error = error_label()
        self.buttons = ok_cancel(self)
        self.look_up = self.buttons.addButton(
            self.tr("&Look up…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.look_up.setObjectName("look_up")
        self.look_up.setToolTip(
            self.tr("Find this book's details and cover online by ISBN or title")
        )
        self.look_up.setAutoDefault(False)
        self.look_up.clicked.connect(self.open_lookup)
        self.filled = QLabel()
        self.filled.setObjectName("lookup_filled")
        self.filled.setWordWrap(True)
        self.filled.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.filled)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def _on_kind_choice_changed(self, _index: int) -> None:
        self._kind = ItemKind(self.kind_choice.currentData())
        self._rebuild_for_kind()

    def _rebuild_for_kind(self) -> None:
        """People rows for the kind's roles and the kind's fields; typed text carries over."""
        typed = {name: self.raw(name) for name in self._boxes}
        people = {role: text_of(box) for role, box in self._people.items()}
        for box in [*self._boxes.values(), *self._people.values()]:
            form = self.main_form if self.main_form.indexOf(box) >= 0 else self.details_form
            form.removeRow(box)
        self._boxes.clear()
        self._people.clear()
        row = 2  # after Kind and Title
        for spec in fields.FIELDS:
            if self._kind not in spec.kinds:
                continue
            box = FieldBox(self._editor_for(spec))
            self._boxes[spec.name] = box
            if spec.name in MAIN_FIELDS:
                self.main_form.insertRow(row, self._row_label(field_label(spec.name)), box)
                row += 1
            else:
                self.details_form.addRow(self._row_label(field_label(spec.name)), box)
            if spec.name in typed:
                self._set_raw(spec.name, typed[spec.name])
        for role in fields.ROLES[self._kind]:
            people_label = QCoreApplication.translate("ItemDialog", ROLE_ROWS[role])
            tip = self.tr("{people} of this entry").format(people=people_label)
            edit = line_edit(self.tr("names separated by ;"), tip)
            edit.setAccessibleName(people_label)
            edit.setText(people.get(role, ""))
            box = FieldBox(edit)
            self._people[role] = box
            self.main_form.insertRow(row, self._row_label(people_label), box)
            row += 1
        self._update_parent_row()
        self.look_up.setVisible(self._kind is ItemKind.BOOK)  # the sources know books
        self._fix_tab_order()

    def _editor_for(self, spec: FieldSpec) -> QWidget:
        if spec.name == "rating":
            return RatingWidget()
        if spec.name in CHOICES:
            combo = QComboBox()
            combo.addItem("", "")
            for choice in CHOICES[spec.name]:
                combo.addItem(choice, choice)
            combo.setAccessibleName(field_label(spec.name))
            return combo
        edit = line_edit(field_help(spec), field_help(spec))
        edit.setAccessibleName(field_label(spec.name))
        return edit

    def _update_parent_row(self) -> None:
        allowed = PARENT_KINDS.get(self._kind, frozenset())
        self.main_form.setRowVisible(self.parent_box, bool(allowed))
        self.parent_completer.kinds = allowed
        label = self.main_form.labelForField(self.parent_box)
        if isinstance(label, QLabel) and allowed:
            names = self._kind_names(allowed)
            label.setText(self.tr("&Part of ({kinds}):").format(kinds=names))
            self.parent_edit.setAccessibleName(self.tr("Part of {kinds}").format(kinds=names))

    def _row_label(self, label: str) -> str:
        return self.tr("{label}:").format(label=label)

    def _kind_names(self, kinds: Iterable[ItemKind]) -> str:
        """'podcast', 'course or series': the kinds' labels in the window's language."""
        labels = [kind_label(k) for k in sorted(kinds, key=lambda k: k.label)]
        return self.tr(" or ").join(labels)

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [self.kind_choice, self.title]
        chain += [box.editor for name, box in self._boxes.items() if name in MAIN_FIELDS]
        chain += [box.editor for box in self._people.values()]
        chain += [self.status, self.tags, self.parent_edit]
        chain += [box.editor for name, box in self._boxes.items() if name not in MAIN_FIELDS]
        chain += [self.buttons]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- values --------------------------------------------------------------------------

    def field_names(self) -> list[str]:
        """The kind-specific fields the form shows now, in table order."""
        return list(self._boxes)

    def editor(self, name: str) -> QWidget:
        return self._boxes[name].editor

    def raw(self, name: str) -> str:
        """What the user entered for field ``name``, as text for its parser."""
        widget = self._boxes[name].editor
        if isinstance(widget, RatingWidget):
            value = widget.value()
            return "" if value is None else f"{value:g}"
        if isinstance(widget, QComboBox):
            return str(widget.currentData() or "")
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def _set_raw(self, name: str, text: str) -> None:
        widget = self._boxes[name].editor
        if isinstance(widget, RatingWidget):
            widget.set_value(float(text) if text else None)
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(text)))
        elif isinstance(widget, QLineEdit):
            widget.setText(text)

    def _fill(self, view: ItemView) -> None:
        self.title.setText(view.title)
        self.status.setCurrentIndex(self.status.findData(view.status.value))
        self.tags.set_tags(view.tags)
        self.parent_edit.setText(view.parent_title or "")
        for name, value in view.fields.items():
            if name in self._boxes:
                self._set_raw(name, field_text(name, value))
        for role, box in self._people.items():
            line_of(box).setText("; ".join(view.people_in(role)))
        self._original = {name: self.raw(name) for name in self._boxes}

    # -- looking the book up -------------------------------------------------------------

    def lookup_query(self) -> str:
        """What to look up: the ISBN typed, else the title and the first author."""
        isbn = self.raw("isbn").strip() if "isbn" in self._boxes else ""
        if isbn:
            return isbn
        authors = (
            split_names(text_of(self._people[Role.AUTHOR])) if Role.AUTHOR in self._people else []
        )
        return " ".join([self.title.text().strip(), *authors[:1]]).strip()

    def form_view(self) -> ItemView:
        """The entry as the form stands now: what is typed counts as the entry's (a value its
        field cannot parse stays as typed, so it differs from anything found)."""
        typed: dict[str, object] = {}
        for name in self._boxes:
            raw = self.raw(name)
            if raw.strip():
                try:
                    typed[name] = fields.spec(name).parse(raw)
                except UserError:
                    typed[name] = raw
        people = tuple(
            Person(role, name)
            for role, box in self._people.items()
            for name in split_names(text_of(box))
        )
        title = self.title.text().strip()
        if self._view is not None:
            return dataclasses.replace(self._view, title=title, fields=typed, people=people)
        now = dt.datetime.now(dt.UTC)
        return ItemView(0, self._kind, title, Status(self.status.currentData()), typed, people,
                        (), None, None, (), (), (), now, now)  # fmt: skip

    def open_lookup(self) -> None:
        """Look the book up (nothing is asked online before the lookup dialog's Look up);
        what the user picks goes into the form, to be written on OK."""
        # imported when asked: the HTTP client is not loaded with the window
        from readinglog.gui.dialogs.lookup_dialog import LookupDialog

        typed = self.raw("cover").strip() if "cover" in self._boxes else ""
        has_cover = self._cover is not None or (
            covers.resolve(self._library.paths, typed or None) is not None  # a file that is there
        )
        dialog = LookupDialog(
            self._library.paths, self.form_view(), self.lookup_query(), has_cover=has_cover,
            parent=self,
        )  # fmt: skip
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.apply_lookup(dialog.chosen)

    def apply_lookup(self, chosen: Chosen) -> None:
        """Put the chosen values in the form (and keep the cover for OK)."""
        roles = {role.value: role for role in self._people}
        for change in chosen.changes:
            if change.name == "title":
                self.title.setText(str(change.proposed))
            elif change.name in roles and isinstance(change.proposed, tuple):
                line_of(self._people[roles[change.name]]).setText("; ".join(change.proposed))
            elif change.name in self._boxes:
                self._set_raw(change.name, field_text(change.name, change.proposed))
        for widget in [self.title, *(box.editor for box in self._all_boxes())]:
            if isinstance(widget, QLineEdit):
                widget.setCursorPosition(0)  # a long summary shows its beginning
        from readinglog.online.books import LABELS

        source = LABELS[chosen.candidate.source]
        cover = chosen.cover is not None and bool(chosen.candidate.cover_url)
        if chosen.cover is not None and chosen.candidate.cover_url:
            self._cover = (chosen.cover, chosen.candidate.cover_url)
            cover_edit = self._boxes["cover"].editor if "cover" in self._boxes else None
            if isinstance(cover_edit, QLineEdit) and not cover_edit.text():
                kept = self.tr("the cover from {source} (kept on OK)").format(source=source)
                cover_edit.setPlaceholderText(kept)
        self.filled.setText(self._filled_sentence(len(chosen.changes), cover, source))
        self.filled.show()

    def _filled_sentence(self, count: int, cover: bool, source: str) -> str:
        """What the lookup put in the form, one whole template for each case."""
        if count and cover:
            text = i18n.numerus(
                count,
                self.tr(
                    "Filled {count} field and the cover from {source}: check them, then OK "
                    "saves the entry."
                ),
                self.tr(
                    "Filled {count} fields and the cover from {source}: check them, then OK "
                    "saves the entry."
                ),
            )
        elif count:
            text = i18n.numerus(
                count,
                self.tr("Filled {count} field from {source}: check them, then OK saves the entry."),
                self.tr(
                    "Filled {count} fields from {source}: check them, then OK saves the entry."
                ),
            )
        elif cover:
            text = self.tr("Filled the cover from {source}: check them, then OK saves the entry.")
        else:
            text = self.tr("Nothing new from {source}: the form has everything it found.")
        return text.format(count=f"{count:,}", source=source)

    def _on_parent_completer_picked(self, entry_id: int, title: str) -> None:
        self._parent = (entry_id, title)
        self.parent_edit.setText(title)
        self.parent_box.clear_error()

    def _on_parent_edit_text_edited(self, _text: str) -> None:
        self._parent = None

    # -- accepting -----------------------------------------------------------------------

    def accept(self) -> None:
        self.tags.commit()
        for box in self._all_boxes():
            box.clear_error()
        self.general_error.hide()
        errors: dict[FieldBox | None, str] = {}
        field_values = self._parsed_fields(errors)
        people = self._parsed_people(errors)
        parent_id = self._resolved_parent(errors)
        if not self.title.text().strip():
            errors[self.title_box] = self.tr("title: must not be empty")
        if errors:
            self._show_errors(errors)
            return
        try:
            with self._library.sessions.begin() as s:
                self.changes = self._write(s, field_values, people, parent_id)
        except UserError as error:
            self._show_errors({self._box_for_message(error.message): i18n.said(error)})
            return
        self.item_id = self.changes.created or self.item_id
        super().accept()

    def _all_boxes(self) -> Iterable[FieldBox]:
        return [self.title_box, self.parent_box, *self._boxes.values(), *self._people.values()]

    def _parsed_fields(self, errors: dict[FieldBox | None, str]) -> dict[str, object]:
        parsed: dict[str, object] = {}
        original = self._original
        for name, box in self._boxes.items():
            raw = self.raw(name)
            if self._view is not None and raw == original.get(name, ""):
                continue  # unchanged: leave it as stored
            if not raw.strip():
                if self._view is not None:
                    parsed[name] = None  # cleared
                continue
            try:
                parsed[name] = fields.spec(name).parse(raw)
            except UserError as error:
                errors[box] = i18n.said(error)
        return parsed

    def _parsed_people(self, errors: dict[FieldBox | None, str]) -> list[Person]:
        people = []
        for role, box in self._people.items():
            for name in split_names(text_of(box)):
                try:
                    people.append(Person(role, values.clean_text(name, role.value, max_len=300)))
                except UserError as error:
                    errors[box] = i18n.said(error)
        return people

    def _resolved_parent(self, errors: dict[FieldBox | None, str]) -> int | None:
        """The picked parent, or the one entry of an allowed kind titled exactly as typed."""
        allowed = PARENT_KINDS.get(self._kind, frozenset())
        typed = self.parent_edit.text().strip()
        if not allowed or not typed:
            return None
        if self._parent is not None and self._parent[1] == typed:
            return self._parent[0]
        matches = find_items(self._library, typed, allowed)
        exact = [c for c in matches if c.title.casefold() == typed.casefold()]
        if len(exact) == 1:
            return exact[0].id
        pick = self.tr("part of: pick a {kinds} from the list ({typed} is not one)")
        errors[self.parent_box] = pick.format(kinds=self._kind_names(allowed), typed=repr(typed))
        return None

    def _write(
        self,
        s: Session,
        field_values: dict[str, object],
        people: list[Person],
        parent_id: int | None,
    ) -> Changes:
        title = self.title.text().strip()
        status = Status(self.status.currentData())
        if self._view is None:
            added = services.add_item(
                s,
                self._kind,
                title,
                field_values=field_values,
                people=people,
                tags=self.tags.tags(),
                status=status,
                parent_id=parent_id,
            )
            assert added.created is not None
            return added | self._store_cover(s, added.created)
        view = self._view
        old_tags = {t.casefold(): t for t in view.tags}
        new_tags = {t.casefold(): t for t in self.tags.tags()}
        changes = services.edit_item(
            s,
            view.id,
            title=title if title != view.title else None,
            field_values=field_values,
            people=people if tuple(people) != view.people else None,
            add_tags=[t for key, t in new_tags.items() if key not in old_tags],
            remove_tags=[t for key, t in old_tags.items() if key not in new_tags],
            status=status if status != view.status else None,
        )
        had_parent = bool(PARENT_KINDS.get(self._kind)) and self.parent_edit.text().strip()
        wanted_parent = parent_id if had_parent else None
        if wanted_parent != view.parent_id:
            changes = changes | services.set_parent(s, view.id, wanted_parent)
        return changes | self._store_cover(s, view.id)

    def _store_cover(self, s: Session, item_id: int) -> Changes:
        """The looked-up cover kept in the library, in the entry's transaction."""
        if self._cover is None or "cover" not in self._boxes:
            return Changes()
        data, source = self._cover
        covers.store(s, self._library.paths, item_id, data, source=source)
        return Changes(items=frozenset({item_id}))

    def _box_for_message(self, message: str) -> FieldBox | None:
        """The field an error sentence is about (``isbn: ...``), or None."""
        head = message.split(":", 1)[0].strip().replace(" ", "_")
        if head in self._boxes:
            return self._boxes[head]
        for role, box in self._people.items():
            if head == role.value:
                return box
        if head == "title":
            return self.title_box
        return None

    def _show_errors(self, errors: dict[FieldBox | None, str]) -> None:
        """Each sentence under its field (``None``: above the buttons); focus the first."""
        show_errors(errors, self.general_error)
        layout = self.layout()
        if layout is not None:
            layout.activate()  # grow to show the error lines now, not on the next event
        self.adjustSize()
