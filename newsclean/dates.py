"""Reading publication dates written in text, in many languages, as ISO 8601.

Month names come from ``resources/months.json``. Digits of the common scripts (Arabic-Indic,
Persian, full-width, Devanagari ...) are read as ASCII digits first; the text keeps its length,
so the spans returned are the text's own. Ambiguous numeric dates (``03/04/2025``) are read day
first, except that a first number that cannot be a day-of-month ordering (second > 12) is read
month first.

A line may carry several dates: "Publié le 15 mars 2025 à 18h30, modifié le 16 mars 2025",
"13:47 15.03.2025 (обновлено: 16:20 15.03.2025)". :func:`find_date` gives the first (the
published date), :func:`find_dates` gives them all.
"""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from importlib import resources

import regex

# The zero of each script whose digits are read as ASCII digits: Arabic-Indic, Persian, N'Ko,
# Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Thai, Lao,
# Tibetan, Myanmar, Khmer, Mongolian, full-width.
_DIGIT_ZEROS = (0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
                0x0D66, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10)
_ASCII_DIGITS = {zero + k: ord("0") + k for zero in _DIGIT_ZEROS for k in range(10)}

# Morning / afternoon words written *before* the time in Chinese, Japanese and Korean
# (下午2:32, 午後2時32分, 오후 2:32). 中午 (noon) counts as afternoon: 中午12:30 stays 12:30,
# 中午1:00 is 13:00.
_BEFORE_NOON = ("上午", "午前", "오전", "凌晨", "早上", "清晨")
_AFTER_NOON = ("下午", "午後", "오후", "晚上", "傍晚", "中午")
_HALF_DAY = "|".join(_BEFORE_NOON + _AFTER_NOON)

# A clock time. Its end may not run on into more digits ("15.03" of "15.03.2025" is a date,
# not 15:03); 時/时/点/시 separate hour and minute in CJK and Korean, 分/분 close the minute.
# The spaces after it are part of the match, with or without an "a.m." (a date line's leftover
# text is measured without them).
_TIME = (
    rf"(?:(?P<half_day>{_HALF_DAY})\s?)?"
    r"(?P<hour>\d{1,2})(?:[:h.]|[時时点點시]\s?)(?P<minute>\d{2})(?:[:.]\d{2})?(?![.:/]?\d)[分분]?"
    r"\s{0,2}(?P<ampm>[ap]\.?\s?m\.?|ص|م(?!\p{L}))?"
)
_TIME_ALONE = regex.compile(rf"(?<!\d){_TIME}", regex.IGNORECASE)

# What stands between a date and its time: spaces, a comma, a bar, a dash or a middle dot, then
# perhaps the word for "at" (à, um, a las, às, alle ore, ore, om, kl., в, الساعة ...).
_AT = r"(?:à|a las|a la|às|as|at|um|alle ore|alle|ore|om|kl\.|klo|o godz\.|godz\.|saat|в|الساعة)"
_THEN = rf"(?:T|[\s,|·•–—-]{{1,4}}(?:{_AT}\s{{0,2}})?)"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_BETWEEN_TIME_AND_DATE = " \t,|·•–—-"
_LETTER = regex.compile(r"\p{L}")


@lru_cache(maxsize=1)
def _month_index() -> dict[str, int]:
    data = json.loads((resources.files("newsclean") / "resources" / "months.json").read_text(encoding="utf-8"))
    index: dict[str, int] = {}
    for names in data["months"].values():
        for number, variants in enumerate(names, start=1):
            for name in variants:
                index.setdefault(name.casefold(), number)
    return index


def month_names() -> list[str]:
    """Every month name and abbreviation of ``months.json``, lower case, longest first."""
    return sorted(_month_index(), key=len, reverse=True)


@lru_cache(maxsize=1)
def _patterns() -> list[regex.Pattern[str]]:
    month = "(?P<month_name>" + "|".join(regex.escape(n) for n in month_names()) + r")\.?"
    return [
        # 2025-03-15 / 2025/03/15 14:32 / 2025-03-15T08:05 / Korean 2025.03.15. 14:32 and 2025. 3. 15.
        regex.compile(
            rf"(?<!\d){_YEAR}(?:[-/.](?P<month>\d{{1,2}})[-/.](?P<day>\d{{1,2}})(?!\d)"
            r"|\.\s(?P<month>\d{1,2})\.\s(?P<day>\d{1,2})(?=\.))"
            rf"(?:\.?{_THEN}{_TIME})?",
            regex.IGNORECASE,
        ),
        # 2025年3月15日 / 2025年3月15日(土) 午後2時32分 / 2025년 3월 15일 오후 2:32
        regex.compile(
            rf"(?<!\d){_YEAR}\s?[年년]\s?(?P<month>\d{{1,2}})\s?[月월]\s?(?P<day>\d{{1,2}})\s?[日일]"
            r"(?:\s?[(（][\p{Han}\p{Hangul}]{1,3}[)）])?"
            rf"(?:[\s,|·•–—-]{{0,4}}{_TIME})?",
            regex.IGNORECASE,
        ),
        # March 15, 2025 / Mar. 15 2025 / March 15th, 2025, 9:02 AM
        regex.compile(
            rf"(?<!\w){month}\s{{1,3}}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s{{1,3}}{_YEAR}(?!\d)"
            rf"(?:{_THEN}{_TIME})?",
            regex.IGNORECASE,
        ),
        # 15 March 2025 / 15. März 2025 / 15 de marzo de 2025 / 15 марта 2025 г. в 14:30 /
        # 2 דצמבר 2026 / 2 दिसंबर 2026; Vietnamese names the month by its number, with "năm"
        # (year) or a comma before the year: "ngày 2 tháng 12 năm 2026", "2 thg 12, 2026"
        # Brazilian papers join an abbreviated month with dots: "21.jul.2025 às 23h15"
        regex.compile(
            rf"(?<!\d)(?P<day>\d{{1,2}})(?:er|\.|º)?(?:\s{{1,3}}|(?<=\d\.)(?=\p{{L}}))(?:de\s{{1,3}})?{month}"
            rf"(?:\s{{1,3}}(?:de\s{{1,3}}|del\s{{1,3}})?|(?<=\d\.\p{{L}}{{3,4}}\.)|(?<=(?:tháng|thg)\s?\d{{1,2}})(?:,\s{{1,3}}|\s{{1,3}}năm\s{{1,3}}))"
            rf"{_YEAR}(?!\d)(?:\s?(?:г\.|года|р\.))?(?:{_THEN}{_TIME})?",
            regex.IGNORECASE,
        ),
        # 15.03.2025 / 15/03/2025 / 03-15-2025 / Czech and Slovak 2. 12. 2025
        regex.compile(
            rf"(?<!\d)(?P<first>\d{{1,2}})(?:[./-]|\.\s)(?P<second>\d{{1,2}})(?:[./-]|\.\s){_YEAR}(?!\d)(?:{_THEN}{_TIME})?",
            regex.IGNORECASE,
        ),
        # Hungarian, year first: 2025. március 15.
        regex.compile(rf"(?<!\d){_YEAR}\.\s{{1,3}}{month}\s{{1,3}}(?P<day>\d{{1,2}})\.", regex.IGNORECASE),
    ]


