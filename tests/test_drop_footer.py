"""drop_footer: copyright, legal-link rows, contact lines, newsletter and feedback calls are dropped
with their reason; sentences, subheadings and list items that mention the same words are kept."""
from __future__ import annotations

import pytest
from articles import (
    assert_article_kept,
    assert_dropped,
    assert_kept,
    check_kept,
    check_removed,
    page,
    run,
    short_id,
)

# (language, footer line, reason id): each line is put below an invented article in that language.
REMOVED = [
    ("en", "© 2025 Caldwick Gazette", "footer.copyright"),
    ("en", "Copyright © 2011-2025 Harbour Media Ltd.", "footer.copyright"),
    ("en", "(c) 2024 Coastline Publishing. All rights reserved.", "footer.copyright"),
    ("de", "© Ellernauer Bote 2025 – Alle Rechte vorbehalten", "footer.copyright"),
    ("fr", "Tous droits réservés – Le Courrier de Bréval", "footer.copyright"),
    ("es", "Todos los derechos reservados", "footer.copyright"),
    ("it", "Riproduzione riservata", "footer.copyright"),
    ("pt", "Jornal da Vila. Todos os direitos reservados.", "footer.copyright"),
    ("nl", "Alle rechten voorbehouden", "footer.copyright"),
    ("pl", "Wszelkie prawa zastrzeżone", "footer.copyright"),
    ("ru", "Все права защищены", "footer.copyright"),
    ("zh", "青河日报 版权所有", "footer.copyright"),
    ("ar", "جميع الحقوق محفوظة", "footer.copyright"),
    ("en", "Subscribe to our newsletter", "footer.newsletter"),
    ("en", "Sign up for the Caldwick Morning newsletter", "footer.newsletter"),
    ("de", "Newsletter abonnieren", "footer.newsletter"),
    ("fr", "Abonnez-vous à notre newsletter", "footer.newsletter"),
    ("es", "Suscríbete a nuestro boletín", "footer.newsletter"),
    ("it", "Iscriviti alla newsletter", "footer.newsletter"),
    ("pt", "Assine nossa newsletter", "footer.newsletter"),
    ("nl", "Meld je aan voor de nieuwsbrief", "footer.newsletter"),
    ("pl", "Zapisz się do newslettera", "footer.newsletter"),
    ("ru", "Подпишитесь на рассылку", "footer.newsletter"),
    ("zh", "订阅我们的新闻", "footer.newsletter"),
    ("ar", "اشترك في النشرة البريدية", "footer.newsletter"),
    ("en", "Enter your email address", "footer.newsletter"),
    ("nl", "Uw e-mailadres", "footer.newsletter"),
    ("ru", "Подпишитесь на еженедельную рассылку", "footer.newsletter"),
    ("zh", "订阅本报每日新闻通讯", "footer.newsletter"),
    ("pt", "Receba o resumo do dia no seu e-mail", "footer.newsletter"),
    ("en", "Give Feedback", "footer.feedback"),
    ("en", "Report an error", "footer.feedback"),
    ("de", "Fehler melden", "footer.feedback"),
    ("fr", "Signaler une erreur", "footer.feedback"),
    ("es", "Reportar un error", "footer.feedback"),
    ("it", "Segnala un errore", "footer.feedback"),
    ("pt", "Comunicar erro", "footer.feedback"),
    ("nl", "Fout melden", "footer.feedback"),
    ("pl", "Zgłoś błąd", "footer.feedback"),
    ("ru", "Сообщить об ошибке", "footer.feedback"),
    ("zh", "意见反馈", "footer.feedback"),
    ("ar", "الإبلاغ عن خطأ", "footer.feedback"),
    ("en", "About us | Careers | Terms of Service | Privacy Policy", "footer.legal_links"),
    ("en", "Harbour Media | Disclaimer | Terms of use | Cookie Policy", "footer.legal_links"),
    ("en", "Privacy Policy", "footer.legal_links"),
    ("de", "Impressum | Datenschutz | AGB", "footer.legal_links"),
    ("fr", "Mentions légales · Politique de confidentialité · Plan du site", "footer.legal_links"),
    ("es", "Aviso legal | Política de privacidad | Política de cookies", "footer.legal_links"),
    ("it", "Note legali | Informativa privacy | Chi siamo", "footer.legal_links"),
    ("pt", "Termos de uso | Política de privacidade | Quem somos", "footer.legal_links"),
    ("nl", "Privacybeleid | Cookiebeleid | Algemene voorwaarden", "footer.legal_links"),
    ("pl", "Polityka prywatności | Regulamin | Kontakt", "footer.legal_links"),
    ("ru", "Политика конфиденциальности | Пользовательское соглашение | Контакты", "footer.legal_links"),
    ("zh", "隐私政策 | 使用条款 | 联系我们", "footer.legal_links"),
    ("ar", "سياسة الخصوصية | شروط الاستخدام | اتصل بنا", "footer.legal_links"),
    ("en", "Email: newsroom@caldwick-gazette.example", "footer.contact"),
    ("en", "Phone: +44 1632 960 418", "footer.contact"),
    ("en", "tips@caldwick-gazette.example", "footer.contact"),
    ("de", "Telefon: +49 4521 77 30 90", "footer.contact"),
    ("fr", "Téléphone : 02 98 44 12 70", "footer.contact"),
    ("es", "Teléfono: +34 975 21 40 88", "footer.contact"),
    ("it", "Telefono: +39 0461 55 28 19", "footer.contact"),
    ("pt", "Telefone: +351 282 410 733", "footer.contact"),
    ("nl", "Telefoon: 0227 58 41 20", "footer.contact"),
    ("pl", "Telefon: +48 13 434 88 21", "footer.contact"),
    ("ru", "Телефон: +7 812 555 01 23", "footer.contact"),
    ("zh", "电话：0571-8865 4321", "footer.contact"),
    ("ar", "هاتف: +971 4 555 0199", "footer.contact"),
    ("ja", "記事・写真の無断転載を禁じます。", "footer.copyright"),
    ("ko", "무단 전재 및 재배포 금지", "footer.copyright"),
    ("tr", "Tüm hakları saklıdır.", "footer.copyright"),
    ("sv", "Alla rättigheter förbehållna", "footer.copyright"),
    ("cs", "Všechna práva vyhrazena.", "footer.copyright"),
    ("uk", "Усі права захищені", "footer.copyright"),
    ("id", "Hak cipta dilindungi undang-undang", "footer.copyright"),
    ("vi", "Bảo lưu mọi quyền.", "footer.copyright"),
    # Under an English article: a footer line in a language without an invented article here.
    ("en", "Alle rettigheder forbeholdes", "footer.copyright"),
    ("en", "Kaikki oikeudet pidätetään", "footer.copyright"),
    ("en", "Minden jog fenntartva", "footer.copyright"),
    ("en", "Toate drepturile rezervate", "footer.copyright"),
    ("en", "ข่าวสด สงวนลิขสิทธิ์", "footer.copyright"),
    ("en", "כל הזכויות שמורות", "footer.copyright"),
    ("ja", "メルマガ登録", "footer.newsletter"),
    ("ko", "뉴스레터 구독", "footer.newsletter"),
    ("tr", "Bültenimize abone olun", "footer.newsletter"),
    ("sv", "Prenumerera på vårt nyhetsbrev", "footer.newsletter"),
    ("cs", "Odebírat newsletter", "footer.newsletter"),
    ("uk", "Підпишіться на розсилку", "footer.newsletter"),
    ("id", "Berlangganan newsletter", "footer.newsletter"),
    ("vi", "Đăng ký nhận bản tin", "footer.newsletter"),
    ("ja", "プライバシーポリシー | 利用規約 | お問い合わせ", "footer.legal_links"),
    ("ko", "개인정보처리방침 | 이용약관 | 청소년보호정책", "footer.legal_links"),
    ("tr", "Gizlilik Politikası | Kullanım Koşulları | Künye", "footer.legal_links"),
    ("sv", "Integritetspolicy | Kontakta oss | Om oss", "footer.legal_links"),
    ("cs", "Ochrana osobních údajů | Kontakt | Inzerce", "footer.legal_links"),
    ("uk", "Політика конфіденційності | Контакти | Про нас", "footer.legal_links"),
    ("id", "Kebijakan Privasi | Pedoman Media Siber | Tentang Kami", "footer.legal_links"),
    ("vi", "Chính sách bảo mật | Điều khoản sử dụng | Liên hệ", "footer.legal_links"),
    ("sv", "Rapportera fel", "footer.feedback"),
    ("vi", "Báo lỗi", "footer.feedback"),
]


