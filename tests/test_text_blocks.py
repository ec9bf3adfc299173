"""Plain text to blocks (blocks/text.py): the column-wise implementation is the plain definition."""
from hypothesis import given
from hypothesis import strategies as st

from cleantext.document import Kind
from cleantext.text.blocks import LIST_MARKER, text_blocks

# Blank lines, edge spaces, list markers of every kind, digits of two scripts, plain words.
PIECES = st.sampled_from(["\n", "\n\n", "  ", " ", "- ", "• ", "* ", "1. ", "12) ", "a) ", "x)", "²) ", "٣. ",
                          "word", "Line", "-x", "✓ ", "\t"])
texts = st.lists(PIECES, max_size=40).map("".join)


def reference_blocks(text: str) -> list[tuple[int, str, Kind, bool]]:
    """One block per non-blank stripped line; a gap when a blank line stands between it and the block
    before it (never before the first)."""
    stripped = [line.strip() for line in text.split("\n")]
    places = [k for k, line in enumerate(stripped) if line]
    return [(n, stripped[k], Kind.LIST_ITEM if LIST_MARKER.match(stripped[k]) else Kind.PARAGRAPH,
             n > 0 and k - places[n - 1] > 1)
            for n, k in enumerate(places)]


@given(texts)
def test_blocks_are_the_non_blank_lines_with_their_breaks_and_list_markers(text: str) -> None:
    assert [(b.index, b.text, b.kind, b.gap_before) for b in text_blocks(text)] == reference_blocks(text)


def test_a_list_and_a_paragraph_break() -> None:
    blocks = text_blocks("Intro line\n\n- first item\n2) second item\n\n\nClosing line")
    assert [b.kind for b in blocks] == [Kind.PARAGRAPH, Kind.LIST_ITEM, Kind.LIST_ITEM, Kind.PARAGRAPH]
    assert [b.gap_before for b in blocks] == [False, True, False, True]
    assert [b.index for b in blocks] == [0, 1, 2, 3]
