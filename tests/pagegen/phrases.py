"""Invented boilerplate wordings per kind and language, in the shapes real scraped pages show.

Data only; `boilerplate.py` fills the {site}, {domain}, {name}, {date} ... slots. Languages missing
from a table fall back to English, as real sites in small languages often keep English chrome.
"""
from __future__ import annotations

Table = dict[str, tuple[str, ...]]

MENU_WORDS: Table = {
    "en": ("Home", "World", "Business", "Sport", "Culture", "Opinion", "Science", "Video", "Podcasts",
           "Weather", "Travel", "Local", "Markets", "Tech", "Health", "Obituaries"),
    "de": ("Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Regional", "Panorama", "Meinung"),
    "fr": ("Accueil", "Monde", "Économie", "Sports", "Culture", "Société", "Régions", "Opinions"),
    "es": ("Inicio", "Internacional", "Economía", "Deportes", "Cultura", "Opinión", "Sociedad"),
    "it": ("Home", "Cronaca", "Politica", "Economia", "Sport", "Cultura", "Spettacoli"),
    "pt": ("Início", "Mundo", "Economia", "Esportes", "Cultura", "Opinião", "Brasil"),
    "nl": ("Home", "Binnenland", "Buitenland", "Economie", "Sport", "Cultuur", "Regio"),
    "pl": ("Strona główna", "Kraj", "Świat", "Biznes", "Sport", "Kultura", "Opinie"),
    "ru": ("Главная", "Политика", "Экономика", "Общество", "Спорт", "Культура", "Происшествия"),
    "zh": ("首页", "国内", "国际", "财经", "体育", "文化", "科技"),
    "ar": ("الرئيسية", "سياسة", "اقتصاد", "رياضة", "ثقافة", "منوعات"),
    "ja": ("ホーム", "ニュース", "政治", "経済", "国際", "スポーツ", "エンタメ", "ライフ"),
}
MENU_LINES: Table = {
    "en": ("Left Menu", "Menu", "Skip to content", "Skip to main content", "Search", "Sign in",
           "Log in / Register", "Toggle navigation", "Main navigation", "Open menu"),
    "de": ("Menü", "Zum Inhalt springen", "Suche", "Anmelden", "Navigation öffnen"),
    "fr": ("Menu", "Aller au contenu", "Rechercher", "Se connecter"),
    "es": ("Menú", "Ir al contenido", "Buscar", "Iniciar sesión"),
    "it": ("Menu", "Vai al contenuto", "Cerca", "Accedi"),
    "pt": ("Menu", "Pular para o conteúdo", "Buscar", "Entrar"),
    "nl": ("Menu", "Naar inhoud", "Zoeken", "Inloggen"),
    "pl": ("Menu", "Przejdź do treści", "Szukaj", "Zaloguj się"),
    "ru": ("Меню", "Перейти к содержимому", "Поиск", "Войти"),
    "zh": ("菜单", "搜索", "登录"),
    "ar": ("القائمة", "بحث", "تسجيل الدخول"),
    "ja": ("メニュー", "本文へスキップ", "検索", "ログイン"),
}

TAG_LABELS: Table = {
    "en": ("Tags:", "Topics:", "Filed under:", "Related topics:", "Keywords:"),
    "de": ("Schlagwörter:", "Themen:", "Mehr zum Thema:"),
    "fr": ("Mots-clés :", "Thèmes :", "Sujets :"),
    "es": ("Etiquetas:", "Temas:"),
    "it": ("Tag:", "Argomenti:"),
    "pt": ("Tags:", "Assuntos:"),
    "nl": ("Tags:", "Onderwerpen:"),
    "pl": ("Tagi:", "Tematy:"),
    "ru": ("Теги:", "Темы:"),
    "zh": ("标签：", "关键词："),
    "ar": ("الوسوم:", "كلمات مفتاحية:"),
    "ja": ("タグ：", "関連キーワード："),
}
TAG_FACETS = ("Country:", "Region:", "Topic:", "Section:", "Category:")
TAG_VALUES = ("Norway", "Chile", "Kenya", "Vietnam", "Portugal", "Canada", "Agriculture", "Transport",
              "Climate", "Local government", "Energy", "Education", "Fisheries", "Elections")

