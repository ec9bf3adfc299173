"""A generated scraped page: labelled parts placed in realistic order, rendered as plain text.

The truth is known by construction: every part says whether it is the title, article text or
which kind of boilerplate, so tests can check what a cleaner kept and removed.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

import regex

from .boilerplate import KINDS, LANGUAGES, Context
from .lexicon import LEXICONS, SITES
from .prose import headline, list_items, paragraph, quote, words

# The marker of an article list item in text ("- ", "• ", "1. "); HTML renders items without it.
LIST_MARKER = regex.compile(r"^(?:[-•*]|\d+\.) ")
# A paragraph this long in words is prose a cleaner must keep (the quality bar).
LONG_PROSE_WORDS = 25


@dataclass(frozen=True)
class Part:
    """Consecutive lines of one kind: "title", "article" or a boilerplate kind of ``KINDS``."""

    kind: str
    lines: tuple[str, ...]
    slot: str = ""      # where a boilerplate part sits: top, head, inside, after, bottom
    subkind: str = ""   # article parts: paragraph, quote, short, list, subheading
    long: bool = False  # an article paragraph of >= LONG_PROSE_WORDS words of prose

    @property
    def is_boilerplate(self) -> bool:
        return self.kind not in ("title", "article")


@dataclass(frozen=True)
class GeneratedPage:
    """Parts in page order, the page language, and how its text rendering spaces lines."""

    lang: str
    site: str
    domain: str
    title: str | None
    parts: tuple[Part, ...]
    blank_lines: bool = True   # a blank line between parts, as html-text renders block elements
    indent: bool = False       # some boilerplate lines indented, as html-text renders nested lists

    @property
    def boilerplate(self) -> tuple[Part, ...]:
        return tuple(p for p in self.parts if p.is_boilerplate)

    @property
    def long_paragraphs(self) -> tuple[str, ...]:
        return tuple(p.lines[0] for p in self.parts if p.long)

    def text(self) -> str:
        """The page as scraped plain text."""
        chunks: list[str] = []
        for n, part in enumerate(self.parts):
            lines = [line for line in part.lines if line or self.blank_lines]
            if self.indent and part.is_boilerplate:
                lines = [("  " + line) if i % 2 else line for i, line in enumerate(lines)]
            if part.kind == "trending" and self.blank_lines:
                chunks.append("\n\n".join(lines))
            else:
                chunks.append("\n".join(lines))
        return ("\n\n" if self.blank_lines else "\n").join(chunks) + "\n"


def article_parts(rng: random.Random, ctx: Context) -> list[Part]:
    """The article: a long lead paragraph, then paragraphs, quotes, short lines, lists, subheadings."""
    lex = ctx.lex
    parts = [_prose_part("paragraph", paragraph(rng, lex, rng.randint(30, 90)), lex.spaced)]
    for _ in range(rng.randint(2, 7)):
        r = rng.random()
        if r < 0.55:
            parts.append(_prose_part("paragraph", paragraph(rng, lex, rng.randint(LONG_PROSE_WORDS, 110)), lex.spaced))
        elif r < 0.7:
            parts.append(_prose_part("quote", quote(rng, lex, rng.choice((0, 30, 50))), lex.spaced))
        elif r < 0.8:
            parts.append(_prose_part("short", paragraph(rng, lex, 1), lex.spaced))
        elif r < 0.92:
            marker = rng.choice(("- ", "• ", "* ", "1. "))
            parts.append(Part("article", tuple(list_items(rng, lex, marker)), subkind="list"))
        else:
            parts.append(Part("article", (headline(rng, lex),), subkind="subheading"))
    return parts


def _prose_part(subkind: str, text: str, spaced: bool) -> Part:
    return Part("article", (text,), subkind=subkind, long=words(text, spaced=spaced) >= LONG_PROSE_WORDS)


def generate_page(rng: random.Random, *, lang: str | None = None, kinds: tuple[str, ...] | None = None
                  ) -> GeneratedPage:
    """A page in ``lang`` (random if None) with boilerplate of ``kinds`` (a random mix if None)."""
    lang = lang or rng.choice(LANGUAGES)
    lex = LEXICONS[lang]
    site, domain = rng.choice(SITES)
    title = headline(rng, lex)
    ctx = Context(lang, lex, site, domain, title, rng.randint(2019, 2026))
    chosen = kinds if kinds is not None else tuple(k for k, spec in KINDS.items() if rng.random() < spec.chance)
    slots: dict[str, list[Part]] = {s: [] for s in ("top", "head", "inside", "after", "bottom")}
    for kind in chosen:
        spec = KINDS[kind]
        slot = rng.choice(spec.slots)
        slots[slot].append(Part(kind, tuple(spec.make(rng, ctx)), slot=slot))
    for slot in ("top", "after"):
        rng.shuffle(slots[slot])
    # Bylines come first under the headline, as on nearly every news page.
    slots["head"].sort(key=lambda p: p.kind != "byline")
    # Footers end with the copyright line more often than not.
    slots["bottom"].sort(key=lambda p: (p.kind == "footer_copyright", rng.random()))

    body = article_parts(rng, ctx)
    for part in slots["inside"]:
        # Never before the lead paragraph: inline notes sit between paragraphs of the article.
        body.insert(rng.randint(1, len(body)), part)
    has_title = rng.random() < 0.9
    parts = [*slots["top"], *([Part("title", (title,))] if has_title else []), *slots["head"], *body,
             *slots["after"], *slots["bottom"]]
    if not has_title:  # a caption repeating a headline that is not there repeats nothing
        parts = [p for p in parts if p.kind != "headline_repeat"]
    return GeneratedPage(lang, site, domain, title if has_title else None, tuple(parts),
                         blank_lines=rng.random() < 0.6, indent=rng.random() < 0.2)
