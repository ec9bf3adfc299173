"""drop_disclaimers: AI-image, syndication, views-expressed and cookie notices, comment prompts and
promos are dropped with their reason; article sentences that mention cookies or comments are kept."""
from __future__ import annotations

import pytest
from articles import (
    assert_article_kept,
    assert_dropped,
    check_kept,
    check_removed,
    page,
    run,
    short_id,
)

# Where each kind of notice stands: consent dialogs at the top (they are region walls), comment
# prompts below the article (they end it), the rest inside the article.
PLACE = {"notice.cookie": "top", "notice.comments": "bottom"}

# (language, notice line, reason id)
REMOVED = [
    ("en", "This photo is AI-generated and does not show the real pier.", "notice.ai_image"),
    ("en", "Image generated with AI for illustrative purposes only.", "notice.ai_image"),
    ("de", "Das Titelbild ist KI-generiert.", "notice.ai_image"),
    ("fr", "Illustration générée par IA.", "notice.ai_image"),
    ("es", "Imagen generada por inteligencia artificial.", "notice.ai_image"),
    ("it", "Immagine generata con AI.", "notice.ai_image"),
    ("pt", "Imagem gerada por inteligência artificial.", "notice.ai_image"),
    ("nl", "Deze afbeelding is gegenereerd door AI.", "notice.ai_image"),
    ("pl", "Ilustracja wygenerowana przez AI.", "notice.ai_image"),
    ("pl", "Obraz wygenerowany przez AI.", "notice.ai_image"),
    ("ru", "Изображение сгенерировано нейросетью.", "notice.ai_image"),
    ("zh", "由AI生成的示意图", "notice.ai_image"),
    ("zh", "本文配图由AI生成。", "notice.ai_image"),
    ("ar", "صورة مولدة بالذكاء الاصطناعي", "notice.ai_image"),
    ("en", "(This story has not been edited by Gazette staff and is auto-generated from a syndicated feed.)",
     "notice.syndicated"),
    ("en", "This article was originally published on Coastal Notes.", "notice.syndicated"),
    ("en", "The views expressed in this article are those of the author alone.", "notice.views_expressed"),
    ("de", "Der Beitrag gibt die Meinung des Autors wieder, nicht die der Redaktion.", "notice.views_expressed"),
    ("fr", "Les opinions de cette tribune ne reflètent pas nécessairement celles de la rédaction.",
     "notice.views_expressed"),
    ("es", "Esta columna no refleja necesariamente la opinión del periódico.", "notice.views_expressed"),
    ("it", "Le opinioni dell'autore non riflettono necessariamente quelle della testata.",
     "notice.views_expressed"),
    ("pt", "Este texto não reflete necessariamente a opinião do jornal.", "notice.views_expressed"),
    ("ru", "Мнение автора не обязательно отражает позицию редакции.", "notice.views_expressed"),
    ("en", "We use cookies to improve your experience. By continuing to browse you accept our use of cookies.",
     "notice.cookie"),
    ("de", "Wir verwenden Cookies, um unsere Website für Sie zu verbessern.", "notice.cookie"),
    ("fr", "Ce site utilise des cookies pour mesurer l'audience.", "notice.cookie"),
    ("es", "Utilizamos cookies propias y de terceros.", "notice.cookie"),
    ("it", "Questo sito utilizza cookie tecnici e di profilazione.", "notice.cookie"),
    ("nl", "Deze website maakt gebruik van cookies.", "notice.cookie"),
    ("pl", "Ta strona używa plików cookie.", "notice.cookie"),
    ("ru", "Сайт использует файлы cookie.", "notice.cookie"),
    ("en", "Comments", "notice.comments"),
    ("en", "No comments yet...", "notice.comments"),
    ("en", "Leave a Reply", "notice.comments"),
    ("en", "14 comments", "notice.comments"),
    ("en", "Your comment has been saved. Comments are moderated and will not appear until approved by the author.",
     "notice.comments"),
    ("en", "Having trouble reading this image? View an alternate.", "notice.comments"),
    ("en", "As a final step before posting your comment, enter the letters and numbers you see in the image below.",
     "notice.comments"),
    ("de", "Kommentare werden moderiert und erscheinen erst nach Prüfung.", "notice.comments"),
    ("fr", "Votre commentaire est en attente de modération.", "notice.comments"),
    ("es", "Tu comentario está pendiente de moderación.", "notice.comments"),
    ("en", "Your email address will not be published. Required fields are marked *", "notice.comments"),
    ("de", "Kommentare", "notice.comments"),
    ("de", "Schreiben Sie einen Kommentar", "notice.comments"),
    ("fr", "Laisser un commentaire", "notice.comments"),
    ("es", "Deja un comentario", "notice.comments"),
    ("it", "Lascia un commento", "notice.comments"),
    ("pt", "Deixe um comentário", "notice.comments"),
    ("nl", "Laat een reactie achter", "notice.comments"),
    ("pl", "Dodaj komentarz", "notice.comments"),
    ("ru", "Комментарии", "notice.comments"),
    ("zh", "发表评论", "notice.comments"),
    ("ar", "أضف تعليق", "notice.comments"),
    ("en", "Try Our AI Features", "notice.promo"),
    # A shop's buttons: a product page took "Add to wishlist" for its title.
    ("en", "Add to basket", "notice.promo"),
    ("en", "Add to wishlist", "notice.promo"),
    ("de", "Bewertung schreiben", "notice.promo"),
    ("es", "Añadir a la lista de deseos", "notice.promo"),
    ("en", "Explore what Harbour AI can do for you:", "notice.promo"),
    ("en", "Download our app", "notice.promo"),
    ("en", "ADVERTISEMENT", "notice.promo"),
    ("de", "Anzeige", "notice.promo"),
    ("de", "Zum Shop", "notice.promo"),
    ("fr", "Publicité", "notice.promo"),
    ("es", "Publicidad", "notice.promo"),
    ("it", "Pubblicità", "notice.promo"),
    ("pt", "Continua após a publicidade", "notice.promo"),
    ("nl", "Advertentie", "notice.promo"),
    ("pl", "Reklama", "notice.promo"),
    ("ru", "Реклама", "notice.promo"),
    ("zh", "广告", "notice.promo"),
    ("zh", "下载青河日报客户端", "notice.promo"),
    # Calls to support the site or follow it on a network (patterns/calls.py SUPPORT_CALL, FOLLOW_CALL).
    ("en", "Enjoyed this piece? Please consider supporting our work with a small donation.", "notice.promo"),
    ("en", "Support independent journalism by becoming a member today.", "notice.promo"),
    ("de", "Gefällt Ihnen unsere Arbeit? Unterstützen Sie uns jetzt mit einer Spende.", "notice.promo"),
    ("fr", "Vous aimez nos articles ? Soutenez notre travail, faites un don.", "notice.promo"),
    ("es", "Si te gusta lo que hacemos, apoya nuestro periodismo hoy.", "notice.promo"),
    ("en", "Don't miss a thing: follow us on Instagram and Facebook.", "notice.promo"),
    ("de", "Folgen Sie uns auf Instagram und Facebook für tägliche Neuigkeiten.", "notice.promo"),
    ("es", "¿Sabías que tenemos canal de Telegram? Únete desde tu móvil.", "notice.promo"),
    ("pt", "Siga-nos no Telegram e no Instagram.", "notice.promo"),
    ("ar", "إعلان", "notice.promo"),
    ("ja", "当サイトではCookieを使用しています。", "notice.cookie"),
    ("ko", "이 웹사이트는 쿠키를 사용합니다.", "notice.cookie"),
    ("tr", "Sitemiz çerezler kullanmaktadır.", "notice.cookie"),
    ("sv", "Webbplatsen använder cookies.", "notice.cookie"),
    ("cs", "Tento web používá soubory cookies.", "notice.cookie"),
    ("uk", "Сайт використовує файли cookie.", "notice.cookie"),
    ("id", "Situs ini menggunakan cookie.", "notice.cookie"),
    ("vi", "Trang web này sử dụng cookie.", "notice.cookie"),
    ("ja", "コメントを書く", "notice.comments"),
    ("ko", "댓글쓰기", "notice.comments"),
    ("tr", "Yorum yap", "notice.comments"),
    ("sv", "Lämna en kommentar", "notice.comments"),
    ("cs", "Přidat komentář", "notice.comments"),
    ("uk", "Залишити коментар", "notice.comments"),
    ("id", "Tulis komentar", "notice.comments"),
    ("vi", "Gửi bình luận", "notice.comments"),
    ("ja", "スポンサーリンク", "notice.promo"),
    ("ko", "광고", "notice.promo"),
    ("tr", "Reklam", "notice.promo"),
    ("sv", "Annons", "notice.promo"),
    ("cs", "Reklama", "notice.promo"),
    ("uk", "Реклама", "notice.promo"),
    ("id", "Iklan", "notice.promo"),
    ("vi", "Quảng cáo", "notice.promo"),
    # The page needs JavaScript or a newer browser (wordings made up here, in the shapes sites use).
    ("en", "Please enable JavaScript to see the reader comments on this story.", "notice.browser"),
    ("en", "JavaScript is switched off in your browser, so the harbour map cannot load.", "notice.browser"),
    ("en", "This site looks best in an up-to-date browser. Please upgrade your browser for the full experience.",
     "notice.browser"),
    ("de", "Bitte aktivieren Sie JavaScript, um die Karte des Hafens zu sehen.", "notice.browser"),
    ("de", "Ihr Browser ist veraltet. Bitte installieren Sie eine neuere Version.", "notice.browser"),
    ("fr", "Veuillez activer JavaScript pour afficher la carte du port.", "notice.browser"),
    ("es", "Por favor, habilita JavaScript en tu navegador para ver el mapa.", "notice.browser"),
    ("it", "Per favore attiva JavaScript nel tuo browser per vedere la mappa.", "notice.browser"),
    ("pt", "Ative o JavaScript no seu navegador para ver o mapa do porto.", "notice.browser"),
    ("nl", "Schakel JavaScript in uw browser in om de kaart te bekijken.", "notice.browser"),
    ("pl", "Proszę włączyć JavaScript w przeglądarce, aby zobaczyć mapę.", "notice.browser"),
    ("ru", "Пожалуйста, включите JavaScript в вашем браузере, чтобы увидеть карту.", "notice.browser"),
    # A comment form's checkboxes, under the article.
    ("en", "Notify me of follow-up comments by email.", "notice.comments"),
    ("en", "Save my name, email, and website in this browser for the next time I comment.", "notice.comments"),
    ("de", "Benachrichtige mich über nachfolgende Kommentare via E-Mail.", "notice.comments"),
    ("de", "Informiere mich über neue Beiträge per E-Mail.", "notice.comments"),
    ("fr", "Prévenez-moi de tous les nouveaux commentaires par e-mail.", "notice.comments"),
    ("es", "Avisarme de los nuevos comentarios por email.", "notice.comments"),
    ("it", "Avvisami via email dei nuovi commenti.", "notice.comments"),
    ("pl", "Powiadom mnie o nowych komentarzach przez e-mail.", "notice.comments"),
    ("de", "Der Beitrag wurde am Freitag, den 3. Mai 2024 um 10:12 Uhr veröffentlicht und unter Hafen abgelegt.",
     "notice.post_meta"),
    # A consent dialog's purposes (ePrivacy wording, without the word "cookie") and a request to notify.
    ("en", ("The technical storage or access is strictly necessary for the legitimate purpose of enabling "
            "the use of a service the reader asked for."), "notice.cookie"),
    ("de", "Die technische Speicherung oder der Zugriff, der ausschließlich zu statistischen Zwecken erfolgt.",
     "notice.cookie"),
    ("de", ("Benachrichtigungen aktivieren Dürfen wir Sie in Ihrem Browser über die wichtigsten Meldungen aus dem "
            "Hafen informieren?"), "notice.consent"),
    ("en", "Allow notifications to hear first when the ferry timetable changes.", "notice.consent"),
    ("de", "Fast geschafft: Erlauben Sie hafenbote.example Ihnen Benachrichtigungen zu schicken.", "notice.consent"),
    # Reprint terms of a news site.
    ("en", ("This copy is for your personal, non-commercial use only. To order multiple copies for your "
            "colleagues, contact Harbour Herald Reprints."), "notice.legal"),
    ("de", "Dieser Text ist nur für den persönlichen, nicht-kommerziellen Gebrauch bestimmt.", "notice.legal"),
    # A web archive's banner over a page it captured.
    ("en", "About this capture", "notice.archive"),
    ("en", "26 captures", "notice.archive"),
    ("en", ("These crawls are part of an effort to archive pages as they are created and archive the pages "
            "that they refer to."), "notice.archive"),
    ("en", "Collected by", "notice.archive"),
    ("en", 'The goal is to fix all broken links on the web. Crawls of supported "No More 404" sites.', "notice.archive"),
    ("en", ("This is a collection of pages and embedded objects from harbour blogs and the external pages they link "
            "to. Captures of these pages are made on a continuous basis."), "notice.archive"),
    # Consent to a newsletter's terms or to the site processing the reader's data.
    ("en", ("By signing up, you agree to the Harbour Herald's Terms of Use and Privacy Policy. You may unsubscribe "
     "at any time."), "notice.consent"),
    ("en", "I agree to receive the weekly tide report and offers from the Harbour Herald by e-mail.", "notice.consent"),
    ("en", "The administrator of your personal data will be Harbour Media Ltd, 4 Quay Street, Caldwick.", "notice.consent"),
    ("de", ("Ich bin damit einverstanden, dass mir der Hafenbote regelmäßig Neuigkeiten per E-Mail zusendet. Diese "
     "Einwilligung kann ich jederzeit widerrufen."), "notice.consent"),
    ("fr", "En vous inscrivant, j'accepte les conditions d'utilisation. Vous pouvez vous désinscrire à tout moment.",
     "notice.consent"),
    ("es", "Acepto la política de privacidad y el tratamiento de mis datos para recibir el boletín.", "notice.consent"),
    ("it", "Acconsento al trattamento dei miei dati personali per ricevere la newsletter.", "notice.consent"),
    ("pl", "Wyrażam zgodę na przetwarzanie moich danych osobowych w celu przesyłania newslettera.", "notice.consent"),
    ("nl", "Ik ga akkoord met de voorwaarden en de verwerking van mijn persoonsgegevens.", "notice.consent"),
    # A blog's heading over its comment thread, naming the post however long its title.
    ("en", "11 responses to “Why the tidal plant at Caldwick took ten years, and what the town learned from it”",
     "notice.comments"),
    ("en", 'One thought on "Caldwick switches on a tidal energy plant"', "notice.comments"),
    ("en", "45 Comments to “Caldwick switches on a tidal energy plant” | Leave a Comment!", "notice.comments"),
    ("de", "4 Antworten zu „Warum das Gezeitenkraftwerk in Caldwick zehn Jahre gebraucht hat“", "notice.comments"),
    ("fr", "3 réflexions sur « Caldwick met en service sa centrale marémotrice après dix ans de travaux »",
     "notice.comments"),
    ("es", "5 comentarios en «Caldwick pone en marcha su central mareomotriz tras diez años de obras»",
     "notice.comments"),
]


