"""drop_footer: copyright lines, legal-link rows, contact lines, newsletter and feedback calls."""
from __future__ import annotations

from itertools import compress, count
from operator import attrgetter
from typing import Final

from ..document import Kind
from ..page import Page
from ..patterns import normalize
from ..patterns.calls import (
    ERROR_CALL_LINE,
    NEWSLETTER_PITCH_LINE,
    OUR,
    OWN_NEWSLETTER_LINE,
    SITE_CREDIT_LINE,
)
from ..patterns.footer import (
    CONTACT_LABEL,
    COPYRIGHT_LINE,
    COPYRIGHT_YEAR,
    DATE_LIKE,
    DATE_WITH_YEAR,
    EMAIL,
    EMAIL_LINE,
    FEEDBACK_LINE,
    LEGAL_LINK,
    MAIL_CALL_LINE,
    MAX_BARE_COPYRIGHT_WORDS,
    NEWSLETTER_CALL,
    NEWSLETTER_LINE,
    PHONE,
    PHONE_LINE,
    RIGHTS,
)
from ..steps import step
from ..text.features import Features, features, keys, lines_matching
from ..text.line_words import in_order, lines_starting_with, starting_words

# Footer lines are short; a long sentence that mentions copyright law is article text.
MAX_WORDS: Final = 25
# A line of a sign-up box: a button or a field label.
MAX_BOX_WORDS: Final = 6
# A menu item has one or two words; a sign-up box is a heading, a field and a button (3-4 lines), a
# menu five items or more.
MAX_MENU_ITEM_WORDS: Final = 2
MIN_MENU_LINES: Final = 5
# A phone number has at least this many digits (an area code and a local number).
MIN_PHONE_DIGITS: Final = 7
ROW_SPLIT: Final = str.maketrans({c: "|" for c in "•·»›/"})
# First words of the phrase lines this filter drops: with the lines its triggers find and the rows
# with separators, the only lines it visits.
FOOTER_STARTS: Final = starting_words(NEWSLETTER_LINE.first_words | FEEDBACK_LINE.first_words | LEGAL_LINK.first_words)
_separators: Final = attrgetter("separators")


@step("filter")
def drop_footer(page: Page) -> None:
    """Drop footer lines: "© Copyright 2025", "Terms of use | Privacy Policy", "Email: info@example.com",
    "Subscribe to our Newsletter", "Give Feedback", and a pitch sentence that starts with a sign-up
    verb ("Sign up for our newsletter to get ... in your inbox", at most 40 words).

    Only lines of at most 25 words are considered, and keyword lines must be the phrase alone or a
    row of such phrases, so a sentence about copyright law or a privacy policy stays.
    """
    feats = features(page)
    key_of = keys(page)
    rights_lines = lines_matching(page, RIGHTS)
    copyright_lines = lines_matching(page, COPYRIGHT_LINE) | rights_lines
    contact_lines = lines_matching(page, EMAIL_LINE) | lines_matching(page, PHONE_LINE)
    newsletter_calls = lines_matching(page, NEWSLETTER_CALL) | lines_matching(page, OWN_NEWSLETTER_LINE) | {
        i for i in lines_matching(page, MAIL_CALL_LINE)
        if not page.blocks[i].text.endswith(".") or OUR.search(page.blocks[i].text)}
    error_calls = lines_matching(page, ERROR_CALL_LINE)
    credits = lines_matching(page, SITE_CREDIT_LINE)
    # A pitch may run longer than a footer line: its own word limit is the trigger's.
    pitches = lines_matching(page, NEWSLETTER_PITCH_LINE)
    newsletter_calls |= pitches
    verdicts = page.verdicts
    for i in in_order(copyright_lines, newsletter_calls, error_calls, credits, contact_lines,
                      lines_starting_with(page, FOOTER_STARTS), compress(count(), map(_separators, feats))):
        if verdicts[i] is not None:
            continue
        f = feats[i]
        if f.words > MAX_WORDS:
            if i in pitches:
                page.drop(i, "footer.newsletter", "newsletter or subscription pitch")
            continue
        key = key_of[i]
        if i in copyright_lines:
            text = page.blocks[i].text
            if f.prose and f.words > 12 and "©" not in text and not key.startswith("copyright"):
                continue  # "All rights reserved, the old sign says, ..." as a sentence of the article
            if i not in rights_lines and not _copyright_notice(text, key, f.words):
                continue  # "... the Reform of Copyright Law for Schools": a headline, not the notice
            page.drop(i, "footer.copyright", "copyright or all-rights-reserved line")
        elif NEWSLETTER_LINE.line(key) or i in newsletter_calls:
            page.drop(i, "footer.newsletter", "newsletter sign-up call")
        elif FEEDBACK_LINE.line(key) or i in error_calls:
            page.drop(i, "footer.feedback", "feedback or error-report call")
        elif i in credits:
            page.drop(i, "footer.credit", "credit line of the site's makers")
        elif LEGAL_LINK.line(key) or (f.separators >= 1 and _legal_parts(page.blocks[i].text) >= 2):
            page.drop(i, "footer.legal_links", "row of legal or corporate links")
        elif i in contact_lines and _is_contact(page.blocks[i].text, key, f.words):
            page.drop(i, "footer.contact", "contact e-mail or phone line")
    _drop_signup_box(page, feats)


