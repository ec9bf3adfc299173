"""A second, held-out set of invented texts for decoding: other topics and more languages than
`legacy_texts` (which the charset guess was tuned on), and the ways bytes get damaged in the wild.

All text here is made up for these tests (nothing is copied from the corpus or from pages). Each
language has one short paragraph about everyday local news; `cases()` cuts it to several lengths
and encodes it in each legacy charset the language was written in, with no declaration, and
`damaged_cases()` builds the broken inputs: a page whose <meta> names the wrong charset, a UTF-8
page with one paragraph pasted in a legacy charset, UTF-8 read as windows-1252 or latin-1 and saved
again as UTF-8 (once or twice). `benchmarks/decoding_accuracy.py` measures both.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import cleantext.decoding  # noqa: F401  (registers the cleantext-latin1 error handler)

# language -> one paragraph of invented local news (several sentences).
TEXTS: dict[str, str] = {
    "en": ("The village bakery on Mill Lane won the county prize for its sourdough this week. Its owner, "
           "Rosa Whitfield, said the secret was “patience, not flour” and promised free loaves on Sunday."),
    "fr": ("La médiathèque du quartier prolonge ses horaires d'ouverture jusqu'à vingt heures dès le mois "
           "prochain. Les lycéens réclamaient depuis longtemps un endroit calme où réviser après les cours, "
           "et la mairie a débloqué un budget de 45 000 € pour embaucher deux bibliothécaires."),
    "de": ("Der Sportverein feiert am Wochenende sein hundertjähriges Bestehen mit einem großen Fest auf dem "
           "Rasenplatz. Für die Kinder gibt es Torwandschießen, für die Älteren ein Konzert der Blaskapelle, "
           "und die Bürgermeisterin überreicht den Gründerfamilien eine Urkunde."),
    "es": ("El mercado de abastos del barrio estrenará en otoño un pequeño huerto urbano en la azotea. Los "
           "vecinos podrán alquilar una parcela por doce euros al mes, y la asociación ofrecerá talleres "
           "gratuitos de compostaje los sábados por la mañana."),
    "it": ("Il comune ha annunciato che la piscina all'aperto resterà chiusa fino a giugno per lavori di "
           "manutenzione. Le famiglie potranno però usare gratuitamente la palestra della scuola, dove si "
           "terranno corsi di ginnastica e di ballo più volte alla settimana."),
    "pt": ("A biblioteca municipal vai emprestar bicicletas aos leitores a partir de março. Cada pessoa poderá "
           "levar uma bicicleta durante três dias, e a câmara espera que a iniciativa atraia mais jovens às "
           "salas de leitura, que estão quase vazias no verão."),
    "ca": ("L'ajuntament obrirà la nova escola bressol al setembre, després de dos anys d'obres. Les famílies "
           "del barri ja poden fer la preinscripció a l'oficina d'atenció ciutadana, i la regidora ha dit "
           "que hi haurà places per a cent vint infants."),
    "nl": ("De gemeente plant dit najaar tweehonderd nieuwe bomen langs de kade. Bewoners mogen meebeslissen "
           "over de soorten, en de wethouder belooft dat de oude kastanjes bij de brug blijven staan, ook al "
           "zijn ze ziek."),
    "da": ("Byens gamle biograf åbner igen efter at have været lukket i næsten ti år. Frivillige har malet "
           "salen og repareret sæderne, og den første forestilling på fredag er allerede udsolgt, fortæller "
           "formanden for foreningen."),
    "sv": ("Kommunen bygger en ny badplats vid sjön, med brygga, bastu och omklädningsrum. Arbetet börjar i "
           "april och ska vara klart till midsommar, säger kommunalrådet, som själv växte upp några hundra "
           "meter från stranden."),
    "no": ("Biblioteket på torget får en egen avdeling for spill og tegneserier til høsten. Bibliotekaren "
           "håper at flere ungdommer vil komme innom etter skolen, og at de eldre også vil prøve brettspillene "
           "på lørdager."),
    "fi": ("Kaupunki avaa kirjaston yhteyteen uuden työpajan, jossa asukkaat voivat korjata vaatteita ja "
           "pyöriä. Työpaja on auki tiistaisin ja torstaisin, ja sen vetäjänä toimii eläkkeellä oleva "
           "räätäli, joka on asunut kylässä koko ikänsä."),
    "is": ("Sundlaugin í bænum verður opnuð aftur eftir viðgerðir á laugardaginn. Bæjarstjórinn segir að "
           "nýja rennibrautin sé sú lengsta á landinu og að börn undir tíu ára aldri fái frítt í sumar."),
    "et": ("Vallavalitsus otsustas rajada jõe äärde uue matkaraja koos lõkkeplatsi ja vaatetorniga. Tööd "
           "algavad sügisel, ning kohalikud õpilased aitavad märgistada puid ja panna üles teeviitu."),
    "pl": ("Miejska biblioteka otworzy w przyszłym tygodniu czytelnię dla dzieci na parterze. Każdy maluch "
           "dostanie własną kartę, a w soboty bibliotekarki będą czytać bajki na głos. Remont sali "
           "sfinansowano ze zbiórki, którą zorganizowali rodzice."),
    "cs": ("Obec otevře v létě nové koupaliště s dětským bazénem a hřištěm na plážový volejbal. Starosta "
           "řekl, že vstupné zůstane stejné jako loni a že místní důchodci budou mít slevu. Stavba trvala "
           "dva roky a stála přes třicet milionů korun."),
    "sk": ("Mestské divadlo uvedie v piatok novú hru miestneho autora o živote v baníckej osade. Riaditeľka "
           "divadla povedala, že lístky sa predávali rýchlo, a preto pridali ďalšie predstavenie v nedeľu "
           "popoludní."),
    "hu": ("A település új játszóteret avat szombaton a templom melletti parkban. A polgármester elmondta, "
           "hogy a hintákat és a mászókát helyi asztalosok készítették, a költségek felét pedig egy "
           "pályázatból fedezték."),
    "ro": ("Primăria a anunțat că podul peste râu va fi închis două săptămâni pentru reparații. Șoferii vor "
           "folosi un drum ocolitor prin satul vecin, iar autobuzele școlare vor pleca mai devreme în "
           "fiecare dimineață."),
    "hr": ("Gradsko vijeće odlučilo je urediti šetnicu uz more i postaviti nove klupe. Radovi će početi "
           "nakon turističke sezone, a gradonačelnik kaže da će se čuvati stari borovi uz obalu i da "
           "ribari neće ostati bez veza."),
    "sl": ("Občina bo jeseni obnovila staro šolo in v njej uredila dom za starejše. Župan je dejal, da bodo "
           "ohranili lesena okna in stopnišče, delavci pa bodo začeli že čez mesec dni."),
    "tr": ("Belediye, sahil boyunca yeni bir bisiklet yolu yapılacağını açıkladı. Çalışmalar ağustosta "
           "başlayacak ve yaz sonuna kadar bitecek. Başkan, ağaçların kesilmeyeceğini ve yolun gece de "
           "aydınlatılacağını söyledi."),
    "lt": ("Savivaldybė nusprendė sutvarkyti parką prie ežero ir pastatyti naują vaikų žaidimų aikštelę. "
           "Darbai prasidės rugsėjį, o gyventojai galės pasiūlyti, kokius medžius pasodinti šalia takų."),
    "lv": ("Novada dome nolēma atjaunot veco skolas ēku un ierīkot tajā bibliotēku. Būvdarbi sāksies "
           "rudenī, un iedzīvotāji varēs apmeklēt jauno lasītavu jau nākamajā vasarā, sacīja domes "
           "priekšsēdētājs."),
    "ru": ("В субботу в городском парке откроется ярмарка местных мастеров. Гончары, кузнецы и вышивальщицы "
           "покажут свои работы, а для детей проведут бесплатные занятия по лепке из глины."),
    "uk": ("Громада вирішила відремонтувати стару бібліотеку і відкрити в ній простір для підлітків. Роботи "
           "почнуться восени, а меблі для читальної зали виготовлять учні місцевого ліцею."),
    "bg": ("Читалището в селото ще отвори врати след двегодишен ремонт. Местните жители подготвят концерт с "
           "народни песни, а децата ще покажат рисунки за историята на селото."),
    "be": ("У мястэчку адкрылася новая бібліятэка з дзіцячай залай і невялікай кавярняй. Бібліятэкарка "
           "сказала, што ўжо запісалася больш за сто чытачоў."),
    "mk": ("Општината ќе го реновира стариот пазар во центарот на градот. Трговците ќе продаваат на "
           "привремени тезги покрај реката, а работите треба да завршат до зимата."),
    "sr": ("Општина ће ове јесени обновити стари млин поред реке и претворити га у музеј. Мештани се надају "
           "да ће ђаци из околних села долазити на часове историје у њему."),
    "el": ("Ο δήμος θα ανοίξει το καλοκαίρι μια νέα παιδική βιβλιοθήκη δίπλα στην πλατεία. Οι εθελοντές "
           "μαζεύουν ήδη βιβλία από τους κατοίκους, και ο δήμαρχος υποσχέθηκε ότι η είσοδος θα είναι δωρεάν."),
    "he": ("העירייה תפתח בקיץ גינה קהילתית חדשה ליד בית הספר. התושבים יוכלו לגדל ירקות ופרחים, והילדים "
           "ילמדו לטפל בעצים בשיעורי הטבע."),
    "ar": ("افتتحت البلدية مكتبة جديدة للأطفال قرب الحديقة العامة. وتضم المكتبة قاعة للقراءة وركناً للرسم، "
           "وستنظم ورشاً مجانية للكتابة خلال العطلة الصيفية."),
    "fa": ("شهرداری اعلام کرد که پارک کنار رودخانه تا پایان تابستان بازسازی می‌شود. ساکنان محله امیدوارند "
           "که نیمکت‌های تازه و چراغ‌های بیشتری در مسیر پیاده‌روی نصب شود."),
    "vi": ("Thành phố sẽ mở một thư viện mới cho thiếu nhi ở gần chợ vào tháng sau. Người dân trong khu phố "
           "đã góp sách và tranh vẽ, còn các thầy cô giáo sẽ tổ chức giờ đọc truyện mỗi cuối tuần."),
    "zh": "市图书馆下个月将开设一个新的儿童阅览室，里面有绘本、拼图和一台老式钢琴。馆长说，周末还会请退休教师给孩子们讲故事，欢迎家长一起参加。",
    "zh_tw": "鎮公所宣布，河邊的老碼頭將改建成一座小型公園，預計明年夏天完工。居民可以在那裡散步、釣魚，週末還會有手作市集。",
    "ja": "駅前の古い映画館が来月、地元の有志によって再開されることになりました。館内は座席が新しくなり、週末には子ども向けの上映会も開かれる予定です。",
    "ko": "시청은 다음 달부터 공원 안에 작은 도서관을 운영한다고 밝혔다. 주민들은 책을 기증했고, 주말에는 아이들을 위한 그림책 읽기 모임이 열린다.",
    "th": "เทศบาลจะเปิดห้องสมุดแห่งใหม่สำหรับเด็กใกล้ตลาดในเดือนหน้า ชาวบ้านช่วยกันบริจาคหนังสือ และครูจะมาอ่านนิทานให้เด็กฟังทุกวันเสาร์",
}

# Every legacy charset each language was written in (Python's names).
CHARSETS: dict[str, tuple[str, ...]] = {
    "cp1252": ("en", "fr", "de", "es", "it", "pt", "ca", "nl", "da", "sv", "no", "fi", "is", "et"),
    "latin-1": ("fr", "de", "es", "it", "pt", "ca", "nl", "da", "sv", "no", "is"),
    "iso8859-15": ("fr", "de", "es", "it", "pt", "ca", "nl", "da", "sv", "no", "fi", "et"),
    "cp1250": ("pl", "cs", "sk", "hu", "ro", "hr", "sl"),
    "iso8859-2": ("pl", "cs", "sk", "hu", "ro", "hr", "sl"),
    "cp1254": ("tr",),
    "iso8859-9": ("tr",),
    "cp1257": ("lt", "lv", "et"),
    "iso8859-13": ("lt", "lv", "et"),
    "cp1251": ("ru", "uk", "bg", "be", "mk", "sr"),
    "koi8-r": ("ru", "bg"),
    "koi8-u": ("uk",),
    "iso8859-5": ("ru", "bg", "mk", "sr"),
    "cp866": ("ru",),
    "mac-cyrillic": ("ru", "uk", "bg"),
    "cp1253": ("el",),
    "iso8859-7": ("el",),
    "cp1255": ("he",),
    "iso8859-8": ("he",),
    "cp1256": ("ar", "fa"),
    "iso8859-6": ("ar",),
    "cp1258": ("vi",),
    "cp874": ("th",),
    "gbk": ("zh",),
    "gb18030": ("zh",),
    "big5": ("zh_tw",),
    "shift_jis": ("ja",),
    "euc_jp": ("ja",),
    "euc_kr": ("ko",),
}

# Lengths: words for alphabetic scripts, characters for Chinese, Japanese and Thai (no spaces).
WORD_LENGTHS = (2, 4, 8, 16, 32)
CHAR_LENGTHS = (4, 8, 16, 32, 64)
UNSPACED = ("zh", "zh_tw", "ja", "th")


def encode(text: str, codec: str) -> bytes:
    """``text`` in ``codec``; windows-1258 writes Vietnamese tones as combining marks after a
    letter it has ("ệ" is "ê" + U+0323), so letters it lacks are decomposed that far."""
    if codec != "cp1258":
        return text.encode(codec)
    out = []
    for ch in text:
        try:
            out.append(ch.encode(codec))
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", ch)
            # Put back the mark whose letter exists in cp1258 (â ê ô ă ơ ư): "ệ" is "ê" + U+0323.
            for i, mark in enumerate(marks):
                composed = unicodedata.normalize("NFC", base + mark)
                if len(composed) == 1 and composed.encode(codec, "ignore"):
                    base, marks = composed, marks[:i] + marks[i + 1:]
                    break
            out.append((base + "".join(marks)).encode(codec))
    return b"".join(out)


def same_text(decoded: str, text: str) -> bool:
    """Whether ``decoded`` is ``text``; Vietnamese legacy bytes decode to decomposed tones, which
    cleantext's normalize_whitespace composes (NFC), so both are compared composed."""
    return decoded == text or unicodedata.normalize("NFC", decoded) == unicodedata.normalize("NFC", text)


