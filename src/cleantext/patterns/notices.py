"""Disclaimers, notices, comment prompts and promos per language: lines that are about the page, not in it."""
from __future__ import annotations

import regex

from . import Phrases, Trigger

# Sentences that label an image or a story as generated or syndicated:
# "This image is AI-generated and does not depict any real-life event or location."
AI_IMAGE = regex.compile(
    r"(?:\b(?:image|photo|picture|illustration|visual|graphic)s?\b[^.\n]{0,40}\b"
    r"(?:AI[- ]generated|generated (?:by|with|using) (?:AI|artificial intelligence)|created (?:by|with|using) AI)"
    r"|\bAI[- ]generated (?:image|photo|picture|illustration|representation)"
    r"|\b(?:KI-generiert|mit KI erstellt|mit künstlicher Intelligenz erstellt|générée? par (?:l')?IA"
    r"|generad[ao] (?:por|con) (?:IA|inteligencia artificial)|generat[ao] (?:con|dall') ?(?:IA|AI)"
    r"|gerad[ao] por (?:IA|inteligência artificial)|gegenereerd (?:door|met) AI"
    r"|wygenerowan[eya] przez (?:AI|sztuczną inteligencję)|сгенерирован[оа]? (?:ИИ|нейросетью)"
    r"|مولدة بالذكاء الاصطناعي)"
    r"|由(?:AI|人工智能)生成)",  # no \b before Han: between two Han characters there is no word boundary
    regex.IGNORECASE)
# "It is a fictional representation created for illustrative purposes only."
ILLUSTRATIVE = regex.compile(
    r"\b(?:for illustrative purposes only|fictional representation|does not depict any real)", regex.IGNORECASE)

# "(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)"
SYNDICATED = regex.compile(
    r"\b(?:auto-?generated from a syndicated (?:news )?feed|published from a (?:wire agency|syndicated) feed"
    r"|has not been edited by .{1,40} staff|this (?:article|story|content) (?:was|is) (?:originally )?"
    r"(?:published|republished|syndicated) (?:by|on|in|from|with permission)"
    r"|(?:originally|first) (?:published|appeared) (?:on|in|at)\b)",
    regex.IGNORECASE)

# "The views expressed in this article are those of the author and do not ..."
VIEWS_EXPRESSED = regex.compile(
    r"\b(?:views|opinions) expressed (?:in this|here|by|are)|do(?:es)? not (?:necessarily )?reflect the (?:views|"
    r"opinions|position)|die (?:Meinung|Ansicht) des Autors|ne reflètent? pas (?:nécessairement )?"
    r"|no (?:refleja|reflejan) (?:necesariamente )?|non riflett(?:e|ono) (?:necessariamente )?"
    r"|não reflete(?:m)? (?:necessariamente )?|weerspiegel(?:t|en) niet (?:noodzakelijk)?"
    r"|не (?:обязательно )?отражает (?:позицию|мнение)|不代表本(?:站|网)观点|لا (?:تعبر|يعبر) (?:بالضرورة )?عن",
    regex.IGNORECASE)

COOKIE = regex.compile(
    r"\b(?:we use cookies|we use (?:technologies like |technologies such as )?cookies|verwenden (?:technologien wie )?cookies"
    r"|cookie[- ]?(?:zustimmung|einstellungen|einwilligung|hinweis|banner)|zustimmung verwalten|einwilligung verwalten"
    r"|manage (?:cookie )?consent|consent preferences|privacy preferences|privacy settings|datenschutz-?einstellungen"
    r"|gérer (?:le )?consentement|gestionar (?:el )?consentimiento|gestisci (?:il )?consenso"
    r"|gerenciar (?:o )?consentimento|toestemming beheren|zarządzaj zgod|управление согласием|this (?:web)?site uses cookies|uses cookies to|use of cookies|by continuing to "
    r"(?:use|browse)|accept (?:all )?cookies|cookie (?:settings|preferences|consent|policy)|manage cookies"
    r"|wir verwenden cookies|diese (?:web)?seite verwendet cookies|verwendet cookies|cookies akzeptieren"
    r"|utilise des cookies|utilisons des cookies|accepter les cookies|utiliza(?:mos)? cookies|usamos cookies"
    r"|aceptar cookies|utilizza(?:mo)? (?:i )?cookie|accetta (?:i )?cookie|usa(?:mos)? cookies"
    r"|utiliza(?:mos)? cookies|aceitar cookies|gebruikt cookies|maakt gebruik van cookies|cookies accepteren"
    r"|używa(?:my)? (?:plików )?cookie|pliki cookie|использует (?:файлы )?cookie|используем (?:файлы )?cookie"
    r"|ملفات تعريف الارتباط)|使用 ?cookie",  # no \b before Han
    regex.IGNORECASE)

