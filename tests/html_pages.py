"""Helpers the HTML step tests share: the structure steps alone, and a page around a body."""
from __future__ import annotations

from cleantext import Pipeline
from cleantext.html import STRUCTURE_STEPS

# Only the structure steps: no repairs, no text filters.
BARE = Pipeline.default().only(*(f.__name__ for f in STRUCTURE_STEPS))


def page(body: str, title: str = "", *, head: str = "") -> str:
    """A whole HTML document around ``body``, with a <title> when ``title`` is given and ``head`` as it is."""
    title_tag = f"<title>{title}</title>" if title else ""
    return f"<!DOCTYPE html><html><head>{title_tag}{head}</head><body>{body}</body></html>"


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)
