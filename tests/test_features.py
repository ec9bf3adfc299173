"""Per-block features (features.py): the fast paths give what the plain definitions give."""
import re
from unittest.mock import patch

from hypothesis import example, given
from hypothesis import strategies as st

import cleantext.filters  # noqa: F401  (registers the triggers whose words the scan looks for)
import cleantext.text.features as features_module
from cleantext.document import Block
from cleantext.page import Page
from cleantext.patterns import trigger_index
from cleantext.text.features import (
    PUNCT_TO_SPACE,
    SEPARATOR_WORDS,
    TRIGGER_MAX_WORDS,
    Features,
    _features_of_group,
    _line_starts,
    _scan,
    block_features,
    features_of,
    hits_by_find,
    hits_by_tokens,
    line_groups,
    lines_matching,
    queries_in_tokens,
)

# Words, spaces of every kind, sentence ends, separators, a few Han characters.
ALPHABET = st.sampled_from([*"abcdefgh ABC.,!?|", " ", "  ", "\t", "\xa0", "\u3000", "\u2028", "\u2003", "日本", "the "])
lines = st.lists(ALPHABET, max_size=120).map("".join)


@given(lines)
def test_word_count_is_the_number_of_whitespace_separated_tokens(text: str) -> None:
    """Without characters of scripts written without spaces, words == len(text.split()) (up to 600 chars)."""
    if "日" not in text and len(text) <= 600:
        assert block_features(text).words == len(text.split())


@given(lines)
def test_prose_needs_ten_words_and_at_most_one_separator_per_25_words(text: str) -> None:
    f = block_features(text)
    if f.prose and not f.cjk:
        assert f.words >= 10 and f.separators * SEPARATOR_WORDS <= f.words


def test_a_long_paragraph_with_one_separator_is_prose_and_a_link_row_is_not() -> None:
    # A film review's paragraph that names its cast after a "·": still running text.
    review = ("A nearly wordless film intercuts two stories and a few minor ones. A woman walks through the "
              "dunes while the director sleeps, and the seasons of his garden by the power station pass "
              "around them in a long dream of storms, choirs and quiet mornings by the sea, until the last "
              "scene brings them together on the shingle · Cast: Tilda Brook, Johnny Fell and Philip Marr")
    assert block_features(review).separators == 1 and block_features(review).prose
    row = "Home | World | Business | Science | Culture | Sport | Opinion | Travel | Weather | Podcasts | More"
    assert not block_features(row).prose


def test_a_word_cloud_and_markup_left_as_text_are_not_prose() -> None:
    cloud = ("Adalbert Stifter Allgemein Bergkristall Der Sandmann E. T. A. Hoffmann Golau Glau Judith Butler "
             "Laibach Lieblingsfilme Literatur Musik Ästhetik und Musik Ästhetik und Politik Ästhetik und Theater "
             "Oper Philosophie Popkultur Theater Zeit Zettelkasten")
    assert block_features(cloud).words >= 30 and not block_features(cloud).prose
    markup = ('<div class="results hidden"> <ul role="listbox" class="list"> <li role="menuitem" class="name"> '
              'headline of the results for the search that the reader typed into the box </li> </ul> </div>')
    assert not block_features(markup).prose
    # German running text, capitalised nouns and all, stays prose.
    german = ("Der Gemeinderat hat am Montag den Bau eines neuen Wärmenetzes für die Altstadt beschlossen und "
              "die Verwaltung beauftragt, bis zum Herbst einen Zeitplan für die Arbeiten in den Gassen vorzulegen")
    assert block_features(german).prose


def test_a_long_sentence_is_prose_and_a_headline_is_not() -> None:
    sentence = ("The harbour town opened its first tidal plant on Monday after ten years of planning, "
                "and the mayor said the turbines would cover half of the town's needs by the spring.")
    assert block_features(sentence).prose
    headline = "Harbour Town Opens Its First Tidal Plant After Ten Years Of Planning"
    f = block_features(headline)
    assert not f.prose and f.title_like


