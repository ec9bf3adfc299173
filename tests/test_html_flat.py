"""Text in HTML dress (html/flat.py): an HTML page whose body is only lines of text, each in its own
<p>, with no link, list, heading or section, is read as scraped text, so its menus, teasers and
footer lines go as they do from the text; a page with any structure stays HTML."""
from __future__ import annotations

import html

from articles import HEADLINES, PARAGRAPHS, page
from hypothesis import given
from hypothesis import strategies as st

import cleantext

TOP = ("Home | World | Business | Sport", "Subscribe to our newsletter")
BOTTOM = ("TRENDING", "Harbour festival draws record crowds", "Ferry fares to rise in spring",
          "© 2025 Caldwick Gazette. All rights reserved.", "Privacy Policy | Terms of Use")


def dressed(text: str, *, extra: str = "") -> str:
    """Each non-blank line of ``text`` in its own <p>, as a text-to-HTML converter writes it."""
    lines = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())
    return f"<html><head><title>Caldwick</title></head><body>{extra}{lines}</body></html>"


def test_a_flat_page_is_cleaned_as_its_text_is():
    text = page(top=TOP, bottom=BOTTOM)
    as_text = cleantext.extract(text, format="text")
    as_html = cleantext.extract(dressed(text), format="html")
    assert as_html.body == as_text.body
    assert as_html.title == HEADLINES["en"]
    assert [r.title for r in as_html.related] == [r.title for r in as_text.related]
    assert any(w.startswith("html.flat") for w in as_html.warnings)
    assert "Privacy Policy | Terms of Use" not in as_html.text


def test_a_page_with_a_link_or_heading_stays_html():
    text = page(top=TOP, bottom=BOTTOM)
    for extra in ('<p><a href="/world">World</a></p>', "<h2>Coast</h2>", "<ul><li>Sport</li></ul>"):
        doc = cleantext.extract(dressed(text, extra=extra), format="html")
        assert not any(w.startswith("html.flat") for w in doc.warnings), extra
        assert doc.format == "html"


def test_a_short_flat_page_stays_html():
    doc = cleantext.extract(dressed("\n".join(PARAGRAPHS["en"])), format="html")
    assert doc.format == "html"


LINES = [*TOP, *BOTTOM, HEADLINES["en"], *PARAGRAPHS["en"], "By Orla Penhallow", "Share this article"]


@given(st.lists(st.sampled_from(LINES), min_size=8, max_size=20))
def test_flat_html_keeps_exactly_what_its_text_keeps(lines):
    text = "\n\n".join(lines)
    assert cleantext.extract(dressed(text), format="html").body == cleantext.extract(text, format="text").body
