"""Properties of the repairs: each undoes the damage it claims, leaves clean text alone, is idempotent and total."""
import html
import random
import unicodedata

from hypothesis import assume, given
from hypothesis import strategies as st
from pagegen.damage import mojibake

from cleantext import Pipeline
from cleantext.repairs import DEFAULT_REPAIRS, normalize_whitespace, repair_encoding, strip_invisible

# Words of real text in several scripts (written for these tests), with the punctuation scraped
# news carries; a clean text is lines of such words, single spaces, at most one blank line.
WORDS = [
    "the", "minister", "said", "on", "Monday", "2024", "5%", "(AP)", "U.S.", "e-mail", "it's",
    "Fernández", "Müller", "façade", "naïve", "Ærø", "Łódź", "Škoda", "İstanbul", "coûte", "Straße",
    "Привет", "мир", "Україна", "Αθήνα", "ειρήνη", "北京", "市政府", "東京都", "ひらがな", "서울시",
    "القاهرة", "الحكومة", "सरकार", "किसानों", "שלום",
    "“quoted”", "‘single’", "—", "–", "…", "€5", "£3", "©", "™", "°C", "½", "×", "«oui»", "„so“",
    "😀", "👍🏽", "Škoda", "là\u00a0»", "«\u00a0café\u00a0»", "perché…", "“résumé”", "voilà\u00a0!",
]
LINE = st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join)
CLEAN_TEXT = st.lists(st.one_of(LINE, st.just("")), min_size=1, max_size=8).map(
    lambda lines: normalize_whitespace("\n".join(lines)))

# Any string at all, with the characters the repairs care about made likely.
SPECIAL = st.sampled_from(list("\r\n\t \xa0\u3000\u2028\x85\x93\x9d\u00ad\u200b\u200c\u200d\ufeff\u200e"
                               "&;#ÃÂâ€™©¡Рв\ud83d\ude00\u0301"))
ANY_TEXT = st.lists(st.one_of(st.characters(), SPECIAL, st.sampled_from(["&amp;", "&#39;", "Ã©"])),
                    max_size=40).map("".join)

# The same without invisible characters, C1 controls and combining marks, which can split
# mojibake so that only a second pass of the chain finds it (docs/repairs.md, "Idempotence").
VISIBLE_TEXT = st.lists(st.one_of(
    st.characters(blacklist_categories=("Cc", "Cf", "Mn", "Mc", "Me", "Cs")),
    st.sampled_from(list("\r\n\t \xa0\u3000\u2028&;#ÃÂâ€™©¡Рв»é")),
    st.sampled_from(["&amp;", "&#39;", "Ã©"])), max_size=40).map("".join)

ALWAYS_INVISIBLE = ["\u200b", "\u2060", "\u00ad", "\ufeff", "\u200e", "\u200f", "\x00", "\x1f"]


repairs = Pipeline.default().repair


def sloppy_cp1252(text: str) -> str:
    """UTF-8 bytes read as windows-1252 the way browsers do (undefined bytes become C1 controls)."""
    return mojibake(random.Random(0), text)


@given(CLEAN_TEXT)
def test_clean_text_passes_every_repair_unchanged(text):
    """repairs(clean) == clean."""
    assert repairs(text) == text


@given(CLEAN_TEXT)
def test_utf8_read_as_cp1252_is_repaired(text):
    """UTF-8 bytes decoded as windows-1252 come back as the original text."""
    assert repair_encoding(sloppy_cp1252(text)) == text


@given(CLEAN_TEXT)
def test_utf8_read_as_latin1_is_repaired(text):
    """UTF-8 bytes decoded as latin-1 (C1 controls and all) come back as the original text."""
    assert repair_encoding(text.encode("utf-8").decode("latin-1")) == text


@given(CLEAN_TEXT)
def test_double_encoded_utf8_is_repaired(text):
    """UTF-8 read as cp1252, saved as UTF-8 and read as cp1252 again comes back too."""
    once = sloppy_cp1252(text)
    assert repair_encoding(sloppy_cp1252(once)) == text


@given(CLEAN_TEXT)
def test_html_escaped_text_is_repaired(text):
    """html.escape on text without '&' is undone."""
    assume("&" not in text)
    assert repair_encoding(html.escape(text)) == text


@given(CLEAN_TEXT)
def test_crlf_and_cr_become_lf(text):
    """CRLF and CR line ends are undone."""
    assert normalize_whitespace(text.replace("\n", "\r\n")) == text
    assert normalize_whitespace(text.replace("\n", "\r")) == text


@given(CLEAN_TEXT)
def test_leading_bom_is_removed(text):
    """A BOM at the start is removed."""
    assert strip_invisible("\ufeff" + text) == text


@given(CLEAN_TEXT, st.lists(st.tuples(st.integers(min_value=0), st.sampled_from(ALWAYS_INVISIBLE)), max_size=6))
def test_inserted_invisible_characters_are_removed(text, inserts):
    """Zero-width spaces, soft hyphens, BOMs, bidi marks and controls inserted anywhere are removed."""
    damaged = text
    for pos, char in inserts:
        pos %= len(damaged) + 1
        damaged = damaged[:pos] + char + damaged[pos:]
    assert strip_invisible(damaged) == text


@given(CLEAN_TEXT)
def test_nfd_becomes_nfc(text):
    """Decomposed (NFD) text is composed again."""
    assert normalize_whitespace(unicodedata.normalize("NFD", text)) == text


@given(CLEAN_TEXT)
def test_all_damage_at_once_is_repaired(text):
    """NFD, entities, mojibake, then CRLF, a BOM and zero-width spaces: the default repairs undo all."""
    assume("&" not in text)
    damaged = sloppy_cp1252(html.escape(unicodedata.normalize("NFD", text)))
    damaged = "\ufeff" + damaged.replace(" ", " \u200b").replace("\n", "\r\n")
    assert repairs(damaged) == text


@given(ANY_TEXT)
def test_each_repair_is_idempotent_and_total(text):
    """For any string, each repair runs without error and a second run changes nothing."""
    for repair in DEFAULT_REPAIRS:
        once = repair(text)
        assert repair(once) == once, repair.__name__


@given(ANY_TEXT)
def test_whitespace_output_shape(text):
    """After the default repairs only "\\n" breaks lines, no line ends in whitespace, the text is NFC."""
    out = repairs(text)
    assert out.splitlines() == (out.split("\n") if out else [])
    assert all(line == line.rstrip(" \t\u3000") for line in out.split("\n"))
    assert "\n\n\n" not in out and not out.startswith("\n") and not out.endswith("\n")
    assert unicodedata.is_normalized("NFC", out)


@given(VISIBLE_TEXT)
def test_default_repairs_together_are_idempotent(text):
    """Running the default repairs a second time changes nothing."""
    once = repairs(text)
    assert repairs(once) == once
