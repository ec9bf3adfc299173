"""The HTML shortcuts taken for speed answer what the direct way answers.

- `parse` hands a page that is not all ASCII to lxml as UTF-8 bytes (html/parse.py): the tree is
  the one lxml builds from the str, control characters replaced the same way.
- The walk finds an element's hiding rule token by token, each token's rule cached
  (`walk.token_reason`): the rule is the one the two class patterns give on the whole string.
"""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from cleantext.html.parse import CONTROL_CHARS, CONTROLS, parse, parser, without_declaration
from cleantext.html.walk import class_tokens, pattern_reason, token_reason

# Pieces of markup and text, ASCII and not: Latin-1, UTF-16 (curly quotes, Cyrillic, CJK) and
# astral characters (UCS-4 strings), whitespace lxml and Python see differently, control
# characters, entities, comments, declarations and encodings a page may name.
HTML_PIECES = [
    "<p>", "</p>", "<div class='a b'>", "</div>", "<a href='/x'>", "</a>", "<br>", "<em>", "</em>",
    "<script>var s = '\u2019';</script>", "<!-- \u00e9 -->", "<?pi \u00e9?>", "&nbsp;", "&#8217;", "&#0;",
    "<meta charset='iso-8859-1'>", "<meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>",
    "<meta charset=utf-16>", "<?xml version='1.0' encoding='latin-1'?>", "<html>", "<body>", "</body>",
    "text", " ", "\n", "\t", "caf\u00e9", "\u00a0", "\u2019quoted\u201d", "\u041f\u0440\u0438\u0432\u0435\u0442",
    "\u65e5\u672c\u8a9e", "\U0001F600", "\u2028", "\u0085", "\ufeff", "\x00", "\x0b", "\x1f", "\x7f",
]


def tree_from_str(html: str) -> str:
    """The tree lxml builds from the str itself, as `parse` built it before the bytes shortcut."""
    html = without_declaration(html)
    if any(c in html for c in CONTROLS):
        html = CONTROL_CHARS.sub(" ", html)
    if not html or html.isspace():
        return "<html><body/></html>"
    try:
        root = etree.fromstring(html, parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as e:
        return type(e).__name__
    return "<html><body/></html>" if root is None else etree.tostring(root, encoding=str)


def tree_from_parse(html: str) -> str:
    try:
        root = parse(html)
    except Exception as e:  # noqa: BLE001 - the error's kind is compared, whatever it is
        cause = e.__cause__
        return type(cause).__name__ if cause is not None else type(e).__name__
    return etree.tostring(root, encoding=str)


@given(st.lists(st.sampled_from(HTML_PIECES), max_size=20).map("".join))
def test_parse_of_utf8_bytes_gives_the_tree_of_the_str(html: str) -> None:
    assert tree_from_parse(html) == tree_from_str(html)


def test_parse_repairs_lone_surrogates_instead_of_losing_the_text_after_them() -> None:
    # No UTF-8 for a lone surrogate, and libxml2 stops reading a str at one: it becomes U+FFFD.
    root = parse("<p>\ud800 caf\u00e9</p><p>after</p>")
    assert [p.text for p in root.iter("p")] == ["\ufffd caf\u00e9", "after"]


def test_parse_replaces_control_characters_in_wide_pages() -> None:
    root = parse("<p>a\x00b \u2019c\x1fd</p>")
    assert root.findtext(".//p") == "a b \u2019c d"


# Class/id strings: fragments of the cookie-banner and hiding names, their near misses, and
# separators (spaces of every kind, hyphens, underscores), so tokens match, almost match, or touch.
CLASS_PIECES = [
    "cookie", "-notice", "notice", "consent", "-banner", "cli-", "xcli-", "cc-", "window", "acc-", "onetrust",
    "hidden", "hide", "is-hidden", "sr-only", "visually", "-hidden", "modal", "d-none", "x", "a1", "_",
    "-", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\x1c", "Cookie", "HIDDEN", "\u00e9",
]


@given(st.lists(st.sampled_from(CLASS_PIECES), max_size=12).map("".join),
       st.one_of(st.none(), st.lists(st.sampled_from(CLASS_PIECES), max_size=6).map("".join)))
def test_token_reason_is_the_whole_string_search(cls: str, ident: str | None) -> None:
    tokens = class_tokens(cls, ident)
    assert token_reason(tokens) == pattern_reason(tokens)  # the patterns run on the whole string
    assert token_reason(tokens) == pattern_reason(tokens)  # and again, the tokens' rules from the cache


def test_token_reason_cookie_banner_outranks_hidden() -> None:
    assert token_reason("is-hidden cookie-notice") == "html.cookie_banner"
    assert token_reason("cookie-notice is-hidden") == "html.cookie_banner"
    assert token_reason("menu is-hidden") == "html.hidden"
    assert re.fullmatch(r"\s*", " \u00a0 ") and token_reason(" \u00a0 ") == ""
