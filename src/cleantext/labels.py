"""`Label` (what a filter decided about a block) and `Kind` (what a block is): the two enums of the
block model, re-exported by `cleantext.document`.

They live in a module of their own so that the compiled build compiles them: mypyc reads a member
of an enum defined in a compiled module (``Label.DROP``) from a C static, where an enum of an
interpreted module costs an attribute lookup through the enum metaclass on every use.
"""
from __future__ import annotations

from enum import Enum


class Label(Enum):
    """What a filter decided about a block."""

    KEEP = "keep"          # main text
    TITLE = "title"        # the headline of the main text
    DROP = "drop"          # boilerplate, listed in Document.removed
    RELATED = "related"    # part of a related/trending/read-more item, in Document.related
    METADATA = "metadata"  # byline, dateline, tags..., in Document.metadata
    COMMENT = "comment"    # a reader's comment under the article (its author, time or text), in Document.comments


class Kind(Enum):
    """What a block is, as far as the input tells (HTML tells more than text)."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    TABLE_ROW = "table_row"
    CAPTION = "caption"
    PREFORMATTED = "preformatted"
