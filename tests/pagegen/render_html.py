"""Render a generated page as HTML: nested layouts, nav/aside/footer or bare divs, link lists, bad markup.

Each line of a part becomes one block-level element, so the page's truth holds line for line.
Layouts range from semantic HTML5 to class-less div soup and old table layouts; ``malformed``
drops closing tags, upper-cases tags and leaves elements open, as real pages do.
"""
from __future__ import annotations

import html
import random

import regex

from .damage import ENTITIES, invisible, mojibake, nfd, odd_whitespace
from .page import LIST_MARKER, GeneratedPage, Part

SEPARATORS = (" | ", " · ", " / ", " > ")
# Container per kind in the semantic layout: (tag, class/id attributes).
CONTAINERS: dict[str, tuple[str, str]] = {
    "menu": ("nav", 'class="main-nav" role="navigation"'),
    "cookie": ("div", 'id="cookie-consent" class="cookie-banner"'),
    "byline": ("div", 'class="byline"'),
    "tags": ("div", 'class="tags"'),
    "headline_repeat": ("figure", 'class="lead-image"'),
    "ai_image": ("figure", 'class="image-note"'),
    "views": ("div", 'class="disclaimer"'),
    "syndication": ("div", 'class="disclaimer syndicated"'),
    "read_more": ("div", 'class="inline-related"'),
    "share": ("div", 'class="share-buttons"'),
    "newsletter": ("div", 'class="newsletter-signup"'),
    "comments": ("section", 'id="comments" class="comments"'),
    "promo": ("div", 'class="promo-box"'),
    "trending": ("aside", 'class="trending-widget"'),
    "related": ("section", 'class="related-articles"'),
    "footer_contact": ("div", 'class="footer-contact"'),
    "footer_copyright": ("div", 'class="copyright"'),
    "footer_links": ("div", 'class="footer-links"'),
}
LINKY = frozenset({"menu", "tags", "share", "read_more", "trending", "footer_links", "promo"})


class Renderer:
    """One page's rendering choices: layout, damage to text, how broken the markup is."""

    def __init__(self, rng: random.Random, damages: tuple[str, ...] = ()) -> None:
        self.rng = rng
        self.damages = damages
        self.layout = rng.choice(("semantic", "classes", "bare", "table"))

    def text(self, s: str) -> str:
        """Escape ``s`` for HTML, damaging it first when asked."""
        for name, fn in (("invisible", invisible), ("odd_whitespace", odd_whitespace), ("nfd", nfd)):
            if name in self.damages:
                s = fn(self.rng, s)
        s = html.escape(s, quote=False)
        if "entities" in self.damages:
            s = "".join(ENTITIES[c] if c in ENTITIES and c not in "&'\"" and self.rng.random() < 0.7 else c
                        for c in s)
        return s

    def link(self, s: str) -> str:
        slug = "".join(c for c in s.lower() if c.isalnum())[:30] or "x"
        return f'<a href="https://example.org/{slug}">{self.text(s)}</a>'

    def line(self, kind: str, s: str, first: bool) -> str:
        """One line of a boilerplate part as one block element."""
        for sep in SEPARATORS:
            if sep in s and kind in ("menu", "footer_links"):
                return f"<div>{html.escape(sep).join(self.link(w) for w in s.split(sep))}</div>"
        if kind in ("headline_repeat", "ai_image"):
            return f'<img src="/img/{self.rng.randint(1, 999)}.jpg" alt=""><figcaption>{self.text(s)}</figcaption>'
        if first and kind in ("trending", "related", "comments", "newsletter"):
            return f"<h3>{self.text(s)}</h3>"
        if kind in LINKY:
            return f"<li>{self.link(s)}</li>"
        if kind == "cookie" and not first:
            return f'<button type="button">{self.text(s)}</button>'
        return f"<p>{self.text(s)}</p>"

    def part(self, part: Part) -> str:
        if part.kind == "title":
            return f"<h1>{self.text(part.lines[0])}</h1>"
        if part.kind == "article":
            if part.subkind == "list":
                return "<ul>" + "".join(f"<li>{self.text(LIST_MARKER.sub('', x))}</li>" for x in part.lines) + "</ul>"
            if part.subkind == "subheading":
                return f"<h2>{self.text(part.lines[0])}</h2>"
            if part.subkind == "quote":
                return f"<blockquote><p>{self.text(part.lines[0])}</p></blockquote>"
            return f"<p>{self.text(part.lines[0])}</p>"
        if part.kind == "related":
            inner = self.related_cards(part.lines)
        else:
            inner = "".join(self.line(part.kind, s, n == 0) for n, s in enumerate(part.lines) if s)
        if part.kind in LINKY and "<li>" in inner:
            inner = inner.replace("<li>", "\x00", 1)
            head, _, rest = inner.partition("\x00")
            inner = f"{head}<ul><li>{rest}</ul>"
        tag, attrs = CONTAINERS[part.kind]
        if self.layout == "bare":
            tag, attrs = "div", f'class="c{self.rng.randint(100, 999)}"'
        elif self.layout in ("classes", "table"):
            tag = "div" if tag != "figure" else tag
        return f"<{tag} {attrs}>{inner}</{tag}>"

    def related_cards(self, lines: tuple[str, ...]) -> str:
        """A heading, then cards of source, time, "- source", linked title and teaser text."""
        out = [f"<h3>{self.text(lines[0])}</h3>"]
        card: list[str] = []
        for s in (*lines[1:], ""):
            if s:
                card.append(s)
                continue
            if card:
                *meta, title, teaser = card
                out.append('<div class="card">' + "".join(f"<div>{self.text(m)}</div>" for m in meta)
                           + f"<h4>{self.link(title)}</h4><p>{self.text(teaser)}</p></div>")
                card = []
        return "".join(out)

    def wrap(self, body: str, depth: int) -> str:
        for _ in range(depth):
            body = f'<div class="w{self.rng.randint(1, 99)}">{body}</div>'
        return body


