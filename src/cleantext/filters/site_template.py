"""drop_site_template: drop blocks a learned site template says repeat on most pages of the site.

Runs only when the pipeline's options carry a `TemplateModel` (``templates``) and the page's URL
is known (``extract(..., url=...)``, a record's ``url``), which picks the site; a model without a URL
does nothing and says so in ``doc.warnings``.
"""
from __future__ import annotations

from typing import Final

from ..document import Label
from ..page import Page
from ..patterns.byline import DATE_OR_TIME_LINES
from ..settings import Option
from ..steps import step
from ..templates import Entry, SiteTemplate, TemplateModel
from ..text.features import Features, complete_features, lines_matching_any
from ..text.region import main_region

REASON: Final = "site_template.repeated"
OPTIONS: Final = (
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
MAX_GAP: Final = 2
MAX_GAP_WORDS: Final = 12
MAX_GAP_CHARS: Final = 80

# A block on nearly every page of a site with many pages is template wherever it sits, even inside
# the article ("Advertisement", "Article continues below", a subscription call after the text).
# Small sites never qualify, so a quote the three articles of a three-page site share is kept.
ANYWHERE_SHARE: Final = 0.9
ANYWHERE_PAGES: Final = 10

# A block is template at an edge only on the side (top or bottom half) where the site has it at
# least this share of the time: menus are always on top, footers always at the bottom, a sidebar's
# box moves between halves with the article's length, a post's own headline listed in the other
# pages' "Recent posts" is at the bottom there and on top here.
MIN_SIDE_SHARE: Final = 1 / 3

# A sentence of this many words reads as prose for the prose test (see `_prose_like`); menu
# items, headings and link rows are shorter or do not end like a sentence.
PROSE_WORDS: Final = 10
# Template prose is article text only from this many words on: a standard intro, a quote two
# articles share or an author's closing note runs to 20-40 words; the pitches that sit right after
# an article ("Newsletter: the best of Example News in your inbox every morning, free of charge.",
# 14 words) are shorter.
LONG_PROSE_WORDS: Final = 16
# A headline has at least this many words: "Sign in" or "Contact us" right above the article
# are menu items, "On the road in China" the post's own title.
MIN_HEADLINE_WORDS: Final = 3

# A template heading over a per-page list ("Related stories" over 3 headlines) is left to
# split_related: dropped here first, the list under it would stay in the text.
MAX_HEADING_WORDS: Final = 6
MAX_ITEM_WORDS: Final = 25
SENTENCE_ENDS: Final = (".", "!", "?", "…", "。", "！", "？")
CLOSERS: Final = "\"'”’»)] "


@step("filter", options=OPTIONS)
def drop_site_template(page: Page) -> None:
    """Drop blocks of the site's learned template: menus, footers, boxes repeated on most pages.

    Example: "Subscribe to our newsletter" on 40 of 50 pages of example.org, at the page's end.
    Runs after the keyword filters and judges only the blocks they left open, so a related heading
    or comment wall they found stays theirs. A block goes when it recurs and nothing on this page
    says it is article text. Support: on at least ``min_pages`` pages and ``min_share`` of the
    site's pages (model defaults 3 and 0.5; options override); no dated line, no bare number.
    Not article text: long template prose in a run of prose with the page's own (a series intro,
    a shared quote, an author's note) or beside its own text in the main region, and a headline
    over the page's own prose, are kept. Position: at the page's edges, reached from the first or
    last block through template and labelled blocks and at most ``MAX_GAP`` short others, on the
    side where the site has it; or on 90% of a site's pages and 10 pages or more, anywhere.
    A template that would take every open block takes none (see docs/templates.md).
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
    # Runs of prose are read across labelled blocks too (an HTML page's settled ones included).
    feats = complete_features(page)
    for i in _prose_of_the_article(page, found, feats) + _prose_of_the_region(page, found, feats):
        found[i] = None
    for i in _headings_of_the_article(page, found, feats) + _dated(page, found):
        found[i] = None
    anywhere = [e is not None and e.pages >= ANYWHERE_PAGES and e.pages >= ANYWHERE_SHARE * template.pages
                for e in found]
    edges = _edge_indices(page, found, feats)
    drops: list[tuple[int, Entry, str]] = []
    for i, entry in enumerate(found):
        if entry is None or _heads_a_page_list(page, found, i):
            continue
        if i in edges:
            drops.append((i, entry, "mostly at the " + ("top" if entry.top >= entry.bottom else "bottom")))
        elif anywhere[i]:
            drops.append((i, entry, "here inside the page"))
    # A template that would take every block the other steps left is no evidence of what the page's
    # own text is (a one-line post whose date line happens to match the site's others): keep it all.
    if len(drops) == sum(v is None for v in page.verdicts):
        return
    for i, entry, where in drops:
        page.drop(i, REASON, f"in the template of {site}: on {entry.pages} of {template.pages} pages "
                             f"({entry.pages / template.pages:.0%}), {where}")


def _supported_entries(page: Page, model: TemplateModel, template: SiteTemplate) -> list[Entry | None]:
    """Each open block's entry when it passes the support test; None for the others."""
    min_pages = page.option("template_min_pages")
    min_share = page.option("template_min_share")
    found: list[Entry | None] = []
    for block, verdict in zip(page.blocks, page.verdicts):
        entry = template.support(block.text) if verdict is None else None
        ok = (entry is not None and model.is_supported(template, entry, min_pages=min_pages, min_share=min_share)
              and _has_letters(block.text))
        found.append(entry if ok else None)
    return found


def _prose_of_the_article(page: Page, found: list[Entry | None], feats: list[Features]) -> list[int]:
    """Template blocks that read as prose in a run of prose holding this page's own text.

    A run is a stretch of consecutive prose blocks; one of them open and not template is the page's
    own article, so the template prose beside it (the series intro above the first paragraph, a
    quote between two, the author's note after the last) is part of that article. The newsletter
    pitch between "Newsletter" and "Sign up" is a run of its own and stays template.
    """
    protected: list[int] = []
    n = len(page.blocks)
    i = 0
    while i < n:
        if not _prose_like(feats[i]):
            i += 1
            continue
        j = i
        while j < n and _prose_like(feats[j]):
            j += 1
        run = range(i, j)
        if any(_own(page, found, k) for k in run):
            protected += [k for k in run if found[k] is not None and _long(feats[k])]
        i = j
    return protected


def _prose_of_the_region(page: Page, found: list[Entry | None], feats: list[Features]) -> list[int]:
    """Template prose inside the main region as the other filters leave it, when the region holds
    prose of the page's own: dropping it would shrink the article the page was going to give (a
    blog's tagline above a short post), so a comment thread could outweigh it.

    Only prose beside a block of the page's own counts: a box's blurb between its template heading
    and its template links is chrome wherever the region ends. A region of template prose only (a
    "best viewed with" notice that outweighed a short article) goes, and the region moves to the
    article."""
    region = main_region(page)
    if region is None:
        return []
    inside = range(region[0], region[1] + 1)
    if not any(_own(page, found, i) and _prose_like(feats[i]) for i in inside):
        return []
    return [i for i in inside if found[i] is not None and _long(feats[i])
            and (_own(page, found, i - 1) or _own(page, found, i + 1))]


def _own(page: Page, found: list[Entry | None], j: int) -> bool:
    """Whether block ``j`` is the page's own: open, and not template."""
    return 0 <= j < len(found) and found[j] is None and page.verdicts[j] is None


def _has_letters(text: str) -> bool:
    """Whether a block has two letters: "24" and "2012" (a date split into blocks, a page number)
    share the key "0" with every other number, which says nothing about a template."""
    letters = 0
    for c in text:
        if c.isalpha():
            letters += 1
            if letters >= 2:
                return True
    return False


def _dated(page: Page, found: list[Entry | None]) -> list[int]:
    """Template blocks with a date or time: the key counts every digit run as "0", so the post date
    "by Ana Lima on July 21, 2012" matches the other posts of July; it is this page's own, and
    extract_byline's to judge."""
    dated = lines_matching_any(page, DATE_OR_TIME_LINES)
    return [i for i in dated if found[i] is not None]


def _headings_of_the_article(page: Page, found: list[Entry | None], feats: list[Features]) -> list[int]:
    """Template blocks shaped like a headline right above this page's own prose.

    A blog's post title is listed under "Recent posts" on its other pages, so it repeats across
    the site, but on its own page it heads the article. Menu items with separators, one-word
    labels and lines ending like a sentence are not headline-shaped.
    """
    n = len(page.blocks)
    headings = []
    for i in range(n - 1):
        if found[i] is None or not feats[i].title_like or feats[i].words < MIN_HEADLINE_WORDS:
            continue
        # Down to the text: over blocks other steps labelled (a dropped date, a share row) and
        # one short line of the page's own (the byline).
        j, short = i + 1, 0
        while j < n and (page.verdicts[j] is not None or (found[j] is None and short < 1 and _short(
                page.blocks[j].text, feats[j]))):
            short += page.verdicts[j] is None
            j += 1
        if _own(page, found, j) and _prose_like(feats[j]):
            headings.append(i)
    return headings


def _edge_indices(page: Page, found: list[Entry | None], feats: list[Features]) -> set[int]:
    """Template blocks reachable from either end of the page (see `MAX_GAP`), on their usual side."""
    n = len(page.blocks)
    half = n / 2
    reached: set[int] = set()
    for order in (range(n), range(n - 1, -1, -1)):
        gap = 0
        for i in order:
            entry = found[i]
            if entry is not None and _on_its_side(entry, top=i < half):
                reached.add(i)
                gap = 0
            elif page.verdicts[i] is not None and page.label_of(i) is not Label.KEEP:
                gap = 0  # an earlier step labelled it boilerplate (or related): pass it
            elif gap < MAX_GAP and _short(page.blocks[i].text, feats[i]):
                gap += 1
            else:
                break
    return reached


def _prose_like(f: Features) -> bool:
    """Prose by the shared features, or any sentence of `PROSE_WORDS` words or more: the test must
    not hang on function words, which a page in a language without a stopword list lacks."""
    return f.prose or (f.terminal and f.words >= PROSE_WORDS and not f.separators)


def _long(f: Features) -> bool:
    return _prose_like(f) and f.words >= LONG_PROSE_WORDS


def _on_its_side(entry: Entry, *, top: bool) -> bool:
    """Whether the site has this block in the same half of its pages at least `MIN_SIDE_SHARE` of
    the time: a post's headline is listed under "Recent posts" at the bottom of the blog's other
    pages, but on its own page it heads the article."""
    return (entry.top if top else entry.bottom) >= MIN_SIDE_SHARE * entry.pages


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


def _short(text: str, f: Features) -> bool:
    return len(text) <= MAX_GAP_CHARS and f.words <= MAX_GAP_WORDS and not f.prose
