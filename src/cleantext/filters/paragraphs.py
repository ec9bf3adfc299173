"""label_wrapped_remainders: the rest of a hard-wrapped paragraph whose first lines a filter labelled."""
from __future__ import annotations

from typing import Final

from ..document import Label
from ..page import Page
from ..steps import step
from ..text.features import continued
from ..text.paragraphs import paragraph_spans

# The role of the lines that continue a related item's hard-wrapped title ("Read more: <title>").
TITLE_CONTINUED: Final = "title_continued"


@step("filter", formats={"text"})
def label_wrapped_remainders(page: Page) -> None:
    """Give the open lines of a hard-wrapped paragraph the label a filter gave its first lines: a
    notice wrapped at 72 columns ends in "purposes only." after the lines that named it, and
    "Read more: Harbour board delays the" goes on with "new ferry timetable".

    Only on pages that are hard-wrapped (see cleantext.text.paragraphs). The lines from the first
    dropped one to the paragraph's end are dropped when the dropped ones hold at least half of
    their characters, so one matched line does not take a paragraph of article text with it.
    """
    blocks, verdicts = page.blocks, page.verdicts
    for first, last in paragraph_spans(continued(page)):
        members = range(first, last + 1)
        cause = verdicts[first]
        if cause is not None and cause.label is Label.RELATED and cause.group is not None:
            for i in members[1:]:
                if not page.related(i, cause.group, TITLE_CONTINUED, cause.reason, "rest of a wrapped title"):
                    break
            continue
        dropped = [i for i in members if verdicts[i] is not None and verdicts[i].label is Label.DROP]  # type: ignore[union-attr]
        if not dropped:
            continue
        # From the first dropped line to the paragraph's end: a caption glued above a notice stays open.
        tail = range(dropped[0], last + 1)
        if 2 * sum(len(blocks[i].text) for i in dropped) < sum(len(blocks[i].text) for i in tail):
            continue
        reason = verdicts[dropped[0]].reason  # type: ignore[union-attr]
        for i in tail:
            if verdicts[i] is None:
                page.drop(i, reason, "rest of a wrapped paragraph")
