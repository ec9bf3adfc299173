"""Damage that real scrapes carry, applied to a whole generated page.

Each damage keeps the page's lines in place (no newline is added inside a line or removed), so a
line of the clean page still matches one line of the damaged page after repair.
"""
from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable

INVISIBLE = ("\u200b", "\u00ad", "\u2060", "\u200c", "\ufeff")
ODD_SPACES = ("\u00a0", "\u2009", "\u202f", "\u2002", "\t", "  ")
ENTITIES = {"&": "&amp;", "\u2019": "&#8217;", "\u201c": "&ldquo;", "\u201d": "&rdquo;", "é": "&eacute;",
            "\u00a9": "&copy;", "'": "&#39;", "\"": "&quot;", "ü": "&uuml;", "—": "&mdash;"}


def mojibake(rng: random.Random, text: str) -> str:
    """UTF-8 bytes read as windows-1252 (bytes cp1252 leaves undefined read as latin-1)."""
    out = []
    for b in text.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def entities(rng: random.Random, text: str) -> str:
    """Characters escaped as HTML entities, as pages scraped without unescaping show them."""
    return "".join(ENTITIES[c] if c in ENTITIES and rng.random() < 0.7 else c for c in text)


def crlf(rng: random.Random, text: str) -> str:
    return text.replace("\n", rng.choice(("\r\n", "\r")))


def bom(rng: random.Random, text: str) -> str:
    return "\ufeff" + text


def invisible(rng: random.Random, text: str) -> str:
    """Zero-width spaces, soft hyphens and joiners inside words."""
    out = []
    for c in text:
        out.append(c)
        if c.isalpha() and rng.random() < 0.03:
            out.append(rng.choice(INVISIBLE))
    return "".join(out)


def odd_whitespace(rng: random.Random, text: str) -> str:
    """No-break and thin spaces between words, trailing spaces, blank lines of spaces."""
    out = []
    for c in text:
        if c == " " and rng.random() < 0.15:
            out.append(rng.choice(ODD_SPACES))
        elif c == "\n" and rng.random() < 0.2:
            out.append(rng.choice(("   \n", " \t\n", "\n \n")))
        else:
            out.append(c)
    return "".join(out)


def nfd(rng: random.Random, text: str) -> str:
    return unicodedata.normalize("NFD", text)


DAMAGES: dict[str, Callable[[random.Random, str], str]] = {
    "mojibake": mojibake, "entities": entities, "crlf": crlf, "bom": bom, "invisible": invisible,
    "odd_whitespace": odd_whitespace, "nfd": nfd,
}


def damage(rng: random.Random, text: str, kinds: tuple[str, ...]) -> str:
    """``text`` with each damage of ``kinds`` applied, in a fixed order (mojibake last but CRLF)."""
    order = ("entities", "invisible", "odd_whitespace", "nfd", "mojibake", "bom", "crlf")
    for name in order:
        if name in kinds:
            text = DAMAGES[name](rng, text)
    return text
