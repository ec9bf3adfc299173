"""Text quoted as a whole, as a mail or forum reply quotes it: every line starts with "> ".

The marks are not the page's words: blocks are made as if they were spaces, so each block's text
and offset are the page's as written, only without the marks (a quoted page kept its "> " on every
line, and its headline, which no longer looked like one, was lost).
"""
from __future__ import annotations

from typing import Final

import regex

# A non-blank line that does not start with ">": the text is not quoted as a whole.
UNQUOTED_LINE: Final = regex.compile(r"^(?![ \t]*>)[ \t]*\S", regex.MULTILINE)
# The text's first non-blank character is a ">" (one test, no copy of the text as lstrip() makes).
QUOTED_START: Final = regex.compile(r"\s*>")
# The quote marks a line starts with: "> ", ">> ", "> > ".
QUOTE_MARKS: Final = regex.compile(r"[ \t]*(?:>[ \t]?)+")
# A quoted page has several lines; one line with ">" at its start is a line, not a quoted page.
MIN_QUOTED_LINES: Final = 3


def is_quoted(text: str) -> bool:
    """Every non-blank line of ``text`` starts with ">" (and there are at least three)."""
    return (QUOTED_START.match(text) is not None and text.count(">") >= MIN_QUOTED_LINES
            and UNQUOTED_LINE.search(text) is None)


def mask_quote_marks(text: str) -> str:
    """``text`` with each line's leading quote marks turned into spaces: same length, same offsets.

    >>> mask_quote_marks("> Headline\\n>\\n> > Body")
    '  Headline\\n \\n    Body'
    """
    lines = text.split("\n")
    for n, line in enumerate(lines):
        marks = QUOTE_MARKS.match(line)
        if marks is not None:
            lines[n] = " " * marks.end() + line[marks.end():]
    return "\n".join(lines)
