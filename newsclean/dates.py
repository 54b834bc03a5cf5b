"""Reading publication dates written in text, in many languages, as ISO 8601.

Month names come from ``resources/months.json``. Digits of the common scripts (Arabic-Indic,
Persian, full-width, Devanagari ...) are read as ASCII digits first; the text keeps its length,
so the spans returned are the text's own. Ambiguous numeric dates (``03/04/2025``) are read day
first, except that a first number that cannot be a day-of-month ordering (second > 12) is read
month first.

A line may carry several dates: "Publié le 15 mars 2025 à 18h30, modifié le 16 mars 2025",
"13:47 15.03.2025 (обновлено: 16:20 15.03.2025)". :func:`find_date` gives the first (the
published date), :func:`find_dates` gives them all.

A two-digit year is read only in the day-first dotted shape and only where nothing else can be
meant: with a clock time right after it ("02.12.26, 09:15", as Israeli sites print it) or behind
a date label ("פורסם: 02.12.26", "Updated 2.12.26"); "1.12.26" alone (a version, a score) is no
date. Years 00-68 are 2000-2068, 69-99 are 1969-1999 (the POSIX rule).

Iranian and Afghan outlets date in the Solar Hijri (Jalali) calendar: "۱۱ آذر ۱۴۰۵ - ۱۴:۳۰",
"11 قوس 1405" (the Dari names of the same months) are converted to Gregorian dates
(2026-12-02T14:30); their year, 13xx or 14xx, must follow a Solar Hijri month name, or come
first with slashes ("۱۴۰۵/۰۹/۱۱") on a line with Arabic-script letters or digits.

Month abbreviations that are also words of another language (``also_words`` of months.json:
French "des", English "Pro") are read only day first and with a capital or a dot ("02 Des 2026",
"2. pro 2026"), never in "3 des 2000 candidats" or "iPhone 15 Pro 2023".
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

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
_AT = r"(?:à|a las|a la|às|as|at|um|alle ore|alle|ore|om|kl\.|klo|o godz\.|godz\.|saat|в|الساعة|ساعت)"
_THEN = rf"(?:T|[\s,،|·•–—-]{{1,4}}(?:{_AT}\s{{0,2}})?)"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_BETWEEN_TIME_AND_DATE = " \t,|·•–—-"
_LETTER = regex.compile(r"\p{L}")

# Day-first dotted date with a two-digit year (see the module's docstring): a clock time with a
# colon right after it, or a date label of several languages before it.
_DATE_LABEL = (
    r"(?:פורסם|עודכן|published|updated|posted|veröffentlicht|aktualisiert|publié|mis à jour|publicado|"
    r"actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|opublikowano|zaktualizowano|"
    r"опубликовано|обновлено|опубліковано|оновлено)"
)
_SHORT_DATE = r"(?<![\w.,/:-])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<short_year>\d\d)(?![.,]?\d)"
_SHORT_YEAR_HINT = re.compile(r"\.\d{1,2}\.\d\d")  # the stdlib's scan, from the dot, is the quickest
_COLON_TIME = r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::\d{2})?(?![.:/]?\d)\s{0,2}(?P<ampm>[ap]\.?\s?m\.?)?"
_SHORT_YEAR = regex.compile(
    rf"{_SHORT_DATE}(?:(?:,?\s{{1,3}}|\s?[|–—-]\s?){_COLON_TIME}"
    rf"|(?<={_DATE_LABEL}(?:\s{{1,2}}(?:am|le|el|em|il|op|on))?:?\s{{1,3}}\d{{1,2}}\.\d{{1,2}}\.\d\d)(?:{_THEN}{_COLON_TIME})?)",
    regex.IGNORECASE,
)

# Solar Hijri (Jalali) months; 1 Farvardin 1404 was 21 March 2025. A year is leap (Esfand has 30
# days) when its remainder by 33 is one of _JALALI_LEAP (the 33-year arithmetic rule, which matches
# the official calendar for these centuries).
_JALALI_EPOCH_1404 = date(2025, 3, 21).toordinal()
_JALALI_LEAP = (1, 5, 9, 13, 17, 22, 26, 30)
_ARABIC_SCRIPT = regex.compile(r"[\u0620-\u064A\u0660-\u0669\u067E-\u06D3\u06F0-\u06F9]")  # letters, digits


@lru_cache(maxsize=1)
def _month_index() -> dict[str, int]:
    data = _months_data()
    index: dict[str, int] = {}
    for names in data["months"].values():
        for number, variants in enumerate(names, start=1):
            for name in variants:
                index.setdefault(name.casefold(), number)
    return index


@lru_cache(maxsize=1)
def _months_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (resources.files("newsclean") / "resources" / "months.json").read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=1)
def _jalali_month_index() -> dict[str, int]:
    return {name.casefold(): number
            for names in _months_data()["solar_hijri"].values()
            for number, variants in enumerate(names, start=1) for name in variants}


def month_names() -> list[str]:
    """Every month name and abbreviation of ``months.json``, lower case, longest first."""
    return sorted(_month_index(), key=len, reverse=True)


@lru_cache(maxsize=1)
def _patterns() -> list[regex.Pattern[str]]:
    month = "(?P<month_name>" + "|".join(regex.escape(n) for n in month_names()) + r")(?P<month_dot>\.)?"
    # Names that are also words of another language are read only day first ("02 Des 2026", not
    # "Airpods Pro 3 2025"); see _day_of for what else they need.
    plain = [n for n in month_names() if n not in _also_words()]
    month_first = "(?P<month_name>" + "|".join(regex.escape(n) for n in plain) + r")\.?"
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
        # March 15, 2025 / Mar. 15 2025 / March 15th, 2025, 9:02 AM. The month is looked for behind
        # the day (the match starts at the day, the date at the month: see _start): tried at every
        # letter, the long list of names made this the slowest pattern by ten times.
        regex.compile(
            rf"(?<=(?<!\w){month_first}\s{{1,3}})(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s{{1,3}}{_YEAR}(?!\d)"
            rf"(?:{_THEN}{_TIME})?",
            regex.IGNORECASE,
        ),
        # 15 March 2025 / 6th Dec 2026 / 15. März 2025 / 15 de marzo de 2025 / 15 марта 2025 г. в 14:30 /
        # 2 דצמבר 2026 / 2 दिसंबर 2026; Vietnamese names the month by its number, with "năm"
        # (year) or a comma before the year: "ngày 2 tháng 12 năm 2026", "2 thg 12, 2026"
        # Brazilian papers join an abbreviated month with dots: "21.jul.2025 às 23h15"
        regex.compile(
            rf"(?<!\d)(?P<day>\d{{1,2}})(?:er|st|nd|rd|th|(?P<day_dot>\.)|º)?(?:\s{{1,3}}|(?<=\d\.)(?=\p{{L}}))(?:de\s{{1,3}})?{month}"
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
        regex.compile(rf"(?<!\d){_YEAR}\.\s{{1,3}}{month_first}\s{{1,3}}(?P<day>\d{{1,2}})\.", regex.IGNORECASE),
    ]


@lru_cache(maxsize=1)
def _jalali_pattern() -> regex.Pattern[str]:
    """۱۱ آذر ۱۴۰۵ - ۱۴:۳۰ / 11 آذرماه 1405 / 11 قوس 1405 (Dari) / ۱۴۰۵/۰۹/۱۱ - ۱۴:۳۰.

    Run only on lines with Arabic-script letters or digits (see find_dates); the numeric shape is
    year first with slashes, as Iranian sites print it.
    """
    names = "|".join(regex.escape(n) for n in sorted(_jalali_month_index(), key=len, reverse=True))
    return regex.compile(
        rf"(?:(?<!\d)(?P<day>\d{{1,2}})\s{{1,3}}(?P<jalali_month>{names})(?:\s?ماه)?\s{{1,3}}(?P<jalali_year>1[34]\d\d)(?!\d)"
        r"|(?<![\d/])(?P<jalali_year>1[34]\d\d)/(?P<jalali_number>\d{1,2})/(?P<day>\d{1,2})(?![\d/]))"
        rf"(?:\s?(?:ه\.?\s?ش\.?|هـ\.?\s?ش\.?))?(?:{_THEN}{_TIME})?",
        regex.IGNORECASE,
    )


def find_dates(text: str) -> list[tuple[str, int, int]]:
    """Every valid date in ``text``, in order and not overlapping, each as ``(iso, start, end)``.

    A time written right after a date (:func:`find_date`) is part of it. A line is "only dates"
    when these spans cover most of it: "Veröffentlicht am 14.03.2025 | Aktualisiert am 15.03.2025".
    """
    original, text = text, text.translate(_ASCII_DIGITS)
    # Cheap tests first (most lines have no date): the main patterns need a year 19xx or 20xx, a
    # two-digit year needs dots, a Solar Hijri year is 13xx or 14xx beside Arabic-script letters
    # or digits.
    century = "19" in text or "20" in text
    short_year = "." in text and _SHORT_YEAR_HINT.search(text) is not None
    solar = not original.isascii() and ("13" in text or "14" in text) and _ARABIC_SCRIPT.search(original) is not None
    if not (century or short_year or solar):
        return []
    patterns: list[regex.Pattern[str]] = list(_patterns()) if century else []
    if short_year:
        patterns.append(_SHORT_YEAR)
    if solar:
        patterns.append(_jalali_pattern())
    found: list[tuple[int, int, int, str]] = []
    for order, pattern in enumerate(patterns):
        for match in pattern.finditer(text):
            iso = _to_iso(match)
            if iso is not None:
                found.append((_start(match), order, match.end(), iso))
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


def _start(match: regex.Match[str]) -> int:
    """Where a date starts: its month name may stand before the match, in a lookbehind."""
    start: int = match.start()
    if match.re.groupindex.get("month_name") is not None and match.group("month_name"):
        return min(start, int(match.start("month_name")))
    return start


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
        return None if groups.get("short_year") else value  # a two-digit year needs a real time
    return f"{value}T{hour:02d}:{minute:02d}"


def _day_of(groups: dict[str, str | None]) -> str | None:
    if groups.get("jalali_year"):
        if groups.get("jalali_month"):
            month = _jalali_month_index().get((groups["jalali_month"] or "").casefold(), 0)
        else:
            month = int(groups.get("jalali_number") or 0)
        return _jalali_to_iso(int(groups["jalali_year"] or 0), month, int(groups["day"] or 0))
    if groups.get("short_year"):
        short = int(groups["short_year"] or 0)
        year = 2000 + short if short < 69 else 1900 + short
    else:
        year = int(groups.get("year") or 0)
    if groups.get("month_name"):
        name = groups["month_name"] or ""
        needs = _also_words().get(name.casefold())
        if needs == "capital" and name.islower() and not groups.get("month_dot"):
            return None  # "3 des 2000 participants" is French, "02 Des 2026" Indonesian
        if needs == "dot" and not (groups.get("day_dot") or groups.get("month_dot")):
            return None  # "iPhone 15 Pro 2023" is no date, Czech "2. pro 2026" is
        month = _month_index().get(name.casefold(), 0)
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


@lru_cache(maxsize=1)
def _also_words() -> dict[str, str]:
    return dict(_months_data().get("also_words", {}))


def _jalali_to_iso(year: int, month: int, day: int) -> str | None:
    """The Gregorian ``YYYY-MM-DD`` of a Solar Hijri date; ``None`` if there is no such day."""
    if not 1 <= month <= 12 or day < 1:
        return None
    if day > (31 if month <= 6 else 30 if month <= 11 else 30 if year % 33 in _JALALI_LEAP else 29):
        return None

    def leaps_before(y: int) -> int:  # leap years among 1 .. y - 1
        cycles, rest = divmod(y - 1, 33)
        return 8 * cycles + sum(1 for k in _JALALI_LEAP if k <= rest)

    new_year = _JALALI_EPOCH_1404 + 365 * (year - 1404) + leaps_before(year) - leaps_before(1404)
    in_year = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return date.fromordinal(new_year + in_year + day - 1).isoformat()
