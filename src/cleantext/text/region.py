"""Find the main text: the contiguous run of blocks with the most prose.

The article is nearly always one contiguous region of prose lines. Each block scores positive
when it reads as prose (by its length) and negative when it does not; the region is the run with
the highest total (Kadane's maximum subarray), which bridges a subheading or a list inside the
article but not a menu of thirty links. Related-section and comment headings are walls the
region cannot cross, so a pasted related article is never taken for the main text.
"""
from __future__ import annotations

from typing import Final

from ..document import Kind, Label, Verdict
from ..page import Page
from ..patterns import EDGE_CHARS, normalize
from ..patterns.byline import DATE_LABEL, DATE_OR_TIME_LINES, TIME, field_line
from ..patterns.notices import COMMENT_HEADER_WORDS
from ..patterns.related import TEASER_ELLIPSIS_LINE, TEASER_END_LINE
from .features import CLOSERS, Features, continued, features, lines_matching, lines_matching_any, live_blocks
from .headline import named_headlines
from .key_points import key_points_start
from .line_words import line_words
from .quantities import ingredients_start

# A page with this many lines holding a time only ("14:32") is a live blog: the times head its
# entries (see `entry_stamps`); such a line is at most this long ("11:59 p.m. GMT").
MIN_ENTRY_STAMPS: Final = 2
MAX_STAMP_CHARS: Final = 16
# Penalties in characters of prose: a short non-prose line costs about a short sentence.
SHORT_LINE_COST: Final = 30.0
LINK_ROW_COST: Final = 60.0
LIST_ITEM_COST: Final = 8.0
LABELLED_COST: Final = 12.0
# A short line with a date or a "says:" is a comment header; an article has one or two, a thread dozens.
HEADER_LINE_COST: Final = 80.0
# A fact line ("Revenue: 2.1 million") has at most this many words.
MAX_FACT_WORDS: Final = 10
# Prose lines count by length, capped so one giant line does not outweigh everything else.
MAX_LINE_GAIN: Final = 1500.0
# Prose after a wall that opens a comment thread counts for this share: a long thread under a short
# post is not taken for the article.
END_ZONE_WEIGHT: Final = 0.05
# A comment heading opens a thread only after a run of this much prose that ended at most
# RECENT_BLOCKS above it (the article).
MIN_ARTICLE_BEFORE_COMMENTS: Final = 400
# Under a comment heading ("74 Comments", not a consent dialog) a shorter article will do: a short
# post's comments are no article either.
MIN_POST_BEFORE_COMMENTS: Final = 250
RECENT_BLOCKS: Final = 30
# Reasons of drops that keep a line's own cost: a learned site template (drop_site_template) removes
# the menus and boxes around the article, and were those cheap to bridge, the region would reach
# over them to the comments or teasers beyond, where without the template it stopped.
OWN_COST_REASONS: Final = ("site_template.",)
# A page whose best run of prose scores under LIST_PAGE_MAX_SUM takes instead its longest run of
# LIST_PAGE_ITEMS or more list items (other lines at most MAX_LIST_BREAK at a time between them) when
# the items hold LIST_PAGE_RATIO times as many characters as that run scored.
LIST_PAGE_MAX_SUM: Final = 400.0
LIST_PAGE_ITEMS: Final = 8
MAX_LIST_BREAK: Final = 2
LIST_PAGE_RATIO: Final = 4.0
# "Hallo zusammen,", "Dear Mr Okafor,": a salutation over a post or letter has at most this many words.
MAX_SALUTATION_WORDS: Final = 4
# "See you next week,", "Mit freundlichen Grüßen,": a sign-off under a letter has at most this many
# words, and the name under it at most MAX_NAME_WORDS_SIGNED.
MAX_SIGN_OFF_WORDS: Final = 5
MAX_NAME_WORDS_SIGNED: Final = 3
# Such an item has this many words, its marker counted ("+ Added Slime Block"; not "► June (24)").
LIST_ITEM_WORDS: Final = 4
# The chrome of a thread's posts (names, dates, votes, "Improve this answer") stands between the posts
# that are the page's text: bridged for free, so a question and its answers stay one text.
FREE_REASONS: Final = ("post.",)
# A line that repeats the headline the page's first line starts with, with prose at most HEADLINE_REACH
# lines under it, marks where the article starts: the run under it beats a little prose above it (a
# sidebar's "About me") and a comment thread after it closes the article however short.
HEADLINE_REACH: Final = 6
# A sentence under such a headline with no prose under it has at least this many words: the one line
# of an image or link post ("Repurposing food as art is creative.").
SHORT_POST_WORDS: Final = 4
# ... and stands at most this many lines under it (a "via" line or a byline between): further down,
# under "About Hacker Monthly", a sentence is a sidebar's.
SHORT_POST_REACH: Final = 3
# A run of prose that is a comment has the next comment's header at most this many lines under it
# (a "Reply" between); an article under a byline with a date has none.
NEXT_HEADER_REACH: Final = 4
# A comment thread's first header stands at most this many lines under its heading.
THREAD_HEADER_REACH: Final = 3


