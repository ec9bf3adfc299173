"""drop_disclaimers: notes about the page rather than the article: AI-image and syndication notes,
"views expressed" disclaimers, cookie consent, comment prompts, promos and ad labels."""
from __future__ import annotations

from collections.abc import Iterable
from itertools import compress, count, repeat
from operator import getitem, itemgetter
from typing import Final

from ..page import Page
from ..patterns.calls import COMMENT_CALL_LINE, FOLLOW_CALL_LINE, PAYWALL_NOTE_LINE, SUPPORT_CALL_LINE
from ..patterns.notices import (
    AFFILIATE_LINE,
    AGENCY_CREDIT,
    AI_IMAGE_COOCCUR_LINE,
    AI_IMAGE_LINE,
    APP_CALL_LINE,
    BROWSER_NOTICE_LINE,
    COMMENT_COUNT_INLINE,
    COMMENT_FORM_LINE,
    COMMENT_PROMPT,
    COMMENT_THREAD_HEADING,
    CONSENT_DATA_LINE,
    CONSENT_FIELD,
    CONSENT_FIELD_LINE,
    CONSENT_FIELDS_STRONG,
    CONSENT_LINE,
    COOKIE_LINE,
    COOKIE_SITE_LINE,
    CREDIT_LABELS,
    ILLUSTRATIVE_LINE,
    JAVASCRIPT_CALL_LINE,
    JAVASCRIPT_NEEDED_LINE,
    JAVASCRIPT_OFF_LINE,
    LEGAL_NOTICE_LINE,
    NARRATION,
    PAYWALL_CALL_LINE,
    POST_META_LINE,
    PROMO,
    PROMO_PITCH,
    PROMO_PITCH_STARTS,
    SHOP_CALL,
    SYNDICATED_LINE,
    VIEWS_COOCCUR_LINE,
    VIEWS_EXPRESSED_LINE,
    WEB_ARCHIVE_LINE,
)
from ..steps import step
from ..text.features import block_texts, features, keys, lines_matching
from ..text.line_words import in_order, lines_starting_with, starting_words
from ..text.region import add_wall, lift_walls

# Disclaimers run to a few sentences; a long paragraph that mentions cookies is article text
# (consent dialogs run longer: their trigger allows 120 words).
MAX_NOTICE_WORDS: Final = 120
MAX_PROMPT_WORDS: Final = 10
MAX_CREDIT_WORDS: Final = 25
MAX_PITCH_WORDS: Final = 20
# An agency credit closes a line: it is looked for in the line's last this many characters.
AGENCY_TAIL_CHARS: Final = 110
_first: Final = itemgetter(0)
# A page with this many comment counts is a list of posts (a blog's home page), not one thread.
MIN_LISTING_COUNTS: Final = 3
# A consent dialog's table of services: this many field lines ("Speicherdauer: ..."), each at most
# CONSENT_FIELD_GAP lines (a service's name, "Alle Details", its switch) after the one before.
MIN_CONSENT_FIELDS: Final = 3
CONSENT_FIELD_GAP: Final = 10
STRONG_FIELDS: Final = frozenset(CONSENT_FIELDS_STRONG)
BROWSER_DETAIL: Final = "note that the page needs JavaScript or a newer browser"
CONSENT_DETAIL: Final = "consent to a newsletter's terms, to notifications or to the processing of the reader's data"
# Sentence notices, each with its reason id and text, most specific first.
NOTICES: Final = (
    (COMMENT_FORM_LINE, "notice.comments", "comment form notice"),
    (COMMENT_CALL_LINE, "notice.comments", "comment section heading or prompt"),
    (AI_IMAGE_LINE, "notice.ai_image", "note that an image is AI-generated or illustrative"),
    (AI_IMAGE_COOCCUR_LINE, "notice.ai_image", "note that an image is AI-generated or illustrative"),
    (ILLUSTRATIVE_LINE, "notice.ai_image", "note that an image is AI-generated or illustrative"),
    (SYNDICATED_LINE, "notice.syndicated", "syndication or republication note"),
    (AFFILIATE_LINE, "notice.affiliate", "disclosure of affiliate links or commissions"),
    (VIEWS_EXPRESSED_LINE, "notice.views_expressed", "views-expressed disclaimer"),
    (VIEWS_COOCCUR_LINE, "notice.views_expressed", "views-expressed disclaimer"),
    (COOKIE_LINE, "notice.cookie", "cookie consent notice"),
    (JAVASCRIPT_OFF_LINE, "notice.browser", BROWSER_DETAIL),
    (JAVASCRIPT_CALL_LINE, "notice.browser", BROWSER_DETAIL),
    (JAVASCRIPT_NEEDED_LINE, "notice.browser", BROWSER_DETAIL),
    (BROWSER_NOTICE_LINE, "notice.browser", BROWSER_DETAIL),
    (WEB_ARCHIVE_LINE, "notice.archive", "a web archive's banner about its capture of the page"),
    (CONSENT_DATA_LINE, "notice.consent", CONSENT_DETAIL),
    (CONSENT_LINE, "notice.consent", CONSENT_DETAIL),
    (COOKIE_SITE_LINE, "notice.cookie", "cookie consent notice"),
    (APP_CALL_LINE, "notice.promo", "call to use the site's app"),
    (PAYWALL_CALL_LINE, "notice.promo", "subscription or free-trial pitch"),
    (PAYWALL_NOTE_LINE, "notice.promo", "subscription or free-trial pitch"),
    (SUPPORT_CALL_LINE, "notice.promo", "call to support the site (donate, become a member)"),
    (FOLLOW_CALL_LINE, "notice.promo", "call to follow or join the site on a network"),
    (LEGAL_NOTICE_LINE, "notice.legal", "liability or licence note of the site"),
    (POST_META_LINE, "notice.post_meta", "blog post-meta line (posted on, filed under, permalink)"),
)
# A follow call this short is a share row ("Folgen Sie uns auf Facebook"), drop_navigation's to name.
MAX_SHARE_ROW_WORDS: Final = 5
# Notices the main text region does not cross, and after which prose counts little when they close
# an article (a comment form, a consent dialog at the page's end; see text.region.add_wall).
WALL_NOTICES: Final = frozenset({"notice.comments", "notice.cookie"})
# First words of the prompt and promo lines this filter drops: with the notices its triggers find,
# the comment counts and the lines that may be image credits, the only lines it visits.
DISCLAIMER_STARTS: Final = starting_words(COMMENT_PROMPT.first_words | PROMO.first_words | SHOP_CALL.first_words
                                   | PROMO_PITCH_STARTS)


