"""Cheap per-block features shared by the filters: length, punctuation, stopwords, capitals, separators.

Computed once per page (``features(page)``), as are the normalised lookup keys of lines
(``keys(page)``) and the blocks a document-wide regex hits (``lines_matching(page, TRIGGER)``),
so no filter re-tokenises a line or runs a regex line by line.
"""
from __future__ import annotations

import re
import string
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import accumulate, compress, count, repeat
from operator import add, and_, attrgetter, not_, or_
from typing import Final, NamedTuple

import regex

from ..casing import str_lower
from ..document import Label
from ..page import Page
from ..patterns import GLUED_MARKS, Trigger, ascii_folded, normalize, trigger_index
from ..patterns.stopwords import STOPWORD_SET
from ..repairs.scan import unusual_chars, unusual_in_utf8
from .paragraphs import continued_lines, paragraph_spans

# Sentence ends, after closing quotes/brackets are stripped: "... he said." / "...?”" / "。"
# Sentence ends of other scripts: the danda of Hindi and Bengali, the Urdu full stop, Armenian,
# Ethiopic, Myanmar and Khmer full stops.
TERMINAL: Final = frozenset(".!?。！？…؟।॥۔։።။។")
CLOSERS: Final = "\"'”’»)]*】」』"
# Han, Hiragana, Katakana, Hangul: scripts written without spaces, where a word is ~2 characters.
CJK: Final = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
# A line of Chinese or Japanese phrases between spaces, without sentence marks, this long and with
# phrases this long on average, reads as running text.
CJK_PHRASES_CHARS: Final = 36
CJK_PHRASE_CHARS: Final = 6
# Thai, Lao, Khmer and Myanmar: written without spaces between words too, in letters (a word is
# about four of them), with a space between phrases or sentences.
SPACELESS: Final = regex.compile(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
SPACELESS_WORD_CHARS: Final = 4
# A line in one of those scripts this long reads as running text, as a sentence would elsewhere.
SPACELESS_PROSE_CHARS: Final = 80
# From the ideographic space on: where those scripts (and little else a line starts with) live.
WIDE_CHAR: Final = re.compile("[\u3000-\U0010ffff]")
# Separators of link rows and bylines: "Home | World", "News · Sport", "A • B", "Politics / World",
# breadcrumbs "Home > News > Local"
ROW_SEPARATOR: Final = regex.compile(r"\s[|•·»›/>]\s|\s\|\s?|\s?\|\s")
# What a line with a row separator has (see ROW_SEPARATOR); a line without any has none.
SEPARATOR_MARKS: Final = ("|", "•", "·", "»", "›", " / ", " > ")
HAS_DIGIT: Final = re.compile(r"\d").search
# Every byte but the ASCII digits and the line break.
NOT_DIGIT_OR_NEWLINE: Final = bytes(b for b in range(256) if not (0x30 <= b <= 0x39 or b == 0x0A))
# Every byte but the UTF-8 lead bytes of characters from U+3000 on: deleting them leaves nothing
# on a page without such characters.
WIDE_START: Final = "\u3000"
NOT_WIDE_LEAD: Final = bytes(b for b in range(256) if not 0xE3 <= b <= 0xF4)
# ASCII punctuation that glues words in running text ("cookies." "(c)" "AI-generated"), spaced out
# for the page vocabulary; "@" stays a word of its own. bytes.translate is ~10x faster than str's.
_PUNCT: Final = string.punctuation.replace("@", "").encode()
PUNCT_TO_SPACE: Final = bytes.maketrans(_PUNCT, b" " * len(_PUNCT))
# Words a sentence leads into a list with: "... across sectors, including" / "darunter" / "notamment".
LEAD_ON: Final = frozenset(
    ["including", "include", "includes", "such", "namely", "following", "follows", "like", "einschließlich", "darunter", "etwa", "beispielsweise", "notamment", "comme", "dont", "incluyendo", "incluidos", "como", "incluso", "incluse", "inclusi", "tra", "inclusief", "zoals", "waaronder", "m.in.", "między", "включая", "например"])
OPENERS: Final = frozenset("\"'“‘«¿¡„")
# Lines shorter than this share one Features tuple with every other line of the same features.
SHARED_FEATURES_CHARS: Final = 64
# A line with one row separator per this many words or fewer is a link row or byline, not prose.
SEPARATOR_WORDS: Final = 25
# A line with this many "<" is markup left as text, not prose.
MARKUP_TAGS: Final = 3
# A word cloud: at least this share of its words capitalised, and fewer than one comma per this many words.
CLOUD_CAPITALS: Final = 0.6
CLOUD_COMMA_WORDS: Final = 20
# A question of at most this many words may be a headline.
MAX_QUESTION_WORDS: Final = 15
# A hard-wrapped paragraph of at most this many words, without a sentence end, is a headline.
WRAPPED_HEADLINE_WORDS: Final = 14
# Lines longer than this get no lookup key: no phrase table holds a line that long.
MAX_KEY_WORDS: Final = 25
EMPTY: Final[frozenset[int]] = frozenset()
_new: Final = tuple.__new__
_words: Final = attrgetter("words")
_text: Final = attrgetter("text")
# No trigger looks at lines longer than this (consent dialogs run to ~120 words).
TRIGGER_MAX_WORDS: Final = 120
# Characters of a page's lines that page-wide steps copy at once (see line_groups). Not Final, nor is
# MAX_FIND_QUERIES: tests patch both to small values, which a compiled Final int would not see
# (mypyc inlines it); each is read a few times per page.
GROUP_CHARS = 1 << 16
# Past this many trigger words and anchors on a large page, they are looked for among the page's
# distinct tokens rather than each with str.find over the whole text (see _finder): ~1.5 ms per MB
# and query against ~100 ms per MB for the tokens, which on the corpus's larger pages (50-100
# queries) was 3% slower overall at a threshold of 32. Pages of many languages hold hundreds.
MAX_FIND_QUERIES = 96


class Features(NamedTuple):
    """What the filters need to know about one block."""

    words: int          # word count; in CJK text, characters / 2
    chars: int
    terminal: bool      # ends like a sentence
    separators: int     # " | ", " · " ... as in link rows and bylines
    prose: bool         # reads as running text
    title_like: bool    # short, no sentence end, starts like a headline
    cjk: bool           # written in a script without spaces (Chinese, Japanese)


def block_features(text: str) -> Features:
    """The features of one block's text (see `features_of`)."""
    return features_of([text])[0]


# What an HTML page's settled blocks get in place of their features (see live_blocks): never read.
UNREAD: Final = Features(0, 0, False, 0, False, False, False)


def features_of(texts: Sequence[str], only: Sequence[int] | None = None) -> list[Features]:
    """The features of the blocks of one page, in order; with ``only`` (increasing indices), the
    features of those blocks and `UNREAD` for the others.

    Some facts are checked once for a whole group of lines first (the page, unless it is large):
    a group without double spaces, tabs or unprintable characters has single-spaced lines
    throughout, a group without wide characters has no CJK line, and a separator mark absent from
    the group is absent from every line. Each such test run per line costs a scan of the line,
    which on long paragraphs is most of the time. Groups keep the copies these checks make small.
    With ``only``, the groups are the same as without and each group's case is read from all its
    lines (a headline's test reads it), so a block's features do not depend on which others are
    asked for.
    """
    # Short lines share their features (a page of menu items has few different ones): one tuple
    # each instead of one per line. Their features are few, so the table stays small.
    shared: dict[Features, Features] = {}
    if only is None:
        if len(texts) == 1 or sum(map(len, texts)) <= GROUP_CHARS:
            return _features_of_group(texts, shared)
        result: list[Features] = []
        for start, end in line_groups(texts):
            result += _features_of_group(texts[start:end], shared)
        return result
    feats = [UNREAD] * len(texts)
    # The groups the call without ``only`` makes (one for a page of up to GROUP_CHARS).
    groups = (line_groups(texts) if len(texts) > 1 and sum(map(len, texts)) > GROUP_CHARS
              else [(0, len(texts))])
    for start, end in groups:
        wanted = only[bisect_right(only, start - 1):bisect_right(only, end - 1)]
        if wanted:
            # The group's facts are found from the wanted lines alone (each only spares tests of a
            # line that could not pass), but for its case, which a headline's test reads.
            caseless = "\n".join(texts[start:end]).islower()
            for i, f in zip(wanted, _features_of_group([texts[i] for i in wanted], shared, caseless)):
                feats[i] = f
    return feats


def _features_of_group(texts: Sequence[str], shared: dict[Features, Features],
                       caseless: bool | None = None) -> list[Features]:
    page = "\n".join(texts)
    unusual = unusual_chars(page)  # non-ASCII and control characters; no "\n" or "\t" unless mostly non-ASCII
    # Repaired text has single spaces between words; counting them is exact then and allocates
    # nothing, where split() builds a string per word. isprintable() is False for every other
    # whitespace character (tabs, NBSP, line breaks), so these tests prove single spacing.
    single_spaced = ("  " not in page and "\t" not in page and unusual.isprintable()
                     and page.count("\n") == len(texts) - 1  # no block holds a line break
                     and page[:1] != " " and page[-1:] != " " and "\n " not in page and " \n" not in page)
    # Scripts without spaces need characters from U+3000 on (see WIDE_CHAR), or Thai and its neighbours.
    wide = WIDE_CHAR.search(unusual) is not None
    spaceless_script = SPACELESS.search(unusual) is not None
    # Marks outside ASCII are looked for among the unusual characters only: a scan of a few characters.
    marks = [m for m in SEPARATOR_MARKS if m in (page if m.isascii() else unusual)]
    has_guillemet = "«" in unusual or "‹" in unusual
    # Text without a single capital (a lower-cased copy, a chat log): a headline starts lowercase too.
    if caseless is None:
        caseless = page.islower()
    result: list[Features] = []
    append = result.append
    # A short line the group had before (a menu repeated in the footer, "Reply" under each comment:
    # one short line in five on the corpus texts) takes the features found then. Per group: a
    # line's features may read the group's facts (``caseless``).
    seen: dict[str, Features] = {}
    for text in texts:
        chars = len(text)
        if chars < SHARED_FEATURES_CHARS:
            known = seen.get(text)
            if known is not None:
                append(known)
                continue
        if single_spaced or ("  " not in text and text.isprintable() and text[:1] != " " and text[-1:] != " "):
            n_tokens = text.count(" ") + 1 if text else 0
        else:
            n_tokens = len(text.split()) if chars <= 600 else text.count(" ") + 1
        # Scripts without spaces show in a line's first characters: one class scan of those (max()
        # on the slice compares character objects one by one, ~3x slower).
        cjk = (len(CJK.findall(text, endpos=400))
               if wide and not text.isascii() and WIDE_CHAR.search(text, 0, 80) is not None else 0)
        words = n_tokens if cjk < 10 else max(n_tokens, cjk // 2)
        spaceless = (len(SPACELESS.findall(text, endpos=400))
                     if spaceless_script and cjk < 10 and not text.isascii() else 0)
        if spaceless >= 10:
            words = max(words, spaceless // SPACELESS_WORD_CHARS)
        stripped = text.rstrip(CLOSERS)
        terminal = stripped[-1:] in TERMINAL
        separators = 0
        if marks:
            for mark in marks:
                if mark in text:
                    separators = len(ROW_SEPARATOR.findall(text))
                    break
            if separators and has_guillemet and ("«" in text or "‹" in text):
                # "« Le port rouvre, » a dit le maire": a closing guillemet, not a breadcrumb's "»".
                # A lone "«" is a "« Previous post" arrow; only a "»" with its "«" is a quote.
                separators = max(0, separators - min(text.count("«"), text.count("»"))
                                 - min(text.count("‹"), text.count("›")))
        first = text[:1]
        # A question can be a headline ("Which line for winter chub?"), a statement that ends in a period not.
        title_like = (2 <= words <= 30 and (not terminal or (words <= MAX_QUESTION_WORDS and stripped[-1:] in "?？"))
                      and separators == 0 and chars <= 250
                      and ((first.isalpha() and (caseless or not first.islower())) or first.isdigit()
                           or first in OPENERS))
        # Sentence ends inside the line matter only when it does not end like a sentence itself.
        if cjk >= 10:
            # Some blogs write Chinese in phrases between spaces, without punctuation: a long line of
            # such phrases (not a row of two-character menu words) is running text too.
            prose = chars >= 25 and (terminal or _inner_sentence_ends(text) >= 1
                                     or (chars >= CJK_PHRASES_CHARS and not separators and n_tokens >= 3
                                         and chars >= CJK_PHRASE_CHARS * n_tokens))
        elif spaceless >= 10 and not separators:
            prose = chars >= SPACELESS_PROSE_CHARS  # phrases run on without sentence marks
        elif n_tokens < 10 or separators * SEPARATOR_WORDS > words or ("<" in text and text.count("<") >= MARKUP_TAGS):
            # A link row or byline (a long paragraph may hold a "·" or "|" of its own), or markup
            # a scraper left as text ("<div> <ul role=...>").
            prose = False
        elif terminal:
            # Function words would not change the answer for a long line: skip counting them.
            prose = words >= 30 or _reads_as_prose(text, words, True, 0)
        else:
            sentences = _inner_sentence_ends(text)
            prose = (((words >= 30 and sentences >= 2) or _reads_as_prose(text, words, False, sentences))
                     and not _word_cloud(text))
        # tuple.__new__ skips the Python-level __new__ a NamedTuple call runs: half the cost, per line.
        feature = _new(Features, (words, chars, terminal, separators, prose, title_like, cjk >= 10))
        if chars < SHARED_FEATURES_CHARS:
            feature = seen[text] = shared.setdefault(feature, feature)
        append(feature)
    return result


def _inner_sentence_ends(text: str) -> int:
    if "." in text or "?" in text or "!" in text or "。" in text:
        return text.count(". ") + text.count("? ") + text.count("! ") + text.count("。")
    if "।" in text:  # Hindi, Bengali
        return text.count("। ")
    return 0


def _word_cloud(text: str) -> bool:
    """A tag cloud or a run of titles ("Adalbert Stifter Allgemein Bergkristall Der Sandmann E. T. A.
    Hoffmann ..."): most words capitalised and hardly a comma, in a line that does not end like a
    sentence. Running text, even German with its capitalised nouns, has more lowercase words."""
    tokens = text[:600].split()
    capitalised = sum(1 for t in tokens if t[:1].isupper())
    return capitalised >= CLOUD_CAPITALS * len(tokens) and text.count(",") * CLOUD_COMMA_WORDS < len(tokens)


def _reads_as_prose(text: str, words: int, terminal: bool, sentences: int) -> bool:
    """Prose by function words, for a line of 10+ words without link separators.

    Function-word density needs a sample, not a whole paragraph: the first 600 characters.
    Without a sentence end, only a long line is prose: a 12-word line with no period is a
    headline ("Harbour town opens its first tidal plant after ten years of planning"). A line
    that stops on a function word or a comma leads on ("..., including"): prose too.
    """
    lower = str_lower(text[:600]).split()
    stop_ratio = sum(map(STOPWORD_SET.__contains__, lower)) / len(lower) if lower else 0.0
    leads_on = bool(lower) and (lower[-1] in STOPWORD_SET or lower[-1] in LEAD_ON
                                or text.endswith((",", ":", ";")))
    return ((terminal or sentences >= 2 or (stop_ratio >= 0.2 and (words >= 20 or leads_on)))
            and (stop_ratio >= 0.08 or words >= 30))


def block_texts(page: Page) -> list[str]:
    """The text of every block of ``page``, in order: one list for every step that reads the texts
    as a column (callers must not change it)."""
    return page.memo(_block_texts)


def _block_texts(page: Page) -> list[str]:
    return list(map(_text, page.blocks))


def features(page: Page) -> list[Features]:
    """Features of every block of ``page``, computed on first use."""
    return page.memo(_page_features)


def _page_features(page: Page) -> list[Features]:
    feats = features_of(block_texts(page), live_blocks(page))
    _read_wrapped_paragraphs(page, feats)  # none on HTML pages: a block boundary is a paragraph break
    return feats


def complete_features(page: Page) -> list[Features]:
    """Features of every block, settled ones too (see `live_blocks`): for the few readers that look
    at blocks regardless of their verdicts (is the page's prose in capitals? is it copied twice?)."""
    return features(page) if live_blocks(page) is None else page.memo(_complete_features)


def _complete_features(page: Page) -> list[Features]:
    feats = features_of(block_texts(page))
    _read_wrapped_paragraphs(page, feats)
    return feats


# Verdicts no filter or selector looks past: a block so labelled is read by none of them again
# (they skip labelled blocks; the main region counts these at a flat cost).
SETTLED: Final = frozenset([Label.DROP, Label.RELATED, Label.COMMENT])


def live_blocks(page: Page) -> list[int] | None:
    """The blocks whose features, keys and trigger hits steps can still read (increasing); None
    when that is every block (a text page: nothing is labelled before its filters run).

    The HTML structure steps settle most blocks of a page (menus, footers, related lists: four in
    five on the corpus) before the filters run, and a verdict is final. The filters and selectors
    read open blocks, headline and metadata blocks (the main region scores them) and the block
    either side of those (a filter checks the paragraph above a comment count): the others get
    `UNREAD` features and no key, and the page-wide steps skip them. The few readers that look at
    every block whatever its verdict ask for `complete_features` or `complete_keys`. Found once,
    when a step first asks for the page's features.
    """
    return page.memo(_live_blocks)


def _live_blocks(page: Page) -> list[int] | None:
    settled = SETTLED
    live = [v is None or v.label not in settled for v in page.verdicts]
    if all(live):
        return None
    # Each live block's neighbours too: a block is live when it, or one beside it, is.
    near = list(map(or_, map(or_, live, [False, *live[:-1]]), [*live[1:], False]))
    return list(compress(count(), near))


def continued(page: Page) -> frozenset[int]:
    """Blocks that continue the line above them in a hard-wrapped paragraph (see text.paragraphs)."""
    return page.memo(_continued)


def _continued(page: Page) -> frozenset[int]:
    return continued_lines(page.blocks)


def _read_wrapped_paragraphs(page: Page, feats: list[Features]) -> None:
    """Each line of a hard-wrapped paragraph reads as the paragraph does: prose when the paragraph
    is, and never a headline unless the paragraph is one line (a line of 60-80 characters cut from a
    sentence reads as neither, so wrapped pages lost their text line by line). A wrapped headline's
    first line reads as a headline; mark_title takes the lines that continue it along."""
    spans = paragraph_spans(continued(page))
    if not spans:
        return
    joined = features_of([" ".join(b.text for b in page.blocks[a:b + 1]) for a, b in spans])
    for (a, b), whole in zip(spans, joined):
        # Wrapped over lines yet without a sentence end and short: a headline ("... starts in May").
        prose = whole.prose and not (whole.title_like and whole.words <= WRAPPED_HEADLINE_WORDS)
        for i in range(a, b + 1):
            feats[i] = feats[i]._replace(prose=prose, title_like=whole.title_like and i == a)


def keys(page: Page) -> list[str]:
    """The normalised lookup key of every block (see patterns.normalize), computed on first use."""
    return page.memo(_page_keys)


def _page_keys(page: Page) -> list[str]:
    return _keys_of(page, features(page), live_blocks(page))


def complete_keys(page: Page) -> list[str]:
    """Keys of every block, settled ones too (see `complete_features`)."""
    return keys(page) if live_blocks(page) is None else page.memo(_complete_keys)


def _complete_keys(page: Page) -> list[str]:
    return _keys_of(page, complete_features(page), None)


def _keys_of(page: Page, feats: list[Features], only: list[int] | None) -> list[str]:
    # Phrase tables hold short lines only; longer lines get no key. A line that is its own key
    # (lowercase, no edge marks) keeps its text as the key rather than a copy of it.
    if only is None:
        return [_same_or_new(b.text, normalize(b.text)) if f.words <= MAX_KEY_WORDS else ""
                for b, f in zip(page.blocks, feats)]
    key_of = [""] * len(page.blocks)  # settled blocks get no key (see live_blocks)
    blocks = page.blocks
    for i in only:
        if feats[i].words <= MAX_KEY_WORDS:
            text = blocks[i].text
            key_of[i] = _same_or_new(text, normalize(text))
    return key_of


def _same_or_new(old: str, new: str) -> str:
    return old if new == old else new


def lines_matching(page: Page, trigger: Trigger) -> frozenset[int]:
    """Indices of the blocks in which ``trigger.pattern`` finds something.

    A trigger none of whose words (or anchors) the page has was answered when the page was
    scanned; otherwise only lines that hold one of those words (found once per page for every
    trigger, see `Scan.hits`), a digit when the trigger needs one, and few enough words are
    searched with the regex.
    """
    cache = page.memo(_new_cache)
    hits = cache.get(trigger)
    if hits is not None:
        return hits
    candidates: Sequence[int]
    # A character a short line needs is looked for when the page is scanned (see _page_scan), unless
    # the line also needs a digit: the page's few digit lines are tested for it instead (":" of a
    # clock time is on many lines).
    scanned_char = bool(trigger.char) and 0 < trigger.max_words <= TRIGGER_MAX_WORDS and not trigger.digit
    if trigger.words or trigger.anchors:
        scan = _scan(page)
        # The page's trigger words are few: intersecting with them is cheaper than with its vocabulary.
        present = [*(trigger.words & scan.words), *(a for a in trigger.anchors if a in scan.anchors)]
        if len(present) == 1:
            candidates = scan.hits[present[0]]  # in order, each line once
        else:
            candidates = sorted(set().union(*map(scan.hits.__getitem__, present)))
    elif scanned_char and trigger.char in _scan(page).chars:
        # The lines holding the character, found by str.find when the page was scanned: a test of
        # every line (the branch below) costs ~100 ns a line, on lines few of which hold it.
        candidates = _scan(page).hits.get(trigger.char, [])
    elif trigger.digit:
        candidates = sorted(digit_lines(page))  # lines of at most TRIGGER_MAX_WORDS words
    elif trigger.char:
        # The lines holding the character, found by a C-level pass rather than a test per line below.
        candidates = list(compress(count(), map(str.__contains__, block_texts(page), repeat(trigger.char))))
    else:
        candidates = range(len(page.blocks))
    if trigger.digit and (trigger.words or trigger.anchors or scanned_char):
        with_digit = digit_lines(page)
        candidates = [i for i in candidates if i in with_digit]
    # Each test is a C-level pass over the lines the one before let through (a generator testing a
    # line at a time costs more than most regex searches on these short lines): few enough words,
    # the character, the gate, the pattern.
    texts = block_texts(page)
    lines = candidates
    if trigger.max_words:
        lines = list(compress(lines, map(trigger.max_words.__ge__, map(word_counts(page).__getitem__, lines))))
    if trigger.char:
        lines = list(compress(lines, map(str.__contains__, map(texts.__getitem__, lines), repeat(trigger.char))))
    if trigger.gate is not None:
        lines = list(compress(lines, map(trigger.gate.search, map(texts.__getitem__, lines))))
    folded = _folded(trigger)
    if folded is None:
        hits = frozenset(compress(lines, map(trigger.pattern.search, map(texts.__getitem__, lines))))
    else:
        # Lines of printable ASCII (most, on most pages) are searched lowercased with the pattern
        # rewritten for that (see patterns.ascii_folded), the others with the pattern itself.
        lined = list(map(texts.__getitem__, lines))
        plain = list(map(and_, map(str.isascii, lined), map(str.isprintable, lined)))
        ascii_lines = list(compress(lines, plain))
        other = list(compress(lines, map(not_, plain)))
        hits = frozenset(compress(ascii_lines, map(folded.search, map(str_lower, map(texts.__getitem__, ascii_lines)))))
        if other:
            hits = hits.union(compress(other, map(trigger.pattern.search, map(texts.__getitem__, other))))
    cache[trigger] = hits
    return hits


# Each trigger's pattern rewritten for lowercased printable ASCII, or None (see patterns.ascii_folded).
_FOLDED: Final[dict[Trigger, re.Pattern[str] | None]] = {}


def _folded(trigger: Trigger) -> re.Pattern[str] | None:
    try:
        return _FOLDED[trigger]
    except KeyError:
        folded = _FOLDED[trigger] = ascii_folded(trigger.pattern)
        return folded


def word_counts(page: Page) -> list[int]:
    """The word count of every block (``features(page)[i].words``), as one column."""
    return page.memo(_word_counts)


def _word_counts(page: Page) -> list[int]:
    return list(map(_words, features(page)))


def _new_cache(page: Page) -> dict[Trigger, frozenset[int]]:
    """The page's answers, starting with every trigger that cannot find anything on it: those
    whose words and anchors the page lacks, and those that need a digit on a page without one.
    Most triggers are settled so, in one set operation for all of them. The page keeps the dict
    (`Page.memo`) and `lines_matching` adds each answer it finds to it."""
    scan = _scan(page)
    index = trigger_index()
    live = {t for t in index.anchored if not scan.anchors.isdisjoint(t.anchors)}
    for word in scan.words:
        live.update(index.by_word[word])
    dead = index.worded.difference(live)
    if not scan.digits:
        dead = dead.union(index.needs_digit)
    return dict.fromkeys(dead, EMPTY)


def digit_lines(page: Page) -> frozenset[int]:
    """Blocks of at most TRIGGER_MAX_WORDS words that hold a digit."""
    return _scan(page).digits


def lines_matching_any(page: Page, triggers: tuple[Trigger, ...]) -> frozenset[int]:
    """Blocks that any of ``triggers`` finds something in (computed once per page and tuple:
    filters ask for the dated lines once per related item, and a union per ask grows with the page)."""
    cache = page.memo(_new_any_cache)
    found = cache.get(triggers)
    if found is None:
        found = cache[triggers] = frozenset().union(*(lines_matching(page, t) for t in triggers))
    return found


def _new_any_cache(page: Page) -> dict[tuple[Trigger, ...], frozenset[int]]:
    return {}


class Scan(NamedTuple):
    """What triggers need to know about the page's lines of at most TRIGGER_MAX_WORDS words."""

    picked: Sequence[int]         # block index of each such line
    words: frozenset[str]         # the words of the page that some trigger has
    anchors: frozenset[str]       # the trigger anchors the page holds
    hits: dict[str, list[int]]    # each of those words and anchors, and each trigger character the
                                  # page holds: the blocks whose lowercase text holds it
    digits: frozenset[int]        # blocks among the picked that hold a digit
    chars: frozenset[str]         # the trigger characters looked for (TriggerIndex.chars)
    wide: bool                    # the page has characters from U+3000 on (Chinese, Japanese, Korean)


def _scan(page: Page) -> Scan:
    return page.memo(_page_scan)


def _page_scan(page: Page) -> Scan:
    feats = features(page)
    texts = block_texts(page)
    picked: Sequence[int]
    live = live_blocks(page)
    if live is not None:  # the live blocks only (see live_blocks)
        picked = [i for i in live if feats[i].words <= TRIGGER_MAX_WORDS]
        texts = [texts[i] for i in picked]
    elif max(map(_words, feats), default=0) <= TRIGGER_MAX_WORDS:
        picked = range(len(texts))
    else:
        picked = [i for i, f in enumerate(feats) if f.words <= TRIGGER_MAX_WORDS]
        texts = [texts[i] for i in picked]
    # A group of lines at a time (the whole page, unless it is large): each step copies its text.
    groups = [_scan_group(texts[start:end]) for start, end in line_groups(texts)]
    del texts
    words = frozenset().union(*(g.words for g in groups))
    wide = any(g.wide for g in groups)
    index = trigger_index()
    # Anchors from U+3000 on (Chinese) are looked for only on pages with such characters; on most
    # pages (one group) each is one substring test, no generator over the groups.
    holds = groups[0].joined.__contains__ if len(groups) == 1 else lambda a: any(a in g.joined for g in groups)
    anchors = frozenset(a for a in index.anchors if (wide or a < WIDE_START) and holds(a))
    # The characters triggers need ("@" of an e-mail address): few lines hold them.
    chars = [c for c in index.chars if holds(c)]
    queries = list(dict.fromkeys([*words, *anchors, *chars]))
    find_lines = _finder(groups, queries)
    if len(groups) == 1 and isinstance(picked, range):  # most pages: a line's position is its block index
        return Scan(picked, words, anchors, find_lines(groups[0]), frozenset(groups[0].digits), index.chars, wide)
    hits: dict[str, list[int]] = {q: [] for q in queries}
    digits: list[int] = []
    first = 0
    for group in groups:
        for query, ks in find_lines(group).items():
            hits[query] += [picked[first + k] for k in ks]
        digits += [picked[first + k] for k in group.digits]
        first += len(group.starts)
    return Scan(picked, words, anchors, hits, frozenset(digits), index.chars, wide)


class _Group(NamedTuple):
    """What `_scan` learns from one group of lines."""

    joined: str              # the lines lowercased, joined by newlines
    starts: list[int]        # where each line starts in ``joined``
    words: frozenset[str]    # the words of the lines that some trigger has
    digits: list[int]        # the lines (by position in the group) that hold a digit
    wide: bool               # the lines have characters from U+3000 on


def _scan_group(texts: list[str]) -> _Group:
    starts = _line_starts(texts)
    text = "\n".join(texts)
    raw_text = text.encode("utf-8", "surrogatepass")
    unusual = unusual_in_utf8(raw_text)  # the non-ASCII and control characters, few on most pages
    # Only ASCII digits on the page (no other digit among its unusual characters): keep just the
    # digits and line breaks of the UTF-8 bytes, and the lines left non-empty are the lines with
    # digits. Two C-level passes instead of a \d scan of every line.
    digit_parts = raw_text.translate(None, NOT_DIGIT_OR_NEWLINE).split(b"\n") if HAS_DIGIT(unusual) is None else []
    if len(digit_parts) == len(texts):
        digits = list(compress(count(), digit_parts))
    else:  # other digits, or a block with a line break inside
        digits = list(compress(count(), map(HAS_DIGIT, texts)))
    index = trigger_index()
    if unusual.isprintable():
        if str_lower(unusual) == unusual:
            # No capital letter outside ASCII: bytes.lower() lowers the same letters as str.lower()
            # (~5x faster).
            raw = raw_text.lower()
            joined = raw.decode("utf-8", "surrogatepass")
        else:
            joined = str_lower(text)
            if len(joined) != len(text):
                starts = _line_starts([str_lower(t) for t in texts])  # a letter grew ("İ"), see below
            raw = joined.encode("utf-8", "surrogatepass")
        # No whitespace outside ASCII: bytes.split() splits at the same places as str.split(), and
        # the page's words are looked up as UTF-8 (no str made per word). The words glued to marks
        # are looked up only where the page has such a mark: the set of every spelling is 30 times
        # the words' and slower to look up in.
        spelled = index.utf8_words if any(map(unusual.__contains__, GLUED_MARKS)) else index.plain_utf8
        words = frozenset(map(index.by_utf8.__getitem__, spelled.intersection(raw.translate(PUNCT_TO_SPACE).split())))
    else:
        joined = str_lower(text)
        if len(joined) != len(text):
            # A character grew when lowercased ("İ" -> "i̇"): line starts are counted in the
            # lowercase text, or a hit after it would be put on the wrong line.
            starts = _line_starts([str_lower(t) for t in texts])
        raw = joined.encode("utf-8", "surrogatepass")
        # The page's words that some trigger has: looked up in the triggers' set, no set of the page built.
        tokens = raw.translate(PUNCT_TO_SPACE).decode("utf-8", "surrogatepass").split()
        if any(map(unusual.__contains__, GLUED_MARKS)):
            words = frozenset(map(index.by_spelling.__getitem__, index.spellings.intersection(tokens)))
        else:
            words = index.words.intersection(tokens)
    # A character from U+3000 on starts with one of the bytes E3-F4 in UTF-8.
    wide = bool(raw.translate(None, NOT_WIDE_LEAD))
    return _Group(joined, starts, words, digits, wide)


def line_groups(texts: Sequence[str], size: int = 0) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive runs of ``texts`` of about ``size`` characters (GROUP_CHARS):
    page-wide steps that copy the text (joins, encodings, lowercasing) run a group at a time, so
    their copies stay small on a large page."""
    size = size or GROUP_CHARS
    if sum(map(len, texts)) + len(texts) < size:  # most pages: one group, no loop over the lines
        yield 0, len(texts)
        return
    start = total = 0
    for i, text in enumerate(texts):
        total += len(text) + 1
        if total >= size:
            yield start, i + 1
            start, total = i + 1, 0
    if start < len(texts) or not texts:
        yield start, len(texts)


def _finder(groups: list[_Group], queries: list[str]) -> Callable[[_Group], dict[str, list[int]]]:
    """How `_scan` finds the lines of each group that hold each query (a trigger word or anchor,
    never with whitespace inside): for each query, the lines whose lowercase text holds it.

    str.find of each query in the text costs a scan of the page per query. On a large page that
    holds many trigger words, the queries are found once in its distinct whitespace-separated
    tokens instead (a query lies inside one token), and each line is looked up by its tokens.
    """
    if len(queries) <= MAX_FIND_QUERIES or sum(len(g.joined) for g in groups) <= GROUP_CHARS:
        return lambda group: hits_by_find(group.joined, group.starts, queries)
    vocabulary: set[str] = set()
    for group in groups:
        vocabulary.update(group.joined.split())
    holding = queries_in_tokens(vocabulary, queries)
    return lambda group: hits_by_tokens(group.joined, group.starts, queries, holding)


def hits_by_find(joined: str, starts: list[int], queries: list[str]) -> dict[str, list[int]]:
    """For each query, the lines of ``joined`` (starting at ``starts``) that hold it, in order."""
    hits: dict[str, list[int]] = {}
    last = len(starts) - 1
    for query in queries:
        lines = hits[query] = []
        pos = joined.find(query)
        while pos >= 0:
            k = bisect_right(starts, pos) - 1
            lines.append(k)
            # One hit marks the line: go on from the next line's start ("c" is in most lines).
            pos = joined.find(query, starts[k + 1]) if k < last else -1
    return hits


def queries_in_tokens(tokens: Iterable[str], queries: list[str]) -> dict[str, list[str]]:
    """Each token that holds some query (as a substring): the queries it holds."""
    listed = list(tokens)
    holding: dict[str, list[str]] = {}
    # Found in the tokens joined by newlines: neither a token nor a query holds one.
    for query, ks in hits_by_find("\n".join(listed), _line_starts(listed), queries).items():
        for k in ks:
            holding.setdefault(listed[k], []).append(query)
    return holding


def hits_by_tokens(joined: str, starts: list[int], queries: list[str], holding: dict[str, list[str]]
                   ) -> dict[str, list[int]]:
    """What `hits_by_find` gives, from each line's tokens and the queries each token holds
    (``holding``, from `queries_in_tokens` over tokens that include every token of ``joined``)."""
    hits: dict[str, list[int]] = {q: [] for q in queries}
    held = frozenset(holding).intersection
    ends = [*starts[1:], len(joined) + 1]
    for k, (a, b) in enumerate(zip(starts, ends)):
        for token in held(joined[a:b - 1].split()):
            for query in holding[token]:
                lines = hits[query]
                if not lines or lines[-1] != k:
                    lines.append(k)
    return hits


def _line_starts(lines: list[str]) -> list[int]:
    """Where each line starts in the lines joined by newlines: after the k earlier lines and their
    k newlines (one C-level pass, no loop)."""
    return list(map(add, accumulate(map(len, lines), initial=0), count()))[:-1]
