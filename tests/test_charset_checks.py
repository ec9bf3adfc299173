"""charset_checks and decode_mixed: a wrong <meta> charset is overruled only on evidence, and a
page mixing UTF-8 lines with legacy ones reads each line in its own charset."""
import pytest
from hypothesis import given
from hypothesis import strategies as st
from legacy_texts import PARAGRAPHS, encodable, paragraphs

import cleantext
from cleantext.charset_checks import declaration_is_wrong, multibyte_reading_wins
from cleantext.decoding import decode_bytes, decode_mixed
from cleantext.errors import CleantextError


def page(charset: str, body: str) -> str:
    return f'<html><head><meta charset="{charset}"><title>t</title></head><body><p>{body}</p></body></html>'


@pytest.mark.parametrize("text, codec", [
    ("Zastupitelstvo schválilo opravu mostu přes řeku, práce začnou na jaře.", "cp1250"),
    ("Городской совет утвердил план ремонта старой набережной.", "cp1251"),
    ("Belediye meclisi perşembe günü eski liman binasının kütüphaneye dönüştürülmesine karar verdi.", "cp1254"),
    ("Pilsētas dome ceturtdien apstiprināja vecā ūdenstorņa atjaunošanas plānu.", "cp1257"),
])
def test_a_windows_1252_meta_on_bytes_of_another_charset_is_overruled(text, codec):
    html = page("windows-1252", text)
    assert decode_bytes(html.encode(codec)) == html


def test_a_cyrillic_meta_on_western_bytes_is_overruled():
    html = page("windows-1251", "La médiathèque prolonge ses horaires jusqu'à vingt heures.")
    assert decode_bytes(html.encode("cp1252")) == html


@pytest.mark.parametrize("text, codec, label", [
    ("Zażółć gęślą jaźń", "iso8859-2", "iso-8859-2"),
    ("Le café « crème » coûte 2 €, un œuf aussi.", "iso8859-15", "iso-8859-15"),
    ("Обсуждение проекта продолжится в конце месяца.", "koi8-r", "koi8-r"),
    ("Θα ανοίξει το καλοκαίρι μια νέα βιβλιοθήκη.", "iso8859-7", "iso-8859-7"),
    ("Miasto", "cp1250", "windows-1250"),              # no letter to weigh: the declaration stands
])
def test_a_right_declaration_is_kept(text, codec, label):
    html = page(label, text)
    assert decode_bytes(html.encode(codec)) == html


def test_a_declaration_is_only_overruled_by_a_clearly_better_reading():
    """One letter is no evidence: "Müller" is German in windows-1252 and in windows-1250 alike, and
    "Gästen Núñez" fits windows-1252 as a name in German text."""
    data = page("windows-1250", "Gästen Müller").encode("cp1250")
    assert not declaration_is_wrong(data, "cp1250", data.decode("cp1250"))
    data = page("windows-1252", "Gästen Núñez, täglich").encode("cp1252")
    assert not declaration_is_wrong(data, "cp1252", data.decode("cp1252"))


def test_multibyte_declarations_that_decode_are_kept():
    data = page("shift_jis", "駅前の古い映画館").encode("cp932")
    assert not declaration_is_wrong(data, "cp932", data.decode("cp932"))


def test_a_utf8_page_with_a_pasted_windows_1250_paragraph():
    lines = ["Café Lumière – what’s on", "Obec otevře v létě nové koupaliště.", "© 2024 Gazette"]
    data = b"\n".join([lines[0].encode(), lines[1].encode("cp1250"), lines[2].encode()])
    assert decode_bytes(data) == "\n".join(lines)


def test_a_utf8_line_with_one_stray_byte_keeps_its_utf8():
    """A UTF-8 line with a cp1252 quote in it is UTF-8 with a stray byte, not a legacy line."""
    data = "Grüße aus Köln\n".encode() + "Ein \x93Zitat\x94 mit Umlaut: Übung".encode("latin-1").replace(
        "Ü".encode("latin-1"), "Ü".encode())
    assert decode_bytes(data) == "Grüße aus Köln\nEin “Zitat” mit Umlaut: Übung"


def test_pages_of_one_kind_are_not_mixed():
    assert decode_mixed("Grüße\nCafé".encode()) is None
    assert decode_mixed("Grüße\nCafé".encode("cp1252")) is None
    assert decode_mixed(b"plain ascii\nlines") is None


