"""Invented article pages for the per-filter tests: a headline and three paragraphs per language,
with the lines under test placed above, inside or below the article, and lookups into the trace.

All text here is made up for the tests (no corpus or example page is copied).
"""
from __future__ import annotations

from cleantext import Document, Pipeline, extract
from cleantext.document import Verdict

HEADLINES = {
    "en": "Caldwick switches on a tidal energy plant",
    "de": "Kleinstadt Ellernau baut ein Wärmenetz aus Abwasser",
    "fr": "Saint-Bréval rouvre sa gare après dix ans",
    "es": "Valdeoria recupera su antiguo molino de agua",
    "it": "Il borgo di Castelverde inaugura una biblioteca sugli alberi",
    "pt": "Porto Alvor ganha escola de vela gratuita",
    "nl": "Dorp Wieringerhoek krijgt een drijvend zonnepark",
    "pl": "Miasteczko Brzozów Górny otwiera pierwsze kino od trzydziestu lat",
    "ru": "В городе Северозёрск открыли музей речного флота",
    "zh": "青河镇建成首座社区太阳能电站",
    "ar": "بلدة وادي النخيل تفتتح أول مكتبة عامة متنقلة",
    "ja": "港町の白浜台に初の潮力発電所が完成",
    "ko": "바닷가 마을 솔내리에 첫 조력 발전소 문 열어",
    "tr": "Kıyı kasabası Yeşilköprü ilk gelgit santralini açtı",
    "sv": "Kustorten Björkvik öppnar sitt första tidvattenkraftverk",
    "cs": "Městys Lipová Lhota otevřel první obecní knihovnu v bývalém nádraží",
    "uk": "У містечку Вербівка відкрили перший громадський музей річкового флоту",
    "id": "Desa Karang Sari resmikan perpustakaan terapung pertama",
    "vi": "Làng chài Vĩnh Hòa khánh thành trạm điện mặt trời cộng đồng đầu tiên",
}