TRENDING_HEADERS: Table = {
    "en": ("TRENDING", "Trending Now", "Most Read", "Most Popular", "Popular this week", "Top Stories",
           "What others are reading", "MOST VIEWED"),
    "de": ("Meistgelesen", "Beliebte Artikel", "Top-Themen"),
    "fr": ("Les plus lus", "Tendances", "À la une"),
    "es": ("Lo más leído", "Tendencias", "Lo más visto"),
    "it": ("I più letti", "Più popolari"),
    "pt": ("Mais lidas", "Em alta"),
    "nl": ("Meest gelezen", "Populair"),
    "pl": ("Najczęściej czytane", "Popularne"),
    "ru": ("Популярное", "Самое читаемое"),
    "zh": ("热门新闻", "排行榜"),
    "ar": ("الأكثر قراءة", "الأكثر تداولا"),
    "ja": ("アクセスランキング", "よく読まれている記事"),
}
TRENDING_CATEGORIES = ("Global", "United States", "Europe", "Business", "Sports", "Entertainment", "Science")

RELATED_HEADERS: Table = {
    "en": ("Related Articles", "Related Stories", "You may also like", "More from {site}", "Read next",
           "Recommended for you", "More on this story", "You might be interested in", "Also on {site}"),
    "de": ("Das könnte Sie auch interessieren", "Weitere Artikel", "Mehr zum Thema", "Auch interessant"),
    "fr": ("À lire aussi", "Sur le même sujet", "Nos articles recommandés"),
    "es": ("Noticias relacionadas", "También te puede interesar", "Más noticias"),
    "it": ("Articoli correlati", "Potrebbe interessarti anche", "Leggi anche"),
    "pt": ("Notícias relacionadas", "Leia também", "Veja também"),
    "nl": ("Gerelateerde artikelen", "Lees ook", "Meer nieuws"),
    "pl": ("Zobacz także", "Powiązane artykuły", "Czytaj więcej"),
    "ru": ("Читайте также", "Похожие статьи", "Ещё по теме"),
    "zh": ("相关阅读", "相关新闻", "推荐阅读"),
    "ar": ("مقالات ذات صلة", "اقرأ أيضا", "أخبار ذات صلة"),
    "ja": ("関連記事", "あわせて読みたい", "おすすめ記事"),
}
RELATED_TIMES = ("3 hours ago", "2 days ago", "an hour ago", "Yesterday", "5 mins ago", "1 day ago")

READ_MORE: Table = {
    "en": ("Read more: ", "Also read: ", "READ ALSO: ", "See also: ", "Read More | ", "ALSO READ | ",
           "Related: "),
    "de": ("Lesen Sie auch: ", "Auch interessant: ", "Mehr dazu: "),
    "fr": ("Lire aussi : ", "À lire aussi : ", "Voir aussi : "),
    "es": ("Lea también: ", "Te puede interesar: ", "Leer más: "),
    "it": ("Leggi anche: ", "Vedi anche: "),
    "pt": ("Leia mais: ", "Leia também: ", "Veja também: "),
    "nl": ("Lees ook: ", "Lees meer: "),
    "pl": ("Czytaj także: ", "Zobacz też: ", "Czytaj więcej: "),
    "ru": ("Читайте также: ", "Подробнее: "),
    "zh": ("延伸阅读：", "相关阅读："),
    "ar": ("اقرأ أيضاً: ", "اقرأ المزيد: "),
    "ja": ("関連記事：", "あわせて読みたい："),
}

