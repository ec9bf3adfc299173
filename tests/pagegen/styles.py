"""Generated pages in other scraper styles: hard-wrapped at 50-130 columns, Markdown (html2text),
a lynx dump with a References list, the page scraped twice, a forum thread, a recipe page, and an
article with a comment thread. The truth is still known by construction: the article's paragraphs,
the headline, and the lines a cleaner must remove.
"""
from __future__ import annotations

import random
import textwrap
from dataclasses import dataclass

import regex

from .lexicon import LEXICONS
from .page import GeneratedPage, generate_page
from .prose import paragraph, person

STYLES = ("wrapped", "markdown", "lynx", "duplicated", "forum", "recipe", "comments")
WS = regex.compile(r"\s+")
# Languages whose lexicon writes words with spaces (wrapping needs them).
SPACED = tuple(code for code, lex in LEXICONS.items() if lex.spaced)
ROLES = ("Member", "New member", "Well-known member", "Active member", "Moderator")
CONTROLS = ("Reply Like Report", "Quote Reply", "Like Reply", "Report Quote Reply")


@dataclass(frozen=True)
class StyledPage:
    """A page in one style: its text, the headline, the paragraphs that must be kept, the lines
    that must not be in the text, and the comments that belong in ``doc.comments``."""

    style: str
    text: str
    title: str | None
    keep: tuple[str, ...]
    remove: tuple[str, ...]
    comments: tuple[str, ...] = ()
    related_urls: int = 0  # related items that should come with a link


def styled_page(rng: random.Random, style: str) -> StyledPage:
    """A generated page rendered in ``style`` (one of STYLES)."""
    page = generate_page(rng, lang=rng.choice(SPACED))
    keep = page.long_paragraphs
    remove = page_remove(page)
    if style == "wrapped":
        width = rng.randint(50, 130)
        text = "\n".join("\n".join(textwrap.wrap(line, width)) or line for line in page.text().split("\n"))
        return StyledPage(style, text, page.title, keep, remove)
    if style == "markdown":
        return StyledPage(style, _markdown(rng, page), page.title, keep, remove, related_urls=3)
    if style == "lynx":
        return StyledPage(style, _lynx(rng, page), page.title, keep, remove, related_urls=3)
    if style == "duplicated":
        return StyledPage(style, page.text() + "\n" + page.text(), page.title, keep, remove)
    return {"forum": _forum, "recipe": _recipe, "comments": _comments}[style](rng, page)


def _markdown(rng: random.Random, page: GeneratedPage) -> str:
    out = ["  * [Home](/)", "  * [News](/news/)", "  * [Sport](/sport/)", ""]
    for part in page.parts:
        if part.kind == "title":
            out += [f"# {part.lines[0]}", ""]
        elif part.kind == "article" and part.subkind == "subheading":
            out += [f"## {part.lines[0]}", ""]
        elif part.kind == "article" and part.long:
            words = part.lines[0].split(" ")
            k = rng.randint(1, max(1, len(words) - 3))
            # A link inside the sentence and a bold word: markup a reader never sees.
            words[k] = f"[{words[k]}](https://example.org/{k})"
            out += [" ".join(words), ""]
        elif part.kind == "article":
            out += [*part.lines, ""]
        else:
            out += [*part.lines, ""]
    out += ["* * *", "", "## Related", ""]
    out += [f"  * [{t}](/story/{n}/)" for n, t in enumerate(_others(rng, page))]
    return "\n".join(out) + "\n"


def _lynx(rng: random.Random, page: GeneratedPage) -> str:
    refs: list[str] = []

    def link(words: str, url: str) -> str:
        refs.append(url)
        return f"[{len(refs)}]{words}"

    out = [f"   {link('Skip to content', '#main')}", f"     * {link('Home', '/')}", ""]
    for line in page.text().split("\n"):
        out.append("\n".join("   " + piece for piece in textwrap.wrap(line, 72)) if line else "")
    out += ["", "Related", ""]
    out += [f"     * {link(t, f'https://example.org/story/{n}/')}" for n, t in enumerate(_others(rng, page))]
    out += ["", "References", ""] + [f"  {n:>3}. {url}" for n, url in enumerate(refs, start=1)]
    return "\n".join(out) + "\n"


def _others(rng: random.Random, page: GeneratedPage) -> list[str]:
    """Three headlines of other articles (long enough to be told apart)."""
    from .prose import headline

    lex = LEXICONS[page.lang]
    return [headline(rng, lex) for _ in range(3)]


