"""split_related: related/trending/read-more sections and inline "Read more:" lines become related
items (title, source, text, section); headings in menus and the article's own prose are kept."""
from __future__ import annotations

import pytest
from articles import assert_article_kept, assert_kept, check_kept, page, run, short_id, verdict
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext.document import Label
from cleantext.filters.related import RANK, _is_rank

TITLES = {
    "en": ("Lighthouse keepers' cottages go up for auction", "Ferry timetable cut to two crossings a day",
           "Storm damage closes the coastal path near Penmarrow"),
    "de": ("Neues Hallenbad öffnet im Frühjahr", "Busverbindung nach Kreuzfeld wird eingestellt",
           "Stadtfest zieht Tausende Besucher an"),
    "fr": ("Le marché couvert rouvre ses portes", "Une nouvelle piste cyclable vers la côte",
           "La fête du village attire les foules"),
    "es": ("Reabre la biblioteca municipal tras las obras", "Nueva ruta de autobús hasta la capital",
           "La feria del queso bate récords de visitantes"),
    "it": ("Riapre il mercato coperto del paese", "Nuova pista ciclabile lungo il fiume",
           "La sagra della castagna torna a ottobre"),
    "pt": ("Mercado municipal reabre depois das obras", "Nova ciclovia liga a vila à praia",
           "Festa da sardinha atrai milhares de pessoas"),
    "nl": ("Nieuwe fietsbrug over het kanaal geopend", "Dorpshuis krijgt zonnepanelen op het dak",
           "Kermis trekt recordaantal bezoekers"),
    "pl": ("Nowa ścieżka rowerowa nad rzeką", "Biblioteka miejska wydłuża godziny otwarcia",
           "Dni miasta przyciągnęły tłumy mieszkańców"),
    "ru": ("В городе отремонтируют старый мост", "Новая автобусная линия свяжет сёла",
           "Фестиваль народной музыки собрал тысячи гостей"),
    "zh": ("青河镇新建一座社区图书馆", "县城开通直达青河镇的公交线路", "青河镇举办首届渔民文化节"),
    "ar": ("افتتاح حديقة عامة جديدة في وسط البلدة", "خط حافلات جديد يربط القرى بالمدينة",
           "مهرجان الزيتون يجذب آلاف الزوار"),
    "ja": ("白浜台の漁協、大学と海の調査で協力へ", "県、沿岸の小さな港の改修に補助金", "潮力発電の仕組みを図解で見る"),
    "ko": ("솔내리 어촌계, 대학 연구팀과 어장 조사 협약", "도, 작은 항구 정비에 예산 지원",
           "조력 발전은 어떻게 전기를 만드나"),
    "tr": ("Yeşilköprü balıkçıları üniversiteyle ortak çalışma başlattı",
           "Valilik küçük limanların onarımı için kaynak ayırdı", "Gelgit santralleri nasıl elektrik üretir?"),
    "sv": ("Fiskarna i Björkvik inleder samarbete med universitetet", "Regionen satsar på små hamnar",
           "Så fungerar ett tidvattenkraftverk"),
    "cs": ("Obce v kraji opravují staré nádražní budovy", "Krajská knihovna rozšiřuje půjčování do vesnic",
           "Jak vybrat knihy pro nejmenší čtenáře"),
    "uk": ("Школярі Вербівки записали спогади річковиків", "Область виділила кошти на ремонт пристаней",
           "Як працював зимовий криголам на озері"),
    "id": ("Nelayan Karang Sari perbaiki perahu tua untuk anak-anak", "Pemerintah provinsi bantu desa pesisir",
           "Cara menumbuhkan minat baca anak sejak dini"),
    "vi": ("Ngư dân Vĩnh Hòa góp vốn làm điện mặt trời", "Tỉnh hỗ trợ các xã ven biển lắp pin mặt trời",
           "Điện mặt trời mái nhà hoạt động như thế nào"),
}
HEADINGS = [
    ("en", "Related Articles"), ("en", "You may also like"), ("en", "More from Caldwick Gazette"),
    ("de", "Mehr zum Thema"), ("fr", "À lire aussi"), ("es", "Noticias relacionadas"),
    ("it", "Articoli correlati"), ("pt", "Leia também"), ("nl", "Lees ook"), ("pl", "Zobacz też"),
    ("ru", "Читайте также"), ("zh", "相关阅读"), ("ar", "مقالات ذات صلة"),
    ("ja", "関連記事"), ("ja", "あわせて読みたい"), ("ko", "관련기사"), ("ko", "많이 본 뉴스"),
    ("tr", "İlgili Haberler"), ("tr", "Bunlar da ilginizi çekebilir"), ("sv", "Läs också"),
    ("sv", "Mest lästa"), ("cs", "Související články"), ("cs", "Mohlo by vás zajímat"), ("uk", "Читайте також"),
    ("uk", "Схожі новини"), ("id", "Baca juga"), ("id", "Berita terkait"), ("vi", "Tin liên quan"),
    ("vi", "Có thể bạn quan tâm"), ("en", "Explore further"), ("fr", "Pour approfondir"),
    ("fr", "Pour aller plus loin"), ("es", "Para saber más"), ("it", "Per approfondire"), ("de", "Zum Weiterlesen"),
    ("ja", "ランキング"), ("zh", "排行榜"), ("ko", "랭킹 뉴스"),
    ("de", "Empfohlen für dich"), ("de", "Das Thema könnte dich auch interessieren:"), ("es", "Le puede interesar"),
    ("es", "MIRA TAMBIÉN"), ("fr", "Vous pourriez aussi aimer"), ("pt", "Você também pode gostar"), ("pl", "Polecamy"),
]


