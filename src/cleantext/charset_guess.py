"""Guess the charset of page bytes that are not UTF-8 and declare none.

First the Latin charsets, which put the same letters at different bytes: windows-1252 (the
fallback before there was a guess), windows-1250, ISO-8859-2, windows-1254, windows-1257 and
ISO-8859-13. The alphabets of the languages written in each pick one (`latin_charset`), and if its
reading looks like a Latin language it is kept. Else charset-normalizer ranks readings in the
other scripts (Cyrillic, Greek, Hebrew, Arabic, Chinese, Japanese, Korean): it knows their letter
statistics, but for Latin text it counts mostly ASCII letters, which all Latin charsets share.
The readings it ranks nearly equal are weighed again by their letters
(`letter_stats.reading_evidence`), which tells apart charsets of one script. Only called when
UTF-8 has failed.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

import regex

from .letter_stats import NON_ASCII_LETTER, common_letters, letter_evidence, reading_evidence

__all__ = ["common_letters", "guess_charset", "letter_evidence", "reading_evidence"]

# The Latin charsets, windows-1252 first: it wins every tie. ISO-8859-15 is Latin-1 with "€" where
# windows-1252 has "¤" (and "œ š ž" for "½ ¨ ¸"); it loses ties to the Baltic charsets, whose
# "“" it reads as "Ž". windows-1258 is Vietnamese, its tones written as combining marks.
LATIN = ("cp1252", "cp1250", "iso8859_2", "cp1254", "cp1257", "iso8859_13", "iso8859_15", "cp1258")
# The other legacy charsets of the WHATWG Encoding Standard that undeclared pages are found in,
# as Python names them; charset-normalizer weighs only these (fewer ways to be wrong, faster).
NON_LATIN = [
    "cp1251", "koi8_u",                                  # Cyrillic (KOI8-U: see below)
    "iso8859_7", "cp1253",                               # Greek
    "cp1255", "cp1256",                                  # Hebrew, Arabic
    "gb18030", "big5", "cp932", "euc_jp", "euc_kr",      # Chinese, Japanese, Korean
    "cp874",                                             # Thai (TIS-620 with windows-1252's quotes)
    "iso8859_5", "cp866", "mac_cyrillic", "iso8859_6",   # rarer: see RARE
]
# Charsets that pages seldom used (ISO-8859-5 on Unix, cp866 from DOS, mac-cyrillic, ISO-8859-6):
# a reading in one of them that fits no better than a reading in a common one loses to it.
RARE = frozenset(NON_LATIN[-4:])
# Thai (one byte a letter, nearly all letters high bytes) is weighed only with 16 high bytes or
# more: a few Chinese or Korean characters read as Thai letters as often as not ("鎮公所宣" in
# Big5 is "ยํคฝฉาซล"), and a Thai phrase shorter than that is not recognised.
NOT_THAI = [codec for codec in NON_LATIN if codec != "cp874"]
MIN_THAI_BYTES = 16


def high_bytes(data: bytes) -> int:
    return len(data) - len(data.translate(None, HIGH_BYTES))


# A guessed charset is read as its superset, as browsers read its label: Big5-HKSCS and Korean
# cp949 add characters the base tables lack (gb18030 already holds GBK, cp932 Shift_JIS). KOI8-U
# is asked for instead of KOI8-R: it differs only where KOI8-R has eight box-drawing characters,
# which Russian prose never uses and Ukrainian uses as letters (і ї є ґ); asked for KOI8-R,
# charset-normalizer saw Ukrainian KOI8-U as halfwidth katakana.
READ_AS = {"big5": "big5hkscs", "euc_kr": "cp949"}

# The first 64 KB say what a page's charset is; reading all of a 50 MB page would only cost time.
SAMPLE_BYTES = 1 << 16


def guess_charset(data: bytes) -> str:
    """The codec to read ``data`` with: bytes that are not UTF-8 and declare no charset.

    >>> guess_charset("Городской совет утвердил план ремонта набережной.".encode("cp1251"))
    'cp1251'
    >>> guess_charset("Le café « crème » coûte 2 €.".encode("cp1252"))
    'cp1252'
    """
    sample = data[:SAMPLE_BYTES]
    latin = "cp1252"  # the fallback when nothing fits
    if not mostly_high_bytes(sample):
        latin = latin_charset(sample)
        if latin_is_plausible(latin_reading(sample, latin)):
            return latin
    from charset_normalizer import from_bytes  # imported here: only non-UTF-8 input needs it

    # The whole input: a multibyte charset must decode all of it, not just the sample.
    candidates = NON_LATIN if high_bytes(sample) >= MIN_THAI_BYTES else NOT_THAI
    matches = list(from_bytes(data, cp_isolation=candidates, preemptive_behaviour=False, enable_fallback=False))
    if not matches:
        return latin
    best = matches[0]
    # In text too short for charset-normalizer to recognise a language it ranks by "chaos" (odd
    # characters) alone, which does not count Hangul jamo or halfwidth katakana as odd; where it
    # does, its letter statistics cannot tell apart two charsets of one script (Russian in
    # windows-1251 and in mac-cyrillic differ in capitals and "я"). Among the readings near its
    # best, the one whose letters fit best (`reading_evidence`) wins, a common charset on a tie.
    near = [m for m in matches if m.chaos <= best.chaos + NEAR_CHAOS]
    if len(near) > 1:
        best = max(near, key=lambda m: (reading_evidence(str(m)[:SAMPLE_BYTES]) - m.chaos, m.encoding not in RARE))
    if mixes_scripts(str(best)[:SAMPLE_BYTES]):
        return latin
    codec = READ_AS.get(best.encoding, best.encoding)
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return str(best.encoding)
    return codec


# -- Latin charsets ---------------------------------------------------------------------------

# Accented letters of the languages written in each Latin charset (lowercase; capitals are
# derived). A reading in the wrong charset turns them into letters no one language has together
# ("è ø ì ù" for Czech "č ř ě ů" read as windows-1252) or into symbols inside words ("pa±stwo").
ALPHABETS: dict[str, dict[str, str]] = {
    # Letters a language writes only in a few loanwords or for emphasis are left out of its
    # alphabet, so that a reading made of them is no perfect fit: French "æ", Dutch "á è ó",
    # Italian "î", Danish and Swedish "é", Finnish "š ž" (Polish "ą ę" in windows-1257 read as
    # windows-1252 are French-looking "à æ", Lithuanian "į ė" Dutch-looking "á ë").
    "cp1252": {
        "fr": "àâçéèêëîïôœùûüÿ", "de": "äöüßé", "es": "áéíóúñü", "pt": "áâãàçéêíóôõúü",
        "it": "àèéìíòóùú", "ca": "àçèéíïòóúü", "nl": "éëïöü", "da": "æøå", "sv": "åäö",
        "fi": "äöå", "is": "áðéíóúýþæö", "et": "äöõüšž", "ga": "áéíóú",
    },
    "cp1250": {
        "pl": "ąćęłńóśźż", "cs": "áčďéěíňóřšťúůýž", "sk": "áäčďéíĺľňóôŕšťúýž", "hu": "áéíóöőúüű",
        "hr": "čćđšž", "sl": "čšž", "ro": "ăâîşţ", "de": "äöüßé", "sq": "çë",
    },
    # Turkish "â î û" are rare (loanwords: "şikâyet") and counted as French letters: Latvian "ā ī ū"
    # read as windows-1254 are "â î û", and with "ē š ž" as "ç ğ ş" a Latvian line fitted Turkish.
    "cp1254": {"tr": "çğıöşü", "de": "äöüßé", "fr": "àâçéèêëîïôùûü"},
    "cp1257": {
        "lt": "ąčęėįšųūž", "lv": "āčēģīķļņšūž", "et": "äöõüšž", "pl": "ąćęłńóśźż", "de": "äöüßé",
    },
}
ALPHABETS["iso8859_2"] = ALPHABETS["cp1250"]
ALPHABETS["iso8859_13"] = ALPHABETS["cp1257"]
ALPHABETS["iso8859_15"] = ALPHABETS["cp1252"]
# Vietnamese, composed (NFC): a windows-1258 reading is composed before it is scored.
ALPHABETS["cp1258"] = {"vi": "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"}


def _with_capitals(letters: str) -> frozenset[str]:
    capitals = {c.upper() for c in letters if len(c.upper()) == 1 and not c.upper().isascii()}
    return frozenset(letters) | capitals | ({"İ"} if "ı" in letters else set())


LETTER_SETS = {codec: [_with_capitals(a) for a in langs.values()] for codec, langs in ALPHABETS.items()}
TURKISH = _with_capitals(ALPHABETS["cp1254"]["tr"])
# The Baltic charsets are rarer: their reading must also fit by two letters of its own (a
# three-character Big5 snippet reads as "·|¦^ØÓ" in windows-1257, one letter of no Baltic alphabet).
RARE_LATIN = frozenset({"cp1257", "iso8859_13", "cp1258"})
# Another reading must fit better by two letters (four half points): one letter is no evidence.
LATIN_MARGIN = 4


# Bytes 0x80-0xFF in more than two in five of the letters: no Latin language has that many
# accented letters (Czech and Hungarian prose: about one in six), every other script does.
HIGH_BYTES = bytes(range(0x80, 0x100))
ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def mostly_high_bytes(data: bytes) -> bool:
    """Whether ``data`` cannot be a Latin language, so its Latin readings need no scoring (a
    speed-up for long inputs only: in "Été à Noël" one word decides, and scoring it is cheap)."""
    high = high_bytes(data)
    letters = high + len(data) - len(data.translate(None, ASCII_LETTERS))
    return letters >= 200 and 5 * high > 2 * letters


def latin_charset(data: bytes) -> str:
    """The Latin charset whose reading of ``data`` fits one language's alphabet best (`fit`).

    windows-1252 keeps the bytes when its reading fits perfectly (every accented letter is of
    one language, no oddity: "antes», antes»" has no letter at all, where ISO-8859-2 reads a
    Czech-looking "antesť, antesť"), and unless another reading fits better by `LATIN_MARGIN`.
    Between the others a tie goes to the first in ``LATIN``.
    """
    western = data.decode("cp1252", errors="cleantext-latin1")
    scores = {"cp1252": latin_fit(western, "cp1252")}
    if is_perfect(western, scores["cp1252"]):
        return "cp1252"
    # Readings that are the same text under the same alphabets score the same: windows-1257 and
    # ISO-8859-13 differ only in quotes, windows-1250 and ISO-8859-2 in a few letters.
    seen: dict[tuple[str, int], tuple[int, bool]] = {}
    perfect = {}
    for codec in LATIN[1:]:
        text = latin_reading(data, codec)
        key = (text, id(ALPHABETS[codec]))
        if key not in seen:
            score = latin_fit(text, codec)
            seen[key] = score, is_perfect(text, score)
        scores[codec], perfect[codec] = seen[key]
    best = max(LATIN, key=lambda codec: scores[codec])  # max keeps the first of equals
    # A reading whose every accented letter belongs to one language, against a windows-1252
    # reading that mixes languages or has oddities, needs one letter more, not two: Turkish
    # "binası kütüphane" is "binasý kütüphane" in windows-1252, Icelandic "ý" beside German "ü".
    floor = scores["cp1252"] + (PERFECT_MARGIN if perfect.get(best) else LATIN_MARGIN)
    if best in RARE_LATIN:
        floor = max(floor, LATIN_MARGIN)
    return best if scores[best] >= floor else "cp1252"


# One letter of evidence (two half points) more, for a reading that fits perfectly (above).
PERFECT_MARGIN = 2


def latin_reading(data: bytes, codec: str) -> str:
    """``data`` read in a Latin charset; windows-1258 readings composed (NFC), so that a vowel and
    its tone mark make one Vietnamese letter and a mark left alone is an oddity."""
    text = data.decode(codec, errors="cleantext-latin1")
    return unicodedata.normalize("NFC", text) if codec == "cp1258" else text


def is_perfect(text: str, score: int) -> bool:
    """Whether a reading's score says every accented letter is of one language, without oddities."""
    return score == 2 * len(NON_ASCII_LETTER.findall(text))


