"""Bylines, datelines, dates and tag lines per language: facts about the article that go to metadata."""
from __future__ import annotations

import re
from typing import Final

import regex

from . import Phrases, Trigger

MONTHS: Final = (
    r"jan(?:uary|uar|vier|eiro)?|feb(?:ruary|ruar)?|févr(?:ier)?|fev(?:ereiro)?|mar(?:ch|s|zo|ço)?|märz|apr(?:il)?|"
    r"avr(?:il)?|abr(?:il)?|may|mai|mayo|maio|maggio|mei|jun(?:e|i|io|ho)?|juin|giugno|jul(?:y|i|io|ho)?|juil(?:let)?|"
    r"luglio|januari|februari|maart|enero|febrero|gennaio|febbraio|aprile|aug(?:ust|ustus)?|août|ago(?:sto)?|sep(?:t|tember|tembre|tiembre)?|set(?:embro|tembre)?|"
    r"oct(?:ober|obre|ubre)?|okt(?:ober)?|ott(?:obre)?|out(?:ubro)?|nov(?:ember|embre|embro)?|"
    r"dec(?:ember)?|dez(?:ember|embro)?|déc(?:embre)?|dic(?:iembre|embre)?|"
    r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    # Swedish, Indonesian, Turkish, Czech and Ukrainian names the ones above do not already spell.
    r"maj|augusti|maret|agustus|desember|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|"
    r"ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|"
    r"січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|"
    # Arabic (the Egyptian and Gulf names, and the Levantine ones of one word) and Greek (genitive).
    r"يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|"
    r"شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|"
    r"ιανουαρίου|φεβρουαρίου|μαρτίου|απριλίου|μαΐου|ιουνίου|ιουλίου|αυγούστου|σεπτεμβρίου|οκτωβρίου|"
    r"νοεμβρίου|δεκεμβρίου"
)
# 12-07-2025, 2025-07-12, 12.07.2025, 7/12/2025, July 24, 2012 (or "July 24. 2012"), 24 July 2012, 12 июля 2025, 2025年7月12日,
# 12. března 2025, 12 Mart 2025, 2025년 3월 12일
DATE: Final = regex.compile(
    rf"\b\d{{1,4}}[-./]\d{{1,2}}[-./]\d{{1,4}}\b"
    rf"|\b(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?[,.]?\s+\d{{4}}\b"
    rf"|\b\d{{1,2}}\.?\s+(?:de\s+)?(?:{MONTHS})\.?,?\s+(?:de\s+)?\d{{4}}\b"
    r"|\d{4}[年년] ?\d{1,2}[月월] ?\d{1,2}[日일]",
    regex.IGNORECASE)
# Whether a line holds a DATE, 2-3x faster (DATE is for the date's span, in the metadata): the same
# alternatives, but "July 24, 2012" is looked for from its day, with the month name before it as a
# lookbehind. DATE tries its ~150 month names at every word boundary of a line; DATED only where a
# day and a year follow, and each of its alternatives fails on the first character elsewhere (every
# one starts at a digit). tests/test_dated_lines.py checks that the two agree on every line.
DATED: Final = regex.compile(
    rf"\b\d{{1,4}}[-./]\d{{1,2}}[-./]\d{{1,4}}\b"
    rf"|(?=\d{{1,2}}(?:st|nd|rd|th)?[,.]?\s+\d{{4}}\b)(?<=\b(?:{MONTHS})\.?\s+)"
    rf"|\b\d{{1,2}}\.?\s+(?:de\s+)?(?:{MONTHS})\.?,?\s+(?:de\s+)?\d{{4}}\b"
    r"|\d{4}[年년] ?\d{1,2}[月월] ?\d{1,2}[日일]",
    regex.IGNORECASE)
# A date line that ends with its author: "Posted on March 3, 2025 by Giulia Ferretti", "Veröffentlicht
# am 3. März 2025 von Max Muster", "Publié le 3 mars 2025 par Claire Lemoine": the name, capitalised,
# of one to four words.
POSTED_BY: Final = regex.compile(
    r"\s(?:by|von|da|di|par|por|door|przez|av|af|от)\s+(?P<name>\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})\s*$")
# A clock time written with an "h" between hours and minutes ("09h41", French and Portuguese usage).
H_TIME: Final = re.compile(r"\b\d{1,2}h\d{2}\b")
TIME: Final = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|uhr|h|IST|GMT|UTC|[A-Z]{2,4}T?)?\b",
                  re.IGNORECASE)
