"""Tag sets and class/id token patterns the HTML modules share: data, not logic."""
from __future__ import annotations

import re
from typing import Final

import regex

# The class/id patterns use stdlib re: plain alternations run 2-3x faster there than in regex,
# and they are matched against every element's class string. Each branch starts with a literal
# character, so re tries only the positions where one can start (3x faster than when a branch opens
# with \b or a lookbehind): "\bad\b" is written ad\b(?<!\wad), "(?<!non-)paywall" paywall(?<!non-paywall).

# Elements whose content is never page text: code, styling, embedded documents, form controls.
NEVER_TEXT: Final = frozenset({
    "script", "style", "template", "svg", "math", "iframe", "object", "embed", "canvas",
    "head", "title", "meta", "link", "base", "button", "select", "option", "optgroup", "textarea",
    "input", "datalist", "audio", "video", "source", "track", "map", "area", "param", "dialog",
})

# Elements that end the line before them and start a new block.
BLOCK_TAGS: Final = frozenset({
    "html", "body", "p", "div", "section", "article", "main", "header", "footer", "nav", "aside",
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "menu", "dir",
    "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
    "figure", "figcaption", "form", "fieldset", "legend", "address", "hr", "center", "details",
    "summary", "hgroup", "listing", "plaintext", "xmp", "frameset", "frame", "noframes", "label",
    "noscript",
})
# <noscript> is walked, not skipped: a stray "<noscript><div>" can swallow the rest of the page.
# "label" as a block keeps "Name:" form labels off the sentence that follows them.

HEADINGS: Final = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
LIST_TAGS: Final = frozenset({"li", "dt", "dd"})
CELL_TAGS: Final = frozenset({"td", "th"})
CAPTION_TAGS: Final = frozenset({"figcaption", "caption"})

# Structural elements that are boilerplate wherever they stand outside the main region, with the
# reason id they give. <header>/<footer> inside an <article> belong to it (headline, byline).
STRUCTURAL_REASON: Final = {
    "nav": "html.nav", "aside": "html.aside", "footer": "html.footer", "header": "html.header",
    "form": "html.form", "menu": "html.nav", "noscript": "html.noscript",
}
ROLE_REASON: Final = {
    "navigation": "html.nav", "banner": "html.header", "contentinfo": "html.footer",
    "complementary": "html.aside", "search": "html.form", "menu": "html.nav", "menubar": "html.nav",
    "alert": "html.hidden", "dialog": "html.hidden", "alertdialog": "html.hidden",
}

# Class/id tokens. Patterns follow Mozilla Readability's lists (readability.js REGEXPS), extended
# with tokens seen on the dev corpus; they run on the lowercased "class id" string of an element.
POSITIVE: Final = re.compile(
    r"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|recipe|"
    r"artikel|inhalt|beitrag|meldung|texto|contenido|notizia")
NEGATIVE: Final = re.compile(
    r"-ad-|ad\b(?<!\wad)|ads\b(?<!\wads)|"
    r"hidden(?<!overflow-hidden)(?<!overflow-x-hidden)(?<!overflow-y-hidden)(?<!label-hidden)|"
    r"banner(?<!below-banner)(?<!above-banner)|combx|comment|"
    r"com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|taboola|promo|related|scroll|"
    r"share|shoutbox|sidebar|skyscraper(?<!hasskyscraper)(?<!has-skyscraper)(?<!with-skyscraper)|sponsor|"
    r"shopping|tags|tool(?<![a-z]tool)|widget|social|newsletter|subscribe|breadcrumb|byline|author|caption|"
    r"teaser")
# Readability's "unlikely candidates": elements that are boilerplate even inside the main region
# unless they also match MAYBE (e.g. "article-footer" stays, "footer" goes).
UNLIKELY: Final = re.compile(
    r"-ad-|ad\b(?<!\wad)|ads\b(?<!\wads)|ad-break|adsense|advert|agegate|ai2html|"
    r"banner(?<!below-banner)(?<!above-banner)|breadcrumb|combx|"
    r"comment|community|cover-wrap|disqus|extra|gdpr|legends|menu|related|remark|replies|rss|"
    r"shoutbox|sidebar|skyscraper(?<!hasskyscraper)(?<!has-skyscraper)(?<!with-skyscraper)|social|sponsor|"
    r"supplemental|pagination|pager(?<!\wpager)|popup|yom-remote|"
    r"share\b(?<!\wshare)|share-?(?:buttons|tools|bar|links|box)|social-?share|newsletter|subscribe|outbrain|"
    r"taboola|recommend|trending|most-?popular|"
    r"signup|sign-up|login|paywall(?<!non-paywall)|teaser-list|tag-?list|tags|toolbar|navbar|nav-|-nav\b|"
    r"nav\b(?<!\wnav)|"
    r"cookie-?(?:banner|notice|consent|bar|law|policy-banner|warning)|skip-?link|jump-?link|print-?only|"
    r"vjs-(?<!\wvjs-)|control-?bar|player-?controls|"
    r"author-?(?:bio|box|info|profile|card)|about-?the-?author|post-?author|share-?buttons|"
    r"trackback|pingback")
