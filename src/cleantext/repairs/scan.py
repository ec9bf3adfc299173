"""One cheap look at a text that tells each repair whether it may have work: its unusual characters.

Every default repair looks for characters outside printable ASCII (control characters, odd
spaces, invisibles, mojibake, surrogates). A regex class scan reads ~100 MB/s; deleting the
plain ASCII bytes with bytes.translate reads ~1 GB/s, and on mostly-English text leaves a few
dozen characters for the repairs' own checks to scan instead of the whole page.
"""
from __future__ import annotations

import unicodedata
from typing import Final

import regex

# Printable ASCII plus newline and tab: characters no default repair ever changes by themselves.
PLAIN_ASCII: Final = bytes(range(0x20, 0x7F)) + b"\n\t"
# Past this many UTF-8 bytes per character the text is mostly non-ASCII (Cyrillic, Chinese):
# the remainder would be most of the text, so the text itself is returned and nothing is gained.
MOSTLY_NON_ASCII: Final = 1.2

# Characters that can combine with the character before them in NFC (the "Maybe" of its quick
# check: combining marks, Hangul vowel and final jamo), or be reordered with it (marks again).
COMBINES_BACKWARDS: Final = regex.compile(r"[\p{M}\u1161-\u1175\u11a8-\u11c2]")

# The last text asked about and its answer: the repairs run one after another on the same str.
_last: tuple[str, str] = ("", "")
# Longer texts are not kept: the cache would hold the page alive after its call returned, and on
# a large page a rescan (~1 GB/s) costs little next to the rest of the work.
MAX_CACHED_CHARS: Final = 1 << 20


def unusual_chars(text: str) -> str:
    """The characters of ``text`` that are not printable ASCII, newline or tab, in their order.

    Characters next to each other in ``text`` stay next to each other, so a check for a pair of
    unusual characters run on the result finds every pair it would find in ``text`` (and maybe
    more: characters with ASCII between them become neighbours). On mostly non-ASCII text this
    returns ``text`` itself.

    >>> unusual_chars("The Caf\\u00e9 on the quay \\u2014 open\\u00a0daily from nine")
    'é—\\xa0'
    """
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    if text.isascii():
        # Only control characters can be unusual here: delete the plain bytes, keep the rest.
        rest = text.encode("ascii").translate(None, PLAIN_ASCII).decode("ascii")
    else:
        raw = text.encode("utf-8", "surrogatepass")
        if len(raw) > MOSTLY_NON_ASCII * len(text):
            rest = text
        else:
            rest = unusual_in_utf8(raw)
    if len(text) <= MAX_CACHED_CHARS:
        _last = (text, rest)
    return rest


def unusual_in_utf8(raw: bytes) -> str:
    """The unusual characters (see `unusual_chars`) of a text given as its UTF-8 bytes, for callers
    that hold the bytes already."""
    # Deleting whole ASCII bytes never splits a multi-byte sequence, so this decodes.
    return raw.translate(None, PLAIN_ASCII).decode("utf-8", "surrogatepass")


def is_nfc(text: str) -> bool:
    """unicodedata.is_normalized("NFC", text), checking only the unusual characters when that is
    the same answer: ASCII characters are NFC on their own, and only a combining character could
    join one to its neighbour, so without those the remainder decides for the whole text."""
    rest = unusual_chars(text)
    if rest is text or COMBINES_BACKWARDS.search(rest) is not None:
        return unicodedata.is_normalized("NFC", text)
    return unicodedata.is_normalized("NFC", rest)