def latin_fit(text: str, codec: str) -> int:
    """`fit` to the alphabets of ``codec``'s languages; for the Western charsets, less two points
    for each letter where none of their languages writes it (`MISPLACED_WESTERN`)."""
    # A windows-1254 reading is Turkish or nothing: for French or German text, windows-1252
    # reads the same letters, so only Turkish letters count for it ("Liepājā" read as windows-1254
    # is French-looking "Liepâjâ", as in windows-1252).
    score = fit(text, LETTER_SETS[codec], own=TURKISH if codec == "cp1254" else None)
    if codec in ("cp1252", "iso8859_15"):
        score -= 4 * len(MISPLACED_WESTERN.findall(text))
    return score


# Letters of the Western alphabets where their languages never write them, but Baltic and
# Turkish letters read as windows-1252 put them: "ç" before a letter other than a, o, u (French,
# Portuguese and Catalan "ça", "ção", "açúcar"; Latvian "nolēma" reads "nolçma", Turkish "çiftçi"
# is itself), "â" and "î" ending a word ("Liepājā", "rudenī" read "Liepâjâ", "rudenî"), "û"
# starting one ("ūdens" read "ûdens").
MISPLACED_WESTERN = regex.compile(
    r"[çÇ](?=\p{L})(?![aouâôûáóúãõAOUÂÔÛÁÓÚÃÕ])|[âîÂÎ](?!\p{L})(?<=\p{L}\p{L})|(?<!\p{L})[ûÛ](?=\p{L})")




