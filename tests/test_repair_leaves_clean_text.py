"""repair_encoding never rewrites text ftfy would leave alone: clean text made of the very
characters mojibake is made of ("Â", "Ã", "â", "Ð", "×", "…", NBSPs) stays as it is.

ftfy is the reference (its pinned options, `FTFY_CONFIG`): what it leaves, our repair leaves,
although it goes further than ftfy on damaged lines. One exception is on purpose and tested below:
ftfy deletes a lone "Â" and makes a lone "Ã " an "à" (`restore_byte_a0`), which our repair does
only on a line with other mojibake.
"""
import ftfy
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from cleantext.repairs.encoding import FTFY_CONFIG, fix_line, repair_encoding

# Words of clean text in many languages, with the letters mojibake is made of standing alone
# (the name of a letter), starting words and ending them.
WORDS = [
    "the", "letter", "for", "closure", "write", "is", "a", "said", "on", "Monday", "2024",
    "Fernández", "Müller", "façade", "naïve", "Łódź", "Škoda", "İstanbul", "coûte", "Straße",
    "Привет", "Україна", "Αθήνα", "北京", "東京都", "서울시", "القاهرة", "שלום",
    "Â", "Ã", "Å", "Ä", "Ö", "Ø", "Ð", "ð", "â", "ã", "å", "Ê", "Ô", "Õ", "Ü", "Ý", "Þ", "þ", "à", "À", "É",
    "È", "Ì", "Ò", "Ç", "Î", "Ï", "Ñ", "Û", "âge", "România", "câmpul", "IRMÃ", "MAÇÃ", "SÃO", "ÓRGÃO",
    "Ângela", "Åsa", "Ålesund", "ØST", "Øresund", "Ðakovo", "Þór", "ÄRGER", "ÜBER", "Ça", "ÇA", "ÉTÉ",
    "PERCHÉ", "COSÌ", "PARÍS", "AÑO", "ÎLE", "Œuvre", "œuf", "Šta", "Žena",
]
# Punctuation and signs as clean text attaches them.
BEFORE = ["", "", "", "“", "‘", "«", "„", "¿", "¡", "(", "«\u00a0"]
AFTER = ["", "", "", "”", "’", "»", "“", "…", ",", ".", "!", "?", "™", "®", "\u00a0»", "\u00a0:", "\u00a0!", ";"]
SIGNS = ["€5", "5\u00a0€", "£3", "¥600", "21\u00a0°C", "±0.5", "§\u00a03", "m²", "1º", "1ª", "½", "¼", "×", "÷",
         "—", "–", "•", "·", "†", "‡", "‰", "©\u00a02024", "©2024", "¶", "¬", "¦", "¤", "¢", "µm", "ƒ(x)", "¨", "´"]

token = st.one_of(
    st.tuples(st.sampled_from(BEFORE), st.sampled_from(WORDS), st.sampled_from(AFTER)).map("".join),
    st.sampled_from(SIGNS))
line = st.tuples(st.sampled_from(["", " ", "  "]), st.lists(token, min_size=1, max_size=12).map(" ".join),
                 st.sampled_from(["", " ", "\u00a0"])).map("".join)
clean_texts = st.lists(line, min_size=1, max_size=6).map("\n".join)


@given(clean_texts)
def test_repair_encoding_leaves_alone_what_ftfy_leaves_alone(text):
    """For text ftfy (with our pinned options) leaves alone, repair_encoding leaves it alone."""
    assume(ftfy.fix_text(text, FTFY_CONFIG) == text)
    assert repair_encoding(text) == text


@given(line)
def test_the_ftfy_step_leaves_alone_what_ftfy_leaves_alone(text):
    """The same for the step that suspect lines go through, even where the fast check is quiet."""
    assume(ftfy.fix_text(text, FTFY_CONFIG) == text)
    assert fix_line(text) == text


@pytest.mark.parametrize("text", [
    "write Â is a letter; Ã for closure",
    "The letters Â and Ã are not a mistake.",
    "Â Ã Å",
])
def test_lone_a_circumflex_and_a_tilde_are_kept(text):
    """ftfy reads them as a lost NBSP byte; alone on a line they are letters."""
    assert repair_encoding(text) == text


@pytest.mark.parametrize("damaged, repaired", [
    ("voilÃ le travail", "voilà le travail"),
    ("Il est arrivÃ© Ã Paris.", "Il est arrivé à Paris."),
    ("Jetzt die Butter zugeben. Â Sie kÃ¶nnen sie weglassen.", "Jetzt die Butter zugeben. \u00a0Sie können sie weglassen."),
])
def test_lone_letters_are_repaired_among_other_mojibake(damaged, repaired):
    assert repair_encoding(damaged) == repaired


@pytest.mark.parametrize("text", [
    "A IRMÃ… E O IRMÃO…",  # Portuguese capitals with an ellipsis: not "IRMÅ"
    "ÉTÉ\u00a0",           # a trailing NBSP is normalize_whitespace's business, not a repair
    "CAFÉ… CAFÉ…",         # would re-decode as "CAFɅ" (Latin Extended-B)
    "È\u00a0Ô\u00a0",      # would re-decode as "ȠԠ"
    "Å\u00a0Україна",      # a Swedish "Å" before an NBSP and a word in another script
])
def test_beyond_ftfy_fixes_need_evidence(text):
    assert repair_encoding(text) == text
