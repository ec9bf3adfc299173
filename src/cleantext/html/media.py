"""drop_media_widgets: the text of a video player or photo gallery embedded in the article: its
controls ("Full Screen", "Autoplay", "Your video will play in 00:25"), its slide counter and the
title of the clip. The reader sees them as buttons and labels of the player, not as the article.
"""
from __future__ import annotations

import re
from typing import Final

from ..page import Page
from ..steps import step
from .element_kinds import describe
from .score import is_prose
from .tree import tree_of
from .vocab import LIVE

# class/id words of players and galleries, as whole parts of a name: "js-vid-countdown",
# "inline-gallery-embedded", "wp-volt-gal-button", "slideshow", "jw-player"; "legal" or "vidal" are not.
MEDIA: Final = re.compile(r"(?<![a-z])(?:video|vid|player|gallery|gal|galerie|galeria|galleria|slideshow|carousel"
                   r"|lightbox|vjs|jwplayer)(?![a-z])")
MAX_PROSE_SHARE: Final = 0.15  # of the region's prose: a gallery with more is a photo story, its captions the text
CONTROL_CHARS: Final = 40  # characters: a control or label of the player
MIN_CONTROLS: Final = 2
# Elements that hold an article, not a widget in one: a WordPress "format-gallery" post is an <article>.
HOLDERS: Final = frozenset({"html", "body", "article", "main"})
MAX_CHARS_SHARE: Final = 0.25  # of the region's open text: a widget is a small part of the article


@step("structure", formats={"html"})
def drop_media_widgets(page: Page) -> None:
    """Drop the text of a video player or gallery inside the region: controls, counters, clip titles.

    Example: "Full Screen", "Autoplay", "Your video will play in 00:25" in ``<div class="js-vid-countdown">``.
    Only short lines (captions with prose are left to ``drop_captions``), in elements named as a
    player or gallery, never the region's own root or an <article>, that hold at least two labels of
    up to 40 characters, under 15% of the region's prose and under a quarter of its text (a photo
    story told in its slides keeps them); live tickers never.
    """
    tree = tree_of(page)
    nodes, blocks, region = tree.nodes, tree.blocks, tree.region
    limit = MAX_PROSE_SHARE * region.prose
    roots = set(region.roots)
    widget = [-1] * len(nodes)
    for i, nd in enumerate(nodes):
        p = nd.parent
        if p >= 0 and widget[p] >= 0:
            widget[i] = widget[p]
        elif (tree.inside[i] and nd.tokens and nd.tag not in HOLDERS and i not in roots
              and MEDIA.search(nd.tokens) and not LIVE.search(nd.tokens)
              and region.kept_prose[i] <= limit and not region.big(i)):
            widget[i] = i
    # A player's parts may be named one by one ("js-vid-hed", "js-vid-countdown" in a footer whose own
    # name says nothing): widgets side by side under one parent are judged together.
    # Prose in a widget (a slide's caption) is left to drop_captions and the text filters.
    members: dict[int, list[int]] = {}
    open_chars = 0
    for i in page.open_indices():
        node = blocks[i].node
        open_chars += blocks[i].chars if node >= 0 and tree.inside[node] else 0
        if node >= 0 and widget[node] >= 0 and not is_prose(blocks[i]):
            members.setdefault(nodes[widget[node]].parent, []).append(i)
    for found in members.values():
        if (sum(1 for i in found if blocks[i].chars <= CONTROL_CHARS) < MIN_CONTROLS
                or sum(blocks[i].chars for i in found) > MAX_CHARS_SHARE * open_chars):
            continue
        for i in found:
            w = widget[blocks[i].node]
            page.drop(i, "html.media_widget", f"{describe(nodes[w])}: video player or gallery controls")
