"""Word lists and compiled regexes per kind of boilerplate and per language: data, not logic.

Each module holds ``{language: [phrase, ...]}`` tables. `Phrases` turns a table into a set of
normalised phrases, so testing a line against every language is one hash lookup, not a regex
alternation of hundreds of phrases run on every line.
"""
from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Final, NamedTuple, Protocol

import regex

from ..casing import str_lower

# What may stand around a phrase on a line of its own: bullets, counts, arrows, colons, quotes.
EDGE_CHARS: Final = (string.punctuation + string.digits + string.whitespace
              + "•·–—…»«“”‘’„‚©®™→←↑↓›‹▶►▸▪◆■□●○✓✔✕✖×★☆☰|¦°§¶\u00a0\u200b\ufeff"
              + "：；，。！？、（）【】「」")  # full-width punctuation of Chinese and Japanese


# What may follow a label word: "Tags:", "Autor:", "标签：".
LABEL_END: Final = ":：,;|-–—"


def normalize(text: str) -> str:
    """The lookup key of a line: edges stripped, case folded, inner whitespace single spaces."""
    key = text.strip(EDGE_CHARS).casefold()
    # Only single spaces inside (isprintable() is False for any other whitespace): already normal.
    if "  " in key or not key.isprintable():
        key = " ".join(key.split())
    # "来源：新华社" / "作者：王": a full-width colon glues a label to its value; split them.
    return key.replace("：", ": ") if "：" in key else key


# The separators of an HTML <title>: "Headline | Site", "Headline - Site", "Site :: Headline",
# "Headline « Site".
TITLE_SEPARATOR: Final = regex.compile(r"\s+(?:\||-|–|—|::|·|•|«|»|/|:)\s+")


class Phrases:
    """A phrase table, normalised for whole-line, line-start and in-line lookups."""

    __slots__ = ("first_words", "keys", "languages", "last_words", "line", "max_words")

    def __init__(self, table: Mapping[str, Iterable[str]]) -> None:
        self.keys = frozenset(k for items in table.values() for p in items if (k := normalize(p)))
        self.max_words = max((k.count(" ") + 1 for k in self.keys), default=0)
        self.languages = tuple(sorted(table))
        # A line can start with a phrase only if its first word starts one: a set lookup rules most out.
        self.first_words = frozenset(k.split(" ", 1)[0] for k in self.keys)
        self.last_words = frozenset(k.rsplit(" ", 1)[-1] for k in self.keys)
        # line(key): the whole normalised line is one phrase ("Left Menu", "• Country:"). The set's
        # own __contains__, bound once: filters ask it for nearly every short line, and a method
        # around it would add a Python call each time.
        self.line: Callable[[str], bool] = self.keys.__contains__

    def start(self, key: str) -> str:
        """The longest phrase the normalised line starts with, or ""."""
        if key.partition(" ")[0].rstrip(LABEL_END) not in self.first_words:
            return ""
        words = key.split(" ", self.max_words)
        for k in range(min(len(words), self.max_words), 0, -1):
            # "author: orla penhallow": a label's colon sticks to its last word.
            candidate = " ".join(words[:k]).rstrip(LABEL_END)
            if candidate in self.keys:
                return candidate
        return ""

    def end(self, key: str) -> str:
        """The longest phrase the normalised line ends with, or ""."""
        if key.rpartition(" ")[2] not in self.last_words:
            return ""
        words = key.rsplit(" ", self.max_words)
        for k in range(min(len(words), self.max_words), 0, -1):
            candidate = " ".join(words[-k:])
            if candidate in self.keys:
                return candidate
        return ""

    def covers(self, key: str, words: int) -> bool:
        """Whether every one of the ``words`` words of the normalised line belongs to a phrase
        ("reply like report"); the first and last words are looked up first, which rules out nearly
        every line in two set lookups."""
        first, _, rest = key.partition(" ")
        return (first in self.first_words and rest.rpartition(" ")[2] in self.last_words
                and self.count(key) == words)

    def count(self, key: str) -> int:
        """How many words of the normalised line belong to phrases (longest phrases first)."""
        words = key.split()
        i = covered = 0
        while i < len(words):
            for k in range(min(self.max_words, len(words) - i), 0, -1):
                if " ".join(words[i:i + k]).strip(EDGE_CHARS) in self.keys:
                    covered += k
                    i += k
                    break
            else:
                i += 1
        return covered


