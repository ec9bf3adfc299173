"""Pages spaced as other scrapers space them: no blank lines at all, or a blank line after every
line. The blank lines carry no grouping then, and no article paragraph may be lost for it."""
from __future__ import annotations

from hypothesis import given, settings
from strategies import text_pages

import cleantext


def respaced(text: str, spacing: str) -> str:
    lines = [line for line in text.split("\n") if line.strip()]
    return ("\n" if spacing == "none" else "\n\n").join(lines) + "\n"


@settings(max_examples=40, deadline=None)
@given(text_pages(damaged=False))
def test_a_blank_line_after_every_line_loses_no_article_paragraph(sample) -> None:
    doc = cleantext.extract(respaced(sample.source, "every line"), format="text")
    kept = set(doc.body.split("\n"))
    lost = [p for p in sample.page.long_paragraphs if p not in kept]
    assert not lost, lost[:3]


@settings(max_examples=40, deadline=None)
@given(text_pages(damaged=False))
def test_no_blank_lines_at_all_loses_no_article_paragraph(sample) -> None:
    doc = cleantext.extract(respaced(sample.source, "none"), format="text")
    kept = set(doc.body.split("\n"))
    lost = [p for p in sample.page.long_paragraphs if p not in kept]
    assert not lost, lost[:3]
