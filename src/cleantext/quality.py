"""Warnings about pages that cannot be cleaned well: a result is returned, but the user is told why
it may be poor (a whole page on one line, a page with no running text), instead of silence."""
from __future__ import annotations

import re

from .labels import Kind
from .page import Page
from .text.features import complete_features

# A page this long on so few lines was flattened: menus, article and footer share one line.
ONE_LINE_CHARS = 1000
ONE_LINE_SHARE = 0.9
ONE_LINE_BLOCKS = 3
# A page with this many lines and none of them prose has no article to find.
NO_PROSE_BLOCKS = 5
# An HTML tag left as text: "<p>", "</div>", "<a href=/>", "<!DOCTYPE html>", "<!-- a comment".
TAG_AS_TEXT = re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,20}(?:\s[^<>]{0,300})?/?>|<!(?:DOCTYPE|--)[^<>]{0,100}>?",
                         re.IGNORECASE)
# HTML read as text shows its tags from the start: the first 64 KB of the page's text (code blocks
# aside) are looked at, and at least 10 tags making up a third of its characters are markup, where
# a page that quotes a few tags ("use <br> for a line break") has a handful.
MARKUP_SAMPLE = 65_536
MARKUP_TAGS = 10
MARKUP_SHARE = 0.3
MARKUP = ("page.markup: the page is HTML markup read as text, so its tags come out as text; pass it as HTML "
          "(format='html', --format html), and if its tags were escaped (&lt;p&gt;) unescape them first "
          "(html.unescape)")


def page_warnings(page: Page) -> tuple[str, ...]:
    """The warnings for a page after cleaning, each "id: what happened; what to do"."""
    if not page.blocks:
        return ()
    if markup_as_text(page):
        return (MARKUP,)
    if page.format != "text":
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


def markup_as_text(page: Page) -> bool:
    """Whether the page's text is mostly HTML tags: an HTML page escaped (&lt;p&gt;, which the
    repairs unescape) or given as text."""
    sample: list[str] = []
    size = 0
    for block in page.blocks:
        if block.kind is not Kind.PREFORMATTED:  # code on a page about HTML is text, tags and all
            sample.append(block.text)
            size += len(block.text) + 1
            if size >= MARKUP_SAMPLE:
                break
    text = "\n".join(sample)[:MARKUP_SAMPLE]
    if text.count("<") < MARKUP_TAGS:  # nearly every page: no regex pass
        return False
    tags = TAG_AS_TEXT.findall(text)
    return len(tags) >= MARKUP_TAGS and sum(map(len, tags)) >= MARKUP_SHARE * len(text)
