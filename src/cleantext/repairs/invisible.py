"""Remove characters that show nothing and carry nothing: BOMs, zero-width spaces, soft hyphens,
control characters, bidi marks, and zero-width joiners where no script or emoji needs them.
"""
from __future__ import annotations

import re
from typing import Final

import regex

from .scan import unusual_chars

# Always removed. Line-break controls (\r \x0b \x0c \x1c-\x1e \x85, which str.splitlines also
# splits on) are NOT here: normalize_whitespace turns them into "\n", so no line is glued to the
# next. C1 controls that cp1252 defines were already turned into their characters by
# repair_encoding; whatever C1 is left is noise.
ALWAYS: Final = (
    "\x00-\x08\x0e-\x1b\x1f\x7f"          # C0 except \t \n and the line breaks above; DEL
    "\x80-\x84\x86-\x9f"                  # C1 controls except NEL (\x85)
    "\u00ad"                              # soft hyphen: "Ver\u00adwal\u00adtung" -> "Verwaltung"
    "\u061c\u200e\u200f"                  # ALM, LRM, RLM
    "\u202a-\u202e\u2066-\u2069"          # LRE RLE PDF LRO RLO, LRI RLI FSI PDI
    "\u200b\u2060-\u2064"                 # zero-width space, word joiner, invisible math operators
    "\u206a-\u206f"                       # deprecated format characters
    "\ufeff"                              # BOM / zero-width no-break space, anywhere in the text
    "\ufffc"                              # object replacement: an image that was not copied
)

# Scripts in which ZWNJ/ZWJ change how letters join or combine, so they are spelling:
# Persian "می‌خواهم", Hindi "क्‍ष", Sinhala "ශ්‍රී". Any combining mark counts too: Arabic
# harakat are script "Inherited", and a joiner often follows one.
JOINING: Final = (r"[\p{M}\p{Arabic}\p{Syriac}\p{Nko}\p{Mongolian}\p{Devanagari}\p{Bengali}\p{Gurmukhi}"
           r"\p{Gujarati}\p{Oriya}\p{Tamil}\p{Telugu}\p{Kannada}\p{Malayalam}\p{Sinhala}"
           r"\p{Khmer}\p{Myanmar}\p{Tibetan}]")

# Finds any candidate with one fast re class scan, so clean text pays nothing else.
CANDIDATE: Final = re.compile("[" + ALWAYS + "\u200c\u200d]")

INVISIBLE: Final = regex.compile(
    # An ANSI terminal escape ("\x1b[31m") goes whole: dropping only the ESC would leave "[31m".
    r"\x1b\[[0-9;?]*[A-Za-z]"
    "|[" + ALWAYS + "]"
    # ZWNJ is kept only between two letters/marks of a joining script.
    + "|(?<!" + JOINING + r")\u200c|\u200c(?!" + JOINING + ")"
    # ZWJ is kept before an emoji ("👩\u200d💻", "🏳️\u200d🌈") or between joining-script letters.
    + "|(?<!" + JOINING + r")\u200d(?!\p{Extended_Pictographic})"
    + r"|\u200d(?!" + JOINING + r"|\p{Extended_Pictographic})"
)


# INVISIBLE's matches on a text without ESC, ZWNJ or ZWJ: single characters to remove, which re's
# class scan finds at ~100 MB/s where INVISIBLE's alternation of lookarounds runs ~15 MB/s.
ALWAYS_CHAR: Final = re.compile("[" + ALWAYS + "]")
# Characters that make INVISIBLE look beyond a single character (an escape, a joiner's neighbours).
CONTEXT_CHARS: Final = ("\x1b", "\u200c", "\u200d")


def strip_invisible(text: str) -> str:
    """Remove invisible characters that carry no meaning.

    >>> strip_invisible("\\ufeffThe Ver\\u00adwal\\u00adtung\\u200b said\\u200e so")
    'The Verwaltung said so'

    ZWNJ/ZWJ stay where they are spelling (Persian, Indic scripts) or build an emoji sequence.
    """
    unusual = unusual_chars(text)
    if CANDIDATE.search(unusual) is None:
        return text
    if not any(c in unusual for c in CONTEXT_CHARS):  # only INVISIBLE's one-character branch can match
        return ALWAYS_CHAR.sub("", text)
    stripped: str = INVISIBLE.sub("", text)
    return stripped