@pytest.mark.parametrize(("lang", "line", "reason"), REMOVED, ids=short_id)
def test_drop_footer_removes_footer_line_with_its_reason(lang, line, reason):
    check_removed(line, reason, lang=lang, place="bottom", step="drop_footer")


def test_drop_footer_removes_a_whole_footer_block_in_order():
    footer = ("Caldwick Gazette", "Email: desk@caldwick-gazette.example", "Phone: +44 1632 960 418",
              "Contact | Terms of use | Privacy Policy", "© Copyright 2025")
    doc = run(page(bottom=footer))
    for line in footer[1:]:
        assert line in [r.text for r in doc.removed]
    assert_article_kept(doc)


# Lines an article may well contain: the footer words are there, but in a sentence, heading or list.
KEPT = [
    ("The court ruled last spring that the copyright in the harbour photographs belongs to the photographer, "
    "not to the council that paid for them."),
    ("Residents can send questions to the council at info@caldwick-council.example or call the town hall "
    "on 01632 960 123 during office hours."),
    ("A clause on the privacy policy of the cooperative's catch records was added after the fishermen "
    "asked who would see their data."),
    ("Several readers asked us to subscribe them to updates on the project, and the council now sends a "
    "short newsletter about the plant every month."),
    ("Feedback from the first public meeting was mixed, with some residents worried about noise from the "
    "turbines during calm summer nights."),
]


