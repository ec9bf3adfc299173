"""Site templates: blocks that repeat across many pages of one site (menus, footers, boxes).

A `TemplateModel` counts, per site, on how many pages each normalised block occurs and where (top or
bottom half). Counts only add up, so models learned per shard merge exactly, in any order. The model
is data only; `cleantext.learn` makes one from pages, with blocks made as a pipeline makes them.
"""
from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import regex

from .document import Block
from .errors import ConfigError

FORMAT_VERSION = 1
SITE_KEYS = ("domain", "host")

# Defaults of the support test; see docs/templates.md for why these values.
MIN_PAGES = 3     # a block on two pages may be a quote two articles share
MIN_SHARE = 0.5   # ... and must be on at least half of the site's pages

# "© 2024 Example Ltd" and "© 2025 Example Ltd" are one template block: digit runs become "0".
DIGITS = regex.compile(r"\d+")
SPACES = regex.compile(r"\s+")
# https://web.archive.org/web/20160526181643/http://ordnungsrausch.com/orga-life/ -> the archived url
ARCHIVED = regex.compile(r"^https?://web\.archive\.org/web/[0-9]+[a-z_]*/(.+)$", regex.IGNORECASE)
# Second-level labels under a country code that are sold like top-level ones: bbc.co.uk, abc.net.au.
SECOND_LEVEL = frozenset({"co", "com", "net", "org", "gov", "ac", "edu", "or", "ne", "go", "gob", "nic"})
# Hosting platforms where each subdomain is someone else's site with its own template
# (alice.wordpress.com, bob.wordpress.com): there the site is the whole host.
PLATFORMS = frozenset({"blogspot.com", "wordpress.com", "tumblr.com", "github.io", "substack.com",
                       "livejournal.com", "typepad.com", "wixsite.com", "weebly.com", "over-blog.com",
                       "canalblog.com", "hatenablog.com", "blog.jp", "neocities.org"})


def normalize_block(text: str) -> str:
    """The key a block is counted under: NFKC, case folded, digit runs as "0", spaces collapsed.

    >>> normalize_block("© 2024  Example  Ltd.")
    '© 0 example ltd.'
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    return str(SPACES.sub(" ", DIGITS.sub("0", text))).strip()


def site_key(url: str, *, by: str = "domain") -> str:
    """The site a page belongs to: its host without "www." (``by="host"``) or its registered domain.

    The domain is approximated without a public-suffix list: the last two labels, or three under
    a country code with a common second level (``news.bbc.co.uk`` -> ``bbc.co.uk``), plus one more
    on blog platforms (`PLATFORMS`).

    >>> site_key("https://www.news.example.co.uk/a/b?c=1")
    'example.co.uk'
    >>> site_key("https://www.news.example.co.uk/a/b", by="host")
    'news.example.co.uk'
    >>> site_key("https://alice.wordpress.com/2024/01/x")
    'alice.wordpress.com'
    """
    if by not in SITE_KEYS:
        raise ConfigError(f"site key must be one of {', '.join(SITE_KEYS)}, not {by!r}")
    url = url.strip()
    archived = ARCHIVED.match(url)
    if archived:
        url = archived.group(1)
    if "://" not in url:
        url = "http://" + url
    try:
        host = (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:  # "http://[bad" : an unparsable url has no site
        return ""
    host = host.removeprefix("www.")
    if by == "host" or not host or host.replace(".", "").isdigit():
        return host
    labels = host.split(".")
    if len(labels) <= 2:  # "example.org", "localhost", "[::1]": the host is the domain
        return host
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in SECOND_LEVEL else 2
    if ".".join(labels[-keep:]) in PLATFORMS or (labels[-keep] == "blogspot"):  # blogspot.de, blogspot.co.uk
        keep += 1
    return ".".join(labels[-keep:])


@dataclass(slots=True)
class Entry:
    """How often one normalised block occurred on a site: pages, and pages with it in each half."""

    pages: int = 0
    top: int = 0
    bottom: int = 0

    def add(self, other: Entry) -> None:
        self.pages += other.pages
        self.top += other.top
        self.bottom += other.bottom


@dataclass(slots=True)
class SiteTemplate:
    """The counts of one site: how many pages were learned and each block's `Entry`."""

    pages: int = 0
    entries: dict[str, Entry] = field(default_factory=dict)

    def add_blocks(self, blocks: Sequence[Block]) -> None:
        """Count one page; a block repeated within the page counts once, at its first place."""
        self.pages += 1
        half = len(blocks) / 2
        seen: set[str] = set()
        for block in blocks:
            key = normalize_block(block.text)
            if not key or key in seen:
                continue
            seen.add(key)
            entry = self.entries.get(key)
            if entry is None:
                entry = self.entries[key] = Entry()
            entry.pages += 1
            if block.index < half:
                entry.top += 1
            else:
                entry.bottom += 1

    def merge(self, other: SiteTemplate) -> None:
        self.pages += other.pages
        for key, entry in other.entries.items():
            mine = self.entries.get(key)
            if mine is None:
                self.entries[key] = Entry(entry.pages, entry.top, entry.bottom)
            else:
                mine.add(entry)

    def support(self, text: str) -> Entry | None:
        """The entry of a block's text (normalised here), or None when it was never seen."""
        return self.entries.get(normalize_block(text))


