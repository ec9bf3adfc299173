"""Turn the caller's input (str or bytes) into str, never failing on undecodable bytes.

Bytes: a BOM decides; else UTF-16 by its high bytes (or, for Chinese, Japanese and Korean, by the
letters it reads as); else strict UTF-8 (read as
ISO-2022-JP or -KR when it has their escapes); else a charset the caller or
the page declares; else UTF-8 with stray cp1252 bytes; else a guessed legacy charset
(`charset_guess`), windows-1252 when nothing else fits. No byte is dropped.
"""
from __future__ import annotations

import codecs
import re
from collections import Counter

import regex

from .charset_checks import declaration_is_wrong, multibyte_reading_wins
from .charset_guess import guess_charset
from .errors import BinaryInputError, InputError

# <meta charset="iso-8859-1">, <meta http-equiv="Content-Type" content="text/html; charset=koi8-r">,
# <?xml version="1.0" encoding="windows-1251"?>: only the first 4 KB are searched.
DECLARED_CHARSET = regex.compile(
    rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", regex.IGNORECASE)

BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Labels browsers read as a superset (WHATWG Encoding Standard): pages labelled latin-1 are
# cp1252 in practice ("\x93" is a quote, not a control), gb2312 pages use GBK characters, and
# browsers read GBK with the gb18030 decoder (the same two-byte table, plus four-byte codes).
SUPERSETS = {
    "iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254",
    "iso8859-11": "cp874", "tis-620": "cp874", "gb2312": "gb18030", "euc_kr": "cp949",
    "shift_jis": "cp932", "big5": "big5hkscs", "gbk": "gb18030",
}

# Bytes 0x80-0xFF: deleted with bytes.translate to count them (about 1 GB/s).
HIGH_BYTES = bytes(range(0x80, 0x100))


def cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    """Error handler: each undecodable byte becomes its windows-1252 character, as a browser shows
    it; the five bytes cp1252 leaves undefined become the C1 control of the same number."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start:err.end]
    return bad.decode("cp1252", errors="cleantext-latin1"), err.end


def latin1_fallback(err: UnicodeError) -> tuple[str, int]:
    """Error handler: an undecodable byte becomes the latin-1 character of the same number."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    return err.object[err.start:err.end].decode("latin-1"), err.end


codecs.register_error("cleantext-cp1252", cp1252_fallback)
codecs.register_error("cleantext-latin1", latin1_fallback)


def codec_name(label: str) -> str | None:
    """Python's codec for a charset label, widened to what browsers use; None if unknown. A UTF-16
    or UTF-32 label is dropped: bytes in those encodings are found by their BOM or their NULs,
    and a page declaring them in an 8-bit meta tag is wrong (browsers ignore it too)."""
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    if name.startswith(("utf-16", "utf-32")):
        return None
    return SUPERSETS.get(name, name)


def declared_charset(data: bytes) -> str | None:
    """The charset named in the first 4 KB, if Python has a codec of that name."""
    m = DECLARED_CHARSET.search(data[:4096])
    if not m:
        return None
    return codec_name(m.group(1).decode("ascii", "replace"))


def sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM (only asked of bytes with NULs, which no 8-bit or legacy multibyte
    charset has; Chinese or Japanese UTF-16 without any ASCII character, not even a line break,
    has none either and is not found): every other byte is a character's high byte, and in text of one script these
    take few values (NUL under ASCII, 0x04 under Cyrillic ...) while the low bytes vary. Binary
    data full of NULs has few values in both halves. Chinese, Japanese and Korean spread their
    high bytes wider (`sniff_wide_utf16`)."""
    head, even, odd = halves(data)
    if len(head) < 4:
        return None
    if few_values(odd) and not few_values(even):
        return "utf-16-le"
    if few_values(even) and not few_values(odd):
        return "utf-16-be"
    return sniff_wide_utf16(head, even, odd)


def halves(data: bytes) -> tuple[bytes, bytes, bytes]:
    """The first 2,000 bytes (an even number of them), its bytes at even and at odd offsets."""
    head = data[:2000]
    head = head[: len(head) - len(head) % 2]
    return head, head[0::2], head[1::2]


def decode_utf16(data: bytes, codec: str) -> str | None:
    """``data`` read as UTF-16 in ``codec``'s byte order, or None if it is not valid UTF-16. A
    file cut to an odd length (a truncated download) ends in half a character: U+FFFD."""
    whole = data[: len(data) - len(data) % 2]
    try:
        return whole.decode(codec) + ("\ufffd" if len(whole) < len(data) else "")
    except UnicodeDecodeError:
        return None


# What text has next to none of and a wrong reading of bytes as UTF-16 is full of: code points no
# character has, private use, surrogates, and control characters other than tab, newline, form
# feed and carriage return.
NOT_TEXT = regex.compile(r"[\p{Cn}\p{Co}\p{Cs}\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def sniff_wide_utf16(head: bytes, even: bytes, odd: bytes) -> str | None:
    """UTF-16 of a script with hundreds of characters (Chinese, Japanese, Korean), whose high
    bytes take too many values for `few_values`: the reading that decodes, has next to no
    `NOT_TEXT` (at most 1 in 100) and whose letters are its language's common ones
    (`letter_evidence`: "こんにちは世界" 0.57, while English UTF-8 with a stray NUL read as UTF-16,
    "桔\u2065潣湵...", has none). The other reading of the same bytes seldom decodes at all (a low
    byte 0xd8-0xdf makes a lone surrogate). Its high bytes take no more values than its low bytes
    ("木曜日、" is 0x67 0x66 0x65 0x30 high, 0x28 0xdc 0xe5 0x01 low)."""
    from .letter_stats import letter_evidence

    if len(head) < MIN_WIDE_BYTES:
        return None
    best, best_evidence = None, MIN_LETTER_EVIDENCE
    for codec, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if len(set(high)) > len(set(low)):
            continue
        try:
            # Incremental: the sample may end inside a surrogate pair.
            chars = codecs.getincrementaldecoder(codec)().decode(head, final=False)
        except UnicodeDecodeError:
            continue
        if 100 * len(NOT_TEXT.findall(chars)) > len(chars):
            continue
        evidence = letter_evidence(chars)
        if evidence >= best_evidence:
            best, best_evidence = codec, evidence
    return best


# The share of common letters a reading needs (Chinese prose: about 0.2; wrong readings: under 0.05),
# and the fewest bytes to weigh: in a few characters one common letter is chance.
MIN_LETTER_EVIDENCE = 0.1
MIN_WIDE_BYTES = 12


def few_values(data: bytes) -> bool:
    """Whether two byte values make up at least 85% of ``data``."""
    top = Counter(data).most_common(2)
    return sum(n for _, n in top) >= 0.85 * len(data)


def mostly_utf8(data: bytes) -> bool:
    """Whether valid UTF-8 sequences cover more of the high bytes than stray bytes do, as in a
    UTF-8 page with one cp1252 snippet pasted in. Python's decoder counts the stray bytes (each
    becomes one escape), so this reads hundreds of MB/s. Stray bytes glued to UTF-8 characters
    say otherwise: legacy multibyte text (EUC-JP "北浜市" is "\xcb\xcc\xc9\xcd\xbb\xd4") holds
    valid two-byte sequences by chance, among the rest of its bytes, while a pasted snippet
    sits among ASCII."""
    high = len(data) - len(data.translate(None, HIGH_BYTES))
    text = data.decode("utf-8", "surrogateescape")
    stray = len(data) - len(text.encode("utf-8", "ignore"))
    return high - stray > stray and 10 * len(STRAY_BY_UTF8.findall(text)) <= stray


# A stray byte (an escape of surrogateescape) next to a character UTF-8 decoded.
STRAY_BY_UTF8 = re.compile(r"[\udc80-\udcff](?=[^\x00-\x7f\udc80-\udcff])|(?<=[^\x00-\x7f\udc80-\udcff])[\udc80-\udcff]")


def decode_mixed(data: bytes) -> str | None:
    """A page whose lines are partly UTF-8 and partly in a legacy charset (a paragraph pasted from
    an old windows-1250 file into a UTF-8 template): each UTF-8 line as UTF-8, the others in the
    charset guessed from them alone; None unless both kinds of line hold non-ASCII bytes.

    A line that is UTF-8 with a few stray bytes (`mostly_utf8`) keeps its UTF-8 and reads the
    stray bytes as cp1252, as before. Legacy Chinese, Japanese or Korean can make a short line
    that is valid UTF-8 by chance: such a line stays in the legacy charset when that reading is
    made of more common letters (`multibyte_reading_wins`). Whether a page is mixed is decided
    on its first 64 KB (`MIXED_SAMPLE`), so a long legacy page pays little for the question."""
    head = data[:MIXED_SAMPLE].splitlines(keepends=True)
    if not any(not line.isascii() and is_utf8(line) for line in head) \
            or all(line.isascii() or is_utf8(line) for line in (head[:-1] if len(data) > MIXED_SAMPLE else head)):
        return None  # the last line of a sample may be cut inside a character
    lines = data.splitlines(keepends=True) if len(data) > MIXED_SAMPLE else head
    legacy = [line for line in lines if not line.isascii() and not is_utf8(line)]
    if not legacy:
        return None
    codec = guess_charset(b"".join(line for line in legacy if not utf8_with_strays(line)) or legacy[0])
    out = []
    for line in lines:
        if line.isascii():
            out.append(line.decode("ascii"))
        elif is_utf8(line):
            out.append(line.decode(codec) if multibyte_reading_wins(line, codec) else line.decode("utf-8"))
        elif utf8_with_strays(line):
            out.append(line.decode("utf-8", errors="cleantext-cp1252"))
        else:
            out.append(line.decode(codec, errors="cleantext-latin1"))
    return "".join(out)


def utf8_with_strays(line: bytes) -> bool:
    """Whether a line that is not valid UTF-8 is UTF-8 with a few stray bytes (`mostly_utf8`), or
    holds UTF-8 characters and stray bytes that never touch them: "Ein \\x93Zitat\\x94: Übung" is a
    UTF-8 line with cp1252 quotes, while legacy text that holds a valid sequence by chance has it
    glued to its other letters (Ukrainian "Він" in windows-1251 is "\\xc2\\xb3\\xed")."""
    if mostly_utf8(line):
        return True
    text = line.decode("utf-8", "surrogateescape")
    return UTF8_CHAR.search(text) is not None and STRAY_BY_UTF8.search(text) is None


UTF8_CHAR = re.compile(r"[^\x00-\x7f\udc80-\udcff]")


# Where `decode_mixed` looks for UTF-8 lines beside legacy ones.
MIXED_SAMPLE = 1 << 16


def is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# ISO-2022-JP (Japanese e-mail and old pages) and its Korean and Chinese kin are 7-bit: valid
# ASCII, so valid UTF-8, with escape sequences that switch to a two-byte set ("\x1b$B" JIS X 0208,
# "\x1b$)C" KS X 1001). Nothing else puts "ESC $" in text (terminal colours are "ESC [").
def from_iso2022(data: bytes) -> str | None:
    """``data`` read as ISO-2022 when it switches to a two-byte set and decodes strictly, else None.
    ISO-2022-KR announces itself once ("\x1b$)C") and then shifts with SO and SI."""
    if b"\x1b$" not in data:
        return None
    try:
        return data.decode("iso2022_kr" if b"\x1b$)C" in data else "iso2022_jp_2")
    except UnicodeDecodeError:
        return None


def decode_bytes(data: bytes, *, encoding: str | None = None, refuse_binary: bool = False) -> str:
    """Decode page bytes.

    Order: a BOM; UTF-16 told by its NULs; strict UTF-8 (valid UTF-8 with non-ASCII bytes is
    almost never anything else, and servers often label it ISO-8859-1); ``encoding`` (e.g. an
    HTTP header) and then the charset the page declares, each strictly; UTF-8 with its stray
    bytes read as cp1252 when UTF-8 sequences dominate; else the legacy charset `guess_charset`
    finds (windows-1252 when nothing else fits), where a byte the charset leaves undefined
    becomes the latin-1 character of the same number.

    With ``refuse_binary``, bytes that look like binary data (`binary_share`) raise
    `BinaryInputError` instead of being decoded; valid UTF-8 without a NUL in its first 2,000
    bytes is not looked at, so clean pages pay nothing for the check.
    """
    for bom, codec in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    # Pure-ASCII UTF-16 is valid UTF-8 (NULs and all), so it is looked for first.
    has_nul = b"\x00" in data[:2000]
    utf16 = sniff_utf16(data) if has_nul else None
    if utf16 is not None and (text := decode_utf16(data, utf16)) is not None:
        return text
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    # Binary data is almost never valid UTF-8; when it is, it has NULs (7-bit data: headers,
    # tables of small integers). Clean UTF-8 text has neither, so it pays nothing for the check.
    if refuse_binary and (text is None or has_nul):
        share = binary_share(data)
        if share is not None:
            raise BinaryInputError(
                f"binary data, not a page: {share:.0%} of the first {min(len(data), BINARY_SAMPLE):,} "
                "bytes are control codes (an executable, image or compressed file?)")
    if text is not None:
        return from_iso2022(data) or text if b"\x1b" in data else text
    if encoding and (label := codec_name(encoding)) not in (None, "utf-8"):
        try:
            return data.decode(label)
        except (UnicodeError, LookupError):
            pass
    declared = declared_charset(data)
    if declared not in (None, "utf-8"):
        try:
            text = data.decode(declared)
        except (UnicodeError, LookupError):
            text = None
        if text is not None and not declaration_is_wrong(data, declared, text):
            return text
    mixed = decode_mixed(data)
    if mixed is not None:
        return mixed
    if mostly_utf8(data):
        return data.decode("utf-8", errors="cleantext-cp1252")
    return data.decode(guess_charset(data), errors="cleantext-latin1")


# C0 control bytes other than the whitespace ones (tab, line feed, VT, form feed, CR) and ESC
# (terminal colours in captured output). Text in any ASCII-compatible charset has next to none;
# executables, images and compressed data have one in ten or more (26 of 256 byte values).
BINARY_BYTES = bytes(range(0x09)) + bytes(range(0x0E, 0x1B)) + bytes(range(0x1C, 0x20))
BINARY_CHARS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
# The start of the input is looked at: where a file says what it is, and enough to count on.
BINARY_SAMPLE = 8192
# More than 5% of the sample and at least 8: text with a few stray NULs or bells is still text.
BINARY_SHARE, BINARY_MIN = 0.05, 8


def binary_share(data: bytes) -> float | None:
    """The share of control bytes at the start of ``data`` if it looks like binary data, else None.

    UTF-16 and UTF-32 text is full of NUL bytes, so bytes with a byte order mark are text, and
    bytes that look like UTF-16 are counted as the characters they decode to."""
    head = data[:BINARY_SAMPLE]
    if not head or any(head.startswith(bom) for bom, _ in BOMS):
        return None
    utf16 = sniff_utf16(head) if b"\x00" in head else None
    if utf16 is not None:
        chars = head.decode(utf16, errors="replace")
        count, size = len(BINARY_CHARS.findall(chars)), len(chars)
    else:
        count, size = len(head) - len(head.translate(None, BINARY_BYTES)), len(head)
    share = count / size
    return share if count >= BINARY_MIN and share > BINARY_SHARE else None


def decode_source(source: object) -> str:
    """The input as str; bytes are decoded, anything else is an InputError.

    Bytes that are binary data rather than text (`binary_share`, see `decode_bytes`) raise
    `BinaryInputError`: their decoding would be noise that looks like a page. A str is always
    taken as text.
    """
    if isinstance(source, str):
        return source
    if isinstance(source, (bytes, bytearray, memoryview)):
        return decode_bytes(bytes(source), refuse_binary=True)
    raise InputError(f"expected str or bytes, got {type(source).__name__}; pass the page's text or raw bytes")