class RegionWalls:
    """Blocks the main region may not cross, marked by the filters that find them (related and
    comment headings, consent dialogs). Owned here; a filter adds one with `add_wall`."""

    __slots__ = ("all", "ends_article")

    def __init__(self) -> None:
        self.all: set[int] = set()
        self.ends_article: set[int] = set()  # walls that open a comment thread (see END_ZONE_WEIGHT)


def add_wall(page: Page, i: int, *, ends_article: bool = False) -> None:
    """Mark block ``i`` as a wall the main region cannot cross; ``ends_article``: a comment thread
    starts here, so prose after it counts for little."""
    walls = page.state(RegionWalls)
    walls.all.add(i)
    if ends_article:
        walls.ends_article.add(i)
    page.labels_changed()  # the region, computed from walls and verdicts, must be found again


def lift_walls(page: Page, indices: list[int]) -> None:
    """Take blocks off the walls again (comment counts that turned out to close posts of a listing)."""
    walls = page.state(RegionWalls)
    walls.all.difference_update(indices)
    walls.ends_article.difference_update(indices)
    page.labels_changed()


def walls_of(page: Page) -> frozenset[int]:
    """The walls filters marked so far."""
    return frozenset(page.state(RegionWalls).all)


# The penalties as scores, made once: a page of a million short lines then holds one float object
# per kind of score, not one per line.
HEADER_LINE_SCORE, LIST_ITEM_SCORE, LINK_ROW_SCORE, SHORT_LINE_SCORE = (
    -HEADER_LINE_COST, -LIST_ITEM_COST, -LINK_ROW_COST, -SHORT_LINE_COST)


def block_scores(page: Page) -> list[float]:
    """Every block's score, computed once per page (labels change the score of labelled blocks only)."""
    return page.memo(_page_scores)


def _page_scores(page: Page) -> list[float]:
    feats = features(page)
    headers = lines_matching_any(page, DATE_OR_TIME_LINES)
    # A teaser of another article ("... sechs Wochen. Mehr…") is a link, however much it reads as prose.
    teasers = lines_matching(page, TEASER_END_LINE) | lines_matching(page, TEASER_ELLIPSIS_LINE)
    # A comment header's last word, edge marks cut, is the last word of the line's key so cut:
    # one lookup rules most lines out before _comment_header splits the line.
    lasts = line_words(page).last
    list_item, table_row = Kind.LIST_ITEM, Kind.TABLE_ROW
    blocks = page.blocks
    live = live_blocks(page)
    # An HTML page's settled blocks are never scored (the region counts them at a flat cost): they
    # keep this stand-in, and only the live blocks are looked at.
    scores: list[float] = [SHORT_LINE_SCORE] * len(blocks)
    # One loop, each test made only when the ones before it did not decide (no call per line).
    for i in range(len(blocks)) if live is None else live:
        text = blocks[i].text
        f = feats[i]
        if i in teasers:  # a teaser of another article is a link, however much it reads as prose
            score = LINK_ROW_SCORE
        elif f.prose:  # most of a page's text: scores by length alone
            score = min(float(f.chars), MAX_LINE_GAIN)
        elif blocks[i].kind is table_row or (":" in text and f.words <= MAX_FACT_WORDS and not f.separators
                                             and _fact_line(text, f)):  # a table's cell ("07:15" in a timetable) is no post header
            score = LIST_ITEM_SCORE
        elif f.words <= 12 and (i in headers or ((lasts[i].lstrip(EDGE_CHARS) in COMMENT_HEADER_WORDS
                                                  or text.startswith("Re: ")) and _comment_header(text, f))):
            score = HEADER_LINE_SCORE
        elif f.terminal and f.words >= 5 and f.separators == 0:
            score = f.chars * 0.5  # a short sentence: weak evidence either way
        elif text[:1].isdigit() or text.endswith(":"):
            score = LIST_ITEM_SCORE  # "200 g Zucker", "Zutaten:": a list the article holds, not a menu
        elif f.separators >= 2:
            score = LINK_ROW_SCORE
        else:
            score = LIST_ITEM_SCORE if blocks[i].kind is list_item else SHORT_LINE_SCORE
        scores[i] = score
    if live is None:
        _score_short_posts(page, feats, scores)
    return scores


