"""Headings that open a related/trending/read-more section, and inline read-more prefixes, per language."""
from __future__ import annotations

from . import Phrases, start_regex

# A line of its own that opens a list of other articles: "Related Articles", "TRENDING",
# "You may also like", "Mehr zum Thema", "Читайте также".
RELATED_HEADINGS = {
    "en": ["Related Articles", "Related Stories", "Related Posts", "Related News", "Related Content",
           "Similar threads", "Similar discussions", "Related threads", "Similar topics",
           "Related Coverage", "Related Links", "Related Reading", "Related Topics", "Related", "See also",
           "Trending", "Trending Now", "Trending News", "Trending Stories", "Most Popular", "Most Read",
           "Most Viewed", "Most Shared", "Most Commented", "Popular", "Popular Posts", "Popular Stories",
           "You may also like", "You might also like", "You May Like", "You might be interested in",
           "Recommended", "Recommended for you", "Recommended Stories", "Recommended Articles",
           "More stories", "More Stories", "More news", "More News", "More articles", "More to read",
           "Read more", "Read More", "Read next", "Read Next", "Up next", "Up Next", "What to read next",
           "Further reading", "Also read", "Also Read", "Don't miss", "Don't Miss", "Editor's Picks",
           "Editors' Picks", "Top Stories", "Latest Stories", "Other news", "In other news", "Also on",
           "Around the web", "From the web", "Sponsored Stories", "Promoted Stories", "Explore more",
           "Keep reading", "Continue reading", "More in", "More on this story", "Similar articles",
           "Recent Posts", "Recent Articles", "Latest Posts", "Related Videos", "Watch next", "Related post",
           "Related posts", "Related entries", "Related reading", "Similar posts", "More posts", "Read also",
           "Explore related topics"],
    "de": ["Ähnliche Themen", "Ähnliche Beiträge", "Weitere Artikel", "Mehr zum Thema", "Das könnte Sie auch interessieren", "Auch interessant",
           "Ähnliche Artikel", "Meistgelesen", "Meistgelesene Artikel", "Weitere interessante News",
           "Aktuelle Artikel", "Lesen Sie auch", "Lesen Sie mehr", "Weiterlesen", "Mehr aus", "Empfehlungen",
           "Verwandte Artikel", "Das könnte dich auch interessieren", "Top-Artikel", "Beliebte Artikel",
           "Neueste Artikel", "Weitere Nachrichten", "Themen des Tages"],
    "fr": ["Sujets similaires", "Discussions similaires", "Articles similaires", "Articles liés", "À lire aussi", "A lire aussi", "Lire aussi",
           "Sur le même sujet", "Les plus lus", "Vous aimerez aussi", "À découvrir", "Plus de",
           "À lire également", "Voir aussi", "Articles recommandés", "Les plus populaires", "Tendances",
           "Nos articles recommandés", "À lire sur le même sujet"],
    "es": ["Temas similares", "Hilos similares", "Artículos relacionados", "Noticias relacionadas", "Te puede interesar", "Lo más leído",
           "Más noticias", "Lee también", "También te puede interesar", "Te recomendamos", "Relacionado",
           "Relacionados", "Lo más visto", "Tendencias", "Más leídas", "Ver también", "Temas relacionados",
           "Notas relacionadas", "Otras noticias"],
    "it": ["Discussioni simili", "Argomenti simili", "Articoli correlati", "Potrebbe interessarti", "I più letti", "Leggi anche", "Altre notizie",
           "Ti potrebbe interessare", "Notizie correlate", "Più letti", "Da non perdere", "Correlati",
           "Potrebbe interessarti anche", "Ti potrebbe interessare anche"],
    "pt": ["Tópicos semelhantes", "Tópicos similares", "Artigos relacionados", "Notícias relacionadas", "Leia também", "Mais lidas", "Veja também",
           "Você pode gostar", "Leia mais", "Mais notícias", "Relacionados", "Mais lidos", "Recomendados"],
    "nl": ["Vergelijkbare onderwerpen", "Gerelateerde artikelen", "Lees ook", "Meest gelezen", "Meer nieuws", "Gerelateerd",
           "Ook interessant", "Lees meer", "Populair", "Aanbevolen"],
    "pl": ["Podobne tematy", "Powiązane artykuły", "Zobacz też", "Zobacz także", "Czytaj także", "Czytaj też",
           "Najczęściej czytane", "Polecane", "Popularne", "Podobne artykuły", "Czytaj więcej"],
    "ru": ["Похожие темы", "Похожие статьи", "Читайте также", "Популярное", "Смотрите также", "Новости по теме",
           "Самое читаемое", "Рекомендуем", "Читайте еще", "Другие новости", "Материалы по теме",
           "Похожие новости", "Читайте также:", "Ещё по теме", "Еще по теме", "По теме"],
    "zh": ["相关帖子", "相似主题", "相关文章", "相关新闻", "相关阅读", "热门文章", "热门", "推荐阅读", "延伸阅读", "猜你喜欢", "热点新闻",
           "更多新闻", "最新文章"],
    "ar": ["مقالات ذات صلة", "اقرأ أيضا", "اقرأ أيضاً", "الأكثر قراءة", "أخبار ذات صلة", "قد يعجبك أيضا",
           "مواضيع ذات صلة", "الأكثر مشاهدة"],
}
RELATED_HEADING = Phrases(RELATED_HEADINGS)

