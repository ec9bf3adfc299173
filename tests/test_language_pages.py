"""Whole pages in Japanese, Korean, Turkish, Swedish, Czech, Ukrainian, Indonesian and Vietnamese,
cleaned as text and as HTML with the default pipeline: the article and its title are kept, the
related list comes out with its items, and the menu, share call, comment prompt, newsletter call
and footer are dropped (each phrase found by the language's entries in `cleantext.patterns`)."""
from __future__ import annotations

import pytest
from article_chrome import CHROME, LANGUAGES, chrome, html_page, text_page
from articles import HEADLINES, PARAGRAPHS, assert_article_kept, kept

from cleantext import extract
from cleantext.metadata import clean_tags


@pytest.mark.parametrize("lang", LANGUAGES)
def test_text_page_keeps_the_article_and_splits_off_its_chrome(lang):
    doc = extract(text_page(lang), format="text")
    assert doc.title == HEADLINES[lang]
    assert_article_kept(doc, lang)
    # Nothing but the headline and the three paragraphs is left.
    assert kept(doc) == [HEADLINES[lang], *PARAGRAPHS[lang]]
    assert [r.title for r in doc.related] == list(chrome(lang, "items"))
    assert {r.section for r in doc.related} == {CHROME[lang]["related"]}
    removed = {r.text: r.reason for r in doc.removed}
    for line in chrome(lang, "menu"):
        assert removed[line] == "navigation.menu", line
    assert removed[CHROME[lang]["share"]] == "navigation.share"
    assert removed[CHROME[lang]["comment"]] == "notice.comments"
    assert removed[CHROME[lang]["newsletter"]] == "footer.newsletter"
    legal, rights, cookie = chrome(lang, "footer")
    assert removed[legal] == "footer.legal_links"
    assert removed[rights] == "footer.copyright"
    assert removed[cookie] == "notice.cookie"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_text_page_takes_byline_date_and_tags_to_metadata(lang):
    meta = extract(text_page(lang), format="text").metadata
    assert meta["byline"] == CHROME[lang]["byline"]
    assert meta["date_raw"] == CHROME[lang]["date"]
    assert meta["date"].endswith("T10:30")
    assert meta["tags"] == clean_tags(chrome(lang, "tags"))
    assert len(meta["tags"]) == 3


@pytest.mark.parametrize("lang", LANGUAGES)
def test_html_page_keeps_the_article_and_splits_off_its_chrome(lang):
    doc = extract(html_page(lang), format="html")
    assert doc.title == HEADLINES[lang]
    body = [line for line in doc.body.split("\n") if line.strip()]
    assert body == list(PARAGRAPHS[lang])
    assert [r.title for r in doc.related] == list(chrome(lang, "items"))
    assert doc.metadata["date"].endswith("T10:30")
    assert doc.metadata["author"]


def test_korean_byline_gives_the_name_before_the_role():
    doc = extract(text_page("ko"), format="text")
    assert doc.metadata["author"] == ["박지훈"]


def test_japanese_byline_label_ends_at_the_full_width_colon():
    doc = extract(text_page("ja"), format="text")
    assert doc.metadata["author"] == ["山田 太郎"]
