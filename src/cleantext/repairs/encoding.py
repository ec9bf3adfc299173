"""Repair mojibake, HTML entities, C1 controls and surrogates with ftfy, on damaged lines only.

ftfy.fix_text reads 4-6 MB/s; a precompiled regex finds the lines that may be damaged, so clean
text costs one regex scan and ftfy only ever sees the suspect lines.
"""
from __future__ import annotations

import re
from typing import Final

import ftfy
import ftfy.bad_codecs  # registers the sloppy-windows-1252 codec that decode_sequence uses

from .scan import unusual_chars

# ftfy's options, pinned so an ftfy upgrade cannot change our output silently. Only fixes whose
# damage SUSPECT (below) detects are on: a fix that SUSPECT cannot see would apply to a line only
# when some other damage happens to share it, which makes the output depend on luck.
FTFY_CONFIG: Final = ftfy.TextFixerConfig(
    # "&amp;" "&#39;" "&eacute;" are damage in scraped text. "auto" (per line, since we pass single
    # lines) leaves entities alone on a line with a literal "<": that is markup shown as text, a
    # code sample whose entities are its content.
    unescape_html="auto",
    # ANSI colour codes are not encoding damage and SUSPECT does not look for them.
    remove_terminal_escapes=False,
    # The point of this repair: UTF-8 read as cp1252 / latin-1 / cp1251 ..., also twice over.
    fix_encoding=True,
    # "voilÃ le travail": the NBSP of "à" (C3 A0) became a space; ftfy only does this inside
    # otherwise convincing mojibake.
    restore_byte_a0=True,
    # "donâ€?t": mojibake whose last byte became "?" turns into "don�t" instead of staying garbage.
    replace_lossy_sequences=True,
    # A line that mixes good UTF-8 and mojibake (text pasted from two sources) is fixed piecewise.
    decode_inconsistent_utf8=True,
    # U+0080-U+009F are cp1252 characters decoded as latin-1 ("\x93quoted\x94"), never controls
    # that anyone meant; the five undefined ones are left for strip_invisible to drop.
    fix_c1_controls=True,
    # "ﬁ" -> "fi" is a rewrite of intact text, not a repair.
    fix_latin_ligatures=False,
    # Fullwidth Latin and halfwidth katakana are deliberate in CJK text; ftfy's default narrows them.
    fix_character_width=False,
    # Typographic quotes and dashes are the author's; uncurling is the opt-in `uncurl_quotes` repair.
    uncurl_quotes=False,
    # Line breaks belong to normalize_whitespace, which treats every line boundary alike.
    fix_line_breaks=False,
    # A UTF-16 surrogate pair decoded as two code points becomes the character it encodes, and a
    # lone surrogate (which no UTF-8 writer accepts) becomes U+FFFD.
    fix_surrogates=True,
    # Control characters belong to strip_invisible, which also keeps line-break controls apart.
    remove_control_chars=False,
    # NFC belongs to normalize_whitespace, which checks is_normalized first and runs on all text.
    normalization=None,
    # We pass single lines; a bound keeps a pathological 1 MB line from taking seconds per pass.
    max_decode_length=1_000_000,
    explain=False,
)

# Characters a UTF-8 continuation byte (0x80-0xBF) turns into when read as cp1252 or latin-1:
# NBSP..¿, the C1 range (latin-1), and cp1252's punctuation at 0x80-0x9F.
CONT_1252: Final = "\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
CONT_1252_NO_NBSP: Final = CONT_1252.replace("\x80-\xbf", "\x80-\x9f\xa1-\xbf")
# The same bytes read as cp1251 (Cyrillic Windows pages): "РїСЂРёРІРµС‚" for "привет".
CONT_1251: Final = "ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—™љ›њќћџ\xa0ЎўЈ¤Ґ¦§Ё©Є«¬\xad®Ї°±Ііґµ¶·ё№є»јЅѕї"
# ... without і ї є ё, which follow С and В in clean Ukrainian ("Він", "Сірий") but stand for
# rare characters after them (D1 B3 "ѳ", C2 B3 "³").
CONT_1251_RARE: Final = CONT_1251.replace("і", "").replace("ї", "").replace("є", "").replace("ё", "")
# ... only bytes 80-8F, after "в" (E2): general punctuation, "вЂ™" for "’"; "ві" is Ukrainian.
CONT_1251_E2: Final = CONT_1251[:16]

