"""Boilerplate parts of every kind cleantext claims to remove, and where on a page each may sit.

Each maker returns the lines of one part. ``KINDS`` maps a kind to its maker, the slots it may
occupy (top, head, inside, after, bottom) and where it should end up (drop, metadata, related).
"""
from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from . import phrases as ph
from .lexicon import CITIES, LEXICONS, SITES, Lexicon
from .prose import headline, paragraph, person


@dataclass(frozen=True)
class Context:
    """What the parts of one page share: its language, site and headline."""

    lang: str
    lex: Lexicon
    site: str
    domain: str
    title: str
    year: int


def pick(rng: random.Random, table: ph.Table, ctx: Context, *, english: float = 0.25) -> str:
    """A phrase in the page's language (sometimes English chrome on a foreign page), slots filled."""
    lang = ctx.lang if ctx.lang in table and rng.random() >= english else "en"
    return fill(rng, rng.choice(table.get(lang, table["en"])), ctx)


def picks(rng: random.Random, table: ph.Table, ctx: Context, lo: int, hi: int, *, english: float = 0.25
          ) -> list[str]:
    """Between ``lo`` and ``hi`` different phrases of one language."""
    lang = ctx.lang if ctx.lang in table and rng.random() >= english else "en"
    pool = table.get(lang, table["en"])
    return [fill(rng, t, ctx) for t in rng.sample(pool, k=min(len(pool), rng.randint(lo, hi)))]


def fill(rng: random.Random, template: str, ctx: Context) -> str:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    hour, minute = rng.randint(0, 23), rng.randint(0, 59)
    date = rng.choice((f"{day:02d}-{month:02d}-{ctx.year}", f"{ctx.year}-{month:02d}-{day:02d}",
                       (f"{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1]}"
                       f" {day}, {ctx.year}"), f"{day}.{month}.{ctx.year}"))
    time = f"{hour:02d}:{minute:02d}"
    return template.format(
        site=ctx.site, domain=ctx.domain, name=person(rng), name2=person(rng), role=rng.choice(ph.ROLES),
        date=date, time=time, dt=f"{date} {time} {rng.choice(('IST', 'GMT', 'CET', 'UTC', 'EST'))}",
        city=rng.choice(CITIES), n=rng.randint(2, 48), year=ctx.year, year2=ctx.year + 1,
        phone=f"+{rng.randint(1, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}",
        street=f"{rng.randint(1, 200)} {rng.choice(('Quay Street', 'Mill Lane', 'Harbour Road', 'Station Square'))}",
    )


def other_headline(rng: random.Random, ctx: Context) -> str:
    """The headline of some other article of the site (never the page's own)."""
    while True:
        text = headline(rng, ctx.lex)
        if text != ctx.title:
            return text


def menu(rng: random.Random, ctx: Context) -> list[str]:
    words = ph.MENU_WORDS.get(ctx.lang, ph.MENU_WORDS["en"])
    chosen = rng.sample(words, k=min(len(words), rng.randint(4, 8)))
    style = rng.randrange(4)
    lines = [pick(rng, ph.MENU_LINES, ctx)] if rng.random() < 0.6 else []
    if style == 0:
        lines.append(rng.choice((" | ", " · ", "  ", " / ")).join(chosen))
    elif style == 1:
        lines += [w.upper() if rng.random() < 0.5 else w for w in chosen]
    elif style == 2:
        lines.append(f"date {ctx.year}-0{rng.randint(1, 9)}-{rng.randint(10, 28)} {pick(rng, ph.MENU_LINES, ctx)}")
        lines.append(" ".join(chosen))
    else:
        lines.append(" > ".join(chosen[:3]))  # a breadcrumb trail
    return lines


def byline(rng: random.Random, ctx: Context) -> list[str]:
    return [pick(rng, ph.BYLINES, ctx, english=0.1) for _ in range(rng.choice((1, 1, 1, 2)))]


def tags(rng: random.Random, ctx: Context) -> list[str]:
    values = rng.sample(ph.TAG_VALUES, k=rng.randint(1, 4))
    if rng.random() < 0.4:  # "• Country:" then "• Norway", one per line, as html-text renders a list
        marker = rng.choice(("• ", "  • ", "- "))
        return [f"{marker}{rng.choice(ph.TAG_FACETS)}", *(f"{marker}{v}" for v in values[:2])]
    return [f"{pick(rng, ph.TAG_LABELS, ctx, english=0.1)} {', '.join(values)}"]


def headline_repeat(rng: random.Random, ctx: Context) -> list[str]:
    return [ctx.title]


def trending(rng: random.Random, ctx: Context) -> list[str]:
    lines = [fill(rng, rng.choice(ph.TRENDING_HEADERS.get(ctx.lang, ph.TRENDING_HEADERS["en"])), ctx)]
    style = rng.randrange(3)
    for n in range(1, rng.randint(3, 6) + 1):
        title = other_headline(rng, ctx)
        if style == 0:
            lines += [str(n), title, title, f" {rng.choice(ph.TRENDING_CATEGORIES)}"]
        elif style == 1:
            lines.append(f"{n}. {title}")
        else:
            lines.append(title)
    return lines