@pytest.mark.parametrize(("lang", "heading"), HEADINGS)
def test_split_related_turns_section_under_the_article_into_items(lang, heading):
    titles = TITLES[lang]
    doc = run(page(lang=lang, bottom=(heading, *titles)))
    assert [r.title for r in doc.related] == list(titles)
    assert {r.section for r in doc.related} == {heading}
    head = verdict(doc, heading)
    assert (head.label, head.reason, head.step) == (Label.RELATED, "related.section", "split_related")
    assert verdict(doc, titles[0]).reason == "related.item"
    for title in titles:
        assert title not in doc.text
    assert_article_kept(doc, lang)


def test_split_related_makes_one_item_per_title_line_of_an_unbroken_list():
    titles = TITLES["en"]
    doc = run(page(bottom=("You may also like\n" + "\n".join(titles),)))
    assert [r.title for r in doc.related] == list(titles)


def test_split_related_groups_trending_list_by_rank_numbers():
    trending = ["TRENDING"]
    for rank, title in enumerate(TITLES["en"], 1):
        trending += [str(rank), title, title, "Coast"]
    doc = run(page(bottom=tuple(trending)))
    assert [r.title for r in doc.related] == list(TITLES["en"])
    assert {r.section for r in doc.related} == {"TRENDING"}
    assert "Coast" not in doc.text and "1" not in doc.text.split("\n")
    assert_article_kept(doc)


PASTED = (
    ("Harbour Herald", "2 hours ago", "- Harbour Herald", "Penmarrow council votes to keep its last bank branch",
     ("PENMARROW: The town council voted on Tuesday to buy the building of the last bank branch in Penmarrow and "
     "rent it back to the bank at a low price, after the bank said it would close the branch at the end of "
     "the year unless costs came down.")),
    ("Coast FM", "5 hours ago", "- Coast FM", "Lifeboat crew rescues two kayakers off Gull Point",
     ("The volunteer lifeboat crew was called out twice on Sunday afternoon, first to a kayaker who had lost "
     "his paddle and then to his friend, who had tried to tow him back to the beach against the tide.")),
)


def test_split_related_keeps_title_source_and_body_of_pasted_articles():
    doc = run(page(bottom=("Related Articles", *("\n".join(item) for item in PASTED))))
    got = [(r.title, r.source, r.text, r.section) for r in doc.related]
    assert got == [(title, source, body, "Related Articles") for source, _, _, title, body in PASTED]
    for item in PASTED:
        for line in item:
            assert line not in doc.text
    assert_article_kept(doc)


