"""Normalize line breaks, odd spaces, trailing and blank-line whitespace, and Unicode form (NFC).

After this repair a text has only "\\n" line breaks, no line ends in whitespace, no two blank
lines follow each other, it neither starts nor ends with a blank line, and it is NFC.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Final

from .scan import is_nfc, unusual_chars

# Every line boundary str.splitlines knows: CRLF, CR, VT, FF, FS/GS/RS, NEL, LINE/PARAGRAPH SEP.
# CR and CRLF are replaced with str.replace, which is faster than any regex.
OTHER_BREAK: Final = re.compile("[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")

# Spaces that look like a space and should match like one: NBSP ("10\xa0km"), ogham space, the
# U+2000-U+200A typographic spaces, narrow NBSP (French "« oui »"), math space, and the unit
# separator \x1f, which str.isspace() counts as whitespace. The ideographic space U+3000 is
# kept inside a line: in Chinese and Japanese text it is a full-width character of the same width
# as the ideographs, used on purpose (paragraph indents, spacing between names), and filters
# see it as whitespace anyway (\s and str.strip() include it). Tabs inside a line are kept too:
# they separate table cells.
ODD_SPACE: Final = re.compile("[\x1f\xa0\u1680\u2000-\u200a\u202f\u205f]")

# Whitespace at the end of a line (or of the text), including a trailing ideographic space.
TRAILING_CHARS: Final = " \t\u3000"


# Characters the repair replaces; absent from clean text, which then costs one class scan.
REPLACED: Final = re.compile("[\r\x0b\x0c\x1c-\x1f\x85\u2028\u2029\xa0\u1680\u2000-\u200a\u202f\u205f]")


def normalize_whitespace(text: str) -> str:
    """Make line breaks "\\n", odd spaces " ", strip line ends, collapse blank lines, apply NFC.

    >>> normalize_whitespace("Title \\r\\n\\r\\n\\r\\n10\\u00a0km of road\\u2028next line\\r\\n")
    'Title\\n\\n10 km of road\\nnext line'
    """
    # Each step runs only when a cheap test finds its work: a sub() scans the whole text even
    # when it changes nothing, at a fraction of the speed of a substring test.
    if REPLACED.search(unusual_chars(text)) is not None:
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if OTHER_BREAK.search(text) is not None:
            text = OTHER_BREAK.sub("\n", text)
        text = ODD_SPACE.sub(" ", text)
    if (" \n" in text or ("\t" in text and "\t\n" in text) or ("\u3000" in text and "\u3000\n" in text)
            or text[-1:] in (" ", "\t", "\u3000")):
        # str.rstrip per line: the regex form tries a match at every space of the text.
        text = "\n".join([line.rstrip(TRAILING_CHARS) for line in text.split("\n")])
    while "\n\n\n" in text:
        # str.replace (a fast substring search) shortens every run by a third; a regex sub tries
        # a match at every line break. Converges in ~log1.5(run length) rounds.
        text = text.replace("\n\n\n", "\n\n")
    if text[:1] == "\n" or text[-1:] == "\n":
        text = text.strip("\n")
    if not is_nfc(text):
        text = unicodedata.normalize("NFC", text)
    return text