# One scan over the whole text. Each branch is a pair or triple of characters that clean text
# almost never has side by side, so on clean text this finds nothing and ftfy never runs; a false
# alarm ("NESCAFÉ®") only costs ftfy one line, and ftfy then leaves the line alone. The pattern
# opens with one character class (the branches' first characters, re-checked by lookbehinds)
# because re then skips ahead with a fast class test: 100-130 MB/s on the corpus texts, against
# 16 MB/s for the plain alternation, which re tries at every position.
# Surrogates are written as re escapes ("\\ud800"), not as characters: mypyc, which compiles this
# module in the optional compiled build, cannot hold a lone surrogate in a string literal.
SUSPECT: Final = re.compile(
    "[\xc2-\xdb\xe0-\xf4РСвГВ\x80-\x9f&\\ud800-\\udfff](?:"
    # "FernÃ¡ndez", "RussiaÃ¢â‚¬â„¢s", "â€œquotedâ€\x9d": a UTF-8 lead byte read as cp1252 or
    # latin-1, then continuation bytes read the same way. Two-byte leads Â..Û (Ü..ß would lead
    # to Syriac, Thaana, NKo: German "ließ“" is clean) need one continuation; three- and four-byte
    # leads à..ô need two (the last may be lost to "?"), because Czech "píše", "urážku" and
    # Spanish "aquí»" put one such character after an accented vowel. An NBSP may not come first
    # after à..ô: French puts one before » ; ! ? ("là\xa0»").
    "(?<=[\xc2-\xdb])[" + CONT_1252 + "]"
    "|(?<=[\xe0-\xf4])[" + CONT_1252_NO_NBSP + "][" + CONT_1252 + "?\ufffd]"
    # "voilÃ le travail": the continuation byte A0 (NBSP) was turned into a plain space.
    "|(?<=[ÂÃ]) "
    # "РџСЂРёРІРµС‚", "вЂ™": UTF-8 Cyrillic or punctuation read as cp1251; "Г©" "В«" are the
    # Latin-1 range read the same way, usually on top of an earlier cp1252 mojibake.
    "|(?<=[РГ])[" + CONT_1251 + "]"
    "|(?<=[СВ])[" + CONT_1251_RARE + "]"
    "|(?<=в)[" + CONT_1251_E2 + "]"
    # "\x93quoted\x94": cp1252 punctuation decoded as latin-1 (C1 controls). Surrogates: UTF-16
    # pairs decoded one half at a time, or lone halves.
    "|(?<=[\x80-\x9f\\ud800-\\udfff])"
    # "&amp;", "&#39;", "&eacute;", "&#x2019;": ftfy's own entity shape (HTML_ENTITY_RE).
    "|(?<=&)#?[0-9A-Za-z]{1,24};"
    ")"
)


# SUSPECT loosened to run on unusual_chars(text), the text without its plain ASCII: each branch
# keeps only its non-ASCII characters, so whatever SUSPECT finds in a text, this finds in the
# remainder (neighbours in the text stay neighbours there). Entities are found by "&" alone.
SUSPECT_IN_UNUSUAL: Final = re.compile(
    "[\xc2-\xdb\xe0-\xf4РСвГВÂÃ\x80-\x9f\\ud800-\\udfff](?:"
    "(?<=[\xc2-\xdb])[" + CONT_1252 + "]"
    "|(?<=[\xe0-\xf4])[" + CONT_1252_NO_NBSP + "]"
    "|(?<=[ÂÃ])"
    "|(?<=[РГ])[" + CONT_1251 + "]"
    "|(?<=[СВ])[" + CONT_1251_RARE + "]"
    "|(?<=в)[" + CONT_1251_E2 + "]"
    "|(?<=[\x80-\x9f\\ud800-\\udfff])"
    ")"
)


def may_be_damaged(text: str) -> bool:
    """Whether SUSPECT could find anything in ``text``; False is certain, True is worth a look."""
    return "&" in text or SUSPECT_IN_UNUSUAL.search(unusual_chars(text)) is not None


