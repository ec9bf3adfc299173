"""Large pages: memory in proportion to the page (tracemalloc), and the Trace that replaced a tuple
of (block, verdict) pairs. Time in proportion to the page: tests/test_pathological.py."""
from __future__ import annotations

import random
import tracemalloc

import pytest
from pagegen import generate_page

from cleantext import Document, Trace, extract
from cleantext.assemble import replay

SENTENCE = "The ferry to the island runs again on Sunday, the harbour office said on Friday morning."


def generated_text(size: int, seed: int = 0) -> str:
    """Generated scraped pages (article and boilerplate, many languages) one after another: 30 of
    them, drawn again and again (generating is slow)."""
    rng = random.Random(seed)
    pool = [generate_page(rng).text() for _ in range(30)]
    parts: list[str] = []
    total = 0
    while total < size:
        parts.append(rng.choice(pool))
        total += len(parts[-1].encode())
    return "\n".join(parts)


@pytest.mark.parametrize(("kind", "limit"), [("prose", 10), ("one_line", 4)])
def test_cleaning_holds_a_few_times_the_page_in_memory(kind: str, limit: float) -> None:
    """Python allocations at the peak of extract(), over the page's UTF-8 size: under 10x for
    generated prose (the aim of issue 15; ~7x measured), far under for one long line. Short lines
    cost a few hundred bytes each whatever their length, which the block limit bounds instead."""
    page = generated_text(1_000_000) if kind == "prose" else SENTENCE * 7_000
    size = len(page.encode())
    extract("warm up " * 30)  # patterns compiled, modules imported: not the page's cost
    tracemalloc.start()
    try:
        doc = extract(page)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert doc.trace
    assert peak / size < limit, f"{kind}: peak {peak / size:.1f}x the page's {size:,} bytes"


def test_trace_is_a_sequence_of_block_verdict_pairs() -> None:
    doc = extract(f"Home | News | Sport\n\n{SENTENCE}\n\n© 2025 Ferry News")
    pairs = tuple(zip(doc.trace.blocks, doc.trace.verdicts))
    assert len(doc.trace) == 3 and tuple(doc.trace) == pairs
    assert doc.trace[0] == pairs[0] and doc.trace[-1] == pairs[-1] and doc.trace[1:] == pairs[1:]
    block, verdict = doc.trace[2]
    assert block.text.startswith("©") and verdict.reason == "footer.copyright"
    assert doc.trace == pairs and pairs == doc.trace and doc.trace == list(pairs)
    assert doc.trace != pairs[:2] and doc.trace != "not a trace"
    assert replay(doc).trace == doc.trace


def test_an_empty_trace_and_a_mismatched_one() -> None:
    assert len(Trace()) == 0 and list(Trace()) == [] and Trace() == ()
    assert Document(None, "", (), (), {}, "text").trace == Trace()
    doc = extract(SENTENCE)
    with pytest.raises(ValueError, match="1 blocks but 0 verdicts"):
        Trace(doc.trace.blocks, ())


def test_blocks_with_the_same_verdict_share_it() -> None:
    """A page of a thousand menu lines holds one verdict tuple for them, not a thousand."""
    doc = extract("Skip to content\n" * 1000 + SENTENCE * 3)
    verdicts = {id(v) for _, v in doc.trace}
    assert len(doc.trace) == 1001 and len(verdicts) <= 3
