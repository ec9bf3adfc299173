"""extract_byline: bylines, datelines, date lines and tag lines near the article move to metadata
with their reason; sentences and list items that start like a byline stay in the text."""
from __future__ import annotations

import textwrap

import pytest
from articles import (
    HEADLINES,
    PARAGRAPHS,
    assert_article_kept,
    assert_dropped,
    check_kept,
    page,
    run,
    short_id,
    verdict,
)

from cleantext.document import Label
from cleantext.metadata import RAW_FIELDS, clean_tags
from cleantext.patterns.byline import READING_TIME

# (language, line under the headline, metadata field, reason id)
LEAD = [
    ("en", "By Orla Penhallow", "byline", "byline.byline"),
    ("en", "By Orla Penhallow and Jago Trethewey, Caldwick", "byline", "byline.byline"),
    ("en", "Harbour Desk | Caldwick | Updated: 02-03-2025 09:14 GMT | Created: 02-03-2025 08:40 GMT",
     "byline", "byline.byline"),
    ("en", "Gazette Staff Reporter", "byline", "byline.byline"),
    ("de", "Von Katrin Voßberg", "byline", "byline.byline"),
    ("fr", "Par Gilles Manderieux", "byline", "byline.byline"),
    ("es", "Por Remedios Salcedo", "byline", "byline.byline"),
    ("it", "Di Amedeo Sartorelli", "byline", "byline.byline"),
    ("pt", "Por Filomena Carvalhal", "byline", "byline.byline"),
    ("nl", "Door Maarten Ossewaarde", "byline", "byline.byline"),
    ("pl", "Autor: Teresa Wilkoszewska", "byline", "byline.byline"),
    ("ru", "Автор: Валентина Ольховская", "byline", "byline.byline"),
    ("en", "Author: Orla Penhallow", "byline", "byline.byline"),
    ("en", "Written by Orla Penhallow", "byline", "byline.byline"),
    ("zh", "记者 刘晓岚", "byline", "byline.byline"),
    ("ar", "بقلم سلمى العطار", "byline", "byline.byline"),
    ("en", "Reporting by Jago Trethewey; editing by Mara Treloar", "byline", "byline.byline"),
    ("en", "March 2, 2025 9:14 AM", "date", "byline.date"),
    ("en", "Published: 2 March 2025", "date", "byline.date"),
    ("en", "3 hours ago", "date", "byline.date"),
    ("de", "Veröffentlicht am 2. März 2025", "date", "byline.date"),
    ("de", "vor 2 Stunden", "date", "byline.date"),
    ("fr", "Publié le 2 mars 2025 à 09:14", "date", "byline.date"),
    # A second label after a comma, and a clock written "09h41".
    ("fr", "Publié le 14 mars 2025 à 09h41, mis à jour à 11h02", "date", "byline.date"),
    ("es", "Publicado el 2 de marzo de 2025", "date", "byline.date"),
    ("it", "Pubblicato il 2 marzo 2025", "date", "byline.date"),
    ("pt", "Publicado em 2 de março de 2025", "date", "byline.date"),
    ("nl", "Gepubliceerd op 2 mei 2025", "date", "byline.date"),
    ("nl", "Gepubliceerd op 2 maart 2025", "date", "byline.date"),
    ("pl", "Opublikowano: 2 marca 2025", "date", "byline.date"),
    ("ru", "Опубликовано: 2 марта 2025", "date", "byline.date"),
    ("zh", "发布时间：2025年3月2日", "date", "byline.date"),
    ("ar", "تاريخ النشر: 2025-03-02", "date", "byline.date"),
]


@pytest.mark.parametrize(("lang", "line", "field", "reason"), LEAD, ids=short_id)
def test_extract_byline_moves_line_under_the_headline_to_metadata(lang, line, field, reason):
    doc = run(page(lang=lang, lead=(line,)))
    v = verdict(doc, line)
    assert (v.label, v.reason, v.role, v.step) == (Label.METADATA, reason, field, "extract_byline")
    assert line in doc.metadata[RAW_FIELDS.get(field, field)].split("\n")
    assert line not in doc.text
    assert_article_kept(doc, lang)


def test_a_row_of_results_with_a_date_is_no_date_line():
    # "100 m Schi A W15 19.05.2007": a dated row of a results table, three words besides the date.
    rows = "\n".join(f"{m} m Schi A W15 19.05.2007" for m in (100, 200, 400))
    doc = run(page(lead=(rows,)))
    assert "date_raw" not in doc.metadata


def test_extract_byline_keeps_headline_above_the_byline():
    doc = run(page(lead=("By Orla Penhallow", "March 2, 2025")))
    assert doc.title == HEADLINES["en"]
    assert doc.metadata["byline"] == "By Orla Penhallow"
    assert doc.metadata["date_raw"] == "March 2, 2025"
    assert doc.metadata["date"] == "2025-03-02"  # parsed; the raw line stays in date_raw
    assert doc.metadata["author"] == ["Orla Penhallow"]


