"""Headings that open a related/trending/read-more section, and inline read-more prefixes, per language."""
from __future__ import annotations

from typing import Final

import regex

from . import AtEnd, Phrases, Trigger, start_regex

# A line of its own that opens a list of other articles: "Related Articles", "TRENDING",
# "You may also like", "Mehr zum Thema", "Читайте также".
RELATED_HEADINGS: Final = {
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
           "Explore related topics", "Explore further"],
    "de": ["Ähnliche Themen", "Ähnliche Beiträge", "Weitere Artikel", "Mehr zum Thema", "Das könnte Sie auch interessieren", "Auch interessant",
           "Ähnliche Artikel", "Meistgelesen", "Meistgelesene Artikel", "Weitere interessante News",
           "Aktuelle Artikel", "Lesen Sie auch", "Lesen Sie mehr", "Weiterlesen", "Mehr aus", "Empfehlungen",
           "Verwandte Artikel", "Das könnte dich auch interessieren", "Top-Artikel", "Beliebte Artikel",
           "Neueste Artikel", "Weitere Nachrichten", "Themen des Tages", "Zum Weiterlesen"],
    "fr": ["Sujets similaires", "Discussions similaires", "Articles similaires", "Articles liés", "À lire aussi", "A lire aussi", "Lire aussi",
           "Sur le même sujet", "Les plus lus", "Vous aimerez aussi", "À découvrir", "Plus de",
           "À lire également", "Voir aussi", "Articles recommandés", "Les plus populaires", "Tendances",
           "Nos articles recommandés", "À lire sur le même sujet", "Pour approfondir", "Pour aller plus loin"],
    "es": ["Temas similares", "Hilos similares", "Artículos relacionados", "Noticias relacionadas", "Te puede interesar", "Lo más leído",
           "Más noticias", "Lee también", "También te puede interesar", "Te recomendamos", "Relacionado",
           "Relacionados", "Lo más visto", "Tendencias", "Más leídas", "Ver también", "Temas relacionados",
           "Notas relacionadas", "Otras noticias", "Para saber más"],
    "it": ["Discussioni simili", "Argomenti simili", "Articoli correlati", "Potrebbe interessarti", "I più letti", "Leggi anche", "Altre notizie",
           "Ti potrebbe interessare", "Notizie correlate", "Più letti", "Da non perdere", "Correlati",
           "Potrebbe interessarti anche", "Ti potrebbe interessare anche", "Per approfondire"],
    "pt": ["Tópicos semelhantes", "Tópicos similares", "Artigos relacionados", "Notícias relacionadas", "Leia também", "Mais lidas", "Veja também",
           "Você pode gostar", "Leia mais", "Mais notícias", "Relacionados", "Mais lidos", "Recomendados"],
    "nl": ["Vergelijkbare onderwerpen", "Gerelateerde artikelen", "Lees ook", "Meest gelezen", "Meer nieuws", "Gerelateerd",
           "Ook interessant", "Lees meer", "Populair", "Aanbevolen"],
    "pl": ["Podobne tematy", "Powiązane artykuły", "Zobacz też", "Zobacz także", "Czytaj także", "Czytaj też",
           "Najczęściej czytane", "Polecane", "Popularne", "Podobne artykuły", "Czytaj więcej", "Zobacz również",
           "Czytaj również", "Przeczytaj także", "Przeczytaj też", "Przeczytaj również", "Warto przeczytać"],
    "ru": ["Похожие темы", "Похожие статьи", "Читайте также", "Популярное", "Смотрите также", "Новости по теме",
           "Самое читаемое", "Рекомендуем", "Читайте еще", "Другие новости", "Материалы по теме",
           "Похожие новости", "Читайте также:", "Ещё по теме", "Еще по теме", "По теме"],
    "zh": ["相关帖子", "相似主题", "相关文章", "相关新闻", "相关阅读", "热门文章", "热门", "推荐阅读", "延伸阅读", "猜你喜欢", "热点新闻",
           "更多新闻", "最新文章", "排行榜", "热门排行", "阅读排行", "新闻排行", "相关推荐", "热门推荐", "热门阅读"],
    "ar": ["مقالات ذات صلة", "اقرأ أيضا", "اقرأ أيضاً", "الأكثر قراءة", "أخبار ذات صلة", "قد يعجبك أيضا",
           "مواضيع ذات صلة", "الأكثر مشاهدة"],
    "ja": ["関連記事", "関連ニュース", "関連する記事", "関連リンク", "関連情報", "あわせて読みたい", "合わせて読みたい", "こちらもおすすめ", "おすすめ記事",
           "おすすめの記事", "人気記事", "人気の記事", "よく読まれている記事", "最新記事", "新着記事", "注目記事", "アクセスランキング", "こちらの記事もどうぞ",
           "こんな記事も読まれています", "この記事を読んだ人はこんな記事も読んでいます", "次に読みたい記事",
           "ランキング", "記事ランキング", "人気ランキング", "ニュースランキング", "人気記事ランキング"],
    "ko": ["관련기사", "관련 기사", "관련뉴스", "관련 뉴스", "관련글", "관련 글", "많이 본 뉴스", "많이 본 기사", "가장 많이 본 뉴스", "인기기사",
           "인기 기사", "추천기사", "추천 기사", "최신기사", "최신 기사", "주요뉴스", "주요 뉴스", "함께 보면 좋은 기사", "이 시각 주요뉴스",
           "실시간 인기기사", "다른 기사", "추천 글", "랭킹 뉴스", "랭킹뉴스", "많이 본"],
    # Case folding keeps the dot of "İ" ("i̇"): the capitals and the lowercase forms are listed too.
    "tr": ["İlgili Haberler", "İLGİLİ HABERLER", "İlgili Haber", "İLGİLİ HABER", "İlgili Yazılar", "İlgili İçerikler",
           "ilgili haberler", "ilgili yazılar", "Benzer Haberler", "Benzer Yazılar", "Bunlar da ilginizi çekebilir",
           "İlginizi Çekebilir", "ilginizi çekebilir", "En Çok Okunanlar", "En çok okunan haberler",
           "Çok Okunanlar", "Popüler Haberler", "Son Haberler", "Diğer Haberler", "Önerilen Haberler",
           "Editörün Seçtikleri", "Bunu da okuyun", "Ayrıca okuyun"],
    "sv": ["Läs också", "Läs även", "Relaterade artiklar", "Relaterat", "Mest läst", "Mest lästa",
           "Mest lästa artiklar", "Fler nyheter", "Senaste nytt", "Rekommenderat",
           "Rekommenderade artiklar", "Du kanske också gillar", "Liknande artiklar", "Mer att läsa"],
    "cs": ["Související články", "Související", "Čtěte také", "Čtěte též", "Nejčtenější",
           "Nejčtenější články", "Další články", "Mohlo by vás zajímat", "Mohlo by vás také zajímat",
           "Doporučujeme", "Další zprávy", "Podobné články", "Nejnovější články", "Právě se čte"],
    "uk": ["Читайте також", "Читайте ще", "Схожі статті", "Схожі новини", "Популярне", "Новини на тему",
           "Найпопулярніше", "Найчитаніше", "Інші новини", "Рекомендуємо", "Вас може зацікавити",
           "Матеріали за темою", "Останні новини", "За темою", "Дивіться також"],
    "id": ["Baca juga", "Berita terkait", "Artikel terkait", "Terpopuler", "Berita terpopuler",
           "Berita lainnya", "Artikel lainnya", "Rekomendasi", "Rekomendasi untuk Anda", "Berita terkini",
           "Pilihan editor", "Paling banyak dibaca", "Terkait", "Populer", "Baca selanjutnya",
           "Simak juga"],
    "vi": ["Tin liên quan", "Bài viết liên quan", "Tin cùng chuyên mục", "Đọc thêm", "Xem thêm",
           "Tin mới nhất", "Tin nổi bật", "Đọc nhiều", "Đọc nhiều nhất", "Xem nhiều nhất", "Tin khác",
           "Có thể bạn quan tâm", "Bài liên quan", "Tin tức liên quan", "Bài viết khác"],
    "da": ["Relaterede artikler", "Læs også", "Mest læste", "Flere nyheder", "Relateret", "Seneste nyt"],
    "no": ["Les også", "Relaterte artikler", "Mest lest", "Flere nyheter", "Relatert", "Siste nytt"],
    "fi": ["Lue myös", "Aiheeseen liittyvät", "Luetuimmat", "Luetuimmat uutiset", "Uusimmat",
           "Lisää aiheesta", "Suosituimmat"],
    "hu": ["Kapcsolódó cikkek", "Kapcsolódó", "Ezt is ajánljuk", "Legolvasottabb", "Legolvasottabb cikkek",
           "Olvasta már?", "Friss hírek", "Ajánlott cikkek"],
    "ro": ["Articole similare", "Articole recomandate", "Citește și", "Citeste si", "Cele mai citite",
           "Știri similare", "Știri recomandate"],
    "el": ["Σχετικά άρθρα", "Σχετικά θέματα", "Διαβάστε επίσης", "Διαβάστε ακόμα", "Δημοφιλή",
           "Τελευταία νέα"],
    "he": ["כתבות נוספות", "כתבות קשורות", "עוד באותו נושא", "הנקראים ביותר", "מומלצים"],
    "hi": ["संबंधित खबरें", "ये भी पढ़ें", "यह भी पढ़ें", "सबसे ज्यादा पढ़ी गई", "लेटेस्ट न्यूज़"],
    "fa": ["مطالب مرتبط", "اخبار مرتبط", "بیشتر بخوانید", "پربازدیدترین", "پربازدیدترین اخبار"],
    "th": ["ข่าวที่เกี่ยวข้อง", "บทความที่เกี่ยวข้อง", "ข่าวยอดนิยม", "บทความแนะนำ", "ข่าวล่าสุด"],
}
RELATED_HEADING: Final = Phrases(RELATED_HEADINGS)

