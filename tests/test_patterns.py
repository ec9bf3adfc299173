"""The phrase data: normalize, Phrases and Trigger behave as documented, and every language a table
lists really matches a line written in that language (so no table claims a language it cannot find)."""
from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext.document import Block
from cleantext.page import Page
from cleantext.patterns import (
    Phrases,
    Trigger,
    byline,
    footer,
    navigation,
    normalize,
    notices,
    phrase_regex,
    related,
    start_regex,
    trigger_index,
)
from cleantext.patterns.related import TEASER_ELLIPSIS, TEASER_ELLIPSIS_LINE, TEASER_END, TEASER_END_LINE
from cleantext.patterns.stopwords import STOPWORDS
from cleantext.text.blocks import text_blocks
from cleantext.text.features import features, lines_matching


@pytest.mark.parametrize(("line", "key"), [
    ("  • Country:  ", "country"),
    ("«Lire  aussi»", "lire aussi"),
    ("3 Comments", "comments"),
    ("ÉDITIONS", "éditions"),
    ("Straße", "strasse"),
    ("© Copyright 2025", "copyright"),
    ("Share\u00a0this\tarticle", "share this article"),
    ("— Read more —", "read more"),
    ("", ""),
    ("•••", ""),
])
def test_normalize_strips_edges_folds_case_and_collapses_spaces(line, key):
    assert normalize(line) == key


def test_normalize_keeps_inner_punctuation():
    assert normalize("Terms & Conditions") == "terms & conditions"
    assert normalize("e-mail: x") == "e-mail: x"


TABLE = {"en": ["Read more", "Related Articles", "More"], "de": ["Lesen Sie auch"]}


def test_phrases_line_is_a_whole_line_lookup():
    p = Phrases(TABLE)
    assert p.line(normalize("RELATED ARTICLES:"))
    assert not p.line(normalize("Related Articles about the harbour"))


def test_phrases_start_returns_the_longest_phrase_the_line_starts_with():
    p = Phrases(TABLE)
    assert p.start(normalize("Lesen Sie auch die anderen Berichte")) == "lesen sie auch"
    assert p.start(normalize("More news from the coast")) == "more"
    assert p.start(normalize("Read more books")) == "read more"
    assert p.start(normalize("Nothing here")) == ""


def test_phrases_count_counts_words_covered_by_phrases():
    p = Phrases({"any": ["Facebook", "Twitter", "Google Plus"]})
    assert p.count("facebook twitter google plus") == 4
    assert p.count("facebook and friends") == 1
    assert p.count("") == 0


def test_phrases_know_their_languages_and_longest_phrase():
    p = Phrases(TABLE)
    assert p.languages == ("de", "en")
    assert p.max_words == 3
    assert Phrases({}).max_words == 0


def test_phrase_regex_finds_phrase_inside_a_line_on_word_boundaries():
    rx = phrase_regex({"en": ["All rights reserved"], "de": ["Alle Rechte vorbehalten"]})
    assert rx.search("© 2025 Gazette. ALL RIGHTS  RESERVED.")
    assert rx.search("Alle Rechte vorbehalten")
    assert not rx.search("all rights reservedly")


def test_start_regex_matches_prefix_after_leading_punctuation():
    rx = start_regex({"en": ["Read more"]})
    m = rx.match("» Read more: Ferry timetable cut")
    assert m and m.group().endswith("Read more")
    assert not rx.match("We read more books")


def _page(*lines: str) -> Page:
    return Page(text_blocks("\n".join(lines)))


def test_trigger_finds_lines_through_its_word_gate():
    trigger = Trigger(regex.compile(r"we use cookies", regex.IGNORECASE), words=frozenset({"cookies"}))
    p = _page("Harbour news", "We use cookies.", "Tide tables")
    assert lines_matching(p, trigger) == {1}


def test_trigger_skips_page_without_its_words_even_if_the_regex_would_match():
    anything = Trigger(regex.compile(r"."), words=frozenset({"cookies"}))
    assert lines_matching(_page("Harbour news", "Tide tables"), anything) == frozenset()