# A tag label and the tags on the lines right under it, below the article.
TAGS = [
    ("en", ("• Country:", "• United Kingdom")),
    ("en", ("Topics:", "Energy", "Fishing")),
    ("en", ("Tags:", "Energy", "Harbour")),
    ("de", ("Schlagwörter:", "Energie", "Wärmepumpe")),
    ("fr", ("Mots-clés :", "Transports", "Normandie")),
    ("es", ("Etiquetas:", "Molinos", "Patrimonio")),
    ("it", ("Argomenti:", "Biblioteche", "Alberi")),
    ("pt", ("Temas:", "Vela", "Escolas")),
    ("nl", ("Trefwoorden:", "Zonne-energie", "Dorp")),
    ("pl", ("Tagi:", "Kino", "Kultura")),
    ("ru", ("Теги:", "Музей", "Флот")),
    ("zh", ("标签:", "太阳能", "社区")),
    ("zh", ("标签：", "太阳能", "社区")),
    ("ar", ("الوسوم:", "مكتبة", "قراءة")),
    ("en", ("Tags: energy, harbour, Caldwick",)),
    ("de", ("Schlagwörter: Energie, Wärmepumpe, Ellernau",)),
]


@pytest.mark.parametrize(("lang", "lines"), TAGS, ids=lambda x: x if isinstance(x, str) else x[0])
def test_extract_byline_moves_tag_lines_to_metadata(lang, lines):
    doc = run(page(lang=lang, bottom=("\n".join(lines),)))
    assert doc.metadata["tags_raw"] == list(lines)
    assert doc.metadata["tags"] == clean_tags(lines) and doc.metadata["tags"]
    assert all(":" not in tag and "•" not in tag for tag in doc.metadata["tags"])
    for line in lines:
        assert verdict(doc, line).reason == "byline.tags"
    assert_article_kept(doc, lang)


def test_extract_byline_drops_tag_label_without_tags():
    doc = run(page(bottom=("Hashtags",)))
    assert_dropped(doc, "Hashtags", "byline.tag_label")
    assert "tags" not in doc.metadata


def test_extract_byline_ignores_dates_far_below_the_article():
    later = ("Other stories", "Lifeboat crew rescues two kayakers\nMarch 1, 2025")
    filler = tuple(f"Notice board item number {n} for the harbour" for n in range(12))
    doc = run(page(bottom=(*filler, *later)), "extract_byline")
    assert "date" not in doc.metadata


KEPT = [
    ("By the end of the year the plant should be running at full power, the water board said in a "
     "statement on Monday."),
    "- By boat: two crossings a day in summer",
    ("Published figures show that the town used less electricity in 2024 than in any year since the "
     "old cannery closed."),
    "Topics for the next public meeting",
]


@pytest.mark.parametrize("line", KEPT, ids=short_id)
def test_extract_byline_keeps_article_line_that_starts_like_a_byline(line):
    assert check_kept(line).metadata == {}


def test_extract_byline_keeps_sentence_with_a_date_under_the_headline():
    line = ("On March 2, 2025, the first turbine was lowered into the water while about two hundred people "
            "watched from the end of the pier.")
    check_kept(line, place="lead")


def test_extract_byline_does_not_take_a_comment_timestamp_as_the_article_date():
    comments = ("3 Comments\nJago Trethewey says:\nMarch 9, 2025 at 6:12 pm\n"
                "Same here, the turbines are quieter than the ferry ever was.")
    doc = run(page(lead=("Posted on March 9, 2025 by Mara Treloar",), bottom=(comments,)))
    assert doc.metadata.get("date_raw") == "Posted on March 9, 2025 by Mara Treloar"
    assert doc.metadata.get("date") == "2025-03-09"

# A menu line per section, so that the page has enough lines to tell how it is spaced.
MENU = ("Home", "World", "Business", "Sport", "Weather")


@pytest.mark.parametrize(("lang", "lines"), [t for t in TAGS if len(t[1]) > 1][:4], ids=lambda x: x if isinstance(x, str) else x[0])
def test_extract_byline_takes_tags_of_a_page_with_a_blank_line_after_every_line(lang, lines):
    # Some scrapers put a blank line after every line: the tags under a bare label still go with it.
    text = "\n\n".join(line for line in page(lang=lang, bottom=lines, top=MENU).split("\n") if line.strip())
    doc = run(text)
    assert doc.metadata["tags_raw"] == list(lines)
    assert_article_kept(doc, lang)


