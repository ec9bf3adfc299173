"""guess_charset: undeclared legacy bytes come back as the text they encode, and windows-1252
pages, the most common legacy case, are read as before.

The corpus is `legacy_texts`: invented paragraphs per language, encoded here in each charset the
language was written in before UTF-8, with no declaration. `benchmarks/charset_guess.py` prints
the same corpus as right/wrong figures per charset.
"""
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st
from legacy_texts import CODECS, KNOWN_MISSES, PARAGRAPHS, Sample, encodable, paragraphs, samples

import cleantext
from cleantext import charset_guess
from cleantext.charset_guess import guess_charset, latin_charset, latin_is_plausible, mixes_scripts
from cleantext.decoding import decode_bytes
from cleantext.letter_stats import reading_evidence

SAMPLES = list(samples())


def known_miss(sample: Sample) -> bool:
    return (sample.lang, sample.codec, sample.kind) in KNOWN_MISSES


@pytest.mark.parametrize("sample", [
    pytest.param(s, marks=pytest.mark.xfail(reason=KNOWN_MISSES[(s.lang, s.codec, s.kind)])) if known_miss(s) else s
    for s in SAMPLES], ids=repr)
def test_undeclared_legacy_bytes_decode_to_their_text(sample: Sample):
    assert decode_bytes(sample.data) == sample.text


def test_the_corpus_covers_every_charset_asked_for():
    asked = {"cp1251", "koi8-r", "koi8-u", "iso8859-5", "cp866", "mac-cyrillic", "gbk", "gb18030", "big5",
             "shift_jis", "euc_jp", "euc_kr", "iso8859-2", "cp1250", "iso8859-7", "cp1253", "iso8859-9",
             "cp1254", "cp1256", "iso8859-6", "cp1255", "iso8859-8", "cp1257", "iso8859-13", "cp1252",
             "latin-1", "iso8859-15"}
    assert asked <= set(CODECS)
    assert {s.kind for s in SAMPLES} == {"headline", "sentence", "paragraph", "page", "html"}
    # Known misses are a few short lines, and only in charsets whose other samples decode.
    assert len(KNOWN_MISSES) <= 15
    assert all(key in {(s.lang, s.codec, s.kind) for s in SAMPLES} for key in KNOWN_MISSES)


@pytest.mark.parametrize("sample", [s for s in SAMPLES if s.kind in ("page", "html", "sentence")
                                    and not known_miss(s)], ids=repr)
def test_a_guessed_charset_does_not_make_text_look_like_boilerplate(sample: Sample):
    """The bytes clean exactly as the text does. Read as windows-1252, a Big5 sentence became a
    line with "©" in it and was removed whole as footer.copyright."""
    fmt = "html" if sample.kind == "html" else "text"
    assert cleantext.extract(sample.data, format=fmt).text == cleantext.extract(sample.text, format=fmt).text


def test_undeclared_big5_line_is_kept_not_dropped_as_a_copyright_line():
    """Read as windows-1252 its bytes hold "©" (0xA9), and the line was dropped as footer.copyright."""
    line = "台南市政府昨天宣布，將在明年春天重新開放整修完成的老街市場。"
    doc = cleantext.extract(line.encode("big5"), format="text")
    assert doc.text == line and not doc.removed


def test_valid_utf8_never_reaches_the_guess(monkeypatch):
    def fail(data: bytes) -> str:
        raise AssertionError("guessed a charset for UTF-8 input")

    monkeypatch.setattr("cleantext.decoding.guess_charset", fail)
    text = "Grüße aus Москва, 東京 and “quotes”"
    assert decode_bytes(text.encode("utf-8")) == text


def test_declared_charset_wins_over_the_guess(monkeypatch):
    monkeypatch.setattr("cleantext.decoding.guess_charset", lambda data: "cp1252")
    data = '<meta charset="koi8-r"><p>Привет</p>'.encode("koi8-r")
    assert decode_bytes(data).endswith("Привет</p>")


@pytest.mark.parametrize("text, codec, latin", [
    ("Zażółć gęślą jaźń, Łódź", "cp1250", "cp1250"),
    ("Zażółć gęślą jaźń, Łódź", "iso8859-2", "iso8859_2"),
    ("Příliš žluťoučký kůň úpěl ďábelské ódy", "cp1250", "cp1250"),
    ("Kırşehir'de yağmur yağıyor; çiftçiler ışığı göremiyor, İstanbul'da ise güneşli bir gün.", "cp1254", "cp1254"),
    ("L'été à Noël, naïve façade, œuvre", "cp1252", "cp1252"),
    ("Þórshöfn og Reykjavík eru bæir", "cp1252", "cp1252"),
])
def test_latin_charset_follows_the_alphabet_of_one_language(text, codec, latin):
    assert latin_charset(text.encode(codec)) == latin