def _triggers() -> list[tuple[str, Trigger]]:
    return [(f"{m.__name__.rsplit('.', 1)[-1]}.{name}", v) for m in (byline, footer, navigation, notices, related)
            for name, v in vars(m).items() if isinstance(v, Trigger)]


@pytest.mark.parametrize(("name", "trigger"), _triggers(), ids=[n for n, _ in _triggers()])
def test_trigger_gate_words_are_words_the_page_vocabulary_can_hold(name, trigger):
    """The vocabulary is lowercased and split at punctuation, so "e-mail" as a gate word never opens."""
    from cleantext.text.features import PUNCT_TO_SPACE
    for word in trigger.words:
        assert word == word.lower() and word.encode().translate(PUNCT_TO_SPACE).decode() == word, word


@pytest.mark.parametrize(("name", "trigger"), _triggers(), ids=[n for n, _ in _triggers()])
def test_trigger_with_text_written_without_spaces_has_an_anchor_for_it(name, trigger):
    """Chinese in a regex needs an anchor: the word gate never holds a word of a script without spaces."""
    if regex.search(r"[\p{Han}\p{Hiragana}\p{Katakana}]", trigger.pattern.pattern):
        assert trigger.anchors, name


def test_trigger_digit_char_and_max_words_gates():
    p = _page("Updated 09:14", "Updated at noon", "a b c d e f g 09:14 h i j k l")
    assert lines_matching(p, Trigger(regex.compile(r"updated", regex.I), digit=True)) == {0}
    assert lines_matching(p, Trigger(regex.compile(r"\d"), char=":", max_words=5)) == {0}


def test_page_scan_looks_only_for_characters_of_short_lines_without_a_digit():
    """':' of a clock time is on many lines: a trigger that also needs a digit tests the page's digit
    lines for it, so the page scan does not look for it (nor for a character of unlimited lines)."""
    Trigger(regex.compile(r"\d:\d"), char="\x1e", digit=True, max_words=25)
    Trigger(regex.compile(r"x"), char="\x1f")
    chars = trigger_index().chars
    assert "\x1e" not in chars and "\x1f" not in chars and "@" in chars


CHAR_TRIGGERS = [Trigger(regex.compile(r"\w@\w"), char="@", max_words=25),
                 Trigger(regex.compile(r"\d:\d"), char=":", digit=True, max_words=25)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["a@b", "@", "9:1", ":", "9", "x", " ", "İ", "Ö"]), max_size=30)
                .map("".join), max_size=8))
def test_trigger_char_lines_found_by_the_page_scan_are_the_plain_definition(lines):
    """A short line's trigger character is found when the page is scanned (str.find in its
    lowercase text): the lines searched are still every line of few enough words that holds it."""
    p = Page([Block(i, t) for i, t in enumerate(lines)])
    feats = features(p)
    for trigger in CHAR_TRIGGERS:
        assert lines_matching(p, trigger) == {
            i for i, t in enumerate(lines)
            if feats[i].words <= trigger.max_words and trigger.char in t and trigger.pattern.search(t)}


def test_trigger_anchors_find_text_without_spaces():
    trigger = Trigger(regex.compile(r"版权所有"), words=frozenset({"reserved"}), anchors=("版权所有",))
    assert lines_matching(_page("青河日报", "青河日报版权所有"), trigger) == {1}


