"""Footer phrases per language: copyright, legal links, contact lines, newsletter and feedback calls."""
from __future__ import annotations

import re
from typing import Final

import regex

from . import Phrases, Trigger, phrase_regex

# "© Copyright 2025", "(c) 2019 Example Ltd", "Copyright © 2003-2024", "©2024".
COPYRIGHT: Final = regex.compile(
    r"(?:©|\(c\)\s*(?:19|20)\d\d|\bcopyright\b|\bcopr\.|&copy;)", regex.IGNORECASE)

# A year on a line that says "copyright": "Example Media, copyright 2019", "Copyright 2003-2024".
COPYRIGHT_YEAR: Final = re.compile(r"\b(?:19|20)\d\d\b")
# "Copyright" leading a line this short is the notice ("Copyright Example Ltd"); longer, it can be
# a headline about copyright law ("Copyright Law for Schools Faces a Vote").
MAX_BARE_COPYRIGHT_WORDS: Final = 4

ALL_RIGHTS_RESERVED: Final = {
    "en": ["All rights reserved", "All Rights Reserved"],
    "de": ["Alle Rechte vorbehalten"],
    "fr": ["Tous droits réservés"],
    "es": ["Todos los derechos reservados"],
    "it": ["Tutti i diritti riservati", "Riproduzione riservata"],
    "pt": ["Todos os direitos reservados"],
    "nl": ["Alle rechten voorbehouden"],
    "pl": ["Wszelkie prawa zastrzeżone"],
    "ru": ["Все права защищены"],
    "zh": ["版权所有", "保留所有权利"],
    "ar": ["جميع الحقوق محفوظة"],
    "ja": ["無断転載を禁じます", "無断転載禁止", "無断複製・転載を禁じます", "無断転載・複製を禁じます"],
    "ko": ["모든 권리 보유", "무단 전재 및 재배포 금지", "무단전재 및 재배포 금지", "무단전재 및 재배포금지", "무단 전재-재배포 금지", "무단전재-재배포 금지",
           "무단 전재, 재배포 금지"],
    "tr": ["Tüm hakları saklıdır", "Her hakkı saklıdır"],
    "sv": ["Alla rättigheter förbehållna"],
    "cs": ["Všechna práva vyhrazena"],
    "uk": ["Усі права захищені", "Всі права захищені"],
    "id": ["Hak cipta dilindungi undang-undang", "Hak cipta dilindungi", "Seluruh hak cipta dilindungi"],
    "vi": ["Bảo lưu mọi quyền", "Mọi quyền được bảo lưu", "Giữ toàn quyền"],
    "da": ["Alle rettigheder forbeholdes"],
    "no": ["Alle rettigheter reservert"],
    "fi": ["Kaikki oikeudet pidätetään"],
    "hu": ["Minden jog fenntartva"],
    "ro": ["Toate drepturile rezervate"],
    "el": ["Με επιφύλαξη παντός δικαιώματος"],
    "he": ["כל הזכויות שמורות"],
    "hi": ["सर्वाधिकार सुरक्षित"],
    "fa": ["تمامی حقوق محفوظ است", "کلیه حقوق محفوظ است"],
    "th": ["สงวนลิขสิทธิ์"],
}
# In scripts written without spaces the phrase runs on from the word before it ("本网站版权所有",
# "記事・写真の無断転載を禁じます"): there no word boundary is asked for around it.
UNSPACED: Final = ("zh", "ja", "th")
RIGHTS: Final = Trigger(regex.compile(
    phrase_regex({lang: ps for lang, ps in ALL_RIGHTS_RESERVED.items() if lang not in UNSPACED}).pattern + "|"
    + "|".join(regex.escape(p) for lang in UNSPACED for p in ALL_RIGHTS_RESERVED[lang]), regex.IGNORECASE),
    words=frozenset(
    ["reserved", "vorbehalten", "réservés", "reservados", "riservati", "riservata", "voorbehouden", "zastrzeżone", "защищены", "محفوظة",
     "보유", "금지", "재배포금지", "saklıdır", "förbehållna", "vyhrazena", "захищені", "dilindungi", "quyền", "forbeholdes",
     # Thai writes the phrase as a word of its own ("© 2568 ข่าวสด สงวนลิขสิทธิ์"); an anchor below U+3000
     # would be looked for in the text of every page.
     "reservert", "pidätetään", "fenntartva", "rezervate", "δικαιώματος", "שמורות", "सुरक्षित", "محفوظ", "สงวนลิขสิทธิ์"]),
    anchors=("版权所有", "保留所有权利", "無断転載", "無断複製"), max_words=25)

