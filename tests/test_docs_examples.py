"""Every Python example in README.md and docs/ runs as written.

A page's examples run in order in one namespace, as a reader follows them (the second example of
a page may use what the first imported). Names an example leaves to the reader (``text``, ``page``,
``records``, ``my_filter`` ...) are given small stand-ins of our own; pages that need a cluster
or a cloud store are skipped with the reason.
"""
from __future__ import annotations

import re
import shutil
import textwrap
from pathlib import Path

import pytest

from cleantext import Page
from cleantext.errors import MissingExtraError

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(r"^( *)```python\n(.*?)^\1```", re.DOTALL | re.MULTILINE)
# Pages whose examples start a Dask cluster or read from S3, Spark or datatrove's WARC readers.
NEEDS_A_CLUSTER = {"dask.md", "corpus-pipelines.md"}
# Extras an example may import; without them the example is skipped, as the extra's tests are.
EXTRAS = ("warcio", "dask", "datasets", "datatrove", "lingua", "fasttext")

PAGE_TEXT = ("Home | News | Sport\n"
             "Storm closes the coast road\n\n"
             "The coast road was closed on Tuesday after the storm washed part of it away.\n"
             "Crews expect to reopen one lane by the weekend, the county engineer said.\n"
             "© 2025 Caldwick Gazette")
PAGE_HTML = ("<html><head><title>Storm closes the coast road</title></head><body>"
             "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Storm closes the coast road</h1>"
             "<p>The coast road was closed on Tuesday after the storm washed part of it away.</p>"
             "<p>Crews expect to reopen one lane by the weekend, the county engineer said.</p></article>"
             "<footer>© 2025 Caldwick Gazette</footer></body></html>")


def do_nothing(page: Page) -> None:
    """A filter that labels nothing: stands for the reader's own filter."""


def examples(path: Path) -> list[tuple[int, str]]:
    """The page's Python examples: (line number, code)."""
    source = path.read_text(encoding="utf-8")
    return [(source.count("\n", 0, m.start()) + 1, textwrap.dedent(m.group(2))) for m in BLOCK.finditer(source)]


def stand_ins() -> dict[str, object]:
    """What the examples leave to the reader: a page, records of a site, their own filters."""
    records = [{"url": f"https://news.example.org/story-{n}", "text": f"Home | News\nStory {n} of the day, "
                "told in one long sentence that reads as prose.\n© 2025 Example News"} for n in range(4)]
    return {"__name__": "docs_example", "text": PAGE_TEXT, "page": PAGE_TEXT, "html": PAGE_HTML,
            "records": records, "record": records[0], "f": do_nothing, "my_filter": do_nothing,
            "my_title_filter": do_nothing, "my_mark_title": do_nothing}


@pytest.mark.parametrize("path", [p for p in PAGES if examples(p)], ids=lambda p: p.name)
def test_python_examples_run(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                             capsys: pytest.CaptureFixture[str]) -> None:
    if path.name in NEEDS_A_CLUSTER:
        pytest.skip(f"{path.name} needs a Dask cluster or a cloud store")
    # The files the examples open, in a folder of their own.
    (tmp_path / "examples").mkdir()
    shutil.copy(ROOT / "examples" / "sample_page.txt", tmp_path / "examples")
    (tmp_path / "page.html").write_text(PAGE_HTML, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    namespace = stand_ins()
    for line, code in examples(path):
        if "cleantext.dask" in code:
            continue  # a cluster again (warc.md's Dask example)
        try:
            exec(compile(code, f"{path.name}:{line}", "exec"), namespace)  # noqa: S102 - our own docs
        except MissingExtraError as e:  # cleantext's own message for an extra that is not installed
            pytest.skip(f"{path.name}:{line}: {e}")
        except ImportError as e:
            if e.name and e.name.split(".")[0] in EXTRAS:
                pytest.skip(f"{path.name}:{line} needs {e.name}")
            raise
    capsys.readouterr()
