"""Document.text: the headline, then the body, with the break the page had between them."""
import cleantext

PROSE = ("The council voted on Tuesday to extend the tram line, after a debate that ran late into the "
         "night. Supporters said the extension would ease traffic downtown within two years.")
HEADLINE = "Harbour Town Extends Its Tram Line"


def test_headline_directly_above_the_text_keeps_a_single_line_break() -> None:
    doc = cleantext.extract(f"{HEADLINE}\n{PROSE}", format="text")
    assert doc.title == HEADLINE
    assert doc.text == f"{HEADLINE}\n{PROSE}"


def test_paragraph_break_after_the_headline_is_kept() -> None:
    doc = cleantext.extract(f"{HEADLINE}\n\n{PROSE}", format="text")
    assert doc.text == f"{HEADLINE}\n\n{PROSE}"


def test_a_break_before_a_removed_byline_counts() -> None:
    doc = cleantext.extract(f"{HEADLINE}\n\nBy Jane Roe\n{PROSE}", format="text")
    assert doc.title == HEADLINE and "By Jane Roe" not in doc.text
    assert doc.text == f"{HEADLINE}\n\n{PROSE}"


def test_text_is_stable_when_the_headline_is_found_only_on_the_second_run() -> None:
    once = cleantext.clean(f"{HEADLINE}\n{PROSE}")
    assert cleantext.clean(once) == once
