"""Turn the caller's input (str or bytes) into str, never failing on undecodable bytes.

Bytes: a BOM decides; else strict UTF-8; else a charset the page declares (HTML meta or XML
declaration) if Python knows it; else windows-1252, which maps every byte, so nothing is lost.
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


def declared_charset(data: bytes) -> str | None:
    """The charset named in the first 4 KB, if Python has a codec of that name."""
    m = DECLARED_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, *, encoding: str | None = None) -> str:
    """Decode page bytes: BOM, then ``encoding`` if given, UTF-8, the declared charset, cp1252."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    candidates = [encoding] if encoding else []
    candidates += ["utf-8"]
    declared = declared_charset(data)
    if declared:
        candidates.append(declared)
    for codec in candidates:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    # cp1252 leaves 5 bytes undefined; "replace" keeps every other byte's character.
    return data.decode("cp1252", errors="replace")


def decode_source(source: object) -> str:
    """The input as str; bytes are decoded, anything else is an InputError."""
    if isinstance(source, str):
        return source
    if isinstance(source, (bytes, bytearray, memoryview)):
        return decode_bytes(bytes(source))
    raise InputError(f"expected str or bytes, got {type(source).__name__}; pass the page's text or raw bytes")
