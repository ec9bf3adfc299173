"""The cheap pre-check shared by the repairs (repairs/scan.py): it may say "look" too often, never too rarely."""
import unicodedata

from hypothesis import example, given
from hypothesis import strategies as st

from cleantext.repairs.encoding import SUSPECT, is_suspect, may_be_damaged
from cleantext.repairs.invisible import CANDIDATE
from cleantext.repairs.scan import is_nfc, unusual_chars
from cleantext.repairs.whitespace import REPLACED

# Text mixing plain ASCII with the characters the repairs look for, in any arrangement.
INTERESTING = "ÃÂâ€™©é\xa0\xad\u200b\u200d\r\x85\x93\x1b\ufeffРСвЃ?&;#amp39 \n\tab"
mixed = st.text(alphabet=st.sampled_from(INTERESTING) | st.characters(), max_size=80)


def test_plain_ascii_has_no_unusual_characters() -> None:
    assert unusual_chars("Plain text, with (punctuation) & digits 123.\n\tNext line.") == ""


def test_ascii_control_characters_are_kept() -> None:
    assert unusual_chars("a\x00b\rc\x1bd") == "\x00\r\x1b"


def test_neighbours_stay_neighbours() -> None:
    assert unusual_chars("Minister FernÃ¡ndez said “hi” to the press on Monday.") == "Ã¡“”"


def test_mostly_non_ascii_text_is_returned_whole() -> None:
    text = "Привет, как дела? Всё хорошо."
    assert unusual_chars(text) == text


def test_lone_surrogates_survive() -> None:
    assert unusual_chars("A lone half of a pair: \ud800 in plain text.") == "\ud800"


@given(mixed)
def test_unusual_chars_keeps_every_non_plain_character_in_order(text: str) -> None:
    """The result is the text's non-plain characters in order (or the whole text)."""
    rest = unusual_chars(text)
    expected = "".join(c for c in text if not (" " <= c <= "~" or c in "\n\t"))
    assert rest in (expected, text)


@given(mixed)
def test_encoding_gate_never_misses_what_suspect_finds(text: str) -> None:
    """may_be_damaged is False only when SUSPECT finds nothing: the gate skips no damage."""
    if SUSPECT.search(text) is not None:
        assert may_be_damaged(text)


@given(mixed)
@example("Q&A: RussiaÃ¢â‚¬â„¢s plan")  # mojibake and a bare "&"
@example("Fish &amp; chips, caf\u00e9")  # an entity, and unusual characters that are no mojibake
@example("voilÃ le &#39;travail&#39;")
@example("AT&T &nbsp")  # an "&" without an entity's ";"
def test_is_suspect_is_a_suspect_search(text: str) -> None:
    """is_suspect looks only for an entity when the unusual characters hold no mojibake: it
    answers what a SUSPECT search of the whole text answers."""
    assert is_suspect(text) == (SUSPECT.search(text) is not None)


@given(mixed)
def test_single_character_checks_agree_on_the_remainder(text: str) -> None:
    """The invisible and whitespace checks give the same answer on the remainder as on the text."""
    rest = unusual_chars(text)
    assert (CANDIDATE.search(rest) is None) == (CANDIDATE.search(text) is None)
    assert (REPLACED.search(rest) is None) == (REPLACED.search(text) is None)


@given(st.text(alphabet=st.sampled_from("ae \u0301\u0308\u1100\u1161\u11a8\u212b\u00e9\u0316AZ.") | st.characters(), max_size=60))
def test_nfc_check_agrees_with_unicodedata(text: str) -> None:
    """is_nfc gives unicodedata's answer whether or not it can decide from the remainder."""
    padded = "Plain ASCII words around it to make the text mostly ASCII: " + text
    for t in (text, padded):
        assert is_nfc(t) == unicodedata.is_normalized("NFC", t)


def test_a_mark_after_an_ascii_letter_is_not_nfc() -> None:
    assert not is_nfc("A long line of plain ASCII words, and then cafe\u0301 at the end of it.")
