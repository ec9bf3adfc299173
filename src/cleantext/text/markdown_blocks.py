"""Text that is Markdown (html2text, Jina-style readers, Markdown exports): blocks without the markup.

A page scraped as Markdown carries its structure in markup: ``# Headline``, ``* [Title](/url)``,
``**bold**``, ``[words](url)``, ``* * *``. Like tags in HTML, the markup is not text: each line
becomes a block of its words, a heading or list item by its marker, with the link of a line that
is one link as the block's ``url`` (so related items keep their links). Images are not text (as in
HTML mode); rules and image-only lines make no block. Only a page that shows Markdown again and again is read so; any other page's ``*``
and ``#`` stay as they are.
"""
from __future__ import annotations

from typing import Final

import regex

from ..document import Block, Kind

# "# Headline" ... "###### Small heading" (a closing "##" run is markup too).
HEADING: Final = regex.compile(r"#{1,6}\s+(.*?)(?:\s+#+)?\s*")
# "* item", "- item", "+ item", "1. item": a list item's marker.
ITEM: Final = regex.compile(r"(?:[-*+]|\d{1,9}[.)])\s+")
# "* * *", "---", "___", "- - -": a thematic break.
RULE: Final = regex.compile(r"(?:[-*_]\s*){3,}")
# "[words](/url)" or "[words](https://x "title")"; images "![alt](src)" first.
IMAGE: Final = regex.compile(r"!\[([^\]\n]{0,300})\]\([^)\s]{0,2000}(?:\s+\"[^\"\n]{0,300}\")?\)")
LINK: Final = regex.compile(r"\[([^\]\n]{0,500})\]\(([^)\s]{0,2000})(?:\s+\"[^\"\n]{0,300}\")?\)")
# Emphasis around words: "**bold**", "__bold__", "*it*", "_it_" (not snake_case or 2*3*4).
EMPHASIS: Final = regex.compile(r"(?<![\w*])(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1(?![\w*])")
CODE_SPAN: Final = regex.compile(r"`([^`\n]{1,500})`")
FENCE: Final = regex.compile(r"(?:```|~~~)")
QUOTE: Final = regex.compile(r">\s?")
# "Headline" over "========" (or "--------"): the line above is a heading (a setext heading).
SETEXT: Final = regex.compile(r"=+|-+")
# "| a | b |" is a table row; "| --- | :---: |" the line under its header row, markup only.
TABLE_ROW: Final = regex.compile(r"\|.*\|")
TABLE_RULE: Final = regex.compile(r"\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?\s*)?")
# The marks of Markdown a page must show to be read as Markdown.
LINK_MARK: Final = regex.compile(r"\]\([^)\s]{1,2000}\)")
HEADING_LINE: Final = regex.compile(r"^#{1,6}\s+\S", regex.MULTILINE)
# The page's first non-blank line is "# Headline": a heading of two words or six characters or more
# (no "#tag" or "#1", and no one-word menu item "# Home" or "# 首页").
FIRST_LINE_HEADING: Final = regex.compile(r"\s*#{1,6}[ \t]+(?:\S+[ \t]+\S|\S{6})[^\n]*(?:\n|$)")
SUBHEADING_LINE: Final = regex.compile(r"^[ \t]*#{2,6}[ \t]+\S", regex.MULTILINE)
MIN_LINKS: Final = 3
MIN_SUBHEADINGS: Final = 2


def looks_like_markdown(text: str) -> bool:
    """A page written in Markdown: a ``# heading`` line and a link, or several links ``[x](url)``;
    without links (a converter told to leave them out), a page that opens with ``# Headline`` or
    has two ``## Section`` headings."""
    if "](" not in text and "\n#" not in text and not text.startswith("#"):
        return False
    links = len(LINK_MARK.findall(text, endpos=200_000))
    if links >= MIN_LINKS or (links >= 1 and HEADING_LINE.search(text) is not None):
        return True
    # A shell comment ("# install it") is one line inside the text, not the page's first line,
    # and has no "##".
    return (FIRST_LINE_HEADING.match(text) is not None
            or len(SUBHEADING_LINE.findall(text, endpos=200_000)) >= MIN_SUBHEADINGS)


def inline_text(text: str) -> tuple[str, str]:
    """The words of one line of Markdown, and the link's target when the line is one link.

    >>> inline_text("* [Three waterfalls](/trails/falls/)")
    ('Three waterfalls', '/trails/falls/')
    >>> inline_text("_By **Ines Vantongeren** · 14 April_")
    ('By Ines Vantongeren · 14 April', '')
    """
    text = IMAGE.sub("", text) if "![" in text else text  # an image is no text, as in HTML mode
    url = ""
    if "](" in text:
        whole = LINK.fullmatch(text)
        url = whole.group(2) if whole else ""
        text = LINK.sub(lambda m: m.group(1), text)
    if "`" in text:
        text = CODE_SPAN.sub(lambda m: m.group(1), text)
    if "*" in text or "_" in text:
        # Nested emphasis ("_By **Name**_") takes a second pass.
        for _ in range(2):
            text = EMPHASIS.sub(lambda m: m.group(2), text)
    return text.strip(), url


def markdown_blocks(text: str) -> list[Block]:
    """Blocks of a Markdown page, in order, with markup taken off and paragraph breaks kept."""
    blocks: list[Block] = []
    gap = False
    fenced = False
    for raw in text.split("\n"):
        line = raw.strip()
        if FENCE.match(line):
            fenced = not fenced
            gap = True
            continue
        if fenced:
            if line:
                blocks.append(Block(len(blocks), line, Kind.PREFORMATTED, gap and bool(blocks)))
                gap = False
            continue
        if line and not gap and blocks and blocks[-1].kind is Kind.PARAGRAPH and SETEXT.fullmatch(line):
            # The line above, with no blank line between, is a heading: "=" level 1, "-" level 2.
            blocks[-1] = blocks[-1]._replace(kind=Kind.HEADING, level=1 if line[0] == "=" else 2)
            gap = True
            continue
        if not line or RULE.fullmatch(line):
            gap = True
            continue
        kind, level = Kind.PARAGRAPH, 0
        if line[0] == "|" and TABLE_ROW.fullmatch(line):
            if TABLE_RULE.fullmatch(line):
                continue  # the rule under a table's header row: markup, no text
            # A block per row, its cells between " | " as HTML mode writes a <tr> (filters read a
            # table row's separators as a table's, not a menu's; Markdown output makes it a table again).
            cells = [inline_text(cell)[0] for cell in line[1:-1].split("|")]
            if any(cells):
                blocks.append(Block(len(blocks), " | ".join(cells), Kind.TABLE_ROW, gap and bool(blocks)))
                gap = False
            continue
        heading = HEADING.fullmatch(line)
        if heading:
            kind, level = Kind.HEADING, len(line) - len(line.lstrip("#"))
            line = heading.group(1)
        else:
            item = ITEM.match(line)
            if item:
                kind, line = Kind.LIST_ITEM, line[item.end():]
            elif QUOTE.match(line):
                kind, line = Kind.QUOTE, line[1:].lstrip()
        words, url = inline_text(line)
        if not words:
            gap = True  # an image without alt text, an empty link: no text to keep
            continue
        blocks.append(Block(len(blocks), words, kind, gap and bool(blocks), url=url, level=level))
        gap = False
    return blocks