def _drop_signup_box(page: Page, feats: list[Features]) -> None:
    """Short lines glued to a newsletter line (no blank line between) are the rest of its sign-up box:
    "Newsletter abonnieren" / "Jetzt kostenlos anmelden" / "Ihre E-Mail-Adresse". Around a newsletter
    link that is a menu's item ("Blog" / "Shop" / "Newsletter"), they are that menu (``footer.menu``)."""
    seeds = [i for i, v in enumerate(page.verdicts) if v is not None and v.reason == "footer.newsletter"]
    for seed in seeds:
        # A "Newsletter" link among "Blog", "Shop", "About": the lines glued to it are a menu's items.
        reason, detail = (("footer.menu", "menu item next to a newsletter link") if _menu_item(page, feats, seed)
                          else ("footer.newsletter", "newsletter sign-up call"))
        box = [seed]
        while box:
            i = box.pop()
            for j in (i - 1, i + 1):
                glued = 0 <= j < len(page) and not page.blocks[max(i, j)].gap_before
                if (glued and page.is_open(j) and feats[j].words <= MAX_BOX_WORDS and not feats[j].prose
                        and not feats[j].terminal and page.drop(j, reason, detail)):
                    box.append(j)


def _menu_item(page: Page, feats: list[Features], i: int) -> bool:
    """Whether newsletter line ``i`` is an item of a menu ("Newsletter" or "Assine" among "Blog",
    "Shop", "Política", ...): a line of one or two words that is a list item next to another, or
    stands among at least MIN_MENU_LINES glued lines of one or two words. Its neighbours are the
    menu's other items, not a sign-up box's field and button."""
    if feats[i].words > MAX_MENU_ITEM_WORDS:
        return False
    blocks = page.blocks

    def item(j: int) -> bool:
        return 0 <= j < len(blocks) and feats[j].words <= MAX_MENU_ITEM_WORDS and not feats[j].terminal

    if blocks[i].kind is Kind.LIST_ITEM and any(
            item(j) and blocks[j].kind is Kind.LIST_ITEM for j in (i - 1, i + 1)):
        return True
    lo = hi = i
    while item(lo - 1) and not blocks[lo].gap_before:
        lo -= 1
    while item(hi + 1) and not blocks[hi + 1].gap_before:
        hi += 1
    return hi - lo + 1 >= MIN_MENU_LINES


def _copyright_notice(text: str, key: str, words: int) -> bool:
    """ "© 2025 Example", "(c) 2019 Example Ltd", "Copyright 2003-2024", "Copyright Example Ltd":
    the word "copyright" needs the sign, a year, or to lead a short line."""
    if "©" in text or "(c)" in text.casefold() or COPYRIGHT_YEAR.search(text):
        return True
    return key.startswith(("copyright", "copr")) and words <= MAX_BARE_COPYRIGHT_WORDS


def _legal_parts(text: str) -> int:
    """How many parts of a row are legal links: "VisionRI | Disclaimer | Terms of use" -> 2."""
    return sum(1 for part in text.translate(ROW_SPLIT).split("|") if LEGAL_LINK.line(normalize(part)))


def _is_contact(text: str, key: str, words: int) -> bool:
    # A phone number has 7+ digits: "4.7 (312 ratings)" has the punctuation of one, not the digits.
    phones = [m.group() for m in PHONE.finditer(text)
              if sum(c.isdigit() for c in m.group()) >= MIN_PHONE_DIGITS
              and not DATE_LIKE.match(m.group().strip()) and not DATE_WITH_YEAR.search(m.group())]
    if not (phones or EMAIL.search(text)):
        return False
    # "Email: info@example.com" / "Phone: +91-720-6444012", or a bare address on a short line.
    return bool(CONTACT_LABEL.start(key)) or words <= 4