# Legal and corporate links, which footers list in a row: "Terms of use | Privacy Policy".
LEGAL_LINKS: Final = {
    "en": ["Terms of use", "Terms of Service", "Terms and Conditions", "Terms & Conditions", "Terms",
           "Privacy Policy", "Privacy", "Privacy Notice", "Cookie Policy", "Cookie Settings", "Cookies",
           "Disclaimer", "Imprint", "Legal", "Legal Notice", "Accessibility", "Sitemap", "Site Map",
           "Contact", "Contact us", "About", "About us", "Advertise", "Advertise with us", "Careers", "Jobs",
           "Help", "FAQ", "Corrections", "Do Not Sell My Personal Information", "Your Privacy Choices",
           "Ad Choices", "AdChoices", "Code of Ethics", "Editorial Policy", "Subscriptions", "Feedback",
           "Manage cookies", "Press", "Newsletters", "RSS"],
    "de": ["Impressum", "Datenschutz", "Datenschutzerklärung", "AGB", "Nutzungsbedingungen", "Kontakt",
           "Über uns", "Mediadaten", "Werbung", "Cookie-Einstellungen", "Barrierefreiheit", "Hilfe", "Karriere"],
    "fr": ["Mentions légales", "Politique de confidentialité", "Conditions générales", "CGU", "CGV",
           "Contact", "Nous contacter", "Qui sommes-nous", "Plan du site", "Gestion des cookies"],
    "es": ["Aviso legal", "Política de privacidad", "Política de cookies", "Términos y condiciones",
           "Contacto", "Quiénes somos", "Mapa del sitio"],
    "it": ["Note legali", "Privacy", "Informativa privacy", "Cookie policy", "Termini e condizioni",
           "Contatti", "Chi siamo", "Mappa del sito"],
    "pt": ["Termos de uso", "Política de privacidade", "Política de cookies", "Contato", "Contacto",
           "Quem somos", "Mapa do site", "Expediente"],
    "nl": ["Privacybeleid", "Privacyverklaring", "Cookiebeleid", "Algemene voorwaarden", "Contact",
           "Over ons", "Colofon", "Adverteren", "Disclaimer"],
    "pl": ["Polityka prywatności", "Polityka cookies", "Regulamin", "Kontakt", "O nas",
           "Mapa strony"],
    "ru": ["Политика конфиденциальности", "Пользовательское соглашение", "Контакты", "О нас",
           "Карта сайта", "Правила использования"],
    "zh": ["隐私政策", "使用条款", "联系我们", "关于我们", "网站地图", "免责声明", "广告服务"],
    "ar": ["سياسة الخصوصية", "شروط الاستخدام", "اتصل بنا", "من نحن", "خريطة الموقع", "إخلاء المسؤولية"],
    "ja": ["プライバシーポリシー", "個人情報保護方針", "個人情報の取り扱い", "利用規約", "お問い合わせ", "会社概要", "サイトマップ", "免責事項", "広告掲載",
           "運営会社", "著作権について", "ご利用にあたって"],
    "ko": ["개인정보처리방침", "개인정보 처리방침", "이용약관", "회사소개", "광고문의", "제휴문의", "고객센터", "사이트맵", "청소년보호정책", "이메일무단수집거부",
           "저작권정책", "기사제보"],
    "tr": ["Gizlilik Politikası", "Gizlilik", "Kullanım Koşulları", "Çerez Politikası", "İletişim",
           "Hakkımızda", "Künye", "KVKK", "Site Haritası", "Yasal Uyarı"],
    "sv": ["Integritetspolicy", "Kontakt", "Om oss", "Kontakta oss", "Användarvillkor", "Annonsera",
           "Tipsa oss", "Personuppgiftspolicy", "Cookiepolicy"],
    "cs": ["Ochrana osobních údajů", "Zásady ochrany osobních údajů", "Podmínky použití", "Kontakt",
           "Kontakty", "O nás", "Inzerce", "Mapa stránek", "Obchodní podmínky"],
    "uk": ["Політика конфіденційності", "Умови використання", "Контакти", "Про нас",
           "Карта сайту", "Правила користування"],
    "id": ["Kebijakan Privasi", "Syarat dan Ketentuan", "Pedoman Media Siber", "Tentang Kami", "Kontak",
           "Hubungi Kami", "Redaksi", "Karir", "Info Iklan"],
    "vi": ["Chính sách bảo mật", "Điều khoản sử dụng", "Liên hệ", "Giới thiệu", "Liên hệ quảng cáo", "Đường dây nóng"],
    "da": ["Privatlivspolitik", "Kontakt", "Om os", "Cookiepolitik"],
    "no": ["Personvern", "Kontakt oss", "Om oss", "Personvernerklæring"],
    "fi": ["Tietosuojaseloste", "Yhteystiedot", "Ota yhteyttä", "Käyttöehdot"],
    "hu": ["Adatvédelem", "Adatvédelmi tájékoztató", "Impresszum", "Kapcsolat", "Felhasználási feltételek"],
    "ro": ["Politica de confidențialitate", "Termeni și condiții", "Contact", "Despre noi"],
    "el": ["Πολιτική απορρήτου", "Όροι χρήσης", "Επικοινωνία"],
    "he": ["מדיניות פרטיות", "תנאי שימוש", "צור קשר", "אודות"],
    "hi": ["गोपनीयता नीति", "संपर्क करें", "हमारे बारे में", "अस्वीकरण"],
    "fa": ["حریم خصوصی", "تماس با ما", "درباره ما", "شرایط استفاده"],
    "th": ["นโยบายความเป็นส่วนตัว", "ติดต่อเรา", "เกี่ยวกับเรา", "ข้อกำหนดการใช้งาน"],
}
LEGAL_LINK: Final = Phrases(LEGAL_LINKS)