def test_one_letter_of_evidence_leaves_windows_1252():
    """'antes»' read as ISO-8859-2 is 'antesť': one Czech letter more is no reason to switch."""
    assert latin_charset("pan antes», explicó".encode("cp1252")) == "cp1252"


def test_a_name_from_another_western_language_is_no_evidence():
    """Slovak explains "Gästen Núńez" better than German or Spanish alone explain "Gästen Núñez";
    letters of another windows-1252 language cost nothing, so windows-1252 stays."""
    assert latin_charset("Gästen Núñez, täglich".encode("cp1252")) == "cp1252"


@pytest.mark.parametrize("text, plausible", [
    ("Część pieniędzy, Łódź", True),
    ("Árvíztűrő tükörfúrógép", True),
    ("Ïðàâèòåëüñòâî Ðîññèè", False),        # Russian read as windows-1252
    ("Ôï äçìïôéêü óõìâïýëéï", False),        # Greek read as windows-1252
    ("obawiaj± siê wycinki", False),          # Polish ISO-8859-2 read as windows-1252
])
def test_latin_is_plausible(text, plausible):
    assert latin_is_plausible(text) is plausible


def test_words_mixing_latin_with_another_alphabet_are_no_reading():
    assert mixes_scripts("aپbگcé")
    assert not mixes_scripts("Привет, Anna! Ελλάδα and שלום")


def test_bytes_no_charset_reads_as_text_fall_back_to_windows_1252():
    assert guess_charset(b"a\x81b\x90c\xe9") == "cp1252"
    assert decode_bytes(b"a\x81b\x90c\xe9") == "a\x81b\x90cé"


WESTERN = ("en", "fr", "de", "es")


@st.composite
def western_texts(draw: st.DrawFn) -> str:
    """Words of one Western European language's paragraphs, in any order and number."""
    lang = draw(st.sampled_from(WESTERN))
    words = sorted({w for p in PARAGRAPHS[lang] for w in p.split()})
    return " ".join(draw(st.lists(st.sampled_from(words), min_size=1, max_size=30)))


@given(western_texts())
def test_windows_1252_text_is_read_as_before(text):
    """Any run of words of a Western European language, as windows-1252, decodes to itself: the
    guess never takes away what the windows-1252 fallback got right."""
    assert decode_bytes(text.encode("cp1252")) == text


@given(st.binary(min_size=1, max_size=400))
def test_guess_charset_is_total(data):
    """Any bytes get a codec that decodes them (with the undefined-byte fallback)."""
    assert isinstance(data.decode(guess_charset(data), errors="cleantext-latin1"), str)


def test_paragraph_order_does_not_matter():
    """Shuffled paragraphs of every corpus language still decode: the guess reads the whole input."""
    rng = random.Random(7)
    for codec, langs in CODECS.items():
        for lang in langs:
            if not encodable(lang, codec) or (lang, codec, "paragraph") in KNOWN_MISSES:
                continue
            paras = list(PARAGRAPHS[lang])
            rng.shuffle(paras)
            text = "\n\n".join(paras)
            assert decode_bytes(text.encode(codec)) == text, (codec, lang)


def test_common_letters_come_from_the_detectors_tables():
    sets = charset_guess.common_letters()
    assert any("о" in s and "е" in s for s in sets)      # Russian
    assert any("の" in s and "日" in s for s in sets)     # Japanese: hiragana and kanji together
    assert all(not ("e" in s and "a" in s) for s in sets)  # no Latin alphabet among them


# -- Cyrillic, Greek, Hebrew and Arabic charsets told apart ------------------------------------

@pytest.mark.parametrize("codec", ["cp1251", "koi8-u", "iso8859-5", "cp866", "mac-cyrillic"])
@pytest.mark.parametrize("text", [
    "Вчера в Новоозёрске открыли библиотеку, о которой жители мечтали десять лет.",
    "Обсуждение проекта продолжится в конце месяца.",
    "Общината обяви, че ремонтът на училището ще завърши през юни.",
])
def test_cyrillic_charsets_are_told_apart(text, codec):
    """Russian and Bulgarian in each Cyrillic charset: windows-1251 and mac-cyrillic share their
    lowercase letters but not their capitals and "я", KOI8 has capitals where windows-1251 has
    lowercase, and cp866 and ISO-8859-5 put the letters elsewhere again."""
    assert decode_bytes(text.encode(codec)) == text


