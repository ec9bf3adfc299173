"""Pages that cannot be cleaned well say so: doc.warnings, and a warning on stderr from the CLI."""
from __future__ import annotations

import html
import io
from pathlib import Path

import cleantext
from cleantext.cli.app import run

SAMPLE = (Path(__file__).parent.parent / "examples" / "sample_page.txt").read_text(encoding="utf-8")


def test_a_whole_page_on_one_line_is_warned_about() -> None:
    doc = cleantext.extract(" ".join(SAMPLE.split("\n")), format="text")
    assert [w.split(":")[0] for w in doc.warnings] == ["page.one_line"]


def test_a_page_without_running_text_is_warned_about() -> None:
    doc = cleantext.extract("Home\nNews\nSport\nWeather\nContact us\nJobs", format="text")
    assert [w.split(":")[0] for w in doc.warnings] == ["page.no_prose"]


def test_an_ordinary_page_has_no_warning() -> None:
    assert cleantext.extract(SAMPLE, format="text").warnings == ()


def test_the_cli_prints_the_warning_on_stderr_and_quiet_hides_it() -> None:
    page = " ".join(SAMPLE.split("\n"))
    for argv, shown in (([], True), (["-q"], False)):
        err = io.StringIO()
        assert run(argv, stdin=io.StringIO(page), stdout=io.StringIO(), stderr=err) == 0
        assert ("page.one_line" in err.getvalue()) is shown


def test_warnings_survive_replay_and_json() -> None:
    doc = cleantext.extract(" ".join(SAMPLE.split("\n")), format="text")
    assert cleantext.assemble.replay(doc).warnings == doc.warnings
    assert doc.to_dict()["warnings"] == list(doc.warnings)


HTML_PAGE = ("<html><head><title>Storm closes the coast road</title></head><body><nav><a href='/'>Home</a></nav>"
             "<article><h1>Storm closes the coast road</h1><p>The coast road was closed on Tuesday after the "
             "storm washed part of it away.</p><p>Crews expect to reopen one lane by the weekend, the county "
             "engineer said.</p></article><footer>&copy; 2025 Gazette</footer></body></html>")


def test_html_escaped_as_text_is_warned_about() -> None:
    """An HTML page whose tags were escaped (&lt;p&gt;) reads as text and keeps its tags as text."""
    escaped = html.escape(HTML_PAGE)
    for page in (escaped, escaped.replace("&gt;&lt;", "&gt;\n&lt;")):
        for format in ("auto", "html"):
            doc = cleantext.extract(page, format=format)
            assert [w.split(":")[0] for w in doc.warnings] == ["page.markup"], (format, doc.warnings)


def test_html_given_as_text_is_warned_about() -> None:
    doc = cleantext.extract(HTML_PAGE.replace("><", ">\n<"), format="text")
    assert [w.split(":")[0] for w in doc.warnings] == ["page.markup"]


def test_a_page_that_mentions_a_few_tags_has_no_markup_warning() -> None:
    page = SAMPLE + "\nUse the <br> tag for a line break and <p> for a paragraph, the guide says.\n"
    assert cleantext.extract(page, format="text").warnings == ()
    assert cleantext.extract(HTML_PAGE, format="html").warnings == ()