# SUSPECT's one branch that needs no character outside ASCII: an entity. re finds it from its "&"
# with a fast search for that character, where SUSPECT tests its class at every character.
ENTITY: Final = re.compile(r"&#?[0-9A-Za-z]{1,24};")


def is_suspect(text: str) -> bool:
    """Whether SUSPECT finds something in ``text``. When SUSPECT_IN_UNUSUAL finds nothing among the
    text's unusual characters (a scan the other repairs share), no branch but the entity's can match,
    and only an entity is looked for: two thirds of the corpus texts hold an "&" ("Q&A", "AT&T"),
    and few of them mojibake."""
    if SUSPECT_IN_UNUSUAL.search(unusual_chars(text)) is not None:
        return SUSPECT.search(text) is not None
    return "&" in text and ENTITY.search(text) is not None


# Whole lines go to ftfy, because it judges a line by its context (ftfy.fix_text itself works
# line by line). A line ends at every break normalize_whitespace will make "\n", so a second run
# sees the same lines ("&amp;\r<" is two lines, and the entity is not beside markup), except
# NEL "\x85", which in mojibake is a byte: "Ã\x85" is "Å" read as latin-1.
LINE_BREAK: Final = re.compile("(\r\n|[\n\r\x0b\x0c\x1c-\x1e\u2028\u2029])")
# A text whose only line breaks are NEL (an EBCDIC-era export, some mainframe and IBM dumps) has no
# "\n" or "\r" at all: there "\x85" is the break, never a byte of mojibake ("…" in cp1252).
LINE_BREAK_OR_NEL: Final = re.compile("(\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029])")
MIN_NEL_BREAKS: Final = 3
# In mojibake "\x85" is a UTF-8 continuation byte read as latin-1, in the place of one: after a
# two-byte lead ("Ã\x85" is "Å"), or inside a three- or four-byte sequence ("ã\x81\x85").
NEL_IN_MOJIBAKE: Final = re.compile(
    "[\xc2-\xdf]\x85|[\xe0-\xf4]\x85[\x80-\xbf]|[\xe0-\xf4][\x80-\xbf]\x85|[\xf0-\xf4][\x80-\xbf]{2}\x85")


def repair_encoding(text: str) -> str:
    """Fix mojibake (also double-encoded), HTML entities, C1 controls and surrogate pairs.

    >>> repair_encoding("RussiaÃ¢â‚¬â„¢s &quot;FernÃ¡ndez&quot; &amp; co")
    'Russia’s "Fernández" & co'

    Only lines on which ``SUSPECT`` finds something go through ftfy; the rest are not touched.
    """
    if not is_suspect(text):
        return text
    # Even items are lines, odd items the breaks between them; only suspect lines are touched.
    nels = text.count("\x85") if "\n" not in text and "\r" not in text else 0
    # Most of them after text, not in a byte sequence's place ("Fuß\x85" may end a line too).
    nel_breaks = nels >= MIN_NEL_BREAKS and 2 * len(NEL_IN_MOJIBAKE.findall(text)) < nels
    pieces = (LINE_BREAK_OR_NEL if nel_breaks else LINE_BREAK).split(text)
    for i in range(0, len(pieces), 2):
        if SUSPECT.search(pieces[i]) is not None and not only_markup_entities(pieces[i]) \
                and not only_lone_letters(pieces[i]):
            pieces[i] = fix_line(pieces[i])
    return "".join(pieces)


def only_markup_entities(line: str) -> bool:
    """Whether the line is suspect only for entities beside a "<", which ftfy keeps (unescape_html
    "auto"): markup shown as text, such as "<a href=x?a=1&amp;b=2>", is then not sent to ftfy."""
    return "<" in line and all(m.group().startswith("&") for m in SUSPECT.finditer(line))


def only_lone_letters(line: str) -> bool:
    """Whether the line is suspect only for "Â" or "Ã" standing alone before a space, as in
    "write Â is a letter; Ã for closure". ftfy reads each as a lost NBSP byte (restore_byte_a0)
    and deletes the "Â" and makes "Ã " an "à"; that is right inside other mojibake ("voilÃ le
    travail", "zugeben. Â Sie kÃ¶nnen"), and on its own the letter is more likely meant."""
    return all(lone_letter(line, m) for m in SUSPECT.finditer(line))


