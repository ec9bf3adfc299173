"""drop_player_controls: the interface of a video player a scraper copied along with the article."""
from __future__ import annotations

from typing import Final

from ..page import Page
from ..patterns.player import PLAYER_CONTROLS, PLAYER_STATE, PLAYER_STATE_STARTS
from ..steps import step
from ..text.features import features, keys
from ..text.line_words import lines_starting_with, starting_words

# A player shows its controls together: a line counts only with this many others near it, so a
# heading "Chapters" or a sentence ending "Play" in an article stays.
MIN_RUN: Final = 3
# Lines between two controls of one player (a clip title, a caption) at most.
MAX_GAP: Final = 3
MAX_WORDS: Final = 30
PLAYER_STARTS: Final = starting_words(PLAYER_CONTROLS.first_words | PLAYER_STATE_STARTS)


@step("filter", formats={"text"})
def drop_player_controls(page: Page) -> None:
    """Drop a video player's interface text: "Play", "Mute", "Current Time 0:00", "Loaded: 0%",
    "captions off, selected", "Fullscreen", the caption-settings dialog's lines.

    Only runs of at least three such lines, each within three lines of the next, count: a player
    brings a dozen, an article's own "Chapters" heading comes alone. (HTML pages have
    ``drop_media_widgets``, which tells a player by its elements.)
    """
    feats = features(page)
    key_of = keys(page)
    blocks = page.blocks
    verdicts = page.verdicts
    # Only lines whose first word starts a control or a state line are looked at.
    controls = [i for i in lines_starting_with(page, PLAYER_STARTS)
                if verdicts[i] is None and feats[i].words <= MAX_WORDS
                and (PLAYER_CONTROLS.line(key_of[i]) or PLAYER_STATE.match(blocks[i].text))]
    run: list[int] = []
    for i in [*controls, -1]:
        if run and (i < 0 or i - run[-1] > MAX_GAP + 1):
            if len(run) >= MIN_RUN:
                for j in run:
                    page.drop(j, "navigation.player", "controls of a video player, gallery or dialog")
            run = []
        if i >= 0:
            run.append(i)