# A heading that starts with one of these and names the rest: "More from Reuters", "Mehr aus Berlin",
# "You may like to read:".
MORE_FROM = Phrases({
    "en": ["More from", "More in", "More on", "More about", "Latest from", "Also from", "Also on", "Other stories from",
           "You may like", "You may also like", "You might like", "You might also like", "You may be interested",
           "Recommended for you", "Related articles", "Related stories", "Related posts", "Related news",
           "More stories", "Other articles", "Popular on", "Trending on", "Most popular on", "More like this"],
    "de": ["Mehr aus", "Mehr von", "Mehr zu", "Weitere Artikel aus", "Mehr zum Thema"],
    "fr": ["Plus de", "Plus d'articles", "Toute l'actualité"],
    "es": ["Más de", "Más sobre", "Más noticias de"],
    "it": ["Altro da", "Altre notizie da", "Altro su"],
    "pt": ["Mais de", "Mais sobre"],
    "nl": ["Meer van", "Meer over", "Meer uit"],
    "pl": ["Więcej z", "Więcej o"],
    "ru": ["Ещё из", "Больше новостей", "Другие материалы"],
    "zh": ["更多"],
    "ar": ["المزيد من"],
})

# An inline link to another article inside the text: "Read more: <title>", "Lesen Sie auch: <title>".
READ_MORE_PREFIXES = {
    "en": ["Read more", "Read More", "READ MORE", "Also read", "Also Read", "ALSO READ", "Read also",
           "Related", "RELATED", "See also", "Read next", "Recommended", "Don't miss", "Must read",
           "Click here to read", "Read the full story", "Read:", "More:", "Watch", "WATCH", "Listen"],
    "de": ["Lesen Sie auch", "Lesen Sie mehr", "Lesen Sie hier", "Auch interessant", "Mehr zum Thema",
           "Weiterlesen", "Siehe auch", "Lesetipp", "Lese-Tipp"],
    "fr": ["Lire aussi", "À lire aussi", "A lire aussi", "Lire la suite", "Voir aussi", "À lire"],
    "es": ["Lee también", "Leer más", "Lea también", "Ver también", "Te puede interesar", "Relacionado"],
    "it": ["Leggi anche", "Leggi di più", "Vedi anche", "Potrebbe interessarti"],
    "pt": ["Leia também", "Leia mais", "Veja também", "Saiba mais"],
    "nl": ["Lees ook", "Lees meer", "Zie ook"],
    "pl": ["Czytaj także", "Czytaj też", "Czytaj więcej", "Zobacz też", "Zobacz także"],
    "ru": ["Читайте также", "Читайте еще", "Смотрите также", "Подробнее"],
    "zh": ["相关阅读", "延伸阅读", "推荐阅读", "阅读更多"],
    "ar": ["اقرأ أيضا", "اقرأ أيضاً", "اقرأ المزيد"],
}
# "Read more: Psqca Launches Operation ...", "ALSO READ | India wins ...", "Lesen Sie auch: ..."
READ_MORE_INLINE = start_regex(READ_MORE_PREFIXES)
