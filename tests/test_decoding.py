"""decode_bytes: bytes in any encoding a page may use become str, and no byte is ever lost."""
import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleantext.decoding import codec_name, declared_charset, decode_bytes, decode_source
from cleantext.errors import InputError

TEXT = "Café “crème” – 5 € naïve"


@pytest.mark.parametrize("bom, codec", [
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
])
def test_bom_decides_and_is_removed(bom, codec):
    assert decode_bytes(bom + TEXT.encode(codec)) == TEXT


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised_by_its_nuls(codec):
    assert decode_bytes("Plain ASCII headline\nand a line".encode(codec)) == "Plain ASCII headline\nand a line"
    assert decode_bytes(TEXT.encode(codec)) == TEXT


def test_valid_utf8_wins_over_a_wrong_label():
    data = ('<meta charset="iso-8859-1">' + TEXT).encode("utf-8")
    assert decode_bytes(data).endswith(TEXT)
    assert decode_bytes(TEXT.encode("utf-8"), encoding="iso-8859-1") == TEXT


@pytest.mark.parametrize("declaration, codec, text", [
    ('<meta charset="windows-1251">', "cp1251", "Привет, мир — новости"),
    ('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', "koi8-r", "Привет, мир"),
    ('<?xml version="1.0" encoding="Shift_JIS"?>', "cp932", "東京都の天気 ①"),
    ("<meta charset='gb2312'>", "gbk", "北京市今天发布 镕"),
    ('<meta charset="iso-8859-2">', "iso8859-2", "Zażółć gęślą jaźń"),
])
def test_declared_charset_is_used_when_utf8_fails(declaration, codec, text):
    assert decode_bytes((declaration + text).encode(codec)) == declaration + text


def test_latin1_label_is_read_as_cp1252_like_browsers_do():
    data = b'<meta charset="ISO-8859-1">\x93quoted\x94 caf\xe9'
    assert decode_bytes(data).endswith("“quoted” café")


def test_given_encoding_is_used_when_utf8_fails():
    assert decode_bytes("Привет".encode("cp1251"), encoding="windows-1251") == "Привет"


def test_undeclared_legacy_bytes_fall_back_to_cp1252():
    assert decode_bytes("Café crème “ok” €".encode("cp1252")) == "Café crème “ok” €"


def test_cp1252_undefined_bytes_become_c1_characters_not_replacement_marks():
    assert decode_bytes(b"a\x81b\x9dc\xe9") == "a\x81b\x9dcé"


def test_utf8_page_with_a_stray_cp1252_byte_keeps_its_utf8():
    data = "Straße in München, “Zitat” – ".encode() + b"caf\xe9"
    assert decode_bytes(data) == "Straße in München, “Zitat” – café"


def test_wrong_or_odd_declarations_do_not_crash():
    for decl in [b"charset=utf-16", b"charset=base64", b"charset=rot13", b"charset=idna", b"charset=nonsense"]:
        assert decode_bytes(decl + b" caf\xe9") == decl.decode() + " café"


@pytest.mark.parametrize("label, name", [
    ("ISO-8859-1", "cp1252"), ("us-ascii", "cp1252"), ("GB2312", "gbk"), ("Shift_JIS", "cp932"),
    ("EUC-KR", "cp949"), ("big5", "big5hkscs"), ("windows-1251", "cp1251"), ("utf-16", None), ("x-nope", None),
])
def test_codec_name_widens_labels_as_browsers_do(label, name):
    assert codec_name(label) == name


def test_declared_charset_is_only_searched_near_the_top():
    assert declared_charset(b"x" * 5000 + b'<meta charset="koi8-r">') is None


def test_decode_source_accepts_str_bytes_bytearray_memoryview():
    for source in (TEXT, TEXT.encode(), bytearray(TEXT.encode()), memoryview(TEXT.encode())):
        assert decode_source(source) == TEXT


def test_decode_source_rejects_other_types():
    with pytest.raises(InputError):
        decode_source(3.14)


@given(st.binary(max_size=300))
def test_decode_bytes_is_total(data):
    """Any bytes decode to str without an exception."""
    assert isinstance(decode_bytes(data), str)


@given(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\ufeff"), max_size=100))
def test_utf8_round_trips(text):
    """Text encoded as UTF-8 decodes to itself (NUL-free: NULs are how BOM-less UTF-16 is told)."""
    assert decode_bytes(text.encode("utf-8")) == text