def _score_short_posts(page: Page, feats: list[Features], scores: list[float]) -> None:
    """Score as prose the sentences of a short post under the page's headline ("via example.com" /
    "Repurposing food as art is creative. @handle" under "Creative Food Sculptures"), when no prose
    stands under it: an image post's one line, which otherwise loses to a sidebar's "About me"."""
    blocks = page.blocks
    for h in named_headlines(page):
        under = range(h + 1, min(h + 1 + HEADLINE_REACH, len(scores)))
        if any(scores[j] > 0 for j in under):
            continue  # an article with prose: scored as it is
        for j in under[:SHORT_POST_REACH]:
            f, text = feats[j], blocks[j].text
            if f.words >= SHORT_POST_WORDS and not f.separators and _opens_with_sentence(text, f):
                scores[j] = float(f.chars)


def _opens_with_sentence(text: str, f: Features) -> bool:
    """Whether a line starts with a sentence of SHORT_POST_WORDS or more words, ended by a full stop,
    "!" or "?" inside it or at its end ("Not your mom's origami.", "Repurposing food as art is
    creative. @handle"); the word before the stop is a word of 3+ letters, not an abbreviation or a
    number ("Dr. Who Returns", "Voters in S.C. on ...", "Termine (15. November)")."""
    ends = [i for i in (text.find(". "), text.find("! "), text.find("? ")) if i > 0]
    if f.terminal:
        ends.append(len(text.rstrip(CLOSERS)) - 1)
    if not ends:
        return False
    words = text[:min(ends)].split()
    return len(words) >= SHORT_POST_WORDS and len(words[-1]) >= 3 and words[-1].isalpha() and not words[-1].isupper()


def _top_headline(page: Page) -> int | None:
    """The first line that repeats the headline the first line names and has prose at most
    HEADLINE_REACH lines under it (text pages only); None when there is none."""
    if live_blocks(page) is not None:
        return None
    verdicts = page.verdicts
    for i in page.memo(_headlines_over_prose):
        # Only the verdicts change as filters run: the rest was settled once per page.
        if verdicts[i] is None or verdicts[i].label is Label.TITLE:  # type: ignore[union-attr]
            return i
    return None


def _headlines_over_prose(page: Page) -> list[int]:
    """The named headlines (in page order) that are not followed by another title and have prose
    at most HEADLINE_REACH lines under them: what `_top_headline` picks from, by verdict."""
    feats = features(page)
    scores = block_scores(page)
    found: list[int] = []
    for i in sorted(named_headlines(page)):
        # An item of a list of titles ("Latest articles", teasers) is followed by another title.
        if i + 1 < len(scores) and feats[i + 1].title_like and feats[i + 1].words >= 3:
            continue
        if any(scores[j] > 0 for j in range(i + 1, min(i + 1 + HEADLINE_REACH, len(scores)))):
            found.append(i)
    return found


def _thread_under_headline(page: Page, scores: list[float], end_walls: set[int],
                           best: tuple[int, int] | None) -> int | None:
    """The wall opening a comment thread that stands at most HEADLINE_REACH lines under the page's
    headline (named by the first line) with no prose between them, when the best run lies past it;
    None when there is none. The thread is one: a comment header stands right under the wall, and
    the best run is a comment, another header right under it."""
    if best is None or live_blocks(page) is not None:
        return None
    verdicts = page.verdicts
    for h in sorted(named_headlines(page)):
        if h >= best[0] or (verdicts[h] is not None and verdicts[h].label is not Label.TITLE):  # type: ignore[union-attr]
            continue
        for j in range(h + 1, min(h + 2 + HEADLINE_REACH, best[0])):
            if scores[j] > 0 and page.is_open(j):
                break  # the post has text
            if j in end_walls:
                if _thread_follows(scores, j) and HEADER_LINE_SCORE in scores[best[1] + 1:best[1] + 1 + NEXT_HEADER_REACH]:
                    return j
                break
    return None


