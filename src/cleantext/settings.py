"""Options: each one declared by the step that reads it, with a type, a default and a line of help.

A pipeline checks the options it is given against what its steps declare, so a typo
(``include_coments``) or a wrong type (``keep_captions = "yes"``) is a `ConfigError` when the
pipeline is built, from the API, the command line and a config file alike, never a silent no-op.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .errors import ConfigError, PipelineError


@dataclass(frozen=True)
class Option:
    """One option a step reads: its name, the types its value may have, its default, what it does."""

    name: str
    types: tuple[type, ...]
    default: Any
    help: str

    def check(self, value: Any) -> Any:
        """``value`` if it has one of the declared types, else a `ConfigError` that says which."""
        # bool is an int in Python: True is no threshold, and 1 is no switch.
        ok = isinstance(value, self.types) and not (isinstance(value, bool) and bool not in self.types)
        if not ok and value is None and self.default is None:
            ok = True
        if not ok and isinstance(value, int) and not isinstance(value, bool) and float in self.types:
            ok = True  # 1 where 1.0 is meant
        if not ok:
            names = " or ".join(t.__name__ for t in self.types)
            raise ConfigError(f"option {self.name!r} must be {names}, not {type(value).__name__} ({value!r})")
        return value


class Settings(Mapping[str, Any]):
    """The options of one pipeline: every declared option, given or at its default.

    Reading an option no step declared is a bug in the step that reads it: `PipelineError`.
    """

    __slots__ = ("_declared", "_values")

    def __init__(self, declared: Iterable[Option], given: Mapping[str, Any], *,
                 known_elsewhere: Mapping[str, str] | None = None) -> None:
        """``known_elsewhere`` maps options of steps this pipeline lacks to their step's name: such
        an option is accepted and has no effect (``--disable drop_site_template`` with a model)."""
        self._declared: dict[str, Option] = {}
        for option in declared:
            first = self._declared.setdefault(option.name, option)
            if first.types != option.types or first.default != option.default:
                raise PipelineError(f"option {option.name!r} is declared twice with different types or defaults")
        elsewhere = known_elsewhere or {}
        unknown = sorted(k for k in given if k not in self._declared and k not in elsewhere)
        if unknown:
            valid = ", ".join(sorted(set(self._declared) | set(elsewhere))) or "none"
            raise ConfigError(f"unknown option(s) {', '.join(map(repr, unknown))}; valid options: {valid}")
        self._values = {name: option.default for name, option in self._declared.items()}
        for name, value in given.items():
            if name in self._declared:
                self._values[name] = self._declared[name].check(value)

    def __getitem__(self, name: str) -> Any:
        try:
            return self._values[name]
        except KeyError:
            raise PipelineError(f"option {name!r} is read but no step of this pipeline declares it") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"Settings({self._values!r})"
