"""Generated sites for template tests and benchmarks: many pages sharing a template, each with its own article.

Deterministic for a given seed. Every text here is made up; nothing comes from ../shared.
With ``recurring=True`` a site also reuses prose *inside* its articles (a standard intro, a quote,
an author's closing note), which a template learner must keep; with ``boxes=True`` its pages carry
side boxes ("About this blog", social links, a newsletter pitch) that it should drop.
"""
from __future__ import annotations

import html as htmllib
import random
from collections.abc import Sequence
from dataclasses import dataclass

SYLLABLES = ("ka", "lo", "mer", "tin", "sa", "vo", "re", "dun", "pi", "gal", "to", "ne", "bri", "sto",
             "an", "el", "wi", "mar", "cho", "len", "ru", "pa", "dis", "qua", "fen", "ol", "ti", "ber")
SITE_WORDS = ("Home", "News", "Sport", "Culture", "Opinion", "Business", "Science", "Travel", "Weather",
              "Video", "Podcasts", "Local", "World", "Markets", "Health", "Food")
# Page counts of the sites `generate_sites` makes, in turn: small sites (no template can be learned)
# next to big ones (where the "anywhere" rule applies).
SITE_SIZES = (2, 3, 5, 8, 12, 20, 30, 40)


@dataclass(frozen=True)
class GeneratedPage:
    """One page: its url, its scraped text, and the article paragraphs the cleaner must keep.

    ``html`` is the same page as HTML; ``recurring`` counts the article paragraphs that also
    occur in other articles of the site.
    """

    url: str
    text: str
    article: tuple[str, ...]
    title: str
    html: str = ""
    recurring: int = 0


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3)))


def _sentence(rng: random.Random) -> str:
    words = [_word(rng) for _ in range(rng.randint(8, 18))]
    return " ".join(words).capitalize() + rng.choice(".....!?")


def paragraph(rng: random.Random) -> str:
    """A made-up prose paragraph of 2-4 sentences."""
    return " ".join(_sentence(rng) for _ in range(rng.randint(2, 4)))


def site_template(rng: random.Random, name: str) -> tuple[list[str], list[str]]:
    """A site's header and footer lines (menus, boxes, legal lines)."""
    menu = rng.sample(SITE_WORDS, rng.randint(4, 8))
    header = [f"{name.title()} Daily", " | ".join(menu), "Sign in", "Subscribe for 1 euro a week"]
    if rng.random() < 0.5:
        header.append(rng.choice(["Skip to content", "Search", "Menu"]))
    footer = ["Share this article", "Newsletter",
              f"Get the best of {name} in your inbox every morning, free of charge.",
              "Sign up", " | ".join(rng.sample(SITE_WORDS, 5)), "About us", "Contact", "Privacy policy",
              f"© 2024 {name.title()} Media Group. All rights reserved."]
    return header, footer


def side_boxes(rng: random.Random, name: str) -> list[str]:
    """A blog's side boxes: an "About this blog" box with a prose blurb, social links, a pitch."""
    blurb = (f"{name.title()} is written by {_word(rng).title()} {_word(rng).title()}, who has lived on the "
             f"coast for twenty years and writes about tides, boats and the people who mend them.")
    return ["About this blog", blurb,
            "Follow us: Facebook | Twitter | Instagram | RSS",
            f"Never miss a post: join {rng.randint(2, 40)},000 readers who get {name.title()} by email."]


@dataclass(frozen=True)
class RecurringProse:
    """Prose a site reuses inside its articles, and on which share of its pages each piece is."""

    intro: str
    intro_share: float
    closing: str
    closing_share: float


def recurring_prose(rng: random.Random, name: str) -> RecurringProse:
    intro = (f"This story is part of {name.title()} Weekends, our series in which a reporter spends two "
             f"days in a place most of us only drive through, and listens.")
    closing = (f"{_word(rng).title()} {_word(rng).title()} has reported on the valley's towns for this "
               f"paper since 2009; write to her with ideas for the series.")
    return RecurringProse(intro, rng.choice((1.0, 0.95, 0.7, 0.4)), closing, rng.choice((1.0, 0.8, 0.5, 0.3)))