def languages(*tables: Mapping[str, Iterable[str]]) -> list[str]:
    """The languages some table has phrases for (for the docs' filter catalogue)."""
    return sorted({lang for t in tables for lang in t})


def phrase_regex(table: Mapping[str, Iterable[str]]) -> regex.Pattern[str]:
    """A case-insensitive regex that finds any phrase of the table inside a line."""
    alt = "|".join(regex.escape(p).replace(r"\ ", r"\s+")
                   for p in sorted({p.strip() for ps in table.values() for p in ps}, key=lambda p: (-len(p), p)))
    return regex.compile(rf"(?<!\w)(?:{alt})(?!\w)", regex.IGNORECASE)


def start_regex(table: Mapping[str, Iterable[str]]) -> regex.Pattern[str]:
    """A case-insensitive regex for "the line starts with a phrase", for callers that need the
    matched span in the original text (an inline "Read more:" prefix)."""
    alt = "|".join(regex.escape(p).replace(r"\ ", r"\s+")
                   for p in sorted({p.strip() for ps in table.values() for p in ps}, key=lambda p: (-len(p), p)))
    # Bounded lead-in: an unbounded class before the alternation backtracks over a long run of "-".
    return regex.compile(rf"^[\s\p{{P}}\p{{S}}]{{0,8}}(?:{alt})(?!\w)", regex.IGNORECASE)


class AllOf:
    """Finds a line in which each of several case-insensitive patterns finds something, in any
    order: "an image word, a generation word and an AI word on one line". Separate searches, each
    a scan of the line, instead of one regex of lookaheads "(?=.*A)(?=.*B)", which retries every
    alternative at every position the ".*" backs off to."""

    __slots__ = ("parts",)

    def __init__(self, *patterns: str) -> None:
        self.parts = tuple(regex.compile(p, regex.IGNORECASE) for p in patterns)

    def search(self, text: str) -> bool:
        return all(part.search(text) is not None for part in self.parts)

    @property
    def pattern(self) -> str:
        """The parts' sources, for display and for checks over every trigger's pattern text."""
        return " & ".join(part.pattern for part in self.parts)


class AtEnd:
    """A pattern whose matches all end a line within its last ``tail`` characters ("... sechs
    Wochen. Mehr…"): searched in that tail only, so a long paragraph costs no more than a short one."""

    __slots__ = ("pattern", "regex", "tail")

    def __init__(self, pattern: regex.Pattern[str], tail: int) -> None:
        self.regex, self.tail = pattern, tail
        self.pattern = pattern.pattern  # for display and for checks over every trigger's pattern text

    def search(self, text: str) -> object:
        return self.regex.search(text, max(0, len(text) - self.tail))


# Escapes a pattern may hold for `ascii_folded` to rewrite it: outside a character class, assertions and
# classes that mean the same in `re` and `regex` on printable ASCII; inside one, the classes only; and
# in both, line breaks and tabs.
FOLDABLE_ESCAPES: Final = frozenset("bBwWsSdDAZntr")
FOLDABLE_CLASS_ESCAPES: Final = frozenset("wWsSdDntr")
# The only characters outside ASCII that `regex` matches to an ASCII letter case-insensitively (dotted
# capital I to "i", dotless i to "I", long s, the Kelvin sign): a pattern holding one is not rewritten.
FOLDS_TO_ASCII: Final = frozenset("\u0131\u017f\u212a\u0130")
# The flags of a case-insensitive `regex` pattern compiled with no others (IGNORECASE, UNICODE, VERSION0).
PLAIN_IGNORECASE: Final = regex.IGNORECASE | regex.UNICODE | regex.VERSION0


