"""Split repaired text into blocks: one block per non-blank line (text.plain_blocks), or, for a page
written in Markdown or dumped by lynx or w3m, per line without its markup (text.markdown_blocks,
text.lynx_blocks).
"""
from __future__ import annotations

from ..document import Block
from ..limits import check_blocks, count_text_blocks
from .lynx_blocks import lynx_blocks, lynx_references
from .markdown_blocks import looks_like_markdown, markdown_blocks
from .plain_blocks import LIST_MARKER, plain_blocks
from .quoted import is_quoted, mask_quote_marks

__all__ = ["LIST_MARKER", "plain_blocks", "text_blocks"]


def text_blocks(text: str, *, max_blocks: int | None = None) -> list[Block]:
    """Blocks of ``text`` (already repaired), in order, with their paragraph breaks and offsets; a
    page written in Markdown, or dumped by lynx or w3m with a References list, is read without its
    markup (see text.markdown_blocks and text.lynx_blocks; a block whose text is not the input's as
    written has no offset, ``start == -1``). A page quoted as a whole, "> " on every line, is read
    without the marks (text.quoted).

    More than ``max_blocks`` blocks raise `PageTooLargeError` before any block is made.
    """
    if is_quoted(text):
        # A page quoted as a whole ("> " on every line): its blocks as if the marks were spaces.
        text = mask_quote_marks(text)
    if looks_like_markdown(text):
        if max_blocks is not None and text.count("\n") >= max_blocks:
            check_blocks(count_text_blocks(text), max_blocks, what="non-blank lines")
        return markdown_blocks(text)
    if "\nReferences" in text or "\nVisible links" in text:
        found = lynx_references(text)
        if found is not None:
            if max_blocks is not None and text.count("\n") >= max_blocks:
                check_blocks(count_text_blocks(text), max_blocks, what="non-blank lines")
            return lynx_blocks(text, *found)
    return plain_blocks(text, max_blocks=max_blocks)