@pytest.mark.parametrize("line", KEPT, ids=short_id)
def test_drop_footer_keeps_sentence_that_mentions_footer_words(line):
    check_kept(line)


# The same in the languages added later: a sentence about copyright or a newsletter is the article's.
KEPT_IN_LANGUAGE = [
    ("ja", "町によると、発電所の設計図の著作権は大学に帰属し、無断転載を禁じる条項も契約に盛り込まれたという。"),
    ("ko", "군청은 발전소 설계도의 저작권이 대학에 있으며 무단 전재를 막는 조항도 계약에 포함됐다고 밝혔다."),
    ("tr", "Belediye, santralin çizimlerinin tüm haklarının saklı olduğunu ve üniversiteye ait olduğunu açıkladı."),
    ("sv", "Kommunen skickar sedan i vintras ut ett nyhetsbrev om kraftverket till alla hushåll i Björkvik."),
    ("cs", "Obec podle starostky vydává každý měsíc krátký newsletter, ve kterém informuje o dění v knihovně."),
    ("uk", "За словами директорки, всі права на фотографії захищені угодою з родинами колишніх капітанів."),
    ("id", "Menurut kepala desa, hak cipta atas foto-foto perpustakaan itu dilindungi oleh perjanjian dengan warga."),
    ("vi", "Theo chủ tịch xã, bản quyền thiết kế trạm điện thuộc về trường đại học đã hỗ trợ người dân."),
]


@pytest.mark.parametrize(("lang", "line"), KEPT_IN_LANGUAGE, ids=short_id)
def test_drop_footer_keeps_sentence_with_footer_words_in_more_languages(lang, line):
    check_kept(line, lang=lang)


def test_drop_footer_keeps_sentence_about_copyright_law():
    line = ("Copyright law in the region has not kept up with tidal energy designs, and the engineers "
            "had to license two of the turbine blade patents from a company in Norway.")
    check_kept(line)


def test_drop_footer_keeps_subheading_and_list_items_about_contacts():
    lines = ("Contacts with the fishing cooperative", "- Feedback from the lobster fishermen",
             "- A newsletter for people living near the pier")
    doc = run(page(middle=lines))
    assert_kept(doc, *lines)


def test_drop_footer_keeps_date_that_looks_like_a_phone_number():
    line = "2025-07-12"
    doc = run(page(bottom=(line,)), "drop_footer")
    assert line not in [r.text for r in doc.removed]


@pytest.mark.parametrize("line", ["4.7 (312 ratings)", "25 - 100 €", "hosts allow = 127.0.0.1", "2011 (94)"])
def test_drop_footer_keeps_numbers_with_fewer_digits_than_a_phone_number(line):
    doc = run(page(bottom=(line,)), "drop_footer")
    assert "footer.contact" not in {r.reason for r in doc.removed}


def test_drop_footer_keeps_sentence_quoting_all_rights_reserved():
    line = ("All rights reserved, the old sign on the lighthouse door still says, although nobody knows "
            "who owns it now.")
    check_kept(line)