# Lines that open or prompt a comment section: "Comments", "No comments yet...", "Leave a Reply".
COMMENT_PROMPTS = {
    "en": ["Comments", "Comment", "No comments yet", "No comments", "Leave a comment", "Leave a Reply",
           "Leave a reply", "Post a comment", "Add a comment", "Add comment", "Write a comment",
           "Be the first to comment", "Join the discussion", "Join the conversation", "Show comments",
           "View comments", "Load comments", "Comments are closed", "Reader comments",
           "Your comment", "Submit comment", "Post comment", "Cancel reply", "You must be logged in to post a comment",
           "Reply", "Leave a Comment", "Cancel Reply"],
    "de": ["Kommentare", "Kommentar", "Kommentar schreiben", "Kommentieren", "Noch keine Kommentare",
           "Leserkommentare", "Kommentar abgeben", "Antworten", "Hinterlasse eine Antwort",
           "Hinterlasse einen Kommentar", "Antwort hinterlassen", "Kommentar hinterlassen",
           "Schreibe einen Kommentar", "Schreiben Sie einen Kommentar", "Antwort abbrechen"],
    "fr": ["Commentaires", "Commentaire", "Laisser un commentaire", "Ajouter un commentaire", "Réagir", "Laisser une réponse",
           "Aucun commentaire", "Répondre"],
    "es": ["Comentarios", "Comentario", "Deja un comentario", "Dejar un comentario", "Deja una respuesta", "Dejar una respuesta", "Sin comentarios",
           "Responder", "Añadir comentario"],
    "it": ["Commenti", "Commento", "Lascia un commento", "Nessun commento", "Lascia una risposta", "Rispondi", "Commenta"],
    "pt": ["Comentários", "Comentário", "Deixe um comentário", "Deixe seu comentário", "Deixe uma resposta", "Sem comentários",
           "Responder", "Comentar"],
    "nl": ["Reacties", "Reactie", "Laat een reactie achter", "Geen reacties", "Geef een reactie", "Reageer", "Reageren"],
    "pl": ["Komentarze", "Komentarz", "Dodaj komentarz", "Brak komentarzy", "Zostaw komentarz", "Dodaj odpowiedź", "Odpowiedz", "Skomentuj"],
    "ru": ["Комментарии", "Комментарий", "Оставить комментарий", "Добавить комментарий", "Нет комментариев",
           "Ответить", "Обсуждение"],
    "zh": ["评论", "发表评论", "暂无评论", "网友评论", "回复", "留言"],
    "ar": ["التعليقات", "تعليقات", "أضف تعليق", "اترك تعليقا", "لا توجد تعليقات", "رد"],
}
COMMENT_PROMPT = Phrases(COMMENT_PROMPTS)
# "23 Comments", "Comments (4)", "3 Kommentare", "Show 12 comments": a count next to the word.
# A count of comments inside a short line: "100 of 524 comments loaded", "Showing 12 comments".
COMMENT_COUNT_INLINE = Trigger(regex.compile(
    r"\b\d{1,6}\s+(?:comments?|responses|replies|kommentare?|commentaires?|comentarios?|commenti|comentários"
    r"|reacties|komentarz[ey]?|комментари[йяев]+)\b",
    regex.IGNORECASE), words=frozenset(
    ["comment", "comments", "responses", "replies", "kommentar", "kommentare", "commentaire", "commentaires", "comentario", "comentarios", "commenti", "comentários", "reacties", "komentarz", "komentarze", "komentarzy", "комментарий", "комментария", "комментариев"]),
    digit=True, max_words=12)