@pytest.mark.parametrize("codec", ["cp1251", "koi8-u", "iso8859-5", "mac-cyrillic"])
def test_ukrainian_letters_decide_between_cyrillic_charsets(codec):
    text = "Вартість нового мосту через річку Ірпінь становитиме сто мільйонів гривень."
    assert decode_bytes(text.encode(codec)) == text


@pytest.mark.parametrize("text, codec", [
    ("أعلنت الوزارة يوم الأحد عن افتتاح مستشفى جديد في شمال البلاد.", "iso8859-6"),
    ("הוועדה אישרה אתמול את בניית הגשר החדש מעל הנהר.", "iso8859-8"),
    ("Η κυβέρνηση ανακοίνωσε χθες νέα μέτρα για τους αγρότες.", "cp1253"),
])
def test_other_scripts_in_their_iso_charsets(text, codec):
    assert decode_bytes(text.encode(codec)) == text


@pytest.mark.parametrize("right, wrong", [
    ("Обсуждение проекта", "Ћбсуждение проекта"),   # Russian mac-cyrillic read as windows-1251
    ("на время", "на врем€"),                       # windows-1251 "я" read as mac-cyrillic
    ("вартість", "вартґсть"),                       # Ukrainian "і" in mac-cyrillic read as windows-1251
    ("обещают сохранить", "НАЕЫЮЧР ЯНУПЮМХРЭ"),     # windows-1251 read as KOI8
    ("движение", "لقونمٍوم"),                        # windows-1251 read as ISO-8859-6: a vowel sign inside a word
])
def test_reading_evidence_prefers_the_right_reading(right, wrong):
    assert reading_evidence(right) > reading_evidence(wrong)


CLAIMED_RUNS = {
    "cp1251": ("ru", "uk", "bg"), "koi8-r": ("ru", "bg"), "koi8-u": ("ru", "uk", "bg"),
    "iso8859-5": ("ru", "uk", "bg"), "cp866": ("ru", "bg"), "mac-cyrillic": ("ru", "bg"),
    "cp1253": ("el",), "iso8859-7": ("el",), "cp1255": ("he",), "iso8859-8": ("he",),
    "cp1256": ("ar",), "iso8859-6": ("ar",),
}


@st.composite
def word_runs(draw: st.DrawFn) -> tuple[str, str]:
    """A run of 6-30 consecutive words of one language's paragraphs, and a charset it is written in."""
    codec = draw(st.sampled_from(sorted(CLAIMED_RUNS)))
    lang = draw(st.sampled_from(CLAIMED_RUNS[codec]))
    words = " ".join(paragraphs(lang, codec)).split()
    size = draw(st.integers(6, 30))
    start = draw(st.integers(0, len(words) - size))
    return " ".join(words[start:start + size]), codec


@given(word_runs())
def test_any_run_of_six_words_round_trips_in_the_charsets_claimed(run):
    """Six words of Russian, Ukrainian or Bulgarian in any Cyrillic charset that writes them (and of
    Greek, Hebrew and Arabic in theirs) decode to themselves: a phrase is enough to choose."""
    text, codec = run
    assert decode_bytes(text.encode(codec)) == text


# -- Baltic charsets ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Savivaldybė žada įrengti šildymą ir naujas prekybos vietas šalia stoties.",
    "Būvnieki solīja saglabāt vēsturiskās ķieģeļu sienas un ozolkoka kāpnes.",
])
@pytest.mark.parametrize("codec", ["cp1257", "iso8859-13"])
def test_baltic_text_is_read_as_windows_1257(text, codec):
    assert latin_charset(text.encode(codec)) == "cp1257"
    assert decode_bytes(text.encode(codec)) == text


def test_a_baltic_reading_needs_letters_of_its_own():
    """Three Big5 characters read as windows-1257 are "·|¦^ØÓ", which scores better than their
    windows-1252 reading only because that has a sign before a letter: no Baltic evidence."""
    text = "會回來"
    assert decode_bytes(text.encode("big5")) == text
