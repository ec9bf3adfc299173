"""decode_bytes: bytes in any encoding a page may use become str, and no byte is ever lost."""
import codecs
import gzip
import random
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st
from legacy_texts import PARAGRAPHS

import cleantext
from cleantext.decoding import (
    binary_share,
    codec_name,
    declared_charset,
    decode_bytes,
    decode_source,
    mostly_utf8,
)
from cleantext.errors import BinaryInputError, InputError

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
    # 0x81 and 0x90 are undefined in windows-1252 and windows-1250 alike (0x9d is "ť" in 1250).
    assert decode_bytes(b"a\x81b\x90c\xe9") == "a\x81b\x90cé"


def test_utf8_page_with_a_stray_cp1252_byte_keeps_its_utf8():
    data = "Straße in München, “Zitat” – ".encode() + b"caf\xe9"
    assert decode_bytes(data) == "Straße in München, “Zitat” – café"


def test_wrong_or_odd_declarations_do_not_crash():
    for decl in [b"charset=utf-16", b"charset=base64", b"charset=rot13", b"charset=idna", b"charset=nonsense"]:
        assert decode_bytes(decl + b" caf\xe9") == decl.decode() + " café"


@pytest.mark.parametrize("label, name", [
    ("ISO-8859-1", "cp1252"), ("us-ascii", "cp1252"), ("GB2312", "gb18030"), ("GBK", "gb18030"), ("Shift_JIS", "cp932"),
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


# -- binary input -----------------------------------------------------------------------------
def _elf_like() -> bytes:
    """The shape of an executable: a header, runs of NULs, small integers, machine code, strings."""
    rng = random.Random(3)
    pieces = [b"\x00" * 8, bytes(rng.randrange(32) for _ in range(8)), rng.randbytes(8), b"/lib64/ld.so\x00"]
    return b"\x7fELF\x02\x01\x01" + b"\x00" * 9 + b"".join(rng.choice(pieces) for _ in range(2000))


BINARY = {
    "executable": _elf_like(),
    "random bytes": random.Random(5).randbytes(20_000),
    "gzip": gzip.compress(" ".join(random.Random(4).choice(["harbour", "storm", "café", "1890", "wall"])
                                   for _ in range(20_000)).encode()),
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + zlib.compress(random.Random(9).randbytes(5000)),
    # 7-bit data is valid UTF-8; its NULs are what get it looked at.
    "7-bit table": b"".join(bytes([0, 0, 0, n % 128, 1, 0, 2, 0]) for n in range(1000)),
}


@pytest.mark.parametrize("name", sorted(BINARY))
def test_binary_bytes_raise_binary_input_error(name):
    with pytest.raises(BinaryInputError, match="binary data, not a page"):
        decode_source(BINARY[name])


def test_binary_input_error_is_an_input_error_and_a_value_error():
    assert issubclass(BinaryInputError, InputError) and issubclass(BinaryInputError, ValueError)


@pytest.mark.parametrize("data", [
    b"A line of plain text with a stray NUL\x00 in it, as some scrapers leave them.\n" * 20,
    b"\x1b[31mred\x1b[0m terminal output\n" * 50,                # ANSI colours: ESC is not counted
    "Привет, мир! Как дела?\n".encode("utf-16-le") * 40,        # UTF-16 without a BOM
    "Hello\n".encode("utf-16") * 40,                             # with a BOM
    b"Page one.\x0cPage two.",                                   # form feeds are whitespace
    b"\x00" * 5,                                                  # too few to say anything
    b"",
])
def test_text_with_a_few_controls_is_not_binary(data):
    assert binary_share(data) is None
    assert isinstance(decode_source(data), str)


def test_valid_utf8_without_nuls_is_not_looked_at(monkeypatch):
    monkeypatch.setattr("cleantext.decoding.binary_share", lambda data: 1 / 0)
    assert decode_source("Grüße, \x01\x02 and “quotes”".encode()) == "Grüße, \x01\x02 and “quotes”"


def test_str_input_is_never_judged_binary():
    """A caller who hands over str has decided it is text; control characters are then stripped."""
    assert decode_source("\x00\x01\x02" * 100) == "\x00\x01\x02" * 100


def test_utf16_without_bom_in_cyrillic_is_recognised():
    text = "Привет, мир! Как дела? Всё хорошо.\n" * 30
    assert decode_bytes(text.encode("utf-16-le")) == text
    assert decode_bytes(text.encode("utf-16-be")) == text


def test_extract_of_binary_bytes_raises_and_of_empty_bytes_is_empty():
    with pytest.raises(BinaryInputError):
        cleantext.extract(BINARY["executable"])
    doc = cleantext.extract(b"")
    assert doc.text == "" and not doc.removed


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_cut_to_an_odd_length_is_still_utf16(codec):
    """A truncated file or download: the half character at the end becomes U+FFFD, the rest is
    read as UTF-16, not as a legacy charset (Cyrillic came out as '!>25B >4>1@8;')."""
    text = "Совет одобрил бюджет нового моста после долгих дебатов. " * 10
    assert decode_bytes(text.encode(codec)[:-1]) == text[:-1] + "\ufffd"


WIDE_SCRIPT_TEXTS = {
    "zh": "周四，市议会在经过数月的争论后，批准了市中心老学校的翻修预算。\n工程将于明年夏天开始。\n",
    "ja": "木曜日、市議会は中心部にある古い小学校の改修予算を可決した。\n工事は来年の夏に始まる。\n",
    "ja_short": "こんにちは世界\n",
    "ko": "목요일 시의회는 시내 중심부에 있는 오래된 초등학교의 보수 예산을 승인했다.\n공사는 내년 여름에 시작된다.\n",
}


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("lang", sorted(WIDE_SCRIPT_TEXTS))
def test_utf16_without_bom_in_chinese_japanese_korean_is_recognised(lang, codec):
    """Their high bytes take too many values to be told by them: the letters decide (they were
    refused as binary data, or read as windows-1252)."""
    text = WIDE_SCRIPT_TEXTS[lang]
    assert decode_source(text.encode(codec)) == text


@st.composite
def prose_with_a_nul(draw: st.DrawFn) -> str:
    """Words of one language's paragraphs (any of 18, in any script), with a NUL somewhere."""
    lang = draw(st.sampled_from(sorted(PARAGRAPHS)))
    text = " ".join(draw(st.lists(st.sampled_from(PARAGRAPHS[lang]), min_size=1, max_size=3)))
    words = text.split(" ")
    at = draw(st.integers(min_value=0, max_value=len(words)))
    return " ".join(words[:at] + ["\x00"] + words[at:])


@given(prose_with_a_nul())
def test_utf8_with_a_stray_nul_stays_utf8(text):
    """A NUL in UTF-8 text does not make it UTF-16 (the UTF-16 readings of it are no language)."""
    assert decode_bytes(text.encode("utf-8")) == text


@pytest.mark.parametrize(("text", "codec"), [
    ("木曜日、市議会は古い小学校の改修予算を可決した。\nABC 123 テスト\n", "iso2022_jp"),
    ("目录：第１章　概要\n", "iso2022_jp_2"),
    ("목요일 시의회는 예산을 승인했다.\n", "iso2022_kr"),
])
def test_iso2022_is_read_by_its_escapes(text, codec):
    """7-bit ISO-2022 is valid UTF-8; its escape sequences were kept as text ('$BLZMKF|...')."""
    assert decode_bytes(text.encode(codec)) == text


def test_terminal_colours_are_not_iso2022():
    data = b"\x1b[31mred\x1b[0m and \x1b(B\x1b[m plain"
    assert decode_bytes(data) == data.decode("ascii")


def test_legacy_multibyte_text_with_chance_utf8_sequences_is_not_utf8():
    """EUC-JP bytes hold valid two-byte UTF-8 sequences by chance ("\\xcd\\xbb" is U+037B), glued
    to the rest of its high bytes; a cp1252 snippet pasted into UTF-8 sits among ASCII."""
    headline = "北浜市、路面電車を港まで延長へ"
    assert not mostly_utf8(headline.encode("euc_jp"))
    assert decode_bytes(headline.encode("euc_jp")) == headline
    assert mostly_utf8("Straße in München, “Zitat” – ".encode() + b"caf\xe9")
