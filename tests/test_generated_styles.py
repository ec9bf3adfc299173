"""Quality on generated pages in other scraper styles (tests/pagegen/styles.py): the article's long
paragraphs kept, boilerplate lines removed, the headline found, comments split off and related items
linked, each at least at the floor measured when the style was added (`benchmarks/generated_styles.py`
prints the table). Floors are measurements, not goals: raise them when the filters improve."""
from __future__ import annotations

from functools import cache

import pytest
from pagegen.styles import STYLES, StyleTally, run_style

PAGES = 40
# (paragraphs kept, boilerplate removed, title right) per style, measured on PAGES pages minus a margin.
FLOORS = {
    "wrapped": (0.93, 0.93, 0.90),
    "markdown": (0.97, 0.93, 0.88),
    "lynx": (0.90, 0.93, 0.80),
    "duplicated": (0.97, 0.93, 0.88),
    "forum": (0.97, 0.97, 0.85),
    "recipe": (0.97, 0.97, 0.95),
    "comments": (0.97, 0.93, 0.88),
}


@cache
def tally(style: str) -> StyleTally:
    return run_style(style, PAGES)


@pytest.mark.parametrize("style", STYLES)
def test_generated_pages_of_each_style_are_cleaned_at_least_as_well_as_measured(style: str) -> None:
    t = tally(style)
    kept, removed, titled = FLOORS[style]
    assert t.kept / t.keep_total >= kept, t.row(style)
    assert t.removed / t.remove_total >= removed, t.row(style)
    assert t.titled / t.title_total >= titled, t.row(style)


def test_comment_threads_are_split_into_comments() -> None:
    t = tally("comments")
    assert t.comments_split == t.comments_total, t.row("comments")


@pytest.mark.parametrize("style", ["markdown", "lynx"])
def test_related_items_of_markup_pages_keep_their_links(style: str) -> None:
    t = tally(style)
    assert t.url_given >= 0.8 * t.url_total, t.row(style)