# A heading that starts with one of these and names the rest: "More from Reuters", "Mehr aus Berlin",
# "You may like to read:".
MORE_FROM: Final = Phrases({
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
    "tr": ["Daha fazla haber", "Diğer haberler"],
    "sv": ["Mer från", "Mer om", "Fler artiklar om"],
    "cs": ["Více z", "Další z", "Více o"],
    "uk": ["Більше новин", "Ще з", "Більше про"],
    "id": ["Lainnya dari", "Berita lainnya dari", "Selengkapnya tentang"],
    "vi": ["Thêm từ", "Xem thêm về"],
    "da": ["Mere fra", "Mere om"],
    "no": ["Mer fra", "Mer om"],
})

# An inline link to another article inside the text: "Read more: <title>", "Lesen Sie auch: <title>".
READ_MORE_PREFIXES: Final = {
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
    "pl": ["Czytaj także", "Czytaj też", "Czytaj więcej", "Zobacz też", "Zobacz także", "Zobacz również",
           "Czytaj również", "Przeczytaj także", "Przeczytaj też", "Przeczytaj również"],
    "ru": ["Читайте также", "Читайте еще", "Смотрите также", "Подробнее"],
    "zh": ["相关阅读", "延伸阅读", "推荐阅读", "阅读更多"],
    "ar": ["اقرأ أيضا", "اقرأ أيضاً", "اقرأ المزيد"],
    "ja": ["関連記事", "あわせて読みたい", "合わせて読みたい", "関連"],
    "ko": ["관련기사", "관련 기사", "함께 보면 좋은 기사"],
    "tr": ["İlgili Haber", "İLGİLİ HABER", "ilgili haber", "Bunu da okuyun", "Ayrıca okuyun", "İlginizi çekebilir",
           "ilginizi çekebilir"],
    "sv": ["Läs också", "Läs även", "Läs mer"],
    "cs": ["Čtěte také", "Čtěte též", "Čtěte více", "Související"],
    "uk": ["Читайте також", "Читайте ще", "Дивіться також", "Детальніше"],
    "id": ["Baca juga", "Baca Juga", "BACA JUGA", "Simak juga", "Lihat juga", "Baca selengkapnya"],
    "vi": ["Xem thêm", "Đọc thêm", "Tin liên quan"],
    "da": ["Læs også", "Læs mere"],
    "no": ["Les også", "Les mer"],
    "fi": ["Lue myös", "Lue lisää"],
    "hu": ["Ezt is ajánljuk", "Olvassa el ezt is"],
    "ro": ["Citește și", "Citeste si", "Citește mai mult"],
    "el": ["Διαβάστε επίσης", "Διαβάστε ακόμα"],
    "hi": ["ये भी पढ़ें", "यह भी पढ़ें", "और पढ़ें"],
    "fa": ["بیشتر بخوانید", "بخوانید"],
    "th": ["อ่านเพิ่มเติม", "อ่านต่อ"],
}
# "Read more: Psqca Launches Operation ...", "ALSO READ | India wins ...", "Lesen Sie auch: ..."
READ_MORE_INLINE: Final = start_regex(READ_MORE_PREFIXES)