PARAGRAPHS = {
    "en": (
        ("The small harbour town of Caldwick switched on its first tidal energy plant on Monday, ending a decade "
        "of planning, public meetings and two failed funding rounds. The plant sits under the old ferry pier and "
        "is expected to cover about a third of the town's electricity needs in an average year."),
        ("Engineers from the regional water board spent most of the winter anchoring four turbines to the sea bed, "
        "working only in the short windows between tides. Mayor Orla Penhallow said the hardest part had not been "
        "the engineering but convincing the fishing cooperative that the turbines would not harm the lobster grounds."),
        ("The cooperative has since agreed to share its catch records with a university team that will watch the "
        "harbour for the next five years. If the plant performs as promised, the council wants to add two more "
        "turbines and sell the surplus power to the neighbouring villages along the coast."),
    ),
    "de": (
        ("Die Kleinstadt Ellernau will ab dem kommenden Winter einen Teil ihrer Häuser mit der Wärme aus dem "
        "eigenen Abwasser heizen. Eine große Wärmepumpe am Klärwerk soll das Wasser nutzen, das dort das ganze "
        "Jahr über mit etwa fünfzehn Grad ankommt, und es in ein neues Netz unter der Hauptstraße einspeisen."),
        ("Bürgermeisterin Katrin Voßberg sagte bei der Vorstellung der Pläne, die Stadt habe lange nach einer Lösung "
        "gesucht, die ohne neue Gasleitungen auskommt. Die Stadtwerke rechnen damit, dass zunächst die Schule, das "
        "Hallenbad und rund zweihundert Wohnungen an das Netz angeschlossen werden können."),
        ("Kritik kommt vor allem von Anwohnern der Hauptstraße, die monatelange Bauarbeiten vor ihren Türen "
        "befürchten. Die Stadtwerke haben deshalb zugesagt, die Straße in drei Abschnitten zu öffnen und die "
        "Arbeiten in den Sommerferien zu bündeln, wenn weniger Verkehr durch den Ort fährt."),
    ),
    "fr": (
        ("La petite commune de Saint-Bréval a vu passer son premier train depuis dix ans ce lundi matin, sous les "
        "applaudissements d'une centaine d'habitants réunis sur le quai. La ligne avait été fermée faute de "
        "voyageurs, mais la région a décidé de la rouvrir à titre d'essai pour une durée de trois ans."),
        ("Le maire, Gilles Manderieux, a rappelé que la fermeture de la gare avait obligé de nombreux lycéens à "
        "passer plus de deux heures par jour dans les cars scolaires. Selon lui, le retour du train doit aussi "
        "permettre aux jeunes ménages de s'installer dans le village sans dépendre de deux voitures."),
        ("La région financera quatre allers-retours par jour en semaine et deux le samedi. Si la fréquentation "
        "dépasse les objectifs fixés pour la première année, de nouveaux horaires pourraient être ajoutés dès "
        "la rentrée suivante, a précisé la vice-présidente chargée des transports."),
    ),
    "es": (
        ("El pueblo de Valdeoria ha vuelto a poner en marcha su antiguo molino de agua, cerrado desde los años "
        "setenta, gracias al trabajo de un grupo de vecinos jubilados. Durante dos años han restaurado la rueda, "
        "las piedras y el canal que trae el agua desde el río hasta la sala de molienda."),
        ("La alcaldesa, Remedios Salcedo, explicó que el ayuntamiento solo aportó los materiales y que todo lo "
        "demás fue obra de los voluntarios. El molino abrirá los fines de semana para visitas guiadas y venderá "
        "harina de trigo y de centeno cultivados en los campos de la comarca."),
        ("Los vecinos esperan que el molino atraiga a visitantes que hoy pasan de largo por la carretera. La "
        "asociación cultural ya prepara un taller de pan para los colegios de la zona y una pequeña exposición "
        "sobre la historia de los molinos que funcionaron a orillas del río."),
    ),
    "it": (
        ("Il piccolo borgo di Castelverde ha inaugurato sabato una biblioteca costruita tra i rami di tre vecchi "
        "castagni, raggiungibile con una scala di legno e un ponte sospeso. L'idea è nata da un gruppo di genitori "
        "che cercava un luogo dove i bambini potessero leggere all'aperto durante l'estate."),
        ("Il sindaco, Amedeo Sartorelli, ha spiegato che il progetto è stato finanziato con una raccolta fondi tra "
        "gli abitanti e con il contributo di una falegnameria della valle. I libri sono stati donati dalle "
        "famiglie del paese e dalla biblioteca comunale, che ne curerà il prestito."),
        ("Nei primi giorni di apertura sono saliti sugli alberi più di duecento visitatori, molti dei quali "
        "arrivati dai comuni vicini. Gli organizzatori vorrebbero ora aggiungere una piccola sala per le letture "
        "ad alta voce e aprire la biblioteca anche nelle sere di luglio e di agosto."),
    ),
    "pt": (
        ("A vila de Porto Alvor vai abrir no próximo mês uma escola de vela gratuita para crianças e jovens dos "
        "bairros mais afastados do mar. O projeto foi criado por um antigo campeão regional que guardava quatro "
        "barcos velhos num armazém da doca e decidiu recuperá-los com a ajuda de voluntários."),
        ("A presidente da junta, Filomena Carvalhal, disse que a escola responde a um pedido antigo das famílias, "
        "que não tinham meios para pagar as aulas do clube náutico. As aulas vão decorrer aos sábados de manhã e "
        "terão sempre um instrutor e um nadador-salvador a acompanhar os alunos."),
        ("Nas primeiras semanas já se inscreveram mais de sessenta crianças, e a lista de espera continua a "
        "crescer. Os organizadores procuram agora patrocinadores para comprar coletes novos e reparar um quinto "
        "barco que foi doado por uma família de pescadores da vila."),
    ),
    "nl": (
        ("Het dorp Wieringerhoek krijgt deze zomer een drijvend zonnepark op de oude zandwinplas aan de rand van "
        "het dorp. De panelen komen op een groot vlot van kunststof te liggen en moeten samen genoeg stroom "
        "leveren voor ongeveer negenhonderd huishoudens in de omgeving."),
        ("Wethouder Maarten Ossewaarde zei dat het plan pas doorging nadat de dorpsraad had afgesproken dat een "
        "deel van de opbrengst naar het dorpshuis en de sportvereniging gaat. Bewoners kunnen daarnaast zelf "
        "aandelen kopen in de coöperatie die het park gaat beheren."),
        ("Natuurorganisaties houden wel een vinger aan de pols, omdat op de plas in de winter veel watervogels "
        "rusten. De coöperatie heeft daarom toegezegd een derde van het water vrij te laten en de vogels drie "
        "jaar lang te laten tellen door vrijwilligers van de vogelwerkgroep."),
    ),
    "pl": (
        ("Miasteczko Brzozów Górny po raz pierwszy od trzydziestu lat ma własne kino, urządzone w dawnym budynku "
        "remizy strażackiej. Na otwarcie przyszło kilkaset osób, a wszystkie bilety na pierwszy seans zostały "
        "sprzedane w ciągu jednego popołudnia."),
        ("Burmistrz Teresa Wilkoszewska powiedziała, że kino powstało dzięki pieniądzom z budżetu obywatelskiego "
        "oraz pracy miejscowych rzemieślników. Sala ma osiemdziesiąt miejsc, a w weekendy będą w niej wyświetlane "
        "także filmy dla dzieci i dokumenty o historii regionu."),
        ("Mieszkańcy liczą na to, że kino ożywi centrum miasteczka, w którym w ostatnich latach zamknięto kilka "
        "sklepów. Właściciele pobliskiej kawiarni już zapowiedzieli dłuższe godziny otwarcia w dni, w które "
        "odbywają się seanse."),
    ),
    "ru": (
        ("В небольшом городе Северозёрск в субботу открылся музей речного флота, который разместился в здании "
        "старой пристани. В экспозиции собраны модели пароходов, навигационные приборы и фотографии, переданные "
        "музею семьями бывших капитанов и матросов."),
        ("Директор музея Валентина Ольховская рассказала, что идея появилась у группы школьников, которые "
        "несколько лет записывали воспоминания старожилов о работе на реке. По её словам, большая часть "
        "экспонатов хранилась на чердаках и в гаражах и могла быть просто потеряна."),
        ("В первые выходные музей посетили более пятисот человек, многие из которых приехали из соседних сёл. "
        "Осенью сотрудники планируют открыть второй зал, посвящённый зимнему ледоколу, который много лет "
        "помогал судам проходить через замёрзшее озеро."),
    ),
    "zh": (
        ("青河镇首座社区太阳能电站于本周一正式并网发电，电站建在镇文化中心和两所小学的屋顶上，预计每年可以满足"
        "约三百户居民的用电需求。"),
        ("镇长刘晓岚在启动仪式上表示，电站的建设资金一部分来自县里的补贴，另一部分由居民自愿入股，收益将按照"
        "股份每年分配一次。她说，这种方式让大家真正关心电站的运行情况。"),
        ("据了解，镇里还计划在明年春天之前为老旧小区加装储能设备，并组织技术人员定期上门检查。不少居民表示，"
        "希望以后电费能够进一步下降，让更多家庭受益。"),
    ),
    "ar": (
        ("افتتحت بلدة وادي النخيل يوم السبت أول مكتبة عامة متنقلة في المنطقة، وهي حافلة قديمة جرى تجديدها وتزويدها "
        "برفوف تحمل أكثر من ألفي كتاب للأطفال والكبار، وستتنقل المكتبة بين القرى المجاورة طوال أيام الأسبوع "
        "لتصل إلى العائلات التي تسكن بعيدا عن المدارس والمراكز الثقافية."),
        ("وقالت رئيسة المجلس البلدي سلمى العطار إن الفكرة جاءت من مجموعة من المعلمين المتقاعدين الذين لاحظوا أن "
        "كثيرا من الأطفال في القرى البعيدة لا يملكون كتبا في بيوتهم، وأضافت أن البلدية ستتحمل تكاليف الوقود "
        "والصيانة خلال السنة الأولى من المشروع على الأقل."),
        ("ويأمل القائمون على المكتبة أن يتمكنوا في المستقبل من إضافة حافلة ثانية وتنظيم ورشات للقراءة والكتابة "
        "في ساحات القرى خلال العطلة الصيفية، كما يبحثون عن متطوعين جدد لمساعدتهم في ترتيب الكتب وتسجيل "
        "الاستعارات وتنظيم المواعيد."),
    ),    "ja": (
        ("港町の白浜台で月曜日、初めての潮力発電所が運転を始めた。計画から十年、住民説明会と二度の資金集めの失敗を"
        "経ての完成で、発電所は古いフェリー桟橋の下に設置され、平均的な年には町の電力のおよそ三分の一を賄う見込みだ。"),
        ("県の技術者たちは冬の大半を使い、潮の合間の短い時間だけを選んで四基のタービンを海底に固定した。町長の"
        "岡田美穂さんは、最も難しかったのは工事そのものではなく、漁業協同組合にイセエビの漁場が傷つかないと"
        "納得してもらうことだったと話した。"),
        ("組合はその後、漁獲の記録を大学の研究チームに提供することに同意し、チームは今後五年間にわたって港の"
        "様子を調べる。発電所が期待どおりに動けば、町はタービンをさらに二基増やし、余った電力を沿岸の近隣の村に"
        "売る計画だという。"),
    ),
    "ko": (
        ("바닷가 마을 솔내리에 첫 조력 발전소가 월요일 가동을 시작했다. 십 년 동안의 계획과 주민 설명회, 두 차례의 "
        "자금 조달 실패 끝에 완공된 발전소는 옛 여객선 부두 아래에 자리 잡았으며, 평년 기준으로 마을 전력의 약 "
        "3분의 1을 공급할 것으로 예상된다."),
        ("도청 기술진은 겨울 대부분을 바다 밑에 터빈 네 기를 고정하는 데 보냈고, 물때 사이의 짧은 시간에만 작업할 "
        "수 있었다. 김은정 이장은 가장 어려웠던 것은 공사가 아니라 어촌계를 설득해 터빈이 전복 어장을 해치지 "
        "않는다는 점을 믿게 하는 일이었다고 말했다."),
        ("어촌계는 이후 어획 기록을 대학 연구팀과 공유하기로 했고, 연구팀은 앞으로 5년 동안 항구 주변을 관찰할 "
        "예정이다. 발전소가 약속대로 운영되면 마을은 터빈 두 기를 더 설치하고 남는 전력을 해안을 따라 있는 이웃 "
        "마을에 판매할 계획이다."),
    ),
    "tr": (
        ("Kıyı kasabası Yeşilköprü, on yıllık planlama, halk toplantıları ve iki başarısız finansman denemesinin "
        "ardından ilk gelgit santralini pazartesi günü devreye aldı. Eski feribot iskelesinin altına kurulan "
        "santralin, ortalama bir yılda kasabanın elektrik ihtiyacının yaklaşık üçte birini karşılaması bekleniyor."),
        ("Bölge su idaresinin mühendisleri kışın büyük bölümünü dört türbini deniz tabanına sabitlemekle geçirdi "
        "ve yalnızca gelgitler arasındaki kısa aralıklarda çalışabildi. Belediye başkanı Ayşe Demirtaş, en zor "
        "kısmın mühendislik değil, balıkçı kooperatifini türbinlerin ıstakoz yataklarına zarar vermeyeceğine "
        "ikna etmek olduğunu söyledi."),
        ("Kooperatif o zamandan beri av kayıtlarını, limanı önümüzdeki beş yıl boyunca izleyecek bir üniversite "
        "ekibiyle paylaşmayı kabul etti. Santral söz verildiği gibi çalışırsa belediye iki türbin daha eklemek ve "
        "fazla elektriği kıyı boyunca komşu köylere satmak istiyor."),
    ),
    "sv": (
        ("Kustorten Björkvik startade i måndags sitt första tidvattenkraftverk, efter tio år av planering, "
        "stormöten och två misslyckade försök att få ihop finansieringen. Kraftverket ligger under den gamla "
        "färjebryggan och väntas täcka ungefär en tredjedel av ortens elbehov under ett normalt år."),
        ("Ingenjörer från länets vattenförbund ägnade större delen av vintern åt att förankra fyra turbiner i "
        "havsbotten, och de kunde bara arbeta under de korta stunderna mellan tidvattnen. Kommunalrådet Karin "
        "Lindqvist sade att det svåraste inte var tekniken utan att övertyga fiskarnas förening om att turbinerna "
        "inte skulle skada hummerbottnarna."),
        ("Föreningen har sedan dess gått med på att dela sina fångstdata med en forskargrupp från universitetet "
        "som ska följa hamnen under de kommande fem åren. Om kraftverket fungerar som utlovat vill kommunen "
        "bygga två turbiner till och sälja överskottet till grannbyarna längs kusten."),
    ),
    "cs": (
        ("Městys Lipová Lhota otevřel v sobotu první obecní knihovnu v budově bývalého nádraží, kam už přes deset "
        "let nejezdí žádné vlaky. Rekonstrukce trvala dva roky a podíleli se na ní hlavně místní řemeslníci a "
        "dobrovolníci z řad rodičů, kteří pro děti hledali místo ke čtení a učení."),
        ("Starostka Jana Procházková při otevření řekla, že obec dlouho hledala využití pro chátrající budovu, "
        "kterou odkoupila od železnice za symbolickou cenu. Knihy darovaly rodiny z okolí a krajská knihovna, "
        "která bude také pomáhat s jejich půjčováním a s přípravou programu pro školy."),
        ("Během prvního víkendu knihovnu navštívilo více než tři sta lidí, mnozí z nich přijeli ze sousedních "
        "obcí. Obec teď chce v bývalé čekárně zřídit malou kavárnu a na podzim otevřít také čítárnu s novinami "
        "a časopisy pro starší obyvatele."),
    ),
    "uk": (
        ("У невеликому містечку Вербівка в суботу відкрили перший громадський музей річкового флоту, який "
        "розмістився в будівлі старої пристані. В експозиції зібрані моделі пароплавів, навігаційні прилади та "
        "фотографії, передані музею родинами колишніх капітанів і матросів."),
        ("Директорка музею Оксана Левченко розповіла, що ідея з'явилася в групи школярів, які кілька років "
        "записували спогади старожилів про роботу на річці. За її словами, більша частина експонатів зберігалася "
        "на горищах і в гаражах і могла просто загубитися."),
        ("У перші вихідні музей відвідали понад п'ятсот людей, багато з яких приїхали із сусідніх сіл. Восени "
        "працівники планують відкрити другу залу, присвячену зимовому криголаму, який багато років допомагав "
        "суднам проходити через замерзле озеро."),
    ),
    "id": (
        ("Desa Karang Sari meresmikan perpustakaan terapung pertama di wilayah pesisir pada hari Sabtu, setelah "
        "hampir dua tahun warga mengumpulkan dana dan buku. Perpustakaan itu dibangun di atas perahu kayu tua "
        "yang diperbaiki oleh para nelayan dan kini dapat memuat lebih dari dua ribu buku untuk anak-anak."),
        ("Kepala desa Siti Rahmawati mengatakan bahwa gagasan itu datang dari sekelompok guru yang melihat banyak "
        "anak di dusun terpencil tidak memiliki buku di rumah. Menurut dia, pemerintah desa akan menanggung biaya "
        "bahan bakar dan perawatan perahu setidaknya selama tahun pertama."),
        ("Setiap pekan perahu itu akan berlabuh di tiga dusun secara bergantian, dan para relawan akan membantu "
        "anak-anak memilih buku serta menggelar kegiatan membaca bersama. Warga berharap kelak desa dapat "
        "menambah perahu kedua agar perpustakaan juga menjangkau pulau-pulau kecil di sekitarnya."),
    ),
    "vi": (
        ("Làng chài Vĩnh Hòa vừa khánh thành trạm điện mặt trời cộng đồng đầu tiên vào sáng thứ Hai, sau gần ba "
        "năm người dân góp vốn và vận động tài trợ. Các tấm pin được lắp trên mái nhà văn hóa và hai trường tiểu "
        "học, dự kiến mỗi năm cung cấp đủ điện cho khoảng ba trăm hộ gia đình trong xã."),
        ("Chủ tịch xã Nguyễn Thị Lan cho biết một phần kinh phí đến từ ngân sách của tỉnh, phần còn lại do người "
        "dân tự nguyện đóng góp và lợi nhuận sẽ được chia mỗi năm một lần. Theo bà, cách làm này giúp mọi người "
        "thật sự quan tâm đến việc vận hành trạm điện."),
        ("Xã cũng dự định lắp thêm thiết bị lưu trữ điện cho các khu dân cư cũ trước mùa xuân năm sau và cử kỹ "
        "thuật viên đến kiểm tra định kỳ. Nhiều người dân hy vọng tiền điện sẽ tiếp tục giảm để nhiều gia đình "
        "được hưởng lợi hơn."),
    ),
}
LANGUAGES = tuple(sorted(PARAGRAPHS))


