"""Short news pages in 14 languages, written for the language-identification tests: a menu, two
or three sentences of article, a footer. Each is (ISO 639-1 code, page text)."""
from __future__ import annotations

ARTICLES = {
    "en": "The town council approved the new cycle path on Monday evening after a long debate. Work will "
          "start in the spring and should be finished before the summer holidays, the mayor said.",
    "de": "Der Stadtrat hat am Montagabend nach langer Debatte den neuen Radweg beschlossen. Die Arbeiten "
          "beginnen im Frühjahr und sollen vor den Sommerferien abgeschlossen sein, sagte die Bürgermeisterin.",
    "fr": "Le conseil municipal a approuvé lundi soir la nouvelle piste cyclable après un long débat. Les "
          "travaux commenceront au printemps et devraient être terminés avant les vacances d'été, a indiqué le maire.",
    "es": "El ayuntamiento aprobó el lunes por la noche el nuevo carril bici tras un largo debate. Las obras "
          "empezarán en primavera y deberían terminar antes de las vacaciones de verano, según la alcaldesa.",
    "it": "Il consiglio comunale ha approvato lunedì sera la nuova pista ciclabile dopo un lungo dibattito. I "
          "lavori inizieranno in primavera e dovrebbero finire prima delle vacanze estive, ha detto il sindaco.",
    "pt": "A câmara municipal aprovou na segunda-feira à noite a nova ciclovia depois de um longo debate. As "
          "obras começam na primavera e devem estar concluídas antes das férias de verão, disse o presidente.",
    "nl": "De gemeenteraad heeft maandagavond na een lang debat het nieuwe fietspad goedgekeurd. Het werk "
          "begint in het voorjaar en moet voor de zomervakantie klaar zijn, zei de burgemeester.",
    "pl": "Rada miasta zatwierdziła w poniedziałek wieczorem nową ścieżkę rowerową po długiej debacie. Prace "
          "rozpoczną się wiosną i mają zakończyć się przed wakacjami, powiedział burmistrz.",
    "ru": "Городской совет в понедельник вечером после долгих споров одобрил новую велодорожку. Работы "
          "начнутся весной и должны завершиться до летних каникул, сообщил мэр.",
    "sv": "Kommunfullmäktige godkände på måndagskvällen den nya cykelbanan efter en lång debatt. Arbetet "
          "börjar under våren och ska vara klart före sommarlovet, sade kommunalrådet.",
    "tr": "Belediye meclisi pazartesi akşamı uzun bir tartışmanın ardından yeni bisiklet yolunu onayladı. "
          "Çalışmalar ilkbaharda başlayacak ve yaz tatilinden önce bitmesi bekleniyor, dedi belediye başkanı.",
    "zh": "市议会周一晚上经过长时间讨论，批准了新的自行车道。市长表示，工程将于春季开工，预计在暑假前完工。",
    "ja": "市議会は月曜日の夜、長い議論の末に新しい自転車道を承認した。工事は春に始まり、夏休みの前に終わる予定だと市長は述べた。",
    "ar": "وافق المجلس البلدي مساء الاثنين على مسار الدراجات الجديد بعد نقاش طويل. وقال رئيس البلدية إن الأعمال "
          "ستبدأ في الربيع ومن المتوقع أن تنتهي قبل العطلة الصيفية.",
}

# Menus and footers in English, as on many sites whatever the article's language: the identifier
# must read the article, not the page's chrome.
MENU = "Home | News | Sport | Weather | Contact"
FOOTER = "© 2025 City Journal. All rights reserved.\nPrivacy policy | Terms of use | Cookies"


def page(code: str) -> str:
    return f"{MENU}\n\n{ARTICLES[code]}\n\n{FOOTER}"


SAMPLES = [(code, page(code)) for code in ARTICLES]
