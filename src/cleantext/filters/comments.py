"""split_comments: readers' comments under the article become Document.comments (author, time, text)."""
from __future__ import annotations

from typing import Final

from ..document import Label
from ..html.elements import INCLUDE_COMMENTS
from ..page import Page
from ..patterns import EDGE_CHARS
from ..patterns.byline import DATE_OR_TIME_LINES
from ..patterns.notices import COMMENT_HEADER_WORDS
from ..steps import step
from ..text.features import Features, features, lines_matching_any
from ..text.region import RegionWalls, main_region

# A comment's header is short: "Jago Trethewey says:", "Edna wrote:", or a name over a date line.
MAX_HEADER_WORDS: Final = 8
MAX_NAME_WORDS: Final = 4
MAX_TIME_WORDS: Final = 10
# Labels that end the comment thread: the page's footer or a list of other articles.
THREAD_ENDS: Final = ("footer.", "related.")


@step("select", formats={"text"}, options=[INCLUDE_COMMENTS],
      after=["extract_byline", "mark_title", "drop_repeated_title"])
def split_comments(page: Page) -> None:
    """Split the comment thread after the article into comments: "Jago Trethewey says:" (the
    author), "March 9, 2025 at 6:12 pm" (the time) and the lines of text under them.

    Only in text mode, and only after a comment heading ("3 Comments", "Kommentare") that closes
    the main text: each comment starts at a header line ("... says:", "... schreibt:", or a short
    name over a date line) and runs to the next header, a "Reply" line or the comment form.
    With the option ``include_comments=True`` the comments' text stays in the body as well.
    """
    region = main_region(page)
    if region is None:
        return
    end = region[1]
    opening = min((w for w in page.state(RegionWalls).ends_article if w > end), default=None)
    if opening is None:
        return
    include = bool(page.option("include_comments"))
    feats = features(page)
    dated = lines_matching_any(page, DATE_OR_TIME_LINES)
    group: int | None = None
    has_time = False
    for i in range(opening + 1, len(page)):
        verdict = page.verdicts[i]
        if verdict is not None:
            if verdict.reason.startswith(THREAD_ENDS):
                break
            group = None  # a "Reply" line or the comment form closes a comment
            continue
        text, f = page.blocks[i].text, feats[i]
        verb = _header_verb(text, f)
        named = not verb and _name_over_date(page, feats, dated, i)
        if verb or named:
            group, has_time = page.new_group(), False
            page.set(i, Label.COMMENT, "comments.author", verb, group=group, role="author")
        elif group is None:
            continue
        elif not has_time and i in dated and f.words <= MAX_TIME_WORDS and not f.prose:
            has_time = True
            page.set(i, Label.COMMENT, "comments.time", "time of a comment", group=group, role="time")
        elif include:
            page.set(i, Label.KEEP, "comments.text", "comment kept (include_comments)", group=group,
                     role="comment_text")
        else:
            page.set(i, Label.COMMENT, "comments.text", "text of a comment", group=group, role="text")


def _header_verb(text: str, f: Features) -> str:
    """The verb of a comment header ("says" in "Jago Trethewey says:"), or ""."""
    if f.words > MAX_HEADER_WORDS or f.prose or f.terminal or not text.endswith((":", "：")):
        return ""
    last = text.rstrip(":： ").rsplit(None, 1)[-1].strip(EDGE_CHARS).casefold()
    return last if last in COMMENT_HEADER_WORDS else ""


def _name_over_date(page: Page, feats: list[Features], dated: frozenset[int], i: int) -> bool:
    """ "Edna Polglase" over "10 March 2025 at 8:03": a name line right above a date line. A name has
    letters: a rating of stars ("★★★★☆") over a review's date is none."""
    f = feats[i]
    return (f.words <= MAX_NAME_WORDS and not f.terminal and not f.prose and i not in dated
            and i + 1 < len(page) and i + 1 in dated and page.is_open(i + 1)
            and not page.blocks[i + 1].gap_before and feats[i + 1].words <= MAX_TIME_WORDS
            and any(c.isalpha() for c in page.blocks[i].text))  # last: a loop over the line
