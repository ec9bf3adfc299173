"""unwrap_lines: paragraphs a scraper hard-wrapped at a fixed width are rejoined, nothing else."""
import textwrap

from hypothesis import given
from hypothesis import strategies as st

import cleantext
from cleantext.repairs import unwrap_lines

PARAGRAPHS = [
    ("The harbour town opened its first tidal plant on Monday after ten years of planning, and the "
     "mayor said the turbines would cover half of the town's needs by the spring."),
    ("Engineers of the port authority reviewed the AI-generated drawings of the new quay, which the "
     "council approved last week after a heated public meeting that ran past midnight."),
    ("Residents of the eastern districts had asked for the plant since the old coal station closed, "
     "and a survey last year found that most of them would pay a little more for the power."),
]
# A list of headlines near one width: each starts with a capital.
HEADLINES = ["Harbour Town Opens Its First Tidal Plant After Ten Years",
             "Council Approves The New Quay After A Heated Public Meeting",
             "Residents Of The Eastern Districts Welcome The Power Plan",
             "Ferry Company Reviews Its Summer Timetable For The Islands",
             "Bakeries Publish The Comments Residents Sent In The Spring"]
PAGE = ["Menu | Home | World | Business", "", "Harbour Town Opens Its Tidal Plant", "",
        PARAGRAPHS[0], "", PARAGRAPHS[1], "", "- first item of a list", "- second item", "",
        PARAGRAPHS[2], "", "© 2025 Example Media"]


def wrapped(lines: list[str], width: int) -> str:
    return "\n".join("\n".join(textwrap.wrap(line, width)) if line else "" for line in lines)


def test_a_page_wrapped_at_any_common_width_gets_its_paragraphs_back() -> None:
    for width in (50, 60, 72, 80, 100, 132):
        assert unwrap_lines(wrapped(PAGE, width)) == "\n".join(PAGE), width


def test_a_word_broken_after_its_hyphen_is_joined_without_a_space() -> None:
    text = wrapped(PAGE, 60)
    assert "AI-\ngenerated" in text or "AI-generated" in text
    assert "AI-generated drawings" in unwrap_lines(text)


def test_it_is_opt_in() -> None:
    assert "unwrap_lines" not in cleantext.Pipeline.default().names
    pipeline = cleantext.Pipeline.default().insert(unwrap_lines, kind="repair")
    assert pipeline.names.index("unwrap_lines") == pipeline.names.index("normalize_whitespace") + 1


def test_text_that_is_not_hard_wrapped_is_returned_as_it_is() -> None:
    for text in ["\n".join(PAGE), "\n".join(PARAGRAPHS), "One line\nand\nanother\nand more",
                 "\n".join(HEADLINES),
                 # Chinese paragraphs have no spaces to wrap at.
                 "\n".join(["港务局的工程师们宣布了新儿童医院的预算。去年，一群当地农民公布了重建老石桥的计划。"] * 6)]:
        assert unwrap_lines(text) is text


def test_an_indented_line_starts_a_new_paragraph() -> None:
    lines = textwrap.wrap(PARAGRAPHS[0], 60) + ["    " + line for line in textwrap.wrap(PARAGRAPHS[1], 56)]
    result = unwrap_lines("\n".join(lines)).split("\n")
    assert result[0] == PARAGRAPHS[0]
    assert result[1].startswith("    Engineers")


def test_cleaning_a_wrapped_page_finds_the_article() -> None:
    pipeline = cleantext.Pipeline.default().insert(unwrap_lines, kind="repair")
    doc = cleantext.extract(wrapped(PAGE, 72), format="text", pipeline=pipeline)
    assert doc.title == "Harbour Town Opens Its Tidal Plant"
    assert doc.body.split("\n\n")[0] == PARAGRAPHS[0]
    assert PARAGRAPHS[2] in doc.body.split("\n")


# Words, spaces, line breaks and list markers; paragraphs wrapped at random widths.
words = st.sampled_from(["the", "harbour", "Town", "plant", "AI-", "generated", "mayor,", "said.", "-", "•",
                         "1.", "港务局", "    ", "x" * 30])
paragraph = st.lists(words, min_size=1, max_size=60).map(" ".join)


@given(st.lists(paragraph, min_size=1, max_size=8), st.integers(min_value=20, max_value=180), st.booleans())
def test_unwrapping_only_joins_lines_and_is_idempotent(paragraphs: list[str], width: int, blank: bool) -> None:
    text = ("\n\n" if blank else "\n").join(
        "\n".join(textwrap.wrap(p, width)) or p for p in paragraphs)
    once = unwrap_lines(text)
    assert unwrap_lines(once) == once
    # Nothing invented or lost: the same characters, apart from line breaks and the spaces at them.
    assert "".join(once.split()) == "".join(text.split())
    assert once.count("\n") <= text.count("\n")


def test_time_grows_linearly_with_one_long_wrapped_paragraph() -> None:
    """Joining 8x the lines takes at most 20x the time (growing one string per break was quadratic)."""
    import time

    unit = "the harbour town opened its first tidal plant on a monday\n"

    def seconds(n: int) -> float:
        text = unit * n
        best = float("inf")
        for _ in range(2):
            start = time.process_time()
            unwrap_lines(text)
            best = min(best, time.process_time() - start)
        return best

    small, large = seconds(2_000), seconds(16_000)
    assert large <= 20 * small + 0.25, (small, large)
