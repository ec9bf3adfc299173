"""Whole invented pages in the languages added after the first eleven: the article of `articles.py`
with the chrome real news sites put around it (menu, byline, date, share call, tags, a related list,
a comment prompt, a newsletter call and a footer), as text and as HTML.

All text here is made up for the tests (no corpus or example page is copied).
"""
from __future__ import annotations

from html import escape

from articles import HEADLINES, PARAGRAPHS, page

# Per language: menu lines, byline, date line, share call, tag line, related heading and its item
# titles, comment prompt, newsletter call, and the footer's legal-link row, rights line and cookie note.
CHROME: dict[str, dict[str, str | tuple[str, ...]]] = {
    "ja": {
        "menu": ("メニュー", "ホーム", "ログイン"),
        "byline": "文：山田 太郎",
        "date": "2025年3月12日 10:30",
        "tags": "タグ：再生可能エネルギー、漁業、白浜台",
        "related": "関連記事",
        "items": ("白浜台の漁協、大学と海の調査で協力へ", "県、沿岸の小さな港の改修に補助金", "潮力発電の仕組みを図解で見る"),
        "footer": ("プライバシーポリシー | 利用規約 | お問い合わせ", "記事・写真の無断転載を禁じます。", "当サイトではCookieを使用しています。"),
        "share": "シェアする",
        "comment": "コメントを書く",
        "newsletter": "メルマガ登録",
    },
    "ko": {
        "menu": ("전체메뉴", "로그인", "검색"),
        "byline": "박지훈 기자",
        "date": "2025년 3월 12일 10:30",
        "tags": "태그: 조력발전, 어촌계, 솔내리",
        "related": "관련기사",
        "items": ("솔내리 어촌계, 대학 연구팀과 어장 조사 협약", "도, 작은 항구 정비에 예산 지원", "조력 발전은 어떻게 전기를 만드나"),
        "footer": ("개인정보처리방침 | 이용약관 | 청소년보호정책", "무단 전재 및 재배포 금지", "이 웹사이트는 쿠키를 사용합니다."),
        "share": "공유하기",
        "comment": "댓글쓰기",
        "newsletter": "뉴스레터 구독",
    },
    "tr": {
        "menu": ("Menü", "Ana Sayfa", "Giriş Yap"),
        "byline": "Yazar: Mehmet Kaya",
        "date": "12 Mart 2025 10:30",
        "tags": "Etiketler: Yenilenebilir enerji, Balıkçılık, Yeşilköprü",
        "related": "İlgili Haberler",
        "items": (
            "Yeşilköprü balıkçıları üniversiteyle ortak çalışma başlattı",
            "Valilik küçük limanların onarımı için kaynak ayırdı",
            "Gelgit santralleri nasıl elektrik üretir?",
        ),
        "footer": (
            "Gizlilik Politikası | Kullanım Koşulları | İletişim",
            "© 2025 Kıyı Gazetesi. Tüm hakları saklıdır.",
            "Sitemiz çerezler kullanmaktadır.",
        ),
        "share": "Paylaş",
        "comment": "Yorum yap",
        "newsletter": "Bültenimize abone olun",
    },
    "sv": {
        "menu": ("Meny", "Sök", "Logga in"),
        "byline": "Av Anna Svensson",
        "date": "12 mars 2025 10:30",
        "tags": "Taggar: Förnybar energi, Fiske, Björkvik",
        "related": "Läs också",
        "items": (
            "Fiskarna i Björkvik inleder samarbete med universitetet",
            "Regionen satsar på små hamnar",
            "Så fungerar ett tidvattenkraftverk",
        ),
        "footer": (
            "Integritetspolicy | Kontakta oss | Om oss",
            "Alla rättigheter förbehållna.",
            "Webbplatsen använder cookies.",
        ),
        "share": "Dela artikeln",
        "comment": "Lämna en kommentar",
        "newsletter": "Prenumerera på vårt nyhetsbrev",
    },
    "cs": {
        "menu": ("Menu", "Hledat", "Přihlásit se"),
        "byline": "Autor: Petr Novák",
        "date": "12. března 2025 10:30",
        "tags": "Témata: Knihovny, Obce, Lipová Lhota",
        "related": "Související články",
        "items": (
            "Obce v kraji opravují staré nádražní budovy",
            "Krajská knihovna rozšiřuje půjčování do vesnic",
            "Jak vybrat knihy pro nejmenší čtenáře",
        ),
        "footer": (
            "Ochrana osobních údajů | Kontakt | Inzerce",
            "© 2025 Obecní listy. Všechna práva vyhrazena.",
            "Tento web používá soubory cookies.",
        ),
        "share": "Sdílet článek",
        "comment": "Přidat komentář",
        "newsletter": "Odebírat newsletter",
    },
    "uk": {
        "menu": ("Меню", "Пошук", "Увійти"),
        "byline": "Автор: Олена Коваль",
        "date": "12 березня 2025 10:30",
        "tags": "Теги: Музеї, Річковий флот, Вербівка",
        "related": "Читайте також",
        "items": (
            "Школярі Вербівки записали спогади річковиків",
            "Область виділила кошти на ремонт пристаней",
            "Як працював зимовий криголам на озері",
        ),
        "footer": (
            "Політика конфіденційності | Контакти | Про нас",
            "© 2025 Вербівські вісті. Усі права захищені.",
            "Сайт використовує файли cookie.",
        ),
        "share": "Поділитися",
        "comment": "Залишити коментар",
        "newsletter": "Підписатися на розсилку",
    },
    "id": {
        "menu": ("Menu", "Beranda", "Masuk"),
        "byline": "Oleh: Budi Santoso",
        "date": "12 Maret 2025 10:30",
        "tags": "Tag: Perpustakaan, Pesisir, Karang Sari",
        "related": "Berita terkait",
        "items": (
            "Nelayan Karang Sari perbaiki perahu tua untuk anak-anak",
            "Pemerintah provinsi bantu desa pesisir",
            "Cara menumbuhkan minat baca anak sejak dini",
        ),
        "footer": (
            "Kebijakan Privasi | Pedoman Media Siber | Hubungi Kami",
            "Hak cipta dilindungi undang-undang.",
            "Situs ini menggunakan cookie.",
        ),
        "share": "Bagikan",
        "comment": "Tulis komentar",
        "newsletter": "Berlangganan newsletter",
    },
    "vi": {
        "menu": ("Trang chủ", "Tìm kiếm", "Đăng nhập"),
        "byline": "Tác giả: Trần Minh",
        "date": "12/03/2025 10:30",
        "tags": "Từ khóa: Điện mặt trời, Nông thôn, Vĩnh Hòa",
        "related": "Tin liên quan",
        "items": (
            "Ngư dân Vĩnh Hòa góp vốn làm điện mặt trời",
            "Tỉnh hỗ trợ các xã ven biển lắp pin mặt trời",
            "Điện mặt trời mái nhà hoạt động như thế nào",
        ),
        "footer": (
            "Chính sách bảo mật | Điều khoản sử dụng | Liên hệ",
            "Bảo lưu mọi quyền.",
            "Trang web này sử dụng cookie.",
        ),
        "share": "Chia sẻ",
        "comment": "Gửi bình luận",
        "newsletter": "Đăng ký nhận bản tin",
    },
}