def _forum(rng: random.Random, page: GeneratedPage) -> StyledPage:
    lex = LEXICONS[page.lang]
    title = page.title or "Which way is best?"
    posts = [paragraph(rng, lex, rng.randint(30, 80)) for _ in range(rng.randint(2, 5))]
    out = ["Harbour Talk Forum", "Forums › Local › Ferries", "Log in Register", "", title.rstrip(".") + "?", ""]
    chrome: list[str] = []
    for n, post in enumerate(posts, start=1):
        head = [f"user_{rng.randint(10, 999)}", rng.choice(ROLES),
                f"Joined: {rng.choice(('Jan', 'Mar', 'Oct'))} {rng.randint(2015, 2025)} Messages: {rng.randint(1, 3000)}",
                f"{rng.randint(1, 28)} {rng.choice(('Jan', 'Feb', 'Jun'))} 2026", f"#{n}"]
        tail = [f"{person(rng)} liked this"] if rng.random() < 0.4 else []
        tail.append(rng.choice(CONTROLS))
        chrome += head + tail
        out += [*head, post, *tail, ""]
    out += ["You must log in or register to reply here.", "", "© 2026 Harbour Talk"]
    return StyledPage("forum", "\n".join(out) + "\n", title.rstrip(".") + "?", tuple(posts),
                      tuple(c for c in chrome if len(c) >= 10))


def _recipe(rng: random.Random, page: GeneratedPage) -> StyledPage:
    text = page.text()
    title = page.title
    top = ["Jump to Recipe  Print Recipe  Pin Recipe", ""]
    note = ["This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.", ""]
    if title is not None:
        text = text.replace(title + "\n", title + "\n\n" + "\n".join(note), 1)
        text = text.replace(title, "\n".join(top) + "\n" + title, 1)
    return StyledPage("recipe", text, title, page.long_paragraphs, (top[0], note[0]))


def _comments(rng: random.Random, page: GeneratedPage) -> StyledPage:
    lex = LEXICONS[page.lang]
    comments = [paragraph(rng, lex, rng.randint(12, 40)) for _ in range(rng.randint(2, 5))]
    thread = [f"{len(comments)} Comments", ""]
    for text in comments:
        thread += [f"{person(rng)} says:", f"March {rng.randint(1, 28)}, 2026 at {rng.randint(1, 12)}:{rng.randint(10, 59)} pm",
                   text, "Reply"]
    thread += ["", "Leave a Reply"]
    lines = page.text().rstrip("\n").split("\n")
    # After the article's last paragraph, before the page's related lists and footer.
    last = max(i for i, line in enumerate(lines) if page.long_paragraphs and line == page.long_paragraphs[-1])
    text = "\n".join([*lines[:last + 1], "", *thread, "", *lines[last + 1:]]) + "\n"
    return StyledPage("comments", text, page.title, page.long_paragraphs, page_remove(page) + tuple(comments),
                      comments=tuple(comments))


def page_remove(page: GeneratedPage) -> tuple[str, ...]:
    """The page's boilerplate lines long enough to be told apart (none of them inside a kept paragraph)."""
    keep = page.long_paragraphs
    return tuple(line for part in page.boilerplate for line in part.lines
                 if len(line) >= 25 and not any(line in k for k in keep))


def flat(text: str) -> str:
    """``text`` with every run of whitespace one space: wrapped lines compare as their paragraph (a
    word the wrapper broke after its hyphen is one word again)."""
    return WS.sub(" ", text.replace("-\n", "-")).strip()


@dataclass
class StyleTally:
    """Counts over a sample of one style."""

    pages: int = 0
    exact: int = 0
    keep_total: int = 0
    kept: int = 0
    remove_total: int = 0
    removed: int = 0
    titled: int = 0
    title_total: int = 0
    comments_total: int = 0
    comments_split: int = 0
    url_total: int = 0
    url_given: int = 0

    def row(self, style: str) -> str:
        def pct(a: int, b: int) -> str:
            return f"{a / b:6.1%}" if b else "     -"
        return (f"| {style} | {self.pages} | {pct(self.kept, self.keep_total)} | {pct(self.removed, self.remove_total)} "
                f"| {pct(self.titled, self.title_total)} | {pct(self.comments_split, self.comments_total)} "
                f"| {pct(self.url_given, self.url_total)} | {pct(self.exact, self.pages)} |")


HEADER = ("| style | pages | paragraphs kept | boilerplate removed | title right | comments split | "
          "related with url | page right |\n|---|---|---|---|---|---|---|---|")


def run_style(style: str, pages: int, seed0: int = 0) -> StyleTally:
    """Clean ``pages`` generated pages of ``style`` and count what came out right."""
    import cleantext

    t = StyleTally()
    for seed in range(seed0, seed0 + pages):
        sp = styled_page(random.Random(seed), style)
        doc = cleantext.extract(sp.text, format="text")
        out = flat(doc.text)
        kept = sum(flat(p) in out for p in sp.keep)
        removed = sum(flat(line) not in out for line in sp.remove)
        title_ok = sp.title is None or flat(doc.title or "") == flat(sp.title)
        split = {flat(c.text) for c in getattr(doc, "comments", ())}  # older versions have none
        t.pages += 1
        t.keep_total += len(sp.keep)
        t.kept += kept
        t.remove_total += len(sp.remove)
        t.removed += removed
        t.title_total += sp.title is not None
        t.titled += sp.title is not None and title_ok
        t.comments_total += len(sp.comments)
        t.comments_split += sum(flat(c) in split for c in sp.comments)
        t.url_total += sp.related_urls
        t.url_given += min(sp.related_urls, sum(1 for r in doc.related if r.url))
        t.exact += kept == len(sp.keep) and removed == len(sp.remove) and title_ok
    return t
