"""Entry dialog, log dialog and rating widget: every kind, inline errors, keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit

from readinglog.core import fields, repository, services
from readinglog.core.library import Library
from readinglog.core.types import EventKind, ItemKind, Person, Role, Status
from readinglog.gui.dialogs.item_dialog import ItemDialog
from readinglog.gui.dialogs.log_dialog import LogDialog
from readinglog.gui.widgets.form_fields import field_label
from readinglog.gui.widgets.rating_widget import RatingWidget, rating_text


def make_dialog(qtbot, library: Library, **kw: object) -> ItemDialog:
    dialog = ItemDialog(library, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def set_text(dialog: ItemDialog, name: str, text: str) -> None:
    editor = dialog.editor(name)
    assert isinstance(editor, QLineEdit)
    editor.setText(text)


def item(library: Library, item_id: int):
    with library.sessions() as s:
        return repository.item_view(s, item_id)


@pytest.mark.parametrize("kind", list(ItemKind))
def test_add_each_kind_shows_exactly_its_fields(qtbot, library, kind) -> None:
    dialog = make_dialog(qtbot, library, kind=kind)
    expected = [f.name for f in fields.FIELDS if kind in f.kinds]
    assert dialog.field_names() == expected
    assert list(dialog._people) == list(fields.ROLES[kind])
    dialog.title.setText(f"A {kind.label} 标题")
    dialog.accept()
    assert dialog.result() == ItemDialog.DialogCode.Accepted
    assert dialog.changes.created == dialog.item_id
    view = item(library, dialog.item_id)
    assert (view.kind, view.title) == (kind, f"A {kind.label} 标题")


def test_changing_the_kind_rebuilds_the_form_and_keeps_what_was_typed(qtbot, library) -> None:
    dialog = make_dialog(qtbot, library, kind=ItemKind.BOOK)
    set_text(dialog, "url", "https://example.org")
    dialog.kind_choice.setCurrentIndex(list(ItemKind).index(ItemKind.VIDEO))
    assert "isbn" not in dialog.field_names() and "channel" in dialog.field_names()
    assert dialog.raw("url") == "https://example.org"
    assert list(dialog._people) == [Role.SPEAKER]


def test_book_with_everything(qtbot, library) -> None:
    dialog = make_dialog(qtbot, library, kind=ItemKind.BOOK)
    dialog.title.setText("人类简史")
    set_text(dialog, "original_title", "Sapiens")
    set_text(dialog, "isbn", "978-0-06-231609-7")
    set_text(dialog, "pages", "443")
    set_text(dialog, "time_spent", "1h30m")
    format_box = dialog.editor("format")
    assert isinstance(format_box, QComboBox)
    format_box.setCurrentIndex(format_box.findData("ebook"))
    rating = dialog.editor("rating")
    assert isinstance(rating, RatingWidget)
    rating.set_value(4.25)
    dialog._people[Role.AUTHOR].editor.setText("尤瓦尔·赫拉利; Yuval Noah Harari")  # type: ignore[attr-defined]
    dialog.tags.setText("历史, history")
    dialog.status.setCurrentIndex(dialog.status.findData(Status.FINISHED))
    dialog.accept()
    view = item(library, dialog.item_id)
    assert view.fields["original_title"] == "Sapiens"
    assert view.fields["isbn"] == "9780062316097"
    assert view.fields["pages"] == 443 and view.fields["time_spent"] == 90
    assert view.fields["rating"] == 4.25 and view.fields["format"] == "ebook"
    assert view.people_in(Role.AUTHOR) == ("尤瓦尔·赫拉利", "Yuval Noah Harari")
    assert set(view.tags) == {"历史", "history"} and view.status is Status.FINISHED


@pytest.mark.parametrize(
    ("name", "bad", "sentence"),
    [
        ("isbn", "978-0-06-231609-0", "is not a valid ISBN-10 or ISBN-13"),
        ("year", "nineteen", "is not a whole number"),
        ("time_spent", "a while", "is not a duration"),
    ],
)
def test_bad_values_are_shown_under_their_field_and_the_dialog_stays_open(
    qtbot, library, name, bad, sentence
) -> None:
    dialog = make_dialog(qtbot, library, kind=ItemKind.BOOK)
    dialog.title.setText("Book")
    set_text(dialog, name, bad)
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != ItemDialog.DialogCode.Accepted
    error = dialog._boxes[name].error
    assert error.isVisible() and sentence in error.text()
    assert dialog.raw(name) == bad  # nothing typed is lost
    assert dialog.focusWidget() is dialog.editor(name)
    set_text(dialog, name, "")
    dialog.accept()
    assert not error.isVisible() and dialog.result() == ItemDialog.DialogCode.Accepted


def test_bad_date_on_an_episode(qtbot, library) -> None:
    dialog = make_dialog(qtbot, library, kind=ItemKind.EPISODE)
    dialog.title.setText("Episode 1")
    set_text(dialog, "published", "2024-13-45")
    dialog.accept()
    assert "is not a valid date (use YYYY-MM-DD)" in dialog._boxes["published"].error.text()
    assert dialog.isVisible()


def test_empty_title_is_an_inline_error(qtbot, library) -> None:
    dialog = make_dialog(qtbot, library, kind=ItemKind.ARTICLE)
    dialog.accept()
    assert "must not be empty" in dialog.title_box.error.text()


def test_edit_an_existing_entry(qtbot, library) -> None:
    with library.sessions.begin() as s:
        show = services.add_item(s, ItemKind.PODCAST, "得到头条").created
        other = services.add_item(s, ItemKind.PODCAST, "Other show").created
        episode = services.add_item(
            s,
            ItemKind.EPISODE,
            "Episode 7",
            field_values={"duration": 3723, "episode_number": 7},
            people=[Person(Role.HOST, "罗振宇")],
            tags=["economics"],
            parent_id=show,
        ).created
    dialog = make_dialog(qtbot, library, item_id=episode)
    assert not dialog.kind_choice.isEnabled()
    assert dialog.raw("duration") == "1:02:03" and dialog.raw("episode_number") == "7"
    assert dialog.parent_edit.text() == "得到头条"
    assert dialog._people[Role.HOST].editor.text() == "罗振宇"  # type: ignore[attr-defined]
    dialog.title.setText("第七集")
    set_text(dialog, "episode_number", "")
    dialog.tags.setText("经济学")
    dialog.parent_edit.setText("Other show")  # typed exactly, not picked: still found
    dialog.accept()
    assert dialog.result() == ItemDialog.DialogCode.Accepted
    view = item(library, episode)
    assert view.title == "第七集" and "episode_number" not in view.fields
    assert view.fields["duration"] == 3723 and view.tags == ("经济学",)
    assert view.parent_id == other
    assert episode in dialog.changes.items


def test_unknown_parent_is_an_inline_error(qtbot, library) -> None:
    dialog = make_dialog(qtbot, library, kind=ItemKind.COURSE)
    dialog.title.setText("Course")
    dialog.parent_edit.setText("no such series")
    dialog.accept()
    assert "pick a course series from the list" in dialog.parent_box.error.text()


def test_enter_accepts_and_escape_cancels(qtbot, library) -> None:
    dialog = make_dialog(qtbot, library, kind=ItemKind.BOOK)
    QTest.keyClicks(dialog.title, "Typed then Enter")
    QTest.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.result() == ItemDialog.DialogCode.Accepted
    with library.sessions() as s:
        assert repository.item_view(s, dialog.item_id).title == "Typed then Enter"
    other = make_dialog(qtbot, library, kind=ItemKind.BOOK)
    QTest.keyClick(other, Qt.Key.Key_Escape)
    assert other.result() == ItemDialog.DialogCode.Rejected


def test_tab_order_follows_the_form(qtbot, library) -> None:
    dialog = make_dialog(qtbot, library, kind=ItemKind.BOOK)
    dialog.activateWindow()
    dialog.kind_choice.setFocus()
    order = []
    for _ in range(6):
        order.append(dialog.focusWidget())
        dialog.focusNextChild()
    assert order[:4] == [
        dialog.kind_choice,
        dialog.title,
        dialog.editor("original_title"),
        dialog._people[Role.AUTHOR].editor,
    ]


def test_rating_keyboard_steps_by_quarters(qtbot) -> None:
    widget = RatingWidget()
    qtbot.addWidget(widget)
    assert widget.value() is None and widget.accessibleName() == "Rating"
    QTest.keyClick(widget, Qt.Key.Key_4)
    QTest.keyClick(widget, Qt.Key.Key_Right)
    assert widget.value() == 4.25 and widget.text() == "4¼"
    assert widget.accessibleDescription() == "4¼ of 5 stars"
    for _ in range(5):
        QTest.keyClick(widget, Qt.Key.Key_Right)
    assert widget.value() == 5.0
    QTest.keyClick(widget, Qt.Key.Key_Left)
    assert widget.text() == "4¾"
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    assert widget.value() is None and widget.text() == "not rated"
    assert [rating_text(v) for v in (0.25, 0.5, 3.0, 3.5)] == ["¼", "½", "3", "3½"]


def test_rating_click_sets_a_quarter(qtbot) -> None:
    widget = RatingWidget()
    qtbot.addWidget(widget)
    widget.show()
    star = widget._star_size()
    QTest.mouseClick(
        widget, Qt.MouseButton.LeftButton, pos=widget.rect().topLeft() + _point(3 + star * 2.6, 8)
    )
    assert widget.value() == 2.75


def _point(x: float, y: float):
    from PySide6.QtCore import QPoint

    return QPoint(round(x), round(y))


def test_field_labels_come_from_the_names() -> None:
    assert field_label("certificate_url") == "Certificate URL"
    assert field_label("isbn") == "ISBN"
    assert field_label("original_title") == "Original title"


def add_book(library: Library, **kw: object) -> int:
    with library.sessions.begin() as s:
        created = services.add_item(s, ItemKind.BOOK, "三体", **kw).created  # type: ignore[arg-type]
    assert created is not None
    return created


def test_log_progress_with_a_date_and_time_spent(qtbot, library) -> None:
    book = add_book(library, field_values={"pages": 300})
    dialog = LogDialog(library, book)
    qtbot.addWidget(dialog)
    assert dialog.date.date() == QDate.currentDate()
    assert "pages" in dialog.amount.accessibleName()
    dialog.date.setDate(QDate(2024, 3, 1))
    dialog.amount.setText("120")
    dialog.spent.setText("45m")
    dialog.accept()
    assert dialog.result() == LogDialog.DialogCode.Accepted
    with library.sessions() as s:
        events = repository.events(s, item_id=book)
        view = repository.item_view(s, book)
    assert [(e.kind, e.on, e.value) for e in events] == [
        (EventKind.PROGRESS, dt.date(2024, 3, 1), 120.0)
    ]
    assert view.status is Status.IN_PROGRESS and view.fields["time_spent"] == 45


def test_log_errors_are_shown_inline(qtbot, library) -> None:
    book = add_book(library, field_values={"pages": 300})
    dialog = LogDialog(library, book)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.amount.setText("400")
    dialog.accept()
    assert "past the end (300 pages)" in dialog.amount_box.error.text()
    dialog.amount.setText("lots")
    dialog.accept()
    assert "is not a number" in dialog.amount_box.error.text()
    assert dialog.isVisible()


@pytest.mark.parametrize(
    ("button", "status"),
    [("started_today", Status.IN_PROGRESS), ("finished_today", Status.FINISHED)],
)
def test_quick_buttons_log_today(qtbot, library, button, status) -> None:
    book = add_book(library)
    dialog = LogDialog(library, book)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
    assert dialog.result() == LogDialog.DialogCode.Accepted
    assert book in dialog.changes.items
    with library.sessions() as s:
        assert repository.item_view(s, book).status is status
        assert repository.events(s, item_id=book)[-1].on == dt.date.today()


def test_screenshots_of_the_entry_dialogs(qtbot, library, screenshots, capsys) -> None:
    book = add_book(
        library,
        field_values={"original_title": "The Three-Body Problem", "pages": 302, "rating": 4.75},
        people=[Person(Role.AUTHOR, "刘慈欣"), Person(Role.TRANSLATOR, "Ken Liu")],
        tags=["科幻", "science fiction"],
    )
    paths = []
    dialog = make_dialog(qtbot, library, item_id=book)
    dialog.resize(900, dialog.sizeHint().height())
    path = screenshots / "entry-dialog-zh.png"
    assert dialog.grab().save(str(path))
    paths.append(path)
    add = make_dialog(qtbot, library, kind=ItemKind.EPISODE)
    add.title.setText("Episode 12: Why we sleep")
    set_text(add, "published", "2024-13-45")
    add.accept()
    path = screenshots / "entry-dialog-error.png"
    assert add.grab().save(str(path))
    paths.append(path)
    log = LogDialog(library, book)
    qtbot.addWidget(log)
    log.show()
    path = screenshots / "log-dialog.png"
    assert log.grab().save(str(path))
    paths.append(path)
    with capsys.disabled():
        print(f"\nentry dialog screenshots: {', '.join(map(str, paths))}")