def cut(lang: str, n: int) -> str:
    """The first ``n`` words (or characters, for unspaced scripts) of the language's text."""
    text = TEXTS[lang]
    if lang in UNSPACED:
        return text[:n]
    return " ".join(text.split()[:n])


@dataclass(frozen=True)
class Case:
    lang: str
    codec: str
    length: str  # "2 words", "16 chars", "all", "page"
    text: str
    data: bytes

    def __repr__(self) -> str:
        return f"Case({self.lang}/{self.codec}/{self.length})"


def encodable(lang: str, codec: str) -> bool:
    try:
        encode(TEXTS[lang], codec)
    except UnicodeEncodeError:
        return False
    return True


def cases() -> Iterator[Case]:
    """Each language in each charset it was written in: cut to each length, whole, and as an
    HTML page without a declaration."""
    for codec, langs in CHARSETS.items():
        for lang in langs:
            if not encodable(lang, codec):
                continue
            lengths = CHAR_LENGTHS if lang in UNSPACED else WORD_LENGTHS
            unit = "chars" if lang in UNSPACED else "words"
            for n in lengths:
                text = cut(lang, n)
                if not text.isascii():
                    yield Case(lang, codec, f"{n} {unit}", text, encode(text, codec))
            text = TEXTS[lang]
            yield Case(lang, codec, "all", text, encode(text, codec))
            page = f"<html><head><title>News</title></head><body><h1>News</h1><p>{text}</p></body></html>"
            yield Case(lang, codec, "page", page, encode(page, codec))


