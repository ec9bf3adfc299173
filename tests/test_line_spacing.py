"""Pages spaced as other scrapers space them: no blank lines at all, or a blank line after every
line. The blank lines carry no grouping then, and no article paragraph may be lost for it."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from strategies import text_pages

import cleantext


def respaced(text: str, spacing: str) -> str:
    lines = [line for line in text.split("\n") if line.strip()]
    return ("\n" if spacing == "none" else "\n\n").join(lines) + "\n"


@pytest.mark.parametrize("spacing", ["none", "every line"])
@settings(max_examples=40, deadline=None)
@given(sample=text_pages(damaged=False))
def test_respacing_a_page_loses_no_article_paragraph(spacing: str, sample) -> None:
    doc = cleantext.extract(respaced(sample.source, spacing), format="text")
    kept = set(doc.body.split("\n"))
    lost = [p for p in sample.page.long_paragraphs if p not in kept]
    assert not lost, lost[:3]