def fit(text: str, alphabets: list[frozenset[str]], own: frozenset[str] | None = None) -> int:
    """How well ``text``'s non-ASCII letters fit the best of ``alphabets``, in half points: a
    letter of it two up, a letter of another of ``alphabets`` one down (a Spanish name in a
    German text, "Núñez ... täglich", is weak evidence), a letter of none two down, and an oddity
    (`oddities`) six down. With ``own``, the letters of that alphabet count as the best."""
    letters = Counter(NON_ASCII_LETTER.findall(text))
    known = sum(n for c, n in letters.items() if any(c in a for a in alphabets))
    hits = max((sum(n for c, n in letters.items() if c in a) for a in ([own] if own else alphabets)), default=0)
    strangers = sum(letters.values()) - known
    return 2 * hits - (known - hits) - 2 * strangers - 6 * oddities(text)


# "pa±stwo", "wy¶cig": a symbol, digit or punctuation mark between two letters; "wŸród": a
# capital after a lowercase letter ("JahrŽ": German "“" in ISO-8859-13 read as ISO-8859-15); "jesieni±", "¶rodê": a sign that never
# touches a word (Polish "ą", "ś" read as windows-1252); "Ť C'est ... ť": a letter standing
# alone that is no one-letter word (French « » read as ISO-8859-2); "ŤQueremos": an accented
# capital before a capitalised word; "\x9a": a byte the charset leaves undefined. The pattern
# opens with the one character it matches, so the scan skips ASCII quickly (35 MB/s on French).
ODDITY = regex.compile(
    r"[^\x00-\x7f](?:"
    r"(?<=\p{L}[\p{S}\p{N}\p{P}])(?<![’‘·‑‐–—])(?=\p{L})"
    r"|(?<=\p{Ll}\p{Lu})"
    r"|(?<=\p{L}[±¶¦¬¼½¾¤¯´¸˘˛˝ˇ¨¿¡])"
    r"|(?<=[±¶¦¬¼½¾¤¯´¸˘˛˝ˇ¨¹])(?=\p{L})"
    r"|(?<![\p{L}\p{M}].)(?<=\p{L})(?<![àèéòùåöøôóáíúÀÈÉÅÖØ])(?![\p{L}\p{M}])"
    r"|(?<!\p{L}.)(?<=\p{Lu})(?=\p{Lu}\p{Ll})"
    r"|(?<=[\x80-\x9f])"
    # "60 000 ¤": the euro sign of ISO-8859-15 read as windows-1252; no text writes "¤" itself.
    r"|(?<=¤)"
    # A combining mark that did not compose with the letter before it (windows-1258 readings).
    r"|(?<=\p{M})"
    r")")


