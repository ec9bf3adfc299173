"""Invariants of text-mode cleaning with the default pipeline, over generated pages and hostile text.

One invariant per test. Inputs: generated scraped pages (some damaged) and text built from
pieces that stress line patterns; `format="text"` so that stray tags never switch to HTML mode.
"""
import random

import pytest
from hypothesis import example, given
from invariants import (
    assert_blocks_are_input_lines,
    assert_every_block_accounted_once,
    assert_nothing_invented,
    assert_order_kept,
    assert_replays,
    assert_same_document,
    repaired_lines,
)
from pagegen import generate_page
from strategies import hostile_texts, text_pages

import cleantext
from cleantext import Pipeline

texts = text_pages().map(lambda s: s.source) | hostile_texts


@given(texts)
@example(" \u00c2 |")  # "Â " read as mojibake of an NBSP only once the line's leading space is gone
def test_clean_is_idempotent(text: str) -> None:
    """Cleaning clean text changes nothing: clean(clean(x)) == clean(x)."""
    once = cleantext.clean(text)
    assert cleantext.clean(once) == once


@given(texts)
def test_nothing_is_invented(text: str) -> None:
    """Every kept, related or metadata line comes from the repaired input."""
    doc = cleantext.extract(text, format="text")
    assert_nothing_invented(doc, repaired_lines(Pipeline.default(), text))


@given(texts)
def test_order_is_kept(text: str) -> None:
    """Kept lines, the trace and related items follow the order of the input."""
    doc = cleantext.extract(text, format="text")
    assert_order_kept(doc, repaired_lines(Pipeline.default(), text))


@given(texts)
def test_blocks_are_the_input_lines(text: str) -> None:
    """Text mode makes one block per non-blank line of the repaired input, and loses none."""
    doc = cleantext.extract(text, format="text")
    assert_blocks_are_input_lines(doc, repaired_lines(Pipeline.default(), text))


@given(texts)
def test_every_block_is_accounted_for_exactly_once(text: str) -> None:
    """Each block is in exactly one of: text, title, removed, a related item, metadata."""
    assert_every_block_accounted_once(cleantext.extract(text, format="text"))


@given(texts)
def test_cleaning_is_deterministic(text: str) -> None:
    """Two runs on the same input give the same Document and trace."""
    assert_same_document(cleantext.extract(text, format="text"), cleantext.extract(text, format="text"))


@given(texts)
def test_trace_replays_to_the_same_document(text: str) -> None:
    """assemble.replay rebuilds exactly the same Document from its trace."""
    assert_replays(cleantext.extract(text, format="text"))


@given(text_pages())
def test_str_and_utf8_bytes_give_the_same_document(sample) -> None:
    """Passing the page as UTF-8 bytes instead of str changes nothing."""
    as_str = cleantext.extract(sample.source, format="text")
    as_bytes = cleantext.extract(sample.source.encode("utf-8"), format="text")
    if not sample.source.startswith("\ufeff"):  # a BOM in bytes is an encoding mark, in str a character
        assert_same_document(as_str, as_bytes)


# Generated pages on which clean() once was not idempotent (seed 162: a relative date far below the
# article's start was taken for its dateline on the second run); kept as regressions.
NOT_IDEMPOTENT_SEEDS = [162]


@pytest.mark.parametrize("seed", NOT_IDEMPOTENT_SEEDS)
def test_clean_is_idempotent_on_known_counterexamples(seed: int) -> None:
    """clean(clean(x)) == clean(x) on generated pages that once broke it."""
    text = generate_page(random.Random(seed)).text()
    once = cleantext.clean(text)
    assert cleantext.clean(once) == once
