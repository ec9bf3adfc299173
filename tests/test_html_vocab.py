"""The class/id patterns keep their word boundaries and exceptions where a branch is written with
the boundary after the word (so that every branch starts with a literal character, see html/vocab.py)."""
from __future__ import annotations

import re

import pytest

from cleantext.html.vocab import COMMENTS, COOKIE_BANNER, LIVE, NEGATIVE, UNLIKELY

CASES = [
    # (pattern, class/id tokens, matches)
    (NEGATIVE, "ad", True), (NEGATIVE, "top-ad slot", True), (NEGATIVE, "head", False),
    (NEGATIVE, "ads", True), (NEGATIVE, "loads", False), (NEGATIVE, "x_ads", False),
    (NEGATIVE, "is-hidden", True), (NEGATIVE, "overflow-hidden", False), (NEGATIVE, "overflow-x-hidden", False),
    (NEGATIVE, "label-hidden", False), (NEGATIVE, "banner", True), (NEGATIVE, "below-banner", False),
    (NEGATIVE, "skyscraper", True), (NEGATIVE, "has-skyscraper", False), (NEGATIVE, "with-skyscraper", False),
    (NEGATIVE, "tool", True), (NEGATIVE, "my-tools", True), (NEGATIVE, "stool", False),
    (UNLIKELY, "nav", True), (UNLIKELY, "main nav", True), (UNLIKELY, "canvas", False),
    (UNLIKELY, "pager", True), (UNLIKELY, "swiper", False), (UNLIKELY, "share", True),
    (UNLIKELY, "reshare", False), (UNLIKELY, "paywall", True), (UNLIKELY, "non-paywall", False),
    (UNLIKELY, "vjs-control", True), (UNLIKELY, "xvjs-control", False), (UNLIKELY, "ad", True),
    (COMMENTS, "respond", True), (COMMENTS, "correspond", False), (COMMENTS, "replies", True),
    (COMMENTS, "kommentare", True), (COMMENTS, "xkommentar", False),
    (LIVE, "live-blog", True), (LIVE, "liveblog-entry", True), (LIVE, "olive-blog", False),
    (COOKIE_BANNER, "cli-bar", True), (COOKIE_BANNER, "xcli-bar", False),
    (COOKIE_BANNER, "cc-window", True), (COOKIE_BANNER, "acc-window", False),
]


@pytest.mark.parametrize(("pattern", "tokens", "matches"), CASES)
def test_class_patterns_keep_boundaries_and_exceptions(pattern: re.Pattern[str], tokens: str, matches: bool) -> None:
    assert bool(pattern.search(tokens)) is matches


@pytest.mark.parametrize(("tokens", "unlikely"), [
    ("author-box--content", True), ("bmg-content-box bmg-author-box", True), ("social-share-box--article", True),
    ("entry-footer-share entry-footer-share-buttons", True),
    ("post-content", False), ("sidebar-content", False), ("article-author", False),
])
def test_an_authors_card_or_share_bar_is_unlikely_even_with_a_content_word(tokens: str, unlikely: bool) -> None:
    """A content word in the same name ("author-box--content") names the card's inner box, not the article."""
    from cleantext.html.tokens import is_unlikely

    assert is_unlikely(tokens) is unlikely