# "3 hours ago", "vor 2 Stunden", "il y a 5 minutes", "hace 3 días", "2 часа назад", "3小时前"
RELATIVE_TIME: Final = re.compile(
    r"^(?:about |an? |\d{1,3} )?(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?) ago$"
    r"|^(?:just now|yesterday|today|heute|gestern|hier|aujourd'hui|ayer|hoy|ieri|oggi|ontem|hoje|gisteren|"
    r"vandaag|wczoraj|dzisiaj|вчера|сегодня|昨天|今天|أمس|اليوم|昨日|今日|어제|오늘|dün|bugün|igår|idag|i dag|"
    r"včera|dnes|вчора|сьогодні|kemarin|hari ini|hôm qua|hôm nay)$"
    r"|^vor \d{1,3} (?:Sekunden|Minuten|Stunden?|Tagen?|Wochen?|Monaten?|Jahren?)$"
    r"|^il y a \d{1,3} (?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)$"
    r"|^hace \d{1,3} (?:segundos?|minutos?|horas?|días?|semanas?|meses|años?)$"
    r"|^\d{1,3} (?:minuti|ore|giorni|settimane|mesi|anni) fa$"
    r"|^há \d{1,3} (?:segundos?|minutos?|horas?|dias?|semanas?|meses|anos?)$"
    r"|^\d{1,3} (?:minuten|uur|dagen|weken|maanden|jaar) geleden$"
    r"|^\d{1,3} (?:minut[ y]?|godzin[ y]?|dni|tygodni|miesięcy|lat) temu$"
    r"|^\d{1,3} (?:секунд[ау]?|минут[ау]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[ьи]|месяц(?:а|ев)?|лет|год(?:а)?) назад$"
    r"|^\d{1,3}\s*(?:秒|分钟|小时|天|周|个月|年)前$"
    r"|^\d{1,3}\s*(?:秒|分|時間|日|週間|か月|ヶ月|年)前$"  # 3時間前
    r"|^\d{1,3}\s*(?:초|분|시간|일|주|개월|년) ?전$"  # 3시간 전
    r"|^\d{1,3} (?:saniye|dakika|saat|gün|hafta|ay|yıl) önce$"
    r"|^för \d{1,3} (?:sekunder|minuter|minut|timmar|timme|dagar|dag|veckor|vecka|månader|månad|år) sedan$"
    r"|^před \d{1,3} (?:sekundami|minutami|minutou|hodinami|hodinou|dny|dnem|týdny|týdnem|měsíci|lety|rokem)$"
    r"|^\d{1,3} (?:секунд[уи]?|хвилин[уи]?|годин[уи]?|дн(?:і|ів)|день|тижн(?:і|ів)|тиждень|місяц(?:ь|і|ів)"
    r"|рок(?:и|ів)|рік) тому$"
    r"|^\d{1,3} (?:detik|menit|jam|hari|minggu|bulan|tahun) (?:yang )?lalu$"
    r"|^\d{1,3} (?:giây|phút|giờ|ngày|tuần|tháng|năm) trước$"
    r"|^منذ \d{1,3} \S+$",
    regex.IGNORECASE)

# How long the article takes to read, on a line of its own: "4 min read", "Reading time: 4 minutes",
# "Lesezeit: ca. 3 Min.", "Lesezeit von 4 Minuten", "3 min de lecture", "Czas czytania: 3 min",
# "Время чтения: 2 минуты", "読了時間：約3分", "阅读时间：3分钟". A label (or "read" after the minutes),
# then an optional "about", a number and a unit of time; the whole line, so a sentence never matches.
READING_LABEL: Final = (
    r"(?:estimated |est\. )?(?:reading|read) time|time to read|lesezeit|lesedauer|temps de lecture|lecture"
    r"|tiempo de lectura|lectura|tempo de leitura|leitura|tempo di lettura|lettura|leestijd|czas czytania"
    r"|czas lektury|время чтения|время прочтения|час читання|doba čtení|čas čtení|čtení|lästid|läsetid"
    r"|læsetid|lukuaika|okuma süresi|waktu baca|waktu membaca|thời gian đọc|読了時間|阅读时间|阅读时长|閱讀時間|읽는 시간"
)
READING_UNIT: Final = (
    r"(?:min(?:ute)?s?|mins?\.|minuten?|minutes?|minutos?|minuti|minuty?|minut|minuter|minutter|minuuttia"
    r"|мин\.?|минут[аы]?|хвилин[аи]?|dk\.?|dakika|menit|phút|分钟|分鐘|分|분)\.?"
)
READING_TIME: Final = regex.compile(
    rf"(?:{READING_LABEL})\s*[:：]?\s*(?:von |of |ca\.? |etwa |about |approx\.? |около |약 |約|约)?"
    rf"\d{{1,3}}(?:\s*[-–]\s*\d{{1,3}})?\s*{READING_UNIT}(?:\s*(?:read|reading))?"
    rf"|\d{{1,3}}[\s-]*{READING_UNIT}\s*(?:read|reading|de lectura|de lecture|de leitura|di lettura|lesezeit"
    rf"|leestijd|czytania|чтения|на чтение|čtení|lästid|okuma)",
    regex.IGNORECASE)

