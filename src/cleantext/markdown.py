"""Render a Document as Markdown from its trace: headings as #, list items as -, quotes as >,
table rows as | a | b |, preformatted lines fenced. Only kept text is rendered, so nothing is invented.
"""
from __future__ import annotations

import regex

from .document import Block, Document, Kind, Label

# A line that Markdown would read as markup: "# x", "- x", "1. x", "> x", "| x", "```", "---".
MARKUP_START = regex.compile(r"^(?:#{1,6}\s|[-+*]\s|\d{1,9}[.)]\s|>|\||`{3}|~{3}|(?:[-*_]\s*){3,}$|=+$)")
# List markers text mode keeps in the block text: "- item", "• item", "1. item".
LIST_MARKER = regex.compile(r"^(?:[-–•*·▪►✓]|\d{1,3}[.)])\s")
PIPE = regex.compile(r"(?<!\\)\|")
# Groups of consecutive blocks rendered line by line, without blank lines in between.
TIGHT = {Kind.LIST_ITEM, Kind.TABLE_ROW, Kind.PREFORMATTED}


def escape(text: str) -> str:
    """``text`` with a backslash before a leading character Markdown would take as markup.

    >>> escape("# not a heading")
    '\\\\# not a heading'
    """
    return "\\" + text if MARKUP_START.match(text) else text


def to_markdown(document: Document) -> str:
    """The document's title and kept blocks as Markdown.

    >>> from cleantext import extract
    >>> print(to_markdown(extract("<h1>Title</h1><p>One.</p><ul><li>a</li><li>b</li></ul>", format="html")))
    # Title
    <BLANKLINE>
    One.
    <BLANKLINE>
    - a
    - b
    """
    kept: list[Block] = []
    title_done = document.title is None
    for block, verdict in document.trace:
        if verdict.label is Label.KEEP or (verdict.label is Label.TITLE and title_done):
            kept.append(block)
        elif verdict.label is Label.TITLE:
            title_done = True  # assemble() treats only the first TITLE block as the title
    out: list[str] = []
    if document.title:
        out.append(f"# {document.title}")
    prev: Block | None = None
    in_fence = False
    table_rows = 0
    for block in kept:
        kind = block.kind
        same_group = prev is not None and prev.kind is kind and kind in TIGHT
        if in_fence and kind is not Kind.PREFORMATTED:
            out.append("```")
            in_fence = False
        if kind is not Kind.TABLE_ROW:
            table_rows = 0
        if out and not same_group:
            out.append("")
        out.append(_render(block, table_rows))
        if kind is Kind.TABLE_ROW:
            table_rows += 1
            if table_rows == 1:
                cells = out[-1].count(" | ") + 1
                out.append("|" + " --- |" * cells)
        if kind is Kind.PREFORMATTED and not in_fence:
            out.insert(len(out) - 1, "```")
            in_fence = True
        prev = block
    if in_fence:
        out.append("```")
    return "\n".join(out)


def _render(block: Block, table_rows: int) -> str:
    text = block.text
    kind = block.kind
    if kind is Kind.HEADING:
        return f"{'#' * max(1, min(block.level or 2, 6))} {text}"
    if kind is Kind.LIST_ITEM:
        return text if LIST_MARKER.match(text) else f"- {escape(text)}"
    if kind is Kind.QUOTE:
        return f"> {text}"
    if kind is Kind.TABLE_ROW:
        cells = [PIPE.sub(r"\\|", c.strip()) for c in text.split(" | ")]
        return "| " + " | ".join(cells) + " |"
    if kind is Kind.PREFORMATTED:
        return text
    return escape(text)