@pytest.mark.parametrize(("lang", "line", "reason"), REMOVED, ids=short_id)
def test_drop_disclaimers_removes_notice_with_its_reason(lang, line, reason):
    check_removed(line, reason, lang=lang, place=PLACE.get(reason, "middle"), step="drop_disclaimers")


def test_drop_disclaimers_removes_ai_image_note_under_the_headline():
    note = ("This image is AI-generated and does not depict any real person or place. It is a fictional "
            "representation made for illustrative purposes only.")
    doc = run(page(top=("Menu",), middle=(), bottom=()).replace("\n\nThe small", f"\n\n{note}\n\nThe small", 1))
    assert_dropped(doc, note, "notice.ai_image")
    assert doc.title == "Caldwick switches on a tidal energy plant"


def test_drop_disclaimers_comment_heading_ends_the_article():
    comments = ("Comments", "Mara Treloar", ("I live by the pier and the turbines are quieter than the ferry "
                "ever was, which is a pleasant surprise for all of us on the front."))
    doc = run(page(bottom=comments))
    assert_dropped(doc, "Comments", "notice.comments")
    assert comments[2] not in doc.text
    assert_article_kept(doc)


def test_drop_disclaimers_a_thread_heading_with_the_posts_title_ends_the_article():
    heading = "2 thoughts on “Caldwick switches on a tidal energy plant after ten years of planning”"
    comments = (heading, "Mara Treloar", ("I live by the pier and the turbines are quieter than the ferry "
                "ever was, which is a pleasant surprise for all of us on the front."))
    doc = run(page(bottom=comments))
    assert_dropped(doc, heading, "notice.comments")
    assert comments[2] not in doc.text
    assert_article_kept(doc)