# "By Jane Doe", "Von Max Mustermann", "Par Marie Curie", "Posted by admin", "Author: ..."
BYLINE_START: Final = Phrases({
    "en": ["By", "Written by", "Posted by", "Reported by", "Story by", "Words by", "Author", "Authors",
           "Reporting by", "Additional reporting by", "Editing by", "Compiled by", "Produced by", "Interview by",
           "Text by", "Analysis by", "Commentary by",
           "Reporter", "Editor", "Edited by", "Reviewed by", "Photos by", "Photo by", "Photograph by",
           "Image by", "Video by", "Published by", "Contributor"],
    "de": ["Von", "Autor", "Autorin", "Geschrieben von", "Verfasst von", "Text", "Foto", "Fotos"],
    "fr": ["Par", "Auteur", "Écrit par", "Publié par", "Rédigé par"],
    "es": ["Por", "Autor", "Autora", "Escrito por", "Publicado por", "Redacción"],
    "it": ["Di", "Autore", "Scritto da", "Pubblicato da", "A cura di"],
    "pt": ["Por", "Autor", "Escrito por", "Publicado por", "Redação"],
    "nl": ["Door", "Auteur", "Geschreven door", "Geplaatst door"],
    "pl": ["Autor", "Napisane przez", "Opublikowane przez"],
    "ru": ["Автор", "Текст", "Фото", "Опубликовал"],
    "zh": ["作者", "记者", "编辑", "来源", "责任编辑"],
    "ar": ["بقلم", "كتب", "الكاتب", "المحرر", "تحرير"],
    "ja": ["文", "筆者", "著者", "執筆者", "記者", "取材・文", "文・写真"],
    "ko": ["기자", "글", "작성자", "글쓴이"],
    "tr": ["Yazar", "Yazan", "Muhabir"],
    "sv": ["Av", "Författare", "Skriven av", "Publicerad av"],
    "cs": ["Autor", "Autorka", "Napsal", "Napsala"],
    "uk": ["Автор", "Авторка", "Текст", "Фото"],
    "id": ["Oleh", "Penulis", "Editor", "Reporter", "Pewarta", "Penyunting"],
    "vi": ["Tác giả", "Bởi", "Phóng viên", "Biên tập"],
})
# The label of a field naming who issued a page, a colon after it: "From: Department for Inland
# Waterways" (a government press release), "From: Herald Sun". Without the colon "From" opens sentences.
SENDER_LABELS: Final = frozenset({"from"})
# A role after the name ends a byline where the name comes first: "박지훈 기자" (Korean).
BYLINE_END: Final = Phrases({
    "ko": ["기자", "특파원", "객원기자", "인턴기자", "선임기자", "논설위원", "기자 =", "특파원 ="],
})
# "Published: 12 July 2025", "Updated: 12-07-2025 15:58 IST", "Veröffentlicht am 3. Mai"
DATE_LABEL: Final = Phrases({
    "en": ["Published", "Updated", "Last updated", "Posted", "Posted on", "Created", "Date", "Modified",
           "First published", "Published on", "Updated on", "Last modified"],
    "de": ["Veröffentlicht", "Veröffentlicht am", "Aktualisiert", "Aktualisiert am", "Stand", "Erstellt",
           "Datum"],
    "fr": ["Publié le", "Publié", "Mis à jour le", "Mis à jour", "Modifié le", "Date"],
    "es": ["Publicado", "Publicado el", "Actualizado", "Actualizado el", "Fecha"],
    "it": ["Pubblicato", "Pubblicato il", "Aggiornato", "Aggiornato il", "Data"],
    "pt": ["Publicado", "Publicado em", "Atualizado", "Atualizado em", "Data"],
    "nl": ["Gepubliceerd", "Gepubliceerd op", "Bijgewerkt", "Laatst bijgewerkt", "Datum"],
    "pl": ["Opublikowano", "Aktualizacja", "Zaktualizowano", "Data"],
    "ru": ["Опубликовано", "Обновлено", "Дата публикации", "Дата"],
    "zh": ["发布时间", "发布日期", "更新时间", "日期", "时间"],
    "ar": ["نشر في", "تاريخ النشر", "آخر تحديث", "التاريخ"],
    "ja": ["公開日", "更新日", "投稿日", "配信日", "掲載日", "最終更新日", "公開", "更新"],
    "ko": ["입력", "수정", "등록", "승인", "기사입력", "최종수정", "발행일", "업데이트"],
    "tr": ["Yayınlanma", "Yayınlanma tarihi", "Güncelleme", "Güncellenme", "Son güncelleme", "Tarih",
           "Yayın tarihi"],
    "sv": ["Publicerad", "Uppdaterad", "Datum", "Publicerad den"],
    "cs": ["Publikováno", "Aktualizováno", "Datum", "Vydáno"],
    "uk": ["Опубліковано", "Оновлено", "Дата публікації", "Дата"],
    "id": ["Diterbitkan", "Dipublikasikan", "Diperbarui", "Tanggal", "Terbit"],
    "vi": ["Ngày đăng", "Cập nhật", "Đăng lúc", "Ngày cập nhật", "Đăng ngày"],
})
# "Devdiscourse News Desk", "Reuters Staff", "AP", "Redaktion": a newsroom as author.
# A fact line: a short capitalised label, a colon, a value: "Staff: 41", "Revenue: 2.1 million pounds",
# "Opening hours: Mon-Sat 06:00-14:00", "Batch log: 2026-01-05 .. 2026-03-28". Articles and fact
# boxes hold them; as a byline or a date line only when the label says so ("Updated: ...").
FIELD_LINE: Final = regex.compile(r"(\p{Lu}[\p{L}\p{M}'’.\- ]{0,40}?)\s?:\s+(\S.{0,200})")
MAX_FIELD_LABEL_WORDS: Final = 4


