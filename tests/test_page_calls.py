"""Calls to act on the page (comment, share, report an error, pay, the site's credits and its own
newsletter) are told by two kinds of evidence on one short line (cleantext.patterns.calls):
what to do, and what it is done to. Lines with only one of them, or sentences, are kept."""
from __future__ import annotations

import pytest
from articles import assert_kept, check_removed, page, run, short_id

# (language, line, reason): invented wordings, each checked below an invented article.
CALLS = [
    ("en", "Discuss this article with other readers", "notice.comments"),
    ("de", "Kommentieren Sie diesen Beitrag", "notice.comments"),
    ("es", "Danos tu opinión", "notice.comments"),
    ("ru", "Ваше мнение о статье", "notice.comments"),
    ("en", "Forward this article to a colleague", "navigation.share"),
    ("it", "Condividi questo articolo con gli amici", "navigation.share"),
    ("zh", "分享给好友", "navigation.share"),
    ("en", "Found an error? Tell us", "footer.feedback"),
    ("fr", "Une coquille ? Écrivez-nous", "footer.feedback"),
    ("en", "This story is available to subscribers only.", "notice.promo"),
    ("de", "Sie haben Ihr Kontingent an kostenlosen Artikeln erreicht.", "notice.promo"),
    ("en", "Built and maintained by Harbourline Studio", "footer.credit"),
    ("nl", "Onze nieuwsbrief: elke ochtend het belangrijkste nieuws", "footer.newsletter"),
    ("fr", "Recevez chaque semaine le meilleur de nos enquêtes", "footer.newsletter"),
]


@pytest.mark.parametrize(("lang", "line", "reason"), CALLS, ids=short_id)
def test_call_to_act_on_the_page_is_removed_with_its_reason(lang, line, reason):
    check_removed(line, reason, lang=lang)


# Subheadings and sentences with one of the two kinds of evidence only.
KEPT = [
    "How to share your screen",
    "Comment vous inscrire au club de voile",
    "A costly mistake?",
    "This debate is not new.",
    "Readers discuss the harbour plan",
    "El debate y su impacto en el pueblo",
]


@pytest.mark.parametrize("line", KEPT, ids=short_id)
def test_subheading_with_one_kind_of_evidence_is_kept(line):
    doc = run(page(middle=(line,)))
    assert_kept(doc, line)