KEPT = [
    ("The bakery on the quay hands out free cookies to every child who visits the turbine exhibition "
     "at the harbour office during the school holidays."),
    ("The mayor declined to comment on the cost overruns, saying the final figures would be published "
     "by the water board in the autumn."),
    ("Readers left more than two hundred comments under our first report on the plant, most of them "
     "asking when the turbines would start turning."),
    ("The engineers generated a detailed image of the sea bed with sonar before they chose where to "
     "anchor the four turbines."),
    "Advertising the project to visitors",
    "- Comments from the fishing cooperative",
    # JavaScript and browsers as the article's subject, not a note about the page.
    ("The harbour office rebuilt its booking site last winter, and the developers said the new version "
     "requires far less JavaScript than the old one, which they had written in a hurry in 2019."),
    "Older browsers will no longer be able to open the tide tables, the council's web team warned.",
    # Consent and personal data as the article's subject: someone else's, reported.
    ("The court ruled that the harbour authority must delete the personal data of the fishermen it had "
     "filmed, and the mayor said she agreed to the terms of the settlement."),
    "I agree to some extent with the fishermen, the harbour master said, but the turbines stay.",
    ("The museum allows anyone to download the harbour photographs for personal use, the curator said, and "
     "schools may print copies of them for their classes."),
    ("The Internet Archive's Wayback Machine captured the council's old website 51 times before it went "
     "offline, which is how the reporters found the first plans for the plant."),
    # Support, donations and networks as the article's subject: no call to the reader for this site.
    "Our work at the harbour museum is supported by donations from local fishing families.",
    "The charity asked residents to donate blankets and tinned food before the first frost.",
    "Police said the suspect had posted the threats on Telegram and Facebook the night before.",
    "The council will support the ferry company with a loan, the mayor told us on Tuesday.",
    # A count of responses to a quoted question, in a sentence that goes on after the quote.
    '200 responses to "Should the turbines run at night?" reached the council, most of them in favour.',
]


