"""Second opinions on how to read bytes that are not UTF-8: whether the charset a page declares is
wrong, and whether a line of a legacy page that is valid UTF-8 is UTF-8 or chance.

A template's `<meta charset="windows-1252">` stays when the article pasted into it is Czech
windows-1250 or Russian windows-1251; browsers then show mojibake, and so did we. A declaration is
only overruled on evidence: the declared reading must be worse, by `charset_guess`'s own measures,
than the reading of the charset guessed from the bytes.
"""
from __future__ import annotations

import regex

from .charset_guess import (
    LATIN_MARGIN,
    LETTER_SETS,
    SAMPLE_BYTES,
    guess_charset,
    is_perfect,
    latin_fit,
    latin_is_plausible,
    latin_reading,
    mixes_scripts,
    oddities,
)
from .letter_stats import reading_evidence

# Charsets that read two bytes for some characters: a strict decode that succeeds is evidence
# enough for them, and a line of theirs can be valid UTF-8 by chance.
MULTIBYTE = frozenset({"gb18030", "gbk", "big5", "big5hkscs", "cp932", "shift_jis", "euc_jp", "cp949", "euc_kr"})
# A declared reading of another script must fit its language this much worse than the guessed one
# (reading_evidence runs from -1 to 1; right and wrong Cyrillic readings differ by 0.5 or more).
EVIDENCE_MARGIN = 0.3


def latin_codec(codec: str) -> str | None:
    """The name `charset_guess` scores a Latin charset under, or None for other charsets."""
    name = codec.replace("-", "_")
    name = "cp1252" if name in ("latin_1", "iso8859_1") else name
    return name if name in LETTER_SETS else None


def declaration_is_wrong(data: bytes, declared: str, text: str) -> bool:
    """Whether ``text``, ``data`` read in the ``declared`` charset (strictly, without error), is
    a worse reading than the guessed charset's: between Latin charsets, the guessed reading fits
    one language's alphabet by two letters more (`charset_guess.LATIN_MARGIN`) and the declared
    one does not fit perfectly; a Latin declaration whose reading does not look like a Latin
    language ("Ãðîìàäà" is Ukrainian windows-1251 read as windows-1252); a declaration of another
    script whose reading mixes scripts in words ("mйdiathиque") or fits its language clearly worse.
    Multibyte declarations that decode are kept: chance rarely makes other bytes valid in them."""
    if declared in MULTIBYTE:
        return False
    sample = data[:SAMPLE_BYTES]
    # The guess reads the sample only (cut at a line break, not inside a character): it is a
    # second opinion on the start of the page, not the whole page's decoding.
    guess = guess_charset(sample[: sample.rfind(b"\n") + 1] or sample if len(data) > SAMPLE_BYTES else sample)
    if guess.replace("-", "_") == declared.replace("-", "_"):
        return False
    said = text[:SAMPLE_BYTES]  # a single-byte charset: one character per byte
    other = latin_reading(sample, guess)
    if other == said:
        return False
    declared_latin, guessed_latin = latin_codec(declared), latin_codec(guess)
    if declared_latin is not None:
        if guessed_latin is None:
            return not latin_is_plausible(said)
        said_fit = latin_fit(said, declared_latin)
        return not is_perfect(said, said_fit) and latin_fit(other, guessed_latin) >= said_fit + LATIN_MARGIN
    if mixes_scripts(said) or (oddities(said) and not oddities(other) and guessed_latin is not None):
        return True
    return reading_evidence(other) >= reading_evidence(said) + EVIDENCE_MARGIN


# A non-ASCII Latin letter: "Café" in UTF-8 beside a legacy Chinese page is UTF-8 (read as GBK it
# would put Han inside a word: "Caf茅"), and chance readings of CJK bytes seldom give Latin letters.
LATIN_LETTER = regex.compile(r"[^\x00-\x7f](?<=\p{Latin})")


def multibyte_reading_wins(line: bytes, codec: str) -> bool:
    """Whether a line that is valid UTF-8, in a page otherwise in the multibyte ``codec``, reads
    better in ``codec``: "学校" in GBK is valid UTF-8 by chance ("ѧУ", an archaic Cyrillic letter
    before a capital), and its GBK reading fits its language better (`reading_evidence`). A line
    with accented Latin letters is UTF-8."""
    if codec not in MULTIBYTE:
        return False
    as_utf8 = line.decode("utf-8")
    if LATIN_LETTER.search(as_utf8):
        return False
    try:
        legacy = line.decode(codec)
    except UnicodeDecodeError:
        return False
    return reading_evidence(legacy) > reading_evidence(as_utf8)
