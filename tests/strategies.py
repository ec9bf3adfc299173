"""Hypothesis strategies shared by the property tests: generated pages with truth, hostile text, filter orders.

Pages come from `tests/pagegen` driven by a drawn seed; the language, the boilerplate kinds and
the damage are drawn by hypothesis, so a failing example shrinks to the fewest kinds and damages.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache

from hypothesis import strategies as st
from pagegen import DAMAGES, KINDS, LANGUAGES, GeneratedPage, damage, generate_page, render_html

import cleantext
from cleantext import Pipeline


@dataclass(frozen=True)
class Sample:
    """A generated page, the input made from it, and how it was made (shown when a test fails)."""

    page: GeneratedPage
    source: str
    format: str
    seed: int
    damages: tuple[str, ...]
    kinds: tuple[str, ...] | None = None  # as drawn: None is the realistic mix
    malformed: bool = False

    def __repr__(self) -> str:
        return (f"Sample(format={self.format!r}, lang={self.page.lang!r}, seed={self.seed}, kinds={self.kinds}, "
                f"damages={self.damages}, malformed={self.malformed})\n"
                f"  rebuild: pagegen.generate_page(random.Random({self.seed}), lang={self.page.lang!r}, "
                f"kinds={self.kinds})\n  source={self.source!r}")


seeds = st.integers(min_value=0, max_value=2**32 - 1)
languages = st.sampled_from(LANGUAGES)
# None: the realistic mix (each kind with its own chance); a set: exactly those kinds.
kind_sets = st.one_of(st.none(), st.sets(st.sampled_from(sorted(KINDS))).map(lambda s: tuple(sorted(s))))
damage_sets = st.sets(st.sampled_from(sorted(DAMAGES)), max_size=3).map(lambda s: tuple(sorted(s)))


def _draw_page(draw: st.DrawFn, damaged: bool, lang: str | None
               ) -> tuple[int, tuple[str, ...] | None, GeneratedPage, tuple[str, ...]]:
    """Seed, kinds as drawn, the page, and the damage to apply."""
    seed = draw(seeds)
    kinds = draw(kind_sets)
    page = generate_page(random.Random(seed), lang=lang or draw(languages), kinds=kinds)
    return seed, kinds, page, draw(damage_sets) if damaged else ()


@st.composite
def text_pages(draw: st.DrawFn, *, damaged: bool = True, lang: str | None = None) -> Sample:
    """A generated page as scraped plain text, optionally damaged."""
    seed, kinds, page, damages = _draw_page(draw, damaged, lang)
    return Sample(page, damage(random.Random(seed + 1), page.text(), damages), "text", seed, damages, kinds)


@st.composite
def html_pages(draw: st.DrawFn, *, damaged: bool = True, lang: str | None = None) -> Sample:
    """A generated page as HTML (random layout, maybe malformed), optionally damaged."""
    seed, kinds, page, damages = _draw_page(draw, damaged, lang)
    malformed = draw(st.booleans())
    source = render_html(page, random.Random(seed + 1), damages=damages, malformed=malformed)
    return Sample(page, source, "html", seed, damages, kinds, malformed)


# Pieces that stress line-based patterns: separators, markers, boilerplate openings, entities,
# invisible and control characters, stray markup and mojibake.
ATOMS = ("", " ", "  ", "\t", "|", " | ", "•", "·", "-", "—", "©", "(c)", "1", "12.", "...", ":", "Read more:",
         "Related Articles", "TRENDING", "By ", "Updated:", "Comments", "Share", "Subscribe", "Menu", "Tags:",
         "&amp;", "&#8217;", "&nbsp;", "\u200b", "\u00ad", "\u00a0", "\r", "\ufeff", "\x00", "\x0c", "\u2028",
         "<p>", "</div>", "<br>", "Ã©", "â€™", "Â ", "http://x.io/a?b=c", "@", "#", "e\u0301", "\U0001f600",
         "ال", "新闻", "Ё", "İ", "ß",
         # Lone surrogates and a pair as two code points, as a str read with "surrogateescape" or
         # JSON "\ud800" escapes holds them (libxml2 silently stopped reading at a lone one).
         chr(0xD800), chr(0xDCE9), chr(0xD83D) + chr(0xDE00))
hostile_lines = st.lists(st.one_of(st.sampled_from(ATOMS), st.text(max_size=20)), max_size=8).map("".join)
hostile_texts = st.lists(hostile_lines, max_size=30).map("\n".join)
scraped_texts = st.one_of(text_pages().map(lambda s: s.source), hostile_texts, st.text())
encodings = st.sampled_from(("utf-8", "utf-16", "utf-8-sig", "cp1252", "latin-1", "koi8-r", "gb18030"))


@st.composite
def encoded(draw: st.DrawFn) -> bytes:
    """A scraped text encoded with some codec (characters it cannot hold become '?')."""
    return draw(scraped_texts).encode(draw(encodings), errors="replace")


any_sources = st.one_of(st.text(), st.binary(), hostile_texts, scraped_texts, encoded())


@lru_cache(maxsize=1)
def html_supported() -> bool:
    """Whether HTML input is built yet (the HTML issue lands separately)."""
    try:
        cleantext.extract("<p>x</p>", format="html")
    except NotImplementedError:
        return False
    return True


def default_filter_names() -> tuple[str, ...]:
    """The default filters and select steps (every step that labels the blocks of a text page)."""
    return tuple(s.name for s in Pipeline.default().steps if s.kind in ("filter", "select"))


@st.composite
def filter_orders(draw: st.DrawFn) -> tuple[str, ...]:
    """Any subset of the default filters in any order, then any subset of the select steps in their
    order (the only order a pipeline accepts: each reads what the ones before it labelled)."""
    steps = Pipeline.default().steps
    filters = draw(st.permutations([s.name for s in steps if s.kind == "filter"]))
    selects = [s.name for s in steps if s.kind == "select"]
    chosen = draw(st.lists(st.sampled_from(selects), unique=True)) if selects else []
    return (*filters[: draw(st.integers(0, len(filters)))], *(n for n in selects if n in chosen))


def pipeline_for(names: tuple[str, ...]) -> Pipeline:
    """The default repairs, then exactly the steps ``names`` in that order."""
    default = Pipeline.default()
    by_name = {s.name: s for s in default.steps}
    return Pipeline([s for s in default.steps if s.kind == "repair"] + [by_name[n] for n in names],
                    options=default.options)
