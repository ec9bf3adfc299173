"""PEP 517 build backend: setuptools', plus what mypyc needs when ``CLEANTEXT_MYPYC=1`` asks for the
compiled build (see setup.py). Without it the requirements are setuptools' alone, so ``pip install .``
needs neither mypy nor a C compiler.
"""
from __future__ import annotations

import os
from typing import Any

from setuptools import build_meta
from setuptools.build_meta import *  # every hook not overridden below

# mypy pinned, as black pins it: the version the compiled build is tested with. mypyc type-checks
# what it compiles, so it also needs the runtime dependencies (as pyproject.toml lists them) and types-regex.
MYPYC_REQUIRES = ["mypy==2.4.1", "types-regex", "lxml>=4.9", "regex>=2023.0", "ftfy>=6.1",
                  "charset-normalizer>=3.0,<4"]


def _compiled() -> bool:
    return os.environ.get("CLEANTEXT_MYPYC", "0") not in ("", "0")


# setuptools' own hooks run setup.py to ask it, which imports mypyc in the compiled build: that is
# what these requirements install, so the compiled build answers without running it (setup.py
# declares no setup_requires of its own).
def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    return MYPYC_REQUIRES if _compiled() else build_meta.get_requires_for_build_wheel(config_settings)


def get_requires_for_build_editable(config_settings: dict[str, Any] | None = None) -> list[str]:
    return MYPYC_REQUIRES if _compiled() else build_meta.get_requires_for_build_editable(config_settings)