def ascii_folded(pattern: object) -> re.Pattern[str] | None:
    """For a case-insensitive `regex` pattern, a case-sensitive stdlib `re` pattern that finds
    something in the lowercased text of a line of printable ASCII exactly when ``pattern`` finds
    something in the line; None when ``pattern`` is of another kind or uses anything the rewriting
    is not sure of. Its ASCII letters are lowercased; on printable ASCII, ``\\w``, ``\\b``, ``\\s``
    and ``\\d`` mean the same in both modules. The big case-insensitive alternations of the
    notice triggers run ~3x faster so (``regex`` tries every branch at every position)."""
    if not isinstance(pattern, regex.Pattern) or pattern.flags != PLAIN_IGNORECASE:
        return None
    source = _lowered_source(pattern.pattern)
    if source is None:
        return None
    try:
        return re.compile(source)
    except re.error:  # a construct `re` lacks (a lookbehind of varying width)
        return None


def _lowered_source(source: str) -> str | None:
    """``source`` with its ASCII capitals lowercased, or None when it holds an escape, group or
    class construct outside the few `ascii_folded` knows to mean the same in both modules."""
    out: list[str] = []
    i, n = 0, len(source)
    in_class = False
    while i < n:
        c = source[i]
        if c in FOLDS_TO_ASCII:
            return None
        if c == "\\":
            escaped = source[i + 1:i + 2]
            if not escaped or (escaped.isascii() and escaped.isalnum()
                               and escaped not in (FOLDABLE_CLASS_ESCAPES if in_class else FOLDABLE_ESCAPES)):
                return None
            out.append(source[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == "[" or source.startswith(("--", "&&", "||", "~~"), i):
                return None  # a nested set or a set operation of `regex`
            if c == "]":
                in_class = False
            elif source[i + 1:i + 2] == "-" and source[i + 2:i + 3] not in ("", "]"):
                # A range: letters at both ends must be ASCII and of one case ("A-Z"), or
                # lowercasing one end would change what lies between.
                end = source[i + 2]
                if end == "\\" or end in FOLDS_TO_ASCII:
                    return None
                if (c.isalpha() or end.isalpha()) and not (
                        c.isascii() and end.isascii() and c.isalpha() and end.isalpha() and c.isupper() == end.isupper()):
                    return None
                out.append(f"{str_lower(c)}-{str_lower(end)}" if c.isascii() else f"{c}-{end}")
                i += 3
                continue
            out.append(str_lower(c) if c.isascii() else c)
            i += 1
            continue
        if c == "[":
            in_class = True
            out.append(c)
            i += 1
            # A "]" (after a "^") right at the start is a literal, not the class's end.
            for lead in ("^", "]"):
                if source[i:i + 1] == lead:
                    out.append(lead)
                    i += 1
            continue
        if c == "(" and source[i + 1:i + 2] == "?" and not source.startswith(("(?:", "(?=", "(?!", "(?<=", "(?<!"), i):
            return None  # a flag, a named or atomic group, a conditional
        out.append(str_lower(c) if c.isascii() else c)
        i += 1
    return None if in_class else "".join(out)


class Searcher(Protocol):
    """What a Trigger's pattern must do: say whether it finds something in a line."""

    def search(self, text: str, /) -> object: ...


@dataclass(frozen=True, eq=False)  # hashed by identity: a cache key that costs nothing to hash
class Trigger:
    """A regex plus what a line needs before the regex is worth running on it.

    ``words`` are lowercase words one of which every match contains: a page whose vocabulary
    has none of them is skipped with one set operation. ``anchors`` are substrings for scripts
    written without spaces (Chinese), searched only on pages that have such characters.
    ``digit`` means every match has a digit, ``char`` that it has this character; ``max_words``
    skips longer lines. ``gate`` is a cheap regex that finds something in every line ``pattern``
    does: it runs first, and the costly pattern only on the lines it lets through.
    """

    pattern: regex.Pattern[str] | re.Pattern[str] | Searcher
    words: frozenset[str] = frozenset()
    anchors: tuple[str, ...] = ()
    digit: bool = False
    char: str = ""
    max_words: int = 0
    gate: re.Pattern[str] | None = None

    def __post_init__(self) -> None:
        REGISTRY.append(self)


# Every Trigger made, so a page's vocabulary can be checked against all their words at once.
REGISTRY: Final[list[Trigger]] = []


class TriggerIndex(NamedTuple):
    """Every trigger made so far, arranged so a page settles most of them at once."""

    words: frozenset[str]                      # the words of every trigger
    utf8_words: frozenset[bytes]               # the same words in UTF-8, and glued to marks (see GLUED_BEFORE)
    by_utf8: dict[bytes, str]                  # each of those in UTF-8: the word
    spellings: frozenset[str]                  # the words, and glued to marks
    by_spelling: dict[str, str]                # each of those: the word
    plain_utf8: frozenset[bytes]               # the words alone in UTF-8 (a smaller set to look up in)
    by_word: dict[str, tuple[Trigger, ...]]    # each of those words: the triggers that have it
    worded: frozenset[Trigger]                 # triggers with words or anchors
    anchored: tuple[Trigger, ...]              # triggers with anchors
    anchors: frozenset[str]                    # the anchors of every trigger
    needs_digit: frozenset[Trigger]            # triggers whose every match has a digit
    chars: frozenset[str]                      # the characters that triggers with a word limit and no
                                               # digit need (``char``): what a page scan looks for


def trigger_index() -> TriggerIndex:
    """The index of REGISTRY (rebuilt when a new trigger appears)."""
    global _index
    size, index = _index
    if size != len(REGISTRY):
        by_word: dict[str, list[Trigger]] = {}
        for t in REGISTRY:
            for w in t.words:
                by_word.setdefault(w, []).append(t)
        by_spelling = {spelled: w for w in by_word for spelled in _glued_spellings(w)}
        by_utf8 = {spelled.encode("utf-8", "surrogatepass"): w for spelled, w in by_spelling.items()}
        index = TriggerIndex(frozenset(by_word), frozenset(by_utf8), by_utf8, frozenset(by_spelling), by_spelling,
                             frozenset(w.encode("utf-8", "surrogatepass") for w in by_word),
                             {w: tuple(ts) for w, ts in by_word.items()},
                             frozenset(t for t in REGISTRY if t.words or t.anchors),
                             tuple(t for t in REGISTRY if t.anchors),
                             frozenset(a for t in REGISTRY for a in t.anchors),
                             frozenset(t for t in REGISTRY if t.digit),
                             frozenset(t.char for t in REGISTRY if t.char and t.max_words and not t.digit))
        _index = (len(REGISTRY), index)
    return index


_index: tuple[int, TriggerIndex] = (-1, TriggerIndex(frozenset(), frozenset(), {}, frozenset(), {}, frozenset(), {},
                                                    frozenset(), (),
                                                    frozenset(), frozenset(), frozenset()))

# Marks beyond ASCII that stick to a word in running text ("comments…", "«Kommentare»", "„Impressum“"):
# a page's words are split at ASCII punctuation only (one bytes.translate), so the trigger words are
# also looked up in these spellings, at no cost per page.
GLUED_BEFORE: Final = ("«", "„", "“", "¿", "¡")
GLUED_AFTER: Final = ("…", "»", "”", "“")
# A page without any of them has only the words' own spellings to look up.
GLUED_MARKS: Final = tuple(dict.fromkeys(GLUED_BEFORE + GLUED_AFTER))


def _glued_spellings(word: str) -> list[str]:
    """``word`` as it is and glued to the marks of GLUED_BEFORE and GLUED_AFTER."""
    before = ["", *GLUED_BEFORE]
    after = ["", *GLUED_AFTER]
    return [b + word + a for b in before for a in after]
