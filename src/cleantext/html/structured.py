"""use_article_body: the article text a page states in its JSON-LD (``articleBody`` of a schema.org
Article, NewsArticle, BlogPosting ..., in ``@graph`` or arrays too), used when the visible page
lacks it: a page rendered by JavaScript, whose HTML holds a shell of menus and a teaser.

The text is the page's own, never made up: when the visible page holds under half of its prose, its
paragraphs become blocks appended after the visible ones (``source`` "json-ld/articleBody") and
kept, and the Document says where its text came from (a warning and ``metadata["text_source"]``).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Final

import regex
from lxml import etree

from ..document import Block, Kind
from ..page import Page
from ..steps import step
from .tree import tree_of
from .walk import RawBlock, walk

MIN_BODY: Final = 400  # characters: a shorter articleBody is a summary, not the article
VISIBLE_SHARE: Final = 0.5  # of the articleBody's length: a page with more prose shows its article
MIN_TEASER: Final = 40  # characters: a shorter visible line found in the articleBody may be a phrase, not a teaser
SOURCE: Final = "json-ld/articleBody"
SUMMARY: Final = "meta/description"
MIN_SUMMARY: Final = 150  # characters: a shorter description is a slogan, not a summary of the page
# A description is used only when it is sentences ("Mit einem runden Tisch erhältst du ... Zum Glück
# wissen wir das..."), not a site's tagline ("Maine Business Search - 70 000 businesses - Downtown.com")
# or a run of headlines; an ellipsis ends no sentence.
SENTENCE_END: Final = regex.compile(r"(?<![.])[.!?。！？](?=\s|$)")
MIN_SENTENCES: Final = 2
MAX_CAPITALISED: Final = 0.6
# articleBody written as HTML ("<p>...</p>"): some sites put the rendered body in the JSON-LD.
LOOKS_LIKE_HTML: Final = ("</p>", "<br", "</div>", "<p>")
_new: Final = tuple.__new__


def hidden_body(bodies: list[str], summaries: list[str], visible_prose: float) -> tuple[str, str]:
    """The text the page states but does not show, and where it is from: the longest articleBody,
    when the visible page holds under half of that much prose; else, on a page that shows no
    prose at all, its description; else ("", "") (the visible text is the article, as usual)."""
    body = max(bodies, key=len, default="")
    if len(body) >= MIN_BODY and visible_prose < VISIBLE_SHARE * len(body):
        return body, SOURCE
    summary = max(summaries, key=len, default="")
    if (visible_prose == 0 and len(summary) >= MIN_SUMMARY and len(SENTENCE_END.findall(summary)) >= MIN_SENTENCES
            and capitalised_share(summary) < MAX_CAPITALISED):
        return summary, SUMMARY
    return "", ""


def capitalised_share(text: str) -> float:
    """The share of words of four letters or more that start with a capital: high in a run of
    headlines in title case, lower in sentences (German capitalises its nouns: about 40%)."""
    words = [w for w in text.split() if len(w) >= 4 and w[0].isalpha()]
    return sum(1 for w in words if w[0].isupper()) / len(words) if words else 1.0


def body_paragraphs(body: str) -> list[str]:
    """The paragraphs of an articleBody: its lines (whitespace collapsed, blank ones left out), or,
    when it is written as HTML, the blocks of that HTML."""
    if any(tag in body for tag in LOOKS_LIKE_HTML):
        try:
            root = etree.fromstring(f"<div>{body}</div>", etree.HTMLParser())
        except (etree.ParserError, ValueError):  # nothing parseable: read it as lines
            root = None
        if root is not None:
            return [b.text for b in walk(root).blocks if b.text.strip()]
    return [" ".join(line.split()) for line in body.splitlines() if line.strip()]


def body_blocks(body: str, source: str, *, start: int, repair: Callable[[str], str]
                ) -> tuple[list[Block], list[RawBlock]]:
    """The Blocks of an articleBody's paragraphs (``source`` says where it is from), numbered from
    ``start``, and the raw facts the structure steps index alongside them (no element: ``node`` -1)."""
    texts = [t for t in (" ".join(repair(p).split()) for p in body_paragraphs(body)) if t]
    blocks = [_new(Block, (start + k, t, Kind.PARAGRAPH, True, source, 0.0, "", 0, -1, ()))
              for k, t in enumerate(texts)]
    raw = [RawBlock(t, Kind.PARAGRAPH, 0, -1, True, len(t), 0, "", -1) for t in texts]
    return blocks, raw


@step("structure", formats={"html"})
def use_article_body(page: Page) -> None:
    """Add the article's text from the page's JSON-LD ``articleBody`` when the visible page lacks it.

    Example: a news page rendered by JavaScript whose HTML shows a menu and a 300-character teaser,
    while its ``<script type="application/ld+json">`` NewsArticle holds the 4,000-character text.
    Only when the articleBody is at least 400 characters and the visible page holds under half as
    much prose; a page with no articleBody that shows no prose at all gets its description when
    that is two sentences or more (150 characters or more), so a shell page says what it is about. The visible blocks go through the steps as usual; the articleBody's paragraphs
    follow them as main text, less those the visible page shows already, and a visible teaser that
    a paragraph of the articleBody holds whole is dropped. The Document's warnings and
    ``metadata["text_source"]`` say where the text came from.
    """
    tree = tree_of(page)
    start = tree.structured
    blocks = page.blocks
    if start >= len(blocks):
        return
    shown = "\n".join(blocks[i].text for i in page.open_indices() if i < start)
    body = "\n".join(blocks[i].text for i in range(start, len(blocks)))
    for i in range(start):
        text = blocks[i].text.rstrip(" .…")
        if page.verdicts[i] is None and len(text) >= MIN_TEASER and text in body:
            page.drop(i, "html.article_body_teaser", "a teaser of a paragraph the page's JSON-LD articleBody holds whole")
    source = blocks[start].source
    what = "JSON-LD articleBody" if source == SOURCE else "description (og:description, <meta name=description>)"
    chars = 0
    for i in range(start, len(blocks)):
        if blocks[i].text in shown:
            page.drop(i, "html.article_body_shown", f"a paragraph of the page's {what} the visible page shows")
        else:
            page.keep(i, "html.article_body", f"from the page's {what} ({source})")
            chars += len(blocks[i].text)
    page.page_metadata["text_source"] = source
    page.warn(f"html.article_body: the visible page holds little of the article's text, so {chars:,} characters "
              f"of its {what} follow it; --disable use_article_body leaves them out")