INLINE = [
    ("en", "Read more: {}", "Read more"),
    ("en", "ALSO READ | {}", "ALSO READ"),
    ("de", "Lesen Sie auch: {}", "Lesen Sie auch"),
    ("fr", "Lire aussi : {}", "Lire aussi"),
    ("es", "Lee también: {}", "Lee también"),
    ("es", "Le puede interesar: {}", "Le puede interesar"),
    ("es", "Mirá también: {}", "Mirá también"),
    ("it", "Leggi anche: {}", "Leggi anche"),
    ("pt", "Leia também: {}", "Leia também"),
    ("nl", "Lees ook: {}", "Lees ook"),
    ("pl", "Czytaj także: {}", "Czytaj także"),
    ("ru", "Читайте также: {}", "Читайте также"),
    ("zh", "相关阅读: {}", "相关阅读"),
    ("ar", "اقرأ أيضا: {}", "اقرأ أيضا"),
    ("ja", "関連記事：{}", "関連記事"),
    ("ko", "관련기사: {}", "관련기사"),
    ("tr", "İlgili Haber: {}", "İlgili Haber"),
    ("sv", "Läs också: {}", "Läs också"),
    ("cs", "Čtěte také: {}", "Čtěte také"),
    ("uk", "Читайте також: {}", "Читайте також"),
    ("id", "Baca juga: {}", "Baca juga"),
    ("vi", "Xem thêm: {}", "Xem thêm"),
]


def test_split_related_takes_inline_read_more_with_spaced_chinese_title():
    line = "相关阅读: 青河镇 新建社区图书馆"
    doc = run(page(lang="zh", middle=(line,)))
    assert [(r.title, r.section) for r in doc.related] == [("青河镇 新建社区图书馆", "相关阅读")]


@pytest.mark.parametrize(("lang", "shape", "section"), INLINE)
def test_split_related_takes_inline_read_more_line_inside_the_article(lang, shape, section):
    title = TITLES[lang][0]
    line = shape.format(title)
    doc = run(page(lang=lang, middle=(line,)))
    v = verdict(doc, line)
    assert (v.label, v.reason) == (Label.RELATED, "related.inline")
    assert [(r.title, r.section) for r in doc.related] == [(title, section)]
    assert line not in doc.text
    assert_article_kept(doc, lang)


def test_split_related_ignores_trending_link_in_the_menu_above_the_article():
    doc = run(page(top=("Trending", "Related")))
    assert doc.related == ()
    assert_article_kept(doc)


def test_split_related_keeps_article_that_resumes_after_a_small_related_box():
    box = ("Related", TITLES["en"][1])
    doc = run(page(middle=box))
    assert_article_kept(doc)
    assert [r.title for r in doc.related] == [TITLES["en"][1]]


KEPT = [
    ("Related articles in the regional press have focused on the cost of the plant, but the fishermen "
     "say the real story is what happens to the lobster grounds."),
    ("Read more about the plant in the council's annual report, which lists every contract signed since the "
     "first public meeting ten years ago."),
    "Trending upwards: power prices on the coast",
    "- Read more books, the librarian told the children",
]


@pytest.mark.parametrize("line", KEPT, ids=short_id)
def test_split_related_keeps_article_line_that_mentions_related_words(line):
    assert check_kept(line).related == ()


# The same in the languages added later: "related", "read also" inside a sentence of the article.
KEPT_IN_LANGUAGE = [
    ("ja", "記者が関連記事を探したところ、同じ港で十年前にも似た計画があったことが分かった。"),
    ("ko", "관련기사를 찾아보면 같은 항구에서 십 년 전에도 비슷한 계획이 논의된 적이 있다는 사실을 알 수 있다."),
    ("tr", ("İlgili haberler yerel basında geniş yer buldu, ancak balıkçılar asıl meselenin ıstakoz yataklarının "
            "geleceği olduğunu söylüyor.")),
    ("sv", ("Läs också kommunens årsrapport, där varje avtal som skrivits sedan det första stormötet för tio år "
            "sedan finns listat.")),
    ("cs", ("Související články v regionálním tisku se zabývaly hlavně cenou opravy, ale obyvatelé říkají, že "
            "podstatné je, co se v budově bude dít.")),
    ("uk", ("Читайте також спогади капітанів, які школярі опублікували в місцевій газеті, - сказала директорка "
            "музею відвідувачам.")),
    ("id", ("Baca juga buku harian para nelayan yang disimpan di perahu itu, kata seorang guru kepada anak-anak "
            "yang datang pada hari pertama.")),
    ("vi", ("Tin liên quan đến trạm điện được nhiều người chia sẻ, nhưng người dân nói điều quan trọng nhất là "
            "tiền điện có giảm hay không.")),
]


