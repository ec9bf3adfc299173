"""mark_title and drop_repeated_title: find the headline above the main text; drop its repeats."""
from __future__ import annotations

from typing import Final

from ..casing import str_lower
from ..document import Kind, Label
from ..page import Page
from ..patterns.stopwords import STOPWORD_SET
from ..steps import step
from ..text.features import Features, complete_keys, continued, features, keys
from ..text.headline import named_by, named_headlines
from ..text.region import main_region

# How many lines above the main text the headline may stand (bylines, dates and notes come between).
LOOK_BACK: Final = 12
# A line the page's first line (the HTML <title>) names may stand further up, above an infobox, a
# sidebar or a list of languages, as on an encyclopedia's page.
NAMED_LOOK_BACK: Final = 40
# A line under the headline this long (or with a comma) is its standfirst, not a second headline.
STANDFIRST_WORDS: Final = 12
# A sentence under the headline, over the byline, this long is its standfirst.
STANDFIRST_MIN_WORDS: Final = 8
# Between a standfirst and the text, besides bylines and dates: a share or subscription box's dropped
# calls, and at most MAX_BOX_PROMPTS open lines of at most MAX_PROMPT_WORDS words ("Der Artikel gefällt dir?").
BOX_REASONS: Final = ("navigation.share", "navigation.social", "notice.promo", "footer.newsletter")
MAX_BOX_PROMPTS: Final = 2
MAX_PROMPT_WORDS: Final = 6
# Content words (3+ letters, no function word) a headline shares with the article's first paragraph.
MIN_SHARED_WORDS: Final = 2
# A line among this many title-like lines in a row is an item of a list of titles (a "Most read"
# box above a page without its own headline), unless the page repeats it.
TITLE_LIST: Final = 3
# A name the first paragraph opens with ("Lake Ohrid" over "Lake Ohrid is a lake ...", `_opens_text`):
# two to six words (one word is as often a kicker: "Auto" over "Auto leasing ..."), followed there
# by one of these, opening a paragraph of prose of at least MIN_OPENING_WORDS words.
MIN_NAME_WORDS: Final = 2
MAX_NAME_WORDS: Final = 6
MIN_OPENING_WORDS: Final = 12
NAME_FOLLOWS: Final = frozenset(" (,")
# "Press release", "Opinion", "Breaking news": a kicker over the headline has at most this many words.
MAX_KICKER_WORDS: Final = 3


