"""The optional compiled build (setup.py, CLEANTEXT_MYPYC=1): what it compiles, and what keeps its output
and step descriptions the same as the pure build's. Runs on both builds; nothing here compiles."""
from __future__ import annotations

import ast
import importlib.util
import inspect
from pathlib import Path
from types import ModuleType

import pytest

from cleantext import steps
from cleantext.casing import str_lower
from cleantext.pipeline import known_steps

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def setup_py() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cleantext_setup", REPO / "setup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # defines COMPILED and the helpers; setup() runs only as __main__
    return module


def test_compiled_modules_exist_and_leave_the_input_checks_interpreted(setup_py: ModuleType) -> None:
    for path in setup_py.COMPILED:
        assert (REPO / "src" / path).is_file(), path
    # pipeline.py checks what callers pass; compiled, a wrong type would be a TypeError, not InputError.
    assert not {"cleantext/pipeline.py", "cleantext/api.py", "cleantext/__init__.py"} & set(setup_py.COMPILED)


def test_the_build_records_every_compiled_steps_docstring(setup_py: ModuleType) -> None:
    recorded = setup_py.docstrings(setup_py.COMPILED)
    compiled_modules = {p.removesuffix(".py").removesuffix("/__init__").replace("/", ".") for p in setup_py.COMPILED}
    compiled_steps = [s for s in known_steps().values() if s.func.__module__ in compiled_modules]
    assert compiled_steps
    for step in compiled_steps:
        key = f"{step.func.__module__}.{step.func.__qualname__}"
        assert recorded[key], key
        if step.func.__doc__:  # the pure build: the function's own docstring, the same text
            assert recorded[key] == inspect.getdoc(step.func)


def test_docstring_falls_back_to_the_compiled_builds_record(monkeypatch: pytest.MonkeyPatch) -> None:
    def undocumented() -> None:
        pass
    key = f"{undocumented.__module__}.{undocumented.__qualname__}"
    monkeypatch.setattr(steps, "_compiled_docstrings", lambda: {key: "Recorded at build time.\n\nMore."})
    assert steps.docstring(undocumented) == "Recorded at build time.\n\nMore."
    assert steps.Step("undocumented", undocumented, "filter").description == "Recorded at build time."


def test_every_known_step_has_a_description_in_this_build() -> None:
    for name, step in known_steps().items():
        assert step.description, name


def test_str_lower_keeps_the_final_sigma_rule() -> None:
    assert str_lower("ΟΔΟΣ COOKIE") == "οδος cookie" == "ΟΔΟΣ COOKIE".lower()


def test_compiled_modules_lower_text_through_str_lower(setup_py: ModuleType) -> None:
    """A compiled ``s.lower()``/``s.upper()`` would differ from the pure build on Greek text."""
    bytes_receivers = {"raw_text"}  # bytes.lower() is ASCII-only in both builds
    calls = [f"{path}:{node.lineno} {ast.unparse(node.func)}()"
             for path in setup_py.COMPILED
             for node in ast.walk(ast.parse((REPO / "src" / path).read_text(encoding="utf-8")))
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
             and node.func.attr in ("lower", "upper") and not node.args
             and ast.unparse(node.func.value) not in bytes_receivers]
    assert calls == [], "call cleantext.casing.str_lower(s) instead of s.lower() in compiled modules"
