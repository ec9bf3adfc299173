"""Cheap per-block features shared by the filters: length, punctuation, stopwords, capitals, separators.

Computed once per page (``features(page)`` caches them), so no filter re-tokenises a line.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .page import Page
from .patterns.stopwords import STOPWORD_SET

# Sentence ends, after closing quotes/brackets are stripped: "... he said." / "...?”" / "。"
TERMINAL = frozenset(".!?。！？…؟")
CLOSERS = "\"'”’»)]*】」』"
# Han, Hiragana, Katakana, Hangul: scripts written without spaces, where a word is ~2 characters.
CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
# Separators of link rows and bylines: "Home | World", "News · Sport", "A • B"
ROW_SEPARATOR = regex.compile(r"\s[|•·»›]\s|\s\|\s?|\s?\|\s|\s/\s")
STRIP_PUNCT = "\"'“”‘’«»()[]{},.;:!?¿¡—–-…*•·|/"


@dataclass(frozen=True, slots=True)
class Features:
    """What the filters need to know about one block."""

    words: int          # word count; in CJK text, characters / 2
    chars: int
    terminal: bool      # ends like a sentence
    sentences: int      # sentence ends inside the block
    stop_ratio: float   # share of words that are function words
    cap_ratio: float    # share of words that start with a capital
    separators: int     # " | ", " · " ... as in link rows and bylines
    prose: bool         # reads as running text
    title_like: bool    # short, no sentence end, mostly capitalised or a plausible headline


def block_features(text: str) -> Features:
    chars = len(text)
    tokens = text.split()
    n_tokens = len(tokens)
    cjk = len(CJK.findall(text)) if not text.isascii() else 0
    words = n_tokens if cjk < 10 else max(n_tokens, cjk // 2)
    stripped = text.rstrip(CLOSERS)
    terminal = bool(stripped) and stripped[-1] in TERMINAL
    sentences = text.count(". ") + text.count("? ") + text.count("! ") + text.count("。") + int(terminal)
    stops = caps = 0
    for tok in tokens:
        w = tok.strip(STRIP_PUNCT)
        if not w:
            continue
        if w.lower() in STOPWORD_SET:
            stops += 1
        if w[0].isupper():
            caps += 1
    stop_ratio = stops / n_tokens if n_tokens else 0.0
    cap_ratio = caps / n_tokens if n_tokens else 0.0
    separators = len(ROW_SEPARATOR.findall(text)) if ("|" in text or " · " in text or " • " in text
                                                       or " / " in text or " » " in text) else 0
    if cjk >= 10:
        prose = chars >= 25 and (terminal or sentences >= 1)
    else:
        prose = (words >= 10 and separators == 0 and (terminal or sentences >= 2 or stop_ratio >= 0.2)
                 and (stop_ratio >= 0.08 or words >= 30))
    first = text[:1]
    title_like = (2 <= words <= 30 and not terminal and separators == 0 and chars <= 250
                  and (first.isupper() or first.isdigit() or first in "\"'“‘«¿¡" or cjk >= 4))
    return Features(words, chars, terminal, sentences, stop_ratio, cap_ratio, separators, prose, title_like)


def features(page: Page) -> list[Features]:
    """Features of every block of ``page``, computed on first use."""
    cached: list[Features] | None = page.notes.get("features")
    if cached is None:
        cached = [block_features(b.text) for b in page.blocks]
        page.notes["features"] = cached
    return cached
