"""Turn the caller's input (str or bytes) into str, never failing on undecodable bytes.

Bytes: a BOM decides; else UTF-16 by its NULs; else strict UTF-8; else a charset the caller or
the page declares; else UTF-8 with stray cp1252 bytes; else windows-1252. No byte is dropped.
"""
from __future__ import annotations

import codecs

import regex

from .errors import InputError

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
# cp1252 in practice ("\x93" is a quote, not a control), gb2312 pages use GBK characters, etc.
SUPERSETS = {
    "iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254",
    "iso8859-11": "cp874", "tis-620": "cp874", "gb2312": "gbk", "euc_kr": "cp949",
    "shift_jis": "cp932", "big5": "big5hkscs",
}

# One well-formed UTF-8 multibyte sequence (RFC 3629: no overlongs, surrogates or > U+10FFFF).
UTF8_SEQUENCE = regex.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")
HIGH_BYTE = regex.compile(rb"[\x80-\xff]")


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
    """UTF-16 without a BOM: text in the Latin range has a NUL in every other byte."""
    head = data[:2000]
    if len(head) < 4 or head.count(0) < len(head) // 4:
        return None
    odd, even = head[1::2].count(0), head[0::2].count(0)
    if odd > 3 * even:
        return "utf-16-le"
    if even > 3 * odd:
        return "utf-16-be"
    return None


def mostly_utf8(data: bytes) -> bool:
    """Whether valid UTF-8 sequences cover more of the high bytes than stray bytes do, as in a
    UTF-8 page with one cp1252 snippet pasted in."""
    high = len(HIGH_BYTE.findall(data))
    in_sequences = sum(len(m) for m in UTF8_SEQUENCE.findall(data))
    return in_sequences > high - in_sequences


def decode_bytes(data: bytes, *, encoding: str | None = None) -> str:
    """Decode page bytes.

    Order: a BOM; UTF-16 told by its NULs; strict UTF-8 (valid UTF-8 with non-ASCII bytes is
    almost never anything else, and servers often label it ISO-8859-1); ``encoding`` (e.g. an
    HTTP header) and then the charset the page declares, each strictly; UTF-8 with its stray
    bytes read as cp1252 when UTF-8 sequences dominate; else windows-1252, which maps every byte.
    """
    for bom, codec in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    # Pure-ASCII UTF-16 is valid UTF-8 (NULs and all), so it is looked for first.
    utf16 = sniff_utf16(data) if b"\x00" in data[:2000] else None
    if utf16 is not None:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    candidates = [codec_name(encoding) if encoding else None, declared_charset(data)]
    for label in candidates:
        if label is None or label == "utf-8":
            continue
        try:
            return data.decode(label)
        except (UnicodeError, LookupError):
            continue
    if mostly_utf8(data):
        return data.decode("utf-8", errors="cleantext-cp1252")
    return data.decode("cp1252", errors="cleantext-latin1")


def decode_source(source: object) -> str:
    """The input as str; bytes are decoded, anything else is an InputError."""
    if isinstance(source, str):
        return source
    if isinstance(source, (bytes, bytearray, memoryview)):
        return decode_bytes(bytes(source))
    raise InputError(f"expected str or bytes, got {type(source).__name__}; pass the page's text or raw bytes")
