from pathlib import Path

from readinglog import config


def test_round_trip_keeps_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('theme = "dark"\nfuture_option = [1, 2]\n', encoding="utf-8")
    settings = config.load(path)
    assert settings.theme == "dark" and settings.extra == {"future_option": [1, 2]}
    settings.site_folders["hugo"] = "/home/me/blog"
    config.save(settings, path)
    again = config.load(path)
    assert again.site_folders == {"hugo": "/home/me/blog"}
    assert again.extra == {"future_option": [1, 2]}


def test_broken_file_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("theme = ", encoding="utf-8")
    assert config.load(path) == config.Settings()
    assert (tmp_path / "settings.toml.broken").exists()


def test_wrong_types_fall_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("first_run_done = 'yes'\ntheme = 3\n", encoding="utf-8")
    settings = config.load(path)
    assert settings.first_run_done is False and settings.theme == "system"
