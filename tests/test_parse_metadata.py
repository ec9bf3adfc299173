"""Metadata parsed, not raw: author names, an ISO 8601 date and clean tags out of bylines, date
lines, tag lines and <meta> tags; the raw strings stay, and the body text never changes."""
from __future__ import annotations

import datetime as dt
import doctest

import pytest
from articles import PARAGRAPHS, page
from hypothesis import given
from hypothesis import strategies as st

import cleantext.dates
import cleantext.metadata
from cleantext import extract
from cleantext.dates import parse_date
from cleantext.metadata import RAW_FIELDS, byline_authors, clean_tags, parse_metadata, split_names


@pytest.mark.parametrize("module", [cleantext.dates, cleantext.metadata])
def test_doctests(module: object) -> None:
    assert doctest.testmod(module).failed == 0  # type: ignore[arg-type]


DATES = [
    ("Published: May 14, 2025", "2025-05-14"),
    ("Sept. 3rd 2025", "2025-09-03"),
    ("July 24, 2012 12:11 AM", "2012-07-24T00:11"),
    ("Posted on March 9, 2025 at 6:12 pm", "2025-03-09T18:12"),
    ("Updated: 12-07-2025 15:58 IST", "2025-07-12T15:58"),  # IST is ambiguous: no zone
    ("02-03-2025 10:42 GMT", "2025-03-02T10:42Z"),
    ("13/05/2025", "2025-05-13"),
    ("7/12/2025", "2025-07-12"),  # a slash and both numbers <= 12: month first
    ("12.07.2025", "2025-07-12"),
    ("2025/07/12", "2025-07-12"),
    ("2025-05-14T10:00:00+0200", "2025-05-14T10:00:00+02:00"),
    ("Veröffentlicht am 14. Februar 2025, 09:30 Uhr", "2025-02-14T09:30"),
    ("Publié le 3 mars 2025 à 08:15", "2025-03-03T08:15"),
    ("Actualizado el 12 de abril de 2025", "2025-04-12"),
    ("Pubblicato il 5 maggio 2025", "2025-05-05"),
    ("Publicado em 2 de março de 2025", "2025-03-02"),
    ("Gepubliceerd op 2 maart 2025", "2025-03-02"),
    ("Opublikowano: 2 marca 2025", "2025-03-02"),
    ("Опубликовано: 2 марта 2025", "2025-03-02"),
    ("发布时间：2025年3月2日", "2025-03-02"),
    ("تاريخ النشر: 2025-03-02", "2025-03-02"),
    ("Publicerad 2 mars 2025", "2025-03-02"),
    ("Yayınlanma: 2 Mart 2025", "2025-03-02"),
    ("Diterbitkan 2 Agustus 2025", "2025-08-02"),
    ("입력 2025년 3월 2일 10:30", "2025-03-02T10:30"),
    ("公開日：2025年3月2日", "2025-03-02"),
    ("Aktualizováno 2. března 2025", "2025-03-02"),
    ("Опубліковано 2 березня 2025", "2025-03-02"),
]


@pytest.mark.parametrize(("text", "iso"), DATES)
def test_parse_date_reads_common_forms_in_many_languages(text: str, iso: str) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize("text", ["3 hours ago", "vor 2 Stunden", "Page 12 of 30", "31/02/2025", "99-99-2025",
                                  "Version 1.2.3", ""])
def test_parse_date_reads_nothing_where_there_is_no_calendar_date(text: str) -> None:
    assert parse_date(text) is None


@given(st.text(max_size=200))
def test_parse_date_is_total_and_gives_a_real_iso_date(text: str) -> None:
    """Any string gives None or a string whose first ten characters are a valid ISO date."""
    iso = parse_date(text)
    assert iso is None or dt.date.fromisoformat(iso[:10])


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
       st.sampled_from(["{d} {month} {y}", "{month} {d}, {y}", "{y}-{m:02d}-{d:02d}", "{d:02d}.{m:02d}.{y}"]))
def test_parse_date_round_trips_written_dates(day: dt.date, form: str) -> None:
    """A date written in a common English or numeric form reads back as itself."""
    text = form.format(d=day.day, m=day.month, y=day.year, month=day.strftime("%B"))
    assert parse_date(f"Published: {text}") == day.isoformat()


