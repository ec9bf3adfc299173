"""Build script. By default the package is pure Python; ``CLEANTEXT_MYPYC=1`` compiles its hot modules.

    pip install .                      # pure Python: no compiler needed
    CLEANTEXT_MYPYC=1 pip install .    # the same source, hot modules compiled with mypyc (needs a C compiler)

The compiled build is black's and mypy's model: mypyc compiles the unchanged, fully typed source, and
the output is the same document for document (``benchmarks/output_hashes.py`` checks it). Only the
modules where the time goes are compiled (see ``COMPILED``); the pipeline, the API, the CLI and the
optional integrations stay interpreted. Project metadata lives in pyproject.toml; the build
requirements of the compiled build are added by ``build_backend.py``.
"""
from __future__ import annotations

import ast
import os
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"

# Where a run spends its time: block features and the text region, the filters and the phrase
# tables they match against, the repairs, the page and result assembly, and the HTML walk and
# structure steps. Left interpreted on purpose: pipeline.py (it checks its input, so bad input
# still raises InputError rather than a compiled TypeError), api, cli, dask, warc, decoding,
# templates and learn (run once per page or per batch; nothing to gain).
COMPILED = [
    "cleantext/labels.py",  # Label and Kind: compiled, their members are C statics in compiled code
    "cleantext/page.py",
    "cleantext/assemble.py",
    "cleantext/text/blocks.py",
    "cleantext/text/features.py",
    "cleantext/text/region.py",
    "cleantext/text/gaps.py",
    "cleantext/text/plain_blocks.py",
    "cleantext/text/lynx_blocks.py",
    "cleantext/text/markdown_blocks.py",
    "cleantext/text/paragraphs.py",
    "cleantext/text/line_words.py",
    "cleantext/text/page_case.py",
    "cleantext/text/quantities.py",
    "cleantext/text/key_points.py",
    "cleantext/text/headline.py",
    "cleantext/filters/byline.py",
    "cleantext/filters/disclaimers.py",
    "cleantext/filters/footer.py",
    "cleantext/filters/main_region.py",
    "cleantext/filters/navigation.py",
    "cleantext/filters/related.py",
    "cleantext/filters/site_template.py",
    "cleantext/filters/title.py",
    "cleantext/filters/comments.py",
    "cleantext/filters/duplicates.py",
    "cleantext/filters/paragraphs.py",
    "cleantext/filters/posts.py",
    "cleantext/filters/player.py",
    "cleantext/filters/contents.py",
    "cleantext/patterns/player.py",
    "cleantext/patterns/contents.py",
    "cleantext/patterns/key_points.py",
    "cleantext/patterns/__init__.py",
    "cleantext/patterns/byline.py",
    "cleantext/patterns/calls.py",
    "cleantext/patterns/footer.py",
    "cleantext/patterns/navigation.py",
    "cleantext/patterns/notices.py",
    "cleantext/patterns/related.py",
    "cleantext/patterns/stopwords.py",
    "cleantext/patterns/dates.py",
    "cleantext/patterns/posts.py",
    "cleantext/repairs/encoding.py",
    "cleantext/repairs/invisible.py",
    "cleantext/repairs/quotes.py",
    "cleantext/repairs/scan.py",
    "cleantext/repairs/unwrap.py",
    "cleantext/repairs/whitespace.py",
    "cleantext/html/walk.py",
    "cleantext/html/score.py",
    "cleantext/html/blocks.py",
    "cleantext/html/elements.py",
    "cleantext/html/refine.py",
    "cleantext/html/captions.py",
    "cleantext/html/related.py",
    "cleantext/html/title.py",
    "cleantext/html/tokens.py",
    "cleantext/html/tree.py",
    "cleantext/html/columns.py",
    "cleantext/html/feeds.py",
    "cleantext/html/media.py",
    "cleantext/html/ancestry.py",
    "cleantext/html/element_kinds.py",
    "cleantext/html/header.py",
    "cleantext/html/teasers.py",
    "cleantext/html/vocab.py",
]
# mypyc drops the docstrings of what it compiles, and a step's docstring is its description
# (--list-filters, the docs). The compiled build records them from the source into this module,
# which cleantext.steps.docstring reads; the pure build has no need of it and does not ship it.
DOCSTRINGS_MODULE = "cleantext/_compiled_docstrings.py"


def compiled() -> bool:
    return os.environ.get("CLEANTEXT_MYPYC", "0") not in ("", "0")


def docstrings(paths: list[str]) -> dict[str, str]:
    """``module.name`` -> docstring of every top-level function and class in ``paths``."""
    found: dict[str, str] = {}
    for path in paths:
        module = path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
        tree = ast.parse((SRC / path).read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                doc = ast.get_docstring(node)
                if doc:
                    found[f"{module}.{node.name}"] = doc
    return found


class BuildPyWithDocstrings(build_py):
    """build_py that also writes the compiled modules' docstrings into the built package."""

    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / DOCSTRINGS_MODULE
        target.write_text('"""Docstrings of the modules mypyc compiled, recorded from their source by '
                          'setup.py."""\n\nDOCSTRINGS: dict[str, str] = '
                          f"{docstrings(COMPILED)!r}\n", encoding="utf-8")


def main() -> None:
    if not compiled():
        setup()
        return
    from mypyc.build import mypycify

    os.chdir(HERE)  # mypyc takes paths relative to here and reads pyproject.toml's [tool.mypy]
    # The optional extras' packages (py3langid, datasets, ...) are not in the build environment: their
    # imports type as Any there, as black's build does, and the ignores they need elsewhere may go unused.
    flags = ["--ignore-missing-imports", "--no-warn-unused-ignores"]
    setup(ext_modules=mypycify([*flags, *(f"src/{p}" for p in COMPILED)], opt_level="3", debug_level="0"),
          cmdclass={"build_py": BuildPyWithDocstrings})


# setuptools runs this file as __main__; tests import it to check COMPILED and the docstrings.
if __name__ == "__main__":
    main()
