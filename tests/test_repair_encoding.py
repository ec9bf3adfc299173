"""repair_encoding: mojibake, entities, C1 controls and surrogates fixed; clean text in any script untouched."""
import ftfy
import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleantext.repairs.encoding import FTFY_CONFIG, SUSPECT, fix_line, repair_encoding

DAMAGED = [
    # UTF-8 read as cp1252, once and twice
    ("FernÃ¡ndez scored twice", "Fernández scored twice"),
    ("FernÃƒÂ¡ndez scored twice", "Fernández scored twice"),
    ("RussiaÃ¢â‚¬â„¢s central bank", "Russia’s central bank"),
    ("The minister said â€œnot yetâ€\x9d on Monday.", "The minister said “not yet” on Monday."),
    ("Prices rose 5â€“7% â€” again", "Prices rose 5–7% — again"),
    ("MÃ¼nchen und KÃ¶ln", "München und Köln"),
    ("Ã‰tÃ© Ã  Paris", "Été à Paris"),
    # the NBSP continuation byte of "à" lost to a plain space
    ("voilÃ le travail", "voilà le travail"),
    # UTF-8 Cyrillic and punctuation read as cp1251
    ("РџСЂРёРІРµС‚, РјРёСЂ", "Привет, мир"),
    # UTF-8 read as latin-1: C1 controls in the mojibake
    ("caf\u00c3\u00a9 au lait", "café au lait"),
    # cp1252 punctuation decoded as latin-1
    ("\x93Quoted\x94 and \x96 dashed", "“Quoted” and – dashed"),
    # mojibake whose last byte became "?": ftfy marks the loss instead of leaving garbage
    ("donâ€?t", "don\ufffdt"),
    # mojibake ftfy's own check misses, alone and double-encoded
    ("Brandâ„¢ shoes", "Brand™ shoes"),
    ("Brand\u00c3\u00a2\u00e2\u20ac\u017e\u00c2\u00a2 shoes", "Brand™ shoes"),
    ("The Å\xa0koda factory", "The Škoda factory"),
    ("smile ðŸ˜€", "smile 😀"),
    ("S\u00cc\u0152koda and Cafe\u00cc\x81", "S\u030ckoda and Cafe\u0301"),
    # a single mojibake ftfy's check declines, where the whole line re-decodes as UTF-8
    ("Posted by KÃ¥re on Monday", "Posted by Kåre on Monday"),
    ("przeglÄ…d prasy", "przegląd prasy"),
    ("Õ€Õ¡ÕµÕ¥Ö€Õ¥Õ¶", "Հայերեն"),
    # mojibake ftfy declines on a line that also has a correct "–"
    ("alternatywa – albo siÄ™ do Å›wiata", "alternatywa – albo się do świata"),
    ("Sprzeciw wobec atakÃ³w na FundacjÄ™ – RadioMaryja.pl", "Sprzeciw wobec ataków na Fundację – RadioMaryja.pl"),
    # HTML entities, named, decimal, hex, and double-escaped
    ("Tom &amp; Jerry", "Tom & Jerry"),
    ("It&#39;s &eacute;t&eacute;", "It's été"),
    ("The&nbsp;end", "The\u00a0end"),
    ("a &#x2019; b &#8230;", "a ’ b …"),
    ("R&amp;amp;D budget", "R&D budget"),
    # a UTF-16 surrogate pair as two code points, and a lone half
    ("smile \ud83d\ude00", "smile \U0001f600"),
    ("lone \ud83d here", "lone \ufffd here"),
]


@pytest.mark.parametrize("damaged, repaired", DAMAGED)
def test_repair_encoding_fixes_damage(damaged, repaired):
    assert repair_encoding(damaged) == repaired


@pytest.mark.parametrize("damaged, repaired", DAMAGED)
def test_repair_encoding_is_idempotent(damaged, repaired):
    assert repair_encoding(repair_encoding(damaged)) == repair_encoding(damaged)