# For each phrase table, one line per language it lists, written the way pages show it.
LINE_SAMPLES: dict[str, tuple[Phrases, dict[str, str]]] = {
    "MENU_LINE": (navigation.MENU_LINE, {
        "en": "» Main Menu", "de": "Startseite", "fr": "Accueil", "es": "Inicio", "it": "Torna su",
        "pt": "Voltar ao topo", "nl": "Terug naar boven", "pl": "Strona główna", "ru": "Главная", "zh": "首页",
        "ar": "الصفحة الرئيسية",
        "ja": "ページトップへ", "ko": "본문 바로가기", "tr": "Başa dön", "sv": "Till toppen", "cs": "Nahoru",
        "uk": "Нагору", "id": "Kembali ke atas", "vi": "Lên đầu trang", "da": "Forside", "no": "Forside",
        "fi": "Etusivu"}),
    "MENU_CONTROL": (navigation.MENU_CONTROL, {"en": "Toggle navigation", "de": "Hauptmenü", "nl": "Hoofdmenu"}),
    "SOCIAL": (navigation.SOCIAL, {"any": "Facebook"}),
    "SHARE": (navigation.SHARE, {
        "en": "Share this article", "de": "Folgen Sie uns", "fr": "Suivez-nous", "es": "Compartir",
        "it": "Seguici su", "pt": "Compartilhe", "nl": "Volg ons", "pl": "Udostępnij", "ru": "Поделиться",
        "zh": "关注我们", "ar": "تابعنا",
        "ja": "この記事をシェア", "ko": "기사 공유하기", "tr": "Haberi paylaş", "sv": "Dela artikeln",
        "cs": "Sdílet článek", "uk": "Поділитися", "id": "Bagikan artikel", "vi": "Chia sẻ bài viết",
        "da": "Del artiklen", "no": "Del artikkelen", "fi": "Jaa artikkeli"}),
    "LEGAL_LINK": (footer.LEGAL_LINK, {
        "en": "Terms of Service", "de": "Impressum", "fr": "Mentions légales", "es": "Aviso legal",
        "it": "Note legali", "pt": "Política de privacidade", "nl": "Privacyverklaring",
        "pl": "Polityka prywatności", "ru": "Карта сайта", "zh": "隐私政策", "ar": "سياسة الخصوصية",
        "ja": "利用規約", "ko": "이용약관", "tr": "Gizlilik Politikası", "sv": "Integritetspolicy",
        "cs": "Ochrana osobních údajů", "uk": "Політика конфіденційності", "id": "Pedoman Media Siber",
        "vi": "Chính sách bảo mật", "da": "Privatlivspolitik", "no": "Personvern", "fi": "Tietosuojaseloste",
        "hu": "Impresszum", "ro": "Termeni și condiții", "el": "Όροι χρήσης", "he": "מדיניות פרטיות",
        "hi": "गोपनीयता नीति", "fa": "حریم خصوصی", "th": "นโยบายความเป็นส่วนตัว"}),
    "NEWSLETTER_LINE": (footer.NEWSLETTER_LINE, {
        "en": "Sign up for our newsletter", "de": "Newsletter abonnieren", "fr": "Recevez notre newsletter",
        "es": "Suscríbete al boletín", "it": "Ricevi la newsletter", "pt": "Assine a newsletter",
        "nl": "Abonneer je op de nieuwsbrief", "pl": "Zapisz się na newsletter", "ru": "Подписаться на рассылку",
        "zh": "订阅新闻", "ar": "اشترك الآن",
        "ja": "メルマガ登録", "ko": "뉴스레터 구독", "tr": "Bültenimize abone olun",
        "sv": "Prenumerera på vårt nyhetsbrev", "cs": "Odebírat newsletter", "uk": "Підпишіться на розсилку",
        "id": "Berlangganan newsletter", "vi": "Đăng ký nhận bản tin", "da": "Tilmeld dig vores nyhedsbrev",
        "no": "Meld deg på vårt nyhetsbrev", "fi": "Tilaa uutiskirje"}),
    "FEEDBACK_LINE": (footer.FEEDBACK_LINE, {
        "en": "Was this article helpful?", "de": "War dieser Artikel hilfreich?", "fr": "Donner votre avis",
        "es": "Enviar comentarios", "it": "Invia feedback", "pt": "Reportar erro", "nl": "Feedback geven",
        "pl": "Prześlij opinię", "ru": "Обратная связь", "zh": "纠错", "ar": "أرسل ملاحظاتك",
        "ja": "誤りを報告", "ko": "오류 신고", "tr": "Hata bildir", "sv": "Rapportera fel", "cs": "Nahlásit chybu",
        "uk": "Повідомити про помилку", "id": "Laporkan kesalahan", "vi": "Báo lỗi"}),
    "COMMENT_PROMPT": (notices.COMMENT_PROMPT, {
        "en": "Be the first to comment", "de": "Noch keine Kommentare", "fr": "Aucun commentaire",
        "es": "Sin comentarios", "it": "Nessun commento", "pt": "Sem comentários", "nl": "Geen reacties",
        "pl": "Brak komentarzy", "ru": "Нет комментариев", "zh": "暂无评论", "ar": "لا توجد تعليقات",
        "ja": "コメントを書く", "ko": "댓글 쓰기", "tr": "Yorum yap", "sv": "Lämna en kommentar",
        "cs": "Přidat komentář", "uk": "Залишити коментар", "id": "Tulis komentar", "vi": "Gửi bình luận"}),
    "PROMO": (notices.PROMO, {
        "en": "Story continues below advertisement", "de": "Weiterlesen nach der Anzeige",
        "fr": "La suite après cette publicité", "es": "Contenido patrocinado", "it": "Contenuto sponsorizzato",
        "pt": "Conteúdo patrocinado", "nl": "Gesponsord", "pl": "Sponsorowane", "ru": "Спонсорский материал",
        "zh": "下载客户端", "ar": "محتوى مدفوع",
        "ja": "スポンサーリンク", "ko": "광고", "tr": "Sponsorlu İçerik", "sv": "Annons", "cs": "Komerční sdělení",
        "uk": "Новини партнерів", "id": "Konten bersponsor", "vi": "Quảng cáo"}),
    "SHOP_CALL": (notices.SHOP_CALL, {
        "en": "Buy on Amazon", "de": "Zum Angebot", "fr": "Ajouter au panier", "es": "Ver oferta",
        "it": "Acquista ora", "pt": "Adicionar ao carrinho", "nl": "Bekijk aanbieding", "pl": "Kup teraz",
        "ru": "В корзину", "zh": "立即购买", "ar": "اشتر الآن",
        "ja": "カートに入れる", "ko": "장바구니 담기", "tr": "Sepete Ekle", "sv": "Köp nu", "cs": "Do košíku",
        "uk": "Купити зараз", "id": "Beli sekarang", "vi": "Mua ngay"}),
    "RELATED_HEADING": (related.RELATED_HEADING, {
        "en": "You may also like", "de": "Das könnte Sie auch interessieren", "fr": "Sur le même sujet",
        "es": "Te puede interesar", "it": "Ti potrebbe interessare", "pt": "Notícias relacionadas",
        "nl": "Meest gelezen", "pl": "Najczęściej czytane", "ru": "Читайте также:", "zh": "猜你喜欢",
        "ar": "الأكثر قراءة",
        "ja": "関連記事", "ko": "많이 본 뉴스", "tr": "İLGİLİ HABERLER", "sv": "Läs också",
        "cs": "Související články", "uk": "Читайте також", "id": "Berita terkait", "vi": "Tin liên quan",
        "da": "Læs også", "no": "Les også", "fi": "Lue myös", "hu": "Kapcsolódó cikkek", "ro": "Citește și",
        "el": "Σχετικά άρθρα", "he": "כתבות קשורות", "hi": "ये भी पढ़ें", "fa": "مطالب مرتبط",
        "th": "ข่าวที่เกี่ยวข้อง"}),
    "TAG_LABEL": (byline.TAG_LABEL, {
        "en": "Filed under:", "de": "Schlagwörter:", "fr": "Mots-clés :", "es": "Palabras clave:",
        "it": "Parole chiave:", "pt": "Palavras-chave:", "nl": "Trefwoorden:", "pl": "Słowa kluczowe:",
        "ru": "Ключевые слова:", "zh": "关键词:", "ar": "كلمات مفتاحية:",
        "ja": "タグ：", "ko": "태그:", "tr": "Etiketler:", "sv": "Taggar:", "cs": "Štítky:", "uk": "Теги:",
        "id": "Kata kunci:", "vi": "Từ khóa:"}),
}
# Tables that match the start of a line; the rest of the line is the value.
START_SAMPLES: dict[str, tuple[Phrases, dict[str, str]]] = {
    "BYLINE_START": (byline.BYLINE_START, {
        "en": "Written by Orla Penhallow", "de": "Von Katrin Voßberg", "fr": "Par Gilles Manderieux",
        "es": "Escrito por Remedios Salcedo", "it": "A cura di Amedeo Sartorelli", "pt": "Por Filomena Carvalhal",
        "nl": "Geschreven door Maarten Ossewaarde", "pl": "Napisane przez Teresa Wilkoszewska",
        "ru": "Текст Валентина Ольховская", "zh": "记者 刘晓岚", "ar": "بقلم سلمى العطار",
        "ja": "文：山田太郎", "ko": "글 박지훈", "tr": "Yazar: Mehmet Kaya", "sv": "Av Anna Svensson",
        "cs": "Autor: Petr Novák", "uk": "Автор: Олена Коваль", "id": "Oleh Budi Santoso",
        "vi": "Tác giả: Trần Minh"}),
    "DATE_LABEL": (byline.DATE_LABEL, {
        "en": "Last updated 2 March 2025", "de": "Aktualisiert am 2. März 2025", "fr": "Mis à jour le 2 mars 2025",
        "es": "Actualizado el 2 de marzo", "it": "Aggiornato il 2 marzo", "pt": "Atualizado em 2 de março",
        "nl": "Laatst bijgewerkt 2 mei", "pl": "Zaktualizowano 2 marca", "ru": "Дата публикации 2 марта",
        "zh": "发布时间 2025年3月2日", "ar": "تاريخ النشر 2025-03-02",
        "ja": "公開日 2025年3月2日", "ko": "입력 2025.03.02 10:30", "tr": "Son güncelleme 2 Mart 2025",
        "sv": "Publicerad 2 mars 2025", "cs": "Aktualizováno 2. března 2025",
        "uk": "Опубліковано 2 березня 2025", "id": "Diperbarui 2 Maret 2025", "vi": "Cập nhật 02/03/2025"}),
    "CONTACT_LABEL": (footer.CONTACT_LABEL, {
        "en": "Call us on 01632 960 418", "de": "Anschrift Hafenstraße 4", "fr": "Courriel redaction@example.fr",
        "es": "Correo electrónico info@example.es", "it": "Indirizzo via Roma 1", "pt": "Morada Rua do Porto 3",
        "nl": "Adres Dijkweg 12", "pl": "Adres ul. Rynek 5", "ru": "Эл. почта info@example.ru",
        "zh": "邮箱 info@example.cn", "ar": "العنوان شارع النخيل",
        "ja": "電話 03-1234-5678", "ko": "대표전화 02-123-4567", "tr": "E-posta info@example.com.tr",
        "sv": "E-post info@example.se", "cs": "Adresa Náměstí 1", "uk": "Адреса вул. Річкова 4",
        "id": "Alamat Jl. Pantai 5", "vi": "Địa chỉ 12 Lê Lợi"}),
    "MORE_FROM": (related.MORE_FROM, {
        "en": "More from Caldwick Gazette", "de": "Mehr aus Ellernau", "fr": "Plus de Normandie",
        "es": "Más noticias de Soria", "it": "Altre notizie da Trento", "pt": "Mais sobre Algarve",
        "nl": "Meer uit Noord-Holland", "pl": "Więcej z regionu", "ru": "Ещё из Карелии", "zh": "更多 新闻",
        "ar": "المزيد من الأخبار",
        "tr": "Daha fazla haber", "sv": "Mer från Björkvik", "cs": "Více z regionu", "uk": "Більше новин",
        "id": "Lainnya dari Karang Sari", "vi": "Xem thêm về điện mặt trời", "da": "Mere fra Danmark",
        "no": "Mer fra Norge"}),
}