def test_drop_footer_keeps_headline_about_copyright_law():
    """ "copyright" in a headline, without the sign, a year or a short leading notice, is not a footer."""
    lines = ("The Council Backed the Reform of Copyright Law for Village Schools",)
    doc = run(page(middle=lines))
    assert_kept(doc, *lines)


@pytest.mark.parametrize("menu", [
    "Caldwick Gazette\nSubscribe\nLog in\nNews\nSport\nBusiness\nCulture",
    "* Blog\n* Workshop\n* Shop\n* Newsletter",
])
def test_drop_footer_calls_the_items_around_a_newsletter_link_a_menu(menu):
    doc = run(page(top=(menu,)))
    reasons = {r.text.lstrip("* "): r.reason for r in doc.removed}
    link = next(line for line in menu.split("\n") if line.lstrip("* ") in ("Subscribe", "Newsletter"))
    for line in menu.split("\n"):
        line = line.lstrip("* ")
        assert reasons[line] == ("footer.newsletter" if line == link.lstrip("* ") else "footer.menu"), line
    assert_article_kept(doc)


def test_drop_footer_drops_the_short_lines_of_a_newsletter_box():
    box = "Newsletter abonnieren\nKostenlos und jederzeit kündbar\nJetzt eintragen"
    doc = run(page(lang="de", bottom=(box,)))
    for line in box.split("\n"):
        assert_dropped(doc, line, "footer.newsletter")
    assert_article_kept(doc, "de")


def test_drop_footer_drops_a_mail_call_sentence_in_the_sites_voice():
    check_removed("Get our weekend reading list sent to your inbox every Saturday.", "footer.newsletter")


# Newsletter pitches inside the article: sentences too long for a button, told by the sign-up verb
# that starts them (after a short question at most) and what the reader gets by mail.
PITCHES = [
    ("en", "Sign up for our newsletter to get the best of our local reporting delivered to your inbox every week."),
    ("en", "Subscribe to the Tidewater Courier for the latest news on local politics, business, schools and sport."),
    ("en", "Want more stories like this? Sign up for our free daily newsletter and never miss a story from the valley."),
    ("en", "Get our free Morning Briefing newsletter, with the top stories of the day, every weekday at seven."),
    ("de", ("Melden Sie sich für unseren kostenlosen Newsletter an und erhalten Sie jeden Morgen die wichtigsten "
           "Nachrichten aus dem Landkreis direkt in Ihr Postfach.")),
    ("fr", ("Inscrivez-vous à notre lettre d'information pour recevoir chaque semaine nos meilleurs articles sur la "
           "vie de la commune et de ses associations.")),
    ("es", ("Suscríbete a nuestro boletín para recibir cada mañana las últimas noticias de la comarca y de sus "
           "pueblos en tu correo electrónico.")),
    ("nl", ("Schrijf je in voor onze nieuwsbrief en ontvang elke vrijdag het belangrijkste nieuws uit de regio in je "
           "mailbox.")),
    ("en", "Sign up to get the best stories of the week, and great ferry deals, as picked by our editors."),
]


@pytest.mark.parametrize(("lang", "line"), PITCHES, ids=short_id)
def test_drop_footer_drops_a_newsletter_pitch_inside_the_article(lang, line):
    check_removed(line, "footer.newsletter", lang=lang, place="middle", step="drop_footer")


# Reporting that mentions newsletters, subscriptions and sign-ups: no pitch to the reader.
NOT_PITCHES = [
    "The newsletter, which the council sends to 40,000 homes, will carry the consultation forms in March.",
    "Last year the paper's weekly newsletter, written by two reporters, won a regional award for local news.",
    "Sign-up is free for residents over sixty, and the latest figures show that 3,000 have already joined.",
    "Subscribers to the club's newsletter were the first to hear that the pier would close for the winter.",
    "Get-togethers at the harbour were moved indoors after the storm, the organisers said in an e-mail.",
    # An instruction in the article: "Bestellung" is no "best".
    "Melde dich bitte in deinem Kundenkonto an und wähle die betreffende Bestellung unter „Meine Bestellungen“ aus.",
]


@pytest.mark.parametrize("line", NOT_PITCHES, ids=short_id)
def test_drop_footer_keeps_reporting_about_newsletters(line):
    check_kept(line)