def test_extract_byline_takes_no_line_under_a_label_with_its_own_value_on_a_spaced_page():
    lines = ("Category: Harbour", "Lifeboat station gets a new slipway")
    text = "\n\n".join(line for line in page(bottom=lines, top=MENU).split("\n") if line.strip())
    doc = run(text)
    assert doc.metadata["tags_raw"] == ["Category: Harbour"]


# A reading time under the headline: it has a headline's shape, and was taken for the title.
READING_TIMES = ["4 min read", "12 minute read", "Reading time: 4 minutes", "Reading Time: 3 mins read",
                 "Lesezeit: ca. 3 Minuten", "Lesedauer etwa 2 Min", "5 Minuten Lesezeit", "3 min de lecture",
                 "Tempo de leitura: 4 min", "Czas czytania: 3 min", "Время чтения: 2 минуты", "読了時間：約3分"]


@pytest.mark.parametrize("line", READING_TIMES)
def test_a_reading_time_under_the_byline_is_dropped_and_is_never_the_title(line):
    text = ("Lowmoor Echo\n\nFerry timetable changes for the winter months\n\nBy Tamsin Rowe\n12 March 2026\n"
            f"{line}\n\nThe ferry to the islands will run four times a day from November, down from six, "
            "the operator said on Monday after a review of passenger numbers.\n\n"
            "The first crossing will leave at seven, an hour later than now, and the last at five in the "
            "afternoon, which islanders say is too early for people who work on the mainland.\n")
    doc = run(text)
    assert doc.title == "Ferry timetable changes for the winter months"
    assert {r.text: r.reason for r in doc.removed}[line] == "byline.reading_time"


@pytest.mark.parametrize("line", ["Reading time matters more than length, she said.",
                                  "Lesezeit: ein ganzer Nachmittag"])
def test_a_sentence_about_reading_time_is_no_reading_time(line):
    assert READING_TIME.fullmatch(line) is None


@pytest.mark.parametrize(("line", "byline"), [("From: Caldwick Harbour Board", True),
                                             ("From: the archive of the harbour board", False)])
def test_a_from_field_under_the_headline_is_a_byline(line, byline):
    doc = run(page(lead=(line, "March 2, 2025")))
    assert (doc.metadata.get("byline") == line) is byline


def test_portuguese_topics_label_gives_tags():
    doc = run(page(lang="pt", bottom=("Tópicos\nPouso Alegre\nObras\nTrânsito",)))
    assert doc.metadata["tags"] == ["Pouso Alegre", "Obras", "Trânsito"]


def test_a_label_over_its_value_goes_to_metadata_with_it():
    # An HTML page's <dt>/<dd> rows come out as a label line over a value line.
    doc = run(page(lead=("From:", "Caldwick Harbour Board", "Published", "2 March 2025")))
    assert doc.metadata["byline"] == "From:\nCaldwick Harbour Board"
    assert doc.metadata["date"] == "2025-03-02"
    for line in ("From:", "Caldwick Harbour Board", "Published", "2 March 2025"):
        assert line not in doc.body


def test_a_label_over_a_sentence_is_left_alone():
    doc = run(page(lead=("Author:", "The harbour board has not said who wrote the plan.")))
    assert "byline" not in doc.metadata


def test_extract_byline_counts_paragraphs_not_wrapped_lines_below_the_text_start():
    # Hard-wrapped at 45 columns, the first paragraph alone is 14 lines: the window of lines under
    # the text's start ran out inside it, and the tag list under it stayed in the text.
    first, second, third = PARAGRAPHS["en"]
    lead, rest = ("\n".join(textwrap.wrap(p, 45)) for p in (f"{first} {second}", third))
    tags = ("Topics:", "Energy", "Harbour")
    text = "\n\n".join([HEADLINES["en"], lead, "By Orla Penhallow", "\n".join(tags), rest]) + "\n"
    doc = run(text)
    assert doc.metadata["tags_raw"] == list(tags)
    for line in tags:
        assert verdict(doc, line).reason == "byline.tags"
    assert lead in doc.body and rest in doc.body


def test_extract_byline_takes_bulleted_tags_with_blank_lines_between_the_bullets():
    tags = ("• Country:", "• Portugal")
    doc = run(page(lead=("By Orla Penhallow", "\n\n".join(tags))))
    assert doc.metadata["tags_raw"] == list(tags)
    assert_article_kept(doc)


def test_extract_byline_counts_a_paragraph_scraped_twice_in_a_row_once():
    # The standfirst taken twice: the byline under the second copy is still under the first paragraph.
    first = PARAGRAPHS["en"][0]
    doc = run(page(lead=(f"{first}\n{first}", "Harbour Desk | Caldwick | Updated: 02-03-2025 09:14 GMT")))
    assert verdict(doc, "Harbour Desk | Caldwick | Updated: 02-03-2025 09:14 GMT").reason == "byline.byline"
