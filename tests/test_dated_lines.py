"""DATED (the date trigger's pattern) finds a date in exactly the lines DATE does: it only looks
for the "July 24, 2012" form from its day instead of from its month name."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext.patterns.byline import DATE, DATE_LINES, DATED

# Pieces dates are written with, and others, in any order.
PIECES = ["12", "7", "2025", "03", "1999", "24", "-", ".", "/", " ", "  ", ", ", ",", "\t", "st", "th", "rd",
          "de ", "March", "MARCH", "mar", "mars", "Mai", "may", "Mayor", "déc.", "августа", "АВГУСТА", "března",
          "Mart", "x", "年", "月", "日", "년", "월", "일", "9", "Posted", "at", "pm", ":"]


def test_the_date_trigger_uses_dated():
    assert any(t.pattern is DATED for t in DATE_LINES)


@pytest.mark.parametrize("line", ["Posted on 12.07.2025", "March 9, 2025", "MARCH 9TH 2025", "x May. 3rd, 2021",
                                  "9 mars 2025", "1 de enero de 2024", "2025年7月12日", "12 августа 2024 года",
                                  "12. března 2025", "may  3  2021", "Updated: June 30, 2024 at 10:00",
                                  "Wednesday, December 13. 2006", "الخميس 4 ديسمبر 2026", "٤ أيار ٢٠٢٦",
                                  "Στις 4 Δεκεμβρίου 2026"])
def test_dated_finds_date_lines(line):
    assert DATE.search(line) and DATED.search(line)


@pytest.mark.parametrize("line", ["Mayor 12, 2020", "xmay 3, 2021", "may 333, 2021", "March 2025", "in 2025 May 9",
                                  "Chapter 12, 2025 pages"])
def test_dated_skips_lines_without_a_date(line):
    assert not DATE.search(line) and not DATED.search(line)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14).map("".join))
def test_dated_agrees_with_date(line):
    assert bool(DATED.search(line)) == bool(DATE.search(line)), line


@pytest.mark.parametrize(("line", "iso"), [("الخميس 4 ديسمبر 2026", "2026-12-04"), ("نُشر في 12 آذار 2025", "2025-03-12"),
                                          ("Στις 4 Δεκεμβρίου 2026", "2026-12-04")])
def test_arabic_and_greek_date_lines_are_the_articles_date(line, iso):
    from cleantext import extract
    sentence = ("Το λιμάνι της πόλης άνοιξε σήμερα έναν νέο σταθμό ενέργειας από την παλίρροια, "
                "ο οποίος θα λειτουργήσει πλήρως την άνοιξη, σύμφωνα με τον δήμο.")
    body = "\n\n".join([sentence] * 3)
    doc = extract(f"Ειδήσεις\n\nΝέος σταθμός ενέργειας στο λιμάνι της πόλης\n\n{line}\n\n{body}\n", format="text")
    assert doc.metadata.get("date") == iso
    assert line not in doc.body
