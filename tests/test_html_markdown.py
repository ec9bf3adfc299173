"""Markdown output: built from the trace, kept blocks only."""
from __future__ import annotations

import regex
from hypothesis import given
from strategies import html_pages

from cleantext import Pipeline, extract
from cleantext.html import STRUCTURE_STEPS
from cleantext.markdown import escape, inline, to_markdown

WORD = regex.compile(r"\w+")
# "](https://x.example/a)" or "](<a b.pdf>)": a link's target, which is the page's href, not its text.
LINK_TARGET = regex.compile(r"\]\((?:<[^>\n]*>|[^)\s]*)\)")

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


def test_links_and_emphasis_become_markdown_with_absolute_urls() -> None:
    html = ("<article><p>The storm hit on <em>Tuesday night</em> and left <strong>thousands</strong> without "
            "power, <a href='/council'>the council</a> said in <a href='https://x.example/s'>a <i>short</i> "
            "statement</a>.</p><p>See the <a href='report (final).pdf'>final report [pdf]</a>.</p></article>")
    doc = extract(html, format="html", pipeline=BARE, url="https://news.example.org/a/b")
    assert to_markdown(doc).split("\n\n") == [
        ("The storm hit on *Tuesday night* and left **thousands** without power, "
        "[the council](https://news.example.org/council) said in [a short statement](https://x.example/s)."),
        "See the [final report \\[pdf\\]](<https://news.example.org/a/report (final).pdf>)."]
    assert "*" not in doc.text and "[" not in doc.text.replace("[pdf]", "")  # marks are Markdown only


def test_a_run_split_by_a_line_break_or_changed_by_a_repair_stays_plain() -> None:
    out = md("<p>Before <a href='https://x.example/'>one<br>two</a> after.</p>")
    assert "Before one" in out and "two after." in out and "](" not in out
    assert inline("A caf\u00e9 here.", (("em", "cafÃ©", ""),)) == "A caf\u00e9 here."


def test_emphasis_inside_a_link_gives_way_to_the_link() -> None:
    marks = (("em", "short", ""), ("link", "a short note", "https://x.example/n"))
    assert inline("Read a short note.", marks) == "Read [a short note](https://x.example/n)."


@given(html_pages())
def test_markdown_adds_only_syntax_and_urls(sample) -> None:  # type: ignore[no-untyped-def]
    """Without link targets and Markdown punctuation, the Markdown has only words of the clean text."""
    doc = extract(sample.source, format="html")
    markdown = LINK_TARGET.sub("]", to_markdown(doc))
    words = set(WORD.findall(doc.text))
    assert set(WORD.findall(markdown)) <= words