def _thread_follows(scores: list[float], i: int) -> bool:
    """Whether a comment header ("Jane Doe July 18, 2012 at 10:16 pm") stands at most
    THREAD_HEADER_REACH lines under wall ``i`` (a comment's number or avatar line may come first): a
    thread starts there, where "Add Comment" or "Jump to comments" may stand in the article's chrome."""
    return HEADER_LINE_SCORE in scores[i + 1:i + 1 + THREAD_HEADER_REACH]


def _fact_line(text: str, f: Features) -> bool:
    """ "Revenue: 2.1 million pounds", "Opening hours: Mon-Sat 06:00-14:00": a figure in the article,
    costing what a list item does (a comment's "Posted: March 9, 2025" keeps a header's cost)."""
    if f.words > MAX_FACT_WORDS or f.separators or ":" not in text:
        return False
    field = field_line(text)
    # A figure in the value: data ("Staff: 41"), where "Source: Example News" or "Category: Sport" is the page's.
    return (field is not None and any(c.isdigit() for c in field[1])
            and not DATE_LABEL.start(normalize(field[0])))


def _comment_header(text: str, f: Features) -> bool:
    """ "Deidre Reply:", "Jane says:", "Re: (Score: 3)": the header of one comment."""
    if f.words > 12 or f.prose:
        return False
    last = text.rsplit(None, 1)[-1].strip(EDGE_CHARS).casefold() if text else ""
    return last in COMMENT_HEADER_WORDS or text.startswith("Re: ")


def main_region(page: Page) -> tuple[int, int] | None:
    """(first, last) block index of the main text, or None when the page has no prose. first > last
    (an empty run, ``last`` = ``first`` - 1) when the article under the headline has no text and a
    comment thread comes right under it (see `_thread_under_headline`)."""
    # Recomputed when a wall or a verdict changed since (`Page.memo_labels`): select_main_region must
    # decide from every filter's verdict, not from the ones given before extract_byline asked (a
    # syndication note labelled later would otherwise still stretch the region; found by the
    # filter-order property), nor from a verdict a custom step replaced with force=True.
    return page.memo_labels(_find_region)


def _find_region(page: Page) -> tuple[int, int] | None:
    feats = features(page)
    scores = block_scores(page)
    state = page.state(RegionWalls)
    walls, end_walls = state.all, state.ends_article
    top = _top_headline(page)
    best, best_sum, _ = _best_run(page, scores, walls, end_walls, 0, top)
    opening = _thread_under_headline(page, scores, end_walls, best)
    if opening is not None:
        # Nothing but chrome between the headline and the comment thread: the post has no text (its
        # image or video is gone from the scraped text); a comment is no article.
        return opening, opening - 1
    # The run under the headline can only win over a short run above it, or over a run that starts
    # past the wall closing it (a wall from top + 1 on): with neither possible it is not looked for.
    if (top is not None and best is not None
            and ((best[1] <= top and best_sum < MIN_ARTICLE_BEFORE_COMMENTS) or best[0] > top + 1)):
        # The article starts under its headline, however short: it beats a little prose above the
        # headline (a sidebar's "About me") and a comment thread after it.
        headed, headed_sum, thread = _best_run(page, scores, walls, end_walls, top + 1, top)
        if headed is not None and headed != best and ((best[1] <= top and best_sum < MIN_ARTICLE_BEFORE_COMMENTS)
                                   or (thread is not None and best[0] > thread)):
            best, best_sum = headed, headed_sum
    if best_sum < LIST_PAGE_MAX_SUM and live_blocks(page) is None:
        # A page whose text is a list (a changelog of "+ Added ..." lines) has little prose for a
        # run to be made of: its longest list of items is the text, when it says far more. (Only
        # where every block is scored: on an HTML page the element tree placed the text already.)
        run = _longest_item_run(page, feats, walls)
        if run is not None and run[2] >= LIST_PAGE_RATIO * best_sum:
            best = run[0], run[1]
    if best is None:
        return None
    start, end = best
    # A positive run can start on a labelled block only by accident; trim labelled edges.
    while start < end and page.verdicts[start] is not None:
        start += 1
    start, end = _whole_paragraphs(page, start, end)
    if live_blocks(page) is None:  # text pages: on HTML ones the element tree placed the recipe
        start = ingredients_start(page, feats, start)
        if start - 1 in entry_stamps(page) and page.is_open(start - 1):
            start -= 1  # a live blog's first entry opens with its time, as the others in the run do
        start = key_points_start(page, feats, start)
    return _take_salutation(page, feats, start), _take_sign_off(page, feats, _extend_list_tail(page, feats, end))


