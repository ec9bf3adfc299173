"""Text quoted as a whole, as a mail or forum reply quotes it: every line starts with "> " (but for
a few lines around the quote, such as "On 3 May, Jane wrote:").

The marks are not the page's words: blocks are made as if they were spaces, so each block's text
and offset are the page's as written, only without the marks (a quoted page kept its "> " on every
line, and its headline, which no longer looked like one, was lost).
"""
from __future__ import annotations

from typing import Final

import regex

# A non-blank line that does not start with ">", and one that does.
UNQUOTED_LINE: Final = regex.compile(r"^(?![ \t]*>)[ \t]*\S", regex.MULTILINE)
QUOTED_LINE: Final = regex.compile(r"^[ \t]*>", regex.MULTILINE)
LAST_QUOTED_LINE: Final = regex.compile(r"(?r)^[ \t]*>", regex.MULTILINE)
NON_BLANK_LINE: Final = regex.compile(r"^[ \t]*\S", regex.MULTILINE)
# The quote marks a line starts with: "> ", ">> ", "> > ".
QUOTE_MARKS: Final = regex.compile(r"[ \t]*(?:>[ \t]?)+")
# A quoted page has several lines; one line with ">" at its start is a line, not a quoted page.
MIN_QUOTED_LINES: Final = 3
# Unquoted lines may stand before and after the quote ("On 3 May, Jane wrote:", a menu, a
# signature): at most this many, and at most one per EDGE_SHARE quoted lines. Cleaning drops such
# lines; were the quote then read as quoted only on the second run, clean(clean(x)) would differ.
MAX_EDGE_LINES: Final = 5
EDGE_SHARE: Final = 2


def is_quoted(text: str) -> bool:
    """Whether ``text`` is quoted as a whole: three or more lines start with ">", no line between the
    first and the last of them does not, and a few unquoted lines at most stand around them."""
    if text.count(">") < MIN_QUOTED_LINES:
        return False
    first = QUOTED_LINE.search(text)
    if first is None:
        return False
    last = LAST_QUOTED_LINE.search(text)
    assert last is not None  # there is a first quoted line
    end = text.find("\n", last.start())
    end = len(text) if end < 0 else end
    if UNQUOTED_LINE.search(text, first.start(), end) is not None:
        return False
    quoted = len(QUOTED_LINE.findall(text, first.start(), end))
    edge = len(NON_BLANK_LINE.findall(text, 0, first.start())) + len(NON_BLANK_LINE.findall(text, end))
    return quoted >= MIN_QUOTED_LINES and edge <= MAX_EDGE_LINES and edge * EDGE_SHARE <= quoted


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