# "Email: info@example.com", "Phone: +91-720-6444012", "Tel. 030 1234 567", "Fax: ..."
CONTACT_LABEL: Final = Phrases({
    "en": ["Email", "E-mail", "Mail", "Phone", "Tel", "Tel.", "Telephone", "Fax", "Mobile", "Call us",
           "Contact", "Address", "WhatsApp"],
    "de": ["Telefon", "Tel.", "Fax", "E-Mail", "Adresse", "Anschrift", "Mobil"],
    "fr": ["Téléphone", "Tél.", "Courriel", "Adresse"],
    "es": ["Teléfono", "Tel.", "Correo", "Correo electrónico", "Dirección"],
    "it": ["Telefono", "Tel.", "Indirizzo"],
    "pt": ["Telefone", "Tel.", "Endereço", "Morada"],
    "nl": ["Telefoon", "Tel.", "Adres"],
    "pl": ["Telefon", "Tel.", "Adres"],
    "ru": ["Телефон", "Тел.", "Адрес", "Эл. почта"],
    "zh": ["电话", "邮箱", "地址", "传真"],
    "ar": ["هاتف", "الهاتف", "البريد الإلكتروني", "العنوان", "فاكس"],
    "ja": ["電話", "メール", "住所", "TEL", "FAX"],
    "ko": ["전화", "이메일", "주소", "팩스", "대표전화"],
    "tr": ["Telefon", "Tel", "E-posta", "Adres", "Faks"],
    "sv": ["Telefon", "Tel", "E-post", "Adress"],
    "cs": ["Telefon", "Tel.", "Adresa"],
    "uk": ["Телефон", "Тел.", "Адреса", "Ел. пошта"],
    "id": ["Telepon", "Telp", "Alamat", "Surel"],
    "vi": ["Điện thoại", "Địa chỉ", "ĐT"],
})
EMAIL: Final = re.compile(r"\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}\b")
# +91-720-6444012, (030) 1234-567, 0800 123 456: 7+ digits with phone punctuation.
PHONE: Final = re.compile(r"(?:\+|\b)\d[\d\s().-]{6,20}\d\b")
# Dates look like numbers too: "2025-07-12", "12.07.2025" are not phone numbers.
DATE_LIKE: Final = re.compile(r"^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$")
# A date with a four-digit year inside a run of digits makes it a date, a time or a range of dates,
# not a phone number: "12-07-2025 15:58", "2026-01-01 .. 2026-03-15" ("06.12.34.56.78" is a phone).
DATE_WITH_YEAR: Final = re.compile(r"(?<!\d)(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:1[89]|20)\d\d)(?!\d)")

