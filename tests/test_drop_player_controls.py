"""drop_player_controls: a video player's interface copied into scraped text is dropped as a run;
a lone "Chapters" heading or a sentence about playing stays."""
from __future__ import annotations

from articles import PARAGRAPHS, assert_article_kept, assert_kept, page, run
from hypothesis import given
from hypothesis import strategies as st

PLAYER = ("Play", "Mute", "Current Time 0:00", "Duration Time 2:41", "Loaded: 0%", "Progress: 0%",
          "Playback Rate", "Chapters", "captions off, selected", "Captions", "Fullscreen",
          "This is a modal window.", "Text Edge Style None Raised Depressed Uniform Dropshadow", "Defaults Done")
PLAYER_DE = ("Wiedergabe", "Ton aus", "Aktuelle Zeit 0:00", "Dauer 1:12", "Untertitel", "Vollbild")


def _dropped(doc, lines):
    reasons = {r.text: r.reason for r in doc.removed}
    return all(reasons.get(line) == "navigation.player" for line in lines)


def test_a_players_interface_inside_the_article_is_dropped():
    doc = run(page(middle=("\n".join(PLAYER),)))
    assert _dropped(doc, PLAYER)
    assert_article_kept(doc)


def test_a_german_players_interface_is_dropped():
    doc = run(page(lang="de", middle=("\n".join(PLAYER_DE),)))
    assert _dropped(doc, PLAYER_DE)
    assert_article_kept(doc, "de")


def test_a_lone_control_word_and_a_sentence_about_playing_stay():
    line = "The band will play the harbour festival again next summer, the organisers said on Monday evening."
    doc = run(page(middle=("Chapters", line)))
    assert all(r.reason != "navigation.player" for r in doc.removed)
    assert_kept(doc, line)


@given(st.lists(st.sampled_from(PLAYER), min_size=1, max_size=2), st.integers(0, 2))
def test_fewer_than_three_controls_never_make_a_run(controls, where):
    # Two controls or fewer, wherever they stand among the paragraphs, are no player.
    parts = list(PARAGRAPHS["en"])
    parts[where:where] = controls
    doc = run("\n\n".join(parts))
    assert all(r.reason != "navigation.player" for r in doc.removed)