def generate_site(seed: int, pages: int, *, shared_quote_on: int = 0,
                  paragraphs: tuple[int, int] = (3, 8), recurring: bool = False,
                  boxes: bool = False) -> list[GeneratedPage]:
    """``pages`` pages of one made-up site; the first ``shared_quote_on`` articles quote the same line.

    Each article has between ``paragraphs[0]`` and ``paragraphs[1]`` paragraphs. ``recurring``:
    many articles also open with the site's standard intro paragraph and end with the author's
    closing note (both article text); ``boxes``: the page carries side boxes (template).
    """
    rng = random.Random(seed)
    name = _word(rng) + _word(rng)
    header, footer = site_template(rng, name)
    quote = f'"{_sentence(rng)}" said the minister at the press conference on the harbour.'
    extra = random.Random(seed + 7919)  # a second stream, so recurring/boxes leave the old pages as they were
    prose = recurring_prose(extra, name) if recurring else None
    box = side_boxes(extra, name) if boxes else []
    box_before = extra.random() < 0.3  # some layouts render the sidebar before the article
    semantic = extra.random() < 0.5   # <header>/<article>/<aside>/<footer>, or div soup with classes
    out: list[GeneratedPage] = []
    for n in range(pages):
        title = _sentence(rng).rstrip(".!?")
        article = [paragraph(rng) for _ in range(rng.randint(*paragraphs))]
        repeated = 0
        if n < shared_quote_on:
            article.insert(len(article) // 2, quote)
            repeated += 1
        if prose is not None:
            if extra.random() < prose.intro_share:
                article.insert(0, prose.intro)
                repeated += 1
            if extra.random() < prose.closing_share:
                article.append(prose.closing)
                repeated += 1
        day = rng.randint(1, 28)
        byline = f"By {_word(rng).title()} {_word(rng).title()}, {day} March 2024"
        # Per-page noise between article and footer: a related list that differs on every page.
        related = [_sentence(rng).rstrip(".!?") for _ in range(rng.randint(0, 3))]
        lines = [*header, ""] + ([*box, ""] if box and box_before else [])
        lines += [title, byline, ""]
        lines += [p + "\n" for p in article]
        lines += ([*box, ""] if box and not box_before else [])
        lines += ["Read more", *related, ""]
        lines += footer
        url = f"https://www.{name}.example/{n}/{title[:12].replace(' ', '-')}"
        page_html = render_html(header, title, byline, article, related, footer, box,
                                box_before=box_before, semantic=semantic)
        out.append(GeneratedPage(url, "\n".join(lines), tuple(article), title, page_html, repeated))
    return out


def render_html(header: Sequence[str], title: str, byline: str, article: Sequence[str],
                related: Sequence[str], footer: Sequence[str], box: Sequence[str], *,
                box_before: bool, semantic: bool) -> str:
    """The page as HTML: semantic elements, or divs with class names where the post's container
    also holds the side box."""
    e = htmllib.escape

    def wrap(tag: str, cls: str, inner: str) -> str:
        return f"<{tag}>{inner}</{tag}>" if semantic else f'<div class="{cls}">{inner}</div>'

    def links(line: str) -> str:
        return " ".join(f'<a href="/{e(w.strip().lower())}">{e(w.strip())}</a>' for w in line.split("|"))

    top = wrap("header", "site-header", f"<div class=\"logo\">{e(header[0])}</div>"
               + wrap("nav", "menu", links(header[1])) + "".join(f"<div>{e(h)}</div>" for h in header[2:]))
    side = ""
    if box:
        side = wrap("aside", "blk-2", f"<h3>{e(box[0])}</h3><p>{e(box[1])}</p><p>{links(box[2])}</p>"
                    f"<p>{e(box[3])}</p>")
    body = (f"<h1>{e(title)}</h1><p class=\"byline\">{e(byline)}</p>"
            + "".join(f"<p>{e(p)}</p>" for p in article))
    more = '<div class="related"><h3>Read more</h3><ul>' + "".join(
        f'<li><a href="/s/{k}">{e(r)}</a></li>' for k, r in enumerate(related)) + "</ul></div>"
    bottom = wrap("footer", "site-footer", "".join(f"<p>{e(f)}</p>" for f in footer))
    if semantic:
        parts = [top] + ([side, wrap("article", "post", body)] if box_before else [wrap("article", "post", body), side])
    else:
        # Div soup: the post's container also holds the box, as many blog themes render it.
        inner = side + body if box_before else body + side
        parts = [top, f'<div class="post">{inner}</div>']
    parts += [more, bottom]
    return f"<!DOCTYPE html><html><head><title>{e(title)}</title></head><body>{''.join(parts)}</body></html>"


def generate_sites(seed: int, n_sites: int, *, sizes: Sequence[int] = SITE_SIZES) -> list[list[GeneratedPage]]:
    """``n_sites`` sites of varying size (``sizes`` in turn), each with recurring prose inside its
    articles, most with side boxes, half with a quote shared by a third of the articles."""
    return [generate_site(seed + s, sizes[s % len(sizes)], recurring=True, boxes=s % 4 != 3,
                          shared_quote_on=sizes[s % len(sizes)] // 3 if s % 2 else 0)
            for s in range(n_sites)]
