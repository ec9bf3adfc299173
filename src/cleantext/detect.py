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
    tags = HTML_TAG.findall(head)
    if len(tags) < 3:
        return False
    # Text that quotes a tag or two is still text: tags must be a visible share of the lines.
    lines = max(1, head.count("\n") + 1)
    return len(tags) >= 3 and len(tags) * 4 >= min(lines, 40)


def detect_format(text: str) -> str:
    """``"html"`` or ``"text"``."""
    return "html" if looks_like_html(text) else "text"