def _cases(samples: dict[str, tuple[Phrases, dict[str, str]]]) -> list[tuple[str, str]]:
    return [(name, lang) for name, (_, lines) in samples.items() for lang in lines]


@pytest.mark.parametrize("name", sorted({**LINE_SAMPLES, **START_SAMPLES}))
def test_every_language_of_a_phrase_table_has_a_sample_line(name):
    phrases, lines = {**LINE_SAMPLES, **START_SAMPLES}[name]
    assert set(lines) == set(phrases.languages)


@pytest.mark.parametrize(("name", "lang"), _cases(LINE_SAMPLES))
def test_phrase_table_matches_a_whole_line_in_each_of_its_languages(name, lang):
    phrases, lines = LINE_SAMPLES[name]
    assert phrases.line(normalize(lines[lang])), lines[lang]


@pytest.mark.parametrize(("name", "lang"), _cases(START_SAMPLES))
def test_phrase_table_matches_the_start_of_a_line_in_each_of_its_languages(name, lang):
    phrases, lines = START_SAMPLES[name]
    line = lines[lang]
    assert phrases.start(normalize(line)), line


# Tables kept as plain {language: phrases} and compiled into one regex: a sample per language.
REGEX_SAMPLES = {
    "ALL_RIGHTS_RESERVED": (footer.ALL_RIGHTS_RESERVED, footer.RIGHTS.pattern.search, {
        "en": "© 2025 Gazette. All rights reserved.", "de": "Alle Rechte vorbehalten.",
        "fr": "Tous droits réservés", "es": "Todos los derechos reservados", "it": "Tutti i diritti riservati",
        "pt": "Todos os direitos reservados", "nl": "Alle rechten voorbehouden", "pl": "Wszelkie prawa zastrzeżone",
        "ru": "Все права защищены", "zh": "版权所有", "ar": "جميع الحقوق محفوظة",
        "ja": "記事・写真の無断転載を禁じます。", "ko": "무단 전재 및 재배포 금지",
        "tr": "© 2025 Kıyı Gazetesi. Tüm hakları saklıdır.", "sv": "Alla rättigheter förbehållna.",
        "cs": "Všechna práva vyhrazena.", "uk": "Усі права захищені.",
        "id": "Hak cipta dilindungi undang-undang.", "vi": "Bảo lưu mọi quyền.",
        "da": "Alle rettigheder forbeholdes.", "no": "Alle rettigheter reservert.",
        "fi": "Kaikki oikeudet pidätetään.", "hu": "Minden jog fenntartva.",
        "ro": "Toate drepturile rezervate.", "el": "Με επιφύλαξη παντός δικαιώματος.",
        "he": "כל הזכויות שמורות", "hi": "सर्वाधिकार सुरक्षित", "fa": "تمامی حقوق محفوظ است.",
        "th": "สงวนลิขสิทธิ์"}),
    "READ_MORE_PREFIXES": (related.READ_MORE_PREFIXES, related.READ_MORE_INLINE.match, {
        "en": "Also read: Ferry timetable cut", "de": "Lesetipp: Neues Hallenbad öffnet",
        "fr": "À lire : Le marché couvert rouvre", "es": "Lea también: Reabre la biblioteca",
        "it": "Vedi anche: Riapre il mercato", "pt": "Saiba mais: Nova ciclovia", "nl": "Zie ook: Nieuwe fietsbrug",
        "pl": "Czytaj więcej: Nowa ścieżka", "ru": "Подробнее: В городе отремонтируют мост",
        "zh": "延伸阅读：青河镇新建图书馆", "ar": "اقرأ المزيد: افتتاح حديقة",
        "ja": "関連記事：白浜台の漁協が協力へ", "ko": "관련기사: 솔내리 어촌계 협약", "tr": "İlgili Haber: Valilik kaynak ayırdı",
        "sv": "Läs mer: Regionen satsar på hamnar", "cs": "Čtěte také: Obce opravují nádraží",
        "uk": "Детальніше: Школярі записали спогади", "id": "Baca juga: Nelayan perbaiki perahu",
        "vi": "Xem thêm: Ngư dân góp vốn", "da": "Læs også: Ny bro åbner", "no": "Les også: Ny bro åpner",
        "fi": "Lue myös: Uusi silta avataan", "hu": "Olvassa el ezt is: Új híd nyílik",
        "ro": "Citește și: Se deschide un pod nou", "el": "Διαβάστε επίσης: Νέα γέφυρα",
        "hi": "ये भी पढ़ें: नया पुल खुला", "fa": "بیشتر بخوانید: پل تازه", "th": "อ่านเพิ่มเติม: สะพานใหม่"}),
}