LANGUAGES = tuple(CHROME)


def chrome(lang: str, part: str) -> tuple[str, ...]:
    """One part of a language's chrome, as a tuple of lines."""
    value = CHROME[lang][part]
    return (value,) if isinstance(value, str) else value


def text_page(lang: str) -> str:
    """The article as scraped text: menu, headline, byline, date, share call, paragraphs, tags, the
    related heading with its titles right under it, comment prompt, newsletter call, footer."""
    related = "\n".join((*chrome(lang, "related"), *chrome(lang, "items")))
    return page(lang=lang, top=chrome(lang, "menu"), lead=(*chrome(lang, "byline"), *chrome(lang, "date"),
                *chrome(lang, "share")), bottom=(*chrome(lang, "tags"), related, *chrome(lang, "comment"),
                *chrome(lang, "newsletter"), *chrome(lang, "footer")))


def html_page(lang: str) -> str:
    """The same page as HTML: a nav menu, the article, a related aside, a comment section, a footer."""
    def links(lines: tuple[str, ...], path: str) -> str:
        return "".join(f'<li><a href="/{path}{i}">{escape(t)}</a></li>' for i, t in enumerate(lines))

    legal, rights, cookie = chrome(lang, "footer")
    headline = escape(HEADLINES[lang])
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in PARAGRAPHS[lang])
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline} | Site</title>'
            f'</head><body><header><nav><ul>{links(chrome(lang, "menu"), "menu")}</ul></nav></header>'
            f'<main><article><h1>{headline}</h1><p class="byline">{escape(str(CHROME[lang]["byline"]))}</p>'
            f'<time>{escape(str(CHROME[lang]["date"]))}</time>'
            f'<div class="share"><a href="/share">{escape(str(CHROME[lang]["share"]))}</a></div>{paragraphs}'
            f'<div class="tags">{escape(str(CHROME[lang]["tags"]))}</div></article>'
            f'<aside class="related"><h2>{escape(str(CHROME[lang]["related"]))}</h2>'
            f'<ul>{links(chrome(lang, "items"), "story")}</ul></aside>'
            f'<section class="comments"><h3>{escape(str(CHROME[lang]["comment"]))}</h3></section></main>'
            f'<footer><p>{escape(str(CHROME[lang]["newsletter"]))}</p>'
            f'<ul>{links(tuple(x.strip() for x in legal.split("|")), "legal")}</ul>'
            f'<p>{escape(rights)}</p><p>{escape(cookie)}</p></footer></body></html>')
