"""Footer phrases per language: copyright, legal links, contact lines, newsletter and feedback calls."""
from __future__ import annotations

import re

import regex

from . import Phrases, Trigger, phrase_regex

# "© Copyright 2025", "(c) 2019 Example Ltd", "Copyright © 2003-2024", "©2024".
COPYRIGHT = regex.compile(
    r"(?:©|\(c\)\s*(?:19|20)\d\d|\bcopyright\b|\bcopr\.|&copy;)", regex.IGNORECASE)

# A year on a line that says "copyright": "Example Media, copyright 2019", "Copyright 2003-2024".
COPYRIGHT_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "Copyright" leading a line this short is the notice ("Copyright Example Ltd"); longer, it can be
# a headline about copyright law ("Copyright Law for Schools Faces a Vote").
MAX_BARE_COPYRIGHT_WORDS = 4

ALL_RIGHTS_RESERVED = {
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
}
RIGHTS = Trigger(phrase_regex(ALL_RIGHTS_RESERVED), words=frozenset(
    ["reserved", "vorbehalten", "réservés", "reservados", "riservati", "riservata", "voorbehouden", "zastrzeżone", "защищены", "محفوظة"]),
    anchors=("版权所有", "保留所有权利"), max_words=25)

# Legal and corporate links, which footers list in a row: "Terms of use | Privacy Policy".
LEGAL_LINKS = {
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
}
LEGAL_LINK = Phrases(LEGAL_LINKS)

# "Email: info@example.com", "Phone: +91-720-6444012", "Tel. 030 1234 567", "Fax: ..."
CONTACT_LABEL = Phrases({
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
})
EMAIL = re.compile(r"\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}\b")
# +91-720-6444012, (030) 1234-567, 0800 123 456: 7+ digits with phone punctuation.
PHONE = re.compile(r"(?:\+|\b)\d[\d\s().-]{6,20}\d\b")
# Dates look like numbers too: "2025-07-12", "12.07.2025" are not phone numbers.
DATE_LIKE = re.compile(r"^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$")
# A date with a four-digit year inside a run of digits makes it a date, a time or a range of dates,
# not a phone number: "12-07-2025 15:58", "2026-01-01 .. 2026-03-15" ("06.12.34.56.78" is a phone).
DATE_WITH_YEAR = re.compile(r"(?<!\d)(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:1[89]|20)\d\d)(?!\d)")

NEWSLETTER = {
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
}
# The e-mail field of a sign-up form, scraped as a line of its own: "Your email address".
EMAIL_FIELD = {
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
}
NEWSLETTER_LINE = Phrases({lang: NEWSLETTER[lang] + EMAIL_FIELD.get(lang, []) for lang in NEWSLETTER})

FEEDBACK = {
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
}
FEEDBACK_LINE = Phrases(FEEDBACK)

# A newsletter call inside a longer line: "Jetzt zum kostenlosen Newsletter anmelden",
# "Sign up for the Morning Brief newsletter", "订阅我们的每日新闻通讯" (no spaces, so no \b there).
NEWSLETTER_CALL = Trigger(regex.compile(
    r"\A(?=.*\b(?:newsletter|nieuwsbrief|boletín|rassegna|рассылк))"
    r"(?=.*\b(?:sign up|subscribe|register|join|get|anmelden|abonnieren|bestellen|registrieren|inscri|abonne"
    r"|suscrib|iscriv|assin|inscreva|aanmelden|schrijf|zapisz|subskryb|подпи[сш]))"
    r"|\A(?=.*(?:新闻通讯|电子报|邮件|简报|新闻))(?=.*(?:订阅|訂閱)).{0,30}\Z",
    regex.IGNORECASE), words=frozenset(
    ["newsletter", "newsletters", "nieuwsbrief", "boletín", "rassegna", "рассылку", "рассылка", "рассылки", "рассылкой"]),
    anchors=("订阅", "訂閱"), max_words=15)

# Every match holds one of these strings, found in the page as they are (a word list would miss "©2024").
COPYRIGHT_LINE = Trigger(COPYRIGHT, anchors=("©", "(c)", "copyright", "copr", "&copy;"), max_words=25)
EMAIL_LINE = Trigger(EMAIL, char="@", max_words=25)
PHONE_LINE = Trigger(PHONE, digit=True, max_words=25)

# News by e-mail without the word "newsletter": "Receba as notícias no seu e-mail",
# "Get the latest stories delivered to your inbox", "Recevez nos articles chaque matin".
MAIL_CALL = regex.compile(
    r"\A(?=.*\b(?:inbox|e-?mail|mailbox|posteingang|postfach|boîte|courriel|correo|casella|caixa|skrzynk\w*|почт\w*"
    r"|morning brief|daily brief|briefing|digest"
    # A delivery on a schedule: "every morning", "chaque soir", "jeden Freitag", "каждую неделю".
    r"|(?:every|each|chaque|jede[nrms]?|cada|ogni|todas? as|tod[oa]s? los|elke|iedere|każd\w+|кажд\w+) \w+)\b)"
    r"(?=.*\b(?:receive|get|delivered|sent|sign up|recevez|recevoir|erhalten|bekommen|recibe|recibir|ricevi|ricevere"
    r"|receba|receber|ontvang|otrzymuj|получайте|получать)\b)",
    regex.IGNORECASE)
MAIL_CALL_LINE = Trigger(MAIL_CALL, words=frozenset(
    ["inbox", "mail", "email", "mailbox", "posteingang", "postfach", "boîte", "courriel", "correo", "casella", "caixa", "skrzynkę", "skrzynki", "почту", "почте", "morning", "matin", "morgen", "mañana", "mattina", "manhãs", "ochtend", "утро", "every", "each", "chaque", "jeden", "jede", "jeder", "jedem", "cada", "ogni", "todas", "todos",
     "elke", "iedere", "każdy", "każdego", "każdą", "каждое", "каждый", "каждую", "каждого"]), max_words=15)