def page(*, top: tuple[str, ...] = (), lead: tuple[str, ...] = (), middle: tuple[str, ...] = (),
         bottom: tuple[str, ...] = (), lang: str = "en", headline: bool = True) -> str:
    """An article page: ``top`` lines, the headline, ``lead`` lines, paragraphs 1-2, ``middle`` lines,
    paragraph 3, then ``bottom`` lines. Parts stand between blank lines, as scraped paragraphs do; a part may hold
    several lines joined by "\n" (a pasted related item) that then stand without blank lines."""
    first, second, third = PARAGRAPHS[lang]
    parts = [*top, HEADLINES[lang] if headline else "", *lead, first, second, *middle, third, *bottom]
    return "\n\n".join(p for p in parts if p) + "\n"


def run(text: str, *steps: str) -> Document:
    """The default text pipeline on ``text``, or only the named steps (plus every repair)."""
    pipeline = None
    if steps:
        default = Pipeline.default()
        repairs = [s.name for s in default.steps if s.kind == "repair"]
        pipeline = default.only(*repairs, *steps)
    return extract(text, format="text", pipeline=pipeline)


def verdict(doc: Document, line: str) -> Verdict:
    """The verdict of the first block whose text is ``line``."""
    for block, v in doc.trace:
        if block.text == line:
            return v
    raise AssertionError(f"no block {line!r} in the page")