@pytest.mark.parametrize(("byline", "names"), [
    ("By Anna Reyes | Published: May 14, 2025 | 4 min read", ["Anna Reyes"]),
    ("By Jane Doe and John Smith", ["Jane Doe", "John Smith"]),
    ("By Filipa Carvalhal, Education reporter", ["Filipa Carvalhal"]),
    ("Written by | Orla Penhallow", ["Orla Penhallow"]),
    ("Von Katrin Lindqvist und Jonas Berg", ["Katrin Lindqvist", "Jonas Berg"]),
    ("Par Gilles Manderieux", ["Gilles Manderieux"]),
    ("Por Ana de la Cruz", ["Ana de la Cruz"]),
    ("Redacción Soria", ["Redacción Soria"]),
    ("Devdiscourse News Desk | Islamabad | Updated: 12-07-2025 15:58 IST", ["Devdiscourse News Desk"]),
    ("记者 刘晓岚", ["刘晓岚"]),
    ("作者：王明", ["王明"]),
    ("Автор: Ирина Петрова", ["Ирина Петрова"]),
    ("by Mara Quill on October 22, 2012", ["Mara Quill"]),
    ("By Tomas Reed Science editor", ["Tomas Reed"]),
    ("By Ines Vale @inesvale Jul 3, 2019\nPhoto by Olu Park / Daily Post", ["Ines Vale"]),
    ("By staff writers", []),
    ("Updated: 12-07-2025", []),
    ("By boat: two crossings a day", []),
    ("박지훈 기자", ["박지훈"]),
    ("(서울=연합뉴스) 박지훈 기자", ["박지훈"]),
    ("文：山田 太郎", ["山田 太郎"]),
    ("Oleh: Budi Santoso", ["Budi Santoso"]),
])
def test_byline_authors(byline: str, names: list[str]) -> None:
    assert byline_authors(byline) == names


def test_split_names_keeps_people_and_drops_roles() -> None:
    assert split_names("Anna Reyes & Tom Hall; staff writers") == ["Anna Reyes", "Tom Hall"]


@pytest.mark.parametrize(("lines", "tags"), [
    (["• Country:", "• Pakistan"], ["Pakistan"]),
    (["Etiquetas:", "Patrimonio", "Soria"], ["Patrimonio", "Soria"]),
    (["Tags: energy, harbour, Caldwick"], ["energy", "harbour", "Caldwick"]),
    (["Schlagwörter: Energie | Wärmepumpe | energie"], ["Energie", "Wärmepumpe"]),
    (["标签：", "太阳能", "社区"], ["太阳能", "社区"]),
    (["Hashtags", "#Energy", "#Harbour"], ["Energy", "Harbour"]),
])
def test_clean_tags(lines: list[str], tags: list[str]) -> None:
    assert clean_tags(lines) == tags


@given(st.dictionaries(st.sampled_from(["byline", "date", "tags", "author", "title"]),
                       st.one_of(st.text(max_size=60), st.lists(st.text(max_size=20), max_size=4)), max_size=5))
def test_parse_metadata_loses_no_raw_string(raw: dict[str, object]) -> None:
    """Every raw value is still there, under its own key or the field's ``*_raw`` key."""
    out = parse_metadata(raw)
    for key, value in raw.items():
        if isinstance(value, list if key == "tags" else str) and key in RAW_FIELDS:
            assert out[RAW_FIELDS[key]] == value
        elif key not in RAW_FIELDS:
            assert out[key] == value


PAGE = """Home | News | Sport | Weather

Storm closes the coast road

By Anna Reyes | Published: May 14, 2025 | 4 min read

The coast road between Caldwick and Porthmoor was closed on Tuesday after the storm washed part of it away, the council said.

Engineers expect the repairs to take at least three weeks, and a diversion through the inland villages is signposted.

Tags: Storm, Roads, Caldwick

© 2025 Caldwick Gazette. All rights reserved."""


def test_a_text_page_gives_author_iso_date_and_clean_tags_and_keeps_the_byline() -> None:
    meta = extract(PAGE).metadata
    assert meta["byline"] == "By Anna Reyes | Published: May 14, 2025 | 4 min read"
    assert meta["author"] == ["Anna Reyes"]
    assert meta["date"] == "2025-05-14"
    assert meta["tags"] == ["Storm", "Roads", "Caldwick"]
    assert meta["tags_raw"] == ["Tags: Storm, Roads, Caldwick"]