# Clean sentences written for these tests, one per script or language.
CLEAN = [
    "北京市今天发布了新的交通规定，自下月起实施。",
    "東京都は来月から新しい交通ルールを導入すると発表した。ｶﾀｶﾅ と ＡＢＣ も残る。",
    "서울시는 다음 달부터 새로운 교통 규칙을 시행한다고 밝혔다.",
    "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية.",
    "Правительство объявило о новых мерах поддержки фермеров «в этом году».",
    "Уряд оголосив про нові заходи підтримки. Він сказав: «Сірий ранок».",
    "Η κυβέρνηση ανακοίνωσε νέα μέτρα στήριξης για τους αγρότες.",
    "सरकार ने आज किसानों के लिए नई सहायता योजना की घोषणा की।",
    "Le café «crème» coûte 2,50 € à Noël; naïve façade, œuvre.",
    "Zwölf Boxkämpfer jagen Viktor quer über den großen Sylter Deich – „so“.",
    "Señor Muñoz pagó ¡dos! años después; ¿qué más?",
    "Zażółć gęślą jaźń — Łódź, Kraków, Gdańsk.",
    "Příliš žluťoučký kůň úpěl ďábelské ódy.",
    "Árvíztűrő tükörfúrógép, São Paulo, Ålesund, Þórshöfn.",
    "Temperature: 21 °C ± 0.5, area 3 m², price £5 or ¥600 × 2 ÷ 4.",
    "“Curly” ‘quotes’ — and dashes – stay… as they are™ ©2024 ®",
    "NÃO É POSSÍVEL, disse o IRMÃO. ÀS 10H, NA ESTAÇÃO.",
    "𝐁𝐨𝐥𝐝 math letters and emoji 👩‍💻 🇩🇪 ﬁne ligature",
    "COSÌ” e «COSÌ» PERCHÉ…",
    "NESCAFÉ® and Weiß\u00adwein",
    "« Il est là\u00a0» dit-il\u00a0; voilà\u00a0! «\u00a0café\u00a0» perché… “résumé”",
    "A < B && C > D; x &= y; AT&T; R&D; &c.",
    "Use &amp; in HTML source: <a href=\"?a=1&amp;b=2\">link</a>",
]


@pytest.mark.parametrize("text", CLEAN)
def test_repair_encoding_leaves_clean_text_unchanged(text):
    assert repair_encoding(text) == text


@pytest.mark.parametrize("text", CLEAN)
def test_ftfy_with_pinned_options_leaves_clean_text_unchanged(text):
    """Even where the fast check gives a false alarm, the ftfy step itself must not change clean text."""
    if "&amp;" in text:
        pytest.skip("an entity on a line without '<' is damage by design")
    assert fix_line(text) == text


def test_clean_ascii_and_accented_text_does_not_reach_ftfy():
    for text in CLEAN[:16]:
        assert SUSPECT.search(text) is None, text


def test_only_damaged_lines_are_changed():
    text = "A clean line with ﬁ and “quotes”.\nFernÃ¡ndez\n\nAnother clean line."
    assert repair_encoding(text) == "A clean line with ﬁ and “quotes”.\nFernández\n\nAnother clean line."


def test_line_breaks_and_nfd_are_left_to_other_repairs():
    text = "Ã© \r\nCafe\u0301\u2028x"
    assert repair_encoding(text) == "é \r\nCafe\u0301\u2028x"


def test_entities_stay_on_a_line_with_markup():
    line = "<p>Tom &amp; Jerry</p>"
    assert repair_encoding(line) == line


def test_typographic_quotes_and_widths_survive_a_fixed_line():
    assert repair_encoding("â€œï¼¡ï¼¢â€\x9d ‘ok’ ﬁ") == "“ＡＢ” ‘ok’ ﬁ"


def test_output_equals_ftfy_fix_text_with_the_same_options():
    """Where ftfy fixes a line by itself, repair_encoding gives ftfy's output, also on the whole text."""
    lines = [d for d, r in DAMAGED if ftfy.fix_text(d, FTFY_CONFIG) == r] + CLEAN[:16]
    assert len(lines) >= len(DAMAGED) - 8 + 16
    text = "\n".join(lines)
    assert repair_encoding(text) == ftfy.fix_text(text, FTFY_CONFIG)


def test_empty_text():
    assert repair_encoding("") == ""


def test_repair_encoding_is_idempotent_when_ftfy_reads_a_hand_fixed_line_differently():
    """Found by Hypothesis: pairs decoded after ftfy made a line ftfy then read as cp1257."""
    once = repair_encoding("Ã©0\x8e\x81Ã©")
    assert repair_encoding(once) == once


@pytest.mark.parametrize("damaged, repaired", [
    ("Åšwiat", "Świat"),                                            # no word starts "Åš"
    ("12:10 | Spotkania z BibliÄ…", "12:10 | Spotkania z Biblią"),  # nor has a capital after "i"
])
def test_one_mojibake_character_at_a_word_edge_is_repaired_when_no_word_spells_it_so(damaged, repaired):
    """Menu lines of a Polish page (ftfy leaves them): one character, at a word's start or end."""
    assert repair_encoding(damaged) == repaired


