"""strip_invisible: BOMs, zero-width and control characters, bidi marks go; meaningful joiners stay."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleantext.repairs.invisible import INVISIBLE, strip_invisible

STRIPPED = [
    ("\ufeffHeadline", "Headline"),
    ("mid\ufefftext", "midtext"),
    ("zero\u200bwidth\u2060joined", "zerowidthjoined"),
    ("Ver\u00adwal\u00adtungs\u00adgericht", "Verwaltungsgericht"),
    ("nul\x00 bell\x07 esc\x1b del\x7f us\x1f", "nul bell esc del us"),
    ("c1 \x81\x8d\x8f\x90\x9d left", "c1  left"),
    ("\x1b[1;31mred\x1b[0m text", "red text"),
    ("left\u200e right\u200f arabic\u061c", "left right arabic"),
    ("\u202aembedded\u202c \u2066isolated\u2069 \u202eoverride\u202c", "embedded isolated override"),
    ("image \ufffc here", "image  here"),
    # joiners with no script that needs them
    ("news\u200cletter \u200dword", "newsletter word"),
    ("preheader \u200c\u00a0\u200c\u00a0\u200c end", "preheader \u00a0\u00a0 end"),
    ("لا\u200c ", "لا "),
]


@pytest.mark.parametrize("damaged, stripped", STRIPPED)
def test_strip_invisible_removes(damaged, stripped):
    assert strip_invisible(damaged) == stripped


@pytest.mark.parametrize("damaged, stripped", STRIPPED)
def test_strip_invisible_is_idempotent(damaged, stripped):
    assert strip_invisible(strip_invisible(damaged)) == strip_invisible(damaged)


KEPT = [
    "می\u200cخواهم به خانه بروم",              # Persian ZWNJ inside a word
    "क्\u200dष and क्\u200cष",                  # Devanagari half form / explicit virama
    "ශ්\u200dරී ලංකාව",                         # Sinhala "Sri" with ZWJ
    "family \U0001f468\u200d\U0001f469\u200d\U0001f467 coder \U0001f469\U0001f3fd\u200d\U0001f4bb",
    "flag \U0001f3f3\ufe0f\u200d\U0001f308",
    "tabs\tand\nnewlines\r\nand\x0bvertical\x0cfeed\x1c\x1d\x1e\x85\u2028\u2029 stay",
    "ordinary text with “quotes”, é, ß, 中文, 😀 and \ufffd",
]


@pytest.mark.parametrize("text", KEPT)
def test_strip_invisible_keeps_meaningful_characters(text):
    assert strip_invisible(text) == text


def test_strip_invisible_empty():
    assert strip_invisible("") == ""


# Invisible characters, their neighbours and the characters that give them context, in any order.
INVISIBLE_ALPHABET = st.sampled_from(["\x00", "\x07", "\x1b", "[31m", "\x7f", "\x85", "\x93", "\u00ad", "\u200b",
                                      "\u200c", "\u200d", "\u200e", "\ufeff", "\ufffc", "a", " ", "\n", "م",
                                      "\u064e", "क", "👩", "\U0001f4bb", "é"])


@given(st.lists(INVISIBLE_ALPHABET, max_size=20).map("".join) | st.text(max_size=40))
def test_strip_invisible_is_the_invisible_substitution(text: str) -> None:
    """Without an escape or a joiner in the text, strip_invisible removes single characters with a
    plain class scan: the result is what INVISIBLE's substitution gives."""
    assert strip_invisible(text) == INVISIBLE.sub("", text)
