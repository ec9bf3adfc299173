"""Read ``--config FILE.toml``: which steps to switch off or keep, and options for the filters.

The file has optional top-level lists ``disable``, ``only`` and ``enable`` (step names) and an
``[options]`` table passed to `Pipeline.with_options`, which checks every option against what the
steps declare; anything else is an error, so a typo is not ignored.
"""
from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..errors import ConfigError

KEYS = ("disable", "only", "enable", "options")


@dataclass(frozen=True)
class Config:
    """What a config file asks for."""

    disable: tuple[str, ...] = ()
    only: tuple[str, ...] = ()
    enable: tuple[str, ...] = ()
    options: Mapping[str, Any] = field(default_factory=dict)


def _toml_loads(text: str, path: str) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised only on Python 3.10
        try:
            import tomli as tomllib  # type: ignore[import-not-found, no-redef, unused-ignore]
        except ImportError:
            raise ConfigError(
                f"{path}: reading TOML on Python 3.10 needs the 'tomli' package; pip install tomli") from None
    try:
        data: dict[str, Any] = tomllib.loads(text)
        return data
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: not valid TOML: {e}") from None


def _names(data: Mapping[str, Any], key: str, path: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: '{key}' must be a list of step names, like {key} = [\"drop_footer\"]")
    return tuple(value)


def parse_config(text: str, path: str = "<config>") -> Config:
    """A `Config` from TOML text; ``path`` only names the file in error messages.

    >>> parse_config('disable = ["drop_footer"]\\n[options]\\nmin_words = 4\\n')
    Config(disable=('drop_footer',), only=(), options={'min_words': 4})
    """
    data = _toml_loads(text, path)
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) {', '.join(map(repr, unknown))}; "
                          f"valid keys: {', '.join(KEYS)}")
    options = data.get("options", {})
    if not isinstance(options, dict):
        raise ConfigError(f"{path}: 'options' must be a table: [options]")
    return Config(disable=_names(data, "disable", path), only=_names(data, "only", path),
                  enable=_names(data, "enable", path), options=options)


def load_config(path: str) -> Config:
    """Read and check the TOML config file at ``path``."""
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except OSError as e:
        raise ConfigError(f"cannot read config {path}: {e.strerror or e}") from None
    except UnicodeDecodeError as e:
        raise ConfigError(f"{path}: not UTF-8 ({e.reason} at byte {e.start})") from None
    return parse_config(text, path)
