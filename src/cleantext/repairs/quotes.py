"""Opt-in repair: typographic quotes become ASCII quotes, for consumers that want plain ASCII ones.

Not in DEFAULT_REPAIRS: curly quotes are the author's text, not damage.
"""
from __future__ import annotations

from typing import Final

# The characters ftfy's uncurl_quotes replaces (its SINGLE_QUOTE_RE / DOUBLE_QUOTE_RE): ‘ ’ ‚ ‛
# and the modifier apostrophe ʼ; “ ” „ ‟. Guillemets « » ‹ › are quotation marks of their own
# languages, not curly ASCII quotes, and stay.
UNCURL: Final = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u02bc": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
})


def uncurl_quotes(text: str) -> str:
    """Turn typographic single and double quotes into ' and ".

    >>> uncurl_quotes("“It’s fine,” she said.")
    '"It\\'s fine," she said.'

    Add it with ``Pipeline.default().insert(uncurl_quotes, kind="repair")``.
    """
    return text.translate(UNCURL)
