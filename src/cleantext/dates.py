"""Read a date out of a metadata string ("Published: May 14, 2025", "12-07-2025 15:58 IST") as ISO 8601.

Metadata only: this never touches body text. Called once per page on the few candidate strings
(the HTML <meta> date, date lines, the byline), so a handful of regexes is all it costs. It reads
the forms news pages use in many languages; what it cannot read stays in the raw field.
"""
from __future__ import annotations

import datetime as dt

import regex

from .patterns.dates import MONTH_NUMBER

_MONTH = "|".join(sorted(map(regex.escape, MONTH_NUMBER), key=len, reverse=True))
# 2025-05-14, 2025-05-14T10:00:00Z, 2025-05-14 10:00:00+02:00 (HTML meta tags and JSON-LD)
ISO = regex.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
                    r"(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?:[.,]\d+)?"
                    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?)?(?!\d)")
# "May 14, 2025", "Sept. 3rd 2025"
MONTH_FIRST = regex.compile(rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b",
                            regex.IGNORECASE)
# "14 May 2025", "3 mars 2025", "12 de abril de 2025", "14. Februar 2025", "12 июля 2025 г."
DAY_FIRST = regex.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?(?P<m>{_MONTH})\.?,?\s+"
                          rf"(?:de\s+)?(?P<y>\d{{4}})\b", regex.IGNORECASE)
# 2025年7月12日 (Chinese, Japanese), 2025년 7월 12일 (Korean)
CJK = regex.compile(r"(?P<y>\d{4})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]")
# 2025/07/12, 2025.07.12
YEAR_FIRST = regex.compile(r"\b(?P<y>\d{4})[./](?P<m>\d{1,2})[./](?P<d>\d{1,2})\b")
# 12-07-2025, 12.07.2025, 7/12/2025: which number is the day is decided in _numeric
NUMERIC = regex.compile(r"\b(?P<a>\d{1,2})(?P<sep>[-./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})\b")
# The time after a date: "15:58", "10:42 GMT", "à 08:15", "9:30 pm", "09:30 Uhr"
TIME = regex.compile(r"(?P<H>\d{1,2})[:h](?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?"
                     r"(?:\s*(?P<tz>GMT|UTC|Z)\b)?", regex.IGNORECASE)
# How far after the date a time may start: "May 14, 2025 at 9:30", "3 mars 2025 à 08:15".
TIME_WINDOW = 12


def parse_date(text: str, *, day_first: bool = False) -> str | None:
    """The first date in ``text`` as ISO 8601, with the time when one follows it; None if none is read.

    Numeric dates are read day first ("12-07-2025" is 12 July), the way most of the world writes
    them, unless the order cannot be (13/05/2025, 05/13/2025) or the separator is a slash with the
    month able to come first: "7/12/2025" is read as July 12, the US form that slashes mostly mean,
    unless ``day_first`` (the page says it writes the day first: see `metadata.slashes_day_first`).
    A time zone is kept only when it is UTC (GMT, UTC, Z) or an offset; a name such as IST is ambiguous.

    >>> parse_date("By Anna Reyes | Published: May 14, 2025 | 4 min read")
    '2025-05-14'
    >>> parse_date("Updated: 12-07-2025 15:58 IST")
    '2025-07-12T15:58'
    >>> parse_date("Publié le 3 mars 2025 à 08:15")
    '2025-03-03T08:15'
    >>> parse_date("2025-05-14T10:00:00Z")
    '2025-05-14T10:00:00Z'
    >>> parse_date("3 hours ago") is None
    True
    >>> parse_date("7/12/2025"), parse_date("7/12/2025", day_first=True)
    ('2025-07-12', '2025-12-07')
    """
    m = ISO.search(text)
    if m:
        day = _date(int(m["y"]), int(m["m"]), int(m["d"]))
        if day and m["H"]:
            return day + _clock(int(m["H"]), int(m["M"]), m["S"], None, m["tz"])
        if day:
            return day
    best: tuple[int, str, int] | None = None  # (start, date, end): the earliest date in the text wins
    for pattern in (MONTH_FIRST, DAY_FIRST, CJK, YEAR_FIRST, NUMERIC):
        m = pattern.search(text)
        if m is None or (best is not None and m.start() >= best[0]):
            continue
        day = _read(pattern, m, day_first)
        if day:
            best = (m.start(), day, m.end())
    if best is None:
        return None
    _, day, end = best
    t = TIME.search(text, end, end + TIME_WINDOW + 12)
    if t and t.start() - end <= TIME_WINDOW:
        return day + _clock(int(t["H"]), int(t["M"]), t["S"], t["ampm"], t["tz"])
    return day


def _read(pattern: regex.Pattern[str], m: regex.Match[str], day_first: bool) -> str | None:
    if pattern is NUMERIC:
        return _numeric(int(m["a"]), int(m["b"]), int(m["y"]), m["sep"], day_first)
    month = m["m"]
    number = int(month) if month.isdigit() else MONTH_NUMBER.get(month.casefold(), 0)
    return _date(int(m["y"]), number, int(m["d"]))


def _numeric(a: int, b: int, year: int, sep: str, day_first: bool) -> str | None:
    if a > 12 or (b <= 12 and (sep != "/" or day_first)):
        return _date(year, b, a)  # day first: 12-07-2025, 25/12/2025
    return _date(year, a, b) or _date(year, b, a)  # 7/12/2025, 05/13/2025: month first


def _date(year: int, month: int, day: int) -> str | None:
    if not 1800 <= year <= 2200:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _clock(hour: int, minute: int, second: str | None, ampm: str | None, tz: str | None) -> str:
    if ampm:
        pm = ampm[0].lower() == "p"
        hour = hour % 12 + (12 if pm else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return ""
    zone = "Z" if tz and tz.upper() in ("GMT", "UTC", "Z") else (tz or "")
    if zone and zone != "Z" and ":" not in zone:
        zone = f"{zone[:3]}:{zone[3:]}"
    return f"T{hour:02d}:{minute:02d}" + (f":{second}" if second else "") + zone