# A teaser of another article: a paragraph that ends, after a sentence end or an ellipsis, in a link
# to read the rest ("... bis zu sechs Wochen. Mehr…", "As it… Read more", "... if. […]"). The
# article's own sentence "all we had to do was continue reading." has no sentence end before it.
TEASER_END: Final = regex.compile(
    r"(?:[.!?…\"”»)]\s*|\.\.\.\s*)(?:mehr\s?(?:…|\.\.\.|»)|read more|continue reading|weiterlesen|lire la suite"
    r"|leer más|leggi tutto|lees meer|czytaj dalej|читать далее|続きを読む|阅读全文)\W{0,3}(?:read more\W{0,3})?$",
    regex.IGNORECASE)
# An excerpt cut off with a bracketed ellipsis: "... which field is more good if. […]"
TEASER_ELLIPSIS: Final = regex.compile(r"\S\s?\[(?:…|\.\.\.)\]$")
# The longest ending the pattern reads: a sentence end, "continue reading", "Read more" and marks.
TEASER_TAIL: Final = 48
TEASER_END_LINE: Final = Trigger(AtEnd(TEASER_END, TEASER_TAIL), words=frozenset(
    ["mehr", "more", "reading", "weiterlesen", "suite", "más", "tutto", "meer", "dalej", "далее"]),
    anchors=("続きを読む", "阅读全文"))
TEASER_ELLIPSIS_LINE: Final = Trigger(AtEnd(TEASER_ELLIPSIS, TEASER_TAIL), char="[")
