"""fcitx users get Chinese input although the PySide6 wheels carry no fcitx plugin."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from readinglog.gui.runtime import input_method


@pytest.fixture
def no_plugins(tmp_path: Path) -> list[Path]:
    (tmp_path / "platforminputcontexts").mkdir()
    (tmp_path / "platforminputcontexts" / "libibusplatforminputcontextplugin.so").touch()
    return [tmp_path]


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"QT_IM_MODULE": "fcitx"}, {"QT_IM_MODULE": "ibus"}),
        ({"QT_IM_MODULE": "fcitx5"}, {"QT_IM_MODULE": "ibus"}),
        ({"QT_IM_MODULES": "wayland;fcitx;ibus"}, {"QT_IM_MODULES": "wayland;ibus"}),
        (
            {"QT_IM_MODULE": "fcitx", "QT_IM_MODULES": "fcitx;xim"},
            {"QT_IM_MODULE": "ibus", "QT_IM_MODULES": "ibus;xim"},
        ),
        ({"QT_IM_MODULE": "ibus"}, {}),
        ({"XMODIFIERS": "@im=fcitx"}, {}),  # Qt does not read it: nothing to correct
        ({}, {}),
    ],
)
def test_a_fcitx_module_no_plugin_provides_becomes_ibus(
    no_plugins: list[Path], env: dict[str, str], expected: dict[str, str]
) -> None:
    assert input_method.overrides(env, no_plugins) == expected


def test_a_fcitx_plugin_that_is_there_is_used(tmp_path: Path, no_plugins: list[Path]) -> None:
    extra = tmp_path / "extra"
    (extra / "platforminputcontexts").mkdir(parents=True)
    (extra / "platforminputcontexts" / "libfcitx5platforminputcontextplugin.so").touch()
    assert input_method.overrides({"QT_IM_MODULE": "fcitx"}, [*no_plugins, extra]) == {}


def test_plugin_dirs_are_the_plugin_path_then_the_wheels_own(tmp_path: Path) -> None:
    dirs = input_method.plugin_dirs({"QT_PLUGIN_PATH": f"{tmp_path}{os.pathsep}"})
    assert dirs[0] == tmp_path
    assert (dirs[-1] / "platforminputcontexts").is_dir()  # the wheel's plugins


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fcitx is a Linux thing")
def test_the_application_switches_before_qt_starts(tmp_path: Path) -> None:
    wheel = input_method.plugin_dirs({})[-1] / "platforminputcontexts"
    if any("fcitx" in p.name for p in wheel.iterdir()):
        pytest.skip("this PySide6 carries a fcitx plugin")
    code = (
        "import os; from readinglog import app; app.application(); "
        "print(os.environ['QT_IM_MODULE'])"
    )
    env = {**os.environ, "QT_IM_MODULE": "fcitx", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("QT_PLUGIN_PATH", None)
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "ibus"