@step("select", after=["extract_byline"])
def mark_title(page: Page) -> None:
    """Mark the headline: the title-like line closest above the main text, such as
    "Revitalizing Historic Ties: Pakistan and Russia's Steel Renaissance".

    A candidate has 3-30 words, no sentence end and no link separators, and is still unlabelled.
    A line repeated elsewhere on the page or found in the page's first line (the HTML <title>) is
    preferred, and may stand up to 40 lines up; otherwise only a line right above the text (at most
    3 lines up) is taken. A one- or two-word headline ("New Zealand") is taken only when it is the
    first part of a first line such as "New Zealand - Wikipedia". A longer line with a comma right
    under a headline is its standfirst: it stays in the text, as does a sentence right under the
    headline with only bylines and dates between it and the text. When nothing the first line names
    stands near, a name of 2-6 words the article's first paragraph opens with is the title ("Lake
    Ohrid" over "Lake Ohrid is a lake which straddles ...", as encyclopedias and biographies start).
    A page whose headline an earlier step marked (``mark_html_title``) is left alone.
    """
    if any(v is not None and v.label is Label.TITLE for v in page.verdicts):
        return  # an earlier step (mark_html_title) named the headline already
    region = main_region(page)
    if region is None:
        return
    start, end = region
    feats = features(page)
    key_of = keys(page)
    best: int | None = None
    best_score = 0.0
    open_seen = 0
    # The first line and the lines at the text's start are compared whatever their verdicts (an
    # HTML page's settled blocks have no key in ``key_of``, see live_blocks).
    any_key = complete_keys(page)
    first = any_key[0] if any_key else ""
    verdicts = page.verdicts
    first_parts = named_headlines(page)
    for i in range(start - 1, max(-1, start - 1 - NAMED_LOOK_BACK), -1):
        if verdicts[i] is not None or page.blocks[i].kind is Kind.CAPTION:
            continue  # a caption ("[IMG] The plant at low tide" in a lynx dump) names the picture
        f = feats[i]
        open_seen += 1
        if f.prose and f.words > 30:
            break  # other running text: the headline is not above it
        norm = key_of[i]
        if not norm or (start - i > LOOK_BACK and norm not in first):
            continue  # past the usual reach only a line the first line names counts
        # The headline the first line starts with may end like a sentence ("Viva Rosa Mystica!").
        first_part = i in first_parts
        # A page's markup may say it: a Markdown page's "# Ferry timetable" is its headline, however short.
        marked = page.blocks[i].kind is Kind.HEADING and page.blocks[i].level == 1 and not f.terminal
        headline = ((f.title_like or first_part) and f.words >= 3 and _worded(page.blocks[i].text, f)) or marked
        if not (headline or (f.words < 3 and not f.terminal and not f.separators)):
            continue
        named = i > 0 and named_by(first, norm, f.words)
        if not named and (start - i > LOOK_BACK or not headline):
            continue
        score = 1.0 / open_seen
        if named:
            # The first part of "Headline - Site" over the site's name, which the header repeats.
            score += 3.0 if first_part else 2.0
        # Repeated inside the text (an image caption repeating the headline), not in the footer.
        if norm and norm in any_key[start:min(end + 1, start + 15)]:
            score += 2.0
        if open_seen > 3 and score < 2.0:
            continue
        if score < 2.0 and _title_run(page, feats, i, start) >= TITLE_LIST:
            continue
        if score > best_score:
            best, best_score = i, score
    if best_score < 2.0:
        # Nothing the first line names stands near the text: the headline it starts with does,
        # however far up (over a subscription box or a gallery between it and the text).
        far = [i for i in first_parts if i < start and verdicts[i] is None]
        if far:
            best, best_score = max(far), 3.0
        else:
            best = _name_over_text(page, feats, start, end, best)
    if best is not None and best_score < 2.0:
        best = _headline_over_standfirst(page, feats, best)
    if best is not None:
        page.set(best, Label.TITLE, "title.headline", "headline above the main text")
        # A headline hard-wrapped over two lines: its other lines are the headline too.
        joined = continued(page)
        while best + 1 in joined and page.set(best + 1, Label.TITLE, "title.headline", "wrapped headline"):
            best += 1
        _keep_standfirst(page, feats, best, start)


def _worded(text: str, f: Features) -> bool:
    """Whether a line has the words a headline has: two or more with letters ("4.7 (312 ratings)" has
    one: a rating). Lines of scripts written without spaces (Chinese, Thai) are not counted so."""
    tokens = text.split()
    return f.cjk or len(tokens) < 2 or sum(1 for w in tokens if not w.isdigit() and any(c.isalpha() for c in w)) >= 2


def _name_over_text(page: Page, feats: list[Features], start: int, end: int, best: int | None) -> int | None:
    """The closest open line up to ``NAMED_LOOK_BACK`` lines above the text that is a name the text
    opens with (`_opens_text`), when nothing the first line names was found; else ``best``."""
    for i in range(start - 1, max(-1, start - 1 - NAMED_LOOK_BACK), -1):
        if not page.is_open(i):
            continue
        if feats[i].prose and feats[i].words > 30:
            break  # other running text: the headline is not above it
        if _opens_text(page, i, start, end):
            return i
    return best


