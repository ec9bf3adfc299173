"""Per-block features (features.py): the fast paths give what the plain definitions give."""
from hypothesis import given
from hypothesis import strategies as st

from cleantext.features import block_features

# Words, spaces of every kind, sentence ends, separators, a few Han characters.
ALPHABET = st.sampled_from([*"abcdefgh ABC.,!?|", " ", "  ", "\t", "\xa0", "\u3000", "\u2028", "\u2003", "日本", "the "])
lines = st.lists(ALPHABET, max_size=120).map("".join)


@given(lines)
def test_word_count_is_the_number_of_whitespace_separated_tokens(text: str) -> None:
    """Without characters of scripts written without spaces, words == len(text.split()) (up to 600 chars)."""
    if "日" not in text and len(text) <= 600:
        assert block_features(text).words == len(text.split())


@given(lines)
def test_prose_needs_ten_words_and_no_separators(text: str) -> None:
    f = block_features(text)
    if f.prose and not f.cjk:
        assert f.words >= 10 and f.separators == 0


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
