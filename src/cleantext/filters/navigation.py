"""drop_navigation: menu controls, share/follow rows, social-network rows and link rows."""
from __future__ import annotations

from ..features import features
from ..page import Page
from ..patterns.byline import DATE
from ..patterns.navigation import MENU_CONTROL_END, MENU_LINE, SHARE_LINE, SHARE_START, SOCIAL_WORD

# Navigation lines are short; these bounds keep sentences that mention "menu" or "Facebook".
MAX_WORDS = 12


def drop_navigation(page: Page) -> None:
    """Drop navigation lines: "Left Menu", "Skip to content", "Share this article",
    "LinkedIn Quora Youtube RSS", "Home | World | Business | Sport".

    A line must be short (at most 12 words) and consist of the navigation phrase, social network
    names or a row of short links; rows that carry a date are left for the byline filter.
    """
    feats = features(page)
    for i in page.open_indices():
        text = page.blocks[i].text
        f = feats[i]
        if f.words > MAX_WORDS or (f.prose and f.terminal):
            continue
        if MENU_LINE.match(text):
            page.drop(i, "navigation.menu", "menu or site navigation control")
        elif MENU_CONTROL_END.search(text) and f.words <= 8:
            page.drop(i, "navigation.menu", "header line with a menu control")
        elif SHARE_LINE.match(text) or (SHARE_START.match(text) and f.words <= 6):
            page.drop(i, "navigation.share", "share or follow call")
        elif _is_social_row(text):
            page.drop(i, "navigation.social", "row of social network names")
        elif _is_link_row(text, f.separators, f.words) and not DATE.search(text):
            page.drop(i, "navigation.link_row", "row of short links")


def _is_social_row(text: str) -> bool:
    """Mostly social network names: "LinkedIn Quora Youtube RSS", "Facebook Twitter Email"."""
    hits = SOCIAL_WORD.findall(text)
    if not hits:
        return False
    covered = sum(len(h) for h in hits)
    letters = sum(1 for c in text if c.isalnum())
    return (len(hits) >= 2 or letters <= 12) and covered >= 0.7 * letters


def _is_link_row(text: str, separators: int, words: int) -> bool:
    """Two or more separators between short items: "Home | News | Sport", "Politik · Wirtschaft"."""
    if separators < 2:
        return False
    parts = [p for p in text.replace("·", "|").replace("•", "|").replace("»", "|").replace("›", "|")
             .replace(" / ", "|").split("|") if p.strip()]
    return len(parts) >= 3 and all(len(p.split()) <= 5 for p in parts)