@pytest.mark.parametrize(("lang", "line"), KEPT_IN_LANGUAGE, ids=short_id)
def test_split_related_keeps_article_line_with_related_words_in_more_languages(lang, line):
    assert check_kept(line, lang=lang).related == ()


def test_split_related_keeps_the_articles_own_subsection():
    doc = run(page(middle=("What happens next",)))
    assert_kept(doc, "What happens next")
    assert doc.related == ()


def test_split_related_keeps_title_and_its_time_line_in_one_item():
    titles = TITLES["en"]
    groups = tuple(f"{title}\n{n} days ago" for n, title in enumerate(titles, 2))
    doc = run(page(bottom=("You may also like", *groups)))
    assert [r.title for r in doc.related] == list(titles)


def _spacing(text: str, spacing: str) -> str:
    """The page as another scraper spaces it: no blank lines at all, or a blank line after every line."""
    lines = [line for line in text.split("\n") if line.strip()]
    return ("\n" if spacing == "none" else "\n\n").join(lines) + "\n"


@pytest.mark.parametrize("spacing", ["none", "every line"])
def test_split_related_finds_each_pasted_article_whatever_the_blank_lines(spacing):
    text = _spacing(page(bottom=("Related Articles", *("\n".join(item) for item in PASTED))), spacing)
    doc = run(text)
    got = [(r.title, r.source, r.text) for r in doc.related]
    assert got == [(title, source, body) for source, _, _, title, body in PASTED]
    assert_article_kept(doc)


@pytest.mark.parametrize("spacing", ["none", "every line"])
def test_split_related_keeps_the_articles_subsections_whatever_the_blank_lines(spacing):
    # "heading / paragraphs" twice, run together: the article's own sections, not two pasted items
    # (a pasted item has a source or date line above its title).
    doc = run(_spacing(page(middle=("What happens next", PASTED[0][4], "Who pays for it", PASTED[1][4])),
                       spacing))
    assert doc.related == ()
    assert_kept(doc, "What happens next", "Who pays for it", PASTED[0][4], PASTED[1][4])


TEASERS = [
    ("Nachwuchs", "Jung, cool, Blasmusik",
     ("Warum verbringen junge Menschen ihre Freizeit mit Blasmusik? Zwei junge Frauen aus dem Glottertal und "
     "einer aus Kirchzarten erzählen, was sie an den Proben und den Festen im Sommer so sehr mögen.")),
    ("Landgericht", "Polizist aus dem Umland wegen Betrugs verurteilt",
     ("Das Landgericht hat einen Polizisten schuldig gesprochen, der über Jahre Spesen für Dienstreisen "
     "abgerechnet hat, die er nie angetreten hatte; er muss eine Geldstrafe zahlen und verliert sein Amt.")),
    ("Bergwacht", "Bergwacht rettet Kletterer aus fünfzehn Metern Höhe",
     ("So einen Einsatz hat die Bergwacht selten: Ein junger Kletterer steigt bei Nebel auf eine alte Tanne "
     "und kommt weder vor noch zurück, bis die Retter ihn nach zwei Stunden mit Seilen sicher herunterholen.")),
]
FOOTER_MENU = ["Archiv", "Kontakt & Hilfe", "Leserbrief", "Impressum", "Rätsel", "Abo kündigen"]


def test_split_related_takes_every_pasted_teaser_and_stops_at_the_footer_menu():
    # Kicker, title and teaser text, a blank line after every line, then the footer's menu lines
    # with no blank lines between them.
    section = "\n\n".join(line for item in TEASERS for line in item)
    doc = run(page(lang="de", bottom=("Weitere Artikel", section, "\n".join(FOOTER_MENU))))
    assert_article_kept(doc, "de")
    assert [r.title for r in doc.related] == [title for _, title, _ in TEASERS]
    for _, _, teaser in TEASERS:
        assert verdict(doc, teaser).label is Label.RELATED
    for line in FOOTER_MENU:
        assert verdict(doc, line).label is not Label.RELATED