def lone_letter(line: str, m: re.Match[str]) -> bool:
    """Whether a SUSPECT match is "Â " or "Ã " at the start of a word (see `only_lone_letters`)."""
    return m.group() in ("Â ", "Ã ") and (m.start() == 0 or line[m.start() - 1].isspace())


def fix_line(line: str) -> str:
    """Fix one suspect line (no "\\n" inside): fix_round until nothing changes, so a second run
    finds nothing to do (a pair decoded by hand can make the line one ftfy reads differently)."""
    # The lost byte is put back (as the C1 character a sloppy cp1252 reading gives it), so the
    # mojibake stays whole for ftfy: a '”' put in its place would make the line a mix of text and
    # mojibake, which ftfy fixes less of ("â€œGdaÅ„sk”" keeps its "Å„").
    line = LOST_RIGHT_QUOTE.sub("â€\x9d", line)
    for _ in range(MAX_ROUNDS):
        fixed, final = fix_round(line)
        if final or fixed == line:
            return fixed
        line = fixed
    return line


# '”' (E2 80 9D) read as cp1252 with errors="replace": "â€" and U+FFFD for the byte cp1252 leaves
# undefined. ftfy can only say a character was lost ("�"); which one is often clear. The lost byte
# was one of the five cp1252 leaves undefined, so the character was one of U+2001 (em quad, a
# space), U+200D (zero-width joiner), U+200F (right-to-left mark), U+2010 (hyphen) or U+201D ('”').
# At the end of a word, before a space, punctuation or the line's end, only '”' is written there:
# a space does not come before a space, a joiner joins two characters, a hyphen stands between
# letters. A right-to-left mark does end words, in Hebrew and Arabic text, so a word in those
# scripts (or one already ending in a mark) keeps its "�". (`fix_line` restores the byte.)
LOST_RIGHT_QUOTE: Final = re.compile(
    "(?<=[^\\s\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200b-\u200f\\-‐‑])â€\ufffd(?=[\\s.,;:!?)\\]}»—–]|$)")


# Each round decodes at least one layer of damage; real text has at most two or three.
MAX_ROUNDS: Final = 8


def fix_round(line: str) -> tuple[str, bool]:
    """One round: ftfy and what ftfy leaves (ftfy_fixpoint), then two fallbacks. Also says whether
    the result is final: ftfy_fixpoint's own, with nothing suspect left, another round is a no-op.

    When damage is left, the line is tried once more as normalize_whitespace will leave it:
    NBSPs as spaces (ftfy declines mojibake right after an NBSP but not after a space, and
    restore_byte_a0 still finds the NBSP bytes of mojibake among spaces) and no trailing spaces
    (ftfy judges "Ã©Ķ " and "Ã©Ķ" differently) and no leading ones (" Â |" and "Â |" likewise; found by
    the idempotence property: blocks are stripped, so a second run saw the other one). That result
    is taken if it leaves less damage,
    so clean lines with a false alarm ("perché…" in French with NBSPs) keep their NBSPs.

    A line proven damaged (ftfy fixed some of its two-byte mojibake pairs, or two or more of them
    stand for letters inside lowercase words) then has the remaining pairs decoded one by one
    where each gives a letter:
    ftfy leaves "FundacjÄ™" and "siÄ™ do Å›wiata" on lines that also hold a correct "–".
    """
    fixed = ftfy_fixpoint(line)
    if SUSPECT.search(fixed) is None:
        return fixed, True
    settled = line.replace("\xa0", " ")
    core = settled.strip(" \t\u3000")
    if settled != line or core != settled:
        # The line's own leading spaces are kept in front; ftfy sees the line as a block will be.
        # Only a retry that repairs something counts: one that changes nothing but spaces
        # ("ÉTÉ\xa0" -> "ÉTÉ", no longer suspect) would rewrite clean text.
        fixed_core = ftfy_fixpoint(core)
        retry = settled[: len(settled) - len(settled.lstrip(" \t\u3000"))] + fixed_core
        if fixed_core != core and len(SUSPECT.findall(retry)) < len(SUSPECT.findall(fixed)) \
                and convincing(core, fixed_core):
            fixed = retry
    pairs = list(MOJIBAKE_PAIR.finditer(fixed))
    if pairs and (len(pairs) < len(MOJIBAKE_PAIR.findall(line))
                  or sum(in_lowercase_word(fixed, m) and decode_letter_text(m.group()) != m.group()
                         for m in pairs) >= 2):
        fixed = MOJIBAKE_PAIR.sub(decode_letter, fixed)
    return fixed, False