def test_an_unterminated_line_is_prose_by_its_function_words() -> None:
    text = "the committee said that it would not be able to meet the deadline for the report and the"
    assert block_features(text).prose
    assert not block_features("Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu").prose


# Lines with what the page-level shortcuts of features_of and _scan look at: double spaces, tabs, line
# breaks inside a block, edge spaces, separator marks, guillemets, digits of two scripts, capitals
# outside ASCII (one that lowercases by context, one that grows), odd whitespace, wide characters.
PAGE_ALPHABET = st.sampled_from([
    *"abcXY .,!?:", " ", "  ", "\t", "\n", " | ", " / ", " > ", "•", "·", "»", "«", "›", "‹", "3", "٣",
    "É", "é", "ΟΔΟΣ", "İ", "ß", "\xa0", "\u3000", "\x1c", "日本語の文章", "cookie", "Newsletter", "2024",
    "the ", "Read more: ", "Views expressed ", "版权所有", "…", "«", "»", "„", "“"])
page_lines = st.lists(st.lists(PAGE_ALPHABET, max_size=40).map("".join), max_size=8)


@given(page_lines)
@example(["the a", "Read more: "])  # a lowercase line is a headline on a caseless page only
def test_page_level_shortcuts_give_the_features_of_each_line_alone(texts: list[str]) -> None:
    """features_of checks some facts once per page (single spacing, separator marks, wide
    characters); the result must be what each line gives on its own."""
    assert features_of(texts) == _each_alone(texts)


def _each_alone(texts: list[str]) -> list[Features]:
    """Each line's features found on its own, but for the one fact its group of lines gives it:
    whether the group has a capital letter at all (a caseless page's headline starts lowercase)."""
    groups = (list(line_groups(texts)) if len(texts) > 1 and sum(map(len, texts)) > features_module.GROUP_CHARS
              else [(0, len(texts))])
    alone: list[Features] = []
    for start, end in groups:
        caseless = "\n".join(texts[start:end]).islower()
        alone += [_features_of_group([t], {}, caseless)[0] for t in texts[start:end]]
    return alone


@given(page_lines)
@example(["cookie\u3000policy"])   # whitespace outside ASCII: str.split() splits there, bytes.split() does not
@example(["cookie\x1cpolicy"])     # a control character str.split() counts as whitespace
@example(["ΟΔΟΣ COOKIE"])         # a capital outside ASCII: only str.lower() lowers it (by context, too)
@example(["Date ٣ March"])        # a digit outside ASCII
def test_the_page_scan_is_the_plain_definition(texts: list[str]) -> None:
    """_scan's fast paths (bytes-level lowercasing and vocabulary, ASCII digit tests) give what the
    plain definitions give: str.lower(), str.split() of the punctuation-spaced text, a \\d search."""
    _check_scan(texts)


@given(page_lines)
def test_a_large_page_is_scanned_in_groups_of_lines_with_the_same_result(texts: list[str]) -> None:
    """Large pages are featured and scanned a group of lines at a time, and their trigger words
    found among their tokens: shrunk to a few characters per group, both give the plain definitions."""
    with patch.object(features_module, "GROUP_CHARS", 8), patch.object(features_module, "MAX_FIND_QUERIES", 0):
        assert features_of(texts) == _each_alone(texts)
        _check_scan(texts)


def test_a_short_line_repeated_in_another_group_takes_that_groups_features() -> None:
    """A short line seen before takes the features found then, within its group only: a group's
    facts (here: no capital anywhere in it) can change them."""
    menu = "new post from the harbour"
    texts = [menu, "the harbour office opens at nine", "The Harbour Office", menu]
    with patch.object(features_module, "GROUP_CHARS", 55):
        assert list(line_groups(texts)) == [(0, 2), (2, 4)]
        feats = features_of(texts)
    assert feats[0].title_like and not feats[3].title_like  # a lowercase start is a headline's only in caseless text
    assert feats == features_of(texts[:2]) + features_of(texts[2:])