def oddities(text: str) -> int:
    """How many symbols and capitals stand where words do not have them, plus C1 controls."""
    return len(ODDITY.findall(text))


# A run of letters (re's Unicode classes: four times faster here than regex's \p{L}).
LETTER_RUN = re.compile(r"[^\W\d_]+")


def accented_words(text: str) -> list[str]:
    """The words of ``text`` with a letter (or digit-like sign such as "³") outside ASCII."""
    return [w for w in LETTER_RUN.findall(text) if not w.isascii()]



def latin_is_plausible(text: str) -> bool:
    """Whether ``text`` (a Latin reading) looks like a language written in Latin letters: at most
    one in ten of its words with accented letters is made almost only of them (three or more,
    over three in four: "Ïðàâèòåëüñòâî" is Russian read as windows-1252, while Polish "Część" and
    "Łódź" are words), counting each oddity as such a word too."""
    words = accented_words(text)
    if not words:
        return True
    accented = sum(1 for w in words if (n := len(NON_ASCII_LETTER.findall(w))) >= 3 and 4 * n > 3 * len(w))
    return 10 * (accented + oddities(text)) <= len(words)


# -- other scripts ----------------------------------------------------------------------------

# charset-normalizer's "chaos" is a share of odd characters; readings within this of its best
# one are weighed again by their letters.
NEAR_CHAOS = 0.1


# A word that mixes Latin letters with Cyrillic, Greek, Arabic or Hebrew ones: "aپbگc" is Latin
# text with undefined windows-1252 bytes read as windows-1256. No language writes such words.
# (Chinese and Japanese do write Latin words inside their own runs of letters: "用iPhone拍照".)
MIXED_WORD = regex.compile(r"\p{Latin}\p{L}*[\p{Cyrillic}\p{Greek}\p{Arabic}\p{Hebrew}]"
                           r"|[\p{Cyrillic}\p{Greek}\p{Arabic}\p{Hebrew}]\p{L}*\p{Latin}")


def mixes_scripts(text: str) -> bool:
    """Whether more than one in ten of ``text``'s words with non-ASCII letters mixes scripts."""
    words = accented_words(text)
    return 10 * sum(1 for w in words if MIXED_WORD.search(w)) > len(words)
