"""text/headline.py: the lines that repeat the headline the page's first line (the HTML <title>)
starts with; the set of keys it looks up is the plain definition's."""
from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from cleantext.document import Block
from cleantext.page import Page
from cleantext.patterns import EDGE_CHARS, TITLE_SEPARATOR
from cleantext.text.headline import HEADLINE_END_MARKS, _leading_parts, named_headlines


def _plain_is_leading_part(first: str, norm: str) -> bool:
    """The definition: ``first`` starts with ``norm``, and what follows is nothing or (after marks a
    headline may end with) a title separator; or ``norm`` is a part up to a separator or the end
    cut as a line's key is cut (edge marks off its end: "fubiz™" -> "fubiz")."""
    if not norm or not first.startswith(norm):
        return False
    rest = first[len(norm):].lstrip(HEADLINE_END_MARKS)
    if not rest or TITLE_SEPARATOR.match(rest) is not None:
        return True
    ends = [e for e in range(len(first) + 1) if e == len(first) or TITLE_SEPARATOR.match(first, e)]
    return any(first[:e].rstrip(EDGE_CHARS) == norm for e in ends)


PIECES = st.sampled_from(["storm", "closes", "the", "road", " ", " - ", " | ", " » ", "!", "?", ".", ":", "-", "™", "2012"])


@given(st.lists(PIECES, min_size=1, max_size=12).map("".join))
@example("viva rosa mystica! - paulo's blog")
def test_the_leading_parts_are_the_prefixes_the_definition_accepts(first: str) -> None:
    parts = _leading_parts(first)
    prefixes = {first[:end] for end in range(1, len(first) + 1)}
    assert parts == {p for p in prefixes if _plain_is_leading_part(first, p)}


def _page(*lines: str) -> Page:
    return Page([Block(i, line) for i, line in enumerate(lines)])


def test_the_first_part_of_the_title_is_named_and_the_site_is_not():
    page = _page("Storm closes the coast road - The Daily Planet", "The Daily Planet",
                 "Storm closes the coast road", "The road will stay shut until Monday, the council said.")
    assert named_headlines(page) == {2}


def test_a_site_name_put_first_and_shorter_than_the_headline_is_not_named():
    page = _page("Four Years Remaining » Blog Archive » Interning of Small Integers in Python",
                 "Four Years Remaining", "Interning of Small Integers in Python")
    assert named_headlines(page) == frozenset()


def test_a_prose_first_line_names_nothing():
    page = _page("The council said on Monday that the coast road will stay shut for a week at least.",
                 "The council said on Monday")
    assert named_headlines(page) == frozenset()


def test_a_first_line_repeated_down_the_page_is_no_title():
    # PHP warnings that differ only in their line number have one key ("... on line").
    warning = "Deprecated: Assigning the return value of new by reference is deprecated in /srv/site.php on line "
    page = _page(*(f"{warning}{n}" for n in (520, 535, 542, 578)), "The harbour office opened the new pier.")
    assert named_headlines(page) == frozenset()


def test_a_two_word_headline_is_named_under_the_sites_header():
    page = _page("city chic - Ritzy Bee blog", "Ritzy Bee blog", "Archives", "city chic",
                 "Happy Friday! We love this board and are excited to celebrate with a chic couple this weekend.")
    assert named_headlines(page) == {3}


def test_a_two_word_site_name_put_first_is_not_named():
    # The header shows "TED Blog" before anything else: those two words are the site's.
    page = _page("TED Blog | Behold, 6 real-life cyborgs", "TED Blog", "Behold, 6 real-life cyborgs",
                 "Six people who have merged with machines tell us how it changed their everyday lives.")
    assert named_headlines(page) == frozenset()


def test_a_headline_ending_in_a_year_is_named():
    # The line's key loses the trailing year ("... 29 june"), as the first line's part is cut too.
    page = _page("Conversation with my readers, 29 June 2012 — Paulo's Blog", "Paulo's Blog",
                 "Conversation with my readers, 29 June 2012")
    assert named_headlines(page) == {2}