def related(rng: random.Random, ctx: Context) -> list[str]:
    lines = [fill(rng, rng.choice(ph.RELATED_HEADERS.get(ctx.lang, ph.RELATED_HEADERS["en"])), ctx)]
    for _ in range(rng.randint(1, 3)):
        source = rng.choice([name for name, _ in SITES if name != ctx.site])
        # "" is a blank line between cards, as html-text renders them (dropped on pages without).
        lines += ["", source, rng.choice(ph.RELATED_TIMES), f"- {source}", other_headline(rng, ctx)]
        lines.append(paragraph(rng, ctx.lex, rng.randint(30, 120)))  # the other article, pasted in full
    return lines


def read_more(rng: random.Random, ctx: Context) -> list[str]:
    return [pick(rng, ph.READ_MORE, ctx, english=0.2) + other_headline(rng, ctx)]


def ai_image(rng: random.Random, ctx: Context) -> list[str]:
    return [pick(rng, ph.AI_IMAGE, ctx)]


def views(rng: random.Random, ctx: Context) -> list[str]:
    return [pick(rng, ph.VIEWS, ctx)]


def syndication(rng: random.Random, ctx: Context) -> list[str]:
    return [pick(rng, ph.SYNDICATION, ctx)]


def cookie(rng: random.Random, ctx: Context) -> list[str]:
    lines = [pick(rng, ph.COOKIE, ctx, english=0.2)]
    lines += picks(rng, ph.COOKIE_BUTTONS, ctx, 0, 2, english=0.2)
    return lines


def newsletter(rng: random.Random, ctx: Context) -> list[str]:
    return picks(rng, ph.NEWSLETTER, ctx, 1, 3)


def share(rng: random.Random, ctx: Context) -> list[str]:
    return picks(rng, ph.SHARE, ctx, 1, 3)


def comments(rng: random.Random, ctx: Context) -> list[str]:
    return picks(rng, ph.COMMENTS, ctx, 1, 2, english=0.2)


def promo(rng: random.Random, ctx: Context) -> list[str]:
    return picks(rng, ph.PROMO, ctx, 1, 2)


def footer_contact(rng: random.Random, ctx: Context) -> list[str]:
    return picks(rng, ph.FOOTER_CONTACT, ctx, 1, 3, english=0.2)


def footer_copyright(rng: random.Random, ctx: Context) -> list[str]:
    return [pick(rng, ph.COPYRIGHT, ctx, english=0.3)]


def footer_links(rng: random.Random, ctx: Context) -> list[str]:
    return picks(rng, ph.FOOTER_LINKS, ctx, 1, 3, english=0.3)


@dataclass(frozen=True)
class KindSpec:
    """A boilerplate kind: how to make it, where it may sit, and where it should go."""

    make: Callable[[random.Random, Context], list[str]]
    slots: tuple[str, ...]
    destination: str  # "drop", "metadata" or "related": where a perfect cleaner puts it
    chance: float = 0.45  # how often a generated page has one


KINDS: dict[str, KindSpec] = {
    "menu": KindSpec(menu, ("top", "top", "top", "bottom"), "drop", 0.7),
    "cookie": KindSpec(cookie, ("top", "bottom"), "drop", 0.3),
    "byline": KindSpec(byline, ("head",), "metadata", 0.6),
    "tags": KindSpec(tags, ("head", "after"), "metadata", 0.4),
    "headline_repeat": KindSpec(headline_repeat, ("head",), "drop", 0.3),
    "ai_image": KindSpec(ai_image, ("head", "head", "inside"), "drop", 0.3),
    "views": KindSpec(views, ("after", "head"), "drop", 0.25),
    "syndication": KindSpec(syndication, ("after",), "drop", 0.25),
    "read_more": KindSpec(read_more, ("inside",), "related", 0.35),
    "share": KindSpec(share, ("head", "after", "bottom"), "drop", 0.4),
    "newsletter": KindSpec(newsletter, ("inside", "after", "bottom"), "drop", 0.35),
    "comments": KindSpec(comments, ("after",), "drop", 0.35),
    "promo": KindSpec(promo, ("after", "inside", "head"), "drop", 0.25),
    "trending": KindSpec(trending, ("after", "bottom", "top"), "related", 0.4),
    "related": KindSpec(related, ("after",), "related", 0.35),
    "footer_contact": KindSpec(footer_contact, ("bottom",), "drop", 0.4),
    "footer_copyright": KindSpec(footer_copyright, ("bottom",), "drop", 0.55),
    "footer_links": KindSpec(footer_links, ("bottom",), "drop", 0.45),
}

# Every language a page may be written in.
LANGUAGES = tuple(LEXICONS)
