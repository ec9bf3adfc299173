"""Checks of the invariants every Document must satisfy, shared by the property tests.

Each function asserts one invariant about a Document and the input it came from; the property
test files decide which inputs and pipelines they run over.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from cleantext import Document, Label, Pipeline
from cleantext.assemble import replay
from cleantext.decoding import decode_source
from cleantext.metadata import RAW_FIELDS


def repaired_lines(pipeline: Pipeline, source: str | bytes) -> list[str]:
    """The non-blank stripped lines of the repaired input, split as text mode splits them."""
    repaired = pipeline.repair(decode_source(source))
    return [line.strip() for line in repaired.split("\n") if line.strip()]


def output_lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


def _values(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield from value.split("\n")
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _values(v)
    elif value is not None:
        yield str(value)


def assert_nothing_invented(doc: Document, lines: list[str]) -> None:
    """Every kept line is a line of the repaired input; related and metadata values lie inside one."""
    known = set(lines)
    for line in output_lines(doc.text):
        assert line in known, f"output line not in the input: {line!r}"
    pieces: list[str] = []
    for item in doc.related:
        pieces += [v for v in (item.title, item.source, item.section) if v]
        pieces += output_lines(item.text)
    for field, value in doc.metadata.items():
        # The parsed date is ISO 8601, not page text; its raw strings (date_raw) are checked instead.
        if field.removesuffix("_raw") not in doc.page_metadata and field != "date":
            pieces += [v for v in _values(value) if v]
    for piece in pieces:
        assert piece in known or any(piece in line for line in lines), f"invented related/metadata: {piece!r}"


def assert_order_kept(doc: Document, lines: list[str]) -> None:
    """The kept lines come in input order; trace and related items run in page order."""
    it = iter(lines)
    for line in output_lines(doc.body):
        assert any(line == x for x in it), f"kept line out of input order: {line!r}"
    assert [b.index for b, _ in doc.trace] == list(range(len(doc.trace)))
    firsts = [item.indices[0] for item in doc.related if item.indices]
    assert firsts == sorted(firsts), "related items are not in page order"
    for item in doc.related:
        assert list(item.indices) == sorted(set(item.indices)), f"related item blocks out of order: {item}"


def assert_blocks_are_input_lines(doc: Document, lines: list[str]) -> None:
    """Text mode: the blocks are exactly the non-blank lines of the repaired input, in order."""
    assert [b.text for b, _ in doc.trace] == lines


def assert_every_block_accounted_once(doc: Document) -> None:
    """Each block ends in exactly one place: main text, title, removed, a related item, or metadata."""
    seen: Counter[int] = Counter()
    title_seen = False
    kept_texts = []
    for block, verdict in doc.trace:
        # The headline is the first title block above all main text; a later one stays in the body
        # in its place (assemble keeps output order = input order).
        if verdict.label is Label.TITLE and not title_seen and not kept_texts:
            title_seen = True
            assert doc.title == block.text
            seen[block.index] += 1
        elif verdict.label in (Label.KEEP, Label.TITLE):
            kept_texts.append(block.text)
            seen[block.index] += 1
        elif verdict.label is Label.METADATA:
            key = RAW_FIELDS.get(verdict.role or "other", verdict.role or "other")
            assert block.text in list(_values(doc.metadata.get(key))), \
                f"metadata block missing from metadata[{verdict.role!r}]: {block.text!r}"
            seen[block.index] += 1
        elif verdict.label is Label.RELATED and verdict.role == "section":
            seen[block.index] += 1  # a section heading names its items; it is no item itself
    assert output_lines(doc.body) == [t for t in kept_texts if t], "body is not the kept blocks"
    texts = {b.index: b.text for b, _ in doc.trace}
    for removal in doc.removed:
        assert texts.get(removal.index) == removal.text, f"removed text differs from its block: {removal}"
        seen[removal.index] += 1
    for item in doc.related:
        shown = "\n".join(v for v in (item.title, item.source, item.text, *item.meta) if v)
        for i in item.indices:
            seen[i] += 1
            # Each block's text is in its item; an inline "Read more: <title>" line gives its title
            # without the prefix the filter matched (the verdict's detail).
            text, verdict = texts[i], doc.trace[i][1]
            if verdict.role == "inline" and text.startswith(verdict.detail):
                text = text[len(verdict.detail):].strip()
            assert text in shown, f"related block {i} is not in its item: {texts[i]!r} {item}"
    for comment in doc.comments:
        shown = "\n".join(v for v in (comment.author, comment.time, comment.text) if v)
        for i in comment.indices:
            # The author line loses its "says:", so the author is inside the block's text.
            assert texts[i] in shown or (comment.author and comment.author in texts[i]), \
                f"comment block {i} is not in its comment: {texts[i]!r} {comment}"
    problems = {i: seen[i] for i in range(len(doc.trace)) if seen[i] != 1}
    assert not problems, f"blocks not accounted exactly once (index: times): {problems}; " + "; ".join(
        f"{i}: {texts[i]!r} {doc.trace[i][1]}" for i in list(problems)[:5])
    assert set(seen) <= set(range(len(doc.trace))), "an index points outside the page"


def assert_replays(doc: Document) -> None:
    """Rebuilding the Document from its own trace gives the same Document."""
    again = replay(doc)
    assert again == doc
    assert again.to_dict() == doc.to_dict()
    assert again.trace == doc.trace


def assert_same_document(a: Document, b: Document) -> None:
    """Two runs agree on everything, trace included."""
    assert a.to_dict() == b.to_dict()
    assert a.trace == b.trace
    assert a.page_metadata == b.page_metadata
