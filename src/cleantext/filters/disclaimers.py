"""drop_disclaimers: notes about the page rather than the article: AI-image and syndication notes,
"views expressed" disclaimers, cookie consent, comment prompts, promos and ad labels."""
from __future__ import annotations

from ..features import features
from ..page import Page
from ..patterns.notices import (
    AI_IMAGE, COMMENT_COUNT, COMMENT_COUNT_INLINE, COMMENT_FORM, COMMENT_PROMPT_LINE, COOKIE, ILLUSTRATIVE, PROMO_LINE, PROMO_PITCH,
    SHOP_CALL, SYNDICATED, VIEWS_EXPRESSED)
from ..region import COMMENT_WALLS, WALLS

# Disclaimers run to a few sentences; a long paragraph that mentions cookies is article text.
MAX_NOTICE_WORDS = 70
MAX_PROMPT_WORDS = 10


def drop_disclaimers(page: Page) -> None:
    """Drop notices: "This image is AI-generated and does not depict any real-life event.",
    "(auto-generated from a syndicated feed)", "The views expressed are the author's own",
    "We use cookies ...", "No comments yet...", "Try Our AI Features", "Advertisement".

    Sentence notices must be at most 70 words; prompts and promos must be the whole line (at most
    10 words). A comment heading also ends the main-text region: comments are not the article.
    """
    feats = features(page)
    walls: set[int] = page.notes.setdefault(WALLS, set())
    comment_walls: set[int] = page.notes.setdefault(COMMENT_WALLS, set())
    for i in page.open_indices():
        text = page.blocks[i].text
        f = feats[i]
        if f.words <= MAX_PROMPT_WORDS:
            if (COMMENT_PROMPT_LINE.match(text) or COMMENT_COUNT.match(text)
                    or (f.words <= 8 and COMMENT_COUNT_INLINE.search(text))):
                page.drop(i, "notice.comments", "comment section heading or prompt")
                walls.add(i)
                comment_walls.add(i)
                continue
            if PROMO_LINE.match(text) or PROMO_PITCH.match(text) or SHOP_CALL.match(text):
                page.drop(i, "notice.promo", "advertising label or promotion of the site's own products")
                continue
        if f.words > MAX_NOTICE_WORDS:
            continue
        if COMMENT_FORM.search(text) and f.words <= 40:
            page.drop(i, "notice.comments", "comment form notice")
            walls.add(i)
            comment_walls.add(i)
        elif AI_IMAGE.search(text) or (ILLUSTRATIVE.search(text) and f.words <= 40):
            page.drop(i, "notice.ai_image", "note that an image is AI-generated or illustrative")
        elif SYNDICATED.search(text):
            page.drop(i, "notice.syndicated", "syndication or republication note")
        elif VIEWS_EXPRESSED.search(text):
            page.drop(i, "notice.views_expressed", "views-expressed disclaimer")
        elif COOKIE.search(text):
            page.drop(i, "notice.cookie", "cookie consent notice")
