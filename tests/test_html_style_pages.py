"""HTML versions of invented style pages (tests/fixtures/html_styles): a government press release with
a kicker and a <dl> of metadata, a Polish news page with a reading time, a phpBB thread whose posts
alternate their classes. Each keeps its article whole and drops its chrome."""
from __future__ import annotations

from pathlib import Path

import pytest

import cleantext

FIXTURES = Path(__file__).parent / "fixtures" / "html_styles"

# page: (title, lines that must be in the body, lines that must not)
PAGES = {
    "press_release_gov": (
        "Funding confirmed to restore 14 miles of the Hesketh Canal",
        ["The restoration will reopen the canal to boats between Marland and Coldharbour for the first time since 1962.",
         "Waterways Minister Rosalind Achterberg said:",
         "Photographs of the canal are available on request."],
        ["Press release", "From:", "Published", "Share this page", "Is this page useful?", "© Crown copyright"]),
    "news_pl_shelter": (
        "Schronisko w Brzeźnie szuka domów dla czterdziestu psów po zamknięciu hodowli",
        [("Osoby zainteresowane adopcją mogą umówić się na spotkanie z psem telefonicznie. Przed adopcją "
         "pracownicy schroniska odwiedzają przyszły dom zwierzęcia.")],
        ["Czas czytania: 3 min", "Udostępnij", "Komentarze (4)", "Zaloguj się"]),
    "forum_phpbb_de": (
        "Rückmelder für Schattenbahnhof: Stromfühler oder Gleiskontakte?",  # not the forum's <h1> (html.site_name)
        ["Hallo zusammen,", "Grüße aus Cuxhaven, Ferdl",
         ("Sehe ich genauso. Bei sechs Gleisen würde ich jedes Gleis in zwei Abschnitte teilen, Bremsen und Halt, "
         "dann kann die Software die Züge sauber anhalten.")],
        ["Beiträge: 38", "Wohnort: Cuxhaven", "Nach oben", "Wer ist online?", "Modellbahn-Treff Nord"]),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_html_style_page_keeps_its_article_and_drops_its_chrome(name: str) -> None:
    title, kept, gone = PAGES[name]
    doc = cleantext.extract((FIXTURES / f"{name}.html").read_text(encoding="utf-8"), format="html")
    if title is not None:
        assert doc.title == title
    lines = doc.body.split("\n")
    for line in kept:
        assert line in lines, line
    for line in gone:
        assert line not in lines, line
