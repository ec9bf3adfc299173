"""Source offsets: every block of a text page carries its character range in the repaired input."""
from __future__ import annotations

import io
import json
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st
from strategies import any_sources, scraped_texts

from cleantext import Pipeline, Span, extract
from cleantext.cli import run as cli_run
from cleantext.decoding import decode_source
from cleantext.text.blocks import text_blocks

PAGE = "  Home | News\r\n\r\n\ufeffStorm closes the road\n\n   The coast road was closed on Tuesday after " \
       "the storm washed part of it away, the council said today.\n© 2025 Gazette"


def repaired(source: str | bytes, pipeline: Pipeline | None = None) -> str:
    return (pipeline or Pipeline.default()).repair(decode_source(source))


def test_spans_give_each_blocks_range_label_and_step() -> None:
    doc = extract(PAGE, format="text")
    text = repaired(PAGE)
    assert [(text[s.start:s.end], s.label) for s in doc.spans] == [
        ("Home | News", "drop"), ("Storm closes the road", "title"),
        ("The coast road was closed on Tuesday after the storm washed part of it away, the council said today.",
         "keep"), ("© 2025 Gazette", "drop")]
    assert doc.spans[3].step == "drop_footer" and doc.spans[0].index == 0


def test_spans_index_the_input_itself_when_no_repair_changes_it() -> None:
    page = "Title line\n\n  A first paragraph of text, indented.\nFooter © 2025"
    assert repaired(page) == page
    assert [page[s.start:s.end] for s in extract(page).spans] == [
        "Title line", "A first paragraph of text, indented.", "Footer © 2025"]


def test_html_pages_have_no_spans() -> None:
    assert extract("<html><body><p>One paragraph of a page.</p></body></html>", format="html").spans == ()


@given(scraped_texts)
def test_every_span_slices_the_repaired_input_to_its_block(text: str) -> None:
    """Filters never rewrite text, so each block's range in the repaired input is exactly its text."""
    doc = extract(text, format="text")
    source = repaired(text)
    assert len(doc.spans) == len(doc.trace)
    for span, (block, verdict) in zip(doc.spans, doc.trace):
        assert source[span.start:span.end] == block.text
        assert span.label == verdict.label.value


@given(any_sources)
def test_spans_are_in_order_and_do_not_overlap(source: str | bytes) -> None:
    """Ranges follow page order and never overlap, for any input, bytes included."""
    spans = extract(source, format="text").spans
    assert all(a.end < b.start for a, b in pairwise(spans))


@given(st.text())
def test_text_blocks_offsets(text: str) -> None:
    """The block maker alone: start is where the stripped line begins."""
    for block in text_blocks(text):
        assert text[block.start:block.start + len(block.text)] == block.text


def test_add_spans_on_the_command_line_equals_the_api() -> None:
    out, err = io.StringIO(), io.StringIO()
    stdin = io.StringIO(json.dumps({"text": PAGE}) + "\n")
    assert cli_run(["--jsonl", "--add", "spans"], stdin=stdin, stdout=out, stderr=err) == 0, err.getvalue()
    record = json.loads(out.getvalue())
    assert record["spans"] == [s.to_dict() for s in extract(PAGE).spans]
    assert isinstance(extract(PAGE).spans[0], Span)