def field_line(text: str) -> tuple[str, str] | None:
    """(label, value) of a fact line, or None.

    >>> field_line("Opening hours: Mon-Sat 06:00-14:00")
    ('Opening hours', 'Mon-Sat 06:00-14:00')
    """
    m = FIELD_LINE.fullmatch(text)
    if m is None or m.group(1).count(" ") >= MAX_FIELD_LABEL_WORDS:
        return None
    return m.group(1), m.group(2)


NEWSROOM: Final = regex.compile(
    r"\b(?:news desk|newsdesk|web desk|staff (?:writer|reporter)|staff|correspondent|bureau|redaktion|"
    r"rédaction|redacción|redazione|redação|redactie|redakcja|редакция|agencies|wire services"
    r"|redaktionen|redakce|редакція|redaksi|tim redaksi|haber merkezi|ban biên tập)\b|编辑部|編集部",
    regex.IGNORECASE)

# "Tags: Pakistan, Russia", "Topics:", "Schlagwörter:", "• Country:": a label that introduces a tag list.
TAG_LABELS: Final = {
    "en": ["Tags", "Tagged", "Tagged with", "Topics", "Topic", "Keywords", "Filed under", "Categories",
           "Category", "Country", "Countries", "Region", "Sector", "Sectors", "Section", "Subjects",
           "Themes", "Labels", "Hashtags", "Posted in", "Related topics", "Explore related topics"],
    "de": ["Schlagwörter", "Schlagworte", "Themen", "Thema", "Stichwörter", "Kategorie", "Kategorien", "Tags"],
    "fr": ["Mots-clés", "Mots clés", "Thèmes", "Catégories", "Catégorie", "Étiquettes", "Sujets"],
    "es": ["Etiquetas", "Temas", "Categorías", "Categoría", "Palabras clave"],
    "it": ["Tag", "Argomenti", "Categorie", "Categoria", "Parole chiave"],
    "pt": ["Tags", "Temas", "Categorias", "Categoria", "Palavras-chave", "Assuntos", "Tópicos"],
    "nl": ["Tags", "Trefwoorden", "Onderwerpen", "Categorieën", "Categorie"],
    "pl": ["Tagi", "Tematy", "Kategorie", "Kategoria", "Słowa kluczowe"],
    "ru": ["Теги", "Метки", "Темы", "Рубрики", "Рубрика", "Ключевые слова"],
    "zh": ["标签", "关键词", "分类", "主题"],
    "ar": ["الوسوم", "كلمات مفتاحية", "التصنيفات", "مواضيع"],
    "ja": ["タグ", "キーワード", "カテゴリー", "カテゴリ", "関連キーワード", "関連タグ"],
    "ko": ["태그", "키워드", "관련 태그", "카테고리"],
    "tr": ["Etiketler", "Etiket", "Anahtar kelimeler", "Kategori", "Kategoriler", "Konular"],
    "sv": ["Taggar", "Ämnen", "Kategorier", "Kategori", "Nyckelord"],
    "cs": ["Štítky", "Témata", "Téma", "Kategorie", "Klíčová slova", "Tagy"],
    "uk": ["Теги", "Мітки", "Теми", "Рубрики", "Ключові слова", "Категорія"],
    "id": ["Tag", "Tags", "Topik", "Kategori", "Kata kunci", "Label"],
    "vi": ["Thẻ", "Từ khóa", "Chủ đề", "Chuyên mục", "Tags"],
}
TAG_LABEL: Final = Phrases(TAG_LABELS)

