"""Page metadata from <head> and JSON-LD."""
from __future__ import annotations

from cleantext import Pipeline
from cleantext.html import STRUCTURE_STEPS
from cleantext.html.metadata import trim_site

# Only the structure steps: no repairs, no text filters.
BARE = Pipeline.default().only(*(f.__name__ for f in STRUCTURE_STEPS))

HEAD = """<html lang="en-GB"><head>
<title>Tram line extended | City Times</title>
<meta property="og:site_name" content="City Times">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2025-03-04T09:00:00Z">
<link rel="canonical" href="https://citytimes.example/tram">
</head><body><article><p>Body text of the story, long enough to be the story.</p></article></body></html>"""


def test_head_metadata_fields() -> None:
    meta = BARE.run(HEAD, format="html").metadata
    assert meta == {"title": "Tram line extended", "author": ["Jane Doe"], "date": "2025-03-04T09:00:00Z",
                    "site_name": "City Times", "language": "en-GB", "url": "https://citytimes.example/tram",
                    "author_raw": "Jane Doe", "date_raw": "2025-03-04T09:00:00Z"}


def test_json_ld_article_wins_over_meta_tags() -> None:
    html = HEAD.replace("</head>", """<script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": "Trams: the vote",
     "author": [{"@type": "Person", "name": "Jane Doe"}, {"name": "Max Roe"}], "datePublished": "2025-03-04"}]}
    </script></head>""")
    meta = BARE.run(html, format="html").metadata
    assert meta["title"] == "Trams: the vote"
    assert meta["author"] == ["Jane Doe", "Max Roe"]
    assert meta["date"] == "2025-03-04"


def test_broken_json_ld_is_ignored() -> None:
    html = HEAD.replace("</head>", '<script type="application/ld+json">{"@type": "NewsArticle", </script></head>')
    assert BARE.run(html, format="html").metadata["author"] == ["Jane Doe"]


def test_trim_site_suffix_and_prefix() -> None:
    assert trim_site("Tram line extended | City Times", "City Times") == "Tram line extended"
    assert trim_site("City Times - Tram line extended", "City Times") == "Tram line extended"
    assert trim_site("Tram line extended – News – City Times", None) == "Tram line extended"
    assert trim_site("A title without a site", None) == "A title without a site"


def test_image_section_and_keywords_come_from_meta_tags() -> None:
    html = HEAD.replace("</head>", """<meta property="og:image" content="https://citytimes.example/tram.jpg">
    <meta property="article:section" content="Transport">
    <meta name="keywords" content="trams, city council,  budget ">
    <meta property="article:tag" content="Trams"><meta property="article:tag" content="Elections">
    </head>""")
    meta = BARE.run(html, format="html").metadata
    assert meta["image"] == "https://citytimes.example/tram.jpg"
    assert meta["section"] == "Transport"
    assert meta["keywords"] == ["trams", "city council", "budget", "Trams", "Elections"]


def test_image_section_and_keywords_come_from_json_ld() -> None:
    html = HEAD.replace("</head>", """<script type="application/ld+json">
    {"@type": "NewsArticle", "headline": "Trams", "image": [{"@type": "ImageObject", "url": "https://c.example/1.jpg"}],
     "articleSection": ["Transport", "City"], "keywords": ["trams", "budget"]}</script></head>""")
    meta = BARE.run(html, format="html").metadata
    assert (meta["image"], meta["section"], meta["keywords"]) == ("https://c.example/1.jpg", "Transport",
                                                                   ["trams", "budget"])