def convincing(line: str, fixed: str) -> bool:
    """Whether fixing ``line`` undid a suspect sequence glued to a word ("Tel: Ã©tÃ©", "KÃ¥re"),
    the evidence a retry of ftfy needs. One between spaces or quote marks is as likely clean:
    "« Î”" is not "« Δ", nor "« Â”" a "« ”". Lone letters ("Â ") are no evidence at all."""
    return glued_sequences(fixed) < glued_sequences(line)


def glued_sequences(line: str) -> int:
    return sum(not lone_letter(line, m) and touches_letter(line, m) for m in SUSPECT.finditer(line))


def touches_letter(line: str, m: re.Match[str]) -> bool:
    start, end = m.span()
    return (start > 0 and line[start - 1].isalpha()) or (end < len(line) and line[end].isalpha())


def in_lowercase_word(line: str, m: re.Match[str]) -> bool:
    """Whether the pair touches a lowercase letter, as mojibake inside a word does ("siÄ™",
    "Å›wiata"). A capital "Ã" after capitals, before a quote mark or an ellipsis, is clean
    Portuguese ("IRMÃ”"), and its pair would decode to a letter too ("Ô")."""
    start, end = m.span()
    return (start > 0 and line[start - 1].islower()) or (end < len(line) and line[end].islower())


def ftfy_fixpoint(line: str) -> str:
    """ftfy with the pinned options, then what ftfy leaves (LEFT_BY_FTFY, redecode_line), repeated
    while that changes something (double encoding)."""
    for _ in range(MAX_ROUNDS):
        fixed = ftfy.fix_text(line, FTFY_CONFIG)
        redecoded = redecode_line(fixed)
        line = redecoded if redecoded != fixed else redecode_line(LEFT_BY_FTFY.sub(decode_sequence, fixed))
        if line == fixed:
            break
    return line


# Mojibake ftfy leaves because its badness heuristic does not flag it: "Brandâ„¢" (™, E2 84 A2),
# "Å\xa0koda" (Š, C5 A0), "SÌŒkoda" (NFD). Only the leads of punctuation/symbols (E2 "â") and
# emoji (F0 "ð") are taken, followed by two or three of cp1252's continuation characters, which
# no language writes after them; "Å" + NBSP at a word's start before a lowercase letter is no
# spelling either (a Swedish "Å" before a non-breaking space and a capital or another script is).
# An NBSP is refused right after the lead (French "là\xa0»" is clean) and as the last of three
# ("â™\xa0", a letter with a sign, then an NBSP, would be "♠"), and each match must decode as UTF-8.
LEFT_BY_FTFY: Final = re.compile(
    "â[" + CONT_1252_NO_NBSP + "]{2}|ð[" + CONT_1252_NO_NBSP + "][" + CONT_1252 + "]{2}"
    "|(?<![^\\W\\d_])Å\xa0(?=[a-z])"
    # Decomposed (NFD) text read as cp1252: "SÌŒkoda" for "S" + U+030C. Only the common accents
    # (grave, acute, circumflex, tilde, macron, breve, dots, ring, caron, cedilla, ogonek) after
    # a letter, so Italian capitals before quotes ("COSÌ”") stay.
    "|(?<=[^\\W\\d_])Ì[€\x81‚ƒ„†‡ˆŠ‹Œ£§¨]")


