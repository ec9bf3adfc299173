"""A trigger's pattern rewritten for lowercased printable ASCII (patterns.ascii_folded) finds
something in a line exactly when the pattern itself does: lines_matching searches such lines with
the rewritten pattern only, so a disagreement would change which lines a filter sees."""
from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext  # noqa: F401  (every module that makes triggers is imported)
from cleantext.patterns import REGISTRY, _lowered_source, ascii_folded

FOLDED = [(t.pattern, f) for t in REGISTRY if (f := ascii_folded(t.pattern)) is not None]
# The words the folded patterns are written with, and the marks and figures around them in a line.
WORDS = sorted({w for pattern, _ in FOLDED for w in re.findall(r"[A-Za-z']{2,}", pattern.pattern)})
MARKS = [" ", " ", " ", "-", ".", ",", ":", "?", "!", "'", "_", "|", "(", ")", "1", "2025", "@", "*"]
# Literal stretches of the patterns ("we use cookies", "required fields are marked"): lines made of
# them match often, so agreement is tested on matches as well as on misses.
STRETCHES = sorted({s.strip() for pattern, _ in FOLDED for s in re.findall(r"[A-Za-z' ]{6,}", pattern.pattern)
                    if s.strip()})


def test_the_notice_triggers_are_folded():
    # The costly case-insensitive alternations are the point of the rewriting.
    assert len(FOLDED) >= 20


@pytest.mark.parametrize(("source", "lowered"), [
    (r"\bSign Up\b", r"\bsign up\b"),
    (r"[A-Z][a-z]+\s\d", r"[a-z][a-z]+\s\d"),
    (r"[^]A.]x", r"[^]a.]x"),
    (r"(?:Read|READ)(?=\W)(?<!x)", r"(?:read|read)(?=\W)(?<!x)"),
    (r"\Azu\Z", r"\Azu\Z"),
    (r"über [^?!.\n]{1,8}", r"über [^?!.\n]{1,8}"),
])
def test_lowered_source_lowercases_ascii_letters_only(source, lowered):
    assert _lowered_source(source) == lowered


@pytest.mark.parametrize("source", [
    r"[A-z]",          # lowercasing an end would change what lies between
    r"[a-ÿ]",          # a range from ASCII into other letters
    r"(?i)x",          # a flag group
    r"(?P<name>x)",    # a named group
    r"(?>x)",          # an atomic group
    r"\p{Han}",        # a property class `re` lacks
    r"(x)\1",          # a back reference
    r"\x41",           # a character by its code
    r"[[:alpha:]]",    # a nested set
    "kullanıyoruz",    # "ı" matches "I" case-insensitively, and lowercasing loses which
    "ſ",               # long s matches "s" and "S"
    "[a",              # an unclosed class
])
def test_lowered_source_refuses_what_it_is_not_sure_of(source):
    assert _lowered_source(source) is None


def test_ascii_folded_takes_plain_case_insensitive_regex_patterns_only():
    assert ascii_folded(regex.compile("abc", regex.IGNORECASE)) is not None
    assert ascii_folded(regex.compile("abc")) is None  # case-sensitive
    assert ascii_folded(regex.compile("^abc", regex.IGNORECASE | regex.MULTILINE)) is None
    assert ascii_folded(re.compile("abc", re.IGNORECASE)) is None
    assert ascii_folded(regex.compile(r"(?<=\w+)x", regex.IGNORECASE)) is None  # a lookbehind `re` cannot compile


def _cased(word: str) -> st.SearchStrategy[str]:
    return st.sampled_from([word, word.lower(), word.upper(), word.title()])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS).flatmap(_cased), st.sampled_from(MARKS)), max_size=16).map("".join))
def test_folded_patterns_agree_with_their_patterns_on_ascii_lines(line):
    assert line.isascii()
    if not line.isprintable():
        return
    for pattern, folded in FOLDED:
        assert (pattern.search(line) is None) == (folded.search(line.lower()) is None), (pattern.pattern[:60], line)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=60))
def test_folded_patterns_agree_on_any_printable_ascii(line):
    for pattern, folded in FOLDED:
        assert (pattern.search(line) is None) == (folded.search(line.lower()) is None), (pattern.pattern[:60], line)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(STRETCHES).flatmap(_cased), st.sampled_from(WORDS), st.sampled_from(MARKS)),
                min_size=1, max_size=8).map(" ".join))
def test_folded_patterns_agree_on_lines_of_their_own_phrases(line):
    for pattern, folded in FOLDED:
        assert (pattern.search(line) is None) == (folded.search(line.lower()) is None), (pattern.pattern[:60], line)
