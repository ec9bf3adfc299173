"""Month names per language, with their numbers: the data `cleantext.dates` reads dates with."""
from __future__ import annotations

from typing import Final

# Each language's months in order, January first; a slot may list several spellings
# (full name, genitive, abbreviation). Names shared by languages (April, Juni) must agree, and do.
MONTHS: Final[dict[str, list[str]]] = {
    "en": ["january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
           "august aug", "september sep sept", "october oct", "november nov", "december dec"],
    "de": ["januar jänner jan", "februar feb", "märz mrz", "april apr", "mai", "juni jun", "juli jul",
           "august aug", "september sep sept", "oktober okt", "november nov", "dezember dez"],
    "fr": ["janvier janv", "février fevrier févr fevr", "mars", "avril avr", "mai", "juin",
           "juillet juil", "août aout", "septembre sept", "octobre oct", "novembre nov", "décembre decembre déc"],
    "es": ["enero ene", "febrero feb", "marzo mar", "abril abr", "mayo may", "junio jun", "julio jul",
           "agosto ago", "septiembre setiembre sep sept", "octubre oct", "noviembre nov", "diciembre dic"],
    "it": ["gennaio gen", "febbraio feb", "marzo mar", "aprile apr", "maggio mag", "giugno giu",
           "luglio lug", "agosto ago", "settembre set", "ottobre ott", "novembre nov", "dicembre dic"],
    "pt": ["janeiro jan", "fevereiro fev", "março marco mar", "abril abr", "maio mai", "junho jun",
           "julho jul", "agosto ago", "setembro set", "outubro out", "novembro nov", "dezembro dez"],
    "nl": ["januari jan", "februari feb", "maart mrt", "april apr", "mei", "juni jun", "juli jul",
           "augustus aug", "september sep sept", "oktober okt", "november nov", "december dec"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
           "oktober", "november", "december"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
           "oktober", "november", "december"],
    "pl": ["stycznia styczeń", "lutego luty", "marca marzec", "kwietnia kwiecień", "maja maj",
           "czerwca czerwiec", "lipca lipiec", "sierpnia sierpień", "września wrzesień",
           "października październik", "listopada listopad", "grudnia grudzień"],
    "ru": ["января январь янв", "февраля февраль фев", "марта март мар", "апреля апрель апр", "мая май",
           "июня июнь июн", "июля июль июл", "августа август авг", "сентября сентябрь сен",
           "октября октябрь окт", "ноября ноябрь ноя", "декабря декабрь дек"],
    "tr": ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim",
           "kasım", "aralık"],
    "id": ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
           "oktober", "november", "desember"],
    "cs": ["ledna leden", "února únor", "března březen", "dubna duben", "května květen", "června červen",
           "července červenec", "srpna srpen", "září", "října říjen", "listopadu listopad", "prosince prosinec"],
    "uk": ["січня січень", "лютого лютий", "березня березень", "квітня квітень", "травня травень",
           "червня червень", "липня липень", "серпня серпень", "вересня вересень", "жовтня жовтень",
           "листопада листопад", "грудня грудень"],
    # Arabic: the Egyptian and Gulf names, then the Levantine ones of one word (كانون and تشرين
    # name two months each with a second word, and are left out).
    "ar": ["يناير", "فبراير شباط", "مارس آذار", "أبريل ابريل إبريل نيسان", "مايو أيار", "يونيو حزيران",
           "يوليو تموز", "أغسطس اغسطس آب", "سبتمبر أيلول", "أكتوبر اكتوبر", "نوفمبر", "ديسمبر"],
    "el": ["ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου", "αυγούστου",
           "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου"],
}


def _month_numbers() -> dict[str, int]:
    numbers: dict[str, int] = {}
    for language, months in MONTHS.items():
        for number, spellings in enumerate(months, start=1):
            for name in spellings.split():
                if numbers.setdefault(name, number) != number:
                    raise ValueError(f"month name {name!r} ({language}) has two numbers")
    return numbers


# "march" -> 3, "märz" -> 3, "июля" -> 7 (casefolded names)
MONTH_NUMBER: Final[dict[str, int]] = _month_numbers()
