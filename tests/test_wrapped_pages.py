"""Hard-wrapped pages cleaned with the default pipeline (no unwrap_lines): the article's words all come
back, the region never starts or ends inside a wrapped paragraph, and a wrapped headline is found whole."""
from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from golden import pages

import cleantext
from cleantext.page import Page
from cleantext.text.blocks import text_blocks
from cleantext.text.features import continued
from cleantext.text.region import main_region

PAGES = pages(Path(__file__).parent / "fixtures" / "pages")
WIDTHS = (50, 60, 72, 80, 100, 130)
# (page, width) still wrong, with the reason.
KNOWN_FAILURES = {
    ("harbour_tidal_plant", 50): "a byline wrapped over two lines and a tag list below it stay in the text",
    ("harbour_tidal_plant", 60): "the tag list ('• Region:' / '• Cornwall') under a wrapped byline stays in the text",
    ("riverboat_museum", 60): ("a headline of exactly the wrap width with the lead right under it (no blank line) "
                               "reads as the lead's first line"),
}


def wrap(text: str, width: int) -> str:
    return "\n".join("\n".join(textwrap.wrap(line, width)) or line for line in text.split("\n"))


def words(text: str) -> list[str]:
    # A word the wrapper broke after its hyphen ("non-" / "operational") is one word.
    return text.replace("-\n", "-").split()


@pytest.mark.parametrize("page, width", [
    pytest.param(p, w, marks=pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[p.stem, w]), id=f"{p.stem}-{w}")
    if (p.stem, w) in KNOWN_FAILURES else pytest.param(p, w, id=f"{p.stem}-{w}")
    for p in PAGES for w in WIDTHS])
def test_a_wrapped_page_keeps_the_articles_words(page: Path, width: int) -> None:
    expected = json.loads(page.with_name(f"{page.stem}.expected.json").read_text(encoding="utf-8"))
    doc = cleantext.extract(wrap(page.read_text(encoding="utf-8"), width), format="text")
    assert words(doc.text) == " ".join(expected["text_lines"]).split()
    assert doc.title == expected["title"]


PARAGRAPHS = [
    ("The harbour board has agreed a new timetable for the island ferries, which will run two more "
     "crossings a day in the summer and one fewer in the depth of winter, when few people travel."),
    ("Fishermen had asked for the change for years, because the early boat left before the market "
     "opened and the catch had to wait on the quay for the next crossing in the afternoon."),
    ("The board will review the timetable after the first summer and publish the passenger numbers "
     "for every crossing on its website, together with the comments it receives from islanders."),
]
ARTICLE = "\n\n".join(["Menu | Home | Harbour | Weather", "The new ferry timetable for the islands starts in May",
                        *PARAGRAPHS, "© 2026 Harbour Gazette"])


@pytest.mark.parametrize("width", WIDTHS[:4])
def test_the_region_starts_and_ends_on_paragraph_edges(width: int) -> None:
    text = wrap(ARTICLE, width)
    page = Page(text_blocks(cleantext.Pipeline.default().repair(text)))
    region = main_region(page)
    assert region is not None
    joined = continued(page)
    assert joined, "the page should read as hard-wrapped"
    start, end = region
    assert start not in joined and end + 1 not in joined


def test_a_headline_wrapped_over_two_lines_is_the_title_on_one_line() -> None:
    doc = cleantext.extract(wrap(ARTICLE, 40), format="text")
    assert doc.title == "The new ferry timetable for the islands starts in May"
    assert words(doc.body) == words(ARTICLE)[7 + 10:-4]


def test_text_that_is_not_wrapped_has_no_continued_lines() -> None:
    page = Page(text_blocks(ARTICLE))
    assert continued(page) == frozenset()