NEWSLETTER: Final = {
    "en": ["Subscribe to our newsletter", "Sign up for our newsletter", "Subscribe to the newsletter",
           "Sign up to our newsletter", "Get our newsletter", "Newsletter sign-up", "Newsletter signup",
           "Subscribe to our mailing list", "Join our mailing list", "Sign up for email updates",
           "Get the latest news delivered to your inbox", "Subscribe now", "Subscribe", "Newsletter", "Sign up now",
           "Sign up", "Join now", "Subscribe for free"],
    "de": ["Newsletter abonnieren", "Jetzt Newsletter abonnieren", "Zum Newsletter anmelden",
           "Melden Sie sich für unseren Newsletter an", "Newsletter bestellen", "Jetzt abonnieren"],
    "fr": ["Abonnez-vous à notre newsletter", "S'abonner à la newsletter", "Inscrivez-vous à notre newsletter",
           "Recevez notre newsletter", "Abonnez-vous"],
    "es": ["Suscríbete a nuestro boletín", "Suscríbete a nuestra newsletter", "Suscríbete al boletín",
           "Recibe nuestro boletín", "Suscríbete", "Suscribirme", "Suscribirse"],
    "it": ["Iscriviti alla newsletter", "Iscriviti alla nostra newsletter", "Ricevi la newsletter", "Iscriviti"],
    "pt": ["Assine nossa newsletter", "Inscreva-se na nossa newsletter", "Receba nossa newsletter",
           "Assine a newsletter", "Assine"],
    "nl": ["Schrijf je in voor onze nieuwsbrief", "Abonneer je op de nieuwsbrief", "Nieuwsbrief", "Aanmelden",
           "Inschrijven",
           "Meld je aan voor de nieuwsbrief"],
    "pl": ["Zapisz się do newslettera", "Zapisz się na newsletter", "Newsletter", "Subskrybuj", "Zapisz się"],
    "ru": ["Подпишитесь на рассылку", "Подписаться на рассылку", "Подписаться", "Рассылка"],
    "zh": ["订阅我们的新闻", "订阅新闻", "订阅", "立即订阅"],
    "ar": ["اشترك في النشرة البريدية", "اشترك في نشرتنا", "اشترك الآن", "النشرة البريدية"],
    "ja": ["メールマガジン", "メルマガ", "メルマガ登録", "ニュースレター", "ニュースレター登録"],
    "ko": ["뉴스레터", "뉴스레터 구독", "뉴스레터 신청", "구독하기", "구독"],
    "tr": ["Bültene abone ol", "Bültenimize abone olun", "E-bülten", "Abone ol", "Abone olun", "Bülten"],
    "sv": ["Prenumerera på vårt nyhetsbrev", "Prenumerera på nyhetsbrevet", "Anmäl dig till nyhetsbrevet",
           "Nyhetsbrev", "Prenumerera"],
    "cs": ["Přihlaste se k odběru newsletteru", "Odebírat newsletter", "Newsletter", "Odebírat",
           "Přihlásit k odběru"],
    "uk": ["Підпишіться на розсилку", "Підписатися на розсилку", "Підписатися", "Розсилка"],
    "id": ["Berlangganan newsletter", "Berlangganan", "Daftar newsletter", "Langganan"],
    "vi": ["Đăng ký nhận tin", "Đăng ký nhận bản tin", "Bản tin"],
    "da": ["Tilmeld dig vores nyhedsbrev", "Nyhedsbrev"],
    "no": ["Meld deg på vårt nyhetsbrev", "Nyhetsbrev"],
    "fi": ["Tilaa uutiskirje", "Uutiskirje"],
}
# The e-mail field of a sign-up form, scraped as a line of its own: "Your email address".
EMAIL_FIELD: Final = {
    "en": ["Your email address", "Your email", "Email address", "Enter your email", "Enter your email address"],
    "de": ["Ihre E-Mail-Adresse", "Deine E-Mail-Adresse", "E-Mail-Adresse", "E-Mail-Adresse eingeben"],
    "fr": ["Votre adresse e-mail", "Votre adresse email", "Votre e-mail", "Adresse e-mail", "Saisissez votre e-mail"],
    "es": ["Tu correo electrónico", "Tu email", "Tu dirección de correo", "Introduce tu correo electrónico"],
    "it": ["Il tuo indirizzo email", "La tua email", "Indirizzo email", "Inserisci la tua email"],
    "pt": ["Seu e-mail", "Seu endereço de e-mail", "Digite seu e-mail", "O seu e-mail"],
    "nl": ["Je e-mailadres", "Uw e-mailadres", "E-mailadres", "Vul je e-mailadres in"],
    "pl": ["Twój adres e-mail", "Adres e-mail", "Wpisz swój adres e-mail"],
    "ru": ["Ваш e-mail", "Ваш email", "Ваш адрес электронной почты", "Введите ваш e-mail"],
    "zh": ["您的邮箱", "你的邮箱", "邮箱地址", "请输入您的邮箱"],
    "ar": ["بريدك الإلكتروني", "أدخل بريدك الإلكتروني"],
    "ja": ["メールアドレス", "メールアドレスを入力"],
    "ko": ["이메일 주소", "이메일 주소를 입력하세요"],
    "tr": ["E-posta adresiniz", "E-posta adresinizi girin"],
    "sv": ["Din e-postadress", "E-postadress"],
    "cs": ["Váš e-mail", "Zadejte svůj e-mail", "E-mailová adresa"],
    "uk": ["Ваш e-mail", "Ваша електронна пошта", "Введіть ваш e-mail"],
    "id": ["Alamat email", "Masukkan email Anda", "Email Anda"],
    "vi": ["Địa chỉ email", "Nhập email của bạn", "Email của bạn"],
}
NEWSLETTER_LINE: Final = Phrases({lang: NEWSLETTER[lang] + EMAIL_FIELD.get(lang, []) for lang in NEWSLETTER})

