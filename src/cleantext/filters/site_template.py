"""drop_site_template: drop blocks a learned site template says repeat on most pages of the site.

Runs only when the pipeline's options carry a `TemplateModel` (``templates``) and the page's URL
is known (``extract(..., url=...)``, a record's ``url``), which picks the site; a model without a URL
does nothing and says so in ``doc.warnings``.
"""
from __future__ import annotations

from ..document import Label
from ..page import Page
from ..settings import Option
from ..steps import step
from ..templates import Entry, SiteTemplate, TemplateModel

REASON = "site_template.repeated"
OPTIONS = (
    Option("templates", (TemplateModel,), None, "a learned site-template model (cleantext learn)"),
    Option("template_min_pages", (int,), None, "pages a template block must be on (default: the model's)"),
    Option("template_min_share", (float,), None, "share of a site's pages a template block must be on "
                                                 "(default: the model's)"),
)

# How far the edge walk may step over blocks that are not template (a per-page date line, the
# breadcrumb with the article's own title) to reach more template blocks: at most this many in a
# row, each at most this many words and characters (characters for scripts written without
# spaces). Article paragraphs are longer, so the walk stops at the article and a repeated quote
# inside it is never reached.
MAX_GAP = 2
MAX_GAP_WORDS = 12
MAX_GAP_CHARS = 80

# A block on nearly every page of a site with many pages is template wherever it sits, even inside
# the article ("Advertisement", "Article continues below", a subscription call after the text).
# Small sites never qualify, so a quote the three articles of a three-page site share is kept.
ANYWHERE_SHARE = 0.9
ANYWHERE_PAGES = 10

# A template heading over a per-page list ("Related stories" over 3 headlines) is left to
# split_related: dropped here first, the list under it would stay in the text.
MAX_HEADING_WORDS = 6
MAX_ITEM_WORDS = 25
SENTENCE_ENDS = (".", "!", "?", "…", "。", "！", "？")
CLOSERS = "\"'”’»)] "


@step("filter", options=OPTIONS)
def drop_site_template(page: Page) -> None:
    """Drop blocks of the site's learned template: menus, footers, boxes repeated on most pages.

    Example: "Subscribe to our newsletter" on 40 of 50 pages of example.org, at the page's end.
    Two tests keep it from over-firing. Support: the block must be on at least ``min_pages`` pages
    and ``min_share`` of the site's pages (model defaults 3 and 0.5; options override). Position:
    it must sit in the page's edges, reached from the first or last block through template blocks
    and at most ``MAX_GAP`` short others; a quote two articles share sits inside the article and
    is kept. Only a block on 90% of a site's pages, and on 10 pages or more, goes wherever it is.
    """
    model = page.option("templates")
    if model is None:
        return
    if not page.url:
        page.warn("drop_site_template: no site template applied, the page's URL is not known "
                  "(give it: extract(..., url=...), --url, or a JSONL record's url)")
        return
    site = model.site_of(page.url)
    template = model.template_for(site) if site else None
    if template is None or not template.pages:
        return
    found = _supported_entries(page, model, template)
    if not any(found):
        return
    edges = _edge_indices(page, found)
    for i, entry in enumerate(found):
        if entry is None or _heads_a_page_list(page, found, i):
            continue
        if i in edges:
            where = "mostly at the " + ("top" if entry.top >= entry.bottom else "bottom")
        elif entry.pages >= ANYWHERE_PAGES and entry.pages >= ANYWHERE_SHARE * template.pages:
            where = "here inside the page"
        else:
            continue
        page.drop(i, REASON, f"in the template of {site}: on {entry.pages} of {template.pages} pages "
                             f"({entry.pages / template.pages:.0%}), {where}")


def _supported_entries(page: Page, model: TemplateModel, template: SiteTemplate) -> list[Entry | None]:
    min_pages = page.option("template_min_pages")
    min_share = page.option("template_min_share")
    found: list[Entry | None] = []
    for block in page.blocks:
        entry = template.support(block.text)
        ok = entry is not None and model.is_supported(template, entry, min_pages=min_pages, min_share=min_share)
        found.append(entry if ok else None)
    return found


def _edge_indices(page: Page, found: list[Entry | None]) -> set[int]:
    """Template blocks reachable from either end of the page (see `MAX_GAP`)."""
    n = len(page.blocks)
    reached: set[int] = set()
    for order in (range(n), range(n - 1, -1, -1)):
        gap = 0
        for i in order:
            # A block an earlier step (HTML structure) already dropped is boilerplate: pass it.
            if found[i] is not None or page.label_of(i) is Label.DROP:
                reached.add(i)
                gap = 0
            elif gap < MAX_GAP and _short(page.blocks[i].text):
                gap += 1
            else:
                break
    return reached


def _heads_a_page_list(page: Page, found: list[Entry | None], i: int) -> bool:
    """Whether block ``i`` is a short heading over a list that changes from page to page.

    "Read more" over three headlines: the blocks after it, up to the next template block or the
    end, are two or more headline-like lines (no sentence end, at most ``MAX_ITEM_WORDS`` words).
    Such a heading is left to split_related, which keeps heading and items together as data; the
    header's last template line over the article's headline, byline and prose is not a list.
    """
    if len(page.blocks[i].text.split()) > MAX_HEADING_WORDS:
        return False
    items = 0
    for j in range(i + 1, len(page.blocks)):
        if found[j] is not None:
            break
        if not _headline_like(page.blocks[j].text):
            return False
        items += 1
    return items >= 2


def _headline_like(text: str) -> bool:
    return len(text.split()) <= MAX_ITEM_WORDS and not text.rstrip(CLOSERS).endswith(SENTENCE_ENDS)


def _short(text: str) -> bool:
    return len(text) <= MAX_GAP_CHARS and len(text.split()) <= MAX_GAP_WORDS
