"""One validated source of truth for every knob newsdesk has.

Precedence, highest first: explicit overrides (CLI flags, Airflow params) > environment
variables (``NEWSDESK_…``) > an optional TOML file (``--config`` or ``NEWSDESK_CONFIG``) >
defaults. Every caller (CLI, Airflow, Dagster) builds its settings through :func:`load_settings`,
so a bad value gets the same message everywhere.
"""

from __future__ import annotations

import json
import os
import tomllib
from contextvars import ContextVar
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    SettingsError,
    TomlConfigSettingsSource,
)

ENV_PREFIX = "NEWSDESK_"
_toml_file: ContextVar[Path | None] = ContextVar("newsdesk_toml_file", default=None)

DEFAULT_LANGUAGES = (
    "de en fr es it nl pl pt ru uk tr sv da nb nn fi cs sk hu ro hr sl bg el et lv lt"
    " ca af eu is ga cy sq mk sr"
    # the big languages of Asia and the Middle East: most have a script of their own, which
    # lingua tells without a model, and fastText is sure of nearly every line of them
    " ar he fa hi zh ja ko vi id th"
).split()


class ConfigError(ValueError):
    """A setting is invalid; the message names the setting and how it was given."""


class Settings(BaseSettings):
    """Paths, batch sizes and thresholds of a newsdesk deployment."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="forbid", frozen=True)

    landing_dir: Path = Field(Path("landing"), description="Folder scanned for article files.")
    data_dir: Path = Field(Path("data"), description="Lake, warehouse and reports live here.")
    warehouse: Path | None = Field(
        None, description="DuckDB file; default DATA_DIR/warehouse.duckdb."
    )
    batch_size: int = Field(1000, ge=1, le=100_000, description="Files processed per batch.")
    workers: int = Field(
        0, ge=0, le=256, description="Processes that run batches in parallel; 0 = one per core."
    )
    max_file_bytes: int = Field(
        5_000_000, ge=1, description="Files larger than this are quarantined, not read."
    )
    min_body_chars: int = Field(
        80, ge=0, description="A cleaned body shorter than this is quarantined as no article."
    )
    default_timezone: str = Field(
        "Europe/Berlin",
        description="Timezone for datelines without one when the outlet is unknown.",
    )
    # NoDecode: "de,en" or "de en" from the environment, not only a JSON list.
    languages: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: list(DEFAULT_LANGUAGES),
        description="ISO 639-1 candidates for language identification.",
    )
    max_body_chars: int = Field(
        200_000, ge=1, description="A longer body fails the body_length_within_bounds check."
    )
    max_boilerplate_share: float = Field(
        0.9, ge=0, le=1, description="A page with more boilerplate than this gets a warning."
    )
    language_detector: Literal["fast", "lingua"] = Field(
        "fast", description="'fast': fastText first, lingua only where it is unsure."
    )
    language_accuracy: Literal["low", "high"] = Field(
        "low", description="lingua mode: 'high' adds ~700 MB for slightly better short lines."
    )
    min_segment_chars: int = Field(
        40, ge=1, description="Segments shorter than this get language 'und' (undetermined)."
    )
    outlet_min_confidence: float = Field(
        0.5, ge=0, le=1, description="Below this the outlet is reported as unknown."
    )
    stale_run_after_s: int = Field(
        0,
        ge=0,
        description=(
            "Uncommitted files of another run younger than this belong to a run in flight and are "
            "neither deleted nor re-processed; 0 (one writer at a time) treats them as crashed."
        ),
    )
    follow_symlinks: bool = Field(
        False, description="Follow symlinks that stay inside the landing folder."
    )

    @property
    def worker_count(self) -> int:
        """Processes for batches: the setting, or the cores this process may use."""
        if self.workers:
            return self.workers
        return (
            len(os.sched_getaffinity(0))
            if hasattr(os, "sched_getaffinity")
            else os.cpu_count() or 1
        )

    @field_validator("languages", mode="before")
    @classmethod
    def _split_languages(cls, value: Any) -> Any:
        if isinstance(value, str) and value.lstrip().startswith("["):
            try:
                value = json.loads(value)
            except json.JSONDecodeError as exc:
                raise ValueError(f"not a JSON list: {exc}") from None
        elif isinstance(value, str):
            value = [part for part in value.replace(",", " ").split() if part]
        return value

    @field_validator("languages")
    @classmethod
    def _known_languages(cls, value: list[str]) -> list[str]:
        from lingua import IsoCode639_1

        bad = [code for code in value if not hasattr(IsoCode639_1, code.upper())]
        if bad:
            raise ValueError(f"unknown ISO 639-1 code(s): {', '.join(bad)}")
        if not value:
            raise ValueError("at least one language is needed")
        return [code.lower() for code in value]

    @field_validator("default_timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown timezone {value!r}") from exc
        return value

    @model_validator(mode="after")
    def _resolve_paths(self) -> Settings:
        object.__setattr__(self, "landing_dir", self.landing_dir.expanduser().resolve())
        object.__setattr__(self, "data_dir", self.data_dir.expanduser().resolve())
        if self.warehouse is not None:
            object.__setattr__(self, "warehouse", self.warehouse.expanduser().resolve())
        return self

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        toml_file = _toml_file.get()
        if toml_file is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=toml_file))
        return tuple(sources)

    @property
    def lake_dir(self) -> Path:
        return self.data_dir / "lake"

    @property
    def warehouse_path(self) -> Path:
        return self.warehouse or self.data_dir / "warehouse.duckdb"

    def table_dir(self, table: str) -> Path:
        return self.lake_dir / table


DEFAULT_SCHEDULE = "0 * * * *"  # hourly


def schedule() -> str:
    """The cron schedule both orchestrators use (``NEWSDESK_SCHEDULE``, default hourly).

    Read when a DAG file or the Dagster definitions are parsed, so it is a plain environment
    lookup with no other work; an invalid value is reported by the orchestrator that parses it.
    """
    return os.environ.get(f"{ENV_PREFIX}SCHEDULE", "").strip() or DEFAULT_SCHEDULE


def load_settings(config_file: Path | str | None = None, **overrides: Any) -> Settings:
    """Build validated settings; raise :class:`ConfigError` with one readable message."""
    if config_file is None and os.environ.get(f"{ENV_PREFIX}CONFIG"):
        config_file = os.environ[f"{ENV_PREFIX}CONFIG"]
    path = Path(config_file).expanduser() if config_file else None
    if path is not None:
        if not path.is_file():
            raise ConfigError(f"config file {path} does not exist")
        try:
            with path.open("rb") as handle:
                tomllib.load(handle)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file {path} is not valid TOML: {exc}") from exc
    overrides = {key: value for key, value in overrides.items() if value is not None}
    token = _toml_file.set(path)
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, path)) from None
    except SettingsError as exc:
        raise ConfigError(f"invalid setting: {exc}") from None
    finally:
        _toml_file.reset(token)


def _describe(exc: ValidationError, path: Path | None) -> str:
    lines = []
    for error in exc.errors():
        name = ".".join(str(part) for part in error["loc"]) or "settings"
        where = f"--{name.replace('_', '-')} / {ENV_PREFIX}{name.upper()}"
        if path is not None:
            where += f" / {name} in {path}"
        got = error.get("input")
        shown = "" if isinstance(got, dict) else f" (got {got!r})"
        lines.append(f"invalid setting {name!r} [{where}]: {error['msg']}{shown}")
    return "\n".join(lines)