# -- mojibake made with errors="replace" --------------------------------------------------------
def cp1252_replace(text: str) -> str:
    """UTF-8 bytes read as windows-1252 with errors="replace": undefined bytes become U+FFFD."""
    return text.encode("utf-8").decode("cp1252", errors="replace")


@pytest.mark.parametrize("text", [
    "He said “not yet” on Monday.",
    "“Yes,” she said, “and no.”",
    "“Quoted to the end of the line”",
    "(“aside”) and [“other”]",
])
def test_lost_right_quote_is_restored_at_a_word_end(text):
    damaged = cp1252_replace(text)
    assert "\ufffd" in damaged
    assert repair_encoding(damaged) == text


@pytest.mark.parametrize("damaged, repaired", [
    ("wellâ€\ufffdknown", "well\ufffdknown"),             # between letters: a hyphen (U+2010) as likely
    ("â€\ufffdstart", "\ufffdstart"),                    # at a word start: no closing quote
    ("pre-â€\ufffd and post-war", "pre-\ufffd and post-war"),  # after a hyphen
    ("שלוםâ€\ufffd עולם", None),                         # right-to-left text: a mark ends words there
    ("word\u200fâ€\ufffd next", None),                   # after a mark already
])
def test_lost_byte_stays_lost_where_another_character_fits(damaged, repaired):
    out = repair_encoding(damaged)
    assert "”" not in out
    if repaired is not None:
        assert out == repaired


QUOTED = ["“" + w + "”" for w in ("yes", "Fernández", "naïve", "Gdańsk", "мир", "北京", "the end.", "5%")]
PLAIN = ["he", "said", "on", "Monday", "and", "left", "it's", "Müller", "—", "…", "(AP)", "2024"]


@given(st.lists(st.sampled_from(QUOTED + PLAIN), min_size=1, max_size=12).map(" ".join))
def test_quotes_lost_to_errors_replace_come_back(text):
    """Text whose only character cp1252 cannot show is '”', at word ends, mojibaked with
    errors="replace", comes back whole."""
    assert repair_encoding(cp1252_replace(text)) == text


@pytest.mark.parametrize("text", ["Obec otevře", "Gradsko vijeće", "Primăria a anunțat", "Öğrenciler çalışıyor"])
def test_short_double_encoded_words_come_back_whole(text):
    """UTF-8 read twice as windows-1252: "otevře" is "otevÃ…â„¢e". The whole line re-encodes to UTF-8
    once ("otevÅ™e"), so that is tried before the three-character sequence "â„¢" alone is decoded
    to "™", which left "otevÃ…™e", no longer one layer of mojibake."""
    damaged = text
    for _ in range(2):
        damaged = damaged.encode("utf-8").decode("cp1252", "cleantext-latin1")
    assert repair_encoding(damaged) == text


WORDS_TO_DAMAGE = ["otevře", "vijeće", "Primăria", "anunțat", "Öğrenciler", "çalışıyor", "Łódź", "“quoted”", "café"]


@given(st.lists(st.sampled_from(WORDS_TO_DAMAGE), min_size=1, max_size=8).map(" ".join), st.sampled_from([1, 2]))
def test_mojibake_once_or_twice_over_comes_back(text, times):
    damaged = text
    for _ in range(times):
        damaged = damaged.encode("utf-8").decode("cp1252", "cleantext-latin1")
    assert repair_encoding(damaged) == text


def test_nel_as_the_only_line_break_is_a_break_not_mojibake():
    # A text whose lines end in NEL only (no "\n" or "\r" anywhere): "\x85" is no cp1252 "…".
    text = "Ferry timetable\x85\x85The board met on Monday.\x85Fares stay as they are.\x85"
    assert repair_encoding(text) == text
    from cleantext import extract
    doc = extract(text * 3, format="text")
    assert "…" not in doc.text and "The board met on Monday." in doc.text.split("\n")


def test_nel_inside_lines_of_a_text_with_newlines_is_still_mojibake():
    assert repair_encoding("Malm\u00c3\x85 harbour\nand more\n") == "MalmÅ harbour\nand more\n"


@given(st.lists(st.text(alphabet="abcdefgh ÉéüßÅ.,", min_size=1, max_size=30), min_size=3, max_size=8))
def test_lines_ending_in_nel_are_never_changed(lines):
    # Lines of clean text ended by NEL only: nothing to repair, whatever letters end most of them.
    lines = [*lines, "Ferry times"]
    text = "\x85".join(lines) + "\x85"
    if 2 * sum(line[-1] in "ÉÅß" for line in lines) >= len(lines):
        return  # most lines end in a letter that is also a UTF-8 lead byte: read as mojibake, as before
    assert repair_encoding(text) == text