@pytest.mark.parametrize("line", KEPT, ids=short_id)
def test_drop_disclaimers_keeps_article_line_that_mentions_notice_words(line):
    check_kept(line)


# The same in the languages added later: cookies that are baked, comments that are readers'.
KEPT_IN_LANGUAGE = [
    ("ja", "港の売店では、見学に来た子どもたちに手作りのクッキーを配っている。"),
    ("ko", "주민들은 설명회에서 발전소에 대한 댓글과 의견을 적어 군청에 제출했다."),
    ("tr", "Limandaki fırın, santrali ziyaret eden her çocuğa ücretsiz kurabiye ve çerez dağıtıyor."),
    ("sv", "Bageriet vid hamnen bjuder alla barn som besöker utställningen på cookies och saft."),
    ("cs", "Čtenáři pod první reportáží o knihovně zanechali přes dvě stě komentářů a otázek."),
    ("uk", "Читачі залишили понад двісті коментарів під першим репортажем про музей."),
    ("id", "Toko roti di pelabuhan membagikan cookie gratis kepada anak-anak yang datang ke perpustakaan."),
    ("vi", "Bạn đọc đã gửi hơn hai trăm bình luận về trạm điện sau bài viết đầu tiên."),
]


@pytest.mark.parametrize(("lang", "line"), KEPT_IN_LANGUAGE, ids=short_id)
def test_drop_disclaimers_keeps_notice_words_in_more_languages(lang, line):
    check_kept(line, lang=lang)


