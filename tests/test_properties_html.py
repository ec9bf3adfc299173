"""Invariants of HTML-mode cleaning over generated HTML pages (any layout, malformed, damaged).

Skipped until HTML input is built. In HTML a block is an element's text, so "nothing invented"
is checked on words: every word of the output is a word of the page's (unescaped) source.
"""
import bisect
import html
import unicodedata

import pytest
import regex
from hypothesis import given
from invariants import assert_every_block_accounted_once, assert_replays, assert_same_document
from pagegen import key
from strategies import html_pages, html_supported

import cleantext
from cleantext import Pipeline
from cleantext.decoding import decode_source

pytestmark = pytest.mark.skipif(not html_supported(), reason="HTML input is not built yet")
WORD = regex.compile(r"\w+")


def _words(text: str) -> set[str]:
    return set(WORD.findall(unicodedata.normalize("NFC", text)))


@given(html_pages())
def test_html_invents_no_word(sample) -> None:
    """Every word of the text, related items and block metadata appears in the repaired source."""
    doc = cleantext.extract(sample.source, format="html")
    source = decode_source(sample.source)
    known = _words(Pipeline.default().repair(html.unescape(source))) | _words(html.unescape(source))
    out = [doc.text, *(f"{r.title or ''} {r.source or ''} {r.text} {r.section or ''}" for r in doc.related)]
    # The parsed date is ISO 8601 (zero-padded digits), not page text: its raw strings are checked.
    out += [str(v) for k, v in doc.metadata.items() if k.removesuffix("_raw") not in doc.page_metadata
            and k != "date"]
    invented = _words(" ".join(out)) - known
    assert not invented, f"words not in the page: {sorted(invented)[:20]}"


@given(html_pages(damaged=False))
def test_html_keeps_page_order(sample) -> None:
    """Kept lines (the body; the headline is put first) that are lines of the page keep page order."""
    doc = cleantext.extract(sample.source, format="html")
    positions: dict[str, list[int]] = {}
    for n, line in enumerate(line for part in sample.page.parts for line in part.lines if line):
        positions.setdefault(key(line), []).append(n)
    at = -1
    for line in filter(None, doc.body.split("\n")):
        found = positions.get(key(line))
        if found:  # the earliest later occurrence: a greedy match decides "is a subsequence"
            later = found[bisect.bisect_right(found, at):]
            assert later, f"{line!r} comes out after a line that follows it in the page"
            at = later[0]


@given(html_pages())
def test_html_accounts_for_every_block_once(sample) -> None:
    """Each HTML block ends in exactly one place: text, title, removed, related, metadata."""
    assert_every_block_accounted_once(cleantext.extract(sample.source, format="html"))


@given(html_pages())
def test_html_is_deterministic(sample) -> None:
    """Two runs on the same HTML give the same Document and trace."""
    assert_same_document(cleantext.extract(sample.source, format="html"),
                         cleantext.extract(sample.source, format="html"))


@given(html_pages())
def test_html_trace_replays(sample) -> None:
    """The trace of an HTML Document replays to the same Document."""
    assert_replays(cleantext.extract(sample.source, format="html"))


@given(html_pages(damaged=False))
def test_html_auto_detection_finds_generated_pages(sample) -> None:
    """format="auto" treats every generated HTML page as HTML."""
    assert cleantext.extract(sample.source).format == "html"
