"""drop_footer: copyright lines, legal-link rows, contact lines, newsletter and feedback calls."""
from __future__ import annotations

from ..features import features
from ..page import Page
from ..patterns.footer import (
    CONTACT_LABEL, COPYRIGHT, DATE_LIKE, EMAIL, FEEDBACK_LINE, LEGAL_LINK, LEGAL_LINK_LINE, NEWSLETTER_CALL, NEWSLETTER_LINE, PHONE, RIGHTS)

# Footer lines are short; a long sentence that mentions copyright law is article text.
MAX_WORDS = 25


def drop_footer(page: Page) -> None:
    """Drop footer lines: "© Copyright 2025", "Terms of use | Privacy Policy", "Email: info@example.com",
    "Subscribe to our Newsletter", "Give Feedback".

    Only lines of at most 25 words are considered, and keyword lines must be the phrase alone or a
    row of such phrases, so a sentence about copyright law or a privacy policy stays.
    """
    feats = features(page)
    for i in page.open_indices():
        text = page.blocks[i].text
        f = feats[i]
        if f.words > MAX_WORDS:
            continue
        if COPYRIGHT.search(text) or RIGHTS.search(text):
            if f.prose and f.words > 15 and not RIGHTS.search(text):
                continue  # "The copyright of the photos belongs to ..." as a sentence of the article
            page.drop(i, "footer.copyright", "copyright or all-rights-reserved line")
        elif NEWSLETTER_LINE.match(text) or (f.words <= 15 and NEWSLETTER_CALL.match(text)):
            page.drop(i, "footer.newsletter", "newsletter sign-up call")
        elif FEEDBACK_LINE.match(text):
            page.drop(i, "footer.feedback", "feedback or error-report call")
        elif LEGAL_LINK_LINE.match(text) or (f.separators >= 1 and len(LEGAL_LINK.findall(text)) >= 2):
            page.drop(i, "footer.legal_links", "row of legal or corporate links")
        elif _is_contact(text, f.words):
            page.drop(i, "footer.contact", "contact e-mail or phone line")


def _is_contact(text: str, words: int) -> bool:
    phones = [m.group() for m in PHONE.finditer(text) if not DATE_LIKE.match(m.group().strip())]
    has_address = bool(EMAIL.search(text) or phones)
    if not has_address:
        return False
    if CONTACT_LABEL.match(text):
        return True
    # A bare address or number on a short line: "info@example.com", "+44 20 7946 0000".
    return words <= 4