class TemplateModel:
    """Per-site block counts; learn pages, merge models, save and load them as JSON.

    >>> m = TemplateModel()
    >>> from cleantext.text.blocks import text_blocks
    >>> for n in range(3):
    ...     m.add_page("example.org", text_blocks(f"Home | News\\nStory {n}: a different article"))
    >>> m.sites["example.org"].entries["home | news"]
    Entry(pages=3, top=3, bottom=0)
    """

    def __init__(self, *, by: str = "domain", min_pages: int = MIN_PAGES, min_share: float = MIN_SHARE) -> None:
        if by not in SITE_KEYS:
            raise ConfigError(f"site key must be one of {', '.join(SITE_KEYS)}, not {by!r}")
        if min_pages < 1 or not 0.0 < min_share <= 1.0:
            raise ConfigError(f"need min_pages >= 1 and 0 < min_share <= 1, got {min_pages}, {min_share}")
        self.by = by
        self.min_pages = min_pages
        self.min_share = min_share
        self.sites: dict[str, SiteTemplate] = {}

    # -- learning ---------------------------------------------------------------------------
    def add_page(self, site: str, blocks: Sequence[Block]) -> None:
        """Count the blocks of one page of ``site``."""
        template = self.sites.get(site)
        if template is None:
            template = self.sites[site] = SiteTemplate()
        template.add_blocks(blocks)

    def merge(self, other: TemplateModel) -> TemplateModel:
        """Add ``other``'s counts into this model (and return it); the order of merges never matters."""
        if other.by != self.by:
            raise ConfigError(f"cannot merge a model keyed by {other.by!r} into one keyed by {self.by!r}")
        for site, template in other.sites.items():
            mine = self.sites.get(site)
            if mine is None:
                mine = self.sites[site] = SiteTemplate()
            mine.merge(template)
        return self

    def site_of(self, url: str) -> str:
        return site_key(url, by=self.by)

    # -- asking -----------------------------------------------------------------------------
    def template_for(self, site: str) -> SiteTemplate | None:
        return self.sites.get(site)

    def is_supported(self, site: SiteTemplate, entry: Entry, *, min_pages: int | None = None,
                     min_share: float | None = None) -> bool:
        """Whether ``entry`` repeats often enough on ``site`` to be template (both tests must pass)."""
        need_pages = self.min_pages if min_pages is None else min_pages
        need_share = self.min_share if min_share is None else min_share
        return entry.pages >= need_pages and entry.pages >= need_share * site.pages

    def template_blocks(self, site: str) -> Iterator[tuple[str, Entry]]:
        """The (normalised text, entry) pairs of ``site`` that pass the support test, most frequent first."""
        template = self.sites.get(site)
        if template is None:
            return iter(())
        found = [(k, e) for k, e in template.entries.items() if self.is_supported(template, e)]
        return iter(sorted(found, key=lambda ke: (-ke[1].pages, ke[0])))

    # -- saving -----------------------------------------------------------------------------
    def to_dict(self, *, keep_min: int = 2) -> dict[str, Any]:
        """A JSON-ready dict, sorted so equal models give equal files.

        Entries seen on fewer than ``keep_min`` pages are left out, because a block seen once is
        never template; it keeps files small. Merging such pruned models can undercount a block
        seen once per shard, so merge the unpruned models (``keep_min=1``) when that matters.
        """
        sites: dict[str, Any] = {}
        for site in sorted(self.sites):
            t = self.sites[site]
            blocks = {k: [e.pages, e.top, e.bottom] for k, e in sorted(t.entries.items()) if e.pages >= keep_min}
            sites[site] = {"pages": t.pages, "blocks": blocks}
        return {"cleantext_templates": FORMAT_VERSION, "by": self.by, "min_pages": self.min_pages,
                "min_share": self.min_share, "sites": sites}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TemplateModel:
        if not isinstance(data, Mapping) or data.get("cleantext_templates") != FORMAT_VERSION:
            raise ConfigError("not a cleantext template model (version 1); make one with `cleantext learn`")
        try:
            model = cls(by=str(data["by"]), min_pages=int(data["min_pages"]),
                        min_share=float(data["min_share"]))
            for site, raw in data["sites"].items():
                t = model.sites[str(site)] = SiteTemplate(pages=int(raw["pages"]))
                for key, (pages, top, bottom) in raw["blocks"].items():
                    t.entries[str(key)] = Entry(int(pages), int(top), int(bottom))
        except (KeyError, TypeError, ValueError) as e:
            raise ConfigError(f"template model is malformed ({e!r}); learn it again with `cleantext learn`") from e
        return model

    def save(self, path: str | os.PathLike[str], *, keep_min: int = 2) -> None:
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(self.to_dict(keep_min=keep_min), fh, ensure_ascii=False, separators=(",", ":"))
            fh.write("\n")

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> TemplateModel:
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
        except json.JSONDecodeError as e:
            raise ConfigError(f"{os.fspath(path)} is not JSON ({e}); give a file `cleantext learn` wrote") from e
        return cls.from_dict(data)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TemplateModel) and self.to_dict(keep_min=1) == other.to_dict(keep_min=1)

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def __repr__(self) -> str:
        return f"TemplateModel(by={self.by!r}, sites={len(self.sites)})"