def decode_sequence(m: re.Match[str]) -> str:
    """The character a cp1252-read UTF-8 sequence stands for, or the match if it is not one or
    may be the letter "â" in quotes: „â“… and “â”– are clean, and would be "Ⓟ" and "┖"."""
    text, start = m.string, m.start()
    seq = m.group()
    if len(seq) == 3 and seq[1] in QUOTE_MARKS and seq[2] in "…–—" and (start == 0 or not text[start - 1].isalnum()):
        return seq
    try:
        return m.group().encode("sloppy-windows-1252").decode("utf-8")
    except UnicodeError:
        return m.group()


QUOTE_MARKS: Final = "“”‘’„‚«»‹›"

# Characters a re-decoded line must not contain: C1 controls; Latin Extended-B but for the letters
# Vietnamese (Ơ Ư), pinyin (ǎ ǐ ǒ ǔ ǖ), Romanian (Ș Ț) and ƒ use; IPA and spacing modifiers;
# archaic Greek and Cyrillic letters and the Cyrillic Supplement; NKo and the rare scripts at
# U+0800; private use. Clean text whose accented capital or "ß" happens to precede a symbol or an
# NBSP re-decodes into these: "NESCAFÉ®" -> "NESCAFɮ", "Weiß\xadwein" -> "Wei߭wein",
# "CAFÉ…" -> "CAFɅ", "È\xa0" -> "Ƞ", "Ï\xa0" -> "Ϡ", "Ô\xa0" -> "Ԡ".
IMPLAUSIBLE: Final = re.compile(
    "[\x80-\x9f\u0180-\u0191\u0193-\u019f\u01a2-\u01ae\u01b1-\u01cc\u01dd-\u0217\u021c-\u02ff"
    "\u03d8-\u03ef\u0460-\u0489\u0500-\u052f\u07c0-\u08ff\ue000-\uf8ff]")


def redecode_line(line: str) -> str:
    """The line read back as UTF-8, if it is still suspect, ALL of it re-encodes (cp1252, then
    cp1251) to valid UTF-8, and the result has no IMPLAUSIBLE character. ftfy declines "KÃ¥re"
    and "przeglÄ…d" (its heuristic wants more evidence); a whole line whose every non-ASCII
    character falls into place as a UTF-8 sequence of a common script is that evidence, unless it
    is only single characters at words' edges (`enough_evidence`)."""
    if SUSPECT.search(line) is None:
        return line
    for codec in ("sloppy-windows-1252", "sloppy-windows-1251"):
        try:
            decoded = line.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
        if IMPLAUSIBLE.search(decoded) or not enough_evidence(line, codec):
            return line
        return decoded
    return line


def enough_evidence(line: str, codec: str) -> bool:
    """Whether the mojibake of a line that re-decodes as a whole is more than what clean text can
    spell: some run of it makes two characters or more ("Õ€Õ¡ÕµÕ¥Ö€Õ¥Õ¶"), or one between two
    letters ("KÃ¥re"), or one at a word's edge that no word spells so: a capital right after a
    lowercase letter ("BibliÄ…") or two letters no language puts together ("Åšwiat"). A capital
    and a quote mark or ellipsis after capitals is clean Portuguese ("IRMÃ”", "IRMÃ…")."""
    for m in NON_ASCII_RUN.finditer(line):
        run = m.group()
        if len(run.encode(codec).decode("utf-8")) > 1:
            return True
        start, end = m.span()
        before = start > 0 and line[start - 1].isalpha()
        after = end < len(line) and line[end].isalpha()
        if (before and after) or (before and line[start - 1].islower() and run[0].isupper()) \
                or (after and run.isalpha()):
            return True
    return False


NON_ASCII_RUN: Final = re.compile("[^\x00-\x7f]+")


# A two-byte UTF-8 sequence read as cp1252: "Ä™" for "ę", "Å›" for "ś".
MOJIBAKE_PAIR: Final = re.compile("[\xc2-\xdb][" + CONT_1252 + "]")


def decode_letter_text(pair: str) -> str:
    """The letter a mojibake pair stands for, or the pair if it does not stand for a letter."""
    try:
        decoded = pair.encode("sloppy-windows-1252").decode("utf-8")
    except UnicodeError:
        return pair
    return decoded if decoded.isalpha() and IMPLAUSIBLE.search(decoded) is None else pair


def decode_letter(m: re.Match[str]) -> str:
    return decode_letter_text(m.group())
