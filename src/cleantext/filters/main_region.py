"""select_main_region: drop what lies outside the main text region (see cleantext.text.region)."""
from __future__ import annotations

from ..page import Page
from ..steps import step
from ..text.region import main_region


@step("select", formats={"text"}, after=["extract_byline", "mark_title", "drop_repeated_title", "split_comments"])
def select_main_region(page: Page) -> None:
    """Drop every still-unlabelled line before or after the main text: menus, link lists,
    teasers, footers that no keyword filter named.

    The region is the contiguous run of blocks with the most prose (see cleantext.text.region).
    Declared for text pages only: on HTML pages ``select_html_region`` chose the region from the
    element tree. A page without any prose keeps all its lines: there is nothing to tell the article by.
    """
    region = main_region(page)
    if region is None:
        return
    start, end = region
    page.drop_open(0, start, "region.before_main", "before the main text")
    page.drop_open(end + 1, len(page), "region.after_main", "after the main text")
