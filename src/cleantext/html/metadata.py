"""Page metadata from <head> and JSON-LD: title, author, published date, site name, language, URL,
image, section and keywords.

Sources in order of trust: JSON-LD ``NewsArticle``-like objects, OpenGraph/article meta tags,
named meta tags (author, date, DC.*), then <title> with the site's suffix trimmed.
"""
from __future__ import annotations

import json
from typing import Any

from lxml import etree

from ..patterns import TITLE_SEPARATOR

META_FIELDS: dict[str, str] = {
    "og:title": "title", "twitter:title": "title", "dc.title": "title",
    "author": "author", "article:author": "author", "byl": "author", "dc.creator": "author",
    "sailthru.author": "author", "parsely-author": "author", "citation_author": "author",
    "article:published_time": "date", "og:article:published_time": "date", "pubdate": "date",
    "publishdate": "date", "date": "date", "dc.date": "date", "dc.date.issued": "date",
    "sailthru.date": "date", "parsely-pub-date": "date", "citation_publication_date": "date",
    "datepublished": "date", "og:site_name": "site_name", "application-name": "site_name",
    "og:url": "url", "og:locale": "language", "content-language": "language", "dc.language": "language",
    "description": "description", "og:description": "description",
    "og:image": "image", "og:image:url": "image", "twitter:image": "image", "twitter:image:src": "image",
    "article:section": "section", "og:article:section": "section", "parsely-section": "section",
}
# Meta tags whose values are keyword lists: <meta name="keywords" content="a, b">, one
# <meta property="article:tag" content="a"> per tag. All of them are collected, in page order.
KEYWORD_FIELDS = frozenset({"keywords", "news_keywords", "article:tag", "og:article:tag", "parsely-tags"})
MAX_KEYWORDS = 50
ARTICLE_TYPES = ("Article", "NewsArticle", "BlogPosting", "Report", "ReportageNewsArticle",
                 "ScholarlyArticle", "TechArticle", "AnalysisNewsArticle", "OpinionNewsArticle")


def page_metadata(root: etree._Element, *, titles: list[str] | None = None,
                  bodies: list[str] | None = None, summaries: list[str] | None = None) -> dict[str, Any]:
    """Metadata fields found in the page's markup (absent fields are left out).

    ``titles``, when given, receives every title the page states for itself, best first (JSON-LD
    headline, og:title, twitter:title, <title> trimmed and whole): a page's social title often
    differs from its headline, which then still matches its <title>. ``bodies``, when given,
    receives the ``articleBody`` of each JSON-LD article object (the text as the page states it;
    `html.structured` uses it when the visible page lacks the text), and ``summaries`` the page's
    ``og:description`` / ``description`` (used when the page shows no text at all).
    """
    found: dict[str, str] = {}
    html_title = ""
    ld: dict[str, str] = {}
    keywords: list[str] = []
    stated: list[str] = []
    for el in root.iter("meta", "link", "title", "script"):
        tag = el.tag
        if tag == "meta":
            key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "")
            key = key.strip().lower()
            field = META_FIELDS.get(key)
            content = (el.get("content") or "").strip()
            if field == "title" and content:
                stated.append(" ".join(content.split()))
            if field and content and field not in found:
                found[field] = " ".join(content.split())
            elif key in KEYWORD_FIELDS and content:
                keywords.extend(content.split(",") if key != "article:tag" else [content])
        elif tag == "link":
            rel = (el.get("rel") or "").lower()
            if rel == "canonical" and el.get("href") and "canonical" not in found:
                found["canonical"] = el.get("href", "").strip()
        elif tag == "title":
            if not html_title:
                html_title = " ".join("".join(el.itertext()).split())
        elif (el.get("type") or "").strip().lower() == "application/ld+json" and el.text:
            _read_json_ld(el.text, ld, bodies)
    meta: dict[str, Any] = {}
    trimmed = trim_site(html_title, found.get("site_name") or ld.get("site_name"))
    title = ld.get("title") or found.get("title") or trimmed
    if title:
        meta["title"] = title
    if titles is not None:
        for t in (ld.get("title", ""), *stated, trimmed, html_title):
            if t and t not in titles:
                titles.append(t)
    for key in ("author", "date", "site_name", "image", "section"):
        value = ld.get(key) or found.get(key)
        if value:
            meta[key] = value
    if "keywords" in ld:
        keywords.extend(ld["keywords"].split(","))
    clean = list(dict.fromkeys(k for k in (" ".join(k.split()) for k in keywords) if k))[:MAX_KEYWORDS]
    if clean:
        meta["keywords"] = clean
    lang = (root.get("lang") or root.get("xml:lang") or found.get("language") or "").strip()
    if lang:
        meta["language"] = lang.replace("_", "-")
    if summaries is not None and found.get("description"):
        summaries.append(found["description"])
    url = found.get("canonical") or found.get("url") or ld.get("url")
    if url:
        meta["url"] = url
    return meta


def trim_site(title: str, site: str | None) -> str:
    """``title`` without a site name before or after a separator ("Headline | Site" -> "Headline").

    >>> trim_site("Storm hits coast | Daily Planet", None)
    'Storm hits coast'
    >>> trim_site("Daily Planet - Storm hits the coast overnight", "Daily Planet")
    'Storm hits the coast overnight'
    """
    parts = TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    if site:
        kept = [p for p in parts if p.strip().lower() != site.strip().lower()]
        if kept and len(kept) < len(parts):
            return " - ".join(kept) if len(kept) > 1 else kept[0]
    # Without a known site name the longest part is the headline; the site name is short.
    longest = max(parts, key=len)
    return longest if len(longest) >= 0.4 * len(title) else title


def _read_json_ld(text: str, out: dict[str, str], bodies: list[str] | None = None) -> None:
    try:
        data = json.loads(text)
    except ValueError:
        return  # broken JSON-LD is common and says nothing about the page
    stack: list[Any] = [data]
    seen = 0
    while stack and seen < 200:
        item = stack.pop()
        seen += 1
        if isinstance(item, list):
            stack.extend(reversed(item))
            continue
        if not isinstance(item, dict):
            continue
        if "@graph" in item:
            stack.append(item["@graph"])
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(k in ARTICLE_TYPES for k in kinds if isinstance(k, str)):
            _take(out, "title", item.get("headline") or item.get("name"))
            _take(out, "date", item.get("datePublished"))
            _take(out, "author", _name(item.get("author")))
            _take(out, "site_name", _name(item.get("publisher")))
            _take(out, "url", item.get("url") if isinstance(item.get("url"), str) else None)
            _take(out, "image", _image(item.get("image")))
            section = item.get("articleSection")
            _take(out, "section", section[0] if isinstance(section, list) and section else section)
            words = item.get("keywords")
            _take(out, "keywords", ",".join(w for w in words if isinstance(w, str)) if isinstance(words, list)
                  else words)
            body = item.get("articleBody")
            if bodies is not None and isinstance(body, str) and body.strip():
                bodies.append(body)


def _name(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        name = value.get("name")
        return name if isinstance(name, str) else None
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value[:10]) if n]
        return ", ".join(names) if names else None
    return None


def _image(value: Any) -> str | None:
    """JSON-LD's image: a url, an ImageObject, or a list of either (the first)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("url")
    return value if isinstance(value, str) else None


def _take(out: dict[str, str], key: str, value: Any) -> None:
    if isinstance(value, str) and value.strip() and key not in out:
        out[key] = " ".join(value.split())