# -- damaged inputs ----------------------------------------------------------------------------

# A UTF-8 page's own lines around a pasted paragraph: ASCII menus and a non-ASCII footer line.
UTF8_HEADER = "Home | Local | Sport | Culture\nCafé Lumière – what’s on this week"
UTF8_FOOTER = "© 2024 Gazette · all rights reserved"


def mojibake(text: str, codec: str, times: int = 1) -> str:
    """UTF-8 bytes of ``text`` read as ``codec`` (windows-1252 or latin-1), ``times`` over: what a
    page shows after one or two wrong conversions. The five bytes windows-1252 leaves undefined
    become the C1 controls of the same number, as browsers (WHATWG) read them."""
    for _ in range(times):
        text = text.encode("utf-8").decode(codec, errors="cleantext-latin1")
    return text


def damaged_cases() -> Iterator[tuple[str, Case]]:
    """(kind of damage, case) for each language a damage applies to; the case's text is what a
    reader of the page should get back."""
    for codec, langs in CHARSETS.items():
        for lang in langs:
            if not encodable(lang, codec) or codec in ("cp1258",):
                continue
            text = TEXTS[lang]
            # <meta> names windows-1252 (the most common template default) but the bytes are in
            # the language's own charset; for Western languages, the page says UTF-8 instead.
            wrong = "utf-8" if codec in ("cp1252", "latin-1", "iso8859-15") else "windows-1252"
            page = f'<html><head><meta charset="{wrong}"><title>News</title></head><body><p>{text}</p></body></html>'
            yield "wrong <meta>", Case(lang, codec, wrong, page, encode(page, codec))
            # A UTF-8 page with this one paragraph pasted in its legacy bytes.
            body = f"{UTF8_HEADER}\n\n{text}\n\n{UTF8_FOOTER}"
            data = b"\n\n".join([UTF8_HEADER.encode(), encode(text, codec), UTF8_FOOTER.encode()])
            yield "mixed UTF-8 + legacy", Case(lang, codec, "page", body, data)
    for lang, text in TEXTS.items():
        for codec, times, kind in (("cp1252", 1, "UTF-8 read as cp1252"), ("latin-1", 1, "UTF-8 read as latin-1"),
                                   ("cp1252", 2, "UTF-8 read as cp1252 twice")):
            bad = mojibake(text, codec, times)
            yield kind, Case(lang, "utf-8", "all", text, bad.encode("utf-8"))
