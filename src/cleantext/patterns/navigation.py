"""Navigation, menu, share and follow phrases, per language."""
from __future__ import annotations

from . import Phrases

# Lines that are a menu control or a site-wide navigation word on their own:
# "Left Menu", "Skip to content", "Startseite", "首页".
MENU_WORDS = {
    "en": ["Left Menu", "Right Menu", "Main Menu", "Menu", "Open menu", "Close menu", "Toggle navigation",
           "Navigation", "Skip to content", "Skip to main content", "Skip to navigation", "Jump to content",
           "Home", "Homepage", "Search", "Log in", "Login", "Sign in", "Sign up", "Register", "Log out",
           "Sign out", "My account", "Your Profile", "Back to top", "Go to top", "Scroll to top", "Top",
           "Previous", "Next", "Previous article", "Next article", "Previous post", "Next post", "Print",
           "Email", "Text size", "Font size", "Scroll Left", "Scroll Right", "More", "Show more", "Load more",
           "View all", "See all", "Close", "Sections", "Editions", "Subscribe", "Latest News", "Breadcrumb",
           "You are here", "Print this page", "Listen", "Listen to this article", "Share", "Tweet", "Pin it",
           "Like", "Reply", "Advertise", "Contact", "Contact us", "About", "About us", "Sitemap", "Site map",
           "RSS", "Feeds", "Archives", "Search for", "Go", "Submit", "Older", "Newer",
           "Older posts", "Newer posts", "Older entries", "Newer entries", "Previous page", "Next page",
           "Previous story", "Next story", "Return to top", "Jump to comments", "Skip to comments"],
    "de": ["Menü", "Hauptmenü", "Navigation", "Startseite", "Suche", "Suchen", "Anmelden", "Abmelden",
           "Vorheriger Beitrag", "Nächster Beitrag", "Vorheriger Artikel", "Nächster Artikel", "Ältere Beiträge",
           "Neuere Beiträge", "Suche nach", "Gefällt mir", "Teilen mit",
           "Registrieren", "Zum Inhalt springen", "Direkt zum Inhalt", "Zur Navigation", "Nach oben",
           "Zurück", "Weiter", "Drucken", "Mehr", "Alle anzeigen", "Mein Konto", "Kontakt", "Sie sind hier"],
    "fr": ["Menu", "Accueil", "Rechercher", "Recherche", "Se connecter", "Connexion", "Déconnexion",
           "S'inscrire", "Aller au contenu", "Retour en haut", "Imprimer", "Plus", "Voir tout",
           "Mon compte", "Vous êtes ici"],
    "es": ["Menú", "Inicio", "Buscar", "Búsqueda", "Iniciar sesión", "Registrarse", "Cerrar sesión",
           "Ir al contenido", "Volver arriba", "Imprimir", "Ver más", "Ver todo", "Mi cuenta", "Usted está aquí"],
    "it": ["Menu", "Home page", "Cerca", "Accedi", "Registrati", "Esci", "Vai al contenuto", "Torna su",
           "Stampa", "Altro", "Vedi tutti", "Il mio account"],
    "pt": ["Menu", "Início", "Página inicial", "Pesquisar", "Buscar", "Entrar", "Cadastre-se", "Sair",
           "Ir para o conteúdo", "Voltar ao topo", "Imprimir", "Ver mais", "Minha conta"],
    "nl": ["Menu", "Hoofdmenu", "Zoeken", "Inloggen", "Uitloggen", "Registreren", "Naar inhoud",
           "Terug naar boven", "Afdrukken", "Meer", "Bekijk alles", "Mijn account", "U bent hier"],
    "pl": ["Menu", "Strona główna", "Szukaj", "Wyszukaj", "Zaloguj", "Zaloguj się", "Wyloguj",
           "Zarejestruj się", "Przejdź do treści", "Do góry", "Drukuj", "Więcej", "Zobacz wszystkie"],
    "ru": ["Меню", "Главная", "Поиск", "Найти", "Войти", "Вход", "Выйти", "Регистрация",
           "Перейти к содержимому", "Наверх", "Печать", "Ещё", "Показать все", "Личный кабинет"],
    "zh": ["首页", "菜单", "导航", "搜索", "登录", "注册", "退出", "返回顶部", "打印", "更多", "查看全部"],
    "ar": ["القائمة", "الرئيسية", "الصفحة الرئيسية", "بحث", "تسجيل الدخول", "تسجيل", "خروج",
           "العودة للأعلى", "طباعة", "المزيد", "عرض الكل"],
}
MENU_LINE = Phrases(MENU_WORDS)
# A menu control at the end of a header line: "date 2025-07-12 Left Menu".
MENU_CONTROL = Phrases(
    {"en": ["Left Menu", "Right Menu", "Main Menu", "Toggle navigation", "Open menu"],
     "de": ["Hauptmenü"], "nl": ["Hoofdmenu"]})

# Social networks, named in share/follow rows: "LinkedIn Quora Youtube RSS".
SOCIAL_NETWORKS = {
    "any": ["Facebook", "Twitter", "X", "LinkedIn", "Instagram", "YouTube", "Youtube", "Pinterest", "WhatsApp",
            "Telegram", "Reddit", "Tumblr", "RSS", "Quora", "TikTok", "Xing", "VK", "VKontakte", "Weibo",
            "WeChat", "Flipboard", "Threads", "Bluesky", "Mastodon", "Snapchat", "Email", "E-mail", "Mail",
            "Print", "Messenger", "Digg", "StumbleUpon", "Delicious", "Google+", "Google Plus", "Pocket",
            "Line", "Viber", "Odnoklassniki", "OK", "Skype", "SMS", "Copy link", "Copy Link", "Feed",
            "Podcast", "Podcasts", "Newsletter", "Apple News", "Google News", "Spotify", "Naver", "Kakao",
            "微博", "微信", "QQ", "Douban", "Qzone"],
}
SOCIAL = Phrases(SOCIAL_NETWORKS)