FEEDBACK: Final = {
    "en": ["Give Feedback", "Send Feedback", "Feedback", "Report an error", "Report a correction",
           "Suggest a correction", "Report this ad", "Was this article helpful?", "Was this page helpful?"],
    "de": ["Feedback geben", "Fehler melden", "War dieser Artikel hilfreich?"],
    "fr": ["Donner votre avis", "Signaler une erreur"],
    "es": ["Enviar comentarios", "Reportar un error", "¿Te resultó útil?"],
    "it": ["Segnala un errore", "Invia feedback"],
    "pt": ["Enviar feedback", "Reportar erro", "Comunicar erro"],
    "nl": ["Feedback geven", "Fout melden"],
    "pl": ["Zgłoś błąd", "Prześlij opinię"],
    "ru": ["Сообщить об ошибке", "Обратная связь"],
    "zh": ["意见反馈", "纠错"],
    "ar": ["أرسل ملاحظاتك", "الإبلاغ عن خطأ"],
    "ja": ["ご意見・ご感想", "誤りを報告", "この記事は役に立ちましたか？"],
    "ko": ["오류 신고", "의견 보내기"],
    "tr": ["Hata bildir", "Geri bildirim"],
    "sv": ["Rapportera fel", "Tyck till", "Skicka feedback"],
    "cs": ["Nahlásit chybu", "Zpětná vazba"],
    "uk": ["Повідомити про помилку", "Зворотний зв'язок"],
    "id": ["Laporkan kesalahan", "Kirim masukan"],
    "vi": ["Báo lỗi", "Góp ý", "Gửi phản hồi"],
}
FEEDBACK_LINE: Final = Phrases(FEEDBACK)