def test_drop_disclaimers_keeps_long_paragraph_about_cookie_law():
    line = ("The new rules on cookies, which the regional parliament passed in March, require every council "
            "website to ask before it stores anything on a visitor's computer, and Caldwick's small IT team "
            "spent weeks rewriting the forms that residents use to book a slot at the recycling yard. The "
            "council said the work cost far more than expected because nobody had kept a list of the old "
            "tracking tools, some of which had been installed by a contractor that closed years ago.")
    check_kept(line)


# A consent dialog's table of services, as consent managers print it after the article.
CONSENT_TABLE_DE = (
    "Videoplattform\nStreamdienst GmbH, Irland\nAlle Details\nSwitch zum Einwilligen des Dienstes Videoplattform",
    "Zweck: Wiedergabe von Videos",
    ("Verarbeitungsvorgänge: Erhebung von Verbindungsdaten, von Daten Ihres Webbrowsers und von Daten über Ihre "
    "Nutzung der Website, um Ihnen die eingebetteten Videos anzeigen zu können und die Nutzung zu messen."),
    "Speicherdauer: bis zum Verlassen der Website",
    ("Rechtsgrundlage für die Datenverarbeitung: freiwillige, jederzeit widerrufbare Einwilligung der Nutzerinnen "
    "und Nutzer, die sie in den Einstellungen dieser Website ändern oder zurücknehmen können."),
)
CONSENT_TABLE_EN = (
    "Purpose: Measures how visitors use the site so that the pages can be improved over time.",
    "Provider: Example Analytics Ltd.",
    "Expiry: 1 year",
    "Type: HTTP cookie",
)


@pytest.mark.parametrize("table", [CONSENT_TABLE_DE, CONSENT_TABLE_EN], ids=["de", "en"])
def test_a_consent_dialogs_table_of_services_is_dropped(table):
    doc = run(page(bottom=table))
    assert_article_kept(doc)
    fields = [line for part in table for line in part.split("\n") if ":" in line]
    for line in fields:
        assert_dropped(doc, line, "notice.consent")


@pytest.mark.parametrize("facts", [
    # An article's fact lines: the same labels without one that only consent tables use.
    ("Purpose: a covered market with thirty stalls", "Provider: the harbour trust", "Duration: two years"),
    # One retention line alone is no table.
    ("Expiry: 1 year",),
])
def test_fact_lines_with_consent_labels_stay(facts):
    doc = run(page(middle=facts))
    assert_article_kept(doc)
    for line in facts:
        assert line in doc.body.split("\n"), line