def test_parsing_metadata_never_changes_the_text() -> None:
    doc = extract(PAGE)
    assert "Anna Reyes" not in doc.text and doc.text.startswith("Storm closes the coast road")
    html = ("<html><head><meta name=author content='Anna Reyes'><meta name=keywords content='storm, roads'>"
            "</head><body><article><h1>Storm closes the coast road</h1><p>"
            + PAGE.split("\n\n")[3] + "</p></article></body></html>")
    doc_html = extract(html, format="html")
    assert doc_html.metadata["author"] == ["Anna Reyes"] and doc_html.metadata["keywords"] == ["storm", "roads"]
    assert PAGE.split("\n\n")[3] in doc_html.text


# Slashed dates either way round ("07/03/2025"): read day first where the page says so.
@pytest.mark.parametrize(("lang", "byline", "iso"), [
    ("en", "By Anna Reyes | Published: 07/03/2025", "2025-07-03"),  # English, nothing else: US order
    ("de", "Von Katrin Lindqvist | Veröffentlicht: 07/03/2025", "2025-03-07"),
    ("fr", "Par Gilles Manderieux | Publié le 07/03/2025", "2025-03-07"),
    ("es", "Por Ana de la Cruz | Publicado: 07/03/2025", "2025-03-07"),
    ("en", "By Anna Reyes | Posted 07/03/2025 | Updated 25/03/2025", "2025-03-07"),  # the page's own proof
    ("en", "By Anna Reyes | Posted 07/03/2025 | Updated 07/25/2025", "2025-07-03"),
])
def test_an_ambiguous_slashed_date_is_read_the_way_the_page_writes_dates(lang: str, byline: str, iso: str) -> None:
    assert extract(page(lang=lang, lead=(byline,))).metadata["date"] == iso


@pytest.mark.parametrize(("declared", "iso"), [("en-GB", "2025-03-07"), ("en-US", "2025-07-03"),
                                                ("en", "2025-07-03"), ("nl", "2025-03-07")])
def test_the_declared_language_of_an_html_page_decides_a_slashed_dates_order(declared: str, iso: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS["en"])
    html = (f"<html lang='{declared}'><body><article><h1>Harbour plan approved</h1>"
            f"<p>By Anna Reyes | 07/03/2025</p>{paragraphs}</article></body></html>")
    assert extract(html).metadata["date"] == iso


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)), st.booleans())
def test_parse_date_reads_slashed_dates_in_the_order_it_is_told(day: dt.date, day_first: bool) -> None:
    """A slashed date written in the order ``day_first`` names reads back as itself."""
    text = f"{day.day:02d}/{day.month:02d}/{day.year}" if day_first else f"{day.month:02d}/{day.day:02d}/{day.year}"
    assert parse_date(f"Posted {text}", day_first=day_first) == day.isoformat()


@pytest.mark.parametrize(("line", "author"), [
    ("Posted on March 9, 2025 by Mara Treloar", ["Mara Treloar"]),
    ("Pubblicato il 9 marzo 2025 da Giulia Ferretti", ["Giulia Ferretti"]),
    ("Veröffentlicht am 9. März 2025 von Max Mustermann", ["Max Mustermann"]),
    ("Publié le 9 mars 2025 par Claire Lemoine", ["Claire Lemoine"]),
    # A comment count after the name is no part of it: no author rather than a wrong one.
    ("1. Januar 2016 von KleineGrüneMonster Ein Kommentar", None),
])
def test_a_date_line_that_ends_with_its_author_gives_the_author(line: str, author: list[str] | None) -> None:
    doc = extract(page(lead=(line,)), format="text")
    assert doc.metadata.get("date_raw") == line
    assert doc.metadata.get("author") == author


@pytest.mark.parametrize(("byline", "names"), [
    ("By Colm Ardagh, Agriculture Reporter", ["Colm Ardagh"]),
    ("By Orla Penhallow, Globe Correspondent, 6/20/04", ["Orla Penhallow"]),
    ("By Jago Trethewey, Caldwick News contributor", ["Jago Trethewey"]),
    # A surname that is a role word is still a name when no comma puts it after another name.
    ("By Tom Hall and Sarah Writer", ["Tom Hall", "Sarah Writer"]),
    # A date row that ends with its author, the comment count in its own part.
    ("Posted on 3 March 2026 by Wendel Ostrander · 7 comments", ["Wendel Ostrander"]),
    ("27. Januar 2014 by Barbara Russ / Kategorien: Event, Fashion", ["Barbara Russ"]),
])
def test_byline_authors_leave_out_title_case_roles_and_read_a_dated_row(byline, names):
    assert byline_authors(byline) == names
