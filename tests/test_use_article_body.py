"""use_article_body: a page that shows little of its article but states it in JSON-LD (articleBody)
gets that text, flagged; a page that shows its article, a short articleBody, broken JSON-LD or a
tagline description change nothing."""
from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext import Pipeline, extract
from cleantext.html.structured import body_paragraphs

PARAS = [
    "The council voted on Tuesday to extend the tram line to the harbour, after a debate that ran late into the night.",
    "Construction starts next spring along the river road, and the first trams could run by the summer of 2027.",
    "Shop owners asked for more loading bays, and the council agreed to widen the delivery hours in the old town.",
    "The whole project costs about forty million euros, most of it paid from the regional transport fund.",
]
SHELL = ('<div id="root"><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>'
         "<h1>Tram line extended to the harbour</h1><p>Loading…</p></div>")


def ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head><title>Tram line extended to the harbour</title>{head}</head><body>{body}</body></html>"


def test_use_article_body_takes_the_text_a_js_page_states_in_its_json_ld() -> None:
    html = page(SHELL, ld({"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "name": "News"},
        {"@type": "NewsArticle", "headline": "Tram line extended to the harbour", "articleBody": "\n\n".join(PARAS)}]}))
    doc = extract(html, format="html")
    assert doc.body.split("\n\n") == PARAS
    assert doc.title == "Tram line extended to the harbour"
    assert doc.metadata["text_source"] == "json-ld/articleBody"
    assert any(w.startswith("html.article_body:") for w in doc.warnings)
    assert {v.reason for b, v in doc.trace if b.source == "json-ld/articleBody"} == {"html.article_body"}


def test_use_article_body_reads_an_array_of_objects_and_a_blog_posting() -> None:
    html = page(SHELL, ld([{"@type": "Organization", "name": "City Times"},
                           {"@type": "BlogPosting", "articleBody": "\n".join(PARAS)}]))
    assert extract(html, format="html").body.split("\n\n") == PARAS


def test_use_article_body_splits_an_article_body_written_as_html() -> None:
    html = page(SHELL, ld({"@type": "Article", "articleBody": "".join(f"<p>{p}</p>" for p in PARAS)}))
    assert extract(html, format="html").body.split("\n\n") == PARAS


def test_use_article_body_changes_nothing_when_the_page_shows_its_article() -> None:
    visible = "".join(f"<p>{p}</p>" for p in PARAS)
    html = page(f"<article><h1>Tram line extended</h1>{visible}</article>",
                ld({"@type": "NewsArticle", "articleBody": "\n".join(PARAS)}))
    doc = extract(html, format="html")
    assert doc.body.split("\n\n") == PARAS
    assert "text_source" not in doc.metadata and not doc.warnings


def test_use_article_body_ignores_a_very_short_article_body() -> None:
    html = page(SHELL, ld({"@type": "NewsArticle", "articleBody": PARAS[0]}))
    assert PARAS[0] not in extract(html, format="html").body


def test_use_article_body_takes_a_short_article_body_of_sentences_on_a_shell() -> None:
    """A news brief of 150-400 characters is the article when the page shows none of it."""
    brief = " ".join(PARAS[:2])
    assert 150 <= len(brief) < 400
    doc = extract(page(SHELL, ld({"@type": "NewsArticle", "articleBody": brief})), format="html")
    assert doc.body == brief and doc.metadata["text_source"] == "json-ld/articleBody"


def test_use_article_body_leaves_a_short_article_body_when_the_page_shows_its_text() -> None:
    brief = " ".join(PARAS[:2])
    visible = "".join(f"<p>{p}</p>" for p in PARAS[2:])
    doc = extract(page(f"<article><h1>Tram line extended</h1>{visible}</article>",
                       ld({"@type": "NewsArticle", "articleBody": brief})), format="html")
    assert doc.body.split("\n\n") == PARAS[2:] and "text_source" not in doc.metadata


def test_use_article_body_gives_a_shell_without_a_headline_the_stated_one() -> None:
    """A shell that shows no headline: the JSON-LD headline is the title, ahead of the text."""
    shell = '<div id="root"><nav><a href="/">Home</a> <a href="/news">News</a></nav><p>Loading…</p></div>'
    doc = extract(page(shell, ld({"@type": "NewsArticle", "headline": "Harbour tram approved",
                                  "articleBody": "\n\n".join(PARAS)})), format="html")
    assert doc.title == "Harbour tram approved"
    assert doc.body.split("\n\n") == PARAS
    assert doc.text.startswith("Harbour tram approved\n")


def test_use_article_body_keeps_the_visible_headline_over_the_stated_one() -> None:
    doc = extract(page(SHELL, ld({"@type": "NewsArticle", "headline": "Tram: the council's vote",
                                  "articleBody": "\n\n".join(PARAS)})), format="html")
    assert doc.title == "Tram line extended to the harbour"
    assert {r.reason for r in doc.removed if r.text == "Tram: the council's vote"} == {"html.article_body_shown"}


def test_use_article_body_ignores_broken_json_ld() -> None:
    html = page(SHELL, '<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "' +
                PARAS[0] + "</script>")
    doc = extract(html, format="html")
    assert "text_source" not in doc.metadata


def test_use_article_body_drops_a_visible_teaser_and_keeps_what_the_page_shows_once() -> None:
    teaser = PARAS[0][:60].rstrip() + " …"
    html = page(f'<div id="root"><h1>Tram line extended</h1><p>{teaser}</p><p>Subscribe to read on</p></div>',
                ld({"@type": "NewsArticle", "articleBody": "\n".join(PARAS)}))
    doc = extract(html, format="html")
    assert teaser not in doc.body and doc.body.count(PARAS[0]) == 1
    assert {r.reason for r in doc.removed if r.text == teaser} == {"html.article_body_teaser"}


def test_use_article_body_off_leaves_the_json_ld_text_out() -> None:
    html = page(SHELL, ld({"@type": "NewsArticle", "articleBody": "\n".join(PARAS)}))
    doc = Pipeline.default().without("use_article_body").run(html, format="html")
    assert not any(p in doc.body for p in PARAS)


def test_use_article_body_gives_a_shell_page_its_description() -> None:
    summary = ("The council voted on Tuesday to extend the tram line to the harbour. Construction starts next "
               "spring, and the first trams could run by the summer of 2027.")
    html = page('<div id="root"><a href="/">Home</a></div>', f'<meta property="og:description" content="{summary}">')
    doc = extract(html, format="html")
    assert doc.body == summary and doc.metadata["text_source"] == "meta/description"


def test_use_article_body_leaves_a_tagline_description_alone() -> None:
    tagline = "City Times - News, sport and weather from the harbour city - Over 70 000 readers every day"
    html = page('<div id="root"><a href="/">Home</a></div>', f'<meta name="description" content="{tagline}">')
    assert tagline not in extract(html, format="html").body


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=200),
                min_size=1, max_size=8))
def test_use_article_body_never_invents_text(paras: list[str]) -> None:
    """Every block taken from the articleBody is one of its lines, repaired as page text is."""
    body = "\n".join(paras)
    html = page(SHELL, ld({"@type": "NewsArticle", "articleBody": body}))
    doc = extract(html, format="html")
    repair = Pipeline.default().repair
    stated = {" ".join(repair(p).split()) for p in body_paragraphs(body)}
    assert all(b.text in stated for b, _ in doc.trace if b.source == "json-ld/articleBody")
    assert all(b.text == "Tram line extended to the harbour" for b, _ in doc.trace if b.source == "meta/title")