def region(r: Renderer, name: str, content: str) -> str:
    if not content:
        return ""
    semantic = {"header": "header", "article": "article", "after": "div", "footer": "footer"}
    if r.layout == "semantic":
        return f"<{semantic[name]}>{content}</{semantic[name]}>"
    if r.layout == "table":
        return f"<tr><td>{content}</td></tr>"
    cls = name if r.layout == "classes" else f"r{r.rng.randint(10, 99)}"
    return f'<div class="{cls}">{content}</div>'


def render_html(page: GeneratedPage, rng: random.Random, *, damages: tuple[str, ...] = (),
                malformed: bool = False) -> str:
    """``page`` as an HTML document."""
    r = Renderer(rng, damages)
    groups: dict[str, list[str]] = {"header": [], "article": [], "after": [], "footer": []}
    for part in page.parts:
        where = {"top": "header", "after": "after", "bottom": "footer"}.get(part.slot, "article")
        groups[where].append(r.part(part))
    article = r.wrap(region(r, "article", "".join(groups["article"])), rng.randint(0, 6))
    main = article + region(r, "after", "".join(groups["after"]))
    if r.layout == "semantic":
        main = f"<main>{main}</main>"
    body = region(r, "header", "".join(groups["header"])) + main + region(r, "footer", "".join(groups["footer"]))
    if r.layout == "table":
        body = f'<table width="100%">{body}</table>'
    title = f"<title>{r.text(page.title)} | {html.escape(page.site)}</title>" if page.title else ""
    doc = (f'<!DOCTYPE html><html lang="{page.lang}"><head><meta charset="utf-8">{title}'
           f'<script>var ads = "<p>not text</p>";</script><style>p {{ margin: 0 }}</style></head>'
           f"<body>{r.wrap(body, rng.randint(0, 3))}</body></html>")
    if malformed:
        doc = break_markup(rng, doc)
    if "mojibake" in damages:
        doc = mojibake(rng, doc)
    if "crlf" in damages:
        doc = doc.replace("><", ">\r\n<")
    if "bom" in damages:
        doc = "\ufeff" + doc
    return doc


def break_markup(rng: random.Random, doc: str) -> str:
    """Markup as sloppy pages have it: optional end tags left out, wrappers left open, tags in
    capitals, stray end tags. Only breakage that keeps each part where it was: a </div> missing
    mid-page would move the rest of the page into a boilerplate box, and the truth with it."""
    for closer in ("</p>", "</li>", "</td>", "</tr>", "</body></html>"):
        if rng.random() < 0.5:
            doc = doc.replace(closer, "")
    if rng.random() < 0.5:  # the outer wrappers never closed
        head, sep, tail = doc.rpartition("</body>") if "</body>" in doc else (doc, "", "")
        closers = regex.search(r"(?:</\w+>)*$", head)  # the run of end tags closing the body's wrappers
        start = closers.start() if closers else len(head)
        doc = head[:start] + head[start:].replace("</div>", "", rng.randint(1, 3)) + sep + tail
    if rng.random() < 0.3:
        doc = doc.replace("<p>", "<P>").replace("<div", "<DIV")
    if rng.random() < 0.3:
        doc = doc.replace("</h1>", "</h1></span></b>")
    return doc + ("<div><span>" if rng.random() < 0.5 else "")
