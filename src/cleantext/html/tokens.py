"""What an element's class/id tokens say, as cached predicates: pages repeat the same class strings,
so each distinct string is matched against the patterns once."""
from __future__ import annotations

from functools import lru_cache
from typing import Final

from .vocab import CAPTION_CLASS, CARD_NAMES, COMMENTS, LIVE, MAYBE, NEGATIVE, POSITIVE, TEXT_HOLDER, UNLIKELY

CLASS_WEIGHT: Final = 25  # Readability's class weight


@lru_cache(maxsize=16384)
def is_comments(tokens: str) -> bool:
    """A comment section: "comments", "comment-list", "disqus_thread", "respond"; not the entries
    of a live ticker ("live-match-comments")."""
    return bool(tokens) and bool(COMMENTS.search(tokens)) and not LIVE.search(tokens)


@lru_cache(maxsize=16384)
def is_caption(tokens: str) -> bool:
    """An image's caption or credit: "wp-caption-text", "image-credit", "bildunterschrift"."""
    return bool(tokens) and bool(CAPTION_CLASS.search(tokens))


@lru_cache(maxsize=16384)
def holds_text(tokens: str) -> bool:
    """Named as the holder of an entry's own text: "entry-body", "post-content", "article-text"."""
    return bool(tokens) and bool(TEXT_HOLDER.search(tokens))


@lru_cache(maxsize=16384)
def is_unlikely(tokens: str) -> bool:
    """Readability's 'unlikely candidate' test: boilerplate tokens not offset by content tokens (an
    author's card or a share bar is not offset: "author-box--content")."""
    if not tokens or not UNLIKELY.search(tokens) or LIVE.search(tokens):
        return False
    return not MAYBE.search(tokens) or bool(CARD_NAMES.search(tokens))


@lru_cache(maxsize=16384)
def is_negative(tokens: str) -> bool:
    """Sounds like boilerplate ("promo", "widget", "meta") and not like content."""
    return (bool(tokens) and bool(NEGATIVE.search(tokens))
            and not (POSITIVE.search(tokens) or MAYBE.search(tokens) or LIVE.search(tokens)))


@lru_cache(maxsize=16384)
def class_weight(tokens: str) -> int:
    """Readability's class weight: -25 for boilerplate tokens, +25 for content tokens (both may apply)."""
    if not tokens:
        return 0
    weight = 0
    if NEGATIVE.search(tokens) and not LIVE.search(tokens):
        weight -= CLASS_WEIGHT
    if POSITIVE.search(tokens):
        weight += CLASS_WEIGHT
    return weight