def entry_stamps(page: Page) -> frozenset[int]:
    """The time-only lines ("14:32", "1:05 pm") of a page that has ``MIN_ENTRY_STAMPS`` or more: a
    live blog's entries, each under its time. They are the text's, not the article's date."""
    return page.memo(_entry_stamps)


def _entry_stamps(page: Page) -> frozenset[int]:
    blocks = page.blocks
    stamps = frozenset(j for j in lines_matching_any(page, DATE_OR_TIME_LINES)
                       if len(blocks[j].text) <= MAX_STAMP_CHARS and TIME.fullmatch(blocks[j].text))
    return stamps if len(stamps) >= MIN_ENTRY_STAMPS else frozenset()


def _best_run(page: Page, scores: list[float], walls: set[int], end_walls: set[int], first: int,
              top: int | None) -> tuple[tuple[int, int] | None, float, int | None]:
    """The run of blocks from ``first`` on with the highest total score (Kadane's maximum subarray),
    that total, and the wall that closed the article, if one did. Walls break runs, and prose after
    a wall that closes the article counts little. ``top``: the line repeating the page's headline
    (see `_top_headline`), or None."""
    closed_at = None
    best_sum, best = 0.0, None
    cur_sum, cur_start = 0.0, first
    weight = 1.0
    keep, cheap = Label.KEEP, (Label.DROP, Label.RELATED, Label.COMMENT)
    verdicts = page.verdicts
    for i in range(first, len(verdicts)):
        verdict = verdicts[i]
        if i in walls:
            cur_sum, cur_start = 0.0, i + 1
            # A comment heading or consent dialog that closes an article (the best run so far is
            # long and ended just above) opens an end zone; "28.01.22 / 0 Kommentare" over the
            # article's first paragraph does not. Under the page's headline, a thread's first
            # header right under the heading closes even a short post.
            if (i in end_walls and best is not None and best[1] >= i - RECENT_BLOCKS
                    and (best_sum >= _min_article(verdict)
                         or (top is not None and best[0] > top and _thread_follows(scores, i)))):
                weight = END_ZONE_WEIGHT
                closed_at = i if closed_at is None else closed_at
            continue
        if verdict is not None and verdict.label is not keep:
            # A dropped or related line is boilerplate inside the page: cheap to bridge. A byline or
            # title keeps its own cost: it marks the article's edge, and the region is recomputed
            # after those labels, so making them cheap would let it creep over them.
            if verdict.label in cheap and not verdict.reason.startswith(OWN_COST_REASONS):
                score = 0.0 if verdict.reason.startswith(FREE_REASONS) else -LABELLED_COST
            else:
                score = min(scores[i], -LABELLED_COST)
        else:
            score = scores[i]
            if score > 0:
                score *= weight
        if cur_sum <= 0:
            cur_sum, cur_start = 0.0, i
        cur_sum += score
        if cur_sum > best_sum:
            best_sum, best = cur_sum, (cur_start, i)
    return best, best_sum, closed_at