# Promotions of the site's own products and ad labels: "Try Our AI Features", "Advertisement".
PROMOS = {
    "en": ["Try Our AI Features", "Try our app", "Download our app", "Download the app", "Get the app",
           "Install our app", "Get the latest news on our app", "Advertisement", "ADVERTISEMENT", "Advert",
           "Sponsored", "Sponsored content", "Promoted", "Paid content", "Paid Post", "Partner content",
           "Story continues below advertisement", "Article continues below advertisement",
           "Continue reading below", "Continue reading the main story", "Ad", "Ads",
           "Skip Ad", "Skip advertisement", "Remove ads", "Turn off ads", "Support our journalism",
           "Become a member", "Subscribe for full access", "Already a subscriber?", "Sign in to continue",
           "Log in to continue reading", "Unlock this article", "Go ad-free", "Enable notifications",
           "Turn on notifications", "Watch now", "Watch live", "Listen now", "Play video", "Video",
           "Photo", "Photos", "Image", "Gallery", "Loading...", "Loading", "Please wait", "About these ads",
           "Take our poll", "Report this ad", "Occasionally, some of your visitors may see an advertisement here"],
    "de": ["Anzeige", "Werbung", "ANZEIGE", "Gesponsert", "Jetzt App herunterladen", "Artikel anhören",
           "Weiterlesen nach der Anzeige", "Lesen Sie weiter nach der Anzeige", "Jetzt abonnieren und weiterlesen",
           "Zum Abo", "Foto", "Bild", "Video abspielen", "Wird geladen"],
    "fr": ["Publicité", "PUBLICITÉ", "Sponsorisé", "Contenu sponsorisé", "Télécharger l'application",
           "La suite après cette publicité", "Article réservé aux abonnés", "Chargement"],
    "es": ["Publicidad", "PUBLICIDAD", "Patrocinado", "Contenido patrocinado", "Descarga la app",
           "Descarga nuestra app", "Cargando"],
    "it": ["Pubblicità", "PUBBLICITÀ", "Sponsorizzato", "Contenuto sponsorizzato", "Scarica l'app",
           "Caricamento"],
    "pt": ["Publicidade", "PUBLICIDADE", "Patrocinado", "Conteúdo patrocinado", "Baixe o app",
           "Baixe nosso aplicativo", "Continua após a publicidade", "Carregando"],
    "nl": ["Advertentie", "ADVERTENTIE", "Gesponsord", "Download de app", "Laden"],
    "pl": ["Reklama", "REKLAMA", "Sponsorowane", "Pobierz aplikację", "Ładowanie"],
    "ru": ["Реклама", "РЕКЛАМА", "Спонсорский материал", "Скачать приложение", "Загрузка"],
    "zh": ["广告", "推广", "下载客户端", "下载APP", "加载中"],
    "ar": ["إعلان", "اعلان", "محتوى مدفوع", "حمل التطبيق", "جاري التحميل"],
}
PROMO = Phrases(PROMOS)
# "Explore what Daily8 AI can do for you:", "Discover what our app can do for you"
PROMO_PITCH_STARTS = frozenset(["explore", "discover", "see", "find", "try", "download", "get", "install"])
PROMO_PITCH = regex.compile(
    r"^(?:explore|discover|see|find out) what .{1,40} can do for you\b"
    r"|^(?:try|download|get|install) (?:our|the) .{0,30}\b(?:app|features?|extension|premium)\b",
    regex.IGNORECASE)

# The last word of a comment's header line: "Deidre Reply:", "Jane says:", "by kcin (34043) writes:",
# "Max antwortet:". Many such lines in a row make a comment thread.
COMMENT_HEADER_WORDS = frozenset(
    ["says", "said", "writes", "wrote", "reply", "replied", "replies", "antwortet", "schreibt", "schrieb", "meint", "dit", "écrit", "répond", "dice", "escribió", "responde", "scrive", "risponde", "diz", "escreveu", "zegt", "schreef", "reageert", "pisze", "napisał", "odpowiada", "пишет", "написал", "написала", "ответил", "ответила"])

