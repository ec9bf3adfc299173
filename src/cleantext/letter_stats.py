"""How much a reading of bytes looks like a language written in other than Latin letters.

Used to choose between readings of the same bytes in several charsets (`charset_guess`) and to
tell UTF-16 of Chinese, Japanese or Korean from noise (`decoding.sniff_wide_utf16`). The letter
statistics are charset-normalizer's; the alphabets and the places letters cannot stand are ours.
"""
from __future__ import annotations

import functools
from collections import Counter

import regex

NON_ASCII_LETTER = regex.compile(r"[^\x00-\x7f\P{L}]")


def letter_evidence(text: str) -> float:
    """The share of ``text``'s non-ASCII letters that are among the commonest letters of one
    language (the language that gives the largest share), minus the share of characters wrong
    readings of CJK bytes are made of (`RARE_IN_TEXT`)."""
    letters = Counter(NON_ASCII_LETTER.findall(text))
    total = sum(letters.values())
    if not total:
        return 0.0
    common = max(sum(n for c, n in letters.items() if c in letter_set) for letter_set in common_letters())
    return (common - rare_characters(text)) / total


def reading_evidence(text: str) -> float:
    """How well ``text`` reads as one language, from -1 up to 1: the share of its non-ASCII
    letters (a capital starting a word lowercased) that are among the language's commonest, less those outside its
    alphabet (`ALPHABETS`), for the language that fits best; less twice the share of letters
    and signs standing where no word has them (`MISPLACED`) and of `RARE_IN_TEXT`.

    Finer than `letter_evidence` between two charsets of one script, whose readings differ in a
    few letters: Russian mac-cyrillic read as windows-1251 has "Ћбсуждение" for "Обсуждение"
    (a letter of no Russian word, where the capital "О" lowercased is common) and "врем€" for
    "время"; Ukrainian "вартість" read so is "вартґсть" ("і" is common in Ukrainian, "ґ" not).
    """
    # Capitals that start a word count as their lowercase letter; capitals in a run of them do
    # not count as common (wrong KOI8-R readings are all capitals: "ОПНЕЙРЮ").
    letters = Counter(NON_ASCII_LETTER.findall(WORD_CAPITAL.sub(lambda m: m.group().lower(), text)))
    total = sum(letters.values())
    if not total:
        return 0.0
    lower: Counter[str] = Counter()
    for c, n in letters.items():
        lower[c.lower()] += n
    script_foreign = foreign_letters(lower)
    fit = max(
        sum(n for c, n in letters.items() if c in common)
        - (sum(n for c, n in lower.items() if c not in ALPHABETS[name]) if name in ALPHABETS else script_foreign)
        for name, common in common_letters_by_language().items())
    return (fit - rare_characters(text) - 2 * len(MISPLACED.findall(text))) / total


WORD_CAPITAL = regex.compile(r"\p{Lu}(?=\p{Ll})")

# "горЯд": a capital after a lowercase letter; "РЭмрфз": two capitals before a lowercase letter;
# "гор€д", "врем€", "‚ладимир", "√ородской": a sign inside a word, ending it or glued to its start (Russian
# capitals and "я" in mac-cyrillic read as windows-1251); "لقونمٍوم": a vowel sign inside a word
# and Hebrew points: news prose writes neither (Cyrillic read as ISO-8859-6 or windows-1255);
# "“ърговците": no Cyrillic word starts with "ъ", "ы" or "ь"; "็ะ่": a Thai vowel or tone mark
# that follows no consonant, "เ" before no consonant (Chinese or Korean bytes read as Thai).
MISPLACED = regex.compile(
    r"(?<=\p{Ll})\p{Lu}|(?<=\p{Lu})\p{Lu}(?=\p{Ll})"
    r"|(?<=\p{L})[\p{S}\p{No}](?=\p{L})|(?<=\p{L})\p{Sc}|(?<![\p{L}\p{P}])[‚„…†‡€‰‹›•–—™№√ƒ≈∆¬÷](?=\p{L})"
    r"|[\u0591-\u05c7\u064c-\u0652]|\u064b(?=\p{L})|(?<![\p{L}\p{M}])[ъыьЪЫЬ]"
    r"|(?<![\u0e01-\u0e2e])[\u0e31\u0e34-\u0e3a\u0e47]"
    r"|(?<![\u0e01-\u0e2e\u0e31\u0e34-\u0e39])[\u0e48-\u0e4e]"
    r"|(?<![\u0e01-\u0e2e\u0e32\u0e48-\u0e4b])[\u0e30\u0e32\u0e33]"
    r"|[\u0e40-\u0e44](?![\u0e01-\u0e2e])")