DATED = [("El Gobierno aprueba nuevas ayudas para la flota", "Hace 2 horas"),
         ("Las lonjas registran un récord de ventas en febrero", "Ayer, 18:20"),
         ("La marea alta inunda el paseo marítimo de nuevo", "Hace 8 horas")]


def test_split_related_makes_one_item_per_title_with_its_time_below_or_above():
    for time_first in (False, True):
        lines = [line for title, time in DATED for line in ((time, title) if time_first else (title, time))]
        doc = run(page(lang="es", bottom=("Te puede interesar", "\n".join(lines))))
        assert [r.title for r in doc.related] == [title for title, _ in DATED], time_first
        assert_article_kept(doc, "es")


@given(st.text(alphabet=st.sampled_from("0123456789.)\n a٣"), max_size=8))
def test_the_rank_test_is_the_rank_regex(text: str) -> None:
    """_is_rank tests a line's length before RANK: it answers what RANK.match answers."""
    assert _is_rank(text) == (RANK.match(text) is not None)


@pytest.mark.parametrize("heading", ["Lee también...", "Read more…", "Lesen Sie auch …"])
def test_split_related_takes_a_box_of_one_title_inside_the_article(heading):
    # A heading that leads on with an ellipsis, one linked title, and the article goes on.
    title = "Ferry timetable cut to two crossings a day from March"
    doc = run(page(middle=(f"{heading}\n{title}",)))
    assert [(r.section, r.title) for r in doc.related] == [(heading, title)]
    assert verdict(doc, heading).reason == "related.section"
    assert title not in doc.text
    assert_article_kept(doc)


def test_split_related_takes_a_section_whose_heading_ends_in_an_ellipsis():
    heading = "You might also like …"
    titles = TITLES["en"]
    doc = run(page(bottom=(heading, *titles)))
    assert [r.title for r in doc.related] == list(titles)
    assert heading not in doc.text
    assert_article_kept(doc)


def test_split_related_keeps_a_sentence_that_ends_in_an_ellipsis():
    line = "And then, as the ferry pulled away, the harbour master said: see also..."
    check_kept(line)


@pytest.mark.parametrize("heading", ["Zobacz również", "Przeczytaj także", "Czytaj również"])
def test_polish_see_also_headings_open_a_related_list(heading):
    items = "Nowy wybieg dla psów w parku miejskim gotowy wiosną\nRadni przyjęli budżet gminy na 2026 rok"
    doc = run(page(lang="pl", bottom=(heading, items)))
    assert [r.title for r in doc.related] == items.split("\n")
    assert {r.section for r in doc.related} == {heading}
    assert_article_kept(doc, "pl")


def test_a_time_line_under_a_title_joins_its_item_not_an_item_of_its_own():
    # Teasers scraped one line per paragraph: "title", then "3 hours ago", blank lines between all.
    titles = TITLES["en"]
    bottom = ("More Stories", titles[0], "3 hours ago", titles[1], "5 hours ago", titles[2], "More Videos")
    doc = run(page(bottom=bottom))
    assert [r.title for r in doc.related] == list(titles)
    assert [r.meta for r in doc.related] == [("3 hours ago",), ("5 hours ago",), ("More Videos",)]
    assert_article_kept(doc)


def test_a_meta_line_before_the_first_title_joins_the_first_item():
    titles = TITLES["en"]
    doc = run(page(bottom=("More Stories", "2 hours ago", *titles)))
    assert [r.title for r in doc.related] == list(titles)
    assert doc.related[0].meta == ("2 hours ago",)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["title", "time"]), min_size=1, max_size=8))
def test_every_related_item_has_a_title_when_its_section_has_one(shape):
    # Whatever the order of title and time lines, no item is only meta lines while a title stands
    # in the section, and no line of the section is lost.
    titles = iter(TITLES["en"] * 3)
    lines = [next(titles) if kind == "title" else f"{n + 2} hours ago" for n, kind in enumerate(shape)]
    doc = run(page(bottom=("More Stories", *lines)))
    if "title" in shape:
        assert doc.related and all(r.title for r in doc.related)
    section = [b.text for b, v in doc.trace if v.reason == "related.item"]
    assert sorted(section) == sorted(lines)