# Share/follow calls: "Share this article", "Folgen Sie uns", "Connect us on".
SHARE_FOLLOW = {
    "en": ["Share", "Share this", "Share this article", "Share this story", "Share this post", "Share on",
           "Share via", "Share article", "Share page", "Shares", "Follow us", "Follow us on", "Follow",
           "Connect with us", "Connect us on", "Find us on", "Like us on Facebook", "Join us on",
           "Tweet this", "Email this", "Email this article", "Send to a friend", "Share with friends",
           "Click to share", "Opens in new window", "Share this:", "Share the article", "Like this",
           "Rate this", "Be the first to like this", "Like Loading", "Share this post", "Share via email",
           "Print this article", "Email to a friend", "Recommend this article", "Rate this article"],
    "de": ["Teilen", "Artikel teilen", "Diesen Artikel teilen", "Folgen Sie uns", "Folge uns",
           "Empfehlen", "Per E-Mail versenden", "Teilen auf", "Jetzt teilen"],
    "fr": ["Partager", "Partager cet article", "Partager sur", "Suivez-nous", "Suivez-nous sur", "Envoyer"],
    "es": ["Compartir", "Compartir en", "Comparte", "Síguenos", "Síguenos en", "Enviar"],
    "it": ["Condividi", "Condividi su", "Seguici", "Seguici su", "Invia"],
    "pt": ["Compartilhar", "Compartilhe", "Partilhar", "Siga-nos", "Siga-nos no", "Enviar"],
    "nl": ["Delen", "Deel dit artikel", "Volg ons", "Volg ons op", "Deel"],
    "pl": ["Udostępnij", "Podziel się", "Obserwuj nas", "Śledź nas"],
    "ru": ["Поделиться", "Поделитесь", "Подписывайтесь", "Мы в соцсетях", "Следите за нами"],
    "zh": ["分享", "分享到", "关注我们", "转发"],
    "ar": ["شارك", "مشاركة", "تابعنا", "تابعونا على"],
}
SHARE = Phrases(SHARE_FOLLOW)


# Names of a news site's sections. A line made of them is a menu flattened into one line:
# "Opinion Sport Health Home Business Obituaries Local Weather".
SECTION_NAMES = Phrases({
    "en": ["News", "World", "Politics", "Business", "Economy", "Money", "Markets", "Sport", "Sports", "Culture",
           "Opinion", "Health", "Science", "Tech", "Technology", "Entertainment", "Lifestyle", "Travel", "Weather",
           "Local", "National", "International", "Video", "Videos", "Photos", "Obituaries", "Education",
           "Environment", "Arts", "Books", "Food", "Style", "Fashion", "Cars", "Autos", "Jobs", "Home", "US", "UK",
           "Europe", "Asia", "Africa", "Americas", "Middle East", "Life", "Society", "Crime", "Podcasts", "Live",
           "Latest", "Trending", "Features", "Analysis", "Sections", "More", "Menu", "Search", "Subscribe"],
    "de": ["Nachrichten", "Politik", "Wirtschaft", "Kultur", "Meinung", "Gesundheit", "Wissen", "Panorama",
           "Lokales", "Regional", "Wetter", "Reise", "Auto", "Digital", "Karriere", "Ausland", "Inland", "Startseite",
           "Gesellschaft", "Finanzen", "Leben", "Region"],
    "fr": ["Actualités", "Politique", "Économie", "Culture", "Santé", "Sciences", "Monde", "Société", "Météo",
           "Vidéos", "Accueil", "Régions", "Opinions", "Sports", "Faits divers", "Idées"],
    "es": ["Noticias", "Política", "Economía", "Deportes", "Cultura", "Opinión", "Salud", "Ciencia", "Sociedad",
           "Tecnología", "Inicio", "Nacional", "Internacional", "Portada", "Espectáculos", "Mundo"],
    "it": ["Notizie", "Politica", "Economia", "Cultura", "Opinioni", "Salute", "Scienza", "Esteri", "Cronaca",
           "Spettacoli", "Tecnologia", "Mondo"],
    "pt": ["Notícias", "Economia", "Esportes", "Desporto", "Opinião", "Saúde", "Ciência", "Mundo", "Brasil",
           "Início", "Tecnologia"],
    "nl": ["Nieuws", "Politiek", "Economie", "Cultuur", "Opinie", "Gezondheid", "Wetenschap", "Buitenland",
           "Binnenland", "Regio"],
    "pl": ["Wiadomości", "Polityka", "Gospodarka", "Kultura", "Opinie", "Zdrowie", "Nauka", "Świat", "Kraj"],
    "ru": ["Новости", "Политика", "Экономика", "Спорт", "Культура", "Мнения", "Здоровье", "Наука", "Мир",
           "Общество", "Происшествия", "Главная"],
    "zh": ["新闻", "国内", "国际", "财经", "体育", "娱乐", "科技", "军事", "社会", "评论"],
    "ar": ["أخبار", "سياسة", "اقتصاد", "رياضة", "ثقافة", "رأي", "صحة", "علوم", "العالم", "منوعات"],
})