# The alphabets (lowercase) of the languages written in Cyrillic or Greek letters that legacy
# charsets hold, under charset-normalizer's names for them; Belarusian and Macedonian, which it
# has no statistics for, only count in `foreign_letters`.
ALPHABETS = {
    "Russian": frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя"),
    "Ukrainian": frozenset("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"),
    "Bulgarian": frozenset("абвгдежзийклмнопрстуфхцчшщъьюя"),
    "Serbian": frozenset("абвгдђежзијклљмнњопрстћуфхцчџш"),
    "Greek": frozenset("αάβγδεέζηήθιίϊΐκλμνξοόπρσςτυύϋΰφχψωώ"),
}
CYRILLIC_ALPHABETS = [
    *(ALPHABETS[name] for name in ("Russian", "Ukrainian", "Bulgarian", "Serbian")),
    frozenset("абвгдеёжзійклмнопрстуўфхцчшыьэюя"),  # Belarusian
    frozenset("абвгдѓежзѕијклљмнњопрстќуфхцчџш"),   # Macedonian
]


def foreign_letters(letters: Counter[str]) -> int:
    """How many of ``letters`` (lowercase, with counts) are Cyrillic or Greek letters outside
    the alphabet of their script that holds most of them: "Ћомоносова", "јрхитекторы" (Russian
    capitals in windows-1251 read as mac-cyrillic) mix letters no one language has together."""
    foreign = 0
    for (low, high), alphabets in (("\u0400\u052f", CYRILLIC_ALPHABETS), ("\u0370\u03ff", [ALPHABETS["Greek"]])):
        script = {c: n for c, n in letters.items() if low <= c <= high}
        if script:
            foreign += sum(script.values()) - max(sum(n for c, n in script.items() if c in a) for a in alphabets)
    return foreign


# Characters that real text of any language seldom holds, but wrong readings of CJK bytes are
# full of: Hangul compatibility jamo (a row of EUC-KR where EUC-JP and GBK have kana),
# halfwidth katakana, small and vertical forms, bopomofo, box drawing, private use, Thai digits
# and the archaic Thai signs beside them (web pages write Thai numbers in Arabic digits), and the
# obsolete Thai letters "ฃ ฅ ฦ" and "ํ" (nikhahit, of Pali words).
RARE_IN_TEXT = regex.compile(
    r"[\u3131-\u318e\uff61-\uff9f\ufe10-\ufe6f\u3100-\u312f\u2500-\u257f\ue000-\uf8ff\u0e4d-\u0e5b\u0e03\u0e05\u0e26]")
HANGUL = regex.compile(r"[\uac00-\ud7a3]")
HAN = regex.compile(r"\p{Han}")


def rare_characters(text: str) -> int:
    """How many of ``text``'s characters are `RARE_IN_TEXT`, or Han among Hangul: Korean written
    today has next to no hanja, so Hangul among Han is GBK read as Korean."""
    rare = len(RARE_IN_TEXT.findall(text))
    if HANGUL.search(text):
        rare += len(HAN.findall(text))
    return rare


def common_letters() -> list[frozenset[str]]:
    """The commonest letters of each language not written in Latin letters
    (`common_letters_by_language`)."""
    return list(common_letters_by_language().values())


@functools.lru_cache(maxsize=1)
def common_letters_by_language() -> dict[str, frozenset[str]]:
    """The commonest third (at least eight) of the letters of each language not written in Latin
    letters, from charset-normalizer's frequency tables (Japanese: kanji, katakana and hiragana).
    A third, not all: a whole alphabet fits any reading in that script equally well."""
    from charset_normalizer.constant import FREQUENCIES

    by_language: dict[str, set[str]] = {}
    for name, letters in FREQUENCIES.items():
        if sum(not c.isascii() for c in letters) >= 0.8 * len(letters):
            top = letters[: max(8, len(letters) // 3)]
            by_language.setdefault(name.rstrip("—"), set()).update(top)
    return {name: frozenset(letters) for name, letters in by_language.items()}
