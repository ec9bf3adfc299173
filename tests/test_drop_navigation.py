"""drop_navigation: menu controls, share/follow calls, social-network rows and link rows are dropped
with their reason; sentences, subheadings and list items that mention menus or networks are kept."""
from __future__ import annotations

import pytest
from articles import assert_dropped, check_kept, check_removed, page, run, short_id

import cleantext

# (language, navigation line, reason id): each line is put above the headline of an invented article.
REMOVED = [
    ("en", "Left Menu", "navigation.menu"),
    ("en", "Skip to main content", "navigation.menu"),
    ("en", "date 2025-03-02 Left Menu", "navigation.menu"),
    ("de", "Hauptmenü", "navigation.menu"),
    ("de", "Zum Inhalt springen", "navigation.menu"),
    ("fr", "Aller au contenu", "navigation.menu"),
    ("es", "Ir al contenido", "navigation.menu"),
    ("it", "Vai al contenuto", "navigation.menu"),
    ("pt", "Ir para o conteúdo", "navigation.menu"),
    ("nl", "Naar inhoud", "navigation.menu"),
    ("pl", "Przejdź do treści", "navigation.menu"),
    ("ru", "Перейти к содержимому", "navigation.menu"),
    ("zh", "返回顶部", "navigation.menu"),
    ("ar", "الصفحة الرئيسية", "navigation.menu"),
    ("en", "Share this article", "navigation.share"),
    ("en", "Connect us on", "navigation.share"),
    ("de", "Diesen Artikel teilen", "navigation.share"),
    ("fr", "Partager cet article", "navigation.share"),
    ("es", "Síguenos en", "navigation.share"),
    ("it", "Condividi su", "navigation.share"),
    ("pt", "Siga-nos no", "navigation.share"),
    ("nl", "Deel dit artikel", "navigation.share"),
    ("pl", "Obserwuj nas", "navigation.share"),
    ("ru", "Поделиться", "navigation.share"),
    ("zh", "分享到", "navigation.share"),
    ("ar", "تابعونا على", "navigation.share"),
    ("en", "LinkedIn Quora Youtube RSS", "navigation.social"),
    ("en", "Facebook Twitter WhatsApp Email", "navigation.social"),
    ("de", "Facebook Xing LinkedIn", "navigation.social"),
    ("ru", "VK Telegram Odnoklassniki", "navigation.social"),
    ("zh", "微博 微信 QQ", "navigation.social"),
    ("en", "Home | World | Business | Sport | Weather", "navigation.link_row"),
    ("en", "Home > News > Local > Caldwick", "navigation.link_row"),
    ("de", "Politik · Wirtschaft · Sport · Kultur", "navigation.link_row"),
    ("fr", "Accueil › Régions › Normandie › Saint-Bréval", "navigation.link_row"),
    ("es", "Portada | Nacional | Internacional | Deportes", "navigation.link_row"),
    ("it", "Cronaca | Politica | Economia | Sport", "navigation.link_row"),
    ("pt", "País • Mundo • Economia • Desporto", "navigation.link_row"),
    ("nl", "Binnenland | Buitenland | Sport | Cultuur", "navigation.link_row"),
    ("pl", "Kraj | Świat | Biznes | Sport", "navigation.link_row"),
    ("ru", "Новости | Политика | Экономика | Спорт", "navigation.link_row"),
    ("zh", "国内 | 国际 | 财经 | 体育", "navigation.link_row"),
    ("ar", "محليات | دوليات | اقتصاد | رياضة", "navigation.link_row"),
    ("ja", "本文へスキップ", "navigation.menu"),
    ("ko", "본문 바로가기", "navigation.menu"),
    ("tr", "İçeriğe geç", "navigation.menu"),
    ("sv", "Hoppa till innehåll", "navigation.menu"),
    ("cs", "Přejít na obsah", "navigation.menu"),
    ("uk", "Перейти до вмісту", "navigation.menu"),
    ("id", "Kembali ke atas", "navigation.menu"),
    ("vi", "Về đầu trang", "navigation.menu"),
    ("ja", "この記事をシェア", "navigation.share"),
    ("ko", "기사 공유하기", "navigation.share"),
    ("tr", "Bizi takip edin", "navigation.share"),
    ("sv", "Följ oss på", "navigation.share"),
    ("cs", "Sledujte nás", "navigation.share"),
    ("uk", "Стежте за нами", "navigation.share"),
    ("id", "Bagikan artikel", "navigation.share"),
    ("vi", "Chia sẻ bài viết", "navigation.share"),
    ("ja", "ニュース | 政治 | 経済 | スポーツ", "navigation.link_row"),
    ("ko", "정치 | 경제 | 사회 | 스포츠", "navigation.link_row"),
    ("tr", "Gündem | Ekonomi | Dünya | Spor", "navigation.link_row"),
    ("vi", "Thời sự | Thế giới | Kinh doanh | Thể thao", "navigation.link_row"),
]


