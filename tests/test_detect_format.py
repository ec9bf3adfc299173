"""detect_format: HTML is told by markup that stands as markup, not by tags quoted inside sentences."""
from __future__ import annotations

from cleantext.detect import detect_format

HOWTO = """How to centre a card

Put the card inside a <div class="wrap"> and give it a maximum width.
Keep the text in plain <p> elements: a <br> between sentences is hard to restyle.
Use an <h2> for the heading and let the <p> after it carry the summary.
"""


def test_a_how_to_page_that_quotes_tags_is_text() -> None:
    assert detect_format(HOWTO) == "text"


def test_a_fragment_of_markup_is_html() -> None:
    assert detect_format("<div class='a'>\n<p>One</p>\n<p>Two <a href='/x'>link</a></p>\n</div>") == "html"


def test_markup_on_one_line_is_html() -> None:
    assert detect_format("<div><p>One</p><p>Two</p><ul><li>three</li></ul></div>") == "html"
