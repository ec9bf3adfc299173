"""Markdown output: built from the trace, kept blocks only."""
from __future__ import annotations

from cleantext import Pipeline, extract
from cleantext.html import STRUCTURE_STEPS
from cleantext.markdown import escape, to_markdown

# Only the structure steps: no repairs, no text filters.
BARE = Pipeline.default().only(*(f.__name__ for f in STRUCTURE_STEPS))


def md(html: str) -> str:
    return to_markdown(BARE.run(html, format="html"))


def test_headings_lists_quotes_tables_and_code() -> None:
    html = ("<article><h1>Tram line</h1><p>Intro text.</p><h2>Costs</h2><ul><li>rails</li><li>trams</li></ul>"
            "<blockquote>It is about time.</blockquote>"
            "<table><tr><th>Year</th><th>Cost</th></tr><tr><td>2026</td><td>40 M</td></tr></table>"
            "<pre>total = 40\nyears = 2</pre></article>")
    assert md(html) == (
        "# Tram line\n\nIntro text.\n\n## Costs\n\n- rails\n- trams\n\n> It is about time.\n\n"
        "| Year | Cost |\n| --- | --- |\n| 2026 | 40 M |\n\n```\ntotal = 40\nyears = 2\n```")


def test_dropped_blocks_are_not_rendered() -> None:
    out = md("<nav><a href='/'>Home</a></nav><article><p>Only this text stays in the output.</p></article>")
    assert out == "Only this text stays in the output."


def test_text_that_looks_like_markup_is_escaped() -> None:
    assert escape("# not a heading") == "\\# not a heading"
    assert escape("- not a list") == "\\- not a list"
    assert escape("plain words") == "plain words"


def test_text_mode_list_markers_are_not_doubled() -> None:
    doc = extract("Intro line of the text that is long enough to stay here.\n\n- first item\n- second item",
                  format="text", pipeline=BARE)
    assert to_markdown(doc).endswith("- first item\n- second item")