# Names of an author's card or a share bar that stay boilerplate even when a content word is part of
# the same name ("author-box--content", "bmg-content-box bmg-author-box"): the content word names
# the card's own inner box, not the article.
CARD_NAMES: Final = re.compile(r"author-?(?:bio|box|card|profile)|about-?the-?author|share-?buttons|social-?share")
MAYBE: Final = re.compile(r"and|article|body|column|content|main|shadow|story|entry|post-?body|text")

# Comment sections: ids/classes such as "comments", "comment-list", "disqus_thread", "respond".
COMMENTS: Final = re.compile(r"comment|disqus|respond\b(?<!\wrespond)|replies\b(?<!\wreplies)|kommentar(?<!\wkommentar)|"
                      r"discussion|talkback")
# A live ticker or live blog is the page's text even where its entries are named comments
# ("live-match-comment-body", "liveblog-entry", "live-commentary", "liveticker").
LIVE: Final = re.compile(r"live(?<!\wlive)-?(?:[a-z]+-)?(?:blog|ticker|match|game|comment|feed|update|coverage|report|"
                  r"event|entry|entries|post)|minute-?by-?minute|play-?by-?play")

# Cookie/consent banners by the ids and classes their vendors ship (OneTrust, Cookiebot, Cookie Law
# Info, cookieconsent, Didomi, TrustArc, Quantcast, Sourcepoint, Usercentrics, Osano, Complianz,
# iubenda, Borlabs) plus the generic compound names; a bare "cookie" never matches.
COOKIE_BANNER: Final = re.compile(
    r"onetrust|optanon|cybotcookiebot|cookiebot|cookie-law-info|cli-(?<!\wcli-)|cookie-?notice|"
    r"cookie-?consent|cookieconsent|cc-(?<!\wcc-)(?:window|banner|revoke)|cookie-?banner|cookie-?bar|"
    r"didomi|truste|trustarc|qc-cmp|sp_message|usercentrics|osano|cmplz|iubenda|borlabs|"
    r"consent-?(?:banner|manager|popup|modal)|gdpr-?(?:banner|consent|notice)|eu-cookie|cookies-?eu")

# class/id tokens of the element that holds an image's caption or credit when the page does not use
# <figcaption>: "wp-caption-text", "post-image-credits", "main-photo-title", "bildunterschrift".
CAPTION_CLASS: Final = re.compile(
    r"caption|credits?\b|(?:photo|image|img|picture|bild|foto)-?(?:title|text|desc|info|source|credit|sub)|"
    r"bildunterschrift|bildtext|bildquelle|fotonachweis|pie-?de-?foto|legende-?photo|legend\b")

# class/id tokens of an element that holds an entry's or article's own text ("serendipity_entry_body",
# "post-content", "article-body"): a short post beside its thumbnail is no image caption.
TEXT_HOLDER: Final = re.compile(r"body|content|entry|article|story|post|artikel|inhalt|beitrag|texto|contenido")

# Inline style that hides an element.
HIDDEN_STYLE: Final = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
# Whole class tokens only: "mobile-sidebar-hide-s2" on a <body> is a layout switch, not hiding.
HIDDEN_CLASS: Final = re.compile(
    r"(?<![\w-])(?:hidden|hide|sr-only|visually-?hidden|screen-reader-text|invisible|d-none|"
    r"element-invisible|offscreen|hidden-xs-up|is-hidden|u-hidden|modal)(?![\w-])")

# Headings that open a list of links to other articles (English, German, French, Spanish...).
RELATED_HEADING: Final = regex.compile(
    r"^(?:related(?: \w+){0,2}|more (?:stories|news|articles|from|on|in|like this|to read)\b.*|"
    r"trending(?: now| stories)?|read (?:more|next|also)\b.*|you (?:may|might) (?:also )?(?:like|enjoy)\b.*|"
    r"recommended(?: for you| stories| articles)?|most (?:popular|read|viewed|shared)\b.*|"
    r"popular (?:stories|posts|articles|now)|(?:see|also) (?:also|read)|what to read next|"
    r"top stories|latest (?:news|stories|articles|posts)|recent (?:posts|articles|stories)|"
    r"mehr zum thema|lesen sie auch|das könnte sie (?:auch )?interessieren|weitere artikel|"
    r"meistgelesen|ähnliche artikel|à lire aussi|lire aussi|sur le même sujet|"
    r"(?:artículos|noticias) relacionad[ao]s|te puede interesar|leggi anche)\W*$",
    regex.IGNORECASE)
