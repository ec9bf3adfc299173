"""Text dumped by lynx or w3m (``lynx -dump``): link numbers "[12]" in the text, and a "References"
list at the end that gives each number its URL.

The numbers are markup, not text: a dump is read with them taken off, the References list makes no
blocks, and a line that is one link ("* [12]Quay works start in June") keeps its URL as the block's
``url``, so related items get their links, as in HTML mode.
"""
from __future__ import annotations

from typing import Final

import regex

from ..document import Block, Kind
from .plain_blocks import plain_blocks

# "References", "Visible links", "Hidden links:": the headings of lynx's and w3m's link lists.
REFERENCES_HEADING: Final = regex.compile(r"(?:References|Visible links|Hidden links):?", regex.IGNORECASE)
# "   1. https://example.org/board": one entry of the list.
REFERENCE: Final = regex.compile(r"\s*(\d{1,5})\.\s+(\S{1,2000})\s*")
# "[12]" before a link's words, "[IMG]"/"[image]" for an image.
MARKER: Final = regex.compile(r"\[(?:\d{1,5}|IMG|img|image)\]")
# A line that is one link, after an optional list marker: "* [12]Quay works start in June".
ONE_LINK: Final = regex.compile(r"(?:[-*+•o]\s+|\d{1,3}\.\s+)?\[(\d{1,5})\]([^\[\]]{1,300})")
MIN_REFERENCES: Final = 2
# A line that opens with an image ("[IMG] ...", "[7][IMG] ...") and has at most this many words
# after it is the image's caption.
IMAGE_LINE: Final = regex.compile(r"(?:\[\d{1,5}\])?\[(?:IMG|img|image)\]")
MAX_CAPTION_WORDS: Final = 25


def lynx_references(text: str) -> tuple[int, dict[str, str]] | None:
    """Where a dump's References list starts (a line index) and its URL per number, or None when
    ``text`` ends in no such list of at least two entries."""
    at = max(text.rfind("\nReferences"), text.rfind("\nVisible links"))
    if at < 0:
        return None
    lines = text.split("\n")
    start = text.count("\n", 0, at) + 1
    if not REFERENCES_HEADING.fullmatch(lines[start].strip()):
        return None
    refs: dict[str, str] = {}
    for line in lines[start + 1:]:
        if not line.strip() or REFERENCES_HEADING.fullmatch(line.strip()):
            continue
        m = REFERENCE.fullmatch(line)
        if m is None:
            return None  # more text after the list: not a dump's references
        refs[m.group(1)] = m.group(2)
    return (start, refs) if len(refs) >= MIN_REFERENCES else None


def lynx_blocks(text: str, start: int, refs: dict[str, str]) -> list[Block]:
    """Blocks of a dump without its link numbers and References list; one-link lines keep their URL."""
    body = "\n".join(text.split("\n")[:start])
    blocks: list[Block] = []
    for block in plain_blocks(body):
        one = ONE_LINK.fullmatch(block.text)
        url = refs.get(one.group(1), "") if one else ""
        words = " ".join(MARKER.sub(" ", block.text).split()) if "[" in block.text else block.text
        if not words:
            continue
        kind = block.kind
        if one is not None and kind is Kind.LIST_ITEM:
            words = one.group(2).strip()  # the item is its link: the marker goes as "<li>" does in HTML
        elif kind is Kind.PARAGRAPH and IMAGE_LINE.match(block.text) and len(words.split()) <= MAX_CAPTION_WORDS:
            kind = Kind.CAPTION  # "[7][IMG] The plant at low tide": an image and its caption, as <figcaption>
        # The offset holds only where the text is the input's as written.
        start = block.start if words == block.text else -1
        blocks.append(block._replace(index=len(blocks), text=words, url=url, start=start, kind=kind))
    return blocks
