"""Invented vocabulary for generated article prose, per language: data, not logic.

Sentences are built as opener + subject + verb + object + adverbial. Objects include "trap"
phrases (cookies, copyright, comments, newsletters, sharing...) so that real prose about those
things shows up in articles and a filter that matches bare keywords is caught dropping it.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Lexicon:
    """Word lists of one language; ``spaced`` is False for scripts written without spaces."""

    code: str
    subjects: tuple[str, ...]
    verbs: tuple[str, ...]
    objects: tuple[str, ...]
    adverbials: tuple[str, ...]
    openers: tuple[str, ...]
    said: tuple[str, ...]   # "{quote}," said X -> reporting verbs with a {who} slot
    end: str = "."
    spaced: bool = True


EN = Lexicon(
    "en",
    subjects=("The city council", "Engineers at the harbour authority", "A group of local farmers",
              "The regional health board", "Residents of the eastern districts", "The ferry operator",
              "Officials from the ministry of transport", "The university's marine biologists",
              "Several small bakeries", "The orchestra's new director", "Volunteers from the river trust",
              "The national statistics office", "Teachers at the village school", "The copyright office",
              "A coalition of independent publishers", "Shareholders of the mining company"),
    verbs=("has approved", "is reviewing", "announced", "rejected", "quietly postponed", "will publish",
           "spent months preparing", "defended", "criticised", "has finally completed", "proposed",
           "reported a sharp rise in", "agreed to fund", "are still debating"),
    objects=("a plan to rebuild the old stone bridge", "the budget for the new children's hospital",
             "a long-delayed upgrade of the northern rail line", "new rules for fishing near the estuary",
             "a study of declining bee populations in the valley", "the reform of copyright law for schools",
             "a recipe contest for the best oatmeal cookies in the county",
             "thousands of comments submitted by residents during the consultation",
             "a weekly newsletter for parents of pupils with special needs",
             "the decision to share water data with neighbouring towns", "a related project on flood defences",
             "the terms of a privacy agreement with the regional hospital", "the trending price of timber",
             "a tax on short-term holiday rentals", "the restoration of a nineteenth-century lighthouse",
             "a pilot programme for electric buses"),
    adverbials=("after a heated public meeting on Tuesday", "despite strong objections from the opposition",
                "for the second time this year", "according to documents seen by reporters",
                "before the end of the summer", "in a vote that surprised many observers",
                "while the harvest season was still under way", "without consulting the neighbouring councils",
                "as costs continued to climb", "following a request from the regional court"),
    openers=("However,", "Meanwhile,", "In March,", "Earlier this week,", "By contrast,", "Last year,",
             "As a result,", "For now,", "Critics say that", "Supporters argue that"),
    said=("said {who}", "{who} told reporters", "according to {who}", "{who} wrote in a statement"),
)

DE = Lexicon(
    "de",
    subjects=("Der Stadtrat", "Die Ingenieure des Hafenamts", "Eine Gruppe von Landwirten",
              "Das Gesundheitsamt des Kreises", "Die Bewohner der östlichen Viertel", "Der Fährbetreiber",
              "Das Verkehrsministerium", "Die Meeresbiologen der Universität", "Mehrere kleine Bäckereien",
              "Die neue Intendantin des Orchesters", "Der Naturschutzverein"),
    verbs=("hat genehmigt", "prüft derzeit", "kündigte an", "lehnte ab", "verschob stillschweigend",
           "veröffentlichte", "verteidigte", "kritisierte scharf", "hat endlich abgeschlossen"),
    objects=("einen Plan zum Wiederaufbau der alten Steinbrücke", "den Haushalt für das neue Kinderkrankenhaus",
             "die lange verzögerte Modernisierung der nördlichen Bahnstrecke",
             "neue Regeln für das Fischen in der Flussmündung", "eine Studie über den Rückgang der Bienen im Tal",
             "die Reform des Urheberrechts für Schulen", "Tausende Kommentare aus der Bürgerbeteiligung",
             "einen wöchentlichen Newsletter für Eltern", "die Sanierung eines Leuchtturms aus dem Jahr 1870",
             "ein Pilotprojekt mit elektrischen Bussen"),
    adverbials=("nach einer hitzigen Sitzung am Dienstag", "trotz heftiger Einwände der Opposition",
                "zum zweiten Mal in diesem Jahr", "laut Unterlagen, die der Redaktion vorliegen",
                "noch vor dem Ende des Sommers", "in einer überraschenden Abstimmung"),
    openers=("Allerdings", "Unterdessen", "Im März", "Anfang der Woche", "Im vergangenen Jahr", "Bislang"),
    said=("sagte {who}", "erklärte {who}", "so {who}"),
)

FR = Lexicon(
    "fr",
    subjects=("Le conseil municipal", "Les ingénieurs du port", "Un groupe d'agriculteurs",
              "L'agence régionale de santé", "Les habitants des quartiers est", "La compagnie de ferries",
              "Le ministère des transports", "Les biologistes marins de l'université",
              "Plusieurs petites boulangeries", "La nouvelle directrice de l'orchestre"),
    verbs=("a approuvé", "examine actuellement", "a annoncé", "a rejeté", "a discrètement reporté",
           "a publié", "a défendu", "a vivement critiqué", "vient d'achever"),
    objects=("un projet de reconstruction du vieux pont de pierre", "le budget du nouvel hôpital pour enfants",
             "la modernisation très attendue de la ligne ferroviaire du nord",
             "de nouvelles règles pour la pêche dans l'estuaire", "une étude sur le déclin des abeilles",
             "la réforme du droit d'auteur pour les écoles", "des milliers de commentaires déposés par les habitants",
             "une lettre d'information hebdomadaire pour les parents", "la restauration d'un phare ancien"),
    adverbials=("après une réunion publique houleuse mardi", "malgré l'opposition de plusieurs élus",
                "pour la deuxième fois cette année", "selon des documents consultés par la rédaction",
                "avant la fin de l'été", "lors d'un vote qui a surpris les observateurs"),
    openers=("Cependant,", "Entre-temps,", "En mars,", "Plus tôt cette semaine,", "L'an dernier,", "Pour l'instant,"),
    said=("a déclaré {who}", "selon {who}", "a expliqué {who}"),
)

ES = Lexicon(
    "es",
    subjects=("El ayuntamiento", "Los ingenieros de la autoridad portuaria", "Un grupo de agricultores",
              "La consejería de salud", "Los vecinos de los barrios del este", "La naviera local",
              "El ministerio de transportes", "Los biólogos marinos de la universidad",
              "Varias panaderías pequeñas", "La nueva directora de la orquesta"),
    verbs=("ha aprobado", "está revisando", "anunció", "rechazó", "aplazó discretamente", "publicó",
           "defendió", "criticó con dureza", "ha terminado por fin"),
    objects=("un plan para reconstruir el viejo puente de piedra", "el presupuesto del nuevo hospital infantil",
             "la modernización de la línea de tren del norte", "nuevas normas para la pesca en el estuario",
             "un estudio sobre la desaparición de las abejas", "la reforma de los derechos de autor en las escuelas",
             "miles de comentarios enviados por los vecinos", "un boletín semanal para las familias",
             "la restauración de un faro del siglo diecinueve"),
    adverbials=("tras una tensa reunión pública el martes", "pese a las objeciones de la oposición",
                "por segunda vez este año", "según documentos a los que ha tenido acceso este diario",
                "antes de que termine el verano", "en una votación que sorprendió a muchos"),
    openers=("Sin embargo,", "Mientras tanto,", "En marzo,", "A principios de semana,", "El año pasado,"),
    said=("dijo {who}", "explicó {who}", "según {who}"),
)

IT = Lexicon(
    "it",
    subjects=("Il consiglio comunale", "Gli ingegneri dell'autorità portuale", "Un gruppo di agricoltori",
              "L'azienda sanitaria locale", "Gli abitanti dei quartieri orientali", "La compagnia di traghetti",
              "Il ministero dei trasporti", "Alcune piccole panetterie"),
    verbs=("ha approvato", "sta esaminando", "ha annunciato", "ha respinto", "ha rinviato", "ha pubblicato",
           "ha difeso", "ha criticato duramente"),
    objects=("un progetto per ricostruire il vecchio ponte di pietra", "il bilancio del nuovo ospedale pediatrico",
             "l'ammodernamento della linea ferroviaria settentrionale", "nuove regole per la pesca nella laguna",
             "uno studio sul declino delle api nella valle", "la riforma del diritto d'autore per le scuole",
             "migliaia di commenti inviati dai cittadini", "il restauro di un antico faro"),
    adverbials=("dopo un'accesa assemblea pubblica martedì", "nonostante le obiezioni dell'opposizione",
                "per la seconda volta quest'anno", "secondo documenti visionati dalla redazione",
                "prima della fine dell'estate"),
    openers=("Tuttavia,", "Nel frattempo,", "A marzo,", "L'anno scorso,", "Per ora,"),
    said=("ha detto {who}", "ha spiegato {who}", "secondo {who}"),
)

PT = Lexicon(
    "pt",
    subjects=("A câmara municipal", "Os engenheiros da autoridade portuária", "Um grupo de agricultores",
              "A secretaria de saúde", "Os moradores dos bairros do leste", "A empresa de balsas",
              "O ministério dos transportes", "Várias pequenas padarias"),
    verbs=("aprovou", "está analisando", "anunciou", "rejeitou", "adiou discretamente", "publicou",
           "defendeu", "criticou duramente"),
    objects=("um plano para reconstruir a velha ponte de pedra", "o orçamento do novo hospital infantil",
             "a modernização da linha ferroviária do norte", "novas regras para a pesca no estuário",
             "um estudo sobre o declínio das abelhas no vale", "a reforma dos direitos autorais nas escolas",
             "milhares de comentários enviados pelos moradores", "a restauração de um farol antigo"),
    adverbials=("depois de uma reunião pública tensa na terça-feira", "apesar das objeções da oposição",
                "pela segunda vez este ano", "segundo documentos obtidos pela reportagem",
                "antes do fim do verão"),
    openers=("No entanto,", "Enquanto isso,", "Em março,", "No ano passado,", "Por enquanto,"),
    said=("disse {who}", "afirmou {who}", "segundo {who}"),
)

NL = Lexicon(
    "nl",
    subjects=("De gemeenteraad", "Ingenieurs van het havenbedrijf", "Een groep boeren",
              "De regionale gezondheidsdienst", "Bewoners van de oostelijke wijken", "De veerdienst",
              "Het ministerie van Verkeer", "Enkele kleine bakkerijen"),
    verbs=("heeft goedgekeurd", "onderzoekt momenteel", "kondigde aan", "verwierp", "stelde uit",
           "publiceerde", "verdedigde", "bekritiseerde fel"),
    objects=("een plan om de oude stenen brug te herbouwen", "de begroting voor het nieuwe kinderziekenhuis",
             "de vertraagde modernisering van de noordelijke spoorlijn", "nieuwe regels voor de visserij",
             "een onderzoek naar de achteruitgang van bijen", "de hervorming van het auteursrecht voor scholen",
             "duizenden reacties van bewoners", "de restauratie van een oude vuurtoren"),
    adverbials=("na een verhitte openbare vergadering op dinsdag", "ondanks bezwaren van de oppositie",
                "voor de tweede keer dit jaar", "volgens documenten die de redactie heeft ingezien",
                "voor het einde van de zomer"),
    openers=("Intussen", "In maart", "Vorig jaar", "Voorlopig", "Eerder deze week"),
    said=("zei {who}", "aldus {who}", "verklaarde {who}"),
)

PL = Lexicon(
    "pl",
    subjects=("Rada miasta", "Inżynierowie zarządu portu", "Grupa rolników", "Wojewódzki sanepid",
              "Mieszkańcy wschodnich dzielnic", "Przewoźnik promowy", "Ministerstwo infrastruktury",
              "Kilka małych piekarni"),
    verbs=("zatwierdziła", "analizuje", "ogłosiła", "odrzuciła", "po cichu przełożyła", "opublikowała",
           "broniła", "ostro skrytykowała"),
    objects=("plan odbudowy starego kamiennego mostu", "budżet nowego szpitala dziecięcego",
             "opóźnioną modernizację północnej linii kolejowej", "nowe zasady połowów w ujściu rzeki",
             "badanie dotyczące zaniku pszczół w dolinie", "reformę prawa autorskiego dla szkół",
             "tysiące komentarzy złożonych przez mieszkańców", "renowację dawnej latarni morskiej"),
    adverbials=("po burzliwym zebraniu we wtorek", "mimo sprzeciwu opozycji", "po raz drugi w tym roku",
                "według dokumentów, do których dotarła redakcja", "przed końcem lata"),
    openers=("Jednak", "Tymczasem", "W marcu", "W zeszłym roku", "Na razie"),
    said=("powiedział {who}", "jak podkreślił {who}", "według {who}"),
)

RU = Lexicon(
    "ru",
    subjects=("Городской совет", "Инженеры портового управления", "Группа фермеров",
              "Региональный минздрав", "Жители восточных районов", "Паромная компания",
              "Министерство транспорта", "Несколько небольших пекарен"),
    verbs=("одобрил", "рассматривает", "объявил о том, что продолжит", "отклонил", "тихо отложил",
           "опубликовал", "защищал", "резко раскритиковал"),
    objects=("план восстановления старого каменного моста", "бюджет новой детской больницы",
             "модернизацию северной железнодорожной линии", "новые правила рыбной ловли в устье реки",
             "исследование сокращения числа пчёл в долине", "реформу авторского права для школ",
             "тысячи комментариев, присланных жителями", "реставрацию старинного маяка"),
    adverbials=("после бурного публичного собрания во вторник", "несмотря на возражения оппозиции",
                "уже второй раз в этом году", "как следует из документов, имеющихся в редакции",
                "до конца лета"),
    openers=("Однако", "Тем временем", "В марте", "В прошлом году", "Пока что"),
    said=("сказал {who}", "заявил {who}", "по словам {who}"),
)

AR = Lexicon(
    "ar",
    subjects=("المجلس البلدي", "مهندسو هيئة الميناء", "مجموعة من المزارعين", "مديرية الصحة الإقليمية",
              "سكان الأحياء الشرقية", "شركة العبارات", "وزارة النقل", "عدد من المخابز الصغيرة"),
    verbs=("وافق على", "يدرس حاليا", "أعلن عن", "رفض", "أرجأ بهدوء", "نشر", "دافع عن", "انتقد بشدة"),
    objects=("خطة لإعادة بناء الجسر الحجري القديم", "ميزانية مستشفى الأطفال الجديد",
             "تحديث خط السكك الحديدية الشمالي", "قواعد جديدة للصيد في مصب النهر",
             "دراسة حول تراجع أعداد النحل في الوادي", "إصلاح قانون حقوق النشر للمدارس",
             "آلاف التعليقات التي أرسلها السكان", "ترميم منارة قديمة"),
    adverbials=("بعد اجتماع عام صاخب يوم الثلاثاء", "رغم اعتراضات المعارضة", "للمرة الثانية هذا العام",
                "وفق وثائق اطلعت عليها الصحيفة", "قبل نهاية الصيف"),
    openers=("ومع ذلك", "وفي الأثناء", "وفي مارس", "وفي العام الماضي"),
    said=("قال {who}", "أوضح {who}", "بحسب {who}"),
)

ZH = Lexicon(
    "zh",
    subjects=("市议会", "港务局的工程师们", "一群当地农民", "地区卫生局", "东部城区的居民", "渡轮公司",
              "交通部", "大学的海洋生物学家", "几家小面包店"),
    verbs=("批准了", "正在审查", "宣布了", "否决了", "悄悄推迟了", "公布了", "为", "严厉批评了"),
    objects=("重建老石桥的计划", "新儿童医院的预算", "北部铁路线拖延已久的升级改造", "河口捕鱼的新规定",
             "关于山谷蜜蜂数量下降的研究", "面向学校的版权法改革", "居民在征求意见期间提交的数千条评论",
             "一座十九世纪灯塔的修复工程"),
    adverbials=("在周二一场激烈的公开会议之后", "尽管反对派强烈反对", "这已是今年第二次",
                "根据记者看到的文件", "在夏季结束之前"),
    openers=("不过，", "与此同时，", "今年三月，", "去年，", "目前，"),
    said=("{who}表示", "{who}对记者说", "据{who}介绍"),
    end="。",
    spaced=False,
)

JA = Lexicon(
    "ja",
    subjects=("市議会は", "港湾局の技術者たちは", "地元の農家のグループは", "地域の保健当局は",
              "東部地区の住民は", "フェリー会社は", "国土交通省は", "いくつかの小さなパン屋は"),
    verbs=("承認した", "検討している", "発表した", "却下した", "延期した", "公表した", "批判した"),
    objects=("古い石橋を再建する計画を", "新しい小児病院の予算を", "北部鉄道線の近代化を",
             "河口での漁業に関する新しい規則を", "谷のミツバチ減少に関する調査を",
             "学校向けの著作権法改正を", "住民から寄せられた数千件の意見を"),
    adverbials=("火曜日の白熱した公開会議の後に", "野党の強い反対にもかかわらず", "今年二度目となる形で",
                "記者が入手した文書によると", "夏の終わりまでに"),
    openers=("しかし、", "一方で、", "三月には、", "昨年、"),
    said=("{who}はこう述べた", "{who}によると"),
    end="。",
    spaced=False,
)

LEXICONS: dict[str, Lexicon] = {lx.code: lx for lx in (EN, DE, FR, ES, IT, PT, NL, PL, RU, AR, ZH, JA)}

# Names for quotes and bylines: invented people from many places.
FIRST_NAMES = ("Maren", "Tobias", "Aisha", "Lucien", "Ines", "Kofi", "Yuki", "Dmitri", "Saoirse", "Rahul",
               "Beatriz", "Henrik", "Leila", "Tomasz", "Chiara", "Oluwaseun", "Wen", "Farida", "Pieter", "Nadia")
LAST_NAMES = ("Okafor", "Lindqvist", "Haddad", "Moreau", "Castellano", "Brennan", "Nakamura", "Volkov",
              "Kowalczyk", "Van Dijk", "Esposito", "Mensah", "Zhou", "Rahimi", "Schreiber", "Pereira",
              "Quinlan", "Abara", "Fontaine", "Iverson")
CITIES = ("Port Ellery", "Brackwater", "Nordhaven", "Saint-Amour-sur-Loue", "Villa Serrana", "Castelmarino",
          "Porto Alvo", "Zeewolde-Oost", "Kamienna Góra Dolna", "Ozyorsk-on-Vyatka", "Dar Al Nakheel", "Qinghe")
SITES = (("The Marsh Ledger", "marshledger.co.uk"), ("Kestrel Wire", "kestrelwire.com"),
         ("Harbourline Gazette", "harbourline-gazette.org"), ("Nordwind Kurier", "nordwind-kurier.de"),
         ("Le Veilleur du Rhône", "veilleur-rhone.fr"), ("Diario del Valle Alto", "diariovallealto.es"),
         ("Tribuna Lagunare", "tribunalagunare.it"), ("Folha do Planalto Sul", "folhaplanaltosul.com.br"),
         ("Het Polderblad", "polderblad.nl"), ("Kurier Nadwiślański", "kuriernadwislanski.pl"),
         ("Вечерний Причал", "prichal-news.ru"), ("东湖晨报", "donghu-morning.cn"), ("ساحل اليوم", "sahel-today.net"),
         ("Daily Cobalt", "dailycobalt.in"), ("Pinegrove Courier", "pinegrovecourier.com"))