def test_line_groups_cover_every_line_once() -> None:
    texts = ["a" * n for n in (0, 3, 10, 1, 1, 1, 20, 0)]
    groups = list(line_groups(texts, 8))
    assert [i for a, b in groups for i in range(a, b)] == list(range(len(texts)))
    assert all(b > a for a, b in groups)
    assert list(line_groups([], 8)) == [(0, 0)]


def _check_scan(texts: list[str]) -> None:
    page = Page([Block(i, t) for i, t in enumerate(texts)])
    scan = _scan(page)
    index = trigger_index()
    picked = [i for i, f in enumerate(features_of(texts)) if f.words <= TRIGGER_MAX_WORDS]
    assert list(scan.picked) == picked
    joined = "\n".join(texts[i] for i in picked).lower()
    spaced = joined.encode("utf-8", "surrogatepass").translate(PUNCT_TO_SPACE).decode("utf-8", "surrogatepass")
    # A word glued to a mark beyond ASCII ("comments…", "«cookie»") is the word.
    assert scan.words == {index.by_spelling[t] for t in spaced.split() if t in index.by_spelling}
    assert scan.digits == {i for i, t in enumerate(texts) if i in scan.picked and re.search(r"\d", t)}
    assert scan.wide == any(c >= "\u3000" for c in joined)
    assert scan.anchors == {a for a in index.anchors if (scan.wide or a < "\u3000") and a in joined}
    chars = {c for c in index.chars if c in joined}  # "@": the characters triggers need
    assert scan.hits == {q: [i for i in picked if q in texts[i].lower()] for q in scan.words | scan.anchors | chars}


# Lines of words that hold trigger words, inside other words too ("newsletters", "cookie-policy").
HIT_ALPHABET = st.sampled_from([" ", "  ", "\t", "\u3000", "\n", "news", "letter", "cookie", "s", "-", "©", "(c)",
                                "Cookie", "İ", "版权所有", "x"])
hit_lines = st.lists(st.lists(HIT_ALPHABET, max_size=12).map("".join), max_size=8)


@given(hit_lines, st.lists(st.sampled_from(["newsletter", "cookie", "cookies", "©", "(c)", "版权所有", "s"]),
                           min_size=1, max_size=4, unique=True))
def test_both_ways_of_finding_trigger_words_give_the_lines_that_hold_them(lines: list[str], queries: list[str]
                                                                        ) -> None:
    """The page scan finds words with str.find on small pages and among the page's tokens on large
    ones: both give every line whose text holds the word, in order."""
    joined = "\n".join(line.lower() for line in lines)
    starts = _line_starts([line.lower() for line in lines])
    expected = {q: [k for k, line in enumerate(lines) if q in line.lower()] for q in queries}
    assert hits_by_find(joined, starts, queries) == expected
    holding = queries_in_tokens(set(joined.split()) | {"newsletters", "x"}, queries)
    assert hits_by_tokens(joined, starts, queries, holding) == expected


def test_a_character_that_grows_when_lowercased_does_not_move_hits_to_another_line() -> None:
    """ "İ" lowercases to two characters; a trigger hit after it stays on its own line."""
    from cleantext.patterns.footer import COPYRIGHT_LINE

    page = Page([Block(i, t) for i, t in enumerate(["©İ", "İ© Example", "0"])])
    assert lines_matching(page, COPYRIGHT_LINE) == {0, 1}


def test_a_trigger_word_glued_to_punctuation_beyond_ascii_is_found() -> None:
    """ "{ 12 comments… read them below }": the only "comments" on the page ends in an ellipsis, which
    the page's words keep (they are split at ASCII punctuation); the trigger word is found."""
    from cleantext.patterns.notices import COMMENT_COUNT_INLINE

    texts = ["A short post about lanterns.", "{ 12 comments… read them below or add one }", "Reply"]
    page = Page([Block(i, t) for i, t in enumerate(texts)])
    assert lines_matching(page, COMMENT_COUNT_INLINE) == {1}
