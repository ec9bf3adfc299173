"""Warnings about pages that cannot be cleaned well: a result is returned, but the user is told why
it may be poor (a whole page on one line, a page with no running text), instead of silence."""
from __future__ import annotations

from .page import Page
from .text.features import complete_features

# A page this long on so few lines was flattened: menus, article and footer share one line.
ONE_LINE_CHARS = 1000
ONE_LINE_SHARE = 0.9
ONE_LINE_BLOCKS = 3
# A page with this many lines and none of them prose has no article to find.
NO_PROSE_BLOCKS = 5


def page_warnings(page: Page) -> tuple[str, ...]:
    """The warnings for a text page after cleaning, each "id: what happened; what to do"."""
    if page.format != "text" or not page.blocks:
        return ()
    if len(page.blocks) <= ONE_LINE_BLOCKS:  # the lengths of a few blocks, not of every block of every page
        lengths = [len(b.text) for b in page.blocks]
        total = sum(lengths)
        if total >= ONE_LINE_CHARS and max(lengths) >= ONE_LINE_SHARE * total:
            return ((f"page.one_line: the page is one line of {max(lengths):,} characters, so menus, article and "
                     "footer cannot be told apart and it is returned nearly whole; scrape it with its line breaks"),)
    if len(page.blocks) >= NO_PROSE_BLOCKS and not any(f.prose for f in complete_features(page)):
        return (("page.no_prose: no line reads as running text, so no article was found and every line no "
                 "filter recognised is kept"),)
    return ()