@pytest.mark.parametrize(("name", "lang"), [(n, lang) for n, (_, _, s) in REGEX_SAMPLES.items() for lang in s])
def test_regex_table_matches_a_line_in_each_of_its_languages(name, lang):
    table, match, samples = REGEX_SAMPLES[name]
    assert set(samples) == set(table)
    assert match(samples[lang]), samples[lang]


# Regexes with one alternative per language: each language the filters claim is found.
NOTICE_SAMPLES = {
    "AI_IMAGE": (notices.AI_IMAGE, {
        "en": "This picture is AI-generated.", "de": "Das Bild ist KI-generiert.", "fr": "Image générée par IA",
        "es": "Imagen generada con IA", "it": "Immagine generata con AI", "pt": "Imagem gerada por IA",
        "nl": "Beeld gegenereerd met AI", "pl": "Obraz wygenerowany przez AI", "ru": "Фото сгенерировано ИИ",
        "zh": "由人工智能生成", "ar": "صورة مولدة بالذكاء الاصطناعي"}),
    "VIEWS_EXPRESSED": (notices.VIEWS_EXPRESSED, {
        "en": "The opinions expressed here are the author's.", "de": "Der Text gibt die Meinung des Autors wieder.",
        "fr": "Ces propos ne reflètent pas la ligne du journal.", "es": "no refleja necesariamente nuestra línea",
        "it": "non riflette necessariamente la linea", "pt": "não reflete necessariamente a opinião",
        "nl": "weerspiegelt niet noodzakelijk de mening", "ru": "не отражает позицию редакции",
        "zh": "本文不代表本站观点", "ar": "لا تعبر بالضرورة عن رأي الموقع"}),
    "COOKIE": (notices.COOKIE, {
        "en": "This website uses cookies.", "de": "Wir verwenden Cookies.", "fr": "Nous utilisons des cookies.",
        "es": "Usamos cookies.", "it": "Accetta i cookie", "pt": "Aceitar cookies", "nl": "Cookies accepteren",
        "pl": "Używamy plików cookie.", "ru": "Мы используем файлы cookie.", "zh": "使用cookie以改善您的体验",
        "ar": "نستخدم ملفات تعريف الارتباط"}),
    "COMMENT_FORM": (notices.COMMENT_FORM, {
        "en": "Your email address will not be published.", "de": "Deine E-Mail-Adresse wird nicht veröffentlicht.",
        "fr": "Votre adresse e-mail ne sera pas publiée.",
        "es": "Tu dirección de correo electrónico no será publicada.",
        "it": "Il tuo indirizzo email non sarà pubblicato.", "pt": "O seu endereço de e-mail não será publicado.",
        "nl": "Je e-mailadres wordt niet gepubliceerd.", "pl": "Twój adres e-mail nie zostanie opublikowany.",
        "ru": "Ваш адрес email не будет опубликован."}),
    "RELATIVE_TIME": (byline.RELATIVE_TIME, {
        "en": "5 minutes ago", "de": "vor 3 Tagen", "fr": "il y a 2 heures", "es": "hace 4 días",
        "it": "6 ore fa", "pt": "há 2 semanas", "nl": "3 uur geleden", "pl": "5 dni temu", "ru": "2 часа назад",
        "zh": "3小时前", "ar": "منذ 3 ساعات"}),
    "DATE": (byline.DATE, {
        "en": "March 2, 2025", "de": "2. März 2025", "fr": "2 mars 2025", "es": "2 de marzo de 2025",
        "it": "2 marzo 2025", "pt": "2 de março de 2025", "nl": "2 mei 2025", "pl": "2 marca 2025",
        "ru": "2 марта 2025", "zh": "2025年3月2日", "ar": "2025-03-02"}),
    "NEWSROOM": (byline.NEWSROOM, {
        "en": "Gazette News Desk", "de": "Redaktion Ellernauer Bote", "fr": "La rédaction",
        "es": "Redacción Soria", "it": "Redazione Trento", "pt": "Redação Algarve", "nl": "Redactie Noord",
        "pl": "Redakcja", "ru": "Редакция", "zh": "青河日报 编辑部"}),
}


