"""Related items and readers' comments hold the text of every block they are made of: a block
whose slot in the item is taken (a second short "source" line, a second title, a second author
line) goes to the item's text, in page order, and "meta" lines (a rank, a category) to its
``meta``, instead of vanishing from the Document."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from cleantext import Document, Label, Page, Pipeline, PipelineError

LINES = ["The Administration", "President of the Council", "Vice President of the Council",
         "First Minister", "The staff of the office and the advisers who work for them every day"]


def run_with(step: Callable[[Page], None]) -> Document:
    return Pipeline([("label_items", step, "filter")]).run("\n".join(LINES), format="text")


def test_a_second_source_line_of_a_related_item_is_in_its_text() -> None:
    def label(page: Page) -> None:
        for i in range(len(page.blocks)):
            role = "title" if i == 0 else "source" if i < 4 else "text"
            page.set(i, Label.RELATED, "test.related", "a list of links", group=1, role=role)

    doc = run_with(label)
    (item,) = doc.related
    assert item.title == LINES[0] and item.source == LINES[1]
    assert item.text.split("\n") == LINES[2:]


def test_a_second_title_of_a_related_item_is_in_its_text() -> None:
    def label(page: Page) -> None:
        for i in range(len(page.blocks)):
            page.set(i, Label.RELATED, "test.related", "a list of links", group=1, role="title")

    doc = run_with(label)
    (item,) = doc.related
    assert item.title == LINES[0] and item.text.split("\n") == LINES[1:]


def with_roles(label: Label, reason: str, detail: str, roles: list[str]) -> Callable[[Page], None]:
    """A step that gives the page's blocks, in order, ``roles`` in one group under ``label``."""
    def step(page: Page) -> None:
        for i, role in enumerate(roles):
            page.set(i, label, reason, detail, group=1, role=role)
    return step


def test_a_second_author_or_time_line_of_a_comment_is_in_its_text() -> None:
    doc = run_with(with_roles(Label.COMMENT, "test.comment", "a comment", ["author", "author", "time", "time", "text"]))
    (comment,) = doc.comments
    assert comment.author == LINES[0] and comment.time == LINES[2]
    assert comment.text.split("\n") == [LINES[1], LINES[3], LINES[4]]


def test_related_and_comment_blocks_without_a_group_are_items_of_their_own() -> None:
    def label(page: Page) -> None:
        page.set(0, Label.RELATED, "test.related", "one link")
        page.set(1, Label.RELATED, "test.related", "another link")
        page.set(2, Label.COMMENT, "test.comment", "a comment")

    doc = run_with(label)
    assert [(item.title, item.source, item.text) for item in doc.related] == [(None, None, LINES[0]),
                                                                             (None, None, LINES[1])]
    assert [c.text for c in doc.comments] == [LINES[2]]


def test_meta_lines_of_a_related_item_are_in_its_meta() -> None:
    doc = run_with(with_roles(Label.RELATED, "test.related", "a trending item", ["meta", "title", "meta", "meta", "text"]))
    (item,) = doc.related
    assert item.title == LINES[1] and item.text == LINES[4]
    assert item.meta == (LINES[0], LINES[2], LINES[3])
    assert item.to_dict()["meta"] == [LINES[0], LINES[2], LINES[3]]


def test_a_label_that_is_not_a_label_is_a_pipeline_error() -> None:
    def label(page: Page) -> None:
        page.set(0, "drop", "test.drop", "a str, not Label.DROP")  # type: ignore[arg-type]

    # The compiled build refuses the str at the call already (mypyc checks argument types).
    with pytest.raises((PipelineError, TypeError), match="label_items.*'drop'|Label object expected"):
        run_with(label)
