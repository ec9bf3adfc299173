"""A live blog's entry times (two or more lines of a time only) stay in its text, and a key-points list under the headline is the
article's (text/region.py `entry_stamps`, text/key_points.py)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext import extract

TOP = ["Skip to main content", "News", "Weather", "Sport", "Live"]
HEADLINE = "Storm closes the coast road as gusts reach 90 mph"
ENTRIES = [
    ("14:32", ("The harbour master has confirmed that no crossings will run before six on Friday morning, "
               "and passengers with tickets for today can use them on any sailing next week.")),
    ("13:58", ("Power has been restored to about 1,200 homes in the north of the town, but engineers warn "
               "that more cuts are likely as the wind turns this evening.")),
    ("13:15", ("Schools in the district closed at midday. Parents were asked to collect their children "
               "early, and buses ran a reduced service from noon.")),
    ("12:40", ("The weather service has extended its amber warning until midnight. Forecasters say the "
               "strongest winds will come between four and eight in the evening.")),
]
BOTTOM = ["Share this page", "Facebook", "Email", "More on this story", "Why storms are named earlier each year",
          "How to prepare your home for high winds", "© 2026 Caldwick Gazette"]
POINTS = {
    "en": ("Key points", ["All ferry crossings are cancelled until Friday morning",
                          "Gusts of up to 90 mph recorded on the headland", "Around 4,000 homes are without power"]),
    "de": ("Das Wichtigste in Kürze", ["Alle Fähren fallen bis Freitagmorgen aus",
                                       "Böen bis 140 km/h auf der Landzunge gemessen"]),
    "fr": ("L'essentiel", ["Toutes les traversées sont annulées jusqu'à vendredi"]),
}


def _page(entries=ENTRIES, points: tuple[str, list[str]] | None = None, date: str = "Updated 14:32 GMT") -> str:
    lines = [*TOP, HEADLINE, date]
    if points:
        lines += [points[0], *points[1]]
    for stamp, text in entries:
        lines += [stamp, text]
    return "\n".join([*lines, *BOTTOM]) + "\n"


def test_the_entry_times_of_a_live_blog_stay_in_its_text():
    doc = extract(_page(), format="text")
    lines = doc.body.split("\n")
    for stamp, text in ENTRIES:
        assert stamp in lines and text in lines
    assert lines[0] == "14:32"  # the first entry's time too, though the run of prose starts under it
    assert doc.metadata["date_raw"] == "Updated 14:32 GMT"  # the page's own date line stays its date
    assert doc.title == HEADLINE


def test_one_time_over_the_text_is_still_its_date():
    doc = extract(_page(ENTRIES[:1], date="By Orla Penhallow"), format="text")
    assert "14:32" not in doc.body.split("\n")
    assert doc.metadata.get("date_raw") == "14:32"


def test_two_entry_times_are_both_text():
    doc = extract(_page(ENTRIES[:2], date="By Orla Penhallow"), format="text")
    assert doc.body.split("\n")[:3] == ["14:32", ENTRIES[0][1], "13:58"]
    assert "date_raw" not in doc.metadata


@pytest.mark.parametrize("lang", sorted(POINTS))
def test_a_key_points_list_under_the_headline_is_the_articles(lang):
    heading, points = POINTS[lang]
    doc = extract(_page(points=POINTS[lang]), format="text")
    lines = doc.body.split("\n")
    assert lines[:len(points) + 1] == [heading, *points]
    assert "News" not in lines


def test_a_list_without_a_key_points_heading_or_too_long_is_not_taken():
    _, points = POINTS["en"]
    doc = extract(_page(points=("Most read", points)), format="text")
    assert points[0] not in doc.body.split("\n")
    many = [f"{p} on day {n}" for n in range(3) for p in points]  # 9 lines: a list, not the article's points
    doc = extract(_page(points=("Key points", many)), format="text")
    assert many[0] not in doc.body.split("\n")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(ENTRIES), min_size=1, max_size=6),
       st.sampled_from([None, POINTS["en"], POINTS["de"], ("Key points", [])]))
def test_every_entry_is_kept_whatever_the_shape(entries, points):
    doc = extract(_page(entries, points), format="text")
    lines = doc.body.split("\n")
    for _, text in entries:
        assert text in lines
    # Nothing lost: every stamp is in the text, the metadata or removed.
    accounted = {*lines, *(r.text for r in doc.removed), *map(str, doc.metadata.values())}
    for stamp, _ in entries:
        assert stamp in accounted or any(stamp in a for a in accounted)
