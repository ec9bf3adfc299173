"""Parse a page's raw metadata strings into fields: ``author`` (names), ``date`` (ISO 8601), ``tags``.

Filters put the lines they move to metadata there as written (``byline``, date lines, tag lines);
HTML adds <meta> facts. This reads them once per page, after the blocks are labelled, so it can
never change body text; the strings it read stay under their own keys (``byline``) or ``*_raw``
(``date_raw``, ``tags_raw``, ``author_raw``), so nothing is lost.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import regex

from .casing import str_lower
from .dates import NUMERIC, parse_date
from .patterns import normalize
from .patterns.byline import BYLINE_END, BYLINE_START, DATE, DATE_LABEL, NEWSROOM, POSTED_BY, TAG_LABEL, TIME
from .patterns.notices import COMMENT_COUNT_INLINE
from .patterns.stopwords import function_word_language

# The parts of a byline row: "By Anna Reyes | Published: May 14, 2025 | 4 min read"
BYLINE_PARTS = regex.compile(r"\s*(?:\||•|·|\s[—–]\s|\s-\s|/\s)\s*")
# Between two names: "Anna Reyes and Tom Hall", "Max Muster und Eva Beispiel", "刘晓岚、王明"
NAME_JOINS = regex.compile(r"\s*(?:,|;|&|、|，|\s(?:and|und|et|y|e|en|i|и|og|och|ve|dan)\s)\s*", regex.IGNORECASE)
# Lowercase words a name may hold: "Ana de la Cruz", "Ludwig van Beethoven", "Omar bin Laden"
NAME_PARTICLES = frozenset(["de", "del", "della", "der", "di", "da", "das", "do", "dos", "du", "la", "le", "van", "von", "ten", "ter", "den", "zu", "bin", "ibn", "al", "el", "y"])
MAX_NAME_WORDS = 5
# Labels that credit a picture or video, not the text: "Photo by", "Foto:", "Фото"
CREDIT_WORDS = frozenset(["photo", "photos", "photograph", "image", "video", "foto", "fotos", "фото"])
# Lowercase job words after a name: "Judith Burns, Education reporter", "Alan Boyle Science editor"
ROLE_WORDS = frozenset(["reporter", "editor", "correspondent", "writer", "columnist", "contributor", "journalist",
                        "producer", "analyst", "critic", "photographer", "redakteur", "redakteurin", "journaliste",
                        "periodista", "giornalista", "jornalista", "verslaggever", "redacteur", "корреспондент"])
MAX_ROLE_WORDS = 3
# Bullets and markers in front of a tag line: "• Pakistan", "- Energy", "#Energie"
TAG_EDGE = "•·-–—*▪►✓#|>›»:;,. \t"
TAG_SPLIT = regex.compile(r"\s*(?:,|;|\||·|•|/\s|、|，)\s*")  # "、" and "，": Japanese and Chinese commas
MAX_TAG_CHARS = 80
# Each parsed field and the key its raw strings move to. ``date`` is the only one whose value is
# not a piece of the page's text (it is rewritten as ISO 8601); names and tags are substrings.
RAW_FIELDS = {"author": "author_raw", "date": "date_raw", "tags": "tags_raw"}
# English-speaking places that write the day first (a page's declared language, "en-GB").
DAY_FIRST_ENGLISH = frozenset(["en-gb", "en-ie", "en-au", "en-nz", "en-in", "en-za", "en-pk", "en-ng", "en-ke", "en-sg"])


def parse_metadata(raw: dict[str, Any], *, text: str = "") -> dict[str, Any]:
    """``raw`` (what filters and <meta> tags collected) with parsed fields added.

    - ``author``: a list of names, from the page's <meta>/JSON-LD author, else from the byline.
    - ``date``: ISO 8601, from the first candidate that reads (<meta> date, date lines, byline);
      a slashed date that could be either way round ("07/03/2025") is read day first when the page
      says so (see `slashes_day_first`; ``text`` is the page's main text).
    - ``tags``: a list of clean tag strings, from the tag lines; ``keywords`` (HTML) stays apart.

    >>> parse_metadata({"byline": "By Anna Reyes | Published: May 14, 2025 | 4 min read"})
    {'byline': 'By Anna Reyes | Published: May 14, 2025 | 4 min read', 'author': ['Anna Reyes'], 'date': '2025-05-14'}
    >>> parse_metadata({"tags": ["• Country:", "• Pakistan"]})
    {'tags': ['Pakistan'], 'tags_raw': ['• Country:', '• Pakistan']}
    """
    out = dict(raw)
    byline = raw.get("byline")
    author = raw.get("author")
    if isinstance(author, str):
        out["author_raw"] = author
        names = split_names(author)
        if names:
            out["author"] = names
        else:
            del out["author"]
    elif author is None and isinstance(byline, str):
        names = byline_authors(byline)
        if names:
            out["author"] = names
    date_raw = raw.get("date")
    if isinstance(date_raw, str):
        out["date_raw"] = date_raw
        del out["date"]
        if "author" not in out:  # "Posted on March 3, 2025 by Giulia Ferretti"
            names = [m["name"] for m in map(POSTED_BY.search, date_raw.split("\n")) if m]
            # "1. Januar 2016 von KleineGrüneMonster Ein Kommentar": a comment count after the name.
            names = [n for n in names if COMMENT_COUNT_INLINE.words.isdisjoint(str_lower(n).split())]
            if names:
                out["author"] = names[:1]
    candidates = [*(date_raw.split("\n") if isinstance(date_raw, str) else ()),
                  *(byline.split("\n") if isinstance(byline, str) else ())]
    day_first = any(map(_either_way_round, candidates)) and slashes_day_first(candidates, raw.get("language"), text)
    date = next((d for d in (parse_date(c, day_first=day_first) for c in candidates) if d), None)
    if date:
        out["date"] = date
    tags_raw = raw.get("tags")
    if isinstance(tags_raw, list):
        out["tags"] = clean_tags(tags_raw)
        out["tags_raw"] = tags_raw
    return out


def _either_way_round(text: str) -> bool:
    """Whether ``text`` holds a slashed date whose day and month could be swapped ("07/03/2025")."""
    return any(m["sep"] == "/" and int(m["a"]) <= 12 and int(m["b"]) <= 12 for m in NUMERIC.finditer(text))


def slashes_day_first(candidates: Iterable[str], language: object, text: str) -> bool:
    """Whether the page writes slashed dates day first ("07/03/2025" is 7 March), from, in order:
    a slashed date of the page's that only reads one way round ("25/03/2025" day first, "03/25/2025"
    month first); the language the page declares ("de", "en-GB": day first; "en", "en-US": month
    first); the language of its text's function words (any but English: day first). Without any of
    these, month first, the US form that slashes mostly mean.

    >>> slashes_day_first(["Posted 07/03/2025", "Updated 25/03/2025"], None, "")
    True
    >>> slashes_day_first(["07/03/2025"], "en-US", "")
    False
    >>> slashes_day_first(["07/03/2025"], None, "Der Rat hat am Montag über die Pläne für das neue Bad in der Stadt beraten.")
    True
    """
    for candidate in candidates:
        for m in NUMERIC.finditer(candidate):
            a, b = int(m["a"]), int(m["b"])
            if m["sep"] == "/" and (a > 12) != (b > 12):
                return a > 12
    if isinstance(language, str) and language.strip():
        code = language.strip().lower().replace("_", "-")
        return not code.startswith("en") or code in DAY_FIRST_ENGLISH
    found = function_word_language(text)
    return found is not None and found != "en"


def byline_authors(byline: str) -> list[str]:
    """The names a byline gives: after its label ("By", "Von", "作者"), else a newsroom that opens it.

    >>> byline_authors("By Filipa Carvalhal, Education reporter")
    ['Filipa Carvalhal']
    >>> byline_authors("Coastwatch News Desk | Caldwick | Updated: 02-03-2025 10:42 GMT")
    ['Coastwatch News Desk']
    """
    names: list[str] = []
    for line in byline.split("\n"):
        parts = [p for p in BYLINE_PARTS.split(line.strip()) if p]
        for n, part in enumerate(parts):
            key = normalize(part)
            label = BYLINE_START.start(key)
            if label and label.split(" ", 1)[0] in CREDIT_WORDS:
                continue  # "Photo by Dan Seifert": the picture's author, not the article's
            if label and NEWSROOM.search(label):
                names.append(part.strip(" ,;:"))  # "Redacción Soria": the newsroom is the author
            elif label:
                # The words after the label as written: "Autor: Max", "记者 刘晓岚"
                words = part.split(None, label.count(" ") + 1)
                rest = words[-1] if len(words) > label.count(" ") + 1 else ""
                if "：" in part and (not rest.strip(":： ") or "：" in part[:len(label) + 2]):
                    rest = part.split("：", 1)[1]  # "文：山田 太郎": the colon, not a space, ends the label
                if not rest.strip(":：|-–— ") and n + 1 < len(parts):
                    rest = parts[n + 1]  # "Written by | Orla Penhallow": the name is the next part
                names += split_names(rest.lstrip(":：|-–— "))
            elif n == 0 and (role := BYLINE_END.end(key)) and len(key) > len(role):
                # "(서울=연합뉴스) 박지훈 기자": the word before the role is the name (a Korean name is one word)
                names.append(part.split()[-(role.count(" ") + 2)])
            elif n == 0 and NEWSROOM.search(part) and not _is_date_part(part):
                names.append(part.strip(" ,;:"))
            elif " " in part and (m := POSTED_BY.search(part)) and _is_date_part(part):
                names.append(m["name"])  # "Posted on 3 March 2026 by Wendel Ostrander · 7 comments"
    return list(dict.fromkeys(names))


def split_names(text: str) -> list[str]:
    """The person names in a list of them: roles, places and dates in between are left out.

    >>> split_names("Anna Reyes and Tom Hall, Staff reporters")
    ['Anna Reyes', 'Tom Hall']
    >>> split_names("Heather Solos on October 22, 2012")
    ['Heather Solos']
    """
    parts = NAME_JOINS.split(text)
    # After a name and a comma, a role in title case: "Colm Ardagh, Agriculture Reporter" (but "Tom
    # Hall and Sarah Writer" are two names).
    commas = [False, *(m.group().strip() in (",", "，", "、") for m in NAME_JOINS.finditer(text))]
    names = (_name_prefix(q.strip(" .:")) for q, comma in zip(parts, commas) if not (comma and _title_case_role(q)))
    return [name for name in names if name]


def _title_case_role(text: str) -> bool:
    """ "Agriculture Reporter", "Senior Correspondent": at most three words, the last a role word."""
    words = text.split()
    return 0 < len(words) <= MAX_ROLE_WORDS and words[-1].casefold().rstrip("s") in ROLE_WORDS


def _name_prefix(text: str) -> str:
    """The name a part starts with: its words up to the first that cannot be in a name.

    "Keith Peiris on Wednesday" -> "Keith Peiris"; "Jon Porter @JonPorty Jul 3" -> "Jon Porter";
    "Judith Burns Education reporter" -> "Judith Burns" (a capitalised word before a role word is
    the role's: "Science editor"); "staff writers" -> "" (no name at all).
    """
    words = text.split()
    taken: list[str] = []
    for word in words:
        first = word[0]
        if any(c.isdigit() for c in word) or not first.isalpha():
            break
        if first.islower() and word.casefold() not in NAME_PARTICLES:
            if word.casefold().rstrip("s") in ROLE_WORDS:
                if len(taken) <= 1:
                    return ""  # "Education reporter", "Staff writers": a role, not a name
                if len(taken) > 2:
                    taken.pop()
            break
        taken.append(word)
    while taken and taken[-1].casefold() in NAME_PARTICLES:
        taken.pop()  # "Ana de" is no name: a particle ends none
    if not taken or len(taken) > MAX_NAME_WORDS or DATE_LABEL.start(normalize(" ".join(taken))):
        return ""
    name = " ".join(taken).rstrip(",;")
    # A script with case needs a capital somewhere ("staff" is no name); 刘晓岚 has no case.
    has_case = any(c.isupper() or c.islower() for c in name)
    return name if not has_case or any(c.isupper() for c in name) else ""


def _is_date_part(part: str) -> bool:
    return bool(DATE.search(part) or TIME.search(part) or DATE_LABEL.start(normalize(part)))


def clean_tags(lines: Iterable[str]) -> list[str]:
    """Tag lines as tags: labels ("Tags:", "• Country:"), bullets and duplicates left out.

    >>> clean_tags(["Etiquetas:", "Patrimonio", "Soria"])
    ['Patrimonio', 'Soria']
    >>> clean_tags(["Tags: Energy, Heat networks, #Ellernau"])
    ['Energy', 'Heat networks', 'Ellernau']
    """
    tags: list[str] = []
    seen: set[str] = set()
    for line in lines:
        text = line.strip(TAG_EDGE)
        head, colon, tail = text.partition(":") if ":" in text else text.partition("：")
        if colon and (TAG_LABEL.line(normalize(head)) or not tail.strip() or len(head) <= 30 and not tags
                      and TAG_LABEL.start(normalize(head))):
            text = tail  # "Tags: Energy, Heat" -> "Energy, Heat"; "• Country:" -> ""
        elif TAG_LABEL.line(normalize(text)):
            continue  # a label alone: "Hashtags", "Schlagwörter"
        for tag in TAG_SPLIT.split(text):
            tag = tag.strip(TAG_EDGE)
            if tag and len(tag) <= MAX_TAG_CHARS and tag.casefold() not in seen:
                seen.add(tag.casefold())
                tags.append(tag)
    return tags