def _opens_text(page: Page, i: int, start: int, end: int) -> bool:
    """Whether line ``i`` is a name the article's first paragraph opens with: "Lake Ohrid" over
    "Lake Ohrid is a lake which straddles ...", an encyclopedia's and a biography's way to start
    (the name, then its definition). A capitalised name of 2-6 words; not in
    capitals, which is a dateline ("LONDON" over "LONDON (Reuters) - ...")."""
    name = page.blocks[i].text.strip()
    if not (MIN_NAME_WORDS <= len(name.split()) <= MAX_NAME_WORDS and name[0].isupper()
            and not name.isupper() and name[-1].isalnum()):
        return False
    feats = features(page)
    for j in range(start, min(end + 1, start + 2)):
        text = page.blocks[j].text
        if feats[j].prose and feats[j].words >= MIN_OPENING_WORDS and text.startswith(name) and len(text) > len(name) + 1 and text[len(name)] in NAME_FOLLOWS:
            return True
    return False


def _headline_over_standfirst(page: Page, feats: list[Features], best: int) -> int:
    """The headline when ``best`` is the standfirst under it: a longer line with a comma or of 12+
    words right under a shorter headline ("El puerto de Valdeoria estrena su primera planta" over
    "La instalación, bajo el antiguo muelle, cubrirá un tercio del consumo"). The standfirst is the
    article's own: it is kept in the text. Otherwise ``best`` itself."""
    upper = best - 1
    if upper < 0 or not page.is_open(upper):
        return best
    f, g = feats[upper], feats[best]
    if not (f.title_like and f.words >= 3 and not f.prose and g.words > f.words):
        return best
    text = page.blocks[best].text
    if ", " not in text and "، " not in text and "，" not in text and g.words < STANDFIRST_WORDS:
        return best
    # A headline names what the article's first paragraph tells ("Valdeoria", "planta", "energía");
    # a line of chrome above a standfirst ("Advertise on NYTimes.com", "Credit Getty Images") does not.
    region = main_region(page)
    if region is None or len(_content_words(page.blocks[upper].text) & _content_words(
            page.blocks[region[0]].text)) < MIN_SHARED_WORDS:
        return best
    page.set(best, Label.KEEP, "title.standfirst", "standfirst under the headline")
    return upper


def _keep_standfirst(page: Page, feats: list[Features], title: int, start: int) -> None:
    """Keep the sentence right under the headline when only bylines and dates stand between it and
    the text: "The restoration will reopen the canal to boats ... since 1962." over "From: ..." and
    "Published 6 March 2026". It is the article's summary; the region, which starts after the
    bylines, would drop it."""
    i = title + 1
    if i >= start or not page.is_open(i):
        return
    f = feats[i]
    # A sentence, or a line long enough (or with a comma) to be one without its stop ("Zwei Mal ging
    # sie heuer leer aus, doch ... schlug Wierer zurück").
    text = page.blocks[i].text
    if not (f.words >= STANDFIRST_MIN_WORDS and not f.separators
            and (f.terminal or f.words >= STANDFIRST_WORDS or "," in text)):
        return
    if not f.terminal and sum(1 for w in text.split() if not w.isalpha()) * 2 > f.words:
        return  # "Pages : [ 1 ] 2 3 4 5 ...": a pager, words hardly any
    # Up to the text's first prose line (the region may start on a prompt such as "Did you like it?").
    stop = next((j for j in range(i + 1, len(feats)) if feats[j].prose), start)
    between = range(i + 1, max(start, stop))
    verdicts = page.verdicts
    prompts = [j for j in between if verdicts[j] is None]
    # A share or subscription box may stand there too: its dropped calls, and at most
    # MAX_BOX_PROMPTS short open lines ("Der Artikel gefällt dir?").
    if (not between or len(prompts) > MAX_BOX_PROMPTS or len(prompts) == len(between)
            or any(feats[j].words > MAX_PROMPT_WORDS for j in prompts)):
        return
    if all(v is None or v.label is Label.METADATA or (v.label is Label.DROP and v.reason.startswith(BOX_REASONS))
           for v in verdicts[between.start:between.stop]):
        page.set(i, Label.KEEP, "title.standfirst", "standfirst under the headline")