def kept(doc: Document) -> list[str]:
    """The non-blank lines of the main text (headline included)."""
    return [line for line in doc.text.split("\n") if line.strip()]


def assert_dropped(doc: Document, line: str, reason: str) -> None:
    """``line`` is in doc.removed with ``reason`` and is not in the main text."""
    hits = [r for r in doc.removed if r.text == line]
    assert hits, f"{line!r} not removed; its verdict: {verdict(doc, line)}"
    assert hits[0].reason == reason, f"{line!r} removed as {hits[0].reason}, expected {reason}"
    assert line not in kept(doc)


def assert_kept(doc: Document, *lines: str) -> None:
    """Each line is in the main text."""
    text = kept(doc)
    for line in lines:
        assert line in text, f"{line!r} was not kept; its verdict: {verdict(doc, line)}"


def assert_article_kept(doc: Document, lang: str = "en") -> None:
    """The three paragraphs of the invented article survived."""
    assert_kept(doc, *PARAGRAPHS[lang])


def check_removed(line: str, reason: str, *, lang: str = "en", place: str = "bottom", step: str = "") -> Document:
    """An article with ``line`` at ``place`` ("top", "lead", "middle", "bottom") loses that line for
    ``reason`` (given by ``step`` when named) and keeps its paragraphs."""
    doc = run(page(lang=lang, **{place: (line,)}))
    assert_dropped(doc, line, reason)
    if step:
        assert next(r.filter for r in doc.removed if r.text == line) == step
    assert_article_kept(doc, lang)
    return doc


def check_kept(line: str, *, lang: str = "en", place: str = "middle") -> Document:
    """An article with ``line`` at ``place`` keeps that line and its paragraphs."""
    doc = run(page(lang=lang, **{place: (line,)}))
    assert_kept(doc, line)
    assert_article_kept(doc, lang)
    return doc


def short_id(value: object) -> str | None:
    """A test id from a parameter: short strings as they are, long ones cut (None lets pytest number them)."""
    if isinstance(value, str):
        return value if len(value) < 30 else value[:30]
    return None