def test_a_chance_utf8_line_in_a_legacy_chinese_page_stays_chinese():
    """"学校" in GBK is b"\\xd1\\xa7\\xd0\\xa3", valid UTF-8 ("ѧУ"): a line of it alone is read in
    the page's charset, whose reading fits its language better."""
    line = "学校".encode("gbk")
    assert line.decode("utf-8") == "ѧУ"  # valid by chance
    assert multibyte_reading_wins(line, "gb18030")
    text = "学校\n青河镇上周正式启用了首座社区太阳能电站。电站建在旧粮仓的屋顶上。"
    assert decode_bytes(text.encode("gbk")) == text


def test_a_real_utf8_line_beside_legacy_chinese_stays_utf8():
    assert not multibyte_reading_wins("Café Lumière".encode(), "gb18030")
    assert not multibyte_reading_wins("Café".encode(), "cp1250")


LANG_CODECS = [(lang, codec) for codec, langs in {
    "cp1250": ("pl", "cs", "hu"), "iso8859-2": ("pl", "cs", "hu"), "cp1251": ("ru", "uk", "bg"),
    "cp1253": ("el",), "cp1254": ("tr",), "cp1257": ("lt", "lv", "et"), "cp1252": ("fr", "de", "es", "en"),
    "iso8859-15": ("fr", "es", "et"), "koi8-r": ("ru",), "gbk": ("zh",), "shift_jis": ("ja",),
}.items() for lang in langs if encodable(lang, codec)]


@st.composite
def declared_pages(draw: st.DrawFn) -> tuple[str, str]:
    """A run of 3-30 words of one language in a charset it is written in, in an HTML page that
    declares that charset."""
    lang, codec = draw(st.sampled_from(LANG_CODECS))
    words = " ".join(paragraphs(lang, codec)).split()
    size = draw(st.integers(3, 30))
    start = draw(st.integers(0, max(0, len(words) - size)))
    return page(codec, " ".join(words[start:start + size])), codec


@given(declared_pages())
def test_a_right_declaration_is_never_overruled(sample):
    html, codec = sample
    assert decode_bytes(html.encode(codec)) == html


@st.composite
def mixed_pages(draw: st.DrawFn) -> tuple[bytes, str]:
    """UTF-8 lines with non-ASCII letters around 1-3 lines of a language in its legacy charset."""
    lang, codec = draw(st.sampled_from([lc for lc in LANG_CODECS if lc[1] not in ("gbk", "shift_jis")]))
    paras = draw(st.lists(st.sampled_from(paragraphs(lang, codec)[1:]), min_size=1, max_size=3))
    utf8 = draw(st.lists(st.sampled_from(["Café Lumière – what’s on", "© 2024 · Grüße", "Ελλάδα news"]),
                         min_size=1, max_size=3))
    lines = [*utf8[:1], *paras, *utf8[1:]]
    data = b"\n".join(line.encode("utf-8") if line in utf8 else line.encode(codec) for line in lines)
    return data, "\n".join(lines)


@given(mixed_pages())
def test_mixed_pages_read_each_line_in_its_charset(sample):
    data, text = sample
    assert decode_bytes(data) == text


@given(st.sampled_from(["windows-1252", "windows-1250", "koi8-r", "shift_jis", "utf-16", "iso-8859-15",
                        "x-unknown", "gb2312", "windows-1258", "tis-620"]),
       st.binary(max_size=300), st.sampled_from(["text", "html"]))
def test_any_bytes_under_any_declaration_give_a_result_or_a_clear_error(label, data, fmt):
    raw = f'<meta charset="{label}">'.encode() + data
    assert isinstance(decode_bytes(raw), str)
    try:
        doc = cleantext.extract(raw, format=fmt)
    except CleantextError:
        return
    assert isinstance(doc.text, str)


@given(st.lists(st.one_of(st.binary(max_size=40), st.sampled_from(
    ["Grüße".encode(), "Łódź".encode("cp1250"), "Привет".encode("cp1251"), "电站".encode("gbk")])), max_size=8))
def test_any_mix_of_lines_decodes(parts):
    assert isinstance(decode_bytes(b"\n".join(parts)), str)


def test_every_paragraph_language_is_known():
    assert {lang for lang, _ in LANG_CODECS} <= set(PARAGRAPHS)
