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

from ..document import STATED_HEADLINE, Block, Kind, Label
from ..page import Page
from ..steps import step
from .tree import tree_of
from .walk import RawBlock, walk

MIN_BODY: Final = 400  # characters: a shorter articleBody may be a summary, not the article
# A short articleBody (a news brief, a summary) is still the page's own statement of its text: it is
# taken when it reads as sentences, on a page that shows under half as much prose.
MIN_SHORT_BODY: Final = 150
VISIBLE_SHARE: Final = 0.5  # of the articleBody's length: a page with more prose shows its article
MIN_TEASER: Final = 40  # characters: a shorter visible line found in the articleBody may be a phrase, not a teaser
SOURCE: Final = "json-ld/articleBody"
SUMMARY: Final = "meta/description"
HEADLINE: Final = STATED_HEADLINE  # the headline the page states (JSON-LD headline, og:title, <title>), before its text
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
    if visible_prose < VISIBLE_SHARE * len(body) and (len(body) >= MIN_BODY or (
            len(body) >= MIN_SHORT_BODY and reads_as_sentences(body, 1))):
        return body, SOURCE
    summary = max(summaries, key=len, default="")
    if visible_prose == 0 and len(summary) >= MIN_SUMMARY and reads_as_sentences(summary, MIN_SENTENCES):
        return summary, SUMMARY
    return "", ""


def reads_as_sentences(text: str, least: int) -> bool:
    """At least ``least`` sentence ends, and not a run of headlines in title case."""
    return len(SENTENCE_END.findall(text)) >= least and capitalised_share(text) < MAX_CAPITALISED


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


def body_blocks(body: str, source: str, *, start: int, repair: Callable[[str], str], headline: str = ""
                ) -> tuple[list[Block], list[RawBlock]]:
    """The Blocks of an articleBody's paragraphs (``source`` says where it is from), numbered from
    ``start``, and the raw facts the structure steps index alongside them (no element: ``node`` -1).
    The page's stated ``headline``, when given, comes first as a heading (``source`` "meta/title"):
    `use_article_body` makes it the title when the visible page shows none."""
    head = " ".join(repair(headline).split())
    texts = [t for t in (" ".join(repair(p).split()) for p in body_paragraphs(body)) if t]
    parts = [(head, Kind.HEADING, 1, HEADLINE)] if head else []
    parts += [(t, Kind.PARAGRAPH, 0, source) for t in texts]
    blocks = [_new(Block, (start + k, t, kind, True, src, 0.0, "", level, -1, ()))
              for k, (t, kind, level, src) in enumerate(parts)]
    # The raw facts call the headline a paragraph: mark_html_title looks for the visible headline
    # among the raw blocks, and use_article_body decides about the stated one.
    raw = [RawBlock(t, Kind.PARAGRAPH, 0, -1, True, len(t), 0, "", -1) for t, _, _, _ in parts]
    return blocks, raw


@step("structure", formats={"html"})
def use_article_body(page: Page) -> None:
    """Add the article's text from the page's JSON-LD ``articleBody`` when the visible page lacks it.

    Example: a news page rendered by JavaScript whose HTML shows a menu and a 300-character teaser,
    while its ``<script type="application/ld+json">`` NewsArticle holds the 4,000-character text.
    Only when the visible page holds under half as much prose as the articleBody, and that is at
    least 400 characters, or at least 150 that read as sentences (a news brief); a page with no
    articleBody that shows no prose at all gets its description when that is two sentences or more
    (150 characters or more), so a shell page says what it is about. The visible blocks go through
    the steps as usual; the articleBody's paragraphs follow them as main text, less those the
    visible page shows already, and a visible teaser that a paragraph of the articleBody holds
    whole is dropped. When no visible block is the headline, the headline the page states (JSON-LD
    ``headline``, ``og:title``, ``<title>``) is the title. The Document's warnings and
    ``metadata["text_source"]`` say where the text came from.
    """
    tree = tree_of(page)
    start = tree.structured
    blocks = page.blocks
    if start >= len(blocks):
        return
    if blocks[start].source == HEADLINE:
        # The headline the page states: the title, unless the visible page shows one (a block was
        # taken for it, or an <h1> is left for the text filters' mark_title).
        if any((v is not None and v.label is Label.TITLE)
               or (v is None and i < tree.structured and blocks[i].kind is Kind.HEADING and blocks[i].level == 1)
               for i, v in enumerate(page.verdicts)):
            page.drop(start, "html.article_body_shown", "the page's stated headline: the visible page shows its own")
        else:
            page.set(start, Label.TITLE, "html.title", "the headline the page states (JSON-LD, og:title, <title>)")
        start += 1
        if start >= len(blocks):
            return
    shown = "\n".join(blocks[i].text for i in page.open_indices() if i < tree.structured)
    body = "\n".join(blocks[i].text for i in range(start, len(blocks)))
    for i in range(tree.structured):
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