@step("filter")
def drop_disclaimers(page: Page) -> None:
    """Drop notices: "This image is AI-generated and does not depict any real-life event.",
    "(auto-generated from a syndicated feed)", "The views expressed are the author's own",
    "We use cookies ...", "No comments yet...", "Try Our AI Features", "Advertisement",
    "This post may contain affiliate links.", "Please enable JavaScript to view the comments.",
    "By signing up, you agree to our Privacy Policy.".

    Sentence notices must be at most 70 words; prompts and promos must be the whole line (at most
    10 words), but for a blog's thread heading that names the post ("11 responses to “Title”",
    "4 Antworten zu „Titel“", however long the title). A comment heading also ends the main-text
    region: comments are not the article. A consent dialog's table of services ("Zweck: Wiedergabe
    von Videos", "Speicherdauer: bis zum Verlassen der Website", "Expiry: 1 year") is dropped from
    its first field line to its last when three or more field lines under two or more labels stand
    close together, one label of a kind only such tables use (a retention period, a legal basis).
    """
    feats = features(page)
    key_of = keys(page)
    comment_counts = lines_matching(page, COMMENT_COUNT_INLINE)
    # Each line's sentence notice, the most specific one where several match (filled in reverse).
    notice_of: dict[int, tuple[str, str]] = {}
    for trigger, reason, detail in reversed(NOTICES):
        for i in lines_matching(page, trigger):
            if trigger is APP_CALL_LINE and NARRATION.search(page.blocks[i].text):
                continue  # "I still use the app for ...": someone's account, not the site's call
            if trigger is FOLLOW_CALL_LINE and page.blocks[i].text.count(" ") < MAX_SHARE_ROW_WORDS:
                continue  # "Folgen Sie uns auf Facebook": a share row, drop_navigation's (navigation.share)
            notice_of[i] = (reason, detail)
    blocks = page.blocks
    verdicts = page.verdicts
    # "11 responses to “Title”": however long the post's title, the thread's heading.
    for i in lines_matching(page, COMMENT_THREAD_HEADING):
        if verdicts[i] is None:
            page.drop(i, "notice.comments", "comment section heading or prompt")
            add_wall(page, i, ends_article=True)
    for i in in_order(notice_of, comment_counts, lines_starting_with(page, DISCLAIMER_STARTS),
                      _credit_candidates(page, key_of)):
        if verdicts[i] is not None:
            continue
        words = feats[i].words
        if words > MAX_CREDIT_WORDS:
            if words <= MAX_NOTICE_WORDS and i in notice_of:
                _drop_notice(page, i, *notice_of[i])
            continue
        key = key_of[i]
        if words <= MAX_PROMPT_WORDS:
            if COMMENT_PROMPT.line(key) or i in comment_counts:
                page.drop(i, "notice.comments", "comment section heading or prompt")
                add_wall(page, i, ends_article=True)
                continue
            if PROMO.line(key) or SHOP_CALL.line(key):
                page.drop(i, "notice.promo", "advertising label or promotion of the site's own products")
                continue
        if _is_image_credit(blocks[i].text, key):
            page.drop(i, "notice.image_credit", "image credit or caption source")
        elif words <= MAX_PITCH_WORDS and key.partition(" ")[0] in PROMO_PITCH_STARTS and PROMO_PITCH.match(key):
            page.drop(i, "notice.promo", "advertising label or promotion of the site's own products")
        elif i in notice_of:
            _drop_notice(page, i, *notice_of[i])
    _open_post_listing(page, comment_counts)
    _drop_consent_tables(page)


