"""normalize_whitespace: line breaks, odd spaces, trailing whitespace, blank lines, NFC."""
import unicodedata

import pytest

from cleantext.repairs.whitespace import normalize_whitespace

NORMALIZED = [
    ("a\r\nb\rc\n", "a\nb\nc"),
    ("a\u2028b\u2029c\x85d\x0be\x0cf\x1cg", "a\nb\nc\nd\ne\nf\ng"),
    ("10\u00a0km, 5\u202f%, x\u2009y, a\u3000b", "10 km, 5 %, x y, a\u3000b"),
    ("\u2002\u2003\u205f\u1680|", "    |"),
    ("trailing  \t\nspaces \u3000\nend ", "trailing\nspaces\nend"),
    ("\n\n\n  \nstart", "start"),
    ("one\n\n\n\ntwo\n \n\t\n\nthree", "one\n\ntwo\n\nthree"),
    ("end\n\n \n", "end"),
    ("  indented line\n    kept", "  indented line\n    kept"),
    ("cell\tcell\tcell", "cell\tcell\tcell"),
    ("Cafe\u0301 cre\u0300me", "Café crème"),
    ("\u1100\u1161\u11a8", "\uac01"),
    ("only whitespace \n \r\n\u00a0", "only whitespace"),
    (" \n \r\n\u00a0\t\u3000", ""),
    ("", ""),
]


@pytest.mark.parametrize("raw, normalized", NORMALIZED)
def test_normalize_whitespace(raw, normalized):
    assert normalize_whitespace(raw) == normalized


@pytest.mark.parametrize("raw, normalized", NORMALIZED)
def test_normalize_whitespace_is_idempotent(raw, normalized):
    assert normalize_whitespace(normalize_whitespace(raw)) == normalize_whitespace(raw)


def test_clean_text_is_returned_as_is():
    text = "Title\n\nFirst paragraph, “quoted”.\n- item one\n- item two\n\n中文\u3000段落"
    assert normalize_whitespace(text) is text


def test_output_has_no_odd_line_breaks_or_trailing_space():
    out = normalize_whitespace("a \r\n\u00a0\r\n\r\n\r\nb\u2028c\u3000")
    assert out.splitlines() == out.split("\n")
    assert all(line == line.rstrip() for line in out.split("\n"))
    assert unicodedata.is_normalized("NFC", out)
