"""The documentation covers the code: every registered step and every CLI option is documented."""
import importlib
import importlib.util
import re
import sys
from pathlib import Path

import pytest

from cleantext import Pipeline
from cleantext.cli import build_parser
from cleantext.steps import docstring

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
_spec = importlib.util.spec_from_file_location("docs_catalogue_hook", DOCS / "hooks" / "catalogue.py")
assert _spec is not None and _spec.loader is not None
catalogue = importlib.util.module_from_spec(_spec)
sys.modules["docs_catalogue_hook"] = catalogue
_spec.loader.exec_module(catalogue)


def written_docs() -> str:
    """All hand-written pages (the generated benchmark tables and the hooks excluded)."""
    pages = [p for p in DOCS.rglob("*.md") if not p.relative_to(DOCS).as_posix().startswith(("hooks/", "bench/"))]
    return "\n".join(p.read_text(encoding="utf-8") for p in pages)


@pytest.fixture(scope="module")
def rendered_catalogue() -> str:
    return catalogue.render_catalogue()


@pytest.mark.parametrize("step", Pipeline.default().steps, ids=lambda s: s.name)
def test_every_default_step_has_a_docstring_for_the_catalogue(step):
    assert (docstring(step.func) or "").strip(), f"{step.name} has no docstring: the filter catalogue would be empty"


@pytest.mark.parametrize("name", Pipeline.default().names)
def test_every_default_step_has_a_catalogue_entry(name, rendered_catalogue):
    assert f"\n### {name}\n" in rendered_catalogue


def test_filters_page_carries_the_catalogue_marker():
    assert catalogue.MARKER in (DOCS / "filters.md").read_text(encoding="utf-8")


def cli_options() -> list[str]:
    """The options of `cleantext` and of each subcommand (``warc --on-error``)."""
    from cleantext.cli.commands import COMMANDS

    parsers = [build_parser()]
    for path in COMMANDS.values():
        try:
            parsers.append(importlib.import_module(path).build_parser())
        except ImportError:  # an optional command that is not installed
            continue
    return sorted({opt for parser in parsers for action in parser._actions for opt in action.option_strings})


@pytest.mark.parametrize("option", cli_options())
def test_every_cli_option_is_documented(option):
    docs = written_docs()
    # "--format" must appear as an option, not as part of "--formatting".
    assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", docs), f"{option} is not mentioned in docs/"


def test_reasons_on_the_example_page_are_in_the_catalogue(rendered_catalogue):
    """The reason ids the catalogue reads from the source include every one the example page shows."""
    sample = ROOT / "examples" / "sample_page.txt"
    if not sample.exists():
        pytest.skip("examples/sample_page.txt is missing")
    doc = Pipeline.default().run(sample.read_text(encoding="utf-8"), format="text")
    shown = {v.reason for _, v in doc.trace if v.step}
    missing = [r for r in shown if f"`{r}`" not in rendered_catalogue]
    assert not missing


def test_nav_lists_only_pages_that_exist():
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = re.findall(r"^\s*-\s[^:\n]+:\s*(\S+\.md)\s*$", config, re.MULTILINE)
    assert nav, "no nav entries found in mkdocs.yml"
    assert [p for p in nav if not (DOCS / p).exists()] == []


def test_pages_missing_from_the_nav_are_appended_under_more(tmp_path):
    (tmp_path / "index.md").write_text("# Home\n")
    (tmp_path / "warc.md").write_text("# WARC input\n")
    (tmp_path / "hooks").mkdir()
    (tmp_path / "hooks" / "notes.md").write_text("# not a page\n")
    config = {"docs_dir": str(tmp_path), "nav": [{"Home": "index.md"}]}
    catalogue.on_config(config)
    assert config["nav"][-1] == {"More": [{"WARC input": "warc.md"}]}


def test_docstring_doctests_become_code_blocks():
    def f() -> None:
        """Fix a thing.

        >>> f("<p>")
        '<p>'
        """
    assert "```pycon\n>>> f(\"<p>\")\n'<p>'\n```" in catalogue.docstring_markdown(f)


def test_every_add_field_is_listed_in_the_cli_page():
    """The --add row of docs/cli.md names every field `cleantext.records.FIELDS` accepts."""
    from cleantext.records import FIELDS

    row = next(line for line in (DOCS / "cli.md").read_text(encoding="utf-8").splitlines()
               if line.startswith("| `--add FIELDS`"))
    assert [f for f in FIELDS if f"`{f}`" not in row] == []
