"""Invariants that hold for any subset of the default filters in any order, not just the default.

Filters must not depend on each other to keep the model sound: whatever runs, every block is
accounted for once, nothing is invented, order is kept, runs are deterministic and replay.
"""
from hypothesis import given
from invariants import (
    assert_every_block_accounted_once,
    assert_nothing_invented,
    assert_order_kept,
    assert_replays,
    assert_same_document,
    repaired_lines,
)
from strategies import filter_orders, hostile_texts, pipeline_for, text_pages

texts = text_pages().map(lambda s: s.source) | hostile_texts


@given(filter_orders(), texts)
def test_any_filter_order_invents_nothing(names, text) -> None:
    """With any filters in any order, every output line comes from the repaired input."""
    pipeline = pipeline_for(names)
    assert_nothing_invented(pipeline.run(text, format="text"), repaired_lines(pipeline, text))


@given(filter_orders(), texts)
def test_any_filter_order_keeps_input_order(names, text) -> None:
    """With any filters in any order, kept lines and related items follow the input order."""
    pipeline = pipeline_for(names)
    assert_order_kept(pipeline.run(text, format="text"), repaired_lines(pipeline, text))


@given(filter_orders(), texts)
def test_any_filter_order_accounts_for_every_block_once(names, text) -> None:
    """With any filters in any order, each block ends in exactly one place."""
    assert_every_block_accounted_once(pipeline_for(names).run(text, format="text"))


@given(filter_orders(), texts)
def test_any_filter_order_is_deterministic(names, text) -> None:
    """With any filters in any order, two runs give the same Document."""
    pipeline = pipeline_for(names)
    assert_same_document(pipeline.run(text, format="text"), pipeline.run(text, format="text"))


@given(filter_orders(), texts)
def test_any_filter_order_replays(names, text) -> None:
    """With any filters in any order, the trace replays to the same Document."""
    assert_replays(pipeline_for(names).run(text, format="text"))


# Holds because select steps stand after every filter (a pipeline that lists a filter after them is
# an error): run
# before drop_footer, the lines it kept between lines drop_footer then dropped became region edges
# on a second run and went.
@given(filter_orders(), texts)
def test_any_filter_order_is_idempotent(names, text) -> None:
    """With any filters in any order, running on the output again changes nothing."""
    pipeline = pipeline_for(names)
    once = pipeline.run(text, format="text").text
    assert pipeline.run(once, format="text").text == once