@pytest.mark.parametrize(("name", "lang"), [(n, lang) for n, (_, s) in NOTICE_SAMPLES.items() for lang in s])
def test_multilingual_regex_finds_its_line_in_each_language(name, lang):
    pattern, samples = NOTICE_SAMPLES[name]
    assert pattern.search(samples[lang]), samples[lang]


@pytest.mark.parametrize(("pattern", "line"), [
    (notices.COOKIE, "本网站使用cookie"), (byline.NEWSROOM, "青河日报编辑部"), (notices.AI_IMAGE, "本文配图由AI生成")])
def test_multilingual_regex_finds_chinese_phrase_inside_running_chinese(pattern, line):
    assert pattern.search(line)


def test_normalize_strips_hamburger_glyph_before_menu():
    assert navigation.MENU_LINE.line(normalize("☰ Menu"))


SENTENCES = {
    "en": "The council said that the plant would be ready for the winter.",
    "de": "Die Stadt hat gesagt, dass das Netz im Winter fertig sein wird.",
    "fr": "Le maire a dit que la gare sera ouverte pour la rentrée.",
    "es": "La alcaldesa dijo que el molino abrirá en la primavera.",
    "it": "Il sindaco ha detto che la biblioteca sarà aperta in estate.",
    "pt": "A presidente disse que a escola vai abrir no próximo mês.",
    "nl": "De wethouder zei dat het park in de zomer klaar is.",
    "pl": "Burmistrz powiedziała, że kino jest już otwarte dla wszystkich.",
    "ru": "Директор сказала, что в музее уже есть и модели, и фотографии.",
    "sv": "Kommunen säger att det nya biblioteket öppnar i vår.",
    "tr": "Belediye bu yıl yeni bir kütüphane için çok daha fazla para ayırdı.",
    "cs": "Starosta řekl, že se nová knihovna otevře na jaře.",
    "uk": "Директорка сказала, що в музеї вже є і моделі, і фотографії.",
    "id": "Kepala desa mengatakan bahwa perpustakaan itu akan dibuka pada bulan depan.",
    "vi": "Chủ tịch xã cho biết trạm điện sẽ được mở rộng trong năm tới.",
    "da": "Borgmesteren sagde, at det nye bibliotek åbner til foråret.",
    "no": "Ordføreren sa at det nye biblioteket åpner til våren.",
    "fi": "Pormestari sanoi että uusi kirjasto on auki jo keväällä ja se on myös iso.",
    "hu": "A polgármester azt mondta, hogy az új könyvtár már tavasszal is nyitva lesz.",
    "ro": "Primarul a spus că noua bibliotecă se deschide în primăvară și este mare.",
    "el": "Ο δήμαρχος είπε ότι η νέα βιβλιοθήκη θα ανοίξει την άνοιξη για το κοινό.",
    "he": "ראש העיר אמר כי הספרייה החדשה של העיר תיפתח באביב עם כל הספרים.",
    "ar": "قال رئيس البلدية إن المكتبة الجديدة في المدينة ستفتح في الربيع مع كل الكتب.",
    "fa": "شهردار گفت که کتابخانه جدید در بهار برای همه باز می‌شود.",
    "hi": "महापौर ने कहा कि शहर में नया पुस्तकालय वसंत में खुलेगा और यह सबके लिए है।",
    "bn": "মেয়র বলেছেন যে শহরের নতুন গ্রন্থাগার বসন্তে খুলবে এবং এটি সবার জন্য।",
}


@pytest.mark.parametrize("lang", sorted(STOPWORDS))
def test_stopword_list_covers_a_fifth_of_a_sentence_in_its_language(lang):
    words = [w.strip(".,").lower() for w in SENTENCES[lang].split()]
    hits = sum(w in STOPWORDS[lang].split() for w in words)
    assert hits / len(words) >= 0.2, (hits, words)


@given(st.text(alphabet=st.sampled_from("abc xyz.…"), max_size=300),
       st.sampled_from(["", ". Read more", "… Read more Read more", ". Mehr…", ". Continue reading →", " […]",
                        "! Weiterlesen »", "? Lire la suite", " read more", ". more"]))
def test_a_teaser_ending_is_found_in_the_tail_as_in_the_whole_line(prefix, ending):
    """The teaser patterns are searched in a line's last characters only (patterns.AtEnd): on single-
    spaced text they find the same lines as a search of the whole line."""
    text = " ".join((prefix + ending).split())
    assert bool(TEASER_END_LINE.pattern.search(text)) == bool(TEASER_END.search(text))
    assert bool(TEASER_ELLIPSIS_LINE.pattern.search(text)) == bool(TEASER_ELLIPSIS.search(text))
