"""Render a Document as Markdown from its trace: headings as #, list items as -, quotes as >,
table rows as | a | b |, preformatted lines fenced; in HTML mode also inline links as [text](url)
and emphasis as *em* / **strong**. Only kept text is rendered, so nothing is invented: the
Markdown adds syntax around the page's own words, never words.
"""
from __future__ import annotations

import regex

from .document import Block, Document, Kind, Label
from .errors import InputError

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
    if not isinstance(document, Document):
        raise InputError(f"to_markdown() takes a Document (from cleantext.extract), not {type(document).__name__}")
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


# Characters that would end a link's text early: "[", "]" and the backslash itself.
LINK_TEXT_ESCAPE = regex.compile(r"([\[\]\\])")
EMPHASIS = {"em": "*", "strong": "**"}


def inline(text: str, marks: tuple[tuple[str, str, str], ...]) -> str:
    """``text`` with its marked runs as Markdown links and emphasis.

    Links are placed first, each looked up after the previous one (marks of one kind come in page
    order); then emphasis, where it overlaps no link. A run not found as written (a repair changed
    it) or one emphasis cannot close around (edge spaces, a ``*`` inside) stays plain.

    >>> inline("Read the full report here.", (("link", "full report", "https://x.example/r"),))
    'Read the [full report](https://x.example/r) here.'
    >>> inline("It was very late.", (("strong", "very", ""),))
    'It was **very** late.'
    """
    placed: list[tuple[int, int, str]] = []  # (start, end, markdown)
    for wanted in ("link", "emphasis"):
        pos = 0
        for kind, run, href in marks:
            if (kind == "link") != (wanted == "link") or not run.strip():
                continue
            at = text.find(run, pos)
            if at < 0:
                continue
            end = at + len(run)
            if any(at < e and s < end for s, e, _ in placed):
                continue  # inside a link: the link is shown
            if kind == "link":
                if any(c in href for c in "<>\n"):
                    continue
                target = f"<{href}>" if any(c in href for c in " ()") else href
                piece = "[" + LINK_TEXT_ESCAPE.sub(r"\\\1", run) + "](" + target + ")"
            elif kind in EMPHASIS and "*" not in run and run == run.strip():
                piece = EMPHASIS[kind] + run + EMPHASIS[kind]
            else:
                continue
            placed.append((at, end, piece))
            pos = end
    if not placed:
        return text
    out: list[str] = []
    pos = 0
    for at, end, piece in sorted(placed):
        out += [text[pos:at], piece]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _render(block: Block, table_rows: int) -> str:
    text = inline(block.text, block.marks) if block.marks and block.kind is not Kind.PREFORMATTED else block.text
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