AI_IMAGE: Table = {
    "en": (("This image was generated with artificial intelligence and does not show a real event, place or "
           "person. It is used for illustration only."),
           "The illustration above is AI-generated and is not a photograph of any real scene.",
           "Representative image created using AI tools.",
           "Image: AI-generated for illustrative purposes; it does not depict actual people or events.",
           "(Picture generated by an AI model. For representation purposes only.)"),
    "de": ("Symbolbild, erstellt mit künstlicher Intelligenz.",
           "Dieses Bild wurde mithilfe von KI generiert und zeigt keine realen Personen oder Ereignisse."),
    "fr": ("Image générée par intelligence artificielle, à titre d'illustration uniquement.",),
    "es": ("Imagen generada con inteligencia artificial con fines ilustrativos.",),
    "it": ("Immagine generata con l'intelligenza artificiale a scopo illustrativo.",),
    "pt": ("Imagem gerada por inteligência artificial apenas para fins ilustrativos.",),
    "nl": ("Deze afbeelding is gemaakt met kunstmatige intelligentie en dient alleen ter illustratie.",),
    "pl": ("Zdjęcie ilustracyjne wygenerowane przez sztuczną inteligencję.",),
    "ru": ("Изображение сгенерировано нейросетью и носит иллюстративный характер.",),
    "zh": ("本图片由人工智能生成，仅作示意，不代表真实场景。",),
    "ar": ("هذه الصورة مولدة بالذكاء الاصطناعي لأغراض توضيحية فقط.",),
}
VIEWS: Table = {
    "en": (("The views expressed in this article are the author's own and do not necessarily reflect the "
           "editorial stance of {site}."),
           "Opinions expressed by contributors are their own and not those of {site}.",
           "Disclaimer: The opinions in this column belong solely to the writer; {site} does not endorse them.",
           "Views expressed above are the author's personal views."),
    "de": (("Die in diesem Gastbeitrag geäußerten Ansichten geben die Meinung des Autors wieder und nicht "
           "notwendigerweise die der Redaktion."),),
    "fr": ("Les opinions exprimées dans cette tribune n'engagent que leur auteur.",),
    "es": ("Las opiniones expresadas en esta columna son responsabilidad exclusiva de su autor.",),
    "it": (("Le opinioni espresse in questo articolo sono dell'autore e non riflettono necessariamente "
           "quelle della redazione."),),
    "pt": ("As opiniões expressas neste artigo são de responsabilidade exclusiva do autor.",),
    "nl": ("De meningen in deze column zijn die van de auteur en niet noodzakelijk die van de redactie.",),
    "pl": ("Opinie wyrażone w tym tekście są wyłącznie opiniami autora.",),
    "ru": ("Мнение автора может не совпадать с позицией редакции.",),
    "zh": ("本文仅代表作者个人观点，不代表本站立场。",),
    "ar": ("الآراء الواردة في هذا المقال تعبر عن رأي كاتبها ولا تعكس بالضرورة موقف الصحيفة.",),
}
SYNDICATION: Table = {
    "en": ("(This story has not been edited by {site} staff and is published from a syndicated news feed.)",
           ("This report was auto-published from a wire agency feed; only the headline may have been changed "
           "by {site}."),
           "Published via an automated syndication feed. {site} is not responsible for its content.",
           ("(Except for the headline, this story has not been edited by {site} and is auto-generated "
           "from a syndicated feed.)")),
    "de": (("Dieser Artikel wurde automatisch aus einem Agenturfeed übernommen und nicht redaktionell "
           "bearbeitet."),),
    "fr": ("Cet article a été publié automatiquement à partir d'une dépêche d'agence, sans modification.",),
    "es": ("Esta noticia ha sido publicada automáticamente a partir de un teletipo de agencia.",),
}
COOKIE: Table = {
    "en": (("We use cookies to improve your experience on our site. By continuing to browse, you agree to "
           "our use of cookies."),
           "This website uses cookies to personalise content and ads and to analyse our traffic.",
           ("We and our partners use cookies and similar technologies. You can manage your choices at any "
           "time in Cookie Settings.")),
    "de": ("Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis auf unserer Website zu bieten.",
           "Diese Website nutzt Cookies. Mit der weiteren Nutzung stimmen Sie dem zu."),
    "fr": ("Ce site utilise des cookies pour améliorer votre expérience de navigation.",
           "Nous utilisons des cookies et des technologies similaires pour mesurer l'audience."),
    "es": ("Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",),
    "it": ("Questo sito utilizza cookie tecnici e di profilazione per migliorare la tua esperienza.",),
    "pt": ("Utilizamos cookies para melhorar a sua experiência de navegação.",),
    "nl": ("Wij gebruiken cookies om onze website te verbeteren.",),
    "pl": ("Ta strona korzysta z plików cookie w celu realizacji usług.",),
    "ru": ("Мы используем файлы cookie, чтобы сайт работал лучше.",),
    "zh": ("本网站使用Cookie来改善您的浏览体验。",),
    "ar": ("يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.",),
    "ja": ("当サイトではサービス向上のためにCookieを使用しています。",),
}
COOKIE_BUTTONS: Table = {
    "en": ("Accept", "Accept all", "Reject all", "Manage preferences", "OK, got it", "Cookie Settings"),
    "de": ("Alle akzeptieren", "Einstellungen", "Ablehnen"),
    "fr": ("Tout accepter", "Paramétrer", "Refuser"),
    "es": ("Aceptar", "Configurar", "Rechazar"),
    "it": ("Accetta", "Rifiuta"),
    "pt": ("Aceitar", "Recusar"),
    "nl": ("Accepteren", "Weigeren"),
    "pl": ("Akceptuję", "Ustawienia"),
    "ru": ("Принять", "Настройки"),
    "zh": ("接受", "拒绝"),
    "ar": ("موافق", "رفض"),
}
NEWSLETTER: Table = {
    "en": ("Subscribe to our Newsletter", "Sign up for the {site} Morning Brief",
           "Get our best stories delivered to your inbox every week.", "Enter your email address",
           "Sign up now", "Subscribe", "Never miss a story: join our free newsletter",
           "Get the {site} newsletter"),
    "de": ("Newsletter abonnieren", "Jetzt kostenlos anmelden", "Ihre E-Mail-Adresse"),
    "fr": ("Inscrivez-vous à notre newsletter", "Recevez nos articles chaque matin", "Je m'abonne"),
    "es": ("Suscríbete a nuestro boletín", "Recibe las noticias en tu correo", "Suscribirme"),
    "it": ("Iscriviti alla newsletter", "Ricevi le notizie via email"),
    "pt": ("Assine a nossa newsletter", "Receba as notícias no seu e-mail"),
    "nl": ("Schrijf je in voor onze nieuwsbrief", "Aanmelden"),
    "pl": ("Zapisz się do newslettera", "Zapisz się"),
    "ru": ("Подпишитесь на нашу рассылку", "Подписаться"),
    "zh": ("订阅我们的新闻通讯", "立即订阅"),
    "ar": ("اشترك في نشرتنا الإخبارية", "اشترك الآن"),
    "ja": ("メルマガ登録", "ニュースレターを購読する"),
}
SHARE: Table = {
    "en": ("Share this article", "Share on Facebook", "Share on X", "Share via WhatsApp", "Copy link",
           "Facebook Twitter LinkedIn Email", "Follow us on Instagram", "Connect us on",
           "LinkedIn Quora Youtube RSS", "Share", "Tweet", "Pin it", "Follow {site} on Telegram"),
    "de": ("Artikel teilen", "Auf Facebook teilen", "Link kopieren", "Folgen Sie uns auf Instagram"),
    "fr": ("Partager cet article", "Partager sur Facebook", "Copier le lien", "Suivez-nous sur X"),
    "es": ("Compartir en Facebook", "Compartir en WhatsApp", "Copiar enlace", "Síguenos en Instagram"),
    "it": ("Condividi su Facebook", "Condividi", "Seguici su Instagram"),
    "pt": ("Compartilhar no Facebook", "Compartilhe", "Siga-nos no Instagram"),
    "nl": ("Deel dit artikel", "Delen op Facebook", "Volg ons op Instagram"),
    "pl": ("Udostępnij na Facebooku", "Udostępnij", "Obserwuj nas na Instagramie"),
    "ru": ("Поделиться", "Поделиться во ВКонтакте", "Подписывайтесь на нас в Telegram"),
    "zh": ("分享到微信", "分享到微博", "复制链接"),
    "ar": ("شارك على فيسبوك", "شارك", "تابعنا على إنستغرام"),
    "ja": ("この記事をシェア", "シェアする", "ツイート"),
}
COMMENTS: Table = {
    "en": ("Comments", "No comments yet...", "Leave a comment", "Be the first to comment",
           "Show comments ({n})", "Join the conversation", "{n} Comments", "Log in to comment",
           "Comments are closed."),
    "de": ("Kommentare", "Noch keine Kommentare", "Kommentar schreiben", "Kommentare ({n})"),
    "fr": ("Commentaires", "Laisser un commentaire", "Soyez le premier à commenter"),
    "es": ("Comentarios", "Deja un comentario", "Sé el primero en comentar"),
    "it": ("Commenti", "Lascia un commento"),
    "pt": ("Comentários", "Deixe um comentário"),
    "nl": ("Reacties", "Plaats een reactie"),
    "pl": ("Komentarze", "Dodaj komentarz"),
    "ru": ("Комментарии", "Оставить комментарий"),
    "zh": ("评论", "发表评论", "暂无评论"),
    "ar": ("التعليقات", "أضف تعليقا"),
    "ja": ("コメント", "コメントを書く", "コメントはまだありません"),
}
PROMO: Table = {
    "en": ("Try Our AI Features", "Explore what {site} AI can do for you:", "Download the {site} app",
           "Get the app", "Listen to this article", "Read this story in our app for a better experience",
           "Unlock unlimited access: subscribe for $1 a week"),
    "de": ("Jetzt die {site}-App herunterladen", "Artikel anhören", "Jetzt 4 Wochen gratis testen"),
    "fr": ("Téléchargez l'application {site}", "Écouter cet article"),
    "es": ("Descarga la app de {site}", "Escuchar este artículo"),
    "ru": ("Скачайте приложение {site}",),
    "zh": ("下载{site}客户端",),
}
FOOTER_CONTACT: Table = {
    "en": ("Email: info@{domain}", "Phone: {phone}", "Contact us: newsroom@{domain}",
           "Address: {street}, {city}", "Tel: {phone} | Fax: {phone}", "Give Feedback", "Write to us",
           "Advertise with us: ads@{domain}"),
    "de": ("E-Mail: redaktion@{domain}", "Telefon: {phone}", "Anschrift: {street}, {city}", "Kontakt"),
    "fr": ("Courriel : contact@{domain}", "Téléphone : {phone}", "Nous contacter"),
    "es": ("Correo: redaccion@{domain}", "Teléfono: {phone}", "Contacto"),
    "it": ("Email: redazione@{domain}", "Tel. {phone}", "Contatti"),
    "pt": ("E-mail: redacao@{domain}", "Telefone: {phone}", "Fale conosco"),
    "nl": ("E-mail: redactie@{domain}", "Telefoon: {phone}", "Contact"),
    "pl": ("E-mail: redakcja@{domain}", "Tel.: {phone}", "Kontakt"),
    "ru": ("Электронная почта: info@{domain}", "Телефон редакции: {phone}", "Контакты"),
    "zh": ("联系邮箱：news@{domain}", "联系电话：{phone}"),
    "ar": ("البريد الإلكتروني: info@{domain}", "الهاتف: {phone}"),
    "ja": ("電話：{phone}", "メール：info@{domain}"),
}
COPYRIGHT: Table = {
    "en": ("© Copyright {year}", "© {year} {site}. All rights reserved.", "Copyright © {year} {site} Media Ltd",
           "All rights reserved © {site} {year}", "(c) {year} {site}", "© {year}–{year2} {site}"),
    "de": ("© {year} {site} – Alle Rechte vorbehalten", "Copyright © {year} {site} GmbH"),
    "fr": ("© {year} {site} – Tous droits réservés",),
    "es": ("© {year} {site}. Todos los derechos reservados.",),
    "it": ("© {year} {site} - Tutti i diritti riservati",),
    "pt": ("© {year} {site}. Todos os direitos reservados.",),
    "nl": ("© {year} {site}. Alle rechten voorbehouden.",),
    "pl": ("© {year} {site}. Wszelkie prawa zastrzeżone.",),
    "ru": ("© {year} {site}. Все права защищены.",),
    "zh": ("版权所有 © {year} {site}",),
    "ar": ("© {year} {site}. جميع الحقوق محفوظة.",),
    "ja": ("© {year} {site} 記事・写真の無断転載を禁じます。", "Copyright © {year} {site} All Rights Reserved."),
}
FOOTER_LINKS: Table = {
    "en": ("Disclaimer | Terms of use | Privacy Policy", "About us · Contact · Advertise · Careers",
           "Privacy Policy | Cookie Policy | Terms & Conditions", "Terms of Service", "Privacy Notice",
           "Sitemap | RSS | Accessibility", "SECTIONS", "EDITIONS", "OTHER LINKS", "CONNECT",
           "Do Not Sell My Personal Information"),
    "de": ("Impressum | Datenschutz | AGB | Kontakt", "Datenschutzerklärung", "Impressum", "Barrierefreiheit"),
    "fr": ("Mentions légales | Politique de confidentialité | Contact", "Conditions générales d'utilisation"),
    "es": ("Aviso legal | Política de privacidad | Política de cookies", "Quiénes somos"),
    "it": ("Note legali | Privacy | Cookie policy", "Chi siamo"),
    "pt": ("Termos de uso | Política de privacidade", "Quem somos"),
    "nl": ("Privacybeleid | Algemene voorwaarden | Contact", "Over ons"),
    "pl": ("Regulamin | Polityka prywatności | Kontakt", "O nas"),
    "ru": ("Пользовательское соглашение | Политика конфиденциальности", "О проекте"),
    "zh": ("关于我们 | 联系我们 | 隐私政策", "网站地图"),
    "ar": ("من نحن | اتصل بنا | سياسة الخصوصية",),
    "ja": ("利用規約 | プライバシーポリシー | お問い合わせ", "会社概要"),
}