# Month names and abbreviations as words, so only pages that name a month run the named-date regex.
MONTH_WORDS: Final = frozenset(
    ["jan", "january", "januar", "janvier", "janeiro", "feb", "february", "februar", "févr", "février", "fev", "fevereiro", "mar", "march", "mars", "marzo", "março", "märz", "apr", "april", "avr", "avril", "abr", "abril", "may", "mai", "mayo", "maio", "maggio", "mei", "jun", "june", "juni", "junio", "junho", "juin", "giugno", "jul", "july", "juli", "julio", "julho", "juil", "juillet", "luglio", "aug", "august", "augustus", "août", "ago", "agosto", "sep", "sept", "september", "septembre", "septiembre", "set", "setembro", "settembre", "oct", "october", "octobre", "octubre", "okt", "oktober", "ott", "ottobre", "out", "outubro", "nov", "november", "novembre", "noviembre", "novembro", "dec", "december", "dez", "dezember", "dezembro", "déc", "décembre", "dic", "diciembre", "dicembre", "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia", "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря", "januari", "februari", "maart", "augustus", "enero", "febrero", "junio", "julio", "gennaio",
     "febbraio", "aprile", "giugno", "maj", "augusti", "maret", "agustus", "desember", "ocak", "şubat", "mart", "nisan",
     "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık", "ledna", "února", "března", "dubna",
     "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince", "січня", "лютого", "березня",
     "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
     "يناير", "فبراير", "مارس", "أبريل", "ابريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "اغسطس", "سبتمبر",
     "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
     "ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου", "αυγούστου",
     "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου"])
# 12-07-2025, 2025-07-12, 12.07.2025, 2025年7月12日, 2025년 7월 12일: dates in digits only.
NUMERIC_DATE: Final = re.compile(r"\b\d{1,4}[-./]\d{1,2}[-./]\d{1,4}\b|\d{4}[年년] ?\d{1,2}[月월] ?\d{1,2}[日일]")
# What every date of NUMERIC_DATE (and of DATE) has, found several times faster than the dates:
# digits around a separator ("12.07"), a digit before 年/년, a four-digit year ("March 9, 2025").
# A line without it cannot hold a date; a new kind of date must keep to it (tests/test_trigger_gates.py).
NUMERIC_DATE_SHAPE: Final = re.compile(r"\d[-./]\d|\d[年년]")
DATE_SHAPE: Final = re.compile(r"\d[-./]\d|\d{4}")
DATE_LINES: Final = (
    Trigger(NUMERIC_DATE, digit=True, max_words=25, gate=NUMERIC_DATE_SHAPE),
    Trigger(DATED, words=MONTH_WORDS, digit=True, max_words=25, gate=DATE_SHAPE),
)
TIME_LINE: Final = Trigger(TIME, digit=True, char=":", max_words=25)
# A date or a clock time: the lines bylines, post headers and related items' times are read from
# (`lines_matching_any` caches the union per page and tuple).
DATE_OR_TIME_LINES: Final = (*DATE_LINES, TIME_LINE)
