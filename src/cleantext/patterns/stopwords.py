"""Short function-word lists per language: prose is dense in them, menus and titles are not.

jusText (Pomikálek 2011) uses stopword density to tell prose from boilerplate; these short lists
cover the most frequent words of each language, which is all the density needs.
"""
from __future__ import annotations

from collections import Counter
from typing import Final

from ..casing import str_lower

STOPWORDS: Final = {
    "en": "a an the and or but of to in on at for with from by as is are was were be been has have had it its "
          "this that these those he she they we you i his her their our not no so if than then there which who "
          "what when where will would can could should may might do does did about into over after before",
    "de": "der die das den dem des ein eine einen einem einer und oder aber nicht ist sind war waren wird werden "
          "hat haben mit von zu zum zur auf für an im in aus bei nach über auch sich es er sie wir ich als wie "
          "dass noch nur so schon wenn",
    "fr": "le la les un une des du de et ou mais est sont était été a ont avec pour par sur dans en au aux ce "
          "cette ces il elle ils nous vous je qui que ne pas plus se sa son ses leur comme",
    "es": "el la los las un una unos unas y o pero de del en con por para es son era fue ha han se su sus que "
          "no al lo como más este esta estos pero le les ya",
    "it": "il lo la i gli le un una uno e o ma di del della dei delle in con per su da è sono era ha hanno che "
          "non si come anche più al alla nel nella questo questa",
    "pt": "o a os as um uma uns umas e ou mas de do da dos das em no na nos nas com por para é são foi tem que "
          "não se como mais ao à seu sua",
    "nl": "de het een en of maar van in op met voor aan door is zijn was waren heeft hebben dat die niet ook "
          "als bij naar om te er zich wordt",
    "pl": "i w na z do się nie to że jest są był była od po za o jak ale dla przez co przy tak oraz czy już",
    "ru": "и в во не на с со что как а но по к у из за от для о об это был была были есть он она они мы "
          "вы я его ее их же бы ли то так",
    "sv": "och i att det som en på är av för med till den har de inte om ett var också kan ska sig efter vid "
          "från när hade nu så eller",
    "tr": "ve bir bu da de için ile olarak çok daha gibi olan en ancak kadar sonra göre ise değil var yok her",
    "cs": "a v se na je že s z do to o k ve by jako pro ale jsou byl byla bylo také už podle po při jeho její "
          "které který která",
    "uk": "і й та в у на з із що як а але по до за від для про це був була були є він вона вони ми ви я його "
          "її їх же б чи то так не також які який яка після",
    "id": "dan di ke dari ini itu dengan untuk pada adalah dalam tidak akan juga atau oleh karena sudah "
          "telah bisa ada sebagai mereka kami kita saat setelah",
    "vi": "và của là có các những được cho trong với một không đã này người để đến khi từ cũng theo về như tại "
          "sẽ nhưng đó ông bà họ",
    "da": "og i at det som en på er af for med til den har de ikke om et var også kan",
    "no": "og i at det som en på er av for med til den har de ikke om et var også kan",
    "fi": "ja on ei se että oli hän mutta kun niin myös tai ovat olla joka jos kuin sen tämä",
    "hu": "a az és hogy nem is egy meg de van volt már csak mint ez azt el ki fel pedig vagy",
    "ro": "și în de la cu pe pentru care este un o mai din ca să nu se au fost sau dar",
    "el": "και το η ο να του της με σε για από που τα οι τον την στο στην είναι θα δεν",
    "he": "של את על עם זה לא כי הוא היא גם או אבל אם כל יש היה",
    "ar": "في من على إلى عن أن هذا هذه التي الذي مع كان قد لا ما هو هي بين كل بعد عند ذلك أو ثم حتى كما",
    "fa": "و در به از که این را با است برای آن یک تا بر شد کرد هم نیز اما یا او",
    "hi": "का की के है में और से को पर यह था थे हैं एक लिए भी नहीं तो ही या कि जो कर इस",
    "bn": "এবং ও এই এটি যে না করে হয় থেকে জন্য সঙ্গে তার এক কিন্তু আর তিনি হয়েছে করা তা বলে তবে তাঁর এ তাদের",
}
# One set for every language: a word that is also an English noun or a common name is left out of
# its list ("men", Swedish "but"; "yang", Indonesian "which", also a Chinese name; Turkish "ama").
STOPWORD_SET: Final = frozenset(w for words in STOPWORDS.values() for w in words.split())

# Each function word and the languages whose list holds it.
def _languages_of() -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    for lang, words in STOPWORDS.items():
        for word in words.split():
            found[word] = (*found.get(word, ()), lang)
    return found


LANGUAGES_OF: Final = _languages_of()
# A guess needs this many function words of the leading language, and this lead over the next
# (lists share words: "in" is English, German, Dutch and Italian).
MIN_FUNCTION_WORDS: Final = 8
MIN_LEAD: Final = 1.25
SAMPLE_CHARS: Final = 3000


def function_word_language(text: str) -> str | None:
    """The language (a key of STOPWORDS) whose function words ``text`` uses most, from its first
    3,000 characters; None when too few are found or no language clearly leads. A rough guess for
    page-level conventions (how dates are written), not the opt-in language identification.

    >>> function_word_language("Der Rat hat am Montag über die Pläne für das neue Bad in der Stadt beraten und sie gebilligt.")
    'de'
    """
    hits: Counter[str] = Counter()
    for word in str_lower(text[:SAMPLE_CHARS]).split():
        hits.update(LANGUAGES_OF.get(word, ()))
    if not hits:
        return None
    ranked = hits.most_common(2)
    lang, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    return lang if top >= MIN_FUNCTION_WORDS and top >= MIN_LEAD * second else None