BYLINES: Table = {
    "en": ("{site} News Desk | {city} | Updated: {dt} | Created: {dt}", "By {name}, {role}", "By {name} and {name2}",
           "{name} · {date} · {n} min read", "Published: {date} | Last updated: {date}", "Posted by {name} on {date}",
           "{name} | {site} | {date}", "Updated {n} hours ago", "Written by {name}"),
    "de": ("Von {name} | {date}", "Veröffentlicht am {date}", "{name}, {city} | {dt}"),
    "fr": ("Par {name}, publié le {date}", "Publié le {date} à {time}", "Par {name} | {city}"),
    "es": ("Por {name} | {city}, {date}", "Actualizado: {dt}", "{name} | {date}"),
    "it": ("di {name} | {date}", "Pubblicato il {date}"),
    "pt": ("Por {name} — {date}", "Publicado em {date}"),
    "nl": ("Door {name} · {date}", "Gepubliceerd op {date}"),
    "pl": ("Autor: {name} | {date}", "Opublikowano: {date}"),
    "ru": ("Автор: {name}, {date}", "Опубликовано: {dt}"),
    "zh": ("来源：{site}  作者：{name}  {date}", "发布时间：{dt}"),
    "ar": ("بقلم {name} - {date}", "نشر في {date}"),
    "ja": ("文：{name}  {date}", "公開日：{dt}"),
}
ROLES = ("Staff Writer", "Senior Correspondent", "Science Editor", "Political Reporter", "Contributor")