@pytest.mark.parametrize(("lang", "line", "reason"), REMOVED, ids=short_id)
def test_drop_navigation_removes_navigation_line_with_its_reason(lang, line, reason):
    check_removed(line, reason, lang=lang, place="top", step="drop_navigation")


def test_drop_navigation_removes_share_row_below_the_article():
    lines = ("Share this:", "Facebook Twitter Pinterest")
    doc = run(page(bottom=lines))
    assert_dropped(doc, "Share this:", "navigation.share")
    assert_dropped(doc, "Facebook Twitter Pinterest", "navigation.social")


def test_drop_navigation_leaves_dated_row_to_the_byline_filter():
    line = "Harbour Desk | Caldwick | Updated: 02-03-2025 09:14 GMT"
    doc = run(page(top=(line,)), "drop_navigation")
    assert line not in [r.text for r in doc.removed]


# Lines an article may well contain: navigation words, but in a sentence, heading or list.
KEPT = [
    ("The menu at the new café on the pier lists fish caught within sight of the turbines, a detail the "
     "owner likes to point out to visitors."),
    ("The council first announced the plan on Facebook and Twitter, which drew more than a thousand replies "
     "from people living along the coast."),
    "Sharing the power with the neighbours",
    "- Share of the town's electricity: about a third",
    "- Facebook group of the fishing cooperative",
    ("Home owners near the pier will get a discount on their bills, the council said; the details will "
     "follow | in a letter to every household."),
]


@pytest.mark.parametrize("line", KEPT, ids=short_id)
def test_drop_navigation_keeps_article_line_that_mentions_navigation_words(line):
    check_kept(line)


def test_drop_navigation_keeps_short_sentence_about_home():
    line = "Home is where the harbour is, the mayor likes to say."
    doc = run(page(middle=(line,)), "drop_navigation")
    assert line not in [r.text for r in doc.removed]


def test_drop_navigation_takes_a_long_line_without_sentence_end_in_stride():
    """A 30-word line with no period has no lookup key; the section-row check must not fail on it."""
    line = " ".join(["Harbour"] + ["word"] * 29)
    doc = cleantext.extract(line + "\n\n" + line + ".", format="text")
    assert doc.body or doc.removed


@pytest.mark.parametrize("line", ["Did you make this recipe? Tag @hettybakes on Instagram!",
                                  "Folgt @stadtwerk_ellernau auf Instagram",
                                  "Suivez-nous sur Twitter : @mairie_kerlouan",
                                  "Share your bakes with #plumtraybake on Pinterest"], ids=short_id)
def test_drop_navigation_drops_a_call_to_a_handle_on_a_network(line):
    check_removed(line, "navigation.share", place="bottom", step="drop_navigation")


@pytest.mark.parametrize("line", [
    "The mayor wrote on Twitter, where she posts as @janedoe, that the bridge would reopen.",
    "Posts by @janedoe on Instagram drew thousands of replies after the flood last spring and in the weeks after",
], ids=short_id)
def test_drop_navigation_keeps_an_article_sentence_that_quotes_a_handle(line):
    check_kept(line)


def test_japanese_share_call_is_a_share_line():
    check_removed("この記事をシェアする", "navigation.share", lang="ja")
