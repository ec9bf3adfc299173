"""Generated sites for template tests and benchmarks: many pages sharing a template, each with its own article.

Deterministic for a given seed. Every text here is made up; nothing comes from ../shared.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

SYLLABLES = ("ka", "lo", "mer", "tin", "sa", "vo", "re", "dun", "pi", "gal", "to", "ne", "bri", "sto",
             "an", "el", "wi", "mar", "cho", "len", "ru", "pa", "dis", "qua", "fen", "ol", "ti", "ber")
SITE_WORDS = ("Home", "News", "Sport", "Culture", "Opinion", "Business", "Science", "Travel", "Weather",
              "Video", "Podcasts", "Local", "World", "Markets", "Health", "Food")


@dataclass(frozen=True)
class GeneratedPage:
    """One page: its url, its scraped text, and the article paragraphs the cleaner must keep."""

    url: str
    text: str
    article: tuple[str, ...]
    title: str


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


def generate_site(seed: int, pages: int, *, shared_quote_on: int = 0,
                  paragraphs: tuple[int, int] = (3, 8)) -> list[GeneratedPage]:
    """``pages`` pages of one made-up site; the first ``shared_quote_on`` articles quote the same line.

    Each article has between ``paragraphs[0]`` and ``paragraphs[1]`` paragraphs.
    """
    rng = random.Random(seed)
    name = _word(rng) + _word(rng)
    header, footer = site_template(rng, name)
    quote = f'"{_sentence(rng)}" said the minister at the press conference on the harbour.'
    out: list[GeneratedPage] = []
    for n in range(pages):
        title = _sentence(rng).rstrip(".!?")
        article = [paragraph(rng) for _ in range(rng.randint(*paragraphs))]
        if n < shared_quote_on:
            article.insert(len(article) // 2, quote)
        day = rng.randint(1, 28)
        lines = [*header, "", title, f"By {_word(rng).title()} {_word(rng).title()}, {day} March 2024", ""]
        lines += [p + "\n" for p in article]
        # Per-page noise between article and footer: a related list that differs on every page.
        lines += ["Read more"] + [_sentence(rng).rstrip(".!?") for _ in range(rng.randint(0, 3))] + [""]
        lines += footer
        out.append(GeneratedPage(f"https://www.{name}.example/{n}/{title[:12].replace(' ', '-')}",
                                 "\n".join(lines), tuple(article), title))
    return out
