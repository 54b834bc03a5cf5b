"""Reading publication dates written in text, in many languages, as ISO 8601.

Month names come from ``resources/months.json``. Digits of any script are accepted (``int``
reads Arabic-Indic digits). Ambiguous numeric dates (``03/04/2025``) are read day first, except
that a first number that cannot be a day-of-month ordering (second > 12) is read month first.
"""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from importlib import resources

import regex

_TIME = r"(?P<hour>\d{1,2})[:h.時时](?P<minute>\d{2})(?:[:.]\d{2})?\s*(?P<ampm>[ap]\.?\s?m\.?|ص|م(?!\p{L}))?"
_TIME_ALONE = regex.compile(rf"(?<!\d){_TIME}", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _month_index() -> dict[str, int]:
    data = json.loads((resources.files("newsclean") / "resources" / "months.json").read_text(encoding="utf-8"))
    index: dict[str, int] = {}
    for names in data["months"].values():
        for number, variants in enumerate(names, start=1):
            for name in variants:
                index.setdefault(name, number)
    return index


@lru_cache(maxsize=1)
def _patterns() -> list[regex.Pattern[str]]:
    names = sorted(_month_index(), key=len, reverse=True)
    month = "(?P<month_name>" + "|".join(regex.escape(n) for n in names) + r")\.?"
    return [
        regex.compile(
            r"(?<!\d)(?P<year>(?:19|20)\d\d)[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)"
            rf"(?:[T\s,]+{_TIME})?",
            regex.IGNORECASE,
        ),
        regex.compile(
            r"(?<!\d)(?P<year>(?:19|20)\d\d)\s?年\s?(?P<month>\d{1,2})\s?月\s?(?P<day>\d{1,2})\s?日"
            rf"(?:\s*{_TIME})?",
            regex.IGNORECASE,
        ),
        # March 15, 2025 / Mar. 15 2025 / March 15th, 2025, 9:02 AM
        regex.compile(
            rf"(?<!\w){month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)(?!\d)"
            rf"(?:[\s,]+(?:at\s+)?{_TIME})?",
            regex.IGNORECASE,
        ),
        # 15 March 2025 / 15. März 2025 / 15 de marzo de 2025 / 15 марта 2025 г.
        regex.compile(
            rf"(?<!\d)(?P<day>\d{{1,2}})(?:er|\.|º)?\s+(?:de\s+)?{month}\s+(?:de\s+|del\s+)?(?P<year>(?:19|20)\d\d)(?!\d)"
            rf"(?:[\s,]+(?:г\.\s*)?(?:à|um|a las|at|às|alle)?\s*{_TIME})?",
            regex.IGNORECASE,
        ),
        # 15.03.2025 / 15/03/2025 / 03-15-2025
        regex.compile(
            r"(?<!\d)(?P<first>\d{1,2})[./-](?P<second>\d{1,2})[./-](?P<year>(?:19|20)\d\d)(?!\d)"
            rf"(?:[\s,]+(?:um|à|at)?\s*{_TIME})?",
            regex.IGNORECASE,
        ),
    ]


def find_date(text: str, time_anywhere: bool = False) -> tuple[str, int, int] | None:
    """The first valid date in ``text`` as ``(iso, start, end)``; ``None`` if there is none.

    ``iso`` is ``YYYY-MM-DD``, or ``YYYY-MM-DDTHH:MM`` when a time follows the date, or, with
    ``time_anywhere`` (for a line that is only a date), when the line shows a time elsewhere
    ("Published 6:15 p.m. ET March 14, 2025").
    """
    if "19" not in text and "20" not in text:
        return None  # every pattern needs a year, 19xx or 20xx (most lines with digits have none)
    best: tuple[str, int, int] | None = None
    for pattern in _patterns():
        for found in pattern.finditer(text):
            iso = _to_iso(found)
            if iso is None:
                continue
            if best is None or found.start() < best[1]:
                best = (iso, found.start(), found.end())
            break
    if best is not None and time_anywhere and "T" not in best[0]:
        rest = text[: best[1]] + " " * (best[2] - best[1]) + text[best[2]:]
        clock = _TIME_ALONE.search(rest)
        if clock is not None:
            timed = _to_iso(clock, date_part=best[0])
            best = (timed or best[0], best[1], best[2])
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
    if (ampm.startswith("p") or ampm == "م") and hour < 12:
        hour += 12
    elif (ampm.startswith("a") or ampm == "ص") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return value
    return f"{value}T{hour:02d}:{minute:02d}"


def _day_of(groups: dict[str, str | None]) -> str | None:
    year = int(groups["year"] or 0)
    if groups.get("month_name"):
        month = _month_index()[(groups["month_name"] or "").lower()]
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
