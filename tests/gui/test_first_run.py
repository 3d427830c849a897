"""First launch with an empty library: the sample or an empty start, asked once."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from readinglog import config
from readinglog.config import Settings
from readinglog.core.library import Library
from readinglog.gui.dialogs.first_run import FirstRunDialog, finish_first_run, needs_first_run


def test_only_an_empty_library_on_its_first_launch_is_asked(
    library: Library, sample_library: Library
) -> None:
    assert not needs_first_run(sample_library, Settings())
    assert not needs_first_run(sample_library, Settings(first_run_done=True))


def test_empty_library_is_asked(library: Library) -> None:
    assert needs_first_run(library, Settings())
    assert not needs_first_run(library, Settings(first_run_done=True))


@pytest.mark.parametrize(
    ("button", "accepted"), [("load_sample_button", True), ("start_empty_button", False)]
)
def test_dialog_buttons(qtbot: QtBot, button: str, accepted: bool) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.finished) as done:
        dialog.findChild(type(dialog.sample_button), button).click()
    assert (done.args[0] == FirstRunDialog.DialogCode.Accepted) is accepted
    assert dialog.sample_button.isDefault()  # Enter loads the sample


def test_loading_the_sample_is_remembered(library: Library) -> None:
    settings = Settings()
    changes = finish_first_run(library, settings, load_sample=True)
    assert len(changes.items) == 13 and len(changes.notes) == 6
    assert config.load(library.paths.settings).first_run_done
    assert not needs_first_run(library, config.load(library.paths.settings))


def test_starting_empty_is_remembered(library: Library) -> None:
    changes = finish_first_run(library, Settings(), load_sample=False)
    assert not changes.items
    assert config.load(library.paths.settings).first_run_done
