"""Whether a page's article is written in capitals throughout (an upper-cased copy, a shouted post).

Filters read an all-caps short line as a heading of its own ("OPINION / BLOG / INTERVIEW", "MORE
NEWS"); on a page whose running text is all capitals too, capitals say nothing and those rules
stand aside.
"""
from __future__ import annotations

from ..page import Page
from .features import complete_features


def all_caps(page: Page) -> bool:
    """Whether the page's prose lines are all in capitals (False on a page without prose, or in
    scripts without case)."""
    return page.memo(_all_caps)


def _all_caps(page: Page) -> bool:
    # Every prose line of the page, labelled ones too: an HTML page's settled blocks count.
    prose = [b.text for b, f in zip(page.blocks, complete_features(page)) if f.prose]
    # str.isupper: some cased character and none of them lowercase, in one C-level pass.
    return bool(prose) and "\n".join(prose).isupper()