def _content_words(text: str) -> set[str]:
    """The words of 3+ letters of a line that are no function words ("the", "und"), lowercased."""
    return {w for w in str_lower(text).split()
            if len(w) >= 3 and w.replace("-", "").isalpha() and w not in STOPWORD_SET}


def _title_run(page: Page, feats: list[Features], i: int, start: int) -> int:
    """How many title-like lines of 3+ words, line ``i`` among them, stand in a row above ``start``."""
    def titled(j: int) -> bool:
        return page.is_open(j) and feats[j].title_like and feats[j].words >= 3

    lo, hi = i, i
    while lo > 0 and hi - lo + 1 < TITLE_LIST and titled(lo - 1):
        lo -= 1
    while hi + 1 < start and hi - lo + 1 < TITLE_LIST and titled(hi + 1):
        hi += 1
    return hi - lo + 1


@step("select", after=["extract_byline", "mark_title"])
def drop_repeated_title(page: Page) -> None:
    """Drop lines that repeat the headline, such as an image caption that is the title again, and
    the kicker over it ("Press release", "Opinion") when that is the only line left above it.

    Only exact repeats (ignoring case and punctuation) of a marked headline are dropped; a kicker
    has at most three words, no sentence end and is no heading (kept, it stood before the headline,
    which then stayed in the text instead of being the title).
    """
    title = next((i for i, v in enumerate(page.verdicts) if v is not None and v.label is Label.TITLE), None)
    if title is None:
        return
    _drop_kicker(page, title)
    key_of = keys(page)
    end = title + 1
    while end < len(page.verdicts) and (v := page.verdicts[end]) is not None and v.label is Label.TITLE:
        end += 1
    norm = " ".join(key_of[title:end]) if all(key_of[title:end]) else ""
    if not norm:
        return
    for i in page.open_indices():
        key = key_of[i]
        if key == norm:
            page.drop(i, "title.repeated", "repeats the headline")
        # The headline's first part, up to a space (no string built per line to ask).
        elif key and norm.startswith(key) and norm[len(key):len(key) + 1] == " " and page.is_open(i):
            _drop_wrapped_repeat(page, key_of, i, norm)


def _drop_wrapped_repeat(page: Page, key_of: list[str], first: int, norm: str) -> None:
    """Drop the lines from ``first`` on when together they repeat the headline: a title hard-wrapped
    at 60 columns ("Revitalizing Historic Ties: Pakistan and Russia's Steel" over "Renaissance"),
    the headline itself wrapped or not. Only consecutive open lines that join to exactly the
    headline count; a line that merely starts like it stays."""
    joined, last = key_of[first], first
    while len(joined) < len(norm):
        last += 1
        if last >= len(key_of) or not key_of[last] or not page.is_open(last):
            return
        joined += " " + key_of[last]
        if not norm.startswith(joined):
            return
    if joined == norm:
        for i in range(first, last + 1):
            page.drop(i, "title.repeated", "repeats the headline (wrapped)")


def _drop_kicker(page: Page, title: int) -> None:
    """Drop the kicker over the headline, the only line left above it: "Press release", "Opinion",
    "Analysis" (at most three words, no sentence end, no heading). Kept, it would stand before the
    headline, which then stays in the text instead of being the title."""
    feats = features(page)
    above = [i for i in range(title) if page.verdicts[i] is None]
    if len(above) != 1 or above[0] != title - 1:
        return
    i = above[0]
    f = feats[i]
    if f.words <= MAX_KICKER_WORDS and not f.terminal and not f.separators and page.blocks[i].kind is not Kind.HEADING:
        page.drop(i, "title.kicker", "kicker over the headline")
