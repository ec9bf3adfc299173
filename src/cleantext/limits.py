"""The size guard: pages over a byte or block limit are refused with `PageTooLargeError`.

Cleaning costs time and memory in proportion to a page's size (about 5-10x its size in memory,
see benchmarks/bench_sizes.py) and to its number of blocks (a few hundred bytes each, whatever
their length: a million one-character lines cost more than a megabyte of prose). Below the limits
the work is linear; past them a page is refused up front, before that memory is spent.
"""
from __future__ import annotations

from .errors import PageTooLargeError

# A 100 MB page takes ~30 s and well under 1 GB; larger inputs are dumps rather than pages.
DEFAULT_MAX_BYTES = 100_000_000
# A million blocks (non-blank lines, or HTML block elements) hold ~300 MB whatever their length.
DEFAULT_MAX_BLOCKS = 1_000_000
# Characters encoded at a time when a str's UTF-8 size must be counted exactly.
_PIECE = 1 << 20
HOW_TO_RAISE = "raise it with {kw}=N in extract() or Pipeline.run() (None: no limit), or {flag} N on the command line"


def check_bytes(source: str | bytes, max_bytes: int | None) -> None:
    """Refuse ``source`` when its size in bytes (UTF-8 for a str) is over ``max_bytes``."""
    if max_bytes is None or not isinstance(source, (str, bytes, bytearray)):
        return  # anything else is no page: decoding it says so
    size = len(source)
    # A character is 1 to 4 bytes in UTF-8: only a str between the bounds needs counting.
    if isinstance(source, str) and size <= max_bytes < 4 * size:
        size = sum(len(source[i:i + _PIECE].encode("utf-8", "surrogatepass")) for i in range(0, len(source), _PIECE))
    if size > max_bytes:
        raise over_max_bytes(max_bytes, size)


def over_max_bytes(max_bytes: int, size: int | None) -> PageTooLargeError:
    """The error for a page of ``size`` bytes (None: not known, only that it is larger) over ``max_bytes``."""
    said = f"{size:,} bytes, " if size is not None else ""
    return PageTooLargeError(f"the page is {said}over the limit of {max_bytes:,} bytes; "
                             + HOW_TO_RAISE.format(kw="max_bytes", flag="--max-bytes"))


def check_blocks(count: int, max_blocks: int | None, *, what: str = "blocks") -> None:
    """Refuse a page of ``count`` blocks when that is over ``max_blocks``."""
    if max_blocks is not None and count > max_blocks:
        raise PageTooLargeError(f"the page has {count:,} {what}, over the limit of {max_blocks:,}; "
                                + HOW_TO_RAISE.format(kw="max_blocks", flag="--max-blocks"))


def count_text_blocks(text: str) -> int:
    """The non-blank lines of ``text`` (the blocks text mode makes), counted a piece at a time
    without a list of every line at once."""
    count = start = 0
    n = len(text)
    while start < n:
        end = text.find("\n", start + _PIECE)
        end = n if end < 0 else end
        lines = text[start:end].split("\n")
        count += len(lines) - lines.count("") - sum(map(str.isspace, lines))
        start = end + 1
    return count