# The comment form's fine print: "Your email address will not be published. Required fields are marked *",
# "This site uses Akismet to reduce spam.", "Deine E-Mail-Adresse wird nicht veröffentlicht."
COMMENT_FORM = regex.compile(
    r"\bAkismet\b|your (?:e-?mail )?address will not be published|required fields are marked"
    r"|how your comment data is processed|E-Mail-Adresse wird nicht veröffentlicht|Erforderliche Felder sind"
    r"|Kommentardaten verarbeitet|adresse (?:e-?mail|de messagerie) ne sera pas publiée|champs obligatoires sont"
    r"|dirección de correo electrónico no será publicada|campos obligatorios están marcados"
    r"|indirizzo email non sarà pubblicato|campi obbligatori sono contrassegnati"
    r"|endereço de e-?mail não será publicado|campos obrigatórios são marcados"
    r"|e-?mailadres wordt niet gepubliceerd|vereiste velden zijn gemarkeerd"
    r"|adres e-?mail nie zostanie opublikowany|wymagane pola są oznaczone"
    r"|адрес email не будет опубликован|обязательные поля помечены",
    regex.IGNORECASE)

# Shop and affiliate calls: "Zum Shop", "Buy now on Amazon", "Affiliate link".
SHOP_CALL = Phrases({
    "en": ["Shop now", "Buy now", "Buy it now", "Add to cart", "Add to basket", "Check price", "See price",
           "View deal", "Get deal", "Affiliate link", "Affiliate links", "Shop the look", "Buy on Amazon"],
    "de": ["Zum Shop", "Jetzt kaufen", "Zum Angebot", "In den Warenkorb", "Affiliatelink", "Affiliate-Link",
           "Preis prüfen", "Jetzt bestellen", "Hier kaufen", "Hier bestellen"],
    "fr": ["Acheter", "Voir l'offre", "Ajouter au panier", "Lien affilié"],
    "es": ["Comprar", "Comprar ahora", "Ver oferta", "Añadir al carrito", "Enlace de afiliado"],
    "it": ["Acquista", "Acquista ora", "Vedi offerta", "Aggiungi al carrello"],
    "pt": ["Comprar agora", "Ver oferta", "Adicionar ao carrinho"],
    "nl": ["Nu kopen", "Bekijk aanbieding", "In winkelwagen"],
    "pl": ["Kup teraz", "Zobacz ofertę", "Dodaj do koszyka"],
    "ru": ["Купить", "Купить сейчас", "В корзину"],
    "zh": ["立即购买", "加入购物车"],
    "ar": ["اشتر الآن", "أضف إلى السلة"],
})

NOTICE_WORDS = 70
AI_IMAGE_LINE = Trigger(AI_IMAGE, words=frozenset(
    ["generated", "generiert", "erstellt", "généré", "générée", "générés", "générées", "generado", "generada", "generados", "generadas", "generato", "generata", "generate", "generati", "gerado", "gerada", "gerados", "geradas", "gegenereerd", "wygenerowany", "wygenerowane", "wygenerowana", "сгенерировано", "сгенерирован", "сгенерирована", "مولدة"]), anchors=("生成",), max_words=NOTICE_WORDS)
ILLUSTRATIVE_LINE = Trigger(ILLUSTRATIVE, words=frozenset({"illustrative", "fictional", "depict"}), max_words=40)
SYNDICATED_LINE = Trigger(SYNDICATED, words=frozenset(
    {"syndicated", "edited", "published", "republished", "appeared"}), max_words=NOTICE_WORDS)
VIEWS_EXPRESSED_LINE = Trigger(VIEWS_EXPRESSED, words=frozenset(
    ["expressed", "reflect", "reflects", "meinung", "ansicht", "reflètent", "reflète", "refleja", "reflejan", "riflette", "riflettono", "reflete", "refletem", "weerspiegelt", "weerspiegelen", "отражает", "تعبر", "يعبر"]), anchors=("不代表",), max_words=NOTICE_WORDS)
COOKIE_LINE = Trigger(COOKIE, words=frozenset({
    "cookie", "cookies", "continuing", "consent", "zustimmung", "einwilligung", "consentement", "consentimiento",
    "consenso", "consentimento", "toestemming", "zgodą", "согласием", "preferences", "settings",
    "datenschutz-einstellungen", "الارتباط"}), anchors=("cookie",), max_words=120)

