"""Settings: defaults, the three sources and their precedence, and readable errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import DEFAULT_LANGUAGES, ConfigError, load_settings


def _toml(tmp_path: Path, text: str, name: str = "newsdesk.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def test_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_settings()
    assert settings.batch_size == 1000
    assert settings.max_file_bytes == 5_000_000
    assert settings.min_body_chars == 80
    assert settings.default_timezone == "Europe/Berlin"
    assert settings.languages == DEFAULT_LANGUAGES
    assert settings.follow_symlinks is False
    assert settings.outlet_min_confidence == 0.5
    # Relative defaults are resolved against the working directory.
    assert settings.landing_dir == tmp_path.resolve() / "landing"
    assert settings.data_dir == tmp_path.resolve() / "data"
    assert settings.warehouse is None
    assert settings.warehouse_path == settings.data_dir / "warehouse.duckdb"
    assert settings.lake_dir == settings.data_dir / "lake"
    assert settings.table_dir("documents") == settings.lake_dir / "documents"


def test_environment_variable_overrides_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSDESK_BATCH_SIZE", "7")
    monkeypatch.setenv("NEWSDESK_DEFAULT_TIMEZONE", "Europe/Vienna")
    settings = load_settings()
    assert settings.batch_size == 7
    assert settings.default_timezone == "Europe/Vienna"


def test_toml_file_value(tmp_path: Path) -> None:
    config = _toml(
        tmp_path,
        'batch_size = 11\nlanguages = ["de", "EN"]\nwarehouse = "wh/news.duckdb"\n'
        "follow_symlinks = true\n",
    )
    settings = load_settings(config)
    assert settings.batch_size == 11
    assert settings.languages == ["de", "en"]  # codes are lower-cased
    assert settings.follow_symlinks is True
    assert settings.warehouse is not None and settings.warehouse.is_absolute()
    assert settings.warehouse_path == settings.warehouse


def test_toml_file_from_newsdesk_config_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _toml(tmp_path, "min_body_chars = 120\n")
    monkeypatch.setenv("NEWSDESK_CONFIG", str(config))
    assert load_settings().min_body_chars == 120


def test_precedence_flag_over_env_over_toml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _toml(tmp_path, "batch_size = 3\nmin_body_chars = 30\nmax_file_bytes = 999\n")
    monkeypatch.setenv("NEWSDESK_BATCH_SIZE", "5")
    monkeypatch.setenv("NEWSDESK_MIN_BODY_CHARS", "50")

    settings = load_settings(config, batch_size=9)
    assert settings.batch_size == 9  # flag beats env and TOML
    assert settings.min_body_chars == 50  # env beats TOML
    assert settings.max_file_bytes == 999  # TOML beats default

    # A flag left unset (None) does not hide the lower sources.
    assert load_settings(config, batch_size=None).batch_size == 5
    monkeypatch.delenv("NEWSDESK_BATCH_SIZE")
    assert load_settings(config).batch_size == 3


@pytest.mark.parametrize(
    ("overrides", "setting", "shown"),
    [
        ({"batch_size": 0}, "batch_size", "0"),
        ({"batch_size": 100_001}, "batch_size", "100001"),
        ({"default_timezone": "Mars/Olympus"}, "default_timezone", "Mars/Olympus"),
        ({"languages": "xx"}, "languages", "xx"),
        ({"languages": "de, qq"}, "languages", "qq"),
        ({"languages": []}, "languages", "at least one language"),
        ({"outlet_min_confidence": 1.5}, "outlet_min_confidence", "1.5"),
        ({"max_file_bytes": 0}, "max_file_bytes", "0"),
    ],
    ids=[
        "batch-size-zero",
        "batch-size-huge",
        "unknown-timezone",
        "unknown-language",
        "one-bad-language",
        "no-language",
        "confidence-above-one",
        "max-bytes-zero",
    ],
)
def test_invalid_value_names_the_setting(overrides: dict, setting: str, shown: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(**overrides)
    message = str(caught.value)
    assert f"'{setting}'" in message
    assert f"NEWSDESK_{setting.upper()}" in message  # how else it can be given
    assert shown in message


def test_invalid_environment_value_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSDESK_BATCH_SIZE", "viele")
    with pytest.raises(ConfigError, match="batch_size") as caught:
        load_settings()
    assert "viele" in str(caught.value)


def test_invalid_toml_value_names_the_file(tmp_path: Path) -> None:
    config = _toml(tmp_path, 'default_timezone = "Mars/Olympus"\n')
    with pytest.raises(ConfigError) as caught:
        load_settings(config)
    assert "default_timezone" in str(caught.value)
    assert str(config) in str(caught.value)


def test_malformed_toml_names_the_file(tmp_path: Path) -> None:
    config = _toml(tmp_path, "batch_size = [\nlanguages = \n", name="broken.toml")
    with pytest.raises(ConfigError, match="not valid TOML") as caught:
        load_settings(config)
    assert "broken.toml" in str(caught.value)


def test_missing_config_file(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.toml"
    with pytest.raises(ConfigError, match="does not exist") as caught:
        load_settings(missing)
    assert "nowhere.toml" in str(caught.value)


def test_missing_config_file_from_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSDESK_CONFIG", str(tmp_path / "gone.toml"))
    with pytest.raises(ConfigError, match="gone.toml"):
        load_settings()


def test_unknown_key_in_toml(tmp_path: Path) -> None:
    config = _toml(tmp_path, "batch_size = 4\nbatchsize = 5\n")
    with pytest.raises(ConfigError) as caught:
        load_settings(config)
    assert "'batchsize'" in str(caught.value)
    assert "not permitted" in str(caught.value)


def test_settings_are_frozen() -> None:
    settings = load_settings(batch_size=2)
    with pytest.raises(ValueError, match="frozen"):
        settings.batch_size = 3  # type: ignore[misc]
    assert settings.batch_size == 2


def test_languages_from_environment_as_comma_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSDESK_LANGUAGES", "de,en")
    assert load_settings().languages == ["de", "en"]


def test_invalid_languages_in_environment_is_a_config_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NEWSDESK_LANGUAGES", "xx")
    with pytest.raises(ConfigError, match="languages"):
        load_settings()


def test_languages_from_environment_as_json_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSDESK_LANGUAGES", '["de", "fr"]')
    assert load_settings().languages == ["de", "fr"]