def find_dates(text: str) -> list[tuple[str, int, int]]:
    """Every valid date in ``text``, in order and not overlapping, each as ``(iso, start, end)``.

    A time written right after a date (:func:`find_date`) is part of it. A line is "only dates"
    when these spans cover most of it: "Veröffentlicht am 14.03.2025 | Aktualisiert am 15.03.2025".
    """
    text = text.translate(_ASCII_DIGITS)
    if "19" not in text and "20" not in text:
        return []  # every pattern needs a year, 19xx or 20xx (most lines with digits have none)
    found: list[tuple[int, int, int, str]] = []
    for order, pattern in enumerate(_patterns()):
        for match in pattern.finditer(text):
            iso = _to_iso(match)
            if iso is not None:
                found.append((match.start(), order, match.end(), iso))
    dates: list[tuple[str, int, int]] = []
    for start, _order, end, iso in sorted(found):
        if not dates or start >= dates[-1][2]:
            dates.append((iso, start, end))
    return dates


def find_date(text: str, time_anywhere: bool = False) -> tuple[str, int, int] | None:
    """The first valid date in ``text`` as ``(iso, start, end)``; ``None`` if there is none.

    ``iso`` is ``YYYY-MM-DD``, or ``YYYY-MM-DDTHH:MM`` when a time follows the date, or, with
    ``time_anywhere`` (for a line that is only a date), when the line shows a time elsewhere
    before its next date ("Published 6:15 p.m. ET March 14, 2025"; in "13:47 15.03.2025
    (обновлено: 16:20 15.03.2025)" 13:47, not the update's 16:20, which stands after the first date).
    """
    dates = find_dates(text)
    if not dates:
        return None
    best = dates[0]
    if time_anywhere and "T" not in best[0]:
        # Only up to the next date, and not a time written right before it: those are the next
        # date's (an update's: "15.03.2025 (обновлено: 16:20 16.03.2025)").
        stop = dates[1][1] if len(dates) > 1 else len(text)
        rest = (text[: best[1]] + " " * (best[2] - best[1]) + text[best[2]: stop]).translate(_ASCII_DIGITS)
        for clock in _TIME_ALONE.finditer(rest):
            if stop < len(text) and not rest[clock.end():].strip(_BETWEEN_TIME_AND_DATE):
                break
            timed = _to_iso(clock, date_part=best[0])
            best = (timed or best[0], best[1], best[2])
            break
        else:
            # The same day again with its time, no word between: one stamp written twice
            # ("Aug 08, 2006 #1 2006-08-08T22:13+00:00"), not an update.
            if len(dates) > 1 and dates[1][0].startswith(best[0] + "T") and not _LETTER.search(text, best[2], stop):
                best = (dates[1][0], best[1], best[2])
    return best


def _to_iso(found: regex.Match[str], date_part: str | None = None) -> str | None:
    groups = found.groupdict()
    if date_part is not None:
        value = date_part
    else:
        day_value = _day_of(groups)
        if day_value is None:
            return None
        value = day_value
    if groups.get("hour") is None:
        return value
    hour, minute = int(groups["hour"]), int(groups["minute"])
    ampm = (groups.get("ampm") or "").lower()
    half_day = groups.get("half_day") or ""
    if (ampm.startswith("p") or ampm == "م" or half_day in _AFTER_NOON) and hour < 12:
        hour += 12
    elif (ampm.startswith("a") or ampm == "ص" or half_day in _BEFORE_NOON) and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return value
    return f"{value}T{hour:02d}:{minute:02d}"


def _day_of(groups: dict[str, str | None]) -> str | None:
    year = int(groups["year"] or 0)
    if groups.get("month_name"):
        month = _month_index().get((groups["month_name"] or "").casefold(), 0)
        day = int(groups["day"] or 0)
    elif groups.get("first"):
        first, second = int(groups["first"] or 0), int(groups["second"] or 0)
        day, month = (second, first) if second > 12 else (first, second)
    else:
        month, day = int(groups["month"] or 0), int(groups["day"] or 0)
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
