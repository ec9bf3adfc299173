"""Tell HTML input from plain text, cheaply, from the start of the document."""
from __future__ import annotations

import regex

# A document is HTML when it opens (after whitespace, BOM or comments) with a doctype, <html>,
# <head> or <body>, or when its first 2 KB hold several common HTML tags.
HTML_START = regex.compile(
    r"\A(?:\ufeff)?\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title)\b",
    regex.IGNORECASE | regex.DOTALL,
)
# <p>, </div>, <br/>, <a href=...>: tags that plain text rarely has.
HTML_TAG = regex.compile(
    r"</?(?:p|div|span|a|br|table|tr|td|ul|ol|li|h[1-6]|script|style|article|section|img|nav|header|footer)"
    r"\b[^<>]{0,500}>",
    regex.IGNORECASE,
)


def looks_like_html(text: str) -> bool:
    """True when ``text`` is an HTML page or fragment rather than scraped plain text."""
    if HTML_START.match(text[:4096]):
        return True
    head = text[:20000]
    tags = [m.start() for m in HTML_TAG.finditer(head)]
    if len(tags) < 3:
        return False
    # Markup stands at a line's start or right after other markup ("<div><p>", "</a></li>"); a how-to
    # page that writes "put the card in a <div class="wrap">" has its tags inside sentences. Text that
    # quotes tags is still text: structural tags must be a visible share of the lines.
    structural = sum(1 for pos in tags if _after_markup_or_line_start(head, pos))
    lines = max(1, head.count("\n") + 1)
    return structural >= 3 and structural * 4 >= min(lines, 40)


def _after_markup_or_line_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 200):pos].rstrip(" \t")
    return not before or before[-1] in "\n>"


def detect_format(text: str) -> str:
    """``"html"`` or ``"text"``."""
    return "html" if looks_like_html(text) else "text"