# Liability and licence notes of a site: "Trotz sorgfältiger inhaltlicher Kontrolle übernehmen wir keine
# Haftung für die Inhalte externer Links", "Images are licensed under a Creative Commons licence".
LEGAL_NOTICE = regex.compile(
    r"\b(?:keine haftung für die inhalte|haftungsausschluss|haftungshinweis|no (?:responsibility|liability) for the"
    r" content|not responsible for the content of external|creative commons|licensed under (?:a |the )?(?:cc|creative)"
    r"|aucune responsabilité (?:quant au|pour le) contenu|no (?:se )?(?:hace|asume) responsable del contenido"
    r"|nessuna responsabilità per i contenuti|não (?:se )?responsabiliza pelo conteúdo"
    r"|geen (?:verantwoordelijkheid|aansprakelijkheid) voor de inhoud|nie ponosi odpowiedzialności za treść"
    r"|не несет ответственности за содержание)",
    regex.IGNORECASE)
LEGAL_NOTICE_LINE = Trigger(LEGAL_NOTICE, words=frozenset(
    ["haftung", "haftungsausschluss", "haftungshinweis", "responsibility", "liability", "responsible", "creative", "licensed", "responsabilité", "responsable", "responsabilità", "responsabiliza", "verantwoordelijkheid", "aansprakelijkheid", "odpowiedzialności", "ответственности"]), max_words=NOTICE_WORDS)
COMMENT_FORM_LINE = Trigger(COMMENT_FORM, words=frozenset(
    ["akismet", "published", "veröffentlicht", "publiée", "publicada", "pubblicato", "publicado", "gepubliceerd", "opublikowany", "опубликован", "required", "erforderliche", "obligatoires", "obligatorios", "obbligatori", "obrigatórios", "vereiste", "wymagane", "обязательные"]), max_words=40)

# A blog's post-meta line: "This entry was posted on 23 October 2012 at 8:14 pm and is filed under News.",
# "Posted in Politics | Tagged elections | 3 Comments".
POST_META = regex.compile(
    r"^(?:this entry was posted|this (?:post|article|entry) was (?:posted|published|written)|posted in\b.{0,80}"
    r"(?:\||tagged|comments?)|filed under\b|bookmark the permalink|you can follow any responses to this entry"
    r"|dieser (?:beitrag|eintrag) wurde .{0,60}(?:veröffentlicht|abgelegt)|ce (?:billet|article) a été publié"
    r"|esta entrada fue publicada|questo articolo è stato pubblicato|este post foi publicado)",
    regex.IGNORECASE)
POST_META_LINE = Trigger(POST_META, words=frozenset(
    ["entry", "post", "posted", "article", "filed", "permalink", "responses", "beitrag", "eintrag", "billet", "entrada", "articolo"]),
    max_words=60)

# Image credits and captions' sources: "Foto: dahancoo / Pixabay", "Photo: Getty Images",
# "Premio Nobel de la Paz (REUTERS/Denis Balibouse)".
CREDIT_LABELS = Phrases({
    "en": ["Photo", "Photos", "Image", "Images", "Picture", "Credit", "Credits", "Photo credit", "Image credit",
           "Photograph", "Illustration", "Source", "Photo source", "Image source", "Video"],
    "de": ["Foto", "Fotos", "Bild", "Bilder", "Quelle", "Bildquelle", "Fotoquelle", "Titelbild", "Symbolbild"],
    "fr": ["Photo", "Crédit", "Crédit photo", "Source", "Illustration"],
    "es": ["Foto", "Imagen", "Fuente", "Crédito"],
    "it": ["Foto", "Immagine", "Fonte"],
    "pt": ["Foto", "Imagem", "Fonte", "Crédito"],
    "nl": ["Foto", "Beeld", "Bron"],
    "pl": ["Fot", "Zdjęcie", "Źródło"],
    "ru": ["Фото", "Источник", "Изображение"],
    "zh": ["图片", "图片来源", "来源"],
    "ar": ["الصورة", "المصدر"],
})
# "(REUTERS/Denis Balibouse)", "(AP Photo/Jane Doe)", "(Getty Images)", "(Foto: dpa)" at a line's end.
AGENCY_CREDIT = regex.compile(
    r"\((?:[^()]{0,40}/)?\s*(?:REUTERS|Reuters|AP|AP Photo|AFP|Getty(?: Images)?|dpa|EFE|ANSA|EPA|Xinhua"
    r"|Bloomberg|Shutterstock|iStock|Pixabay|Unsplash|imago|picture alliance|Foto|Photo|Photo by)[^()]{0,60}\)\s*$")