def _drop_consent_tables(page: Page) -> None:
    """Drop a consent dialog's table of services: runs of field lines ("Zweck: Wiedergabe von
    Videos", "Speicherdauer: bis zum Verlassen der Website", "Expiry: 1 year"), each at most
    CONSENT_FIELD_GAP lines after the one before, and the service names and switches between them.
    A run takes MIN_CONSENT_FIELDS such lines under two or more labels, one of them found only in
    such tables (a retention period, a legal basis); an article's "Purpose:" and "Provider:" fact
    lines have none."""
    fields = sorted(lines_matching(page, CONSENT_FIELD_LINE))
    if len(fields) < MIN_CONSENT_FIELDS:
        return
    blocks = page.blocks
    labels = {i: CONSENT_FIELD.search(blocks[i].text).group(1).casefold() for i in fields}  # type: ignore[union-attr]
    run: list[int] = []
    for i in [*fields, -1]:
        if run and (i < 0 or i - run[-1] > CONSENT_FIELD_GAP):
            found = {labels[j] for j in run}
            if len(run) >= MIN_CONSENT_FIELDS and len(found) >= 2 and not found.isdisjoint(STRONG_FIELDS):
                page.drop_open(run[0], run[-1] + 1, "notice.consent", "a consent dialog's table of services")
            run = []
        run.append(i)


def _open_post_listing(page: Page, comment_counts: frozenset[int]) -> None:
    """A page with three or more comment counts ("Posted in Walling | 4 Comments"), each right under
    a paragraph and over the next post's title, lists posts (a blog's home page): the counts stay
    dropped but are no walls, so the posts are one main text."""
    counted = [i for i in comment_counts if page.verdicts[i] is not None
               and page.verdicts[i].reason == "notice.comments"]  # type: ignore[union-attr]
    if len(counted) < MIN_LISTING_COUNTS:
        return
    # Each count closes a post: a paragraph right above it, and the next post's title (or nothing
    # more of the list) below it. Counts in a comment thread or a "most discussed" box are not so.
    feats = features(page)
    for i in counted:
        if i == 0 or not feats[i - 1].prose:
            return
        if i + 1 < len(page) and not (feats[i + 1].title_like or i == max(counted)):
            return
    lift_walls(page, counted)


def _drop_notice(page: Page, i: int, reason: str, detail: str) -> None:
    page.drop(i, reason, detail)
    if reason in WALL_NOTICES:
        add_wall(page, i, ends_article=True)


def _credit_candidates(page: Page, key_of: list[str]) -> Iterable[int]:
    """The blocks `_is_image_credit` can take: a colon in the first 26 characters after a credit
    label ("Foto:"), or a ")" at the end after an agency's name. Each test is a C-level pass over
    the lines the one before let through: a loop visiting every line with a colon costs more."""
    texts = block_texts(page)
    labelled = list(compress(count(), map((-1).__ne__, map(str.find, texts, repeat(":"), repeat(0), repeat(26)))))
    labels = map(str.strip, map(_first, map(str.partition, map(key_of.__getitem__, labelled), repeat(":"))))
    closed = list(compress(count(), map(str.endswith, texts, repeat(")"))))
    tails: Iterable[str] = map(getitem, map(texts.__getitem__, closed), repeat(slice(-AGENCY_TAIL_CHARS, None)))
    return in_order(compress(labelled, map(CREDIT_LABELS.line, labels)), compress(closed, map(AGENCY_CREDIT.search, tails)))


def _is_image_credit(text: str, key: str) -> bool:
    """ "Foto: dahancoo / Pixabay", "Photo: Getty Images", "... (REUTERS/Denis Balibouse)"."""
    head, colon, rest = text.partition(":")
    if colon and len(head) <= 25 and rest.strip() and len(rest.split()) <= 8 and CREDIT_LABELS.line(
            key.split(":", 1)[0].strip()):
        return True
    return text.endswith(")") and AGENCY_CREDIT.search(text[-AGENCY_TAIL_CHARS:]) is not None
