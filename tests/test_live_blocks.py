"""Live blocks (features.live_blocks): the per-block facts of the blocks steps can still read are
the ones a page without settled blocks gives; the settled ones are skipped."""
from unittest.mock import patch

from hypothesis import given
from hypothesis import strategies as st

import cleantext.filters  # noqa: F401  (registers the triggers whose words the scan looks for)
import cleantext.text.features as features_module
from cleantext.document import Block, Label
from cleantext.page import Page
from cleantext.patterns.footer import COPYRIGHT_LINE
from cleantext.text.features import (
    UNREAD,
    complete_features,
    complete_keys,
    features,
    features_of,
    keys,
    lines_matching,
    live_blocks,
)
from cleantext.text.page_case import all_caps
from cleantext.text.region import block_scores

# Lines with capitals or none (a group's case decides a headline), separators, wide characters.
PIECES = st.sampled_from([*"abcXY .,!?:", " ", "  ", " | ", "»", "«", "3", "É", "é", "\u3000", "日本語の文章",
                          "the ", "harbour ", "Read more: "])
page_lines = st.lists(st.lists(PIECES, max_size=30).map("".join), max_size=10)


def _page(texts: list[str], settled: list[int], label: Label = Label.DROP) -> Page:
    page = Page([Block(i, t) for i, t in enumerate(texts)], format="html")
    for i in settled:
        page.set(i, label, "test.settled")
    return page


@given(page_lines, st.data())
def test_features_of_some_lines_are_those_of_the_whole_page(texts: list[str], data: st.DataObject) -> None:
    """Asked for some lines only, features_of gives each what the whole page gives it (the groups
    and their case are the page's), and UNREAD for the others; in small groups too."""
    only = sorted(data.draw(st.sets(st.integers(0, max(0, len(texts) - 1)))) & set(range(len(texts))))
    for chars in (features_module.GROUP_CHARS, 8):
        with patch.object(features_module, "GROUP_CHARS", chars):
            whole = features_of(texts)
            some = features_of(texts, only)
        assert [some[i] for i in only] == [whole[i] for i in only]
        assert all(some[i] is UNREAD for i in set(range(len(texts))) - set(only))


def test_settled_blocks_and_those_beside_no_live_block_are_skipped() -> None:
    texts = ["Home | News | Sport", "Menu", "© 2025 Example News", "Contact us",
             "The harbour reopened on Monday after a storm closed it for three days, the town said.",
             "More stories", "Terms", "Privacy"]
    page = _page(texts, [0, 1, 2, 3, 5, 6, 7])
    assert live_blocks(page) == [3, 4, 5]
    feats, whole = features(page), complete_features(page)
    assert [feats[i] for i in (3, 4, 5)] == [whole[i] for i in (3, 4, 5)]
    assert feats[0] is UNREAD and keys(page)[0] == "" and complete_keys(page)[0] == "home | news | sport"
    assert lines_matching(page, COPYRIGHT_LINE) == frozenset()  # only the settled block 2 holds a copyright
    assert block_scores(page)[4] > 0


def test_a_page_without_settled_blocks_reads_every_block() -> None:
    page = _page(["One line.", "Another line."], [])
    assert live_blocks(page) is None
    assert complete_features(page) is features(page)


def test_headline_and_metadata_blocks_stay_live() -> None:
    """The main region scores them, so their features are read."""
    texts = ["Menu", "Harbour Reopens After Storm", "Sport", "Weather", "By Jane Doe", "Archive"]
    page = _page(texts, [0, 2, 3, 5])
    page.set(1, Label.TITLE, "test.title")
    page.set(4, Label.METADATA, "test.byline")
    assert live_blocks(page) == [0, 1, 2, 3, 4, 5]


def test_readers_of_every_block_see_settled_ones() -> None:
    """all_caps reads the page's prose lines whatever their verdicts."""
    prose = "the council said the harbour would reopen on monday after repairs to the sea wall were done."
    texts = ["MENU", "THE HARBOUR REOPENED ON MONDAY AFTER A STORM CLOSED IT FOR THREE DAYS, THE TOWN SAID.",
             "NEWS", "SPORT", prose]
    page = _page(texts, [3, 4])
    assert features(page)[4] is UNREAD
    assert not all_caps(page)


def test_a_forced_verdict_on_a_settled_block_makes_it_live_again() -> None:
    texts = ["Menu", "News", "Sport", "Weather", "A line."]
    page = _page(texts, [0, 1, 2])
    assert features(page)[0] is UNREAD
    page.set(0, Label.KEEP, "test.reopened", force=True)
    assert features(page)[0] == complete_features(page)[0] != UNREAD