def _longest_item_run(page: Page, feats: list[Features], walls: set[int]) -> tuple[int, int, int] | None:
    """(first, last, characters) of the longest run of open list items of 4+ words ("+ Added Slime
    Block", "* Villager trading has been rebalanced"), at most two other lines between two items,
    with at least LIST_PAGE_ITEMS items; None when there is none."""
    best: tuple[int, int, int] | None = None
    first = last = -1
    items = chars = 0
    list_item = Kind.LIST_ITEM
    blocks, verdicts = page.blocks, page.verdicts
    for i in [*range(len(blocks)), -1]:
        is_item = (i >= 0 and verdicts[i] is None and i not in walls and blocks[i].kind is list_item
                   and feats[i].words >= LIST_ITEM_WORDS)
        if is_item and (last < 0 or i - last <= MAX_LIST_BREAK + 1):
            first = i if last < 0 else first
            last, items, chars = i, items + 1, chars + feats[i].chars
            continue
        if not is_item and i >= 0 and last >= 0 and i - last <= MAX_LIST_BREAK:
            continue  # a line between items ("Changes:"): the run may go on after it
        if items >= LIST_PAGE_ITEMS and (best is None or chars > best[2]):
            best = (first, last, chars)
        first, last, items, chars = (i, i, 1, feats[i].chars) if is_item else (-1, -1, 0, 0)
    return best


def _min_article(wall: Verdict | None) -> float:
    """The prose a run needs before an end wall for the wall to close the article."""
    return MIN_POST_BEFORE_COMMENTS if wall is not None and wall.reason == "notice.comments" else MIN_ARTICLE_BEFORE_COMMENTS


def _whole_paragraphs(page: Page, start: int, end: int) -> tuple[int, int]:
    """The region widened to the ends of the hard-wrapped paragraphs it starts and ends in: it
    never cuts a paragraph, though a labelled line inside one (a wrapped "Read more:") stays labelled."""
    joined = continued(page)
    if joined:
        while start in joined and page.verdicts[start - 1] is None:
            start -= 1
        while end + 1 in joined and page.verdicts[end + 1] is None:
            end += 1
    return start, end


def _take_salutation(page: Page, feats: list[Features], start: int) -> int:
    """Take in the salutation a post or letter opens with, right above the region ("Hallo zusammen,",
    "Hi all,", "Dear Editor,"): a short line ending in a comma costs what any short line does, so
    the region started under it."""
    i = start - 1
    if i < 0 or not page.is_open(i):
        return start
    f, text = feats[i], page.blocks[i].text
    if not (f.words <= MAX_SALUTATION_WORDS and text.endswith(",") and text[:1].isupper() and not f.separators
            and not any(c.isdigit() for c in text)):
        return start
    # The text going on in lowercase ("Hi folks," / "the title says it all") reads on from it; a
    # name with initials ("From Kimberly L. Keith," over "Your Guide to ...") is a byline.
    if page.blocks[start].text[:1].islower() or "." not in text:
        return i
    return start


def _take_sign_off(page: Page, feats: list[Features], end: int) -> int:
    """Take in the sign-off a letter or newsletter ends with, right under the region: a short line
    ending in a comma ("See you next week,", "Viele Grüße,", "Best wishes,") and the name under it
    ("Jonas", "Maria Kowalska"): short lines, so the region stopped above them."""
    i = end + 1
    if i + 1 >= len(page.blocks) or not (page.is_open(i) and page.is_open(i + 1)):
        return end
    text, name = page.blocks[i].text, page.blocks[i + 1].text
    f, g = feats[i], feats[i + 1]
    if not (f.words <= MAX_SIGN_OFF_WORDS and text.endswith(",") and text[:1].isupper() and not f.separators
            and not any(c.isdigit() for c in text)):
        return end
    words = name.split()
    # A name: one to three capitalised words, nothing else ("Jonas", "Anna & Piotr" is no name).
    if not (1 <= len(words) <= MAX_NAME_WORDS_SIGNED and all(w[:1].isupper() and w.isalpha() for w in words)
            and not g.separators):
        return end
    return i + 1


def _extend_list_tail(page: Page, feats: list[Features], end: int) -> int:
    """Take in list items right after the region when its last line leads into them
    ("... across sectors, including" / "boosting:"), as the article's own list. The last line of a
    hard-wrapped paragraph ("countries, boosting") leads in with its paragraph's words."""
    last = page.blocks[end].text.rstrip()
    if not last or last[-1] in ".!?。！？" or (feats[end].words < 3 and end not in continued(page)):
        return end
    i = end + 1
    while (i < len(page.blocks) and page.is_open(i) and page.blocks[i].kind is Kind.LIST_ITEM
           and feats[i].separators == 0 and feats[i].words <= 25):
        end = i
        i += 1
    return end