# A newsletter call inside a longer line: "Jetzt zum kostenlosen Newsletter anmelden",
# "Sign up for the Morning Brief newsletter", "订阅我们的每日新闻通讯" (no spaces, so no \b there).
NEWSLETTER_CALL: Final = Trigger(regex.compile(
    r"\A(?=.*\b(?:newsletter|nieuwsbrief|boletín|rassegna|рассылк|розсилк|nyhetsbrev|nyhedsbrev|bülten|bản tin))"
    r"(?=.*\b(?:sign up|subscribe|register|join|get|anmelden|abonnieren|bestellen|registrieren|inscri|abonne"
    r"|suscrib|iscriv|assin|inscreva|aanmelden|schrijf|zapisz|subskryb|подпи[сш]|підпи[сш]|prenumerera|tilmeld"
    r"|abone|odebír|přihlas|berlangganan|langganan|daftar|đăng ký))"
    r"|\A(?=.*(?:新闻通讯|电子报|邮件|简报|新闻))(?=.*(?:订阅|訂閱)).{0,30}\Z"
    r"|\A(?=.*(?:メルマガ|メールマガジン|ニュースレター|뉴스레터))(?=.*(?:登録|購読|구독|신청)).{0,40}\Z",
    regex.IGNORECASE), words=frozenset(
    ["newsletter", "newsletters", "nieuwsbrief", "boletín", "rassegna", "рассылку", "рассылка", "рассылки", "рассылкой",
     "розсилку", "розсилка", "розсилки", "nyhetsbrev", "nyhetsbrevet", "nyhedsbrev", "bülten", "bültene", "bültenimize",
     "tin"]),
    anchors=("订阅", "訂閱", "登録", "購読", "구독"), max_words=15)

# Every match holds one of these strings, found in the page as they are (a word list would miss "©2024").
COPYRIGHT_LINE: Final = Trigger(COPYRIGHT, anchors=("©", "(c)", "copyright", "copr", "&copy;"), max_words=25)
EMAIL_LINE: Final = Trigger(EMAIL, char="@", max_words=25)
PHONE_LINE: Final = Trigger(PHONE, digit=True, max_words=25)

# News by e-mail without the word "newsletter": "Receba as notícias no seu e-mail",
# "Get the latest stories delivered to your inbox", "Recevez nos articles chaque matin".
MAIL_CALL: Final = regex.compile(
    r"\A(?=.*\b(?:inbox|e-?mail|mailbox|posteingang|postfach|boîte|courriel|correo|casella|caixa|skrzynk\w*|почт\w*"
    r"|morning brief|daily brief|briefing|digest"
    # A delivery on a schedule: "every morning", "chaque soir", "jeden Freitag", "каждую неделю".
    r"|(?:every|each|chaque|jede[nrms]?|cada|ogni|todas? as|tod[oa]s? los|elke|iedere|każd\w+|кажд\w+) \w+)\b)"
    r"(?=.*\b(?:receive|get|delivered|sent|sign up|recevez|recevoir|erhalten|bekommen|recibe|recibir|ricevi|ricevere"
    r"|receba|receber|ontvang|otrzymuj|получайте|получать)\b)",
    regex.IGNORECASE)
MAIL_CALL_LINE: Final = Trigger(MAIL_CALL, words=frozenset(
    ["inbox", "mail", "email", "mailbox", "posteingang", "postfach", "boîte", "courriel", "correo", "casella", "caixa", "skrzynkę", "skrzynki", "почту", "почте", "morning", "matin", "morgen", "mañana", "mattina", "manhãs", "ochtend", "утро", "every", "each", "chaque", "jeden", "jede", "jeder", "jedem", "cada", "ogni", "todas", "todos",
     "elke", "iedere", "każdy", "każdego", "każdą", "каждое", "каждый", "каждую", "каждого"]), max_words=15)
